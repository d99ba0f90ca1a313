# Registration, participants and calendar feeds.
reg-status-pending = Pending approval
reg-status-confirmed = Confirmed
reg-status-waitlisted = On the waiting list
reg-status-cancelled = Cancelled
reg-status-rejected = Declined
reg-attendance-onsite = On site
reg-attendance-online = Online
reg-visibility-public = Show my name and organisation to other participants; organisers may export my e-mail
reg-visibility-name_only = Show my name and organisation, but do not export my e-mail
reg-visibility-hidden = Hide me: only the organisers see that I take part
reg-field-kind-text = Short text
reg-field-kind-long_text = Long text
reg-field-kind-choice = Choice
reg-field-kind-checkbox = Checkbox
reg-participants-count = { $count ->
    [one] { $n } confirmed participant
   *[other] { $n } confirmed participants
}
reg-waitlist-position = position { $n } on the waiting list
reg-count-pending = { $count ->
    [one] { $n } waiting for approval
   *[other] { $n } waiting for approval
}
reg-count-confirmed = { $count ->
    [one] { $n } confirmed
   *[other] { $n } confirmed
}
reg-count-waitlisted = { $count ->
    [one] { $n } person on the waiting list
   *[other] { $n } people on the waiting list
}
reg-count-cancelled = { $count ->
    [one] { $n } cancellation
   *[other] { $n } cancellations
}
reg-count-rejected = { $count ->
    [one] { $n } declined
   *[other] { $n } declined
}
reg-capacity = { $count ->
    [one] { $n } place on site
   *[other] { $n } places on site
}
reg-fields-title = Registration fields
reg-fields-hint = Questions everyone answers when registering, in this order.
reg-field-add = Add a field
reg-field-label = Label
reg-field-kind = Kind
reg-field-options = Choices
reg-field-options-hint = For a choice field: one choice per line.
reg-field-position = Order
reg-field-required = Required
reg-field-delete = Delete this field
reg-csv-name = Name
reg-csv-organisation = Organisation
reg-csv-email = E-mail
reg-csv-attendance = Attendance
reg-csv-status = Status
reg-my-calendar = My events (Klaster)
reg-add-to-calendar = Add to my calendar (.ics)
reg-your-status = Your registration:
reg-cancel = Cancel my registration
reg-cancel-participant = Cancel
reg-login-to-register = Log in to register
reg-closed = Registration for this event is closed.
reg-attendance = How will you attend?
reg-organisation = Organisation you come from
reg-no-organisation = (none)
reg-visibility = Who may see you
reg-save = Save changes
reg-register = Register
reg-participants = Participants
reg-export-csv = Export participants (CSV)
reg-answers = Answers
reg-approve = Approve
reg-reject = Decline
reg-calendar-feed = Calendar of my events
reg-calendar-feed-hint = Subscribe to this private address in your calendar application to see the events you registered for. Anyone with the address can read it.
reg-calendar-feed-replace = Replace the address
reg-org-calendar = Events of this organisation (calendar, .ics)
v-registration-for-this-event-is-closed = registration for this event is closed
v-the-organisers-declined-your-registration = the organisers declined your registration
v-choose-one-of-your-own-organisations = choose one of your own organisations
v-this-event-cannot-be-followed-online = this event cannot be followed online
v-this-event-takes-place-online-only = this event takes place online only
v-cancel-your-registration-first-to-change-how-you-attend = cancel your registration first to change how you attend
v-give-at-least-two-choices-one-per-line = give at least two choices, one per line
v-must-be-ticked = must be ticked
v-at-most-50-choices = at most 50 choices
v-an-event-has-at-most-30-fields = an event has at most 30 fields
