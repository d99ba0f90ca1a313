# In-app notifications: the header link, the list and one sentence per kind.
notif-nav = { $count ->
    [0] Notifications
   *[other] Notifications ({ $n })
}
notif-title = Notifications
notif-list-label = Your notifications
notif-none = You have no notifications.
notif-unread-count = { $count ->
    [0] Everything is read.
    [one] { $n } unread notification
   *[other] { $n } unread notifications
}
notif-new = new
notif-mark-read = Mark as read
notif-mark-all-read = Mark all as read
notif-open = Open
notif-profile-interest = { $user } expressed interest in your profile “{ $title }”.
notif-profile-interest-org = { $user } ({ $org }) expressed interest in your profile “{ $title }”.
notif-profile-comment = { $user } commented on the profile “{ $title }”.
notif-profile-submitted = The profile “{ $title }” of { $org } awaits your review.
notif-profile-published = Your profile “{ $title }” was published.
notif-profile-returned = Your profile “{ $title }” was returned to you: { $note }
notif-profile-expired = Your profile “{ $title }” has expired. Renew it to publish it for another year.
notif-profile-updated = The profile “{ $title }”, which you follow, has changed.
notif-generic = You have a new notification.
notif-b2b-request = { $name } asks for a B2B meeting with you at “{ $event }”.
notif-b2b-booked = { $name } booked a B2B meeting with you at “{ $event }”.
notif-b2b-accepted = { $name } accepted your B2B meeting request at “{ $event }”.
notif-b2b-declined = { $name } declined your B2B meeting request at “{ $event }”.
notif-b2b-withdrawn = { $name } withdrew their B2B meeting request at “{ $event }”.
notif-b2b-cancelled = { $name } cancelled a B2B meeting with you at “{ $event }”.
notif-b2b-schedule-published = The B2B meeting schedule of “{ $event }” is published: see your agenda.
notif-b2b-meeting-changed = Your B2B meeting with { $partner } at “{ $event }” is now scheduled for { $time }.
