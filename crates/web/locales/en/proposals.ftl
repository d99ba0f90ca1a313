# Proposals of stakeholder meetings and study visits.
proposals-intro = Propose pilot actions and partner regions to learn from, and support the proposals you agree with.
proposals-none = No proposals yet.
proposals-login = Confirmed participants can propose and support proposals.
proposal-kind-pilot_action = Pilot action
proposal-kind-partner_region = Partner region
proposal-supports = { $count ->
    [one] { $n } supporter
   *[other] { $n } supporters
}
proposal-support = Support
proposal-unsupport = Withdraw support
proposal-became-visit = Became a study visit:
proposal-to-visit = Turn into a study visit
proposal-to-visit-submit = Create the study visit
proposal-visit-hint = The study visit is organised by this meeting's organisers. Times are local to the time zone.
proposal-new = New proposal
proposal-field-kind = Kind
proposal-field-title = Title
proposal-field-body = Description
proposal-field-region = Region to learn from
proposal-region-hint = A NUTS code (e.g. ES52) or a country code (e.g. ES); required for partner regions.
proposal-submit = Propose
visit-field-starts = Starts (local time)
visit-field-ends = Ends (local time)
visit-field-timezone = Time zone
visit-field-venue = Venue
visit-field-city = City
visit-field-country = Country code
visit-field-region = Host region (NUTS code)
visit-host-region = Host region
visit-hosts = Host organisations
visit-programme = Programme
visit-source = Made from the proposal
visit-delegation = Visiting delegation
visit-delegation-none = No delegates yet.
visit-delegate-hint = Add an organisation by its id, or a person by name.
visit-delegate-org = Organisation id
visit-delegate-name = Person's name
visit-delegate-add = Add to the delegation
visit-outcome = Outcome
visit-outcome-none = No outcome note yet.
v-is-not-a-known-nuts-region-or-country = is not a known NUTS region or country
