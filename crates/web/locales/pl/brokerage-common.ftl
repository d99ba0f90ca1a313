bk-nav-label = Spotkania B2B
bk-nav-overview = Przegląd
bk-nav-participants = Uczestnicy
bk-nav-requests = Moje zaproszenia
bk-nav-agenda = Mój plan spotkań
bk-nav-setup = Ustawienia
bk-nav-dashboard = Panel organizatora
