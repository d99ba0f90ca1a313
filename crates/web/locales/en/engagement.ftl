# Engagement with cooperation profiles: following, comments and expressions of interest.
engage-heading = Follow, discuss, cooperate
engage-followers = { $count ->
    [one] { $n } follower
   *[other] { $n } followers
}
engage-follow = Follow
engage-unfollow = Stop following
engage-following-note = You follow this profile and are told when it changes or gets comments.
engage-login = Log in to follow, comment or express interest
engage-not-published = Only published profiles can be followed, commented on or receive interest.
engage-comments = Comments
engage-comments-count = { $count ->
    [one] { $n } comment
   *[other] { $n } comments
}
engage-no-comments = No comments yet.
engage-deleted-user = former user
engage-delete-comment = Delete
engage-confirm-delete-comment = Delete this comment?
engage-comment-label = Your comment
engage-comment-hint = At most 5,000 characters. Everyone who can see the profile can read it.
engage-comment-submit = Post the comment
engage-interest = Express interest
engage-interest-intro = Tell the author you are interested. Only the author and their organisation see it.
engage-interest-message = Message to the author (optional)
engage-interest-message-hint = At most 2,000 characters.
engage-interest-org = On behalf of
engage-interest-org-none = only myself
engage-interest-submit = I am interested
engage-interest-done = You expressed interest on { $date }.
engage-interest-own = Your organisation owns this profile.
engage-interests = Expressions of interest
engage-interests-none = Nobody has expressed interest yet.
engage-interests-count = { $count ->
    [one] { $n } expression of interest
   *[other] { $n } expressions of interest
}
engage-interest-from-org = on behalf of { $org }
engage-form-errors = Please correct the marked field.
engage-back = Back to the profile
engage-page-title = Discussion: { $title }
engage-following-title = Profiles I follow
engage-following-none = You do not follow any profile yet.
engage-following-inactive = not published at the moment
engage-following-count = { $count ->
    [one] { $n } profile
   *[other] { $n } profiles
}
