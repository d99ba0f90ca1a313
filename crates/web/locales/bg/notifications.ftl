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
