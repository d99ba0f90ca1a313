# Klaster — English interface texts. Plurals select on $count; $n is the count formatted for the locale.

skip-to-content = Skip to content
nav-main = Main
nav-directory = Directory
nav-projects = Projects
nav-meta-clusters = Meta-clusters
nav-news = News
nav-good-practices = Good practices
nav-action-plans = Action Plans
nav-marketplace = Marketplace
nav-vocabularies = Vocabularies
nav-admin = Administration
nav-language = Language
nav-account = Account
nav-logout = Log out
nav-login = Log in
nav-register = Register
footer-text = Klaster — open-source cluster collaboration platform. Demo data is marked as such.
back-home = Back to the front page

error-validation = Some input is not valid
error-rows = The file was not imported
error-not-found = Not found
error-unauthenticated = Please log in first
error-forbidden = You are not allowed to do this
error-conflict = This conflicts with what is already stored
error-rate-limited = Too many attempts. Please wait a few minutes and try again.
error-internal = Something went wrong on our side
error-bad-request = The request could not be read

home-title = Clusters, partners and regions across Europe
home-lead = Klaster is where cluster organisations, their member companies, universities, research institutes and regional authorities keep verified profiles, find complementary partners across borders and languages, and work together.
home-figures = The ecosystem in figures
home-for-whom = Who it is for
home-for-clusters = Cluster managers: keep your cluster's profile and members, get verified, find partner clusters abroad.
home-for-smes = Companies and researchers: find suppliers, customers and research partners in any language.
home-for-regions = Regional authorities: see the regional cluster landscape.
orgs-count = { $count ->
    [one] { $n } organisation
   *[other] { $n } organisations
}
clusters-count = { $count ->
    [one] { $n } cluster
   *[other] { $n } clusters
}
countries-count = { $count ->
    [one] { $n } country
   *[other] { $n } countries
}
verified-count = { $count ->
    [one] { $n } verified profile
   *[other] { $n } verified profiles
}
members-count = { $count ->
    [one] { $n } member organisation
   *[other] { $n } member organisations
}
orgs-found = { $count ->
    [0] No organisations found
    [one] { $n } organisation found
   *[other] { $n } organisations found
}
import-done = { $count ->
    [one] { $n } organisation imported.
   *[other] { $n } organisations imported.
}
check-members = { $count ->
    [one] { $n } committed member (at least 15 needed)
   *[other] { $n } committed members (at least 15 needed)
}
check-kinds = { $count ->
    [one] { $n } kind of member (at least 2 needed)
   *[other] { $n } kinds of members (at least 2 needed)
}
check-fte = At least 0.5 FTE of cluster management
page-of = Page { $page } of { $pages }

register-title = Create an account
register-submit = Create account
register-have-account = Already have an account?
login-title = Log in
login-submit = Log in
login-no-account = No account yet?
login-failed = The e-mail address or the password is wrong.
form-has-errors = Please correct the marked fields.
field-display-name = Your name
field-email = E-mail address
field-password = Password
password-hint = At least 10 characters.
field-password-confirm = Repeat the password
field-current-password = Current password
field-new-password = New password
password-changed = Your password was changed. Other sessions were logged out.

account-title = Your account
account-since = Member since
account-role = Role
account-organisations = Your organisations
account-no-organisations = You are not linked to any organisation yet.
account-password = Change password
account-change-password = Change password
account-tokens = Personal API tokens
account-tokens-hint = Tokens let scripts use the JSON API on your behalf: send them as "Authorization: Bearer <token>".
account-token-once = Copy this token now: it will not be shown again.
token-created = Created
token-last-used = Last used
token-delete = Delete
token-name = Name of a new token
token-create = Create token
copy = Copy
actions = Actions
role-platform-admin = Platform administrator
role-admin = Organisation administrator
role-member = Member

invitation-title = Invitation
invitation-text = You are invited to join { $org } as { $role }.
invitation-wrong-user = This invitation was sent to { $email }. Log in with that address to accept it.
invitation-accept = Accept the invitation
invitation-login-first = Log in or create an account with the invited e-mail address to accept.

directory-title = Organisation directory
search-label = Search organisations
search-placeholder = Name, product, technology… in any language
search-submit = Search
facets-label = Filters
facet-clear = clear this filter
facet-type = Type
facet-country = Country
facet-region = Region (NUTS)
facet-nace-section = Sector (NACE section)
facet-nace-division = Activity (NACE division)
facet-verified = Verification
verified-true = Verified
verified-false = Not verified
export = Export
pagination = Pages
page-prev = Previous
page-next = Next
badge-verified = Verified
badge-pending = Verification pending
badge-rejected = Verification rejected
badge-unverified = Not verified
badge-demo = Demo data

kind-cluster = Cluster organisation
kind-company = Company
kind-university = University
kind-research = Research organisation
kind-public_authority = Public authority
kind-business_support = Business-support organisation
kind-other = Other
size-micro = Micro enterprise (under 10 staff)
size-small = Small enterprise (under 50 staff)
size-medium = Medium-sized enterprise (under 250 staff)
size-large = Large enterprise
ecosystem-aerospace_defence = Aerospace and defence
ecosystem-agri_food = Agri-food
ecosystem-construction = Construction
ecosystem-cultural_creative = Cultural and creative industries
ecosystem-digital = Digital
ecosystem-electronics = Electronics
ecosystem-energy_intensive = Energy-intensive industries
ecosystem-renewable_energy = Renewable energy
ecosystem-health = Health
ecosystem-mobility_transport_automotive = Mobility, transport, automotive
ecosystem-proximity_social_economy = Proximity and social economy
ecosystem-retail = Retail
ecosystem-textile = Textile
ecosystem-tourism = Tourism

org-new-title = Add an organisation
org-edit-title = Edit { $name }
org-edit = Edit profile
org-people = People
org-members-manage = Manage members
org-updated = Last updated
org-member-of = Member of
org-members = Members
org-members-list = see the list
triple-helix = Members by type
count = Number
field-name = Name
field-short-name = Short name
field-type = Type
field-size-class = Size class
size-hint = Companies only.
field-country = Country
field-nuts = Region (NUTS 2021)
field-nace = Activities (NACE Rev. 2 codes)
nace-hint = Codes separated by commas, e.g. 35.11, 71.12. See the list:
field-ecosystems = Industrial ecosystems
field-keywords = Technologies and keywords
list-hint = Separated by commas.
field-website = Website
field-year-founded = Year founded
field-languages = Languages spoken
languages-hint = Language codes separated by commas, e.g. pl, en, de.
field-management-fte = Cluster management staff (full-time equivalents)
fte-hint = Cluster organisations only, e.g. 1.5.
field-descriptions = Description
field-description-en = Description in English
field-description-pl = Description in Polish
field-description-bg = Description in Bulgarian
field-role = Role
field-member = Member organisation
field-reason = Reason
field-checklist = Verification checklist
field-file = File
field-form = Form
field-q = Search text
field-region = Region
field-verified = Verification
field-page = Page
description-other-lang = Another language (code)
description-other = Description in that language
save = Save
language-en = English
language-pl = Polish
language-bg = Bulgarian
language-cs = Czech
language-sk = Slovak
language-de = German
language-es = Spanish
language-fr = French
language-it = Italian
language-hu = Hungarian
language-ro = Romanian
language-lt = Lithuanian
language-sl = Slovenian
language-hr = Croatian
language-el = Greek
language-pt = Portuguese
language-nl = Dutch
language-sv = Swedish
language-uk = Ukrainian
language-ru = Russian
language-ca = Catalan

verification-title = Verification
verification-request = Ask for verification
verification-rejected-because = The last verification request was rejected:
members-title = Members of { $name }
member-committed = Committed member
member-add = Add a member
member-find = Find an organisation by name
member-add-button = Add
confirm-remove = Remove it?
remove = Remove
yes = Yes
no = No
people-title = People of { $name }
invite-title = Invite a colleague
invite-created = Invitation created. Send this link to your colleague (e-mail delivery is not configured on this server):
invite-submit = Create invitation
invitations-pending = Pending invitations

vocab-nace-intro = Statistical classification of economic activities in the European Community. Click a code to see the organisations active in it. Regions:
nace-levels = Levels
nace-level-1 = Sections
nace-level-2 = Divisions
nace-level-3 = Groups
nace-level-4 = Classes
vocab-level-missing = This level is not installed yet: run the setup (make run) or "klaster import nace FILE --lang LL".
code = Code
label = Name
parent = Parent
level = Level
show = Show

admin-title = Administration
admin-queue = Verification requests
admin-queue-empty = No profile is waiting for verification.
admin-check-by-hand = Not a cluster organisation: check the profile by hand.
admin-reason = Reason (required when rejecting)
admin-approve = Verify
admin-reject = Reject
admin-import = Import organisations (CSV)
admin-import-hint = Columns: name, type, country (required), short_name, size_class, nuts, nace, ecosystems, keywords, website, year_founded, languages, management_fte, description_LL. Lists are separated by semicolons. Either every row is imported or none.
admin-import-failed = Nothing was imported. Correct these rows and try again:
admin-import-file = CSV file (UTF-8)
admin-import-submit = Import
admin-audit = Recent activity
line = Line
field = Field
problem = Problem
when = When
who = User
what = Action
subject = Subject

v-must-not-be-empty = must not be empty
v-min-chars = must be at least { $n } characters long
v-max-chars = must be at most { $n } characters long
v-whole-number-range = must be a whole number from { $min } to { $max }
v-not-datetime = '{ $value }' is not a date and time like 2014-10-20T09:00
v-not-timezone = '{ $value }' is not a time zone
v-not-currency = '{ $value }' is not a currency code like EUR
v-no-organisation = organisation { $value } does not exist
v-given-twice = { $value } is given twice
