# Работни групи на събития и постоянни форуми.
groups-forum-title = Работни групи на { $name }
groups-forum-link = Работни групи (постоянен форум)
groups-none = Все още няма работни групи.
group-members-count = { $count ->
    [one] { $n } член
   *[other] { $n } членове
}
group-moderator = Модератор
group-members = Членове
group-joined = член сте
group-join = Присъединете се към групата
group-leave = Напуснете групата
group-create = Нова работна група
group-create-submit = Създайте групата
group-field-title = Заглавие
group-field-topic = Тема
group-field-moderator-email = Имейл на модератора (съществуващ потребител)
group-field-position = Позиция в списъка
group-conclusions = Заключения
group-conclusions-draft = чернова, видима само за модератора и организаторите
group-conclusions-published = заключенията са публикувани
group-conclusions-published-on = Публикувано на { $date }
group-conclusions-not-yet = Заключенията ще бъдат публикувани след събитието.
group-conclusions-edit = Редактиране на заключенията
group-conclusions-save = Запазване
group-conclusions-publish = Публикуване
group-conclusions-unpublish = Оттегляне на публикацията
group-discussion = Дискусия
group-no-posts = Все още няма публикации.
group-post-new = Вашата публикация
group-post-submit = Публикуване
group-post-deleted-user = (изтрит потребител)
v-no-user-has-this-e-mail-address = няма потребител с този имейл адрес
v-conclusions-can-be-published-only-after-the-event-has-ended = заключенията могат да се публикуват само след края на събитието
v-write-a-whole-number-here = трябва да е цяло число
