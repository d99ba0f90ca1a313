# Giełdy kooperacyjne: harmonogram, panel organizatora, agendy i wyniki spotkań.
bkm-dashboard = Panel spotkań
bkm-last-run = Ostatnie układanie harmonogramu
bkm-never-run = Harmonogram nie był jeszcze układany.
bkm-status-optimal = Optymalny: żaden harmonogram nie mieści więcej spotkań ani nie ma mniej przerw
bkm-status-feasible = Dopuszczalny: poprawny harmonogram, granice pokazują, jak daleko może być od optimum
bkm-status-infeasible = Niewykonalny: niczego nie zmieniono
bkm-infeasible-hint = Żaden harmonogram nie zachowuje zablokowanych spotkań, nie mieści wszystkich spotkań („zaplanuj wszystkie”) i nie przestrzega limitu przerw. Przyczyny znajdziesz przy spotkaniach bez miejsca poniżej; złagodź jedną z opcji albo przenieś spotkania ręcznie.
bkm-report-scheduled = Spotkania zaplanowane / zaakceptowane
bkm-report-meetings-bound = Najwyżej tyle można zaplanować
bkm-report-weight = Zaplanowana waga priorytetów / górna granica
bkm-report-gap = luka
bkm-report-breaks = Przerwy (bezczynne sloty między spotkaniami)
bkm-report-breaks-bound = Udowodniona dolna granica przerw
bkm-report-seconds = Czas
bkm-seconds = { $seconds } s
bkm-report-kept = Zablokowane i opublikowane spotkania pozostawione na miejscu
bkm-report-moved = Przeniesione opublikowane spotkania
bkm-report-options = Opcje
bkm-report-engine = Silnik
bkm-report-time-limit = limit czasu { $seconds } s
bkm-report-max-breaks = { $count ->
    [one] najwyżej { $n } przerwa na uczestnika
    [few] najwyżej { $n } przerwy na uczestnika
    [many] najwyżej { $n } przerw na uczestnika
   *[other] najwyżej { $n } przerwy na uczestnika
}
bkm-field-time-limit = Limit czasu (sekundy)
bkm-time-limit-hint = Od 1 do 120 sekund; zostaje najlepszy harmonogram znaleziony w tym czasie wraz z odległością od granic.
bkm-field-max-breaks = Najwyżej przerw na uczestnika
bkm-max-breaks-hint = Zostaw puste, jeśli bez limitu.
bkm-run-schedule-all = Zaplanuj wszystkie
bkm-schedule-all-hint = Każde zaakceptowane spotkanie musi dostać miejsce: jeśli to niemożliwe, wynik to powie i niczego nie zmieni.
bkm-run = Ułóż harmonogram
bkm-publication = Publikacja
bkm-published-at = Opublikowano
bkm-not-published = Harmonogram nie jest opublikowany: uczestnicy jeszcze nie widzą swoich spotkań.
bkm-publish-hint = Uczestnicy zobaczą zaplanowane spotkania w swojej agendzie i dostaną powiadomienie. Opublikowane spotkania zostają na miejscu przy kolejnym układaniu, chyba że nie mogą się już tam odbyć.
bkm-publish = Opublikuj harmonogram
bkm-export-csv = Eksportuj spotkania (CSV)
bkm-print-all = Drukuj wszystkie agendy
bkm-statistics = Statystyki
bkm-stat-participants = Uczestnicy
bkm-stat-requested = Wysłane prośby
bkm-stat-pending = Czekają na odpowiedź
bkm-stat-accepted = Zaakceptowane
bkm-stat-declined = Odrzucone
bkm-stat-cancelled = Anulowane
bkm-stat-scheduled = Zaplanowane
bkm-stat-unscheduled = Bez miejsca
bkm-stat-published = Opublikowane
bkm-stat-held = Odbyte
bkm-stat-no-shows = Nieobecności
bkm-stat-follow-ups = Z dalszymi krokami
bkm-stat-agreements = Podpisane umowy lub porozumienia
bkm-grid = Sloty i stoły
bkm-no-slots = Brak slotów na spotkania: dodaj sesję B2B w konfiguracji.
bkm-slot = Slot
bkm-elsewhere = Online lub przy stoisku
bkm-badge-published = opublikowane
bkm-badge-unpublished = nieopublikowane
bkm-badge-locked = zablokowane
bkm-badge-unlocked = niezablokowane
bkm-lock = Zablokuj
bkm-unlock = Odblokuj
bkm-locked-unlock = Zablokowane — odblokuj
bkm-unplaced = Spotkania bez miejsca
bkm-unplaced-count = { $count ->
    [one] { $n } zaakceptowane spotkanie nie ma miejsca.
    [few] { $n } zaakceptowane spotkania nie mają miejsca.
    [many] { $n } zaakceptowanych spotkań nie ma miejsca.
   *[other] { $n } zaakceptowanego spotkania nie ma miejsca.
}
bkm-meeting = Spotkanie
bkm-priority = Priorytet
bkm-reason = Przyczyna
bkm-reason-no-common-slot = Nie ma slotu, w którym oboje uczestnicy mogą być
bkm-reason-partners-busy = W każdym slocie, w którym oboje mogą być, jedno z nich ma już inne spotkanie
bkm-reason-tables-full = Wszystkie stoły są zajęte w slotach, w których oboje są wolni
bkm-reason-placeable = Jest wolne miejsce: ułóż harmonogram ponownie albo przenieś spotkanie ręcznie
bkm-priority-must-meet = Muszę się spotkać
bkm-priority-nice-to-meet = Chętnie się spotkam
bkm-outcome-no-show = Nieobecność
bkm-outcome-held = Odbyte
bkm-outcome-follow-up = Uzgodniono dalsze kroki
bkm-outcome-agreement = Podpisano umowę lub porozumienie
bkm-back-to-dashboard = Wróć do panelu
bkm-requester = Prośba od
bkm-recipient = Prośba do
bkm-message = Wiadomość
bkm-when = Kiedy
bkm-where = Gdzie
bkm-state = Stan
bkm-not-placed = Jeszcze bez miejsca
bkm-lock-hint = Zablokowane spotkanie zostaje na miejscu przy kolejnym układaniu harmonogramu.
bkm-move = Przenieś spotkanie
bkm-move-hint = Oboje uczestnicy muszą móc być i być wolni w tym slocie, a stół musi być wolny. Spotkanie zostanie tam zablokowane; jeśli jest opublikowane, oboje uczestnicy dostaną powiadomienie.
bkm-field-slot-start = Slot
bkm-field-table = Stół
bkm-no-table-needed = To spotkanie nie potrzebuje wspólnego stołu (odbywa się online lub przy stoisku).
bkm-record-outcome = Jaki był wynik spotkania?
bkm-field-outcome = Wynik
bkm-field-note = Notatka
bkm-save-outcome = Zapisz wynik
bkm-field-schedule = Harmonogram
bkm-field-publish = Publikacja
bkm-field-meeting = Spotkanie
bkm-table-n = Stół { $table }
bkm-online = Online
bkm-booth = Stoisko { $booth }
bkm-agenda-not-published = Harmonogram nie jest jeszcze opublikowany: Twoje spotkania pojawią się tutaj, gdy organizatorzy go opublikują.
bkm-agenda-count = { $count ->
    [one] Masz { $n } spotkanie.
    [few] Masz { $n } spotkania.
    [many] Masz { $n } spotkań.
   *[other] Masz { $n } spotkania.
}
bkm-agenda-empty = Brak spotkań.
bkm-agenda-ics = Dodaj do kalendarza (iCalendar)
bkm-agenda-print = Drukuj
bkm-partner = Partner
bkm-partner-org = Organizacja
bkm-partner-offer = Oferuje
bkm-free-slot = wolne
bkm-no-participants = Nikt jeszcze nie uczestniczy.
bkm-ics-summary = Spotkanie B2B: { $partner }
bkm-ics-event = Wydarzenie: { $event }
bkm-csv-date = Data
bkm-csv-time = Godzina
bkm-csv-place = Miejsce
bkm-csv-requester = Prośba od
bkm-csv-requester-org = Organizacja proszącego
bkm-csv-recipient = Prośba do
bkm-csv-recipient-org = Organizacja adresata
bkm-csv-priority = Priorytet
bkm-csv-status = Status
bkm-csv-published = Opublikowane
bkm-csv-outcome = Wynik
bkm-csv-outcome-note = Notatka do wyniku
v-there-are-no-meeting-slots-add-a-b2b-session-first = brak slotów na spotkania: najpierw dodaj sesję B2B
v-no-meeting-is-scheduled-yet-run-the-scheduler-first = żadne spotkanie nie jest jeszcze zaplanowane: najpierw ułóż harmonogram
v-the-meeting-has-no-place-to-lock-schedule-or-move-it-first = spotkanie nie ma miejsca, które można zablokować: najpierw je zaplanuj lub przenieś
v-is-not-a-slot-of-the-event-s-b2b-sessions = nie jest slotem sesji B2B tego wydarzenia
v-one-of-the-participants-cannot-attend-this-slot = jedno z uczestników nie może być w tym slocie
v-one-of-the-participants-has-another-meeting-in-this-slot = jedno z uczestników ma w tym slocie inne spotkanie
v-this-table-is-taken-in-this-slot = ten stół jest zajęty w tym slocie
v-the-meeting-is-not-scheduled = spotkanie nie jest zaplanowane
v-can-be-recorded-once-the-meeting-has-started = można go zapisać, gdy spotkanie się zacznie
v-choose-a-slot = wybierz slot
