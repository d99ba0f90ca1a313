# Brokerage: meeting requests, the request form and "never schedule me with X".
bk-req-title = Meeting requests
bk-req-booking-opens = Booking of meetings opens on { $when }.
bk-req-booking-until = Booking of meetings is open until { $when }.
bk-req-booking-open = Booking of meetings is open.
bk-req-booking-closed = Booking of meetings is closed.
bk-req-not-joined = You do not take part in the B2B meetings of this event yet.
bk-req-join = Join the B2B meetings
bk-req-find = Find participants to meet
bk-req-quota = { $count ->
    [one] { $used } of { $n } meeting
   *[other] { $used } of { $n } meetings
}
bk-req-meetings-count = { $count ->
    [one] { $n } meeting; the organisers set no limit
   *[other] { $n } meetings; the organisers set no limit
}
bk-req-incoming = Requests to you
bk-req-incoming-count = { $count ->
    [0] No request waits for your answer.
    [one] { $n } request waits for your answer.
   *[other] { $n } requests wait for your answer.
}
bk-req-outgoing = Your requests
bk-req-outgoing-count = { $count ->
    [0] None of your requests waits for an answer.
    [one] { $n } of your requests waits for an answer.
   *[other] { $n } of your requests wait for an answer.
}
bk-req-meetings = Your meetings
bk-req-accepted-count = { $count ->
    [0] No meetings agreed yet.
    [one] { $n } meeting agreed.
   *[other] { $n } meetings agreed.
}
bk-req-history = Declined and cancelled
bk-req-history-count = { $count ->
    [0] Nothing declined or cancelled.
    [one] { $n } request declined or cancelled.
   *[other] { $n } requests declined or cancelled.
}
bk-req-blocked = Never schedule me with
bk-req-blocked-hint = They cannot request a meeting with you and are never scheduled with you. They are not told.
bk-req-blocked-none = You have blocked nobody.
bk-req-accept = Accept
bk-req-decline = Decline
bk-req-withdraw = Withdraw the request
bk-req-cancel = Cancel the meeting
bk-req-unblock = Unblock
bk-req-sent-on = Sent on
bk-req-received-on = Received on
bk-req-at-table = { $when }, table { $table }
bk-req-priority-must-meet = Must meet
bk-req-priority-nice-to-meet = Nice to meet
bk-req-status-pending = Waiting for an answer
bk-req-status-accepted = Accepted
bk-req-status-declined = Declined
bk-req-status-cancelled = Cancelled
bk-req-new-title = Request a meeting with { $name }
bk-req-offers = Offers
bk-req-seeks = Looks for
bk-req-field-recipient-id = Participant
bk-req-field-participant-id = Participant
bk-req-field-message = Message
bk-req-field-priority = Priority
bk-req-field-request = Request
bk-req-message-hint = Why you would like to meet (up to 1000 characters). Only the two of you and the organisers see it.
bk-req-send = Send the request
bk-req-block = Never schedule me with this participant
bk-req-block-hint = Open requests between you are cancelled, and this participant can no longer request a meeting with you. They are not told.
bk-req-block-confirm = Block this participant
bk-req-you-blocked = You blocked this participant. Unblock them to request a meeting.
bk-req-done-sent = Your request was sent.
bk-req-done-booked = The meeting is booked.
bk-req-done-accepted = You accepted the meeting.
bk-req-done-declined = You declined the request.
bk-req-done-withdrawn = You withdrew your request.
bk-req-done-cancelled = The meeting was cancelled.
bk-req-done-blocked = The participant is blocked; open requests between you were cancelled.
bk-req-done-unblocked = The participant is unblocked.
v-you-cannot-request-a-meeting-with-yourself = you cannot request a meeting with yourself
v-does-not-take-part-in-the-b2b-meetings-of-this-event = does not take part in the B2B meetings of this event
v-booking-of-meetings-has-not-opened-yet = booking of meetings has not opened yet
v-booking-of-meetings-has-closed = booking of meetings has closed
v-participants-of-the-same-type-do-not-meet-at-this-event = participants of the same type do not meet at this event
v-you-blocked-this-participant-unblock-them-first = you blocked this participant: unblock them first
v-a-meeting-with-this-participant-is-not-possible = a meeting with this participant is not possible
v-you-cannot-block-yourself = you cannot block yourself
v-the-event-has-ended-requests-and-meetings-can-no-longer-be-changed = the event has ended: requests and meetings can no longer be changed
v-there-is-already-an-open-request-between-you-and-this-participant = there is already an open request between you and this participant
v-you-have-as-many-open-requests-as-the-organisers-allow = you have as many open requests as the organisers allow
v-you-have-as-many-meetings-as-the-organisers-allow = you have as many meetings as the organisers allow
v-this-participant-has-as-many-meetings-as-the-organisers-allow = this participant has as many meetings as the organisers allow
v-the-request-is-no-longer-pending = the request is no longer pending
v-this-is-not-an-accepted-meeting = this is not an accepted meeting
