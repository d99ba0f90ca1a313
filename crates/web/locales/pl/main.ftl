# Klaster — polskie teksty interfejsu. Liczba mnoga wybierana według $count (kategorie CLDR: one, few, many, other);
# $n to liczba sformatowana dla języka polskiego.

skip-to-content = Przejdź do treści
nav-main = Menu główne
nav-directory = Katalog
nav-projects = Projekty
nav-meta-clusters = Metaklastry
nav-news = Aktualności
nav-good-practices = Dobre praktyki
nav-action-plans = Plany Działania
nav-marketplace = Giełda współpracy
nav-vocabularies = Słowniki
nav-admin = Administracja
nav-language = Język
nav-account = Konto
nav-logout = Wyloguj się
nav-login = Zaloguj się
nav-register = Zarejestruj się
footer-text = Klaster — platforma open source do współpracy klastrów. Dane demonstracyjne są wyraźnie oznaczone.
back-home = Powrót do strony głównej

error-validation = Niektóre dane są nieprawidłowe
error-rows = Plik nie został zaimportowany
error-not-found = Nie znaleziono
error-unauthenticated = Najpierw się zaloguj
error-forbidden = Nie masz uprawnień do wykonania tej operacji
error-conflict = Jest to sprzeczne z danymi, które są już zapisane
error-rate-limited = Zbyt wiele prób. Odczekaj kilka minut i spróbuj ponownie.
error-internal = Wystąpił błąd po naszej stronie
error-bad-request = Nie udało się odczytać żądania

home-title = Klastry, partnerzy i regiony w całej Europie
home-lead = Klaster to miejsce, w którym organizacje klastrowe, ich przedsiębiorstwa członkowskie, uczelnie, instytuty badawcze i władze regionalne prowadzą zweryfikowane profile, znajdują komplementarnych partnerów ponad granicami i barierami językowymi oraz współpracują ze sobą.
home-figures = Ekosystem w liczbach
home-for-whom = Dla kogo
home-for-clusters = Koordynatorzy klastrów: prowadzą profil klastra i listę członków, przechodzą weryfikację i znajdują klastry partnerskie za granicą.
home-for-smes = Przedsiębiorstwa i naukowcy: znajdują dostawców, klientów i partnerów badawczych w dowolnym języku.
home-for-regions = Władze regionalne: mają przegląd klastrów w swoim regionie.
orgs-count = { $count ->
    [one] { $n } organizacja
    [few] { $n } organizacje
    [many] { $n } organizacji
   *[other] { $n } organizacji
}
clusters-count = { $count ->
    [one] { $n } klaster
    [few] { $n } klastry
    [many] { $n } klastrów
   *[other] { $n } klastra
}
countries-count = { $count ->
    [one] { $n } kraj
    [few] { $n } kraje
    [many] { $n } krajów
   *[other] { $n } kraju
}
verified-count = { $count ->
    [one] { $n } zweryfikowany profil
    [few] { $n } zweryfikowane profile
    [many] { $n } zweryfikowanych profili
   *[other] { $n } zweryfikowanego profilu
}
members-count = { $count ->
    [one] { $n } organizacja członkowska
    [few] { $n } organizacje członkowskie
    [many] { $n } organizacji członkowskich
   *[other] { $n } organizacji członkowskiej
}
orgs-found = { $count ->
    [0] Nie znaleziono żadnej organizacji
    [one] Znaleziono { $n } organizację
    [few] Znaleziono { $n } organizacje
    [many] Znaleziono { $n } organizacji
   *[other] Znaleziono { $n } organizacji
}
import-done = { $count ->
    [one] Zaimportowano { $n } organizację.
    [few] Zaimportowano { $n } organizacje.
    [many] Zaimportowano { $n } organizacji.
   *[other] Zaimportowano { $n } organizacji.
}
check-members = { $count ->
    [one] { $n } zaangażowany członek (wymagane co najmniej 15)
    [few] { $n } zaangażowanych członków (wymagane co najmniej 15)
    [many] { $n } zaangażowanych członków (wymagane co najmniej 15)
   *[other] { $n } zaangażowanego członka (wymagane co najmniej 15)
}
check-kinds = { $count ->
    [one] { $n } typ członków (wymagane co najmniej 2)
    [few] { $n } typy członków (wymagane co najmniej 2)
    [many] { $n } typów członków (wymagane co najmniej 2)
   *[other] { $n } typu członków (wymagane co najmniej 2)
}
check-fte = Co najmniej 0,5 pełnego etatu (EPC) w zarządzaniu klastrem
page-of = Strona { $page } z { $pages }

register-title = Załóż konto
register-submit = Załóż konto
register-have-account = Masz już konto?
login-title = Logowanie
login-submit = Zaloguj się
login-no-account = Nie masz jeszcze konta?
login-failed = Nieprawidłowy adres e-mail lub hasło.
form-has-errors = Popraw zaznaczone pola.
field-display-name = Imię i nazwisko
field-email = Adres e-mail
field-password = Hasło
password-hint = Co najmniej 10 znaków.
field-password-confirm = Powtórz hasło
field-current-password = Obecne hasło
field-new-password = Nowe hasło
password-changed = Hasło zostało zmienione. Pozostałe sesje zostały wylogowane.

account-title = Twoje konto
account-since = Data rejestracji
account-role = Rola
account-organisations = Twoje organizacje
account-no-organisations = Twoje konto nie jest jeszcze powiązane z żadną organizacją.
account-password = Zmiana hasła
account-change-password = Zmień hasło
account-tokens = Osobiste tokeny API
account-tokens-hint = Tokeny pozwalają skryptom korzystać z API JSON w Twoim imieniu: przesyłaj je w nagłówku "Authorization: Bearer <token>".
account-token-once = Skopiuj ten token teraz: nie zostanie wyświetlony ponownie.
token-created = Utworzono
token-last-used = Ostatnio użyty
token-delete = Usuń
token-name = Nazwa nowego tokenu
token-create = Utwórz token
copy = Kopiuj
actions = Akcje
role-platform-admin = Administrator platformy
role-admin = Administrator organizacji
role-member = Członek

invitation-title = Zaproszenie
invitation-text = Zapraszamy Cię do organizacji { $org } w roli: { $role }.
invitation-wrong-user = To zaproszenie zostało wysłane na adres { $email }. Zaloguj się na konto z tym adresem, aby je przyjąć.
invitation-accept = Przyjmij zaproszenie
invitation-login-first = Aby przyjąć zaproszenie, zaloguj się lub załóż konto, używając adresu e-mail, na który zostało wysłane.

directory-title = Katalog organizacji
search-label = Szukaj organizacji
search-placeholder = Nazwa, produkt, technologia… w dowolnym języku
search-submit = Szukaj
facets-label = Filtry
facet-clear = usuń ten filtr
facet-type = Typ
facet-country = Kraj
facet-region = Region (NUTS)
facet-nace-section = Sektor (sekcja NACE)
facet-nace-division = Działalność (dział NACE)
facet-verified = Weryfikacja
verified-true = Zweryfikowane
verified-false = Niezweryfikowane
export = Eksport
pagination = Strony
page-prev = Poprzednia
page-next = Następna
badge-verified = Zweryfikowano
badge-pending = Weryfikacja w toku
badge-rejected = Weryfikacja odrzucona
badge-unverified = Bez weryfikacji
badge-demo = Dane demonstracyjne

kind-cluster = Organizacja klastrowa
kind-company = Przedsiębiorstwo
kind-university = Uczelnia
kind-research = Organizacja badawcza
kind-public_authority = Instytucja publiczna
kind-business_support = Instytucja otoczenia biznesu
kind-other = Inna
size-micro = Mikroprzedsiębiorstwo (poniżej 10 pracowników)
size-small = Małe przedsiębiorstwo (poniżej 50 pracowników)
size-medium = Średnie przedsiębiorstwo (poniżej 250 pracowników)
size-large = Duże przedsiębiorstwo
ecosystem-aerospace_defence = Lotnictwo i kosmonautyka oraz obronność
ecosystem-agri_food = Rolno-spożywczy
ecosystem-construction = Budownictwo
ecosystem-cultural_creative = Sektor kultury i sektor kreatywny
ecosystem-digital = Sektor cyfrowy
ecosystem-electronics = Elektronika
ecosystem-energy_intensive = Przemysł energochłonny
ecosystem-renewable_energy = Energia odnawialna
ecosystem-health = Zdrowie
ecosystem-mobility_transport_automotive = Mobilność – transport – motoryzacja
ecosystem-proximity_social_economy = Gospodarka lokalna i społeczna
ecosystem-retail = Handel detaliczny
ecosystem-textile = Włókiennictwo
ecosystem-tourism = Turystyka

org-new-title = Dodaj organizację
org-edit-title = Edycja: { $name }
org-edit = Edytuj profil
org-people = Osoby
org-members-manage = Zarządzaj członkami
org-updated = Ostatnia aktualizacja
org-member-of = Członkostwo
org-members = Członkowie
org-members-list = zobacz listę
triple-helix = Członkowie według typu
count = Liczba
field-name = Nazwa
field-short-name = Nazwa skrócona
field-type = Typ
field-size-class = Wielkość przedsiębiorstwa
size-hint = Dotyczy tylko przedsiębiorstw.
field-country = Kraj
field-nuts = Region (NUTS 2021)
field-nace = Działalność (kody NACE Rev. 2)
nace-hint = Kody oddzielone przecinkami, np. 35.11, 71.12. Zobacz listę:
field-ecosystems = Ekosystemy przemysłowe
field-keywords = Technologie i słowa kluczowe
list-hint = Wartości oddzielone przecinkami.
field-website = Strona internetowa
field-year-founded = Rok założenia
field-languages = Języki komunikacji
languages-hint = Kody języków oddzielone przecinkami, np. pl, en, de.
field-management-fte = Kadra zarządzająca klastrem – pełne etaty (EPC)
fte-hint = Tylko organizacje klastrowe, np. 1,5.
field-descriptions = Opis
field-description-en = Opis w języku angielskim
field-description-pl = Opis w języku polskim
field-description-bg = Opis w języku bułgarskim
field-role = Rola
field-member = Organizacja członkowska
field-reason = Powód
field-checklist = Lista kontrolna weryfikacji
field-file = Plik
field-form = Formularz
field-q = Wyszukiwany tekst
field-region = Region
field-verified = Weryfikacja
field-page = Strona
description-other-lang = Inny język (kod)
description-other = Opis w tym języku
save = Zapisz
language-en = angielski
language-pl = polski
language-bg = bułgarski
language-cs = czeski
language-sk = słowacki
language-de = niemiecki
language-es = hiszpański
language-fr = francuski
language-it = włoski
language-hu = węgierski
language-ro = rumuński
language-lt = litewski
language-sl = słoweński
language-hr = chorwacki
language-el = grecki
language-pt = portugalski
language-nl = niderlandzki
language-sv = szwedzki
language-uk = ukraiński
language-ru = rosyjski
language-ca = kataloński

verification-title = Weryfikacja
verification-request = Poproś o weryfikację
verification-rejected-because = Ostatni wniosek o weryfikację został odrzucony:
members-title = Członkowie: { $name }
member-committed = Zaangażowany członek
member-add = Dodaj członka
member-find = Znajdź organizację po nazwie
member-add-button = Dodaj
confirm-remove = Usunąć?
remove = Usuń
yes = Tak
no = Nie
people-title = Osoby: { $name }
invite-title = Zaproś współpracownika
invite-created = Zaproszenie zostało utworzone. Wyślij ten link współpracownikowi (wysyłka wiadomości e-mail nie jest skonfigurowana na tym serwerze):
invite-submit = Utwórz zaproszenie
invitations-pending = Oczekujące zaproszenia

vocab-nace-intro = Statystyczna klasyfikacja działalności gospodarczej we Wspólnocie Europejskiej. Kliknij kod, aby zobaczyć organizacje prowadzące taką działalność. Regiony:
nace-levels = Poziomy
nace-level-1 = Sekcje
nace-level-2 = Działy
nace-level-3 = Grupy
nace-level-4 = Klasy
vocab-level-missing = Ten poziom nie jest jeszcze zainstalowany: uruchom konfigurację (make run) lub "klaster import nace FILE --lang LL".
code = Kod
label = Nazwa
parent = Kod nadrzędny
level = Poziom
show = Pokaż

admin-title = Administracja
admin-queue = Wnioski o weryfikację
admin-queue-empty = Żaden profil nie oczekuje na weryfikację.
admin-check-by-hand = To nie jest organizacja klastrowa: sprawdź profil ręcznie.
admin-reason = Powód (wymagany przy odrzuceniu)
admin-approve = Zweryfikuj
admin-reject = Odrzuć
admin-import = Import organizacji (CSV)
admin-import-hint = Kolumny: name, type, country (wymagane), short_name, size_class, nuts, nace, ecosystems, keywords, website, year_founded, languages, management_fte, description_LL. Elementy list oddziela się średnikami. Importowane są wszystkie wiersze albo żaden.
admin-import-failed = Nic nie zostało zaimportowane. Popraw te wiersze i spróbuj ponownie:
admin-import-file = Plik CSV (UTF-8)
admin-import-submit = Importuj
admin-audit = Ostatnia aktywność
line = Wiersz
field = Pole
problem = Problem
when = Kiedy
who = Użytkownik
what = Czynność
subject = Obiekt

# Komunikaty walidacji: klucz to "v-" + angielski komunikat jako slug; tekst następuje po nazwie pola.
v-must-not-be-empty = nie może być puste
v-is-already-registered = jest już zarejestrowany
v-does-not-match-the-password = nie zgadza się z hasłem
v-does-not-match-the-new-password = nie zgadza się z nowym hasłem
v-is-not-your-current-password = nie jest Twoim obecnym hasłem
v-is-not-an-e-mail-address = nie jest prawidłowym adresem e-mail
v-is-not-an-e-mail-address-no = nie jest prawidłowym adresem e-mail (brak znaku @)
v-is-longer-than-254-characters = ma więcej niż 254 znaki
v-applies-to-companies-only = dotyczy tylko przedsiębiorstw
v-must-start-with-http-or-https = musi zaczynać się od http:// lub https://
v-is-not-a-web-address = nie jest prawidłowym adresem internetowym
v-must-be-a-year-e-g-2012 = musi być rokiem, np. 2012
v-must-be-1-to-80-characters-long = musi mieć od 1 do 80 znaków
v-must-not-be-empty-when-rejecting = nie może być puste przy odrzucaniu wniosku
v-must-be-an-organisation-id = musi być identyfikatorem organizacji
v-only-cluster-organisations-have-members = tylko organizacje klastrowe mogą mieć członków
v-a-cluster-cannot-be-its-own-member = klaster nie może być członkiem samego siebie
v-no-organisation-has-this-id = nie ma organizacji o tym identyfikatorze
v-no-file-was-uploaded = nie przesłano pliku
v-is-not-utf-8-text = nie jest tekstem w kodowaniu UTF-8
v-is-given-twice = podano dwukrotnie
v-at-most-20-codes = najwyżej 20 kodów
v-at-most-30-keywords = najwyżej 30 słów kluczowych
v-each-keyword-must-be-at-most-60-characters-long = każde słowo kluczowe może mieć najwyżej 60 znaków
v-must-be-a-number-of-full-time-equivalents-between-0-and-1000-e-g-1-5 = musi być liczbą pełnych etatów (EPC) od 0 do 1000, np. 1,5
v-must-be-true-or-false = musi mieć wartość true lub false
v-is-too-large = ma zbyt dużą wartość
v-the-file-has-no-organisations-in-it = plik nie zawiera żadnych organizacji
v-a-cluster-with-members-cannot-change-its-type-remove-its-members-first = klaster, który ma członków, nie może zmienić typu; najpierw usuń jego członków

# Validation messages that carry a value ($value, $country, $max, $list).
v-not-region-of = { $value } nie jest regionem kraju { $country }
v-not-nuts = { $value } nie jest regionem NUTS 2021
v-not-nace = { $value } nie jest kodem NACE Rev. 2
v-not-country = { $value } nie jest znanym kodem kraju
v-year-range = musi być rokiem od 1800 do { $max }
v-not-nace-shape = „{ $value }” nie jest kodem NACE Rev. 2 (np. C, 26, 26.1 lub 26.11)
v-not-nuts-shape = „{ $value }” nie jest kodem NUTS (np. PL81 lub BG311)
v-not-country-shape = „{ $value }” nie jest dwuliterowym kodem kraju
v-not-language = „{ $value }” nie jest kodem języka (np. en, pl, bg)
v-not-one-of = „{ $value }” nie jest żadną z wartości: { $list }
v-min-chars = musi mieć co najmniej { $n } { $n ->
    [one] znak
    [few] znaki
   *[other] znaków
}
v-max-chars = może mieć najwyżej { $n } { $n ->
    [one] znak
    [few] znaki
   *[other] znaków
}
v-whole-number-range = musi być liczbą całkowitą od { $min } do { $max }
v-not-datetime = „{ $value }” to nie jest data i godzina w formacie 2014-10-20T09:00
v-not-timezone = „{ $value }” to nie jest strefa czasowa
v-not-currency = „{ $value }” to nie jest kod waluty, np. EUR
v-no-organisation = organizacja { $value } nie istnieje
v-given-twice = { $value } podano dwa razy
