# Известия в платформата: връзката в заглавната лента, списъкът и по едно изречение за всеки вид.
notif-nav = { $count ->
    [0] Известия
   *[other] Известия ({ $n })
}
notif-title = Известия
notif-list-label = Вашите известия
notif-none = Нямате известия.
notif-unread-count = { $count ->
    [0] Всичко е прочетено.
    [one] { $n } непрочетено известие
   *[other] { $n } непрочетени известия
}
notif-new = ново
notif-mark-read = Отбележи като прочетено
notif-mark-all-read = Отбележи всички като прочетени
notif-open = Отвори
notif-profile-interest = { $user } изрази интерес към вашия профил „{ $title }“.
notif-profile-interest-org = { $user } ({ $org }) изрази интерес към вашия профил „{ $title }“.
notif-profile-comment = { $user } коментира профила „{ $title }“.
notif-profile-submitted = Профилът „{ $title }“ на { $org } очаква вашия преглед.
notif-profile-published = Вашият профил „{ $title }“ беше публикуван.
notif-profile-returned = Вашият профил „{ $title }“ беше върнат за промени: { $note }
notif-profile-expired = Вашият профил „{ $title }“ изтече. Подновете го, за да бъде публикуван още една година.
notif-profile-updated = Профилът „{ $title }“, който следвате, беше променен.
notif-generic = Имате ново известие.
notif-b2b-request = { $name } иска B2B среща с вас на „{ $event }“.
notif-b2b-booked = { $name } си запази B2B среща с вас на „{ $event }“.
notif-b2b-accepted = { $name } прие вашата заявка за B2B среща на „{ $event }“.
notif-b2b-declined = { $name } отказа вашата заявка за B2B среща на „{ $event }“.
notif-b2b-withdrawn = { $name } оттегли заявката си за B2B среща с вас на „{ $event }“.
notif-b2b-cancelled = { $name } отмени B2B среща с вас на „{ $event }“.
notif-b2b-schedule-published = Графикът на B2B срещите на „{ $event }“ е публикуван: вижте своята програма.
notif-b2b-meeting-changed = Вашата B2B среща с { $partner } на „{ $event }“ вече е насрочена за { $time }.
