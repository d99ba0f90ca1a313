# Working groups of events and standing forums.
groups-forum-title = Working groups of { $name }
groups-forum-link = Working groups (standing forum)
groups-none = No working groups yet.
group-members-count = { $count ->
    [one] { $n } member
   *[other] { $n } members
}
group-moderator = Moderator
group-members = Members
group-joined = joined
group-join = Join the group
group-leave = Leave the group
group-create = New working group
group-create-submit = Create the group
group-field-title = Title
group-field-topic = Topic
group-field-moderator-email = Moderator's e-mail (an existing user)
group-field-position = Position in the list
group-conclusions = Conclusions
group-conclusions-draft = draft, visible to the moderator and organisers only
group-conclusions-published = conclusions published
group-conclusions-published-on = Published on { $date }
group-conclusions-not-yet = The conclusions will be published after the event.
group-conclusions-edit = Edit the conclusions
group-conclusions-save = Save
group-conclusions-publish = Publish
group-conclusions-unpublish = Withdraw publication
group-discussion = Discussion
group-no-posts = No posts yet.
group-post-new = Your post
group-post-submit = Post
group-post-deleted-user = (deleted user)
v-no-user-has-this-e-mail-address = no user has this e-mail address
v-conclusions-can-be-published-only-after-the-event-has-ended = conclusions can be published only after the event has ended
v-write-a-whole-number-here = write a whole number here
