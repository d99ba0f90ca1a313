# Biblioteka dobrych praktyk.
gp-title = Dobre praktyki
gp-intro = To, co klastry i regiony robią dobrze – strategia, kapitał społeczny, łańcuchy kooperacyjne, umiędzynarodowienie, współpraca międzysektorowa – wymieniane między regionami partnerskimi i wykorzystywane w Planach Działania.
gp-search-label = Szukaj dobrych praktyk
gp-search-placeholder = np. umiędzynarodowienie, grupy robocze, bony
gp-any = dowolny
gp-filter-country = Kraj
gp-filter-region = Region (kod NUTS)
gp-found = { $count ->
    [one] { $n } dobra praktyka
    [few] { $n } dobre praktyki
   *[many] { $n } dobrych praktyk
}
gp-none-found = Żadna dobra praktyka nie pasuje.
gp-new = Udostępnij dobrą praktykę
gp-edit = Edytuj dobrą praktykę
gp-edit-heading = Edycja „{ $title }”
gp-field-owner = W imieniu
gp-owner-hint = Administratorzy tej organizacji będą mogli edytować praktykę.
gp-field-title = Tytuł
gp-field-theme = Temat
gp-field-region = Region (NUTS)
gp-field-org = Organizacja
gp-field-description = Opis
gp-field-results = Rezultaty
gp-field-contacts = Kontakt
gp-field-attachments = Załączniki i linki
gp-attachments-hint = Jeden link w wierszu: opis | https://…
gp-field-events = Wizyty studyjne i wydarzenia
gp-no-events = Nie jest powiązana z żadnym wydarzeniem.
gp-actions = Wykorzystana w Planach Działania
gp-no-actions = Żaden Plan Działania jeszcze jej nie wykorzystał.
gp-theme-cluster_strategy = Strategia klastra
gp-theme-social_capital = Budowa kapitału społecznego
gp-theme-cooperation_chain = Łańcuch kooperacyjny
gp-theme-internationalisation = Umiędzynarodowienie
gp-theme-cross_sectoral = Współpraca międzysektorowa
gp-theme-other = Inne
v-choose-an-organisation-you-belong-to = wybierz organizację, do której należysz
