# Rejestracja, uczestnicy i kalendarze.
reg-status-pending = Czeka na akceptację
reg-status-confirmed = Potwierdzona
reg-status-waitlisted = Na liście rezerwowej
reg-status-cancelled = Anulowana
reg-status-rejected = Odrzucona
reg-attendance-onsite = Na miejscu
reg-attendance-online = Online
reg-visibility-public = Pokaż moje imię i nazwisko oraz organizację innym uczestnikom; organizatorzy mogą eksportować mój e-mail
reg-visibility-name_only = Pokaż imię i nazwisko oraz organizację, ale nie eksportuj mojego e-maila
reg-visibility-hidden = Ukryj mnie: tylko organizatorzy widzą, że biorę udział
reg-field-kind-text = Krótki tekst
reg-field-kind-long_text = Długi tekst
reg-field-kind-choice = Wybór
reg-field-kind-checkbox = Pole wyboru
reg-participants-count = { $count ->
    [one] { $n } potwierdzony uczestnik
    [few] { $n } potwierdzonych uczestników
    [many] { $n } potwierdzonych uczestników
   *[other] { $n } potwierdzonego uczestnika
}
reg-waitlist-position = miejsce { $n } na liście rezerwowej
reg-count-pending = { $count ->
    [one] { $n } czeka na akceptację
    [few] { $n } czekają na akceptację
    [many] { $n } czeka na akceptację
   *[other] { $n } czeka na akceptację
}
reg-count-confirmed = { $count ->
    [one] { $n } potwierdzona
    [few] { $n } potwierdzone
    [many] { $n } potwierdzonych
   *[other] { $n } potwierdzonej
}
reg-count-waitlisted = { $count ->
    [one] { $n } osoba na liście rezerwowej
    [few] { $n } osoby na liście rezerwowej
    [many] { $n } osób na liście rezerwowej
   *[other] { $n } osoby na liście rezerwowej
}
reg-count-cancelled = { $count ->
    [one] { $n } rezygnacja
    [few] { $n } rezygnacje
    [many] { $n } rezygnacji
   *[other] { $n } rezygnacji
}
reg-count-rejected = { $count ->
    [one] { $n } odrzucona
    [few] { $n } odrzucone
    [many] { $n } odrzuconych
   *[other] { $n } odrzuconej
}
reg-capacity = { $count ->
    [one] { $n } miejsce na sali
    [few] { $n } miejsca na sali
    [many] { $n } miejsc na sali
   *[other] { $n } miejsca na sali
}
reg-fields-title = Pola formularza rejestracji
reg-fields-hint = Pytania, na które odpowiada każdy rejestrujący się, w tej kolejności.
reg-field-add = Dodaj pole
reg-field-label = Etykieta
reg-field-kind = Rodzaj
reg-field-options = Możliwości wyboru
reg-field-options-hint = Dla pola wyboru: jedna możliwość w wierszu.
reg-field-position = Kolejność
reg-field-required = Wymagane
reg-field-delete = Usuń to pole
reg-csv-name = Imię i nazwisko
reg-csv-organisation = Organizacja
reg-csv-email = E-mail
reg-csv-attendance = Udział
reg-csv-status = Status
reg-my-calendar = Moje wydarzenia (Klaster)
reg-add-to-calendar = Dodaj do kalendarza (.ics)
reg-your-status = Twoja rejestracja:
reg-cancel = Anuluj moją rejestrację
reg-cancel-participant = Anuluj
reg-login-to-register = Zaloguj się, aby się zarejestrować
reg-closed = Rejestracja na to wydarzenie jest zamknięta.
reg-attendance = Jak weźmiesz udział?
reg-organisation = Organizacja, którą reprezentujesz
reg-no-organisation = (brak)
reg-visibility = Kto może cię zobaczyć
reg-save = Zapisz zmiany
reg-register = Zarejestruj się
reg-participants = Uczestnicy
reg-export-csv = Eksportuj uczestników (CSV)
reg-answers = Odpowiedzi
reg-approve = Zaakceptuj
reg-reject = Odrzuć
reg-calendar-feed = Kalendarz moich wydarzeń
reg-calendar-feed-hint = Zasubskrybuj ten prywatny adres w swoim kalendarzu, aby widzieć wydarzenia, na które się zarejestrowałeś. Każdy, kto zna adres, może go odczytać.
reg-calendar-feed-replace = Zmień adres
reg-org-calendar = Wydarzenia tej organizacji (kalendarz, .ics)
v-registration-for-this-event-is-closed = rejestracja na to wydarzenie jest zamknięta
v-the-organisers-declined-your-registration = organizatorzy odrzucili twoją rejestrację
v-choose-one-of-your-own-organisations = wybierz jedną ze swoich organizacji
v-this-event-cannot-be-followed-online = tego wydarzenia nie można śledzić online
v-this-event-takes-place-online-only = to wydarzenie odbywa się tylko online
v-cancel-your-registration-first-to-change-how-you-attend = aby zmienić formę udziału, najpierw anuluj rejestrację
v-give-at-least-two-choices-one-per-line = podaj co najmniej dwie możliwości, po jednej w wierszu
v-must-be-ticked = musi być zaznaczone
v-at-most-50-choices = najwyżej 50 odpowiedzi do wyboru
v-an-event-has-at-most-30-fields = wydarzenie może mieć najwyżej 30 pól
