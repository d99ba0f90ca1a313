//! CORDIS import: reads the CORDIS CSV exports (`project*.csv`, `organization*.csv`, `topics*.csv`),
//! matches organisations to existing profiles by PIC, VAT or name and country, and plans the
//! projects and partners to create or update. The plan is applied in one transaction.
//!
//! Everything here is pure: [`parse_csv`] and [`parse_bundle`] read the files, [`plan`] compares
//! them with a [`Snapshot`] of the database and decides what to write. The store loads the
//! snapshot and applies the plan inside one transaction.

use crate::directory::RowError;
use crate::error::{DomainError, DomainResult};
use crate::model::{Id, LocalizedText, OrganisationInput};
use crate::policy::Actor;
use crate::projects::{
    Currency, Money, PartnerRole, Programme, Project, ProjectPartner, ProjectStatus,
};
use crate::types::{CountryCode, LanguageTag, NutsCode, OrgKind, Website};
use async_trait::async_trait;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet};
use time::Date;

/// Identifier schemes an organisation can be matched by.
pub const SCHEME_PIC: &str = "pic";
pub const SCHEME_VAT: &str = "vat";

/// Progress messages for long imports ("projects: 500/1200"); the command line prints them.
pub type Progress<'a> = &'a mut (dyn FnMut(String) + Send);

#[async_trait]
pub trait CordisRepo: Send + Sync {
    /// The organisation holding this identifier, if any.
    async fn org_by_identifier(&self, scheme: &str, value: &str) -> DomainResult<Option<Id>>;
    /// In one transaction: reads the [`Snapshot`], makes the [`plan`] and writes it. Nothing is
    /// written when anything fails.
    async fn apply_cordis(&self, bundle: &Bundle, progress: Progress<'_>) -> DomainResult<Report>;
}

// ---------------------------------------------------------------------------------------------
// CSV

/// One parsed CSV file: its header (trimmed) and rows with the line each starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvTable {
    pub file: String,
    pub delimiter: char,
    pub headers: Vec<String>,
    pub rows: Vec<CsvRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CsvRow {
    /// The line the record starts on (the header is line 1).
    pub line: u64,
    pub fields: Vec<String>,
}

fn row_error(file: &str, line: u64, column: &str, message: impl Into<String>) -> RowError {
    RowError {
        line,
        field: format!("{file}: {column}"),
        message: message.into(),
    }
}

/// The delimiter of a CORDIS file, told from its header line: `;` (the official bundle) or `,`.
pub fn detect_delimiter(text: &str) -> char {
    let mut in_quotes = false;
    let (mut semi, mut comma) = (0, 0);
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' | '\r' if !in_quotes => break,
            ';' if !in_quotes => semi += 1,
            ',' if !in_quotes => comma += 1,
            _ => {}
        }
    }
    if semi > comma {
        ';'
    } else {
        ','
    }
}

/// Parses a CSV file (RFC 4180: quoted fields may hold delimiters, `""` and line breaks). Every
/// record must have as many fields as the header. Errors name the file, line and column.
pub fn parse_csv(file: &str, text: &str) -> Result<CsvTable, RowError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delim = detect_delimiter(text);
    let mut records: Vec<CsvRow> = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line: u64 = 1;
    let mut record_line = 1;
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut headers: Option<Vec<String>> = None;
    let column_name = |headers: &Option<Vec<String>>, i: usize| match headers {
        Some(h) => match h.get(i) {
            Some(name) => format!("column {} ({name})", i + 1),
            None => format!("column {}", i + 1),
        },
        None => format!("column {}", i + 1),
    };
    let mut finish_record = |fields: &mut Vec<String>,
                             line: u64,
                             headers: &mut Option<Vec<String>>|
     -> Result<(), RowError> {
        let f = std::mem::take(fields);
        if f.len() == 1 && f[0].trim().is_empty() {
            return Ok(()); // a blank line
        }
        match headers {
            None => *headers = Some(f.iter().map(|h| h.trim().to_string()).collect()),
            Some(h) => {
                if f.len() != h.len() {
                    return Err(row_error(
                        file,
                        line,
                        &format!("column {}", f.len().min(h.len()) + 1),
                        format!("expected {} fields, found {}", h.len(), f.len()),
                    ));
                }
                records.push(CsvRow { line, fields: f });
            }
        }
        Ok(())
    };
    let mut at_field_start = true;
    loop {
        let Some(c) = chars.next() else {
            if !at_field_start || !fields.is_empty() || !field.is_empty() {
                fields.push(std::mem::take(&mut field));
                finish_record(&mut fields, record_line, &mut headers)?;
            }
            break;
        };
        if at_field_start && c == '"' {
            // A quoted field, possibly over several lines.
            let start_line = line;
            let col = fields.len();
            loop {
                match chars.next() {
                    None => {
                        return Err(row_error(
                            file,
                            start_line,
                            &column_name(&headers, col),
                            "unterminated quoted field",
                        ))
                    }
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some('\n') => {
                        line += 1;
                        field.push('\n');
                    }
                    Some(ch) => field.push(ch),
                }
            }
            match chars.peek() {
                None | Some('\n') | Some('\r') => {}
                Some(&d) if d == delim => {}
                Some(_) => {
                    return Err(row_error(
                        file,
                        line,
                        &column_name(&headers, col),
                        "unexpected text after a closing quote",
                    ))
                }
            }
            at_field_start = false;
            continue;
        }
        at_field_start = false;
        if c == delim {
            fields.push(std::mem::take(&mut field));
            at_field_start = true;
        } else if c == '\r' && chars.peek() == Some(&'\n') {
            // handled with the '\n'
        } else if c == '\n' || c == '\r' {
            fields.push(std::mem::take(&mut field));
            finish_record(&mut fields, record_line, &mut headers)?;
            line += 1;
            record_line = line;
            at_field_start = true;
        } else {
            field.push(c);
        }
    }
    let headers = headers.ok_or_else(|| row_error(file, 1, "header", "the file is empty"))?;
    Ok(CsvTable {
        file: file.to_string(),
        delimiter: delim,
        headers,
        rows: records,
    })
}

impl CsvTable {
    /// Column positions by header name (case-insensitive); a missing required column is an error.
    fn columns<const N: usize>(
        &self,
        names: [&str; N],
        required: usize,
    ) -> Result<[Option<usize>; N], RowError> {
        let mut out = [None; N];
        for (i, name) in names.iter().enumerate() {
            out[i] = self
                .headers
                .iter()
                .position(|h| h.eq_ignore_ascii_case(name));
            if out[i].is_none() && i < required {
                return Err(row_error(
                    &self.file,
                    1,
                    name,
                    format!("the required column '{name}' is missing"),
                ));
            }
        }
        Ok(out)
    }
}

fn cell(row: &CsvRow, col: Option<usize>) -> &str {
    col.and_then(|c| row.fields.get(c))
        .map(|s| s.trim())
        .unwrap_or("")
}

// ---------------------------------------------------------------------------------------------
// Records

/// A project as CORDIS describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct CordisProject {
    pub cordis_id: String,
    pub acronym: String,
    pub title: String,
    pub programme: Programme,
    pub call_topic: Option<String>,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub status: ProjectStatus,
    pub total_cost: Option<i64>,
    pub ec_contribution: Option<i64>,
    pub objective: Option<String>,
    pub line: u64,
}

/// One participation of an organisation in a project.
#[derive(Debug, Clone, PartialEq)]
pub struct CordisPartner {
    pub project_cordis_id: String,
    pub pic: String,
    pub vat: Option<String>,
    pub name: String,
    pub short_name: Option<String>,
    pub kind: OrgKind,
    pub country: CountryCode,
    pub nuts: Option<String>,
    pub website: Option<Website>,
    pub role: PartnerRole,
    pub ec_contribution: Option<i64>,
    pub position: i64,
    pub line: u64,
}

/// Everything read from the files of one import.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bundle {
    pub files: Vec<String>,
    pub ignored: Vec<String>,
    pub projects: Vec<CordisProject>,
    pub partners: Vec<CordisPartner>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Project,
    Organization,
    Topics,
}

fn file_kind(name: &str) -> Option<FileKind> {
    let base = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .to_lowercase();
    if !base.ends_with(".csv") {
        return None;
    }
    if base.starts_with("project") {
        Some(FileKind::Project)
    } else if base.starts_with("organization") {
        Some(FileKind::Organization)
    } else if base.starts_with("topics") {
        Some(FileKind::Topics)
    } else {
        None
    }
}

/// CORDIS writes `EL` for Greece and `UK` for the United Kingdom; Klaster stores ISO 3166 codes.
pub fn iso_country(cordis: &str) -> String {
    match cordis.trim().to_uppercase().as_str() {
        "EL" => "GR".into(),
        "UK" => "GB".into(),
        other => other.to_string(),
    }
}

fn programme_of(raw: &str) -> Programme {
    match raw.trim().to_uppercase().as_str() {
        "HORIZON" | "HORIZON EUROPE" | "HE" => Programme::HorizonEurope,
        "H2020" | "HORIZON 2020" => Programme::Horizon2020,
        _ => Programme::Other,
    }
}

fn kind_of(activity: &str) -> OrgKind {
    match activity.trim().to_uppercase().as_str() {
        "HES" => OrgKind::University,
        "REC" => OrgKind::Research,
        "PRC" => OrgKind::Company,
        "PUB" => OrgKind::PublicAuthority,
        _ => OrgKind::Other,
    }
}

fn role_of(raw: &str) -> Option<PartnerRole> {
    match raw.trim().to_lowercase().as_str() {
        "coordinator" => Some(PartnerRole::Lead),
        "participant" => Some(PartnerRole::Partner),
        "associatedpartner" | "associated" => Some(PartnerRole::Associated),
        "thirdparty" => Some(PartnerRole::ThirdParty),
        _ => None,
    }
}

fn parse_date(raw: &str) -> Result<Option<Date>, String> {
    if raw.is_empty() {
        return Ok(None);
    }
    // "2024-02-01" or "2024-02-01 00:00:00"
    let day = raw.get(..10).unwrap_or(raw);
    crate::model::iso_date(day)
        .map(Some)
        .ok_or_else(|| format!("'{raw}' is not a date like 2024-02-01"))
}

fn parse_money(raw: &str) -> Result<Option<i64>, String> {
    if raw.is_empty() {
        return Ok(None);
    }
    Money::parse_amount(raw)
        .map(Some)
        .map_err(|e| format!("'{raw}' is not an amount: {e}"))
}

/// Upper case, no spaces, dots or dashes: how VAT numbers are compared and stored.
pub fn normalise_vat(raw: &str) -> String {
    raw.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Lower case, punctuation as spaces, one space between words: how names are compared.
pub fn normalise_name(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads the files of one import (name, UTF-8 text): `project*.csv` (required),
/// `organization*.csv`, `topics*.csv`; other files are ignored.
pub fn parse_bundle(files: &[(String, String)], progress: Progress<'_>) -> DomainResult<Bundle> {
    let rows = |e: RowError| DomainError::Rows(vec![e]);
    let mut bundle = Bundle::default();
    let mut tables: Vec<(FileKind, CsvTable)> = Vec::new();
    if !files
        .iter()
        .any(|(name, _)| file_kind(name) == Some(FileKind::Project))
    {
        return Err(DomainError::field(
            "files",
            "no project file (project*.csv) among the files",
        ));
    }
    let mut sorted: Vec<&(String, String)> = files.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, text) in sorted {
        match file_kind(name) {
            Some(kind) => {
                progress(format!("reading {name}"));
                let table = parse_csv(name, text).map_err(rows)?;
                progress(format!("{name}: {} rows", table.rows.len()));
                bundle.files.push(name.clone());
                tables.push((kind, table));
            }
            None => bundle.ignored.push(name.clone()),
        }
    }
    // Topic titles by project and topic code.
    let mut topic_titles: HashMap<(String, String), String> = HashMap::new();
    for (_, t) in tables.iter().filter(|(k, _)| *k == FileKind::Topics) {
        let [pid, topic, title] = t
            .columns(["projectID", "topic", "title"], 3)
            .map_err(rows)?;
        for r in &t.rows {
            topic_titles.insert(
                (cell(r, pid).to_string(), cell(r, topic).to_string()),
                cell(r, title).to_string(),
            );
        }
    }
    let mut seen_projects: HashSet<String> = HashSet::new();
    for (_, t) in tables.iter().filter(|(k, _)| *k == FileKind::Project) {
        let cols = t
            .columns(
                [
                    "id",
                    "acronym",
                    "title",
                    "status",
                    "startDate",
                    "endDate",
                    "frameworkProgramme",
                    "totalCost",
                    "ecMaxContribution",
                    "topics",
                    "objective",
                ],
                9,
            )
            .map_err(rows)?;
        let [id, acronym, title, status, start, end, fp, total, ec, topics, objective] = cols;
        let err = |line: u64, col: &str, msg: String| rows(row_error(&t.file, line, col, msg));
        for (n, r) in t.rows.iter().enumerate() {
            let cordis_id = cell(r, id).to_string();
            if cordis_id.is_empty() {
                return Err(err(r.line, "id", "a project row without id".into()));
            }
            if !seen_projects.insert(cordis_id.clone()) {
                bundle.warnings.push(format!(
                    "{} line {}: project {cordis_id} appears again; the first row is used",
                    t.file, r.line
                ));
                continue;
            }
            let title_text = cell(r, title).to_string();
            if title_text.is_empty() {
                return Err(err(r.line, "title", "the project has no title".into()));
            }
            let acronym_text = match cell(r, acronym) {
                "" => cordis_id.clone(),
                a => a.to_string(),
            };
            let starts_on = parse_date(cell(r, start)).map_err(|m| err(r.line, "startDate", m))?;
            let ends_on = parse_date(cell(r, end)).map_err(|m| err(r.line, "endDate", m))?;
            if let (Some(s), Some(e)) = (starts_on, ends_on) {
                if e < s {
                    return Err(err(
                        r.line,
                        "endDate",
                        "the project ends before it starts".into(),
                    ));
                }
            }
            let status_value = match cell(r, status).to_uppercase().as_str() {
                "SIGNED" => ProjectStatus::Ongoing,
                "CLOSED" => ProjectStatus::Closed,
                "TERMINATED" => ProjectStatus::Terminated,
                other => {
                    bundle.warnings.push(format!(
                        "{} line {}: unknown status '{other}' of project {cordis_id}; taken as ongoing",
                        t.file, r.line
                    ));
                    ProjectStatus::Ongoing
                }
            };
            let topic = cell(r, topics).to_string();
            let call_topic = if topic.is_empty() {
                None
            } else {
                match topic_titles.get(&(cordis_id.clone(), topic.clone())) {
                    Some(title) if !title.is_empty() => Some(format!("{topic} — {title}")),
                    _ => Some(topic),
                }
            };
            bundle.projects.push(CordisProject {
                acronym: acronym_text,
                title: title_text,
                programme: programme_of(cell(r, fp)),
                call_topic,
                starts_on,
                ends_on,
                status: status_value,
                total_cost: parse_money(cell(r, total)).map_err(|m| err(r.line, "totalCost", m))?,
                ec_contribution: parse_money(cell(r, ec))
                    .map_err(|m| err(r.line, "ecMaxContribution", m))?,
                objective: Some(cell(r, objective).to_string()).filter(|o| !o.is_empty()),
                line: r.line,
                cordis_id,
            });
            if (n + 1) % 500 == 0 {
                progress(format!("{}: {} projects read", t.file, n + 1));
            }
        }
    }
    for (_, t) in tables.iter().filter(|(k, _)| *k == FileKind::Organization) {
        let cols = t
            .columns(
                [
                    "projectID",
                    "organisationID",
                    "name",
                    "role",
                    "country",
                    "vatNumber",
                    "shortName",
                    "activityType",
                    "nutsCode",
                    "organizationURL",
                    "ecContribution",
                    "order",
                ],
                5,
            )
            .map_err(rows)?;
        let [pid, oid, name, role, country, vat, short, activity, nuts, url, ec, order] = cols;
        let err = |line: u64, col: &str, msg: String| rows(row_error(&t.file, line, col, msg));
        for (n, r) in t.rows.iter().enumerate() {
            let project = cell(r, pid).to_string();
            if project.is_empty() {
                return Err(err(
                    r.line,
                    "projectID",
                    "a partner row without project id".into(),
                ));
            }
            let pic = cell(r, oid).to_string();
            if pic.is_empty() {
                return Err(err(
                    r.line,
                    "organisationID",
                    "a partner row without organisation id".into(),
                ));
            }
            let partner_name = cell(r, name).to_string();
            if partner_name.is_empty() {
                return Err(err(r.line, "name", "the organisation has no name".into()));
            }
            let role_value = role_of(cell(r, role)).ok_or_else(|| {
                err(
                    r.line,
                    "role",
                    format!(
                        "'{}' is not one of: coordinator, participant, associatedPartner, thirdParty",
                        cell(r, role)
                    ),
                )
            })?;
            let country_raw = cell(r, country);
            if country_raw.is_empty() {
                bundle.warnings.push(format!(
                    "{} line {}: {partner_name} has no country; the partner is skipped",
                    t.file, r.line
                ));
                continue;
            }
            let country_code = CountryCode::parse(&iso_country(country_raw))
                .map_err(|m| err(r.line, "country", m))?;
            let website = match cell(r, url) {
                "" => None,
                u => {
                    let u = if u.contains("://") {
                        u.to_string()
                    } else {
                        format!("http://{u}")
                    };
                    Website::parse(&u).ok()
                }
            };
            bundle.partners.push(CordisPartner {
                project_cordis_id: project,
                vat: Some(normalise_vat(cell(r, vat))).filter(|v| !v.is_empty()),
                name: partner_name,
                short_name: Some(cell(r, short).to_string()).filter(|s| !s.is_empty()),
                kind: kind_of(cell(r, activity)),
                country: country_code,
                nuts: Some(cell(r, nuts).to_uppercase()).filter(|s| !s.is_empty()),
                website,
                role: role_value,
                ec_contribution: parse_money(cell(r, ec))
                    .map_err(|m| err(r.line, "ecContribution", m))?,
                position: cell(r, order).parse().unwrap_or(n as i64 + 1),
                line: r.line,
                pic,
            });
            if (n + 1) % 500 == 0 {
                progress(format!("{}: {} partners read", t.file, n + 1));
            }
        }
    }
    Ok(bundle)
}

// ---------------------------------------------------------------------------------------------
// Matching and planning

/// What the database holds that the import is compared with.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// (scheme, value) → organisation.
    pub identifiers: HashMap<(String, String), Id>,
    /// Every profile: id, name, country.
    pub orgs: Vec<(Id, String, String)>,
    /// NUTS codes in the vocabulary.
    pub nuts: HashSet<String>,
    /// Country codes in the vocabulary.
    pub countries: HashSet<String>,
    /// Projects with a CORDIS id, by that id.
    pub projects: HashMap<String, Project>,
    /// Their partners, by project id.
    pub partners: HashMap<Id, Vec<ProjectPartner>>,
}

/// An organisation in the plan: already stored, or the n-th new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrgRef {
    Existing(Id),
    New(usize),
}

/// A project in the plan: already stored, or the n-th new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProjectRef {
    Existing(Id),
    New(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProjectValues {
    pub cordis_id: String,
    pub acronym: String,
    pub title: String,
    pub programme: Programme,
    pub call_topic: Option<String>,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub status: ProjectStatus,
    pub total_budget: Option<i64>,
    pub eu_contribution: Option<i64>,
    pub objectives: Vec<LocalizedText>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PartnerValues {
    pub project: ProjectRef,
    /// The stored partner row to update, if any.
    pub existing: Option<Id>,
    pub org: Option<OrgRef>,
    pub name: String,
    pub pic: String,
    pub role: PartnerRole,
    pub country: CountryCode,
    pub nuts: Option<NutsCode>,
    pub eu_contribution: Option<i64>,
    pub position: i64,
}

/// What to write.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub new_orgs: Vec<OrganisationInput>,
    /// Identifiers to record: (organisation, scheme, value).
    pub identifiers: Vec<(OrgRef, &'static str, String)>,
    pub new_projects: Vec<ProjectValues>,
    pub updated_projects: Vec<(Id, ProjectValues)>,
    /// Partner rows to insert (`existing` None) or update.
    pub partners: Vec<PartnerValues>,
    pub report: Report,
}

/// The outcome of an import, as the command line, the admin page and the API show it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, utoipa::ToSchema)]
#[schema(as = CordisReport)]
pub struct Report {
    /// The files read.
    pub files: Vec<String>,
    /// Files that were not CORDIS project, organisation or topic tables.
    pub ignored_files: Vec<String>,
    pub projects_created: usize,
    pub projects_updated: usize,
    pub projects_unchanged: usize,
    /// Distinct organisations (by PIC) in the files.
    pub organisations_new: usize,
    pub organisations_matched_pic: usize,
    pub organisations_matched_vat: usize,
    pub organisations_matched_name: usize,
    pub ambiguous: Vec<AmbiguousOrg>,
    pub partners_created: usize,
    pub partners_updated: usize,
    pub partners_unchanged: usize,
    pub warnings: Vec<String>,
    /// The profiles this import created.
    pub new_organisation_ids: Vec<Id>,
}

impl Report {
    pub fn partners(&self) -> usize {
        self.partners_created + self.partners_updated + self.partners_unchanged
    }
    pub fn organisations_matched(&self) -> usize {
        self.organisations_matched_pic
            + self.organisations_matched_vat
            + self.organisations_matched_name
    }
}

/// An organisation whose name and country fit several profiles: its partner rows keep the name
/// and PIC without a profile until a coordinator links one.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct AmbiguousOrg {
    pub pic: String,
    pub name: String,
    #[schema(value_type = String)]
    pub country: CountryCode,
    pub candidates: Vec<Candidate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[schema(as = CordisCandidate)]
pub struct Candidate {
    pub id: Id,
    pub name: String,
}

#[derive(Debug, Clone)]
enum Resolution {
    Org(OrgRef),
    Ambiguous,
}

fn merge_objective(existing: &[LocalizedText], objective: &Option<String>) -> Vec<LocalizedText> {
    let mut out: Vec<LocalizedText> = existing.to_vec();
    if let Some(text) = objective {
        let en = LanguageTag::parse("en").expect("en is a language");
        match out.iter_mut().find(|t| t.lang == en) {
            Some(t) => t.text = text.clone(),
            None => out.insert(
                0,
                LocalizedText {
                    lang: en,
                    text: text.clone(),
                },
            ),
        }
    }
    out
}

/// Decides what to create and update. Pure: same bundle and snapshot, same plan.
pub fn plan(bundle: &Bundle, snap: &Snapshot) -> Plan {
    let mut p = Plan::default();
    p.report.files = bundle.files.clone();
    p.report.ignored_files = bundle.ignored.clone();
    p.report.warnings = bundle.warnings.clone();

    // Projects.
    let mut project_refs: HashMap<&str, ProjectRef> = HashMap::new();
    for cp in &bundle.projects {
        let existing = snap.projects.get(&cp.cordis_id);
        // Without the topics file a re-import knows only the topic code: keep the stored title.
        let call_topic = match (&cp.call_topic, existing.and_then(|e| e.call_topic.as_ref())) {
            (Some(code), Some(stored)) if stored.starts_with(&format!("{code} — ")) => {
                Some(stored.clone())
            }
            _ => cp.call_topic.clone(),
        };
        let values = ProjectValues {
            cordis_id: cp.cordis_id.clone(),
            acronym: cp.acronym.clone(),
            title: cp.title.clone(),
            programme: cp.programme,
            call_topic,
            starts_on: cp.starts_on,
            ends_on: cp.ends_on,
            status: cp.status,
            total_budget: cp.total_cost,
            eu_contribution: cp.ec_contribution,
            objectives: merge_objective(
                existing.map(|e| e.objectives.as_slice()).unwrap_or(&[]),
                &cp.objective,
            ),
        };
        match existing {
            None => {
                project_refs.insert(&cp.cordis_id, ProjectRef::New(p.new_projects.len()));
                p.new_projects.push(values);
                p.report.projects_created += 1;
            }
            Some(e) => {
                project_refs.insert(&cp.cordis_id, ProjectRef::Existing(e.id));
                let money =
                    |m: Option<Money>| m.filter(|m| m.currency == Currency::EUR).map(|m| m.minor);
                let same = e.acronym == values.acronym
                    && e.title == values.title
                    && e.programme == values.programme
                    && e.call_topic == values.call_topic
                    && e.starts_on == values.starts_on
                    && e.ends_on == values.ends_on
                    && e.status == values.status
                    && money(e.total_budget) == values.total_budget
                    && money(e.eu_contribution) == values.eu_contribution
                    && e.objectives == values.objectives;
                if same {
                    p.report.projects_unchanged += 1;
                } else {
                    p.updated_projects.push((e.id, values));
                    p.report.projects_updated += 1;
                }
            }
        }
    }
    for (cid, e) in &snap.projects {
        project_refs
            .entry(cid.as_str())
            .or_insert(ProjectRef::Existing(e.id));
    }

    // Organisations: one resolution per PIC, the first row describing it.
    let mut by_ident: HashMap<(String, String), OrgRef> = snap
        .identifiers
        .iter()
        .map(|(k, v)| (k.clone(), OrgRef::Existing(*v)))
        .collect();
    let mut by_name: HashMap<(String, String), Vec<(OrgRef, String)>> = HashMap::new();
    for (id, name, country) in &snap.orgs {
        by_name
            .entry((normalise_name(name), country.clone()))
            .or_default()
            .push((OrgRef::Existing(*id), name.clone()));
    }
    let mut resolved: HashMap<&str, Resolution> = HashMap::new();
    let mut warned_countries: BTreeSet<String> = BTreeSet::new();
    let record = |p: &mut Plan,
                  by_ident: &mut HashMap<(String, String), OrgRef>,
                  org: OrgRef,
                  scheme: &'static str,
                  value: &str| {
        let key = (scheme.to_string(), value.to_string());
        if let std::collections::hash_map::Entry::Vacant(e) = by_ident.entry(key) {
            e.insert(org);
            p.identifiers.push((org, scheme, value.to_string()));
        }
    };
    for cp in &bundle.partners {
        if resolved.contains_key(cp.pic.as_str())
            || !project_refs.contains_key(cp.project_cordis_id.as_str())
        {
            continue;
        }
        if !snap.countries.is_empty()
            && !snap.countries.contains(cp.country.as_str())
            && warned_countries.insert(cp.country.to_string())
        {
            p.report.warnings.push(format!(
                "country {} is not in the platform's country list; kept as is",
                cp.country
            ));
        }
        let pic_key = (SCHEME_PIC.to_string(), cp.pic.clone());
        let resolution = if let Some(org) = by_ident.get(&pic_key).copied() {
            if matches!(org, OrgRef::Existing(_)) {
                p.report.organisations_matched_pic += 1;
            }
            if let Some(vat) = &cp.vat {
                record(&mut p, &mut by_ident, org, SCHEME_VAT, vat);
            }
            Resolution::Org(org)
        } else if let Some(org) = cp
            .vat
            .as_ref()
            .and_then(|v| by_ident.get(&(SCHEME_VAT.to_string(), v.clone())).copied())
        {
            p.report.organisations_matched_vat += 1;
            record(&mut p, &mut by_ident, org, SCHEME_PIC, &cp.pic);
            Resolution::Org(org)
        } else {
            let key = (normalise_name(&cp.name), cp.country.to_string());
            match by_name.get(&key).map(|v| v.as_slice()).unwrap_or(&[]) {
                [(org, _)] => {
                    let org = *org;
                    p.report.organisations_matched_name += 1;
                    record(&mut p, &mut by_ident, org, SCHEME_PIC, &cp.pic);
                    if let Some(vat) = &cp.vat {
                        record(&mut p, &mut by_ident, org, SCHEME_VAT, vat);
                    }
                    Resolution::Org(org)
                }
                [] => {
                    let nuts = cp.nuts.as_ref().and_then(|n| {
                        if snap.nuts.contains(n) {
                            NutsCode::parse(n).ok()
                        } else {
                            None
                        }
                    });
                    let org = OrgRef::New(p.new_orgs.len());
                    p.new_orgs.push(OrganisationInput {
                        kind: cp.kind,
                        size_class: None,
                        name: cp.name.clone(),
                        short_name: cp.short_name.clone(),
                        country: cp.country.clone(),
                        nuts,
                        nace: vec![],
                        ecosystems: vec![],
                        keywords: vec![],
                        website: cp.website.clone(),
                        year_founded: None,
                        languages: vec![],
                        descriptions: vec![],
                        management_fte: None,
                        is_demo: false,
                    });
                    p.report.organisations_new += 1;
                    record(&mut p, &mut by_ident, org, SCHEME_PIC, &cp.pic);
                    if let Some(vat) = &cp.vat {
                        record(&mut p, &mut by_ident, org, SCHEME_VAT, vat);
                    }
                    by_name.entry(key).or_default().push((org, cp.name.clone()));
                    Resolution::Org(org)
                }
                several => {
                    p.report.ambiguous.push(AmbiguousOrg {
                        pic: cp.pic.clone(),
                        name: cp.name.clone(),
                        country: cp.country.clone(),
                        candidates: several
                            .iter()
                            .filter_map(|(o, name)| match o {
                                OrgRef::Existing(id) => Some(Candidate {
                                    id: *id,
                                    name: name.clone(),
                                }),
                                OrgRef::New(_) => None,
                            })
                            .collect(),
                    });
                    Resolution::Ambiguous
                }
            }
        };
        resolved.insert(cp.pic.as_str(), resolution);
    }

    // Partners.
    let mut nuts_dropped = 0;
    let mut missing_projects: BTreeSet<&str> = BTreeSet::new();
    let mut taken: HashSet<(ProjectRef, OrgRef)> = HashSet::new();
    let mut pics_seen: HashSet<(ProjectRef, &str)> = HashSet::new();
    for cp in &bundle.partners {
        let Some(project) = project_refs.get(cp.project_cordis_id.as_str()).copied() else {
            missing_projects.insert(&cp.project_cordis_id);
            continue;
        };
        if !pics_seen.insert((project, cp.pic.as_str())) {
            p.report.warnings.push(format!(
                "line {}: organisation {} appears twice in project {}; the first row is used",
                cp.line, cp.pic, cp.project_cordis_id
            ));
            continue;
        }
        let stored: &[ProjectPartner] = match project {
            ProjectRef::Existing(id) => snap.partners.get(&id).map(|v| v.as_slice()).unwrap_or(&[]),
            ProjectRef::New(_) => &[],
        };
        let existing = stored
            .iter()
            .find(|s| s.pic.as_deref() == Some(cp.pic.as_str()));
        let mut org = match resolved.get(cp.pic.as_str()) {
            Some(Resolution::Org(o)) => Some(*o),
            // A coordinator may have linked the partner since the last import: keep that link.
            _ => existing.and_then(|e| e.org_id).map(OrgRef::Existing),
        };
        if let Some(o) = org {
            let elsewhere = match o {
                OrgRef::Existing(id) => stored
                    .iter()
                    .any(|s| s.org_id == Some(id) && s.pic.as_deref() != Some(cp.pic.as_str())),
                OrgRef::New(_) => false,
            };
            if elsewhere || !taken.insert((project, o)) {
                p.report.warnings.push(format!(
                    "line {}: {} is matched to a profile already in project {}; kept without a profile",
                    cp.line, cp.name, cp.project_cordis_id
                ));
                org = None;
            }
        }
        let nuts = match &cp.nuts {
            Some(n) if snap.nuts.contains(n) => NutsCode::parse(n).ok(),
            Some(_) => {
                nuts_dropped += 1;
                None
            }
            None => None,
        };
        let values = PartnerValues {
            project,
            existing: existing.map(|e| e.id),
            org,
            name: cp.name.clone(),
            pic: cp.pic.clone(),
            role: cp.role,
            country: cp.country.clone(),
            nuts,
            eu_contribution: cp.ec_contribution,
            position: cp.position,
        };
        match existing {
            None => {
                p.report.partners_created += 1;
                p.partners.push(values);
            }
            Some(e) => {
                let same = e.org_id
                    == values.org.and_then(|o| match o {
                        OrgRef::Existing(id) => Some(id),
                        OrgRef::New(_) => None,
                    })
                    && !matches!(values.org, Some(OrgRef::New(_)))
                    && e.name == values.name
                    && e.role == values.role
                    && e.country == values.country
                    && e.nuts == values.nuts
                    && e.eu_contribution.map(|m| m.minor) == values.eu_contribution
                    && e.position == values.position;
                if same {
                    p.report.partners_unchanged += 1;
                } else {
                    p.report.partners_updated += 1;
                    p.partners.push(values);
                }
            }
        }
    }
    if nuts_dropped > 0 {
        p.report.warnings.push(format!(
            "{nuts_dropped} partner rows name a NUTS region that is not in the vocabulary; the region was dropped"
        ));
    }
    for pid in missing_projects {
        p.report.warnings.push(format!(
            "project {pid} has partners but is neither in the project file nor stored; its partners are skipped"
        ));
    }
    p
}

/// Runs an import for an actor: platform administrators only.
pub struct CordisImport<'a> {
    pub repo: &'a dyn crate::repo::Repository,
}

impl CordisImport<'_> {
    pub async fn run(
        &self,
        actor: &Actor,
        files: &[(String, String)],
        progress: Progress<'_>,
    ) -> DomainResult<Report> {
        actor.can_moderate()?;
        let bundle = parse_bundle(files, progress)?;
        let report = self.repo.apply_cordis(&bundle, progress).await?;
        self.repo
            .audit(
                actor.user_id(),
                "cordis.import",
                &format!(
                    "{}: {} projects created, {} updated, {} unchanged; {} new organisations",
                    report.files.join(", "),
                    report.projects_created,
                    report.projects_updated,
                    report.projects_unchanged,
                    report.organisations_new
                ),
            )
            .await?;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiet() -> impl FnMut(String) + Send {
        |_| {}
    }

    #[test]
    fn delimiter_is_told_from_the_header() {
        assert_eq!(detect_delimiter("id;acronym;title\n1,2;x;y"), ';');
        assert_eq!(detect_delimiter("id,acronym,title\n1;2,x,y"), ',');
        assert_eq!(detect_delimiter("\"a;b\",c\n"), ',');
    }

    #[test]
    fn quoted_fields_span_lines() {
        let t = parse_csv(
            "project.csv",
            "id;title;objective\r\n1;\"A; B\";\"first line\nsecond \"\"quoted\"\"\"\r\n2;C;plain\n",
        )
        .unwrap();
        assert_eq!(t.delimiter, ';');
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].fields[1], "A; B");
        assert_eq!(t.rows[0].fields[2], "first line\nsecond \"quoted\"");
        assert_eq!(t.rows[0].line, 2);
        assert_eq!(
            t.rows[1].line, 4,
            "the second record starts after the two-line field"
        );
    }

    #[test]
    fn errors_name_line_and_column() {
        let e = parse_csv(
            "p.csv",
            "id,title,objective\n1,a,b\n2,\"never closed,x\n3,c,d\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 3);
        assert!(
            e.field.contains("p.csv") && e.field.contains("title"),
            "{e:?}"
        );
        assert!(e.message.contains("unterminated"));
        let e = parse_csv("p.csv", "id,title,objective\n1,a,b\n2,c\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("expected 3 fields, found 2"), "{e:?}");
        let e = parse_csv("p.csv", "id,title\n1,\"a\"b\n").unwrap_err();
        assert_eq!(e.line, 2);
    }

    const PROJECTS: &str = "id;acronym;status;title;startDate;endDate;totalCost;ecMaxContribution;topics;frameworkProgramme;objective\n\
        101;ABC;SIGNED;Alpha;2024-01-01;2026-12-31;1499998;1499998.0;T-1;HORIZON;\"Multi\nline\"\n\
        102;DEF;CLOSED;Delta;2016-01-01;2018-12-31;1000,50;900;T-2;H2020;\n";
    const ORGS: &str = "projectID,organisationID,vatNumber,name,shortName,activityType,country,nutsCode,organizationURL,role,ecContribution,order\n\
        101,900,PL 123,Uni One,U1,HES,PL,PL911,www.uni.pl,coordinator,100.0,1\n\
        101,901,,Firm Two,,PRC,EL,EL301,,participant,,2\n\
        102,900,PL123,Uni One,U1,HES,PL,XX999,,participant,5,1\n\
        999,902,,Lost,,OTH,DE,,,participant,,1\n";

    fn bundle() -> Bundle {
        let files = vec![
            ("project.csv".to_string(), PROJECTS.to_string()),
            ("organization.csv".to_string(), ORGS.to_string()),
            (
                "topics.csv".to_string(),
                "projectID,topic,title\n101,T-1,Topic one\n".to_string(),
            ),
            ("readme.txt".to_string(), "x".to_string()),
        ];
        parse_bundle(&files, &mut quiet()).unwrap()
    }

    #[test]
    fn bundle_reads_projects_and_partners() {
        let b = bundle();
        assert_eq!(b.files.len(), 3);
        assert_eq!(b.ignored, vec!["readme.txt".to_string()]);
        let p = &b.projects[0];
        assert_eq!(p.programme, Programme::HorizonEurope);
        assert_eq!(p.status, ProjectStatus::Ongoing);
        assert_eq!(p.total_cost, Some(149_999_800));
        assert_eq!(p.ec_contribution, Some(149_999_800));
        assert_eq!(p.call_topic.as_deref(), Some("T-1 — Topic one"));
        assert_eq!(p.objective.as_deref(), Some("Multi\nline"));
        assert_eq!(b.projects[1].programme, Programme::Horizon2020);
        assert_eq!(b.projects[1].status, ProjectStatus::Closed);
        assert_eq!(b.projects[1].total_cost, Some(100_050));
        let firm = &b.partners[1];
        assert_eq!(firm.country.as_str(), "GR");
        assert_eq!(firm.kind, OrgKind::Company);
        assert_eq!(b.partners[0].vat.as_deref(), Some("PL123"));
        assert_eq!(
            b.partners[0].website.as_ref().map(|w| w.as_str()),
            Some("http://www.uni.pl")
        );
        assert_eq!(b.partners[0].role, PartnerRole::Lead);
    }

    #[test]
    fn bad_values_are_rejected_with_their_place() {
        let bad = PROJECTS.replace("2026-12-31", "31.12.2026");
        let e = parse_bundle(&[("project.csv".into(), bad)], &mut quiet()).unwrap_err();
        let DomainError::Rows(rows) = e else { panic!() };
        assert_eq!(rows[0].line, 2);
        assert!(rows[0].field.contains("endDate"));
        let e = parse_bundle(
            &[("project.csv".into(), "id;title\n1;x\n".into())],
            &mut quiet(),
        )
        .unwrap_err();
        let DomainError::Rows(rows) = e else { panic!() };
        assert!(rows[0].message.contains("acronym"));
        assert!(parse_bundle(&[("organization.csv".into(), ORGS.into())], &mut quiet()).is_err());
    }

    #[test]
    fn matching_by_pic_vat_name_and_ambiguity() {
        let b = bundle();
        let mut snap = Snapshot::default();
        snap.nuts.insert("PL911".into());
        // Uni One known by VAT; Firm Two by name (twice → ambiguous).
        snap.identifiers.insert(("vat".into(), "PL123".into()), 7);
        snap.orgs.push((8, "FIRM two.".into(), "GR".into()));
        snap.orgs.push((9, "Firm  Two".into(), "GR".into()));
        let plan1 = plan(&b, &snap);
        let r = &plan1.report;
        assert_eq!(r.organisations_matched_vat, 1);
        assert_eq!(r.ambiguous.len(), 1);
        assert_eq!(r.ambiguous[0].candidates.len(), 2);
        assert_eq!(r.projects_created, 2);
        assert_eq!(r.partners_created, 3);
        assert!(plan1
            .identifiers
            .contains(&(OrgRef::Existing(7), SCHEME_PIC, "900".into())));
        assert!(plan1
            .partners
            .iter()
            .any(|p| p.pic == "901" && p.org.is_none()));
        assert!(r.warnings.iter().any(|w| w.contains("999")));
        assert!(r.warnings.iter().any(|w| w.contains("NUTS")));
        // Only one profile of that name: matched and its PIC recorded.
        snap.orgs.pop();
        let plan2 = plan(&b, &snap);
        assert_eq!(plan2.report.organisations_matched_name, 1);
        assert!(plan2
            .identifiers
            .contains(&(OrgRef::Existing(8), SCHEME_PIC, "901".into())));
        // Nobody known: two new profiles, the second row of Uni One matches the first.
        let plan3 = plan(&b, &Snapshot::default());
        assert_eq!(plan3.report.organisations_new, 2);
        assert_eq!(plan3.new_orgs[0].kind, OrgKind::University);
        assert_eq!(plan3.new_orgs[0].nuts, None, "unknown region dropped");
    }
}
