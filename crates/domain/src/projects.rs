//! EU and national projects: partners with roles and countries, work packages, results and the
//! project's events. Partners' administrators edit; the lead partner's administrators also manage
//! the partner list.

use crate::directory::nuts_in_country;
use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{check_text, parse_texts, EventViewer, Events, RawText};
use crate::model::{Id, LocalizedText};
use crate::policy::Actor;
use crate::repo::Repository;
use crate::types::{
    code_enum, CountryCode, Ecosystem, NaceCode, NutsCode, OrgRole, ParseError, Website,
};
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::fmt;
use time::{Date, OffsetDateTime};

code_enum!(
    /// The funding programmes cluster projects come from.
    Programme {
        InterregEurope = "interreg_europe",
        InterregCentralEurope = "interreg_central_europe",
        Cosme = "cosme",
        ErasmusPlus = "erasmus_plus",
        Horizon2020 = "horizon_2020",
        HorizonEurope = "horizon_europe",
        National = "national",
        Other = "other",
    }
);

code_enum!(
    /// Where a project is in its life.
    ProjectStatus {
        Planned = "planned",
        Ongoing = "ongoing",
        Closed = "closed",
        Terminated = "terminated",
    }
);

code_enum!(
    /// A partner's place in the consortium (CORDIS: coordinator, participant, associatedPartner,
    /// thirdParty).
    PartnerRole {
        Lead = "lead",
        Partner = "partner",
        Associated = "associated",
        ThirdParty = "third_party",
    }
);

code_enum!(
    /// What a project delivered.
    ResultKind {
        Deliverable = "deliverable",
        Report = "report",
        ActionPlan = "action_plan",
        Tool = "tool",
        Publication = "publication",
        Other = "other",
    }
);

impl Programme {
    /// The message key of its name.
    pub fn key(self) -> String {
        format!("project-programme-{}", self.code())
    }
}

impl ProjectStatus {
    pub fn key(self) -> String {
        format!("project-status-{}", self.code())
    }
}

impl PartnerRole {
    pub fn key(self) -> String {
        format!("project-role-{}", self.code())
    }
}

impl ResultKind {
    pub fn key(self) -> String {
        format!("project-result-{}", self.code())
    }
}

/// An amount of money in minor units (cents) of an ISO 4217 currency. Never a float.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

/// An ISO 4217 code: three upper-case letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const EUR: Currency = Currency(*b"EUR");

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let s = raw.trim().to_ascii_uppercase();
        match s.as_bytes() {
            [a, b, c] if [a, b, c].iter().all(|x| x.is_ascii_uppercase()) => {
                Ok(Currency([*a, *b, *c]))
            }
            _ => Err(format!("'{}' is not a currency code like EUR", raw.trim())),
        }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("ASCII")
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Money {
    /// Parses an amount as people and CSV files write it: "1499998", "1 499 998,50",
    /// "1,499,998.50", "1.499.998,50", "2 450 000 EUR". A lone separator followed by exactly
    /// three digits is a thousands separator; otherwise it is the decimal mark.
    pub fn parse_amount(raw: &str) -> Result<i64, ParseError> {
        let s: String = raw
            .trim()
            .trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '€')
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\'' && *c != '_')
            .collect();
        if s.is_empty() {
            return Err("is not an amount".into());
        }
        if s.starts_with('-') {
            return Err("must not be negative".into());
        }
        if !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        {
            return Err(format!("'{}' is not an amount", raw.trim()));
        }
        let seps: Vec<(usize, char)> = s
            .char_indices()
            .filter(|(_, c)| !c.is_ascii_digit())
            .collect();
        // The decimal mark is the last separator if it is followed by one or two digits, or is the
        // only separator and not followed by exactly three digits.
        let decimal_at = seps.last().and_then(|&(i, c)| {
            let after = s.len() - i - 1;
            let single_kind = seps.iter().all(|&(_, d)| d == c);
            if after <= 2 || (seps.len() == 1 && after != 3) || (!single_kind && after != 3) {
                Some(i)
            } else {
                None
            }
        });
        let (int_part, frac_part) = match decimal_at {
            Some(i) => (&s[..i], &s[i + 1..]),
            None => (s.as_str(), ""),
        };
        // Thousands groups: one to three digits first, then exactly three ("12,3,4" is no amount).
        let groups: Vec<&str> = int_part.split(['.', ',']).collect();
        if groups.len() > 1
            && (groups[0].is_empty()
                || groups[0].len() > 3
                || groups[1..].iter().any(|g| g.len() != 3))
        {
            return Err(format!("'{}' is not an amount", raw.trim()));
        }
        let digits: String = int_part.chars().filter(char::is_ascii_digit).collect();
        if digits.is_empty() && frac_part.is_empty() {
            return Err(format!("'{}' is not an amount", raw.trim()));
        }
        let whole: i64 = if digits.is_empty() {
            0
        } else {
            digits.parse().map_err(|_| "is too large".to_string())?
        };
        let frac = frac_part.trim_end_matches('0');
        if frac.len() > 2 {
            return Err("has more than two decimal places".into());
        }
        let cents: i64 = match frac.len() {
            0 => 0,
            1 => frac.parse::<i64>().unwrap_or(0) * 10,
            _ => frac.parse::<i64>().unwrap_or(0),
        };
        whole
            .checked_mul(100)
            .and_then(|w| w.checked_add(cents))
            .ok_or_else(|| "is too large".into())
    }

    /// "1499998.00" — the plain form for CSV, JSON and form values.
    pub fn plain(&self) -> String {
        format!("{}.{:02}", self.minor / 100, self.minor % 100)
    }
}

impl Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Money", 2)?;
        st.serialize_field("amount", &self.plain())?;
        st.serialize_field("currency", self.currency.as_str())?;
        st.end()
    }
}

/// Money as JSON: a decimal string and the currency, e.g. {"amount": "2450000.00", "currency": "EUR"}.
#[derive(utoipa::ToSchema)]
#[schema(as = Money)]
#[allow(dead_code)]
pub struct MoneySchema {
    #[schema(example = "2450000.00")]
    amount: String,
    #[schema(example = "EUR")]
    currency: String,
}

/// A project as pages and the API show it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Project {
    pub id: Id,
    pub acronym: String,
    pub title: String,
    pub programme: Programme,
    pub call_topic: Option<String>,
    #[serde(with = "crate::model::iso_date_option")]
    #[schema(value_type = Option<String>, format = Date)]
    pub starts_on: Option<Date>,
    #[serde(with = "crate::model::iso_date_option")]
    #[schema(value_type = Option<String>, format = Date)]
    pub ends_on: Option<Date>,
    pub status: ProjectStatus,
    #[schema(value_type = Option<MoneySchema>)]
    pub total_budget: Option<Money>,
    #[schema(value_type = Option<MoneySchema>)]
    pub eu_contribution: Option<Money>,
    pub objectives: Vec<LocalizedText>,
    pub website: Option<String>,
    #[schema(value_type = Vec<String>)]
    pub nace: Vec<NaceCode>,
    pub ecosystems: Vec<Ecosystem>,
    pub cordis_id: Option<String>,
    pub is_demo: bool,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

/// A member of a project's consortium. `org_id` is None for an imported partner whose profile could
/// not be told apart from others; a coordinator links it later.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ProjectPartner {
    pub id: Id,
    pub project_id: Id,
    pub org_id: Option<Id>,
    pub name: String,
    pub pic: Option<String>,
    pub role: PartnerRole,
    #[schema(value_type = String, example = "PL")]
    pub country: CountryCode,
    #[schema(value_type = Option<String>, example = "PL81")]
    pub nuts: Option<NutsCode>,
    #[schema(value_type = Option<MoneySchema>)]
    pub eu_contribution: Option<Money>,
    pub position: i64,
}

/// Who may change a project, worked out from its partner list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ProjectAccess {
    /// Edit the project's fields, work packages, results, event links and post its news:
    /// administrators of any partner organisation, and platform administrators.
    pub can_edit: bool,
    /// Add, change and remove partners, delete the project: administrators of the lead partner,
    /// and platform administrators.
    pub can_manage: bool,
}

impl ProjectAccess {
    pub fn of(actor: &Actor, partners: &[ProjectPartner]) -> Self {
        let admin_of = |p: &&ProjectPartner| {
            p.org_id
                .is_some_and(|org| actor.role_in(org) == Some(OrgRole::Admin))
        };
        let platform = actor.is_platform_admin();
        ProjectAccess {
            can_edit: platform || partners.iter().any(|p| admin_of(&p)),
            can_manage: platform
                || partners
                    .iter()
                    .filter(|p| p.role == PartnerRole::Lead)
                    .any(|p| admin_of(&p)),
        }
    }

    pub fn require_edit(&self, actor: &Actor) -> DomainResult<()> {
        actor.allow(self.can_edit)
    }

    pub fn require_manage(&self, actor: &Actor) -> DomainResult<()> {
        actor.allow(self.can_manage)
    }
}

/// A work package or activity of a project.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct WorkPackage {
    pub id: Id,
    pub project_id: Id,
    /// "WP1", "A1.2".
    pub code: String,
    pub title: String,
    pub description: String,
    #[serde(with = "crate::model::iso_date_option")]
    #[schema(value_type = Option<String>, format = Date)]
    pub starts_on: Option<Date>,
    #[serde(with = "crate::model::iso_date_option")]
    #[schema(value_type = Option<String>, format = Date)]
    pub ends_on: Option<Date>,
    /// The partner organisation leading it.
    pub lead_org_id: Option<Id>,
    pub position: i64,
}

/// A result or deliverable of a project.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ProjectResult {
    pub id: Id,
    pub project_id: Id,
    pub kind: ResultKind,
    pub title: String,
    pub description: String,
    pub url: Option<String>,
    #[serde(with = "crate::model::iso_date_option")]
    #[schema(value_type = Option<String>, format = Date)]
    pub delivered_on: Option<Date>,
    pub work_package_id: Option<Id>,
    pub position: i64,
}

/// An event held as part of a project, as the project shows it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ProjectEvent {
    pub id: Id,
    pub title: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub starts_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub ends_at: OffsetDateTime,
    pub timezone: String,
}

/// A project in a list: with its lead partner and the size of its consortium.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ProjectSummary {
    #[serde(flatten)]
    pub project: Project,
    pub lead: Option<String>,
    pub lead_org_id: Option<Id>,
    pub partners_count: usize,
    /// The partners' countries, each once, sorted.
    pub countries: Vec<String>,
}

/// A project an organisation takes part in, with the organisation's role.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ProjectLink {
    pub id: Id,
    pub acronym: String,
    pub title: String,
    pub programme: Programme,
    pub status: ProjectStatus,
    #[serde(with = "crate::model::iso_date_option")]
    #[schema(value_type = Option<String>, format = Date)]
    pub starts_on: Option<Date>,
    #[serde(with = "crate::model::iso_date_option")]
    #[schema(value_type = Option<String>, format = Date)]
    pub ends_on: Option<Date>,
    pub role: PartnerRole,
}

/// Everything about one project.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ProjectDetail {
    #[serde(flatten)]
    pub project: Project,
    pub partners: Vec<ProjectPartner>,
    pub work_packages: Vec<WorkPackage>,
    pub results: Vec<ProjectResult>,
    pub events: Vec<ProjectEvent>,
}

/// A project's fields, parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectInput {
    pub acronym: String,
    pub title: String,
    pub programme: Programme,
    pub call_topic: Option<String>,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub status: ProjectStatus,
    pub currency: Currency,
    pub total_budget: Option<i64>,
    pub eu_contribution: Option<i64>,
    pub objectives: Vec<LocalizedText>,
    pub website: Option<String>,
    pub nace: Vec<NaceCode>,
    pub ecosystems: Vec<Ecosystem>,
    pub is_demo: bool,
}

/// A partner, parsed: a profile (`org_id`) or a name only.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerInput {
    pub org_id: Option<Id>,
    pub name: String,
    pub pic: Option<String>,
    pub role: PartnerRole,
    pub country: CountryCode,
    pub nuts: Option<NutsCode>,
    pub eu_contribution: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WorkPackageInput {
    pub code: String,
    pub title: String,
    pub description: String,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub lead_org_id: Option<Id>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResultInput {
    pub kind: ResultKind,
    pub title: String,
    pub description: String,
    pub url: Option<String>,
    pub delivered_on: Option<Date>,
    pub work_package_id: Option<Id>,
}

/// A project as text fields: what a form or a JSON body carries. Money is a decimal amount as
/// people write it ("2 450 000,00"), dates are `YYYY-MM-DD`.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawProject {
    pub acronym: String,
    pub title: String,
    /// interreg_europe, interreg_central_europe, cosme, erasmus_plus, horizon_2020,
    /// horizon_europe, national, other
    pub programme: String,
    pub call_topic: Option<String>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    /// planned, ongoing, closed, terminated (planned when empty)
    pub status: String,
    /// ISO 4217, EUR when empty.
    pub currency: Option<String>,
    pub total_budget: Option<String>,
    pub eu_contribution: Option<String>,
    /// One text per language: en, pl, bg and at most one other.
    pub objectives: Vec<RawText>,
    pub website: Option<String>,
    /// NACE codes, e.g. "35.11" or the section "D".
    pub nace: Vec<String>,
    /// Industrial ecosystems, e.g. renewable_energy.
    pub ecosystems: Vec<String>,
    /// On creation: the lead partner's organisation (one the caller administers).
    pub lead_org_id: Option<Id>,
    /// On creation: further partners (not the lead).
    pub partners: Vec<RawPartner>,
}

/// A partner as text fields. With `org_id` the name, country and region default to the
/// profile's.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawPartner {
    pub org_id: Option<Id>,
    pub name: Option<String>,
    pub pic: Option<String>,
    /// lead, partner, associated, third_party (partner when empty)
    pub role: String,
    pub country: Option<String>,
    pub nuts: Option<String>,
    pub eu_contribution: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawWorkPackage {
    pub code: String,
    pub title: String,
    pub description: String,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    /// A partner organisation of the project.
    pub lead_org_id: Option<Id>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawResult {
    /// deliverable, report, action_plan, tool, publication, other
    pub kind: String,
    pub title: String,
    pub description: String,
    pub url: Option<String>,
    pub delivered_on: Option<String>,
    pub work_package_id: Option<Id>,
}

/// A sector filter: a NACE section letter or an industrial ecosystem.
#[derive(Debug, Clone, PartialEq)]
pub enum Sector {
    Nace(char),
    Ecosystem(Ecosystem),
}

impl Sector {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let s = raw.trim();
        if s.len() == 1 && s.chars().all(|c| c.is_ascii_alphabetic()) {
            let c = s.chars().next().expect("one").to_ascii_uppercase();
            if ('A'..='U').contains(&c) {
                return Ok(Sector::Nace(c));
            }
        }
        Ecosystem::parse(s)
            .map(Sector::Ecosystem)
            .map_err(|_| format!("'{s}' is not a NACE section or an ecosystem"))
    }

    pub fn matches(&self, p: &Project) -> bool {
        match self {
            Sector::Nace(c) => p.nace.iter().any(|n| n.section() == Some(*c)),
            Sector::Ecosystem(e) => p.ecosystems.contains(e),
        }
    }
}

/// The list filters, parsed. Text and sector are applied by the service; the rest by the store.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProjectFilter {
    pub text: Option<String>,
    pub programme: Option<Programme>,
    pub status: Option<ProjectStatus>,
    /// A partner's country.
    pub country: Option<CountryCode>,
    pub sector: Option<Sector>,
    /// Active at some time in that year.
    pub year: Option<i32>,
}

/// The filters as query text, shared by the page, the CSV export and the API.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
pub struct RawProjectFilter {
    /// Words in the acronym, title or objectives.
    pub q: Option<String>,
    pub programme: Option<String>,
    pub status: Option<String>,
    /// A partner's country, e.g. PL.
    pub country: Option<String>,
    /// A NACE section letter (D) or an ecosystem (renewable_energy).
    pub sector: Option<String>,
    /// Projects active in that year.
    pub year: Option<String>,
    /// 1-based page.
    pub page: Option<usize>,
    /// Results per page (API; at most 100).
    pub per_page: Option<usize>,
}

fn nonblank(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl RawProjectFilter {
    pub fn parse(&self) -> Result<ProjectFilter, FieldErrors> {
        let mut e = FieldErrors::new();
        let text = nonblank(&self.q).map(String::from);
        if text.as_ref().is_some_and(|t| t.chars().count() > 500) {
            e.add("q", "must be at most 500 characters long");
        }
        let f = ProjectFilter {
            text,
            programme: nonblank(&self.programme)
                .and_then(|p| e.check("programme", Programme::parse(p))),
            status: nonblank(&self.status).and_then(|p| e.check("status", ProjectStatus::parse(p))),
            country: nonblank(&self.country)
                .and_then(|p| e.check("country", CountryCode::parse(p))),
            sector: nonblank(&self.sector).and_then(|p| e.check("sector", Sector::parse(p))),
            year: nonblank(&self.year).and_then(|y| match y.parse::<i32>() {
                Ok(n) if (1950..=2100).contains(&n) => Some(n),
                _ => {
                    e.add("year", "must be a whole number from 1950 to 2100");
                    None
                }
            }),
        };
        if e.is_empty() {
            Ok(f)
        } else {
            Err(e)
        }
    }
}

pub const MAX_ACRONYM: usize = 40;
pub const MAX_PROJECT_TITLE: usize = 300;
pub const MAX_OBJECTIVES: usize = 20_000;
/// The languages the objectives form always offers; one more may be added.
pub const PROJECT_LANGS: [&str; 3] = ["en", "pl", "bg"];

/// Parses `YYYY-MM-DD`.
pub fn parse_day(raw: &str) -> Result<Date, ParseError> {
    crate::model::iso_date(raw).ok_or_else(|| "is not a date like 2024-01-31".to_string())
}

/// `YYYY-MM-DD`, for forms and CSV.
pub fn day_text(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

fn opt_day(e: &mut FieldErrors, field: &str, raw: &Option<String>) -> Option<Date> {
    nonblank(raw).and_then(|d| e.check(field, parse_day(d)))
}

fn check_span(e: &mut FieldErrors, start: Option<Date>, end: Option<Date>) {
    if let (Some(s), Some(en)) = (start, end) {
        if en < s {
            e.add("ends_on", "must be on or after the start");
        }
    }
}

/// Parses an amount into minor units, with messages the pages can translate.
pub fn parse_money(e: &mut FieldErrors, field: &str, raw: &Option<String>) -> Option<i64> {
    let raw = nonblank(raw)?;
    match Money::parse_amount(raw) {
        Ok(m) => Some(m),
        Err(msg) => {
            let known = [
                "must not be negative",
                "has more than two decimal places",
                "is too large",
            ];
            let msg = if known.contains(&msg.as_str()) {
                msg
            } else {
                "is not an amount like 2 450 000.00".to_string()
            };
            e.add(field, msg);
            None
        }
    }
}

fn opt_text(e: &mut FieldErrors, field: &str, raw: &Option<String>, max: usize) -> Option<String> {
    let v = nonblank(raw)?;
    if v.chars().count() > max {
        e.add(field, format!("must be at most {max} characters long"));
    }
    Some(v.to_string())
}

fn opt_url(e: &mut FieldErrors, field: &str, raw: &Option<String>) -> Option<String> {
    nonblank(raw)
        .and_then(|u| e.check(field, Website::parse(u)))
        .map(|w| w.to_string())
}

impl RawProject {
    /// Parses every field, collecting all problems (codes are checked against the vocabularies
    /// by the service).
    pub fn parse(&self) -> Result<ProjectInput, FieldErrors> {
        let mut e = FieldErrors::new();
        let acronym = self.acronym.trim().to_string();
        check_text(&mut e, "acronym", &acronym, 2, MAX_ACRONYM);
        check_text(&mut e, "title", &self.title, 3, MAX_PROJECT_TITLE);
        let programme = if self.programme.trim().is_empty() {
            e.add("programme", "must not be empty");
            None
        } else {
            e.check("programme", Programme::parse(&self.programme))
        };
        let status = if self.status.trim().is_empty() {
            Some(ProjectStatus::Planned)
        } else {
            e.check("status", ProjectStatus::parse(&self.status))
        };
        let call_topic = opt_text(&mut e, "call_topic", &self.call_topic, MAX_PROJECT_TITLE);
        let starts_on = opt_day(&mut e, "starts_on", &self.starts_on);
        let ends_on = opt_day(&mut e, "ends_on", &self.ends_on);
        check_span(&mut e, starts_on, ends_on);
        let currency = match nonblank(&self.currency) {
            None => Some(Currency::EUR),
            Some(c) => e.check("currency", Currency::parse(c)),
        };
        let total_budget = parse_money(&mut e, "total_budget", &self.total_budget);
        let eu_contribution = parse_money(&mut e, "eu_contribution", &self.eu_contribution);
        if let (Some(t), Some(eu)) = (total_budget, eu_contribution) {
            if eu > t {
                e.add("eu_contribution", "must not exceed the total budget");
            }
        }
        let objectives = parse_texts(&mut e, "objectives", &self.objectives, MAX_OBJECTIVES);
        if objectives
            .iter()
            .filter(|t| !PROJECT_LANGS.contains(&t.lang.as_str()))
            .count()
            > 1
        {
            e.add(
                "objectives",
                "besides en, pl and bg give at most one other language",
            );
        }
        let website = opt_url(&mut e, "website", &self.website);
        let mut nace = Vec::new();
        for n in self.nace.iter().filter(|n| !n.trim().is_empty()) {
            if let Some(code) = e.check("nace", NaceCode::parse(n)) {
                if !nace.contains(&code) {
                    nace.push(code);
                }
            }
        }
        let mut ecosystems = Vec::new();
        for n in self.ecosystems.iter().filter(|n| !n.trim().is_empty()) {
            if let Some(code) = e.check("ecosystems", Ecosystem::parse(n)) {
                if !ecosystems.contains(&code) {
                    ecosystems.push(code);
                }
            }
        }
        match (e.is_empty(), programme, status, currency) {
            (true, Some(programme), Some(status), Some(currency)) => Ok(ProjectInput {
                acronym,
                title: self.title.trim().to_string(),
                programme,
                call_topic,
                starts_on,
                ends_on,
                status,
                currency,
                total_budget,
                eu_contribution,
                objectives,
                website,
                nace,
                ecosystems,
                is_demo: false,
            }),
            _ => Err(e),
        }
    }
}

impl RawWorkPackage {
    pub fn parse(&self) -> Result<WorkPackageInput, FieldErrors> {
        let mut e = FieldErrors::new();
        check_text(&mut e, "code", &self.code, 1, 20);
        check_text(&mut e, "title", &self.title, 3, MAX_PROJECT_TITLE);
        check_text(&mut e, "description", &self.description, 0, MAX_OBJECTIVES);
        let starts_on = opt_day(&mut e, "starts_on", &self.starts_on);
        let ends_on = opt_day(&mut e, "ends_on", &self.ends_on);
        check_span(&mut e, starts_on, ends_on);
        e.into_result().map_err(validation)?;
        Ok(WorkPackageInput {
            code: self.code.trim().to_string(),
            title: self.title.trim().to_string(),
            description: self.description.trim().to_string(),
            starts_on,
            ends_on,
            lead_org_id: self.lead_org_id,
        })
    }
}

impl RawResult {
    pub fn parse(&self) -> Result<ResultInput, FieldErrors> {
        let mut e = FieldErrors::new();
        let kind = if self.kind.trim().is_empty() {
            Some(ResultKind::Deliverable)
        } else {
            e.check("kind", ResultKind::parse(&self.kind))
        };
        check_text(&mut e, "title", &self.title, 3, MAX_PROJECT_TITLE);
        check_text(&mut e, "description", &self.description, 0, MAX_OBJECTIVES);
        let url = opt_url(&mut e, "url", &self.url);
        let delivered_on = opt_day(&mut e, "delivered_on", &self.delivered_on);
        match (e.is_empty(), kind) {
            (true, Some(kind)) => Ok(ResultInput {
                kind,
                title: self.title.trim().to_string(),
                description: self.description.trim().to_string(),
                url,
                delivered_on,
                work_package_id: self.work_package_id,
            }),
            _ => Err(e),
        }
    }
}

fn validation(e: DomainError) -> FieldErrors {
    match e {
        DomainError::Validation(f) => f,
        other => {
            let mut f = FieldErrors::new();
            f.add("form", other.to_string());
            f
        }
    }
}

/// Writes rows as CSV with every cell made formula-safe.
pub fn write_csv(header: &[String], rows: &[Vec<String>]) -> DomainResult<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header.iter().map(|h| crate::model::csv_cell(h)))
        .map_err(DomainError::internal)?;
    for r in rows {
        w.write_record(r.iter().map(|c| crate::model::csv_cell(c)))
            .map_err(DomainError::internal)?;
    }
    let bytes = w.into_inner().map_err(DomainError::internal)?;
    String::from_utf8(bytes).map_err(DomainError::internal)
}

#[async_trait]
pub trait ProjectRepo: Send + Sync {
    async fn project(&self, id: Id) -> DomainResult<Option<Project>>;
    /// The consortium, lead partner first, then by position.
    async fn project_partners(&self, project_id: Id) -> DomainResult<Vec<ProjectPartner>>;
    /// Projects passing the programme, status, country and year filters, newest start first.
    async fn list_projects(&self, filter: &ProjectFilter) -> DomainResult<Vec<Project>>;
    /// The partners of these projects, each project's lead first.
    async fn partners_of_projects(&self, ids: &[Id]) -> DomainResult<Vec<ProjectPartner>>;
    /// Creates the project with its lead and further partners in one transaction.
    async fn create_project(
        &self,
        input: &ProjectInput,
        partners: &[PartnerInput],
        created_by: Option<Id>,
    ) -> DomainResult<Id>;
    async fn update_project(&self, id: Id, input: &ProjectInput) -> DomainResult<bool>;
    async fn delete_project(&self, id: Id) -> DomainResult<bool>;
    /// Adds a partner; `Conflict` when the organisation or PIC is already a partner, or the
    /// project would not have exactly one lead partner.
    async fn add_partner(&self, project_id: Id, input: &PartnerInput) -> DomainResult<Id>;
    /// Making a partner the lead turns the previous lead into a partner, in the same transaction.
    async fn update_partner(
        &self,
        project_id: Id,
        partner_id: Id,
        input: &PartnerInput,
    ) -> DomainResult<bool>;
    /// `Conflict` when it is the lead partner.
    async fn remove_partner(&self, project_id: Id, partner_id: Id) -> DomainResult<bool>;
    async fn work_packages(&self, project_id: Id) -> DomainResult<Vec<WorkPackage>>;
    async fn add_work_package(&self, project_id: Id, input: &WorkPackageInput) -> DomainResult<Id>;
    async fn update_work_package(
        &self,
        project_id: Id,
        wp_id: Id,
        input: &WorkPackageInput,
    ) -> DomainResult<bool>;
    async fn delete_work_package(&self, project_id: Id, wp_id: Id) -> DomainResult<bool>;
    async fn project_results(&self, project_id: Id) -> DomainResult<Vec<ProjectResult>>;
    async fn add_result(&self, project_id: Id, input: &ResultInput) -> DomainResult<Id>;
    async fn update_result(
        &self,
        project_id: Id,
        result_id: Id,
        input: &ResultInput,
    ) -> DomainResult<bool>;
    async fn delete_result(&self, project_id: Id, result_id: Id) -> DomainResult<bool>;
    /// The ids of the project's events, by start.
    async fn project_event_ids(&self, project_id: Id) -> DomainResult<Vec<Id>>;
    /// The projects an event is part of: (id, acronym), by acronym.
    async fn event_projects(&self, event_id: Id) -> DomainResult<Vec<(Id, String)>>;
    /// `Conflict` when already linked.
    async fn link_event(&self, project_id: Id, event_id: Id) -> DomainResult<()>;
    async fn unlink_event(&self, project_id: Id, event_id: Id) -> DomainResult<bool>;
    /// The projects the organisation is a partner of, with its role, newest start first.
    async fn org_projects(&self, org_id: Id) -> DomainResult<Vec<ProjectLink>>;
}

/// The project service: parsing against the vocabularies, the lead-partner rule and access.
pub struct Projects<'a> {
    pub repo: &'a dyn Repository,
}

impl Projects<'_> {
    async fn check_codes(
        &self,
        e: &mut FieldErrors,
        prefix: &str,
        country: Option<&CountryCode>,
        nuts: Option<&NutsCode>,
    ) -> DomainResult<()> {
        if let Some(c) = country {
            let known = self.repo.countries().await?;
            if !known.is_empty() && !known.iter().any(|k| k.code == c.as_str()) {
                e.add(
                    format!("{prefix}country"),
                    format!("{c} is not a known country code"),
                );
            }
        }
        if let Some(n) = nuts {
            if self.repo.nuts_region(n.as_str()).await?.is_none() {
                e.add(
                    format!("{prefix}nuts"),
                    format!("{n} is not a NUTS 2021 region"),
                );
            } else if let Some(c) = country {
                if !nuts_in_country(n, c) {
                    e.add(
                        format!("{prefix}nuts"),
                        format!("{n} is not a region of {c}"),
                    );
                }
            }
        }
        Ok(())
    }

    async fn parse_project(&self, raw: &RawProject) -> DomainResult<ProjectInput> {
        let parsed = raw.parse();
        let mut e = parsed.clone().err().unwrap_or_default();
        for n in raw.nace.iter().filter_map(|c| NaceCode::parse(c).ok()) {
            if self.repo.nace_entry(n.as_str(), "en").await?.is_none() {
                e.add("nace", format!("{n} is not a NACE Rev. 2 code"));
            }
        }
        match parsed {
            Ok(p) if e.is_empty() => Ok(p),
            _ => Err(DomainError::Validation(e)),
        }
    }

    /// Parses a partner; fields are named with `prefix` (e.g. `partners[0].`) in errors.
    async fn parse_partner(
        &self,
        raw: &RawPartner,
        prefix: &str,
        default_role: PartnerRole,
    ) -> DomainResult<PartnerInput> {
        let mut e = FieldErrors::new();
        let f = |name: &str| format!("{prefix}{name}");
        let org = match raw.org_id {
            Some(id) => {
                let o = self.repo.org(id).await?;
                if o.is_none() {
                    e.add(f("org_id"), format!("organisation {id} does not exist"));
                }
                o
            }
            None => None,
        };
        let name = nonblank(&raw.name)
            .map(String::from)
            .or_else(|| org.as_ref().map(|o| o.name.clone()));
        match &name {
            None if raw.org_id.is_none() => {
                e.add(f("name"), "give an organisation or a partner name")
            }
            Some(n) if n.chars().count() > MAX_PROJECT_TITLE => e.add(
                f("name"),
                format!("must be at most {MAX_PROJECT_TITLE} characters long"),
            ),
            _ => {}
        }
        let role = if raw.role.trim().is_empty() {
            Some(default_role)
        } else {
            e.check(&f("role"), PartnerRole::parse(&raw.role))
        };
        let country = match nonblank(&raw.country) {
            Some(c) => e.check(&f("country"), CountryCode::parse(c)),
            None => match &org {
                Some(o) => Some(o.country.clone()),
                None => {
                    e.add(f("country"), "must not be empty");
                    None
                }
            },
        };
        let nuts = match nonblank(&raw.nuts) {
            Some(n) => e.check(&f("nuts"), NutsCode::parse(n)),
            None if nonblank(&raw.country).is_none() => org.as_ref().and_then(|o| o.nuts.clone()),
            None => None,
        };
        self.check_codes(&mut e, prefix, country.as_ref(), nuts.as_ref())
            .await?;
        let pic = nonblank(&raw.pic).map(String::from);
        if pic
            .as_ref()
            .is_some_and(|p| p.len() != 9 || !p.chars().all(|c| c.is_ascii_digit()))
        {
            e.add(f("pic"), "must be a nine-digit PIC");
        }
        let eu_contribution = parse_money(&mut e, &f("eu_contribution"), &raw.eu_contribution);
        e.into_result()?;
        match (name, role, country) {
            (Some(name), Some(role), Some(country)) => Ok(PartnerInput {
                org_id: raw.org_id,
                name,
                pic,
                role,
                country,
                nuts,
                eu_contribution,
            }),
            _ => Err(DomainError::Internal("partner parse".into())),
        }
    }

    pub async fn access(&self, actor: &Actor, id: Id) -> DomainResult<ProjectAccess> {
        let partners = self.repo.project_partners(id).await?;
        Ok(ProjectAccess::of(actor, &partners))
    }

    async fn existing(&self, id: Id) -> DomainResult<Project> {
        self.repo.project(id).await?.ok_or(DomainError::NotFound)
    }

    async fn require_edit(&self, actor: &Actor, id: Id) -> DomainResult<()> {
        self.existing(id).await?;
        self.access(actor, id).await?.require_edit(actor)
    }

    async fn require_manage(&self, actor: &Actor, id: Id) -> DomainResult<()> {
        self.existing(id).await?;
        self.access(actor, id).await?.require_manage(actor)
    }

    /// One page of the projects passing the filter, and how many passed.
    pub async fn list(
        &self,
        filter: &ProjectFilter,
        offset: usize,
        limit: usize,
    ) -> DomainResult<(Vec<ProjectSummary>, usize)> {
        let words: Vec<String> = filter
            .text
            .as_deref()
            .unwrap_or("")
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let all: Vec<Project> = self
            .repo
            .list_projects(filter)
            .await?
            .into_iter()
            .filter(|p| filter.sector.as_ref().is_none_or(|s| s.matches(p)))
            .filter(|p| {
                if words.is_empty() {
                    return true;
                }
                let hay = format!(
                    "{} {} {}",
                    p.acronym,
                    p.title,
                    p.objectives
                        .iter()
                        .map(|o| o.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                )
                .to_lowercase();
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .collect();
        let total = all.len();
        let page: Vec<Project> = all.into_iter().skip(offset).take(limit).collect();
        let ids: Vec<Id> = page.iter().map(|p| p.id).collect();
        let partners = self.repo.partners_of_projects(&ids).await?;
        let items = page
            .into_iter()
            .map(|project| {
                let mine: Vec<&ProjectPartner> = partners
                    .iter()
                    .filter(|pp| pp.project_id == project.id)
                    .collect();
                let lead = mine.iter().find(|pp| pp.role == PartnerRole::Lead);
                let mut countries: Vec<String> =
                    mine.iter().map(|pp| pp.country.to_string()).collect();
                countries.sort();
                countries.dedup();
                ProjectSummary {
                    lead: lead.map(|l| l.name.clone()),
                    lead_org_id: lead.and_then(|l| l.org_id),
                    partners_count: mine.len(),
                    countries,
                    project,
                }
            })
            .collect();
        Ok((items, total))
    }

    /// Everything about a project; events the actor may not see are left out.
    pub async fn get(&self, actor: &Actor, id: Id) -> DomainResult<ProjectDetail> {
        let project = self.existing(id).await?;
        let viewer = EventViewer::of(self.repo, actor).await?;
        let ev = Events { repo: self.repo };
        let mut events = Vec::new();
        for eid in self.repo.project_event_ids(id).await? {
            if let Ok(e) = ev.get(&viewer, eid).await {
                events.push(ProjectEvent {
                    id: e.id,
                    title: e.title,
                    starts_at: e.starts_at,
                    ends_at: e.ends_at,
                    timezone: e.timezone,
                });
            }
        }
        events.sort_by_key(|e| e.starts_at);
        Ok(ProjectDetail {
            project,
            partners: self.repo.project_partners(id).await?,
            work_packages: self.repo.work_packages(id).await?,
            results: self.repo.project_results(id).await?,
            events,
        })
    }

    /// Creates a project with the caller's organisation `lead_org_id` as the lead partner.
    pub async fn create(&self, actor: &Actor, raw: &RawProject) -> DomainResult<Project> {
        let user = actor.require_user()?;
        let (input, mut e) = match self.parse_project(raw).await {
            Ok(i) => (Some(i), FieldErrors::new()),
            Err(DomainError::Validation(f)) => (None, f),
            Err(other) => return Err(other),
        };
        let mut partners = Vec::new();
        match raw.lead_org_id {
            None => e.add("lead_org_id", "choose an organisation you administer"),
            Some(org) => {
                if !actor.is_platform_admin() && actor.role_in(org) != Some(OrgRole::Admin) {
                    e.add("lead_org_id", "choose an organisation you administer");
                } else {
                    let lead = RawPartner {
                        org_id: Some(org),
                        role: "lead".into(),
                        ..Default::default()
                    };
                    match self.parse_partner(&lead, "lead_", PartnerRole::Lead).await {
                        Ok(p) => partners.push(p),
                        Err(DomainError::Validation(f)) => {
                            e.fields.extend(f.fields.into_iter().map(|mut x| {
                                x.field = "lead_org_id".into();
                                x
                            }))
                        }
                        Err(other) => return Err(other),
                    }
                }
            }
        }
        for (i, rp) in raw.partners.iter().enumerate() {
            let prefix = format!("partners[{i}].");
            match self.parse_partner(rp, &prefix, PartnerRole::Partner).await {
                Ok(p) if p.role == PartnerRole::Lead => e.add(
                    format!("{prefix}role"),
                    "the project already has a lead partner",
                ),
                Ok(p) => {
                    if partners.iter().any(|q: &PartnerInput| {
                        (q.org_id.is_some() && q.org_id == p.org_id)
                            || (q.pic.is_some() && q.pic == p.pic)
                    }) {
                        e.add(
                            format!("{prefix}org_id"),
                            "the organisation is already a partner",
                        );
                    } else {
                        partners.push(p)
                    }
                }
                Err(DomainError::Validation(f)) => e.fields.extend(f.fields),
                Err(other) => return Err(other),
            }
        }
        e.into_result()?;
        let input = input.ok_or_else(|| DomainError::Internal("project parse".into()))?;
        let id = self
            .repo
            .create_project(&input, &partners, Some(user.id))
            .await
            .map_err(conflict_as("partners"))?;
        self.repo
            .audit(Some(user.id), "project.create", &format!("project:{id}"))
            .await?;
        self.existing(id).await
    }

    pub async fn update(&self, actor: &Actor, id: Id, raw: &RawProject) -> DomainResult<Project> {
        self.require_edit(actor, id).await?;
        let input = self.parse_project(raw).await?;
        let mut input = input;
        input.is_demo = self.existing(id).await?.is_demo;
        if !self.repo.update_project(id, &input).await? {
            return Err(DomainError::NotFound);
        }
        self.repo
            .audit(actor.user_id(), "project.update", &format!("project:{id}"))
            .await?;
        self.existing(id).await
    }

    pub async fn delete(&self, actor: &Actor, id: Id) -> DomainResult<()> {
        self.require_manage(actor, id).await?;
        if !self.repo.delete_project(id).await? {
            return Err(DomainError::NotFound);
        }
        self.repo
            .audit(actor.user_id(), "project.delete", &format!("project:{id}"))
            .await
    }

    pub async fn add_partner(
        &self,
        actor: &Actor,
        id: Id,
        raw: &RawPartner,
    ) -> DomainResult<ProjectPartner> {
        self.require_manage(actor, id).await?;
        let input = self.parse_partner(raw, "", PartnerRole::Partner).await?;
        let partners = self.repo.project_partners(id).await?;
        if input.role == PartnerRole::Lead && partners.iter().any(|p| p.role == PartnerRole::Lead) {
            return Err(DomainError::field(
                "role",
                "the project already has a lead partner",
            ));
        }
        if partners.iter().any(|p| {
            (input.org_id.is_some() && p.org_id == input.org_id)
                || (input.pic.is_some() && p.pic == input.pic)
        }) {
            return Err(DomainError::field(
                "org_id",
                "the organisation is already a partner",
            ));
        }
        let pid = self
            .repo
            .add_partner(id, &input)
            .await
            .map_err(conflict_as("org_id"))?;
        self.partner(id, pid).await
    }

    async fn partner(&self, id: Id, pid: Id) -> DomainResult<ProjectPartner> {
        self.repo
            .project_partners(id)
            .await?
            .into_iter()
            .find(|p| p.id == pid)
            .ok_or(DomainError::NotFound)
    }

    pub async fn update_partner(
        &self,
        actor: &Actor,
        id: Id,
        pid: Id,
        raw: &RawPartner,
    ) -> DomainResult<ProjectPartner> {
        self.require_manage(actor, id).await?;
        let current = self.partner(id, pid).await?;
        let input = self.parse_partner(raw, "", current.role).await?;
        let partners = self.repo.project_partners(id).await?;
        // Making a partner the lead hands the role over: the previous lead becomes a partner.
        let leads_after = if input.role == PartnerRole::Lead {
            1
        } else {
            partners
                .iter()
                .filter(|p| p.id != pid && p.role == PartnerRole::Lead)
                .count()
        };
        if leads_after == 0 {
            return Err(DomainError::field(
                "role",
                "a project has exactly one lead partner",
            ));
        }
        if partners.iter().any(|p| {
            p.id != pid
                && ((input.org_id.is_some() && p.org_id == input.org_id)
                    || (input.pic.is_some() && p.pic == input.pic))
        }) {
            return Err(DomainError::field(
                "org_id",
                "the organisation is already a partner",
            ));
        }
        if !self
            .repo
            .update_partner(id, pid, &input)
            .await
            .map_err(conflict_as("org_id"))?
        {
            return Err(DomainError::NotFound);
        }
        self.partner(id, pid).await
    }

    pub async fn remove_partner(&self, actor: &Actor, id: Id, pid: Id) -> DomainResult<()> {
        self.require_manage(actor, id).await?;
        let p = self.partner(id, pid).await?;
        if p.role == PartnerRole::Lead {
            return Err(DomainError::field(
                "role",
                "the lead partner cannot be removed; make another partner the lead first",
            ));
        }
        if !self
            .repo
            .remove_partner(id, pid)
            .await
            .map_err(conflict_as("role"))?
        {
            return Err(DomainError::NotFound);
        }
        Ok(())
    }

    async fn check_wp(&self, id: Id, input: &WorkPackageInput) -> DomainResult<()> {
        if let Some(org) = input.lead_org_id {
            let partners = self.repo.project_partners(id).await?;
            if !partners.iter().any(|p| p.org_id == Some(org)) {
                return Err(DomainError::field(
                    "lead_org_id",
                    "must be one of the project's partners",
                ));
            }
        }
        Ok(())
    }

    pub async fn add_work_package(
        &self,
        actor: &Actor,
        id: Id,
        raw: &RawWorkPackage,
    ) -> DomainResult<WorkPackage> {
        self.require_edit(actor, id).await?;
        let input = raw.parse().map_err(DomainError::Validation)?;
        self.check_wp(id, &input).await?;
        let wid = self.repo.add_work_package(id, &input).await?;
        self.work_package(id, wid).await
    }

    async fn work_package(&self, id: Id, wid: Id) -> DomainResult<WorkPackage> {
        self.repo
            .work_packages(id)
            .await?
            .into_iter()
            .find(|w| w.id == wid)
            .ok_or(DomainError::NotFound)
    }

    pub async fn update_work_package(
        &self,
        actor: &Actor,
        id: Id,
        wid: Id,
        raw: &RawWorkPackage,
    ) -> DomainResult<WorkPackage> {
        self.require_edit(actor, id).await?;
        self.work_package(id, wid).await?;
        let input = raw.parse().map_err(DomainError::Validation)?;
        self.check_wp(id, &input).await?;
        if !self.repo.update_work_package(id, wid, &input).await? {
            return Err(DomainError::NotFound);
        }
        self.work_package(id, wid).await
    }

    pub async fn delete_work_package(&self, actor: &Actor, id: Id, wid: Id) -> DomainResult<()> {
        self.require_edit(actor, id).await?;
        if !self.repo.delete_work_package(id, wid).await? {
            return Err(DomainError::NotFound);
        }
        Ok(())
    }

    async fn check_result(&self, id: Id, input: &ResultInput) -> DomainResult<()> {
        if let Some(w) = input.work_package_id {
            if self.work_package(id, w).await.is_err() {
                return Err(DomainError::field(
                    "work_package_id",
                    "is not a work package of this project",
                ));
            }
        }
        Ok(())
    }

    async fn result(&self, id: Id, rid: Id) -> DomainResult<ProjectResult> {
        self.repo
            .project_results(id)
            .await?
            .into_iter()
            .find(|w| w.id == rid)
            .ok_or(DomainError::NotFound)
    }

    pub async fn add_result(
        &self,
        actor: &Actor,
        id: Id,
        raw: &RawResult,
    ) -> DomainResult<ProjectResult> {
        self.require_edit(actor, id).await?;
        let input = raw.parse().map_err(DomainError::Validation)?;
        self.check_result(id, &input).await?;
        let rid = self.repo.add_result(id, &input).await?;
        self.result(id, rid).await
    }

    pub async fn update_result(
        &self,
        actor: &Actor,
        id: Id,
        rid: Id,
        raw: &RawResult,
    ) -> DomainResult<ProjectResult> {
        self.require_edit(actor, id).await?;
        self.result(id, rid).await?;
        let input = raw.parse().map_err(DomainError::Validation)?;
        self.check_result(id, &input).await?;
        if !self.repo.update_result(id, rid, &input).await? {
            return Err(DomainError::NotFound);
        }
        self.result(id, rid).await
    }

    pub async fn delete_result(&self, actor: &Actor, id: Id, rid: Id) -> DomainResult<()> {
        self.require_edit(actor, id).await?;
        if !self.repo.delete_result(id, rid).await? {
            return Err(DomainError::NotFound);
        }
        Ok(())
    }

    /// Links an event the actor can see to the project.
    pub async fn link_event(
        &self,
        actor: &Actor,
        id: Id,
        event_id: Option<Id>,
    ) -> DomainResult<()> {
        self.require_edit(actor, id).await?;
        let Some(event_id) = event_id else {
            return Err(DomainError::field("event_id", "must not be empty"));
        };
        let viewer = EventViewer::of(self.repo, actor).await?;
        if (Events { repo: self.repo })
            .get(&viewer, event_id)
            .await
            .is_err()
        {
            return Err(DomainError::field(
                "event_id",
                "is not the number of an existing event",
            ));
        }
        self.repo
            .link_event(id, event_id)
            .await
            .map_err(conflict_as("event_id"))
    }

    pub async fn unlink_event(&self, actor: &Actor, id: Id, event_id: Id) -> DomainResult<()> {
        self.require_edit(actor, id).await?;
        if !self.repo.unlink_event(id, event_id).await? {
            return Err(DomainError::NotFound);
        }
        Ok(())
    }

    pub async fn org_projects(&self, org_id: Id) -> DomainResult<Vec<ProjectLink>> {
        self.repo.org_projects(org_id).await
    }
}

/// Store conflicts (a repeated partner, a second lead, an event linked twice) as a field message.
fn conflict_as(field: &'static str) -> impl Fn(DomainError) -> DomainError {
    move |e| match e {
        DomainError::Conflict(m) if m.contains("lead") => {
            DomainError::field("role", "a project has exactly one lead partner")
        }
        DomainError::Conflict(_) => DomainError::field(
            field,
            match field {
                "event_id" => "the event is already linked",
                "partners" | "org_id" => "the organisation is already a partner",
                _ => "a project has exactly one lead partner",
            },
        ),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts() {
        let ok = |s: &str| Money::parse_amount(s).unwrap();
        assert_eq!(ok("1499998"), 149_999_800);
        assert_eq!(ok("1499998.0"), 149_999_800);
        assert_eq!(ok("1 499 998,50"), 149_999_850);
        assert_eq!(ok("1,499,998.50"), 149_999_850);
        assert_eq!(ok("1.499.998,50"), 149_999_850);
        assert_eq!(ok("2 450 000 EUR"), 245_000_000);
        assert_eq!(ok("1,500"), 150_000);
        assert_eq!(ok("1,5"), 150);
        assert_eq!(ok("0.07"), 7);
        assert!(Money::parse_amount("-5").is_err());
        assert!(Money::parse_amount("abc").is_err());
        assert!(Money::parse_amount("1.234").is_ok());
        assert!(Money::parse_amount("1.2345").is_err());
        assert!(Money::parse_amount("12,3,4").is_err());
        assert!(Money::parse_amount("1,23,456.00").is_err());
        assert_eq!(ok(".5"), 50);
        assert_eq!(
            Money {
                minor: 245_000_050,
                currency: Currency::EUR
            }
            .plain(),
            "2450000.50"
        );
        assert!(Currency::parse("eur").is_ok());
        assert!(Currency::parse("EURO").is_err());
    }
}
