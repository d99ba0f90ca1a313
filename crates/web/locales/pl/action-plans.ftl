# Regionalne Plany Działania: działania, wskaźniki, sprawozdania z postępów, harmonogram i historia.
ap-title = Plany Działania
ap-intro = Regionalne Plany Działania przekładają ankiety, spotkania z interesariuszami, wizyty studyjne i dobre praktyki na działania ze wskaźnikami. Opublikowane plany widzą wszyscy, wersje robocze – tylko ich właściciele.
ap-none-yet = Nie ma jeszcze Planów Działania.
ap-new = Nowy Plan Działania
ap-edit = Edytuj plan
ap-edit-heading = Edycja „{ $title }”
ap-choose = — wybierz —
ap-none = — brak —
ap-status-draft = Wersja robocza
ap-status-published = Opublikowany
ap-action-status-planned = Zaplanowane
ap-action-status-in_progress = W realizacji
ap-action-status-done = Zrealizowane
ap-action-status-dropped = Zaniechane
ap-actions-count = { $count ->
    [one] { $n } działanie
    [few] { $n } działania
   *[many] { $n } działań
}
ap-done-count = zrealizowane: { $n }
ap-indicators-count = { $count ->
    [one] { $n } wskaźnik
    [few] { $n } wskaźniki
   *[many] { $n } wskaźników
}
ap-reports-count = { $count ->
    [one] { $n } sprawozdanie z postępów
    [few] { $n } sprawozdania z postępów
   *[many] { $n } sprawozdań z postępów
}
ap-field-owner = Właściciel
ap-owner-hint = Organizacja, którą administrujesz (np. urząd marszałkowski), albo projekt, w którym uczestniczysz.
ap-owner-project = Projekt
ap-field-title = Tytuł
ap-field-region = Region (NUTS)
ap-region-hint = Kod NUTS 2021, np. PL81 dla Lubelskiego lub BG41 dla regionu Jugozapaden.
ap-field-context = Kontekst
ap-field-objectives = Cele
ap-field-status = Status
ap-updated = Ostatnia zmiana
ap-actions = Działania
ap-no-actions = Nie ma jeszcze działań.
ap-add-action = Dodaj działanie
ap-edit-action = Edytuj działanie
ap-edit-action-heading = Edycja działania „{ $title }”
ap-field-action-title = Działanie
ap-field-description = Opis
ap-field-responsible = Organizacja odpowiedzialna
ap-field-partners = Partnerzy
ap-multi-hint = Przytrzymaj Ctrl (lub ⌘), aby wybrać kilka.
ap-field-timeline = Harmonogram
ap-field-starts-on = Początek
ap-field-ends-on = Koniec
ap-field-budget = Budżet
ap-field-currency = Waluta
ap-currency-hint = Kod ISO 4217: EUR, PLN, BGN, …
ap-field-funding = Źródło finansowania
ap-field-source-practice = Na podstawie dobrej praktyki
ap-field-source-event = Wynika z wizyty studyjnej lub wydarzenia
ap-change-status = Status działania
ap-indicators = Wskaźniki
ap-no-indicators = Nie ma jeszcze wskaźników.
ap-add-indicator = Dodaj wskaźnik
ap-add-indicator-heading = Nowy wskaźnik dla „{ $title }”
ap-field-indicator-name = Wskaźnik
ap-field-unit = Jednostka
ap-unit-hint = np. klastry, firmy, EUR, %
ap-baseline = Wartość bazowa
ap-current = Wartość bieżąca
ap-target = Wartość docelowa
ap-field-target-on = Termin osiągnięcia
ap-progress = Postęp
ap-value-history = Wartości w czasie
ap-no-reports = Nie ma jeszcze sprawozdań z postępów.
ap-report-progress = Zgłoś postęp
ap-field-value = Nowa wartość
ap-field-reported-on = Data
ap-field-comment = Komentarz
ap-field-author = Zgłosił(a)
ap-timeline = Harmonogram
ap-timeline-empty = Żadne działanie nie ma jeszcze dat.
ap-timeline-undated = Działania bez dat
ap-history = Historia zmian
ap-history-empty = Nic się jeszcze nie zmieniło.
ap-history-when = Kiedy
ap-history-who = Kto
ap-history-what = Co
ap-history-detail = Szczegóły
ap-history-system = platforma
ap-history-plan-created = Utworzono plan
ap-history-plan-updated = Zmieniono plan
ap-history-plan-published = Opublikowano plan
ap-history-plan-unpublished = Przywrócono wersję roboczą
ap-history-action-added = Dodano działanie
ap-history-action-updated = Zmieniono działanie
ap-history-action-status = Zmieniono status działania
ap-history-indicator-added = Dodano wskaźnik
ap-history-progress-reported = Zgłoszono postęp
ap-history-detail-plan = { $title }
ap-history-detail-change = { $field }: { $from } → { $to }
ap-history-detail-action-added = { $action }
ap-history-detail-action-updated = { $action }
ap-history-detail-action-status = { $action }: { $from } → { $to }
ap-history-detail-indicator-added = { $action }: { $indicator } ({ $baseline } → { $target } { $unit })
ap-history-detail-progress-reported = { $indicator }: { $from } → { $to }, stan na { $on }
ap-history-detail-progress-commented = { $indicator }: { $from } → { $to }, stan na { $on } ({ $comment })
v-must-differ-from-the-baseline = musi się różnić od wartości bazowej
v-is-not-a-number-like-12-5 = to nie jest liczba, np. 12,5
v-must-not-be-in-the-future = nie może być w przyszłości
v-choose-either-an-organisation-or-a-project-as-the-owner = wybierz jako właściciela organizację albo projekt
v-choose-a-project-you-may-edit = wybierz projekt, który możesz edytować
v-is-not-the-number-of-a-good-practice = to nie jest numer dobrej praktyki
