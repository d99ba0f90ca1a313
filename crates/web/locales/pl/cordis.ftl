# cordis
cordis-title = Import projektów UE z CORDIS
cordis-hint = Prześlij razem pliki CSV eksportu CORDIS: project*.csv (wymagany), organization*.csv i topics*.csv; inne pliki są pomijane. Rozpoznawane są średniki i przecinki. Organizacje są dopasowywane po PIC, numerze VAT, a potem po nazwie i kraju. Importowane jest wszystko albo nic; ponowny import tych samych plików niczego nie zmienia.
cordis-files-label = Pliki CSV z CORDIS (UTF-8)
cordis-submit = Importuj z CORDIS
cordis-failed = Z CORDIS nie zaimportowano niczego:
cordis-file-column = Plik i kolumna
cordis-report = Raport z importu CORDIS
cordis-files = Odczytane pliki
cordis-ignored = Pominięte pliki
cordis-projects = Projekty
cordis-orgs = Organizacje
cordis-partners = Partnerzy
cordis-by-pic = po PIC
cordis-by-vat = po VAT
cordis-by-name = po nazwie i kraju
cordis-ambiguous = Organizacje pasujące do kilku profili (pozostawione bez profilu)
cordis-created = { $count ->
    [one] { $n } utworzony
    [few] { $n } utworzone
    [many] { $n } utworzonych
   *[other] { $n } utworzonego
}
cordis-updated = { $count ->
    [one] { $n } zaktualizowany
    [few] { $n } zaktualizowane
    [many] { $n } zaktualizowanych
   *[other] { $n } zaktualizowanego
}
cordis-unchanged = { $count ->
    [one] { $n } bez zmian
   *[other] { $n } bez zmian
}
cordis-orgs-new = { $count ->
    [one] { $n } nowy profil
    [few] { $n } nowe profile
    [many] { $n } nowych profili
   *[other] { $n } nowego profilu
}
cordis-orgs-matched = { $count ->
    [one] { $n } dopasowana
    [few] { $n } dopasowane
    [many] { $n } dopasowanych
   *[other] { $n } dopasowanej
}
cordis-orgs-ambiguous = { $count ->
    [one] { $n } niejednoznaczna
    [few] { $n } niejednoznaczne
    [many] { $n } niejednoznacznych
   *[other] { $n } niejednoznacznej
}
cordis-warnings = { $count ->
    [one] { $n } ostrzeżenie
    [few] { $n } ostrzeżenia
    [many] { $n } ostrzeżeń
   *[other] { $n } ostrzeżenia
}
v-no-project-file-project-csv-among-the-files = Wśród plików nie ma pliku projektów (project*.csv).
v-unterminated-quoted-field = Pole w cudzysłowie nie zostało zamknięte.
v-unexpected-text-after-a-closing-quote = Nieoczekiwany tekst po cudzysłowie zamykającym.
v-a-project-row-without-id = Wiersz projektu nie ma identyfikatora.
