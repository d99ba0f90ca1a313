# Aktualności: wpisy organizacji, projektów i meta-klastrów oraz kanały Atom.
news-title = Aktualności
news-feed = Kanał Atom
news-new = Napisz wpis
news-edit = Edytuj wpis
news-delete = Usuń wpis
news-confirm-delete = Usunąć ten wpis na zawsze?
news-manage = Zarządzaj wpisem
news-filters = Filtry aktualności
news-filter-language = Język
news-filter-kind = Autor
news-filter-submit = Pokaż
news-any = dowolny
news-none = Nie ma jeszcze aktualności.
news-draft = szkic
news-draft-note = szkic, widoczny tylko dla osób, które mogą go edytować
news-event-report = relacja z wydarzenia
news-pages = Strony
news-newer = Nowsze
news-older = Starsze
news-count = { $count ->
    [one] { $n } wpis
    [few] { $n } wpisy
    [many] { $n } wpisów
   *[other] { $n } wpisu
}
news-kind-organisation = Organizacje
news-kind-project = Projekty
news-kind-meta-cluster = Meta-klastry
news-languages = Języki wpisu
news-other-language = Ten wpis nie jest dostępny w Twoim języku; pokazujemy wersję: { $language }.
news-published-on = Opublikowano { $date }
news-links = Odnośniki
news-images = Zdjęcia
news-more-from = Więcej aktualności:
news-all = Wszystkie aktualności
news-add-image = Dodaj zdjęcie
news-image = Zdjęcie
news-image-hint = JPEG, PNG lub WebP, najwyżej 5 MB; najwyżej 10 zdjęć we wpisie.
news-caption = Podpis
news-upload = Wyślij
news-author = Autor
news-form-errors = Popraw zaznaczone pola.
news-languages-hint = Wpisz tytuł i treść w co najmniej jednym języku. Puste wiersze oddzielają akapity; adresy stron stają się odnośnikami.
news-field-title = Tytuł
news-field-body = Treść
news-other-lang = Inny język
news-other-lang-code = Kod języka (np. de)
news-field-links = Odnośniki
news-links-hint = Jeden w wierszu: adres (http:// lub https://), potem opis.
news-save-draft = Zapisz szkic
news-publish = Opublikuj
news-unpublish = Wycofaj publikację
news-images-after = Zdjęcia dodasz na stronie wpisu:
v-give-a-title-and-text-in-at-least-one-language = podaj tytuł i treść w co najmniej jednym języku
v-an-image-may-be-at-most-5-mb = zdjęcie może mieć najwyżej 5 MB
v-a-post-has-at-most-10-images = wpis może mieć najwyżej 10 zdjęć
v-give-at-most-20-links = podaj najwyżej 20 odnośników
v-does-not-exist = nie istnieje
v-must-be-organisation-id-project-id-or-meta-cluster-id = musi mieć postać organisation:ID, project:ID lub meta_cluster:ID
