# Spotkania B2B: przegląd, konfiguracja, uczestnicy i dostępność.
bks-overview-title = Spotkania B2B
bks-what = Podczas spotkań B2B uczestnicy rozmawiają jeden na jeden w zaplanowanych z góry terminach i przy wyznaczonych stolikach. Dołącz, opisując, co oferujesz i czego szukasz, poproś o spotkanie osoby, z którymi chcesz porozmawiać, a przed wydarzeniem otrzymasz swój osobisty harmonogram.
bks-not-set-up-organiser = Spotkania B2B nie są jeszcze skonfigurowane dla tego wydarzenia. Ustal liczbę stolików, terminy zapisów i sesje, aby je uruchomić.
bks-not-set-up = Organizatorzy nie skonfigurowali jeszcze spotkań B2B dla tego wydarzenia.
bks-set-up = Skonfiguruj spotkania B2B
bks-facts = Giełda kooperacyjna w skrócie
bks-booking = Umawianie spotkań
bks-phase-open = Otwarte
bks-phase-opens = Rozpoczyna się { $at }
bks-phase-open-until = Otwarte do { $at }
bks-phase-closed = Zamknięte od { $at }
bks-mode-needs_acceptance = Osoba zaproszona przyjmuje lub odrzuca każdą prośbę
bks-mode-auto_accept = Prośby są przyjmowane od razu
bks-only-across = spotykają się tylko osoby różnych typów
bks-participants-count = { $count ->
    [one] { $n } uczestnik
    [few] { $n } uczestników
    [many] { $n } uczestników
   *[other] { $n } uczestnika
}
bks-requested-count = { $count ->
    [one] { $n } prośba o spotkanie
    [few] { $n } prośby o spotkanie
    [many] { $n } próśb o spotkanie
   *[other] { $n } prośby o spotkanie
}
bks-accepted-count = { $count ->
    [one] { $n } spotkanie przyjęte
    [few] { $n } spotkania przyjęte
    [many] { $n } spotkań przyjętych
   *[other] { $n } spotkania przyjętego
}
bks-tables-count = { $count ->
    [one] { $n } stolik
    [few] { $n } stoliki
    [many] { $n } stolików
   *[other] { $n } stolika
}
bks-max-meetings = { $count ->
    [one] najwyżej { $n } spotkanie na uczestnika
    [few] najwyżej { $n } spotkania na uczestnika
    [many] najwyżej { $n } spotkań na uczestnika
   *[other] najwyżej { $n } spotkania na uczestnika
}
bks-minutes = { $count ->
    [one] { $n } minuta
    [few] { $n } minuty
    [many] { $n } minut
   *[other] { $n } minuty
}
bks-slots-count = { $count ->
    [one] { $n } termin
    [few] { $n } terminy
    [many] { $n } terminów
   *[other] { $n } terminu
}
bks-sessions = Sesje B2B
bks-no-sessions = Nie ma jeszcze sesji B2B.
bks-day = Dzień
bks-time = Godziny
bks-slots = Terminy
bks-you = Twój udział
bks-login-to-join = Zaloguj się, aby wziąć udział
bks-you-joined = Bierzesz udział w spotkaniach B2B.
bks-your-booth = Partnerów spotykasz na swoim stoisku
bks-ended = Wydarzenie się zakończyło.
bks-join = Weź udział w spotkaniach B2B
bks-edit-profile = Edytuj mój profil kooperacyjny
bks-availability = Moja dostępność
bks-left = { $count ->
    [0] Zrezygnowano z udziału w spotkaniach B2B.
    [one] Zrezygnowano z udziału w spotkaniach B2B; razem z profilem usunięto { $n } prośbę o spotkanie.
    [few] Zrezygnowano z udziału w spotkaniach B2B; razem z profilem usunięto { $n } prośby o spotkanie.
    [many] Zrezygnowano z udziału w spotkaniach B2B; razem z profilem usunięto { $n } próśb o spotkanie.
   *[other] Zrezygnowano z udziału w spotkaniach B2B; razem z profilem usunięto { $n } prośby o spotkanie.
}
bks-settings = Ustawienia
bks-tables-hint = Wspólne stoliki do rozmów; wystawcy ze stoiskiem spotykają partnerów u siebie.
bks-max-meetings-hint = Pozostaw puste, aby nie ograniczać liczby spotkań.
bks-booking-hint = Czas w strefie czasowej wydarzenia. O spotkania można prosić od otwarcia do zamknięcia zapisów; puste pole oznacza brak ograniczenia.
bks-types-hint = Jeden w wierszu lub rozdzielone przecinkami, np. klaster, MŚP, nauka (każdy najwyżej 60 znaków).
bks-sessions-hint = Sesja to część jednego dnia podzielona na terminy spotkań; w przerwach, np. na obiad, nie ma terminów.
bks-actions = Działania
bks-edit-session = Edytuj sesję
bks-delete-session = Usuń
bks-add-session = Dodaj sesję B2B
bks-placed-warning = { $count ->
    [one] W tej sesji zaplanowano { $n } spotkanie: usunięcie sesji zdejmie je z terminu, a harmonogram trzeba będzie ułożyć ponownie.
    [few] W tej sesji zaplanowano { $n } spotkania: usunięcie sesji zdejmie je z terminów, a harmonogram trzeba będzie ułożyć ponownie.
    [many] W tej sesji zaplanowano { $n } spotkań: usunięcie sesji zdejmie je z terminów, a harmonogram trzeba będzie ułożyć ponownie.
   *[other] W tej sesji zaplanowano { $n } spotkania: usunięcie sesji zdejmie je z terminów, a harmonogram trzeba będzie ułożyć ponownie.
}
bks-placed-edit-warning = { $count ->
    [one] W tej sesji zaplanowano { $n } spotkanie: jeśli po zmianie jego termin zniknie, spotkanie zostanie z niego zdjęte i zaplanowane ponownie.
    [few] W tej sesji zaplanowano { $n } spotkania: te, których terminy znikną po zmianie, zostaną z nich zdjęte i zaplanowane ponownie.
    [many] W tej sesji zaplanowano { $n } spotkań: te, których terminy znikną po zmianie, zostaną z nich zdjęte i zaplanowane ponownie.
   *[other] W tej sesji zaplanowano { $n } spotkania: te, których terminy znikną po zmianie, zostaną z nich zdjęte i zaplanowane ponownie.
}
bks-breaks-hint = Jedna przerwa w wierszu jako początek–koniec w dniu sesji, np. 12:30-13:30.
bks-back-to-setup = Wróć do ustawień
bks-preview = Terminy spotkań
bks-booths = Stoiska wystawców
bks-booths-hint = Wystawca ze stoiskiem odbywa wszystkie spotkania na nim, a nie przy wspólnym stoliku.
bks-no-participants = Nikt jeszcze nie dołączył.
bks-participant = Uczestnik
bks-join-to-request = Weź udział, aby prosić o spotkania i zobaczyć proponowanych partnerów.
bks-suggestions = Proponowani dla Ciebie
bks-suggestions-hint = Osoby, których oferta odpowiada temu, czego szukasz, lub które szukają tego, co oferujesz — w dowolnym języku.
bks-no-suggestions = Na razie brak propozycji: musi dołączyć więcej osób.
bks-reason-they_offer = ich oferta odpowiada temu, czego szukasz
bks-reason-they_seek = szukają tego, co oferujesz
bks-reason-both = ich oferta odpowiada temu, czego szukasz, a oni szukają tego, co oferujesz
bks-request-meeting = Poproś o spotkanie
bks-search = Szukaj uczestników
bks-search-button = Szukaj
bks-all-types = Wszystkie typy
bks-all-attendance = Na miejscu i online
bks-you-badge = Ty
bks-no-organisation = Bez organizacji
bks-profile-hint = Inni uczestnicy widzą Twoje imię i nazwisko, organizację, typ, ofertę i poszukiwania. Na tej podstawie powstają prośby i Twój harmonogram.
bks-offer-hint = Co oferujesz: produkty, usługi, technologie, wiedzę (najwyżej 2000 znaków).
bks-seek-hint = Czego szukasz: partnerów, dostawców, klientów, współpracy badawczej (najwyżej 2000 znaków).
bks-leave = Zrezygnuj ze spotkań B2B
bks-leave-warning = { $count ->
    [0] Rezygnacja usuwa Twój profil kooperacyjny.
    [one] Rezygnacja usuwa Twój profil kooperacyjny i razem z nim { $n } prośbę o spotkanie.
    [few] Rezygnacja usuwa Twój profil kooperacyjny i razem z nim { $n } prośby o spotkanie.
    [many] Rezygnacja usuwa Twój profil kooperacyjny i razem z nim { $n } próśb o spotkanie.
   *[other] Rezygnacja usuwa Twój profil kooperacyjny i razem z nim { $n } prośby o spotkanie.
}
bks-availability-hint = Zaznacz terminy, w których nie możesz uczestniczyć; we wszystkich pozostałych jesteś dostępny.
bks-availability-saved = Zapisano Twoją dostępność.
bks-unavailable-count = { $count ->
    [0] Jesteś dostępny we wszystkich terminach.
    [one] Nie możesz uczestniczyć w { $n } terminie.
    [few] Nie możesz uczestniczyć w { $n } terminach.
    [many] Nie możesz uczestniczyć w { $n } terminach.
   *[other] Nie możesz uczestniczyć w { $n } terminu.
}
bks-field-tables = Stoliki
bks-field-max-meetings = Spotkań na uczestnika
bks-field-booking-opens = Początek zapisów
bks-field-booking-closes = Koniec zapisów
bks-field-request-mode = Prośby o spotkanie
bks-field-participant-types = Typy uczestników
bks-field-only-across-types = Spotykają się tylko osoby różnych typów (np. kupujący ze sprzedającymi)
bks-field-starts = Początek
bks-field-ends = Koniec
bks-field-slot-minutes = Długość terminu (minuty)
bks-field-breaks = Przerwy
bks-field-session = Sesja
bks-field-booth = Stoisko
bks-field-org-id = Organizacja
bks-field-participant-type = Typ uczestnika
bks-field-offer = Co oferuję
bks-field-seek = Czego szukam
bks-field-profile-ids = Powiązane profile współpracy
bks-field-attendance = Udział
bks-field-unavailable = Dostępność
bks-field-participant = Udział w spotkaniach
v-must-be-after-the-opening-of-booking = musi być po rozpoczęciu zapisów
v-name-at-most-12-participant-types = podaj najwyżej 12 typów uczestników
v-name-at-least-two-participant-types-first = najpierw podaj co najmniej dwa typy uczestników
v-must-be-on-the-same-day-as-the-start = musi przypadać tego samego dnia co początek
v-overlaps-another-b2b-session-of-the-event = nakłada się na inną sesję B2B wydarzenia
v-write-each-break-as-12-30-13-30 = wpisz każdą przerwę w postaci 12:30-13:30
v-a-break-must-end-after-it-starts = przerwa musi kończyć się po swoim początku
v-breaks-must-lie-inside-the-session = przerwy muszą mieścić się w sesji
v-breaks-must-not-overlap-each-other = przerwy nie mogą na siebie nachodzić
v-leaves-no-meeting-slot-in-the-session = nie pozostawia w sesji żadnego terminu spotkania
v-save-the-brokerage-settings-first = najpierw zapisz ustawienia spotkań B2B
v-online-participants-meet-online-not-at-a-booth = uczestnicy online spotykają się online, nie na stoisku
v-the-event-has-ended-the-brokerage-profile-can-no-longer-be-changed = wydarzenie się zakończyło: profilu kooperacyjnego nie można już zmieniać
v-choose-one-of-the-event-s-participant-types = wybierz jeden z typów uczestników wydarzenia
v-link-only-cooperation-profiles-of-your-organisations = możesz powiązać tylko profile współpracy swoich organizacji
v-link-at-most-10-profiles = powiąż najwyżej 10 profili
v-is-not-the-start-of-a-meeting-slot-of-the-event = nie jest początkiem terminu spotkania w tym wydarzeniu
