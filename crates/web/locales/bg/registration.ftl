# Регистрация, участници и календари.
reg-status-pending = Очаква одобрение
reg-status-confirmed = Потвърдена
reg-status-waitlisted = В списъка с чакащи
reg-status-cancelled = Отменена
reg-status-rejected = Отказана
reg-attendance-onsite = На място
reg-attendance-online = Онлайн
reg-visibility-public = Показвай името и организацията ми на другите участници; организаторите могат да експортират имейла ми
reg-visibility-name_only = Показвай името и организацията ми, но не експортирай имейла ми
reg-visibility-hidden = Скрий ме: само организаторите виждат, че участвам
reg-field-kind-text = Кратък текст
reg-field-kind-long_text = Дълъг текст
reg-field-kind-choice = Избор
reg-field-kind-checkbox = Отметка
reg-participants-count = { $count ->
    [one] { $n } потвърден участник
   *[other] { $n } потвърдени участници
}
reg-waitlist-position = място { $n } в списъка с чакащи
reg-count-pending = { $count ->
    [one] { $n } очаква одобрение
   *[other] { $n } очакват одобрение
}
reg-count-confirmed = { $count ->
    [one] { $n } потвърдена
   *[other] { $n } потвърдени
}
reg-count-waitlisted = { $count ->
    [one] { $n } човек в списъка с чакащи
   *[other] { $n } души в списъка с чакащи
}
reg-count-cancelled = { $count ->
    [one] { $n } отказ
   *[other] { $n } отказа
}
reg-count-rejected = { $count ->
    [one] { $n } отхвърлена
   *[other] { $n } отхвърлени
}
reg-capacity = { $count ->
    [one] { $n } място в залата
   *[other] { $n } места в залата
}
reg-fields-title = Полета на регистрацията
reg-fields-hint = Въпроси, на които отговаря всеки при регистрация, в този ред.
reg-field-add = Добави поле
reg-field-label = Надпис
reg-field-kind = Вид
reg-field-options = Възможности за избор
reg-field-options-hint = За поле с избор: по една възможност на ред.
reg-field-position = Ред
reg-field-required = Задължително
reg-field-delete = Изтрий това поле
reg-csv-name = Име
reg-csv-organisation = Организация
reg-csv-email = Имейл
reg-csv-attendance = Участие
reg-csv-status = Статус
reg-my-calendar = Моите събития (Klaster)
reg-add-to-calendar = Добави в календара (.ics)
reg-your-status = Вашата регистрация:
reg-cancel = Отмени регистрацията ми
reg-cancel-participant = Отмени
reg-login-to-register = Влезте, за да се регистрирате
reg-closed = Регистрацията за това събитие е затворена.
reg-attendance = Как ще участвате?
reg-organisation = Организация, която представлявате
reg-no-organisation = (няма)
reg-visibility = Кой може да ви вижда
reg-save = Запази промените
reg-register = Регистрирай се
reg-participants = Участници
reg-export-csv = Експорт на участниците (CSV)
reg-answers = Отговори
reg-approve = Одобри
reg-reject = Откажи
reg-calendar-feed = Календар на моите събития
reg-calendar-feed-hint = Абонирайте се за този личен адрес в календара си, за да виждате събитията, за които сте се регистрирали. Всеки, който знае адреса, може да го чете.
reg-calendar-feed-replace = Смени адреса
reg-org-calendar = Събития на тази организация (календар, .ics)
v-registration-for-this-event-is-closed = регистрацията за това събитие е затворена
v-the-organisers-declined-your-registration = организаторите отказаха регистрацията ви
v-choose-one-of-your-own-organisations = изберете някоя от своите организации
v-this-event-cannot-be-followed-online = това събитие не може да се следи онлайн
v-this-event-takes-place-online-only = това събитие е само онлайн
v-cancel-your-registration-first-to-change-how-you-attend = за да смените начина на участие, първо отменете регистрацията си
v-give-at-least-two-choices-one-per-line = дайте поне две възможности, по една на ред
v-must-be-ticked = трябва да е отметнато
v-at-most-50-choices = най-много 50 възможности за избор
v-an-event-has-at-most-30-fields = едно събитие може да има най-много 30 полета
