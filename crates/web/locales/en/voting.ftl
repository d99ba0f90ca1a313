# Live statement voting: ballot, organiser's console, projector.
voting-title = Voting
voting-open-now = Vote now
voting-none-open = No statement is open for voting right now.
voting-why-login = Only registered participants can vote. Log in to vote.
voting-why-register = Only participants with a confirmed registration can vote.
voting-why-unconfirmed = Only participants with a confirmed registration can vote; your registration is { $status }.
voting-registration-pending = waiting for approval
voting-registration-confirmed = confirmed
voting-registration-waitlisted = on the waiting list
voting-registration-cancelled = cancelled
voting-registration-rejected = declined
voting-login = Log in
voting-register = Register for the event
voting-your-vote = Your vote
voting-can-change = You can change it while voting is open.
voting-answer-agree = Agree
voting-answer-disagree = Disagree
voting-answer-abstain = Abstain
voting-scale-agree = Agree / disagree / abstain
voting-scale-scale5 = Scale from 1 to 5
voting-scale5-hint = 1 = strongly disagree, 5 = strongly agree
voting-status-draft = Draft
voting-status-open = Open
voting-status-closed = Closed
voting-votes = { $count ->
    [one] { $n } vote
   *[other] { $n } votes
}
voting-results = Results
voting-no-results = No results have been published yet.
voting-console = Statements
voting-no-statements = No statements yet. Add the first one below.
voting-projector-title = Projector view
voting-open = Open voting
voting-close = Close voting
voting-edit = Edit
voting-delete = Delete
voting-confirm-delete = Delete this statement?
voting-move-up = Move up
voting-move-down = Move down
voting-add = Add a statement
voting-add-button = Add statement
voting-edit-title = Edit statement
voting-save = Save
voting-cancel = Cancel
voting-field-text = Statement
voting-field-scale = Answers
voting-field-session-id = Agenda session
voting-field-value = Vote
voting-field-form = Form
v-is-not-a-session-of-this-event = is not a session of this event
v-must-be-one-of-1-2-3-on-this-scale = must be one of 1, 2, 3 on this scale
v-must-be-one-of-1-2-3-4-5-on-this-scale = must be one of 1, 2, 3, 4, 5 on this scale
