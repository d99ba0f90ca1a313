# Grupy robocze wydarzeń i stałych forów.
groups-forum-title = Grupy robocze: { $name }
groups-forum-link = Grupy robocze (stałe forum)
groups-none = Nie ma jeszcze grup roboczych.
group-members-count = { $count ->
    [one] { $n } członek
    [few] { $n } członków
    [many] { $n } członków
   *[other] { $n } członka
}
group-moderator = Moderator
group-members = Członkowie
group-joined = należysz
group-join = Dołącz do grupy
group-leave = Opuść grupę
group-create = Nowa grupa robocza
group-create-submit = Utwórz grupę
group-field-title = Tytuł
group-field-topic = Temat
group-field-moderator-email = E-mail moderatora (istniejący użytkownik)
group-field-position = Pozycja na liście
group-conclusions = Wnioski
group-conclusions-draft = wersja robocza, widoczna tylko dla moderatora i organizatorów
group-conclusions-published = wnioski opublikowane
group-conclusions-published-on = Opublikowano { $date }
group-conclusions-not-yet = Wnioski zostaną opublikowane po wydarzeniu.
group-conclusions-edit = Edytuj wnioski
group-conclusions-save = Zapisz
group-conclusions-publish = Opublikuj
group-conclusions-unpublish = Wycofaj publikację
group-discussion = Dyskusja
group-no-posts = Nie ma jeszcze wpisów.
group-post-new = Twój wpis
group-post-submit = Wyślij
group-post-deleted-user = (usunięty użytkownik)
v-no-user-has-this-e-mail-address = żaden użytkownik nie ma tego adresu e-mail
v-conclusions-can-be-published-only-after-the-event-has-ended = wnioski można opublikować dopiero po zakończeniu wydarzenia
v-write-a-whole-number-here = musi być liczbą całkowitą
