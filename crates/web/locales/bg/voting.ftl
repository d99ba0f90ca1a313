# Гласуване по твърдения: бюлетина, конзола на организатора, изглед за прожектор.
voting-title = Гласуване
voting-open-now = Гласувайте сега
voting-none-open = В момента няма отворено за гласуване твърдение.
voting-why-login = Само регистрирани участници могат да гласуват. Влезте, за да гласувате.
voting-why-register = Само участници с потвърдена регистрация могат да гласуват.
voting-why-unconfirmed = Само участници с потвърдена регистрация могат да гласуват; вашата регистрация е { $status }.
voting-registration-pending = в очакване на одобрение
voting-registration-confirmed = потвърдена
voting-registration-waitlisted = в списъка на чакащите
voting-registration-cancelled = отменена
voting-registration-rejected = отхвърлена
voting-login = Вход
voting-register = Регистрирайте се за събитието
voting-your-vote = Вашият глас
voting-can-change = Можете да го промените, докато гласуването е отворено.
voting-answer-agree = Съгласен
voting-answer-disagree = Несъгласен
voting-answer-abstain = Въздържал се
voting-scale-agree = Съгласен / несъгласен / въздържал се
voting-scale-scale5 = Скала от 1 до 5
voting-scale5-hint = 1 = категорично несъгласен, 5 = напълно съгласен
voting-status-draft = Чернова
voting-status-open = Отворено
voting-status-closed = Затворено
voting-votes = { $count ->
    [one] { $n } глас
   *[other] { $n } гласа
}
voting-results = Резултати
voting-no-results = Все още няма публикувани резултати.
voting-console = Твърдения
voting-no-statements = Все още няма твърдения. Добавете първото по-долу.
voting-projector-title = Изглед за прожектор
voting-open = Отвори гласуването
voting-close = Затвори гласуването
voting-edit = Редактиране
voting-delete = Изтриване
voting-confirm-delete = Да се изтрие ли това твърдение?
voting-move-up = Премести нагоре
voting-move-down = Премести надолу
voting-add = Добавяне на твърдение
voting-add-button = Добави твърдение
voting-edit-title = Редактиране на твърдение
voting-save = Запазване
voting-cancel = Отказ
voting-field-text = Твърдение
voting-field-scale = Отговори
voting-field-session-id = Сесия от програмата
voting-field-value = Глас
voting-field-form = Формуляр
v-is-not-a-session-of-this-event = не е сесия на това събитие
v-must-be-one-of-1-2-3-on-this-scale = трябва да е една от стойностите 1, 2, 3 по тази скала
v-must-be-one-of-1-2-3-4-5-on-this-scale = трябва да е една от стойностите 1, 2, 3, 4, 5 по тази скала
