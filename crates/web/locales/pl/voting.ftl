# Głosowanie nad stwierdzeniami: karta do głosowania, konsola organizatora, widok rzutnika.
voting-title = Głosowanie
voting-open-now = Głosuj teraz
voting-none-open = Teraz nie trwa głosowanie nad żadnym stwierdzeniem.
voting-why-login = Głosować mogą tylko zarejestrowani uczestnicy. Zaloguj się, aby głosować.
voting-why-register = Głosować mogą tylko uczestnicy z potwierdzoną rejestracją.
voting-why-unconfirmed = Głosować mogą tylko uczestnicy z potwierdzoną rejestracją; twoja rejestracja jest { $status }.
voting-registration-pending = w oczekiwaniu na zatwierdzenie
voting-registration-confirmed = potwierdzona
voting-registration-waitlisted = na liście rezerwowej
voting-registration-cancelled = anulowana
voting-registration-rejected = odrzucona
voting-login = Zaloguj się
voting-register = Zarejestruj się na wydarzenie
voting-your-vote = Twój głos
voting-can-change = Możesz go zmienić, dopóki głosowanie trwa.
voting-answer-agree = Zgadzam się
voting-answer-disagree = Nie zgadzam się
voting-answer-abstain = Wstrzymuję się
voting-scale-agree = Zgadzam się / nie zgadzam się / wstrzymuję się
voting-scale-scale5 = Skala od 1 do 5
voting-scale5-hint = 1 = zdecydowanie się nie zgadzam, 5 = zdecydowanie się zgadzam
voting-status-draft = Szkic
voting-status-open = Otwarte
voting-status-closed = Zamknięte
voting-votes = { $count ->
    [one] { $n } głos
    [few] { $n } głosy
    [many] { $n } głosów
   *[other] { $n } głosu
}
voting-results = Wyniki
voting-no-results = Nie opublikowano jeszcze żadnych wyników.
voting-console = Stwierdzenia
voting-no-statements = Nie ma jeszcze stwierdzeń. Dodaj pierwsze poniżej.
voting-projector-title = Widok rzutnika
voting-open = Otwórz głosowanie
voting-close = Zamknij głosowanie
voting-edit = Edytuj
voting-delete = Usuń
voting-confirm-delete = Usunąć to stwierdzenie?
voting-move-up = Przesuń w górę
voting-move-down = Przesuń w dół
voting-add = Dodaj stwierdzenie
voting-add-button = Dodaj stwierdzenie
voting-edit-title = Edycja stwierdzenia
voting-save = Zapisz
voting-cancel = Anuluj
voting-field-text = Stwierdzenie
voting-field-scale = Odpowiedzi
voting-field-session-id = Sesja programu
voting-field-value = Głos
voting-field-form = Formularz
v-is-not-a-session-of-this-event = nie jest sesją tego wydarzenia
v-must-be-one-of-1-2-3-on-this-scale = musi być jedną z wartości 1, 2, 3 na tej skali
v-must-be-one-of-1-2-3-4-5-on-this-scale = musi być jedną z wartości 1, 2, 3, 4, 5 na tej skali
