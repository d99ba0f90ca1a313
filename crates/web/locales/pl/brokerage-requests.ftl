# Giełda kooperacyjna: prośby o spotkanie, formularz prośby i „nigdy nie umawiaj mnie z X”.
bk-req-title = Prośby o spotkanie
bk-req-booking-opens = Umawianie spotkań rusza { $when }.
bk-req-booking-until = Umawianie spotkań jest otwarte do { $when }.
bk-req-booking-open = Umawianie spotkań jest otwarte.
bk-req-booking-closed = Umawianie spotkań jest zamknięte.
bk-req-not-joined = Nie bierzesz jeszcze udziału w spotkaniach B2B tego wydarzenia.
bk-req-join = Dołącz do spotkań B2B
bk-req-find = Znajdź uczestników, z którymi chcesz się spotkać
bk-req-quota = { $count ->
    [one] { $used } z { $n } spotkania
   *[other] { $used } z { $n } spotkań
}
bk-req-meetings-count = { $count ->
    [one] { $n } spotkanie; organizatorzy nie ustalili limitu
    [few] { $n } spotkania; organizatorzy nie ustalili limitu
    [many] { $n } spotkań; organizatorzy nie ustalili limitu
   *[other] { $n } spotkania; organizatorzy nie ustalili limitu
}
bk-req-incoming = Prośby do Ciebie
bk-req-incoming-count = { $count ->
    [0] Żadna prośba nie czeka na Twoją odpowiedź.
    [one] { $n } prośba czeka na Twoją odpowiedź.
    [few] { $n } prośby czekają na Twoją odpowiedź.
    [many] { $n } próśb czeka na Twoją odpowiedź.
   *[other] { $n } prośby czeka na Twoją odpowiedź.
}
bk-req-outgoing = Twoje prośby
bk-req-outgoing-count = { $count ->
    [0] Żadna z Twoich próśb nie czeka na odpowiedź.
    [one] { $n } Twoja prośba czeka na odpowiedź.
    [few] { $n } Twoje prośby czekają na odpowiedź.
    [many] { $n } Twoich próśb czeka na odpowiedź.
   *[other] { $n } Twojej prośby czeka na odpowiedź.
}
bk-req-meetings = Twoje spotkania
bk-req-accepted-count = { $count ->
    [0] Nie masz jeszcze uzgodnionych spotkań.
    [one] { $n } uzgodnione spotkanie.
    [few] { $n } uzgodnione spotkania.
    [many] { $n } uzgodnionych spotkań.
   *[other] { $n } uzgodnionego spotkania.
}
bk-req-history = Odrzucone i odwołane
bk-req-history-count = { $count ->
    [0] Nic nie zostało odrzucone ani odwołane.
    [one] { $n } prośba odrzucona lub odwołana.
    [few] { $n } prośby odrzucone lub odwołane.
    [many] { $n } próśb odrzuconych lub odwołanych.
   *[other] { $n } prośby odrzuconej lub odwołanej.
}
bk-req-blocked = Nigdy nie umawiaj mnie z
bk-req-blocked-hint = Te osoby nie mogą prosić Cię o spotkanie i nigdy nie zostaną z Tobą umówione. Nie są o tym powiadamiane.
bk-req-blocked-none = Nikogo nie zablokowano.
bk-req-accept = Przyjmij
bk-req-decline = Odrzuć
bk-req-withdraw = Wycofaj prośbę
bk-req-cancel = Odwołaj spotkanie
bk-req-unblock = Odblokuj
bk-req-sent-on = Wysłano
bk-req-received-on = Otrzymano
bk-req-at-table = { $when }, stolik { $table }
bk-req-priority-must-meet = Koniecznie
bk-req-priority-nice-to-meet = Chętnie
bk-req-status-pending = Czeka na odpowiedź
bk-req-status-accepted = Przyjęta
bk-req-status-declined = Odrzucona
bk-req-status-cancelled = Odwołana
bk-req-new-title = Poproś o spotkanie: { $name }
bk-req-offers = Oferuje
bk-req-seeks = Szuka
bk-req-field-recipient-id = Uczestnik
bk-req-field-participant-id = Uczestnik
bk-req-field-message = Wiadomość
bk-req-field-priority = Priorytet
bk-req-field-request = Prośba
bk-req-message-hint = Dlaczego chcesz się spotkać (do 1000 znaków). Widzicie ją tylko Wy dwoje i organizatorzy.
bk-req-send = Wyślij prośbę
bk-req-block = Nigdy nie umawiaj mnie z tym uczestnikiem
bk-req-block-hint = Otwarte prośby między Wami zostaną odwołane, a ten uczestnik nie będzie mógł prosić Cię o spotkanie. Nie zostanie o tym powiadomiony.
bk-req-block-confirm = Zablokuj tego uczestnika
bk-req-you-blocked = Ten uczestnik jest przez Ciebie zablokowany. Odblokuj go, aby poprosić o spotkanie.
bk-req-done-sent = Prośba została wysłana.
bk-req-done-booked = Spotkanie jest umówione.
bk-req-done-accepted = Spotkanie zostało przyjęte.
bk-req-done-declined = Prośba została odrzucona.
bk-req-done-withdrawn = Prośba została wycofana.
bk-req-done-cancelled = Spotkanie zostało odwołane.
bk-req-done-blocked = Uczestnik jest zablokowany; otwarte prośby między Wami zostały odwołane.
bk-req-done-unblocked = Uczestnik jest odblokowany.
v-you-cannot-request-a-meeting-with-yourself = nie możesz prosić o spotkanie z samym sobą
v-does-not-take-part-in-the-b2b-meetings-of-this-event = nie bierze udziału w spotkaniach B2B tego wydarzenia
v-booking-of-meetings-has-not-opened-yet = umawianie spotkań jeszcze się nie rozpoczęło
v-booking-of-meetings-has-closed = umawianie spotkań zostało zamknięte
v-participants-of-the-same-type-do-not-meet-at-this-event = uczestnicy tego samego typu nie spotykają się podczas tego wydarzenia
v-you-blocked-this-participant-unblock-them-first = ten uczestnik jest przez Ciebie zablokowany: najpierw go odblokuj
v-a-meeting-with-this-participant-is-not-possible = spotkanie z tym uczestnikiem nie jest możliwe
v-you-cannot-block-yourself = nie możesz zablokować samego siebie
v-the-event-has-ended-requests-and-meetings-can-no-longer-be-changed = wydarzenie się zakończyło: próśb i spotkań nie można już zmieniać
v-there-is-already-an-open-request-between-you-and-this-participant = między Tobą a tym uczestnikiem jest już otwarta prośba
v-you-have-as-many-open-requests-as-the-organisers-allow = masz już tyle otwartych próśb, ile pozwalają organizatorzy
v-you-have-as-many-meetings-as-the-organisers-allow = masz już tyle spotkań, ile pozwalają organizatorzy
v-this-participant-has-as-many-meetings-as-the-organisers-allow = ten uczestnik ma już tyle spotkań, ile pozwalają organizatorzy
v-the-request-is-no-longer-pending = prośba nie czeka już na odpowiedź
v-this-is-not-an-accepted-meeting = to nie jest uzgodnione spotkanie
