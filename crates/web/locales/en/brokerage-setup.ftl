# Brokerage events: overview, setup, participants and availability.
bks-overview-title = B2B meetings
bks-what = In B2B meetings participants meet one to one at pre-scheduled times and tables. Join with what you offer and what you look for, ask the people you want to meet for a meeting, and you receive your personal agenda before the event.
bks-not-set-up-organiser = B2B meetings are not set up for this event yet. Choose the tables, the booking dates and the sessions to open them.
bks-not-set-up = The organisers have not set up B2B meetings for this event yet.
bks-set-up = Set up B2B meetings
bks-facts = The brokerage at a glance
bks-booking = Booking of meetings
bks-phase-open = Open
bks-phase-opens = Opens on { $at }
bks-phase-open-until = Open until { $at }
bks-phase-closed = Closed since { $at }
bks-mode-needs_acceptance = The person asked accepts or declines each request
bks-mode-auto_accept = Requests are accepted at once
bks-only-across = only people of different types meet
bks-participants-count = { $count ->
    [one] { $n } participant
   *[other] { $n } participants
}
bks-requested-count = { $count ->
    [one] { $n } meeting requested
   *[other] { $n } meetings requested
}
bks-accepted-count = { $count ->
    [one] { $n } meeting accepted
   *[other] { $n } meetings accepted
}
bks-tables-count = { $count ->
    [one] { $n } table
   *[other] { $n } tables
}
bks-max-meetings = { $count ->
    [one] at most { $n } meeting per participant
   *[other] at most { $n } meetings per participant
}
bks-minutes = { $count ->
    [one] { $n } minute
   *[other] { $n } minutes
}
bks-slots-count = { $count ->
    [one] { $n } slot
   *[other] { $n } slots
}
bks-sessions = B2B sessions
bks-no-sessions = No B2B sessions yet.
bks-day = Day
bks-time = Time
bks-slots = Slots
bks-you = Your participation
bks-login-to-join = Log in to take part
bks-you-joined = You take part in the B2B meetings.
bks-your-booth = You meet your partners at your booth
bks-ended = The event has ended.
bks-join = Take part in the B2B meetings
bks-edit-profile = Edit my brokerage profile
bks-availability = My availability
bks-left = { $count ->
    [0] You left the B2B meetings.
    [one] You left the B2B meetings; { $n } meeting request was removed with your profile.
   *[other] You left the B2B meetings; { $n } meeting requests were removed with your profile.
}
bks-settings = Settings
bks-tables-hint = Shared meeting tables; exhibitors with a booth meet their partners there.
bks-max-meetings-hint = Leave empty for no limit.
bks-booking-hint = Times in the event's time zone. Requests can be made from the opening until the closing; empty means no limit.
bks-types-hint = One per line or separated by commas, e.g. cluster, SME, research (at most 60 characters each).
bks-sessions-hint = A session is a stretch of one day cut into meeting slots; breaks such as lunch have no slots.
bks-actions = Actions
bks-edit-session = Edit session
bks-delete-session = Delete
bks-add-session = Add a B2B session
bks-placed-warning = { $count ->
    [one] { $n } meeting is placed in this session: deleting it takes it out of its slot, to be scheduled again.
   *[other] { $n } meetings are placed in this session: deleting it takes them out of their slots, to be scheduled again.
}
bks-placed-edit-warning = { $count ->
    [one] { $n } meeting is placed in this session: if its slot disappears with your change, it is taken out of it, to be scheduled again.
   *[other] { $n } meetings are placed in this session: those whose slots disappear with your change are taken out of them, to be scheduled again.
}
bks-breaks-hint = One break per line as start–end on the session's day, e.g. 12:30-13:30.
bks-back-to-setup = Back to the setup
bks-preview = Meeting slots
bks-booths = Exhibitors' booths
bks-booths-hint = An exhibitor with a booth holds all their meetings there instead of at a shared table.
bks-no-participants = Nobody has joined yet.
bks-participant = Participant
bks-join-to-request = Take part to request meetings and see suggested partners.
bks-suggestions = Suggested for you
bks-suggestions-hint = People whose offer matches what you look for, or who look for what you offer, in any language.
bks-no-suggestions = No suggestions yet: more people need to join.
bks-reason-they_offer = their offer matches what you look for
bks-reason-they_seek = they look for what you offer
bks-reason-both = their offer matches what you look for, and they look for what you offer
bks-request-meeting = Request a meeting
bks-search = Search participants
bks-search-button = Search
bks-all-types = All types
bks-all-attendance = On site and online
bks-you-badge = you
bks-no-organisation = No organisation
bks-profile-hint = Other participants see your name, organisation, type, offer and search. Requests and your agenda follow from them.
bks-offer-hint = What you offer: products, services, technology, expertise (at most 2000 characters).
bks-seek-hint = What you look for: partners, suppliers, customers, research (at most 2000 characters).
bks-leave = Leave the B2B meetings
bks-leave-warning = { $count ->
    [0] Leaving deletes your brokerage profile.
    [one] Leaving deletes your brokerage profile and { $n } meeting request with it.
   *[other] Leaving deletes your brokerage profile and { $n } meeting requests with it.
}
bks-availability-hint = Tick the slots you cannot attend; you are available in all the others.
bks-availability-saved = Your availability was saved.
bks-unavailable-count = { $count ->
    [0] You are available in every slot.
    [one] You cannot attend { $n } slot.
   *[other] You cannot attend { $n } slots.
}
bks-field-tables = Tables
bks-field-max-meetings = Meetings per participant
bks-field-booking-opens = Booking opens
bks-field-booking-closes = Booking closes
bks-field-request-mode = Requests
bks-field-participant-types = Participant types
bks-field-only-across-types = Only people of different types meet (e.g. buyers with sellers)
bks-field-starts = Start
bks-field-ends = End
bks-field-slot-minutes = Slot length (minutes)
bks-field-breaks = Breaks
bks-field-session = Session
bks-field-booth = Booth
bks-field-org-id = Organisation
bks-field-participant-type = Participant type
bks-field-offer = What I offer
bks-field-seek = What I look for
bks-field-profile-ids = Linked cooperation profiles
bks-field-attendance = Attendance
bks-field-unavailable = Availability
bks-field-participant = Participation
v-must-be-after-the-opening-of-booking = must be after the opening of booking
v-name-at-most-12-participant-types = name at most 12 participant types
v-name-at-least-two-participant-types-first = name at least two participant types first
v-must-be-on-the-same-day-as-the-start = must be on the same day as the start
v-overlaps-another-b2b-session-of-the-event = overlaps another B2B session of the event
v-write-each-break-as-12-30-13-30 = write each break as 12:30-13:30
v-a-break-must-end-after-it-starts = a break must end after it starts
v-breaks-must-lie-inside-the-session = breaks must lie inside the session
v-breaks-must-not-overlap-each-other = breaks must not overlap each other
v-leaves-no-meeting-slot-in-the-session = leaves no meeting slot in the session
v-save-the-brokerage-settings-first = save the brokerage settings first
v-online-participants-meet-online-not-at-a-booth = online participants meet online, not at a booth
v-the-event-has-ended-the-brokerage-profile-can-no-longer-be-changed = the event has ended: the brokerage profile can no longer be changed
v-choose-one-of-the-event-s-participant-types = choose one of the event's participant types
v-link-only-cooperation-profiles-of-your-organisations = link only cooperation profiles of your organisations
v-link-at-most-10-profiles = link at most 10 profiles
v-is-not-the-start-of-a-meeting-slot-of-the-event = is not the start of a meeting slot of the event
