# The good-practice library.
gp-title = Good practices
gp-intro = What clusters and regions do well — strategy, social capital, cooperation chains, internationalisation, cross-sectoral cooperation — shared between partner regions and taken up in Action Plans.
gp-search-label = Search good practices
gp-search-placeholder = e.g. internationalisation, working groups, vouchers
gp-any = any
gp-filter-country = Country
gp-filter-region = Region (NUTS code)
gp-found = { $count ->
    [one] { $n } good practice
   *[other] { $n } good practices
}
gp-none-found = No good practice matches.
gp-new = Share a good practice
gp-edit = Edit the good practice
gp-edit-heading = Edit “{ $title }”
gp-field-owner = Entered for
gp-owner-hint = Administrators of this organisation will be able to edit the practice.
gp-field-title = Title
gp-field-theme = Theme
gp-field-region = Region (NUTS)
gp-field-org = Organisation
gp-field-description = Description
gp-field-results = Results
gp-field-contacts = Contacts
gp-field-attachments = Attachments and links
gp-attachments-hint = One link per line: label | https://…
gp-field-events = Study visits and events
gp-no-events = Not linked to any event.
gp-actions = Taken up in Action Plans
gp-no-actions = No Action Plan has taken it up yet.
gp-theme-cluster_strategy = Cluster strategy
gp-theme-social_capital = Building social capital
gp-theme-cooperation_chain = Cooperation chain
gp-theme-internationalisation = Internationalisation
gp-theme-cross_sectoral = Cross-sectoral cooperation
gp-theme-other = Other
v-choose-an-organisation-you-belong-to = choose an organisation you belong to
