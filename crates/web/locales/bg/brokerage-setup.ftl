# B2B срещи: общ преглед, настройки, участници и наличност.
bks-overview-title = B2B срещи
bks-what = На B2B срещите участниците разговарят един на един в предварително насрочени часове и на определени маси. Включете се, като опишете какво предлагате и какво търсите, поканете на среща хората, с които искате да говорите, и преди събитието ще получите своя личен график.
bks-not-set-up-organiser = B2B срещите за това събитие още не са настроени. Определете масите, сроковете за заявки и сесиите, за да ги отворите.
bks-not-set-up = Организаторите още не са настроили B2B срещи за това събитие.
bks-set-up = Настройване на B2B срещи
bks-facts = Борсата за срещи накратко
bks-booking = Заявяване на срещи
bks-phase-open = Отворено
bks-phase-opens = Отваря на { $at }
bks-phase-open-until = Отворено до { $at }
bks-phase-closed = Затворено от { $at }
bks-mode-needs_acceptance = Поканеният приема или отклонява всяка заявка
bks-mode-auto_accept = Заявките се приемат веднага
bks-only-across = срещат се само хора от различни видове
bks-participants-count = { $count ->
    [one] { $n } участник
   *[other] { $n } участници
}
bks-requested-count = { $count ->
    [one] { $n } заявена среща
   *[other] { $n } заявени срещи
}
bks-accepted-count = { $count ->
    [one] { $n } приета среща
   *[other] { $n } приети срещи
}
bks-tables-count = { $count ->
    [one] { $n } маса
   *[other] { $n } маси
}
bks-max-meetings = { $count ->
    [one] най-много { $n } среща на участник
   *[other] най-много { $n } срещи на участник
}
bks-minutes = { $count ->
    [one] { $n } минута
   *[other] { $n } минути
}
bks-slots-count = { $count ->
    [one] { $n } час за среща
   *[other] { $n } часа за срещи
}
bks-sessions = B2B сесии
bks-no-sessions = Още няма B2B сесии.
bks-day = Ден
bks-time = Час
bks-slots = Часове за срещи
bks-you = Вашето участие
bks-login-to-join = Влезте, за да участвате
bks-you-joined = Участвате в B2B срещите.
bks-your-booth = Срещате партньорите си на своя щанд
bks-ended = Събитието приключи.
bks-join = Участие в B2B срещите
bks-edit-profile = Редактиране на профила ми за срещи
bks-availability = Моята наличност
bks-left = { $count ->
    [0] Напуснахте B2B срещите.
    [one] Напуснахте B2B срещите; заедно с профила ви беше изтрита { $n } заявка за среща.
   *[other] Напуснахте B2B срещите; заедно с профила ви бяха изтрити { $n } заявки за срещи.
}
bks-settings = Настройки
bks-tables-hint = Общи маси за срещи; изложителите с щанд срещат партньорите си там.
bks-max-meetings-hint = Оставете празно, за да няма ограничение.
bks-booking-hint = Часове в часовата зона на събитието. Заявки може да се правят от отварянето до затварянето; празно поле означава без ограничение.
bks-types-hint = По един на ред или разделени със запетаи, напр. клъстер, МСП, наука (всеки до 60 знака).
bks-sessions-hint = Сесията е част от един ден, разделена на часове за срещи; в почивките, напр. за обяд, няма часове.
bks-actions = Действия
bks-edit-session = Редактиране на сесията
bks-delete-session = Изтриване
bks-add-session = Добавяне на B2B сесия
bks-placed-warning = { $count ->
    [one] В тази сесия е насрочена { $n } среща: изтриването на сесията я сваля от часа ѝ и тя ще бъде насрочена отново.
   *[other] В тази сесия са насрочени { $n } срещи: изтриването на сесията ги сваля от часовете им и те ще бъдат насрочени отново.
}
bks-placed-edit-warning = { $count ->
    [one] В тази сесия е насрочена { $n } среща: ако часът ѝ изчезне с промяната, тя ще бъде свалена от него и насрочена отново.
   *[other] В тази сесия са насрочени { $n } срещи: тези, чиито часове изчезнат с промяната, ще бъдат свалени от тях и насрочени отново.
}
bks-breaks-hint = По една почивка на ред като начало–край в деня на сесията, напр. 12:30-13:30.
bks-back-to-setup = Обратно към настройките
bks-preview = Часове за срещи
bks-booths = Щандове на изложители
bks-booths-hint = Изложител с щанд провежда всички свои срещи на него, а не на обща маса.
bks-no-participants = Още никой не се е включил.
bks-participant = Участник
bks-join-to-request = Включете се, за да заявявате срещи и да виждате предложени партньори.
bks-suggestions = Предложени за вас
bks-suggestions-hint = Хора, чието предложение отговаря на това, което търсите, или които търсят това, което предлагате — на всеки език.
bks-no-suggestions = Още няма предложения: трябва да се включат повече хора.
bks-reason-they_offer = предложението им отговаря на това, което търсите
bks-reason-they_seek = търсят това, което предлагате
bks-reason-both = предложението им отговаря на това, което търсите, а те търсят това, което предлагате
bks-request-meeting = Заявка за среща
bks-search = Търсене на участници
bks-search-button = Търсене
bks-all-types = Всички видове
bks-all-attendance = На място и онлайн
bks-you-badge = вие
bks-no-organisation = Без организация
bks-profile-hint = Другите участници виждат името ви, организацията, вида, предложението и търсенето ви. Заявките и графикът ви произтичат от тях.
bks-offer-hint = Какво предлагате: продукти, услуги, технологии, експертиза (до 2000 знака).
bks-seek-hint = Какво търсите: партньори, доставчици, клиенти, изследвания (до 2000 знака).
bks-leave = Напускане на B2B срещите
bks-leave-warning = { $count ->
    [0] Напускането изтрива профила ви за срещи.
    [one] Напускането изтрива профила ви за срещи и заедно с него { $n } заявка за среща.
   *[other] Напускането изтрива профила ви за срещи и заедно с него { $n } заявки за срещи.
}
bks-availability-hint = Отбележете часовете, в които не можете да присъствате; във всички останали сте на разположение.
bks-availability-saved = Наличността ви е запазена.
bks-unavailable-count = { $count ->
    [0] На разположение сте във всички часове.
    [one] Не можете да присъствате в { $n } час.
   *[other] Не можете да присъствате в { $n } часа.
}
bks-field-tables = Маси
bks-field-max-meetings = Срещи на участник
bks-field-booking-opens = Начало на заявките
bks-field-booking-closes = Край на заявките
bks-field-request-mode = Заявки
bks-field-participant-types = Видове участници
bks-field-only-across-types = Срещат се само хора от различни видове (напр. купувачи с продавачи)
bks-field-starts = Начало
bks-field-ends = Край
bks-field-slot-minutes = Продължителност на срещата (минути)
bks-field-breaks = Почивки
bks-field-session = Сесия
bks-field-booth = Щанд
bks-field-org-id = Организация
bks-field-participant-type = Вид участник
bks-field-offer = Какво предлагам
bks-field-seek = Какво търся
bks-field-profile-ids = Свързани профили за сътрудничество
bks-field-attendance = Участие
bks-field-unavailable = Наличност
bks-field-participant = Участие в срещите
v-must-be-after-the-opening-of-booking = трябва да е след началото на заявките
v-name-at-most-12-participant-types = посочете най-много 12 вида участници
v-name-at-least-two-participant-types-first = първо посочете поне два вида участници
v-must-be-on-the-same-day-as-the-start = трябва да е в същия ден като началото
v-overlaps-another-b2b-session-of-the-event = застъпва се с друга B2B сесия на събитието
v-write-each-break-as-12-30-13-30 = запишете всяка почивка като 12:30-13:30
v-a-break-must-end-after-it-starts = почивката трябва да свършва след началото си
v-breaks-must-lie-inside-the-session = почивките трябва да са в рамките на сесията
v-breaks-must-not-overlap-each-other = почивките не може да се застъпват
v-leaves-no-meeting-slot-in-the-session = не оставя нито един час за среща в сесията
v-save-the-brokerage-settings-first = първо запазете настройките на B2B срещите
v-online-participants-meet-online-not-at-a-booth = онлайн участниците се срещат онлайн, а не на щанд
v-the-event-has-ended-the-brokerage-profile-can-no-longer-be-changed = събитието приключи: профилът за срещи вече не може да се променя
v-choose-one-of-the-event-s-participant-types = изберете един от видовете участници на събитието
v-link-only-cooperation-profiles-of-your-organisations = може да свържете само профили за сътрудничество на своите организации
v-link-at-most-10-profiles = свържете най-много 10 профила
v-is-not-the-start-of-a-meeting-slot-of-the-event = не е начало на час за среща в събитието
