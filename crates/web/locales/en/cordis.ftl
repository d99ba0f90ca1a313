# cordis
cordis-title = Import EU projects from CORDIS
cordis-hint = Upload the CSV files of a CORDIS export together: project*.csv (required), organization*.csv and topics*.csv; other files are ignored. Semicolons and commas are both understood. Organisations are matched by PIC, VAT number, then name and country. Either everything is imported or nothing; importing the same files again changes nothing.
cordis-files-label = CORDIS CSV files (UTF-8)
cordis-submit = Import from CORDIS
cordis-failed = Nothing was imported from CORDIS:
cordis-file-column = File and column
cordis-report = CORDIS import report
cordis-files = Files read
cordis-ignored = Files ignored
cordis-projects = Projects
cordis-orgs = Organisations
cordis-partners = Partners
cordis-by-pic = by PIC
cordis-by-vat = by VAT
cordis-by-name = by name and country
cordis-ambiguous = Organisations that fit several profiles (kept without a profile)
cordis-created = { $count ->
    [one] { $n } created
   *[other] { $n } created
}
cordis-updated = { $count ->
    [one] { $n } updated
   *[other] { $n } updated
}
cordis-unchanged = { $count ->
    [one] { $n } unchanged
   *[other] { $n } unchanged
}
cordis-orgs-new = { $count ->
    [one] { $n } new profile
   *[other] { $n } new profiles
}
cordis-orgs-matched = { $count ->
    [one] { $n } matched
   *[other] { $n } matched
}
cordis-orgs-ambiguous = { $count ->
    [one] { $n } ambiguous
   *[other] { $n } ambiguous
}
cordis-warnings = { $count ->
    [one] { $n } warning
   *[other] { $n } warnings
}
v-no-project-file-project-csv-among-the-files = No project file (project*.csv) among the files.
v-unterminated-quoted-field = A quoted field is never closed.
v-unexpected-text-after-a-closing-quote = Unexpected text after a closing quote.
v-a-project-row-without-id = A project row has no id.
