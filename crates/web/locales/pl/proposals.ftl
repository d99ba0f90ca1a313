# Propozycje spotkań interesariuszy i wizyty studyjne.
proposals-intro = Zaproponuj działania pilotażowe i regiony partnerskie, od których warto się uczyć, i poprzyj propozycje, z którymi się zgadzasz.
proposals-none = Nie ma jeszcze propozycji.
proposals-login = Potwierdzeni uczestnicy mogą zgłaszać i popierać propozycje.
proposal-kind-pilot_action = Działanie pilotażowe
proposal-kind-partner_region = Region partnerski
proposal-supports = { $count ->
    [one] { $n } osoba popiera
    [few] { $n } osoby popierają
    [many] { $n } osób popiera
   *[other] { $n } osoby popiera
}
proposal-support = Popieram
proposal-unsupport = Wycofaj poparcie
proposal-became-visit = Stała się wizytą studyjną:
proposal-to-visit = Zamień w wizytę studyjną
proposal-to-visit-submit = Utwórz wizytę studyjną
proposal-visit-hint = Wizytę studyjną organizują organizatorzy tego spotkania. Godziny są lokalne dla strefy czasowej.
proposal-new = Nowa propozycja
proposal-field-kind = Rodzaj
proposal-field-title = Tytuł
proposal-field-body = Opis
proposal-field-region = Region, od którego warto się uczyć
proposal-region-hint = Kod NUTS (np. ES52) lub kod kraju (np. ES); wymagany dla regionów partnerskich.
proposal-submit = Zgłoś
visit-field-starts = Początek (czas lokalny)
visit-field-ends = Koniec (czas lokalny)
visit-field-timezone = Strefa czasowa
visit-field-venue = Miejsce
visit-field-city = Miasto
visit-field-country = Kod kraju
visit-field-region = Region gospodarza (kod NUTS)
visit-host-region = Region gospodarza
visit-hosts = Organizacje goszczące
visit-programme = Program
visit-source = Powstała z propozycji
visit-delegation = Delegacja
visit-delegation-none = Nie ma jeszcze członków delegacji.
visit-delegate-hint = Dodaj organizację po jej identyfikatorze albo osobę po nazwisku.
visit-delegate-org = Identyfikator organizacji
visit-delegate-name = Imię i nazwisko
visit-delegate-add = Dodaj do delegacji
visit-outcome = Rezultat
visit-outcome-none = Nie ma jeszcze opisu rezultatu.
v-is-not-a-known-nuts-region-or-country = nie jest znanym regionem NUTS ani krajem
