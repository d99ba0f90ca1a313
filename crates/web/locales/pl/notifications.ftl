# Powiadomienia w serwisie: odnośnik w nagłówku, lista i jedno zdanie na rodzaj.
notif-nav = { $count ->
    [0] Powiadomienia
   *[other] Powiadomienia ({ $n })
}
notif-title = Powiadomienia
notif-list-label = Twoje powiadomienia
notif-none = Nie masz powiadomień.
notif-unread-count = { $count ->
    [0] Wszystko przeczytane.
    [one] { $n } nieprzeczytane powiadomienie
    [few] { $n } nieprzeczytane powiadomienia
    [many] { $n } nieprzeczytanych powiadomień
   *[other] { $n } nieprzeczytanego powiadomienia
}
notif-new = nowe
notif-mark-read = Oznacz jako przeczytane
notif-mark-all-read = Oznacz wszystkie jako przeczytane
notif-open = Otwórz
notif-profile-interest = { $user } zgłasza zainteresowanie Twoim profilem „{ $title }”.
notif-profile-interest-org = { $user } ({ $org }) zgłasza zainteresowanie Twoim profilem „{ $title }”.
notif-profile-comment = { $user } komentuje profil „{ $title }”.
notif-profile-submitted = Profil „{ $title }” organizacji { $org } czeka na Twoją ocenę.
notif-profile-published = Twój profil „{ $title }” został opublikowany.
notif-profile-returned = Twój profil „{ $title }” został zwrócony do poprawy: { $note }
notif-profile-expired = Twój profil „{ $title }” wygasł. Odnów go, aby był opublikowany przez kolejny rok.
notif-profile-updated = Obserwowany przez Ciebie profil „{ $title }” został zmieniony.
notif-generic = Masz nowe powiadomienie.
notif-b2b-request = { $name } prosi o spotkanie B2B z Tobą podczas wydarzenia „{ $event }”.
notif-b2b-booked = { $name } umawia się z Tobą na spotkanie B2B podczas wydarzenia „{ $event }”.
notif-b2b-accepted = { $name } przyjmuje Twoją prośbę o spotkanie B2B podczas wydarzenia „{ $event }”.
notif-b2b-declined = { $name } odrzuca Twoją prośbę o spotkanie B2B podczas wydarzenia „{ $event }”.
notif-b2b-withdrawn = { $name } wycofuje prośbę o spotkanie B2B z Tobą podczas wydarzenia „{ $event }”.
notif-b2b-cancelled = { $name } odwołuje spotkanie B2B z Tobą podczas wydarzenia „{ $event }”.
notif-b2b-schedule-published = Harmonogram spotkań B2B wydarzenia „{ $event }” został opublikowany: zobacz swoją agendę.
notif-b2b-meeting-changed = Twoje spotkanie B2B z { $partner } podczas wydarzenia „{ $event }” jest teraz zaplanowane na { $time }.
