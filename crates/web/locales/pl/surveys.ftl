nav-surveys = Ankiety
survey-list-title = Ankiety
survey-list-intro = Ankiety potrzeb klastrów, regionów i projektów: wypełnij je i czytaj wyniki na bieżąco.
survey-none = Nie ma jeszcze ankiet.
survey-new = Nowa ankieta
survey-create = Utwórz ankietę
survey-settings = Ustawienia
survey-view = Strona ankiety
survey-results = Wyniki
survey-report = Raport do druku
survey-report-generated = Raport z dnia
survey-edit-survey = Edytuj pytania
survey-edit-question = Edycja pytania
survey-edit = Edytuj
survey-cancel = Anuluj
survey-delete = Usuń ankietę wraz z odpowiedziami
survey-delete-question = Usuń
survey-delete-section = Usuń tę pustą sekcję
survey-status-draft = Szkic
survey-status-open = Otwarta
survey-status-closed = Zamknięta
survey-closes = odpowiedzi do { $date }
survey-anonymous = anonimowa
survey-responses = { $count ->
    [one] { $n } odpowiedź
    [few] { $n } odpowiedzi
    [many] { $n } odpowiedzi
   *[other] { $n } odpowiedzi
}
survey-respondents = { $count ->
    [one] { $n } respondent
    [few] { $n } respondentów
    [many] { $n } respondentów
   *[other] { $n } respondenta
}
survey-answered = { $count ->
    [one] odpowiedział { $n } respondent
    [few] odpowiedziało { $n } respondentów
    [many] odpowiedziało { $n } respondentów
   *[other] odpowiedziało { $n } respondenta
}
survey-hidden-groups = { $count ->
    [one] { $n } grupa mniejsza niż 3 osoby nie jest pokazana, aby zachować anonimowość.
    [few] { $n } grupy mniejsze niż 3 osoby nie są pokazane, aby zachować anonimowość.
    [many] { $n } grup mniejszych niż 3 osoby nie jest pokazanych, aby zachować anonimowość.
   *[other] { $n } grupy mniejszej niż 3 osoby nie pokazano, aby zachować anonimowość.
}
survey-form-errors = Niektóre pola wymagają poprawy.
survey-answer-errors = Niektóre odpowiedzi wymagają poprawy; nic nie zostało zapisane.
survey-owner = Właściciel (organizacja lub projekt)
survey-owner-none = Ankiety możesz tworzyć dla organizacji, którymi administrujesz, oraz projektów, w których administrujesz partnerem.
survey-languages-hint = Podaj tytuł i wstęp w każdym języku, w którym czytają respondenci; wymagany jest co najmniej jeden.
survey-field-title = Tytuł
survey-field-intro = Wstęp
survey-audience = Adresaci
survey-audience-who = Kto może odpowiadać
survey-audience-public = Każdy, kto ma link
survey-audience-cluster_members = Członkowie klastra
survey-audience-event_participants = Uczestnicy wydarzenia
survey-audience-region_orgs = Organizacje z regionu
survey-audience-region-of = Organizacje z regionu { $nuts }
survey-audience-cluster = Klaster (dla członków klastra)
survey-audience-event = Wydarzenie (dla uczestników wydarzenia)
survey-audience-nuts = Kod NUTS regionu (dla organizacji z regionu)
survey-rules = Zasady
survey-field-anonymous = Anonimowa: bez nazwisk; małe grupy ukryte w wynikach
survey-field-per-org = Jedna odpowiedź na organizację (zamiast na osobę)
survey-field-results-public = Każdy, kto widzi ankietę, widzi też jej wyniki
survey-field-closes = Ostatni dzień na odpowiedzi (opcjonalnie)
survey-open = Otwórz ankietę
survey-open-hint = Po otwarciu pytania są zamrożone, aby każda odpowiedź pasowała do swojego pytania.
survey-close = Zamknij ankietę
survey-reopen = Otwórz ponownie
survey-questions = Pytania
survey-no-questions = Nie ma jeszcze pytań. Dodaj sekcję lub pytanie poniżej.
survey-section-n = Sekcja { $n }
survey-add-section = Dodaj sekcję
survey-field-section-title = Tytuł sekcji
survey-add-question = Dodaj pytanie
survey-field-kind = Rodzaj
survey-kind-single = Jednokrotny wybór
survey-kind-multiple = Wielokrotny wybór
survey-kind-scale = Skala
survey-kind-number = Liczba
survey-kind-short_text = Krótki tekst
survey-kind-long_text = Długi tekst
survey-kind-rank = Uszereguj opcje
survey-field-section = Sekcja
survey-field-required = Obowiązkowe
survey-required = obowiązkowe
survey-field-question = Pytanie
survey-options-hint = Dla wyboru i szeregowania: jedna opcja w wierszu; wiersz 1 to ta sama opcja w każdym języku.
survey-field-options = Opcje
survey-range-hint = Dla skali: najniższa i najwyższa wartość (liczby całkowite 0–10) i ich znaczenie. Dla liczby: dozwolony zakres (opcjonalnie).
survey-field-min = Najniższa wartość
survey-field-max = Najwyższa wartość
survey-field-min-label = Znaczenie najniższej wartości
survey-field-max-label = Znaczenie najwyższej wartości
survey-field-condition = Pokaż tylko, jeśli
survey-condition-none = Pokazuj zawsze
survey-shown-if = Odpowiedz tylko, jeśli w pytaniu { $question } wybrano „{ $answer }”.
survey-move-up = Przesuń w górę
survey-move-down = Przesuń w dół
survey-fixed-hint = Ankieta została otwarta, więc jej pytania są zamrożone.
survey-anonymous-note = Ta ankieta jest anonimowa: Twoje imię i nazwisko ani organizacja nie są zapisywane z odpowiedziami.
survey-named-note = Ta ankieta nie jest anonimowa: jej właściciele widzą, kto odpowiedział.
survey-per-org-note = Jedna odpowiedź na organizację.
survey-blocked-draft = Ta ankieta jest jeszcze przygotowywana.
survey-blocked-closed = Ta ankieta nie przyjmuje odpowiedzi.
survey-blocked-sign-in = Zaloguj się, aby wypełnić ankietę.
survey-blocked-audience = Ta ankieta jest skierowana do innych adresatów.
survey-blocked-no-org = Ta ankieta przyjmuje jedną odpowiedź na organizację: aby odpowiedzieć, musisz należeć do organizacji.
survey-submitted-at = Dziękujemy! Odpowiedzi wysłano { $date }.
survey-draft-saved = Szkic zapisano { $date }; możesz wrócić i dokończyć.
survey-your-answers = Twoje odpowiedzi
survey-answering-for = W imieniu
survey-rank-instructions = Nadaj każdej opcji miejsce: 1 to najważniejsza.
survey-consent = Moje imię i nazwisko oraz organizacja mogą być pokazane z moimi odpowiedziami w eksporcie dla właścicieli.
survey-submit = Wyślij
survey-save-draft = Zapisz szkic
survey-draft-hint = Szkic zostaje zachowany; wysłanych odpowiedzi nie można zmienić.
survey-anonymous-results = anonimowa: grupy mniejsze niż 3 osoby są ukryte
survey-withheld = Za mało respondentów, aby pokazać wyniki bez ujawnienia, kto odpowiedział. Wyniki pojawią się od 3 respondentów.
survey-stats-scale = Średnia { $mean }, mediana { $median } (najniżej: { $low }; najwyżej: { $high })
survey-stats-number = Średnia { $mean }, mediana { $median }, od { $min } do { $max }
survey-rank-mean = średnie miejsce { $rank }, pierwsze { $first }×
survey-rank-hint = Dłuższe paski oznaczają wyższe miejsca.
survey-crosstab = Tabela krzyżowa
survey-crosstab-rows = Wiersze
survey-crosstab-cols = Kolumny
survey-filters = Filtry
survey-filter-answer = Respondenci, którzy odpowiedzieli
survey-filter-country = Kraj
survey-filter-kind = Rodzaj organizacji
survey-filter-any = dowolny
survey-apply = Pokaż
survey-respondents-heading = Kto odpowiedział
survey-by-country = Według kraju
survey-by-region = Według regionu (NUTS 2)
survey-by-kind = Według rodzaju organizacji
survey-unknown = nie podano
survey-export-results = Wyniki
survey-export-responses = Odpowiedzi
v-must-be-answered = wymaga odpowiedzi
v-must-be-a-number = musi być liczbą
v-is-not-one-of-the-options = nie jest jedną z opcji
v-must-rank-every-option-once = każda opcja musi dostać jedno miejsce
v-must-be-a-value-on-the-scale = musi być wartością ze skali
v-must-be-a-number-in-the-allowed-range = musi być liczbą z dozwolonego zakresu
v-takes-one-option = przyjmuje jedną opcję
v-is-answered-twice = ma dwie odpowiedzi
v-choose-an-organisation-or-a-project = wybierz organizację lub projekt
v-must-have-2-30-options = musi mieć od 2 do 30 opcji
v-a-scale-runs-between-whole-numbers-from-0-to-10-low-to-high = skala biegnie od niższej do wyższej liczby całkowitej z zakresu 0–10
v-must-be-greater-than-the-minimum = musi być większa od minimum
v-must-be-an-earlier-choice-or-scale-question = musi być wcześniejszym pytaniem wyboru lub skali
v-is-not-an-answer-of-that-question = nie jest odpowiedzią na to pytanie
v-choose-the-cluster-whose-members-answer = wybierz klaster, którego członkowie odpowiadają
v-choose-the-event-whose-participants-answer = wybierz wydarzenie, którego uczestnicy odpowiadają
v-must-be-a-date-like-2027-03-31 = musi być datą, np. 2027-03-31
v-still-has-questions = zawiera jeszcze pytania
v-other-questions-are-shown-depending-on-its-answer = od odpowiedzi na nie zależy wyświetlanie innych pytań
v-must-stay-after-the-question-its-display-depends-on = musi pozostać po pytaniu, od którego zależy
v-a-survey-needs-a-question-to-open = ankieta potrzebuje co najmniej jednego pytania, aby ją otworzyć
v-an-opened-survey-cannot-go-back-to-draft = otwarta ankieta nie może wrócić do szkicu
v-cannot-change-once-the-survey-has-opened = nie można zmienić po otwarciu ankiety
v-must-be-a-choice-or-scale-question-of-this-survey = musi być pytaniem wyboru lub skali z tej ankiety
