# Stands: organisations presenting their offer at an event.
stands-count = { $count ->
    [one] { $n } stand
   *[other] { $n } stands
}
stands-offer = Offer at the event
stands-edit-offer = Your stand
stands-withdraw = Withdraw the stand
stands-organiser = Organisers
stands-remove = Remove the stand
stands-ended = The event has ended: stands can no longer be taken.
stands-take = Take a stand
stands-offer-hint = What your organisation presents at the event (at most 2000 characters).
stands-field-label = Stand
stands-field-offer = Offer
stands-field-org-id = Organisation
stands-field-stand = Stand
