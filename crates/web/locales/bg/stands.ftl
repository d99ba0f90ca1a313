# Щандове: организации, представящи предложението си на събитието.
stands-count = { $count ->
    [one] { $n } щанд
   *[other] { $n } щанда
}
stands-offer = Предложение на събитието
stands-edit-offer = Вашият щанд
stands-withdraw = Оттегли щанда
stands-organiser = Организатори
stands-remove = Премахни щанда
stands-ended = Събитието е приключило: щандове вече не могат да се заемат.
stands-take = Заеми щанд
stands-offer-hint = Какво представя вашата организация на събитието (най-много 2000 знака).
stands-field-label = Щанд
stands-field-offer = Предложение
stands-field-org-id = Организация
stands-field-stand = Щанд
