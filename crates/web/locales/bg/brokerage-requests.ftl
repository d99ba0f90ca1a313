# Бизнес срещи: заявки за среща, формулярът за заявка и „никога не ме насрочвай с X“.
bk-req-title = Заявки за срещи
bk-req-booking-opens = Заявяването на срещи започва на { $when }.
bk-req-booking-until = Заявяването на срещи е отворено до { $when }.
bk-req-booking-open = Заявяването на срещи е отворено.
bk-req-booking-closed = Заявяването на срещи е затворено.
bk-req-not-joined = Все още не участвате в B2B срещите на това събитие.
bk-req-join = Включете се в B2B срещите
bk-req-find = Намерете участници за среща
bk-req-quota = { $count ->
    [one] { $used } от { $n } среща
   *[other] { $used } от { $n } срещи
}
bk-req-meetings-count = { $count ->
    [one] { $n } среща; организаторите не са задали ограничение
   *[other] { $n } срещи; организаторите не са задали ограничение
}
bk-req-incoming = Заявки към вас
bk-req-incoming-count = { $count ->
    [0] Никоя заявка не чака вашия отговор.
    [one] { $n } заявка чака вашия отговор.
   *[other] { $n } заявки чакат вашия отговор.
}
bk-req-outgoing = Вашите заявки
bk-req-outgoing-count = { $count ->
    [0] Никоя от вашите заявки не чака отговор.
    [one] { $n } ваша заявка чака отговор.
   *[other] { $n } ваши заявки чакат отговор.
}
bk-req-meetings = Вашите срещи
bk-req-accepted-count = { $count ->
    [0] Все още нямате договорени срещи.
    [one] { $n } договорена среща.
   *[other] { $n } договорени срещи.
}
bk-req-history = Отказани и отменени
bk-req-history-count = { $count ->
    [0] Няма отказани или отменени заявки.
    [one] { $n } отказана или отменена заявка.
   *[other] { $n } отказани или отменени заявки.
}
bk-req-blocked = Никога не ме насрочвай с
bk-req-blocked-hint = Те не могат да ви заявят среща и никога не се насрочват с вас. Не получават известие за това.
bk-req-blocked-none = Не сте блокирали никого.
bk-req-accept = Приеми
bk-req-decline = Откажи
bk-req-withdraw = Оттегли заявката
bk-req-cancel = Отмени срещата
bk-req-unblock = Отблокирай
bk-req-sent-on = Изпратена на
bk-req-received-on = Получена на
bk-req-at-table = { $when }, маса { $table }
bk-req-priority-must-meet = Задължително
bk-req-priority-nice-to-meet = Желателно
bk-req-status-pending = Чака отговор
bk-req-status-accepted = Приета
bk-req-status-declined = Отказана
bk-req-status-cancelled = Отменена
bk-req-new-title = Заявка за среща с { $name }
bk-req-offers = Предлага
bk-req-seeks = Търси
bk-req-field-recipient-id = Участник
bk-req-field-participant-id = Участник
bk-req-field-message = Съобщение
bk-req-field-priority = Приоритет
bk-req-field-request = Заявка
bk-req-message-hint = Защо искате да се срещнете (до 1000 знака). Виждате го само вие двамата и организаторите.
bk-req-send = Изпрати заявката
bk-req-block = Никога не ме насрочвай с този участник
bk-req-block-hint = Отворените заявки между вас се отменят и този участник вече не може да ви заявява среща. Той не получава известие за това.
bk-req-block-confirm = Блокирай този участник
bk-req-you-blocked = Блокирали сте този участник. Отблокирайте го, за да заявите среща.
bk-req-done-sent = Заявката е изпратена.
bk-req-done-booked = Срещата е запазена.
bk-req-done-accepted = Приехте срещата.
bk-req-done-declined = Отказахте заявката.
bk-req-done-withdrawn = Оттеглихте заявката си.
bk-req-done-cancelled = Срещата е отменена.
bk-req-done-blocked = Участникът е блокиран; отворените заявки между вас са отменени.
bk-req-done-unblocked = Участникът е отблокиран.
v-you-cannot-request-a-meeting-with-yourself = не можете да заявите среща със себе си
v-does-not-take-part-in-the-b2b-meetings-of-this-event = не участва в B2B срещите на това събитие
v-booking-of-meetings-has-not-opened-yet = заявяването на срещи все още не е започнало
v-booking-of-meetings-has-closed = заявяването на срещи е затворено
v-participants-of-the-same-type-do-not-meet-at-this-event = участници от един и същи вид не се срещат на това събитие
v-you-blocked-this-participant-unblock-them-first = блокирали сте този участник: първо го отблокирайте
v-a-meeting-with-this-participant-is-not-possible = среща с този участник не е възможна
v-you-cannot-block-yourself = не можете да блокирате себе си
v-the-event-has-ended-requests-and-meetings-can-no-longer-be-changed = събитието приключи: заявките и срещите вече не могат да се променят
v-there-is-already-an-open-request-between-you-and-this-participant = между вас и този участник вече има отворена заявка
v-you-have-as-many-open-requests-as-the-organisers-allow = имате толкова отворени заявки, колкото позволяват организаторите
v-you-have-as-many-meetings-as-the-organisers-allow = имате толкова срещи, колкото позволяват организаторите
v-this-participant-has-as-many-meetings-as-the-organisers-allow = този участник има толкова срещи, колкото позволяват организаторите
v-the-request-is-no-longer-pending = заявката вече не чака отговор
v-this-is-not-an-accepted-meeting = това не е договорена среща
