# Stoiska: organizacje prezentujące swoją ofertę na wydarzeniu.
stands-count = { $count ->
    [one] { $n } stoisko
    [few] { $n } stoiska
    [many] { $n } stoisk
   *[other] { $n } stoiska
}
stands-offer = Oferta na wydarzeniu
stands-edit-offer = Twoje stoisko
stands-withdraw = Wycofaj stoisko
stands-organiser = Organizatorzy
stands-remove = Usuń stoisko
stands-ended = Wydarzenie się zakończyło: nie można już zajmować stoisk.
stands-take = Zajmij stoisko
stands-offer-hint = Co Twoja organizacja prezentuje na wydarzeniu (najwyżej 2000 znaków).
stands-field-label = Stoisko
stands-field-offer = Oferta
stands-field-org-id = Organizacja
stands-field-stand = Stoisko
