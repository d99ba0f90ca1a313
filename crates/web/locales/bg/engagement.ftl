# Ангажиране с профили за сътрудничество: следване, коментари и изразяване на интерес.
engage-heading = Следване, обсъждане, сътрудничество
engage-followers = { $count ->
    [one] { $n } последовател
   *[other] { $n } последователи
}
engage-follow = Следвай
engage-unfollow = Спри да следваш
engage-following-note = Следвате този профил и получавате известия при промени и нови коментари.
engage-login = Влезте, за да следвате, коментирате или изразите интерес
engage-not-published = Следване, коментари и изразяване на интерес са възможни само за публикувани профили.
engage-comments = Коментари
engage-comments-count = { $count ->
    [one] { $n } коментар
   *[other] { $n } коментара
}
engage-no-comments = Все още няма коментари.
engage-deleted-user = бивш потребител
engage-delete-comment = Изтрий
engage-confirm-delete-comment = Да се изтрие ли този коментар?
engage-comment-label = Вашият коментар
engage-comment-hint = До 5000 знака. Всеки, който вижда профила, може да го прочете.
engage-comment-submit = Публикувай коментара
engage-interest = Изразете интерес
engage-interest-intro = Уведомете автора, че проявявате интерес. Виждат го само авторът и неговата организация.
engage-interest-message = Съобщение до автора (по желание)
engage-interest-message-hint = До 2000 знака.
engage-interest-org = От името на
engage-interest-org-none = само от мое име
engage-interest-submit = Проявявам интерес
engage-interest-done = Изразихте интерес на { $date }.
engage-interest-own = Този профил е на вашата организация.
engage-interests = Изразен интерес
engage-interests-none = Все още никой не е изразил интерес.
engage-interests-count = { $count ->
    [one] { $n } заявка за интерес
   *[other] { $n } заявки за интерес
}
engage-interest-from-org = от името на { $org }
engage-form-errors = Моля, поправете отбелязаното поле.
engage-back = Обратно към профила
engage-page-title = Обсъждане: { $title }
engage-following-title = Профили, които следвам
engage-following-none = Все още не следвате нито един профил.
engage-following-inactive = в момента не е публикуван
engage-following-count = { $count ->
    [one] { $n } профил
   *[other] { $n } профила
}
