# Zaangażowanie w profile współpracy: obserwowanie, komentarze i zgłoszenia zainteresowania.
engage-heading = Obserwuj, dyskutuj, współpracuj
engage-followers = { $count ->
    [one] { $n } obserwujący
    [few] { $n } obserwujących
    [many] { $n } obserwujących
   *[other] { $n } obserwującego
}
engage-follow = Obserwuj
engage-unfollow = Przestań obserwować
engage-following-note = Obserwujesz ten profil i dostajesz powiadomienia o jego zmianach i komentarzach.
engage-login = Zaloguj się, aby obserwować, komentować lub zgłosić zainteresowanie
engage-not-published = Obserwować, komentować i zgłaszać zainteresowanie można tylko w opublikowanych profilach.
engage-comments = Komentarze
engage-comments-count = { $count ->
    [one] { $n } komentarz
    [few] { $n } komentarze
    [many] { $n } komentarzy
   *[other] { $n } komentarza
}
engage-no-comments = Nie ma jeszcze komentarzy.
engage-deleted-user = były użytkownik
engage-delete-comment = Usuń
engage-confirm-delete-comment = Usunąć ten komentarz?
engage-comment-label = Twój komentarz
engage-comment-hint = Najwyżej 5000 znaków. Komentarz przeczyta każdy, kto widzi profil.
engage-comment-submit = Dodaj komentarz
engage-interest = Zgłoś zainteresowanie
engage-interest-intro = Daj autorowi znać, że jesteś zainteresowany. Zgłoszenie zobaczą tylko autor i jego organizacja.
engage-interest-message = Wiadomość do autora (nieobowiązkowa)
engage-interest-message-hint = Najwyżej 2000 znaków.
engage-interest-org = W imieniu
engage-interest-org-none = tylko we własnym imieniu
engage-interest-submit = Jestem zainteresowany
engage-interest-done = Twoje zainteresowanie zostało zgłoszone { $date }.
engage-interest-own = Ten profil należy do Twojej organizacji.
engage-interests = Zgłoszenia zainteresowania
engage-interests-none = Nikt jeszcze nie zgłosił zainteresowania.
engage-interests-count = { $count ->
    [one] { $n } zgłoszenie
    [few] { $n } zgłoszenia
    [many] { $n } zgłoszeń
   *[other] { $n } zgłoszenia
}
engage-interest-from-org = w imieniu: { $org }
engage-form-errors = Popraw zaznaczone pole.
engage-back = Wróć do profilu
engage-page-title = Dyskusja: { $title }
engage-following-title = Obserwowane profile
engage-following-none = Nie obserwujesz jeszcze żadnego profilu.
engage-following-inactive = obecnie nieopublikowany
engage-following-count = { $count ->
    [one] { $n } profil
    [few] { $n } profile
    [many] { $n } profili
   *[other] { $n } profilu
}
