bk-nav-label = B2B meetings
bk-nav-overview = Overview
bk-nav-participants = Participants
bk-nav-requests = My requests
bk-nav-agenda = My agenda
bk-nav-setup = Setup
bk-nav-dashboard = Dashboard
