//! The organisation directory: parsing profiles from forms, JSON and CSV, checking them against
//! the vocabularies, keeping the search index in step, cluster membership and verification.

use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::model::*;
use crate::policy::Actor;
use crate::repo::Repository;
use crate::search::{DirectoryIndex, OrgDoc};
use crate::types::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

/// A profile as text fields, before parsing: what a form, a JSON body or a CSV row carries.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawOrgInput {
    /// cluster, company, university, research, public_authority, business_support, other
    #[serde(rename = "type")]
    pub kind: String,
    /// micro, small, medium, large (companies only)
    pub size_class: Option<String>,
    pub name: String,
    pub short_name: Option<String>,
    /// ISO 3166-1 alpha-2, e.g. PL
    pub country: String,
    /// NUTS 2021 code of any level inside the country, e.g. PL81
    pub nuts: Option<String>,
    /// NACE Rev. 2 codes, e.g. ["35.11", "71.12"]
    pub nace: Vec<String>,
    pub ecosystems: Vec<String>,
    pub keywords: Vec<String>,
    pub website: Option<String>,
    #[serde(deserialize_with = "string_or_number")]
    #[schema(value_type = Option<i32>)]
    pub year_founded: Option<String>,
    /// Language tags, e.g. ["pl", "en"]
    pub languages: Vec<String>,
    pub descriptions: Vec<LocalizedText>,
    /// Full-time equivalents of cluster management staff.
    #[serde(deserialize_with = "string_or_number")]
    #[schema(value_type = Option<f64>)]
    pub management_fte: Option<String>,
}

/// JSON clients send numbers, forms send text: both arrive as text and parse alike.
pub(crate) fn string_or_number<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Text(String),
        Number(serde_json::Number),
    }
    Ok(Option::<Raw>::deserialize(d)?.map(|r| match r {
        Raw::Text(s) => s,
        Raw::Number(n) => n.to_string(),
    }))
}

pub const MAX_DESCRIPTION_CHARS: usize = 5000;

fn blank(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Splits a list typed into one field: `;` or `,` separated.
pub fn split_list(raw: &str) -> Vec<String> {
    raw.split([';', ',', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

impl RawOrgInput {
    /// Parses every field, collecting all problems rather than stopping at the first.
    pub fn parse(&self) -> Result<OrganisationInput, FieldErrors> {
        let mut e = FieldErrors::new();
        let kind = e.check("type", OrgKind::parse(&self.kind));
        let size_class = match blank(&self.size_class) {
            None => None,
            Some(s) => e.check("size_class", SizeClass::parse(s)),
        };
        if size_class.is_some() && kind.is_some_and(|k| k != OrgKind::Company) {
            e.add("size_class", "applies to companies only");
        }
        let name = self.name.trim().to_string();
        match name.chars().count() {
            0 => e.add("name", "must not be empty"),
            1 => e.add("name", "must be at least 2 characters long"),
            n if n > 200 => e.add("name", "must be at most 200 characters long"),
            _ => {}
        }
        let short_name = blank(&self.short_name).map(String::from);
        if short_name.as_ref().is_some_and(|s| s.chars().count() > 40) {
            e.add("short_name", "must be at most 40 characters long");
        }
        let country = if self.country.trim().is_empty() {
            e.add("country", "must not be empty");
            None
        } else {
            e.check("country", CountryCode::parse(&self.country))
        };
        let nuts = match blank(&self.nuts) {
            None => None,
            Some(s) => e.check("nuts", NutsCode::parse(s)),
        };
        if let (Some(c), Some(n)) = (&country, &nuts) {
            if !nuts_in_country(n, c) {
                e.add("nuts", format!("{n} is not a region of {c}"));
            }
        }
        let mut nace = Vec::new();
        for raw in &self.nace {
            if let Some(code) = e.check("nace", NaceCode::parse(raw)) {
                if !nace.contains(&code) {
                    nace.push(code);
                }
            }
        }
        if nace.len() > 20 {
            e.add("nace", "at most 20 codes");
        }
        let mut ecosystems = Vec::new();
        for raw in &self.ecosystems {
            if let Some(x) = e.check("ecosystems", Ecosystem::parse(raw)) {
                if !ecosystems.contains(&x) {
                    ecosystems.push(x);
                }
            }
        }
        let keywords: Vec<String> = self
            .keywords
            .iter()
            .map(|k| k.trim().to_string())
            .filter(|k| !k.is_empty())
            .collect();
        if keywords.len() > 30 {
            e.add("keywords", "at most 30 keywords");
        }
        if keywords.iter().any(|k| k.chars().count() > 60) {
            e.add(
                "keywords",
                "each keyword must be at most 60 characters long",
            );
        }
        let website = match blank(&self.website) {
            None => None,
            Some(s) => e.check("website", Website::parse(s)),
        };
        let this_year = time::OffsetDateTime::now_utc().year();
        let year_founded = match blank(&self.year_founded) {
            None => None,
            Some(s) => match s.parse::<i32>() {
                Ok(y) if (1800..=this_year).contains(&y) => Some(y),
                Ok(_) => {
                    e.add(
                        "year_founded",
                        format!("must be between 1800 and {this_year}"),
                    );
                    None
                }
                Err(_) => {
                    e.add("year_founded", "must be a year, e.g. 2012");
                    None
                }
            },
        };
        let mut languages = Vec::new();
        for raw in &self.languages {
            if let Some(l) = e.check("languages", LanguageTag::parse(raw)) {
                if !languages.contains(&l) {
                    languages.push(l);
                }
            }
        }
        let mut descriptions: Vec<LocalizedText> = Vec::new();
        for d in &self.descriptions {
            let text = d.text.trim();
            if text.is_empty() {
                continue;
            }
            let field = format!("description_{}", d.lang);
            if text.chars().count() > MAX_DESCRIPTION_CHARS {
                e.add(
                    &field,
                    format!("must be at most {MAX_DESCRIPTION_CHARS} characters long"),
                );
            } else if descriptions.iter().any(|x| x.lang == d.lang) {
                e.add(&field, "is given twice");
            } else {
                descriptions.push(LocalizedText {
                    lang: d.lang.clone(),
                    text: text.to_string(),
                });
            }
        }
        let management_fte = match blank(&self.management_fte) {
            None => None,
            Some(s) => {
                match s.replace(',', ".").parse::<f64>() {
                    Ok(x) if (0.0..=1000.0).contains(&x) => Some(x),
                    _ => {
                        e.add("management_fte", "must be a number of full-time equivalents between 0 and 1000, e.g. 1.5");
                        None
                    }
                }
            }
        };
        if !e.is_empty() {
            return Err(e);
        }
        Ok(OrganisationInput {
            kind: kind.expect("checked"),
            size_class,
            name,
            short_name,
            country: country.expect("checked"),
            nuts,
            nace,
            ecosystems,
            keywords,
            website,
            year_founded,
            languages,
            descriptions,
            management_fte,
            is_demo: false,
        })
    }

    pub fn from_org(o: &Organisation) -> Self {
        RawOrgInput {
            kind: o.kind.code().into(),
            size_class: o.size_class.map(|s| s.code().into()),
            name: o.name.clone(),
            short_name: o.short_name.clone(),
            country: o.country.to_string(),
            nuts: o.nuts.as_ref().map(|n| n.to_string()),
            nace: o.nace.iter().map(|c| c.to_string()).collect(),
            ecosystems: o.ecosystems.iter().map(|x| x.code().to_string()).collect(),
            keywords: o.keywords.clone(),
            website: o.website.as_ref().map(|w| w.to_string()),
            year_founded: o.year_founded.map(|y| y.to_string()),
            languages: o.languages.iter().map(|l| l.to_string()).collect(),
            descriptions: o.descriptions.clone(),
            management_fte: o.management_fte.map(|x| x.to_string()),
        }
    }
}

/// Eurostat writes Greece as EL where ISO 3166 has GR.
pub fn nuts_in_country(nuts: &NutsCode, country: &CountryCode) -> bool {
    let c = country.as_str();
    nuts.country() == c || (c == "GR" && nuts.country() == "EL")
}

/// The platform's verification criteria for cluster organisations.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Checklist {
    /// False for other kinds of organisation: an administrator checks the profile by hand.
    pub applies: bool,
    pub committed_members: usize,
    pub member_kinds: usize,
    pub management_fte: Option<f64>,
    pub enough_members: bool,
    pub enough_kinds: bool,
    pub enough_management: bool,
}

pub const MIN_COMMITTED_MEMBERS: usize = 15;
pub const MIN_MEMBER_KINDS: usize = 2;
pub const MIN_MANAGEMENT_FTE: f64 = 0.5;

impl Checklist {
    pub fn evaluate(org: &Organisation, members: &[ClusterMember]) -> Self {
        let committed: Vec<&ClusterMember> = members.iter().filter(|m| m.committed).collect();
        let kinds: HashSet<OrgKind> = committed.iter().map(|m| m.kind).collect();
        Checklist {
            applies: org.kind == OrgKind::Cluster,
            committed_members: committed.len(),
            member_kinds: kinds.len(),
            management_fte: org.management_fte,
            enough_members: committed.len() >= MIN_COMMITTED_MEMBERS,
            enough_kinds: kinds.len() >= MIN_MEMBER_KINDS,
            enough_management: org.management_fte.is_some_and(|x| x >= MIN_MANAGEMENT_FTE),
        }
    }
    pub fn passes(&self) -> bool {
        !self.applies || (self.enough_members && self.enough_kinds && self.enough_management)
    }
}

/// Member counts by kind of organisation (the triple helix and friends), in `OrgKind::ALL` order.
pub fn members_by_kind(members: &[ClusterMember]) -> Vec<(OrgKind, usize)> {
    OrgKind::ALL
        .iter()
        .map(|k| (*k, members.iter().filter(|m| m.kind == *k).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// One rejected row of an import.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct RowError {
    /// The line in the file (the header is line 1).
    pub line: u64,
    pub field: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ImportReport {
    pub imported: usize,
    pub ids: Vec<Id>,
}

/// Columns of the organisation CSV (import and export share them).
pub const CSV_COLUMNS: &[&str] = &[
    "name",
    "short_name",
    "type",
    "size_class",
    "country",
    "nuts",
    "nace",
    "ecosystems",
    "keywords",
    "website",
    "year_founded",
    "languages",
    "management_fte",
];
/// Columns that an export adds and an import accepts but ignores.
const CSV_EXPORT_ONLY: &[&str] = &["id", "verification", "is_demo"];

/// Vocabulary look-ups remembered across the rows of one import.
#[derive(Debug, Default)]
pub struct KnownCodes {
    countries: Option<HashSet<String>>,
    nuts: HashMap<String, bool>,
    nace: HashMap<String, bool>,
}

/// The directory's operations, over the repository and the search index.
pub struct Directory<'a> {
    pub repo: &'a dyn Repository,
    pub index: &'a dyn DirectoryIndex,
}

impl Directory<'_> {
    /// Checks codes against the stored vocabularies. Works on the raw text, so that a form
    /// with other mistakes still hears about unknown codes in the same answer.
    pub async fn check_vocabularies(
        &self,
        raw: &RawOrgInput,
        known: &mut KnownCodes,
        errors: &mut FieldErrors,
    ) -> DomainResult<()> {
        if let Ok(country) = CountryCode::parse(&raw.country) {
            if known.countries.is_none() {
                known.countries = Some(
                    self.repo
                        .countries()
                        .await?
                        .into_iter()
                        .map(|c| c.code)
                        .collect(),
                );
            }
            let countries = known.countries.as_ref().expect("just loaded");
            if !countries.is_empty() && !countries.contains(country.as_str()) {
                errors.add("country", format!("{country} is not a known country code"));
            }
        }
        if let Some(Ok(n)) = blank(&raw.nuts).map(NutsCode::parse) {
            if !known.nuts.contains_key(n.as_str()) {
                let exists = self.repo.nuts_region(n.as_str()).await?.is_some();
                known.nuts.insert(n.to_string(), exists);
            }
            if !known.nuts[n.as_str()] {
                errors.add("nuts", format!("{n} is not a NUTS 2021 region"));
            }
        }
        for code in raw.nace.iter().filter_map(|c| NaceCode::parse(c).ok()) {
            if !known.nace.contains_key(code.as_str()) {
                let exists = self.repo.nace_entry(code.as_str(), "en").await?.is_some();
                known.nace.insert(code.to_string(), exists);
            }
            if !known.nace[code.as_str()] {
                errors.add("nace", format!("{code} is not a NACE Rev. 2 code"));
            }
        }
        Ok(())
    }

    /// Parses and checks a profile, reporting every problem at once.
    async fn parse_checked(
        &self,
        raw: &RawOrgInput,
        known: &mut KnownCodes,
    ) -> DomainResult<OrganisationInput> {
        let parsed = raw.parse();
        let mut errors = match &parsed {
            Ok(_) => FieldErrors::new(),
            Err(e) => e.clone(),
        };
        self.check_vocabularies(raw, known, &mut errors).await?;
        match parsed {
            Ok(input) if errors.is_empty() => Ok(input),
            _ => Err(DomainError::Validation(errors)),
        }
    }

    fn reindex(&self, org: &Organisation) -> DomainResult<()> {
        self.index
            .upsert(OrgDoc::from(org))
            .map_err(DomainError::Internal)
    }

    pub async fn create(&self, actor: &Actor, raw: &RawOrgInput) -> DomainResult<Organisation> {
        actor.can_create_org()?;
        let input = self.parse_checked(raw, &mut KnownCodes::default()).await?;
        let org = self.repo.create_org(&input, actor.user_id()).await?;
        self.reindex(&org)?;
        self.repo
            .audit(
                actor.user_id(),
                "organisation.create",
                &format!("organisation:{}", org.id),
            )
            .await?;
        Ok(org)
    }

    pub async fn update(
        &self,
        actor: &Actor,
        id: Id,
        raw: &RawOrgInput,
    ) -> DomainResult<Organisation> {
        let existing = self.repo.org(id).await?.ok_or(DomainError::NotFound)?;
        actor.can_admin_org(id)?;
        let mut input = self.parse_checked(raw, &mut KnownCodes::default()).await?;
        input.is_demo = existing.is_demo;
        if input.kind != OrgKind::Cluster
            && existing.kind == OrgKind::Cluster
            && !self.repo.cluster_members(id).await?.is_empty()
        {
            return Err(DomainError::field(
                "type",
                "a cluster with members cannot change its type; remove its members first",
            ));
        }
        let org = self.repo.update_org(id, &input).await?;
        self.reindex(&org)?;
        self.repo
            .audit(
                actor.user_id(),
                "organisation.update",
                &format!("organisation:{id}"),
            )
            .await?;
        Ok(org)
    }

    /// Parses a whole CSV file; imports every row in one transaction, or nothing when any row is
    /// wrong (then every bad row is reported with its line and field).
    pub async fn import_csv(&self, actor: &Actor, text: &str) -> DomainResult<ImportReport> {
        self.import_csv_with_progress(actor, text, &mut |_| {})
            .await
    }

    /// `import_csv`, calling `progress` with the number of rows checked so far (every 500
    /// rows and at the end) — the command line shows it on long files.
    pub async fn import_csv_with_progress(
        &self,
        actor: &Actor,
        text: &str,
        progress: &mut (dyn FnMut(u64) + Send),
    ) -> DomainResult<ImportReport> {
        actor.can_moderate()?;
        let inputs = self.parse_csv(text, progress).await?;
        let ids = self.repo.create_orgs(&inputs).await?;
        for org in self.repo.orgs_by_ids(&ids).await? {
            self.reindex(&org)?;
        }
        self.repo
            .audit(
                actor.user_id(),
                "organisation.import",
                &format!("{} organisations", ids.len()),
            )
            .await?;
        Ok(ImportReport {
            imported: ids.len(),
            ids,
        })
    }

    async fn parse_csv(
        &self,
        text: &str,
        progress: &mut (dyn FnMut(u64) + Send),
    ) -> DomainResult<Vec<OrganisationInput>> {
        let row_err = |line: u64, field: &str, message: String| RowError {
            line,
            field: field.into(),
            message,
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = match reader.headers() {
            Ok(h) => h.iter().map(|h| h.trim().to_lowercase()).collect(),
            Err(e) => {
                return Err(DomainError::Rows(vec![row_err(
                    1,
                    "header",
                    format!("cannot read the header: {e}"),
                )]))
            }
        };
        let mut errors = Vec::new();
        for h in &headers {
            let known = CSV_COLUMNS.contains(&h.as_str())
                || CSV_EXPORT_ONLY.contains(&h.as_str())
                || h.strip_prefix("description_")
                    .is_some_and(|l| LanguageTag::parse(l).is_ok());
            if !known {
                errors.push(row_err(
                    1,
                    h,
                    format!(
                        "unknown column '{h}'; expected {} or description_LL",
                        CSV_COLUMNS.join(", ")
                    ),
                ));
            }
        }
        for required in ["name", "type", "country"] {
            if !headers.iter().any(|h| h == required) {
                errors.push(row_err(
                    1,
                    required,
                    format!("the required column '{required}' is missing"),
                ));
            }
        }
        if !errors.is_empty() {
            return Err(DomainError::Rows(errors));
        }
        let col = |name: &str| headers.iter().position(|h| h == name);
        let existing: HashMap<(String, String), Id> = self
            .repo
            .all_orgs()
            .await?
            .into_iter()
            .map(|o| ((o.name.to_lowercase(), o.country.to_string()), o.id))
            .collect();
        let mut seen: HashMap<(String, String), u64> = HashMap::new();
        let mut known = KnownCodes::default();
        let mut rows = 0u64;
        let mut inputs = Vec::new();
        for record in reader.records() {
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    let line = e.position().map(|p| p.line()).unwrap_or(0);
                    errors.push(row_err(line, "row", format!("malformed CSV: {e}")));
                    break;
                }
            };
            let line = record.position().map(|p| p.line()).unwrap_or(0);
            let get = |name: &str| {
                col(name)
                    .and_then(|i| record.get(i))
                    .map(str::trim)
                    .unwrap_or("")
                    .to_string()
            };
            let opt = |name: &str| Some(get(name)).filter(|s| !s.is_empty());
            let raw = RawOrgInput {
                kind: get("type"),
                size_class: opt("size_class"),
                name: get("name"),
                short_name: opt("short_name"),
                country: get("country"),
                nuts: opt("nuts"),
                nace: split_list(&get("nace")),
                ecosystems: split_list(&get("ecosystems")),
                keywords: split_list(&get("keywords")),
                website: opt("website"),
                year_founded: opt("year_founded"),
                languages: split_list(&get("languages")),
                management_fte: opt("management_fte"),
                descriptions: headers
                    .iter()
                    .enumerate()
                    .filter_map(|(i, h)| {
                        let lang = LanguageTag::parse(h.strip_prefix("description_")?).ok()?;
                        Some(LocalizedText {
                            lang,
                            text: record.get(i)?.to_string(),
                        })
                    })
                    .collect(),
            };
            rows += 1;
            if rows.is_multiple_of(500) {
                progress(rows);
            }
            let parsed = match self.parse_checked(&raw, &mut known).await {
                Ok(input) => Some(input),
                Err(DomainError::Validation(fe)) => {
                    errors.extend(
                        fe.fields
                            .into_iter()
                            .map(|f| row_err(line, &f.field, f.message)),
                    );
                    None
                }
                Err(e) => return Err(e),
            };
            if let Some(input) = parsed {
                let key = (input.name.to_lowercase(), input.country.to_string());
                if let Some(id) = existing.get(&key) {
                    errors.push(row_err(
                        line,
                        "name",
                        format!(
                            "'{}' in {} is already in the directory (id {id})",
                            input.name, input.country
                        ),
                    ));
                } else if let Some(first) = seen.get(&key) {
                    errors.push(row_err(
                        line,
                        "name",
                        format!("'{}' in {} repeats line {first}", input.name, input.country),
                    ));
                } else {
                    seen.insert(key, line);
                    inputs.push(input);
                }
            }
        }
        progress(rows);
        if !errors.is_empty() {
            return Err(DomainError::Rows(errors));
        }
        if inputs.is_empty() {
            return Err(DomainError::Rows(vec![row_err(
                2,
                "row",
                "the file has no organisations in it".into(),
            )]));
        }
        Ok(inputs)
    }

    pub async fn set_cluster_member(
        &self,
        actor: &Actor,
        cluster_id: Id,
        member_id: Id,
        committed: bool,
    ) -> DomainResult<()> {
        let cluster = self
            .repo
            .org(cluster_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        actor.can_admin_org(cluster_id)?;
        if cluster.kind != OrgKind::Cluster {
            return Err(DomainError::field(
                "member",
                "only cluster organisations have members",
            ));
        }
        if cluster_id == member_id {
            return Err(DomainError::field(
                "member",
                "a cluster cannot be its own member",
            ));
        }
        if self.repo.org(member_id).await?.is_none() {
            return Err(DomainError::field("member", "no organisation has this id"));
        }
        self.repo
            .set_cluster_member(cluster_id, member_id, committed)
            .await?;
        self.repo
            .audit(
                actor.user_id(),
                "cluster.member.set",
                &format!("organisation:{cluster_id} member:{member_id}"),
            )
            .await
    }

    pub async fn remove_cluster_member(
        &self,
        actor: &Actor,
        cluster_id: Id,
        member_id: Id,
    ) -> DomainResult<()> {
        self.repo
            .org(cluster_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        actor.can_admin_org(cluster_id)?;
        self.repo
            .remove_cluster_member(cluster_id, member_id)
            .await?;
        self.repo
            .audit(
                actor.user_id(),
                "cluster.member.remove",
                &format!("organisation:{cluster_id} member:{member_id}"),
            )
            .await
    }

    pub async fn checklist(&self, org: &Organisation) -> DomainResult<Checklist> {
        let members = self.repo.cluster_members(org.id).await?;
        Ok(Checklist::evaluate(org, &members))
    }

    /// An organisation administrator asks the platform to verify the profile.
    pub async fn request_verification(&self, actor: &Actor, id: Id) -> DomainResult<()> {
        let org = self.repo.org(id).await?.ok_or(DomainError::NotFound)?;
        actor.can_admin_org(id)?;
        if org.verification == VerificationStatus::Verified {
            return Err(DomainError::Conflict(
                "the profile is already verified".into(),
            ));
        }
        self.repo
            .set_verification(id, VerificationStatus::Pending, None)
            .await?;
        self.after_verification_change(actor, id, "verification.request")
            .await
    }

    /// A platform administrator verifies (the checklist must pass) or rejects (a reason is required).
    pub async fn decide_verification(
        &self,
        actor: &Actor,
        id: Id,
        approve: bool,
        reason: Option<&str>,
    ) -> DomainResult<()> {
        actor.can_moderate()?;
        let org = self.repo.org(id).await?.ok_or(DomainError::NotFound)?;
        if approve {
            let checklist = self.checklist(&org).await?;
            if !checklist.passes() {
                return Err(DomainError::field(
                    "checklist",
                    format!(
                        "a cluster needs at least {MIN_COMMITTED_MEMBERS} committed members of at least {MIN_MEMBER_KINDS} kinds and {MIN_MANAGEMENT_FTE} FTE of management"
                    ),
                ));
            }
            self.repo
                .set_verification(id, VerificationStatus::Verified, None)
                .await?;
            self.after_verification_change(actor, id, "verification.approve")
                .await
        } else {
            let reason = reason.map(str::trim).filter(|r| !r.is_empty());
            let Some(reason) = reason else {
                return Err(DomainError::field(
                    "reason",
                    "must not be empty when rejecting",
                ));
            };
            if reason.chars().count() > 1000 {
                return Err(DomainError::field(
                    "reason",
                    "must be at most 1000 characters long",
                ));
            }
            self.repo
                .set_verification(id, VerificationStatus::Rejected, Some(reason))
                .await?;
            self.after_verification_change(actor, id, "verification.reject")
                .await
        }
    }

    async fn after_verification_change(
        &self,
        actor: &Actor,
        id: Id,
        action: &str,
    ) -> DomainResult<()> {
        if let Some(org) = self.repo.org(id).await? {
            self.reindex(&org)?;
        }
        self.repo
            .audit(actor.user_id(), action, &format!("organisation:{id}"))
            .await
    }

    /// Rebuilds the search index from the database; returns how many profiles it holds.
    pub async fn rebuild_index(&self) -> DomainResult<usize> {
        let docs: Vec<OrgDoc> = self
            .repo
            .all_orgs()
            .await?
            .iter()
            .map(OrgDoc::from)
            .collect();
        let n = docs.len();
        self.index.rebuild(docs).map_err(DomainError::Internal)?;
        Ok(n)
    }
}

/// Writes profiles as CSV with the import's columns (plus id and verification), one
/// `description_LL` column per language present.
pub fn orgs_to_csv(orgs: &[Organisation]) -> Result<String, DomainError> {
    let langs: Vec<String> = orgs
        .iter()
        .flat_map(|o| o.descriptions.iter().map(|d| d.lang.to_string()))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = vec!["id".into()];
    header.extend(CSV_COLUMNS.iter().map(|s| s.to_string()));
    header.push("verification".into());
    header.extend(langs.iter().map(|l| format!("description_{l}")));
    w.write_record(&header).map_err(DomainError::internal)?;
    for o in orgs {
        let join = |v: Vec<String>| v.join("; ");
        let mut row: Vec<String> = vec![
            o.id.to_string(),
            o.name.clone(),
            o.short_name.clone().unwrap_or_default(),
            o.kind.code().into(),
            o.size_class
                .map(|s| s.code().to_string())
                .unwrap_or_default(),
            o.country.to_string(),
            o.nuts.as_ref().map(|n| n.to_string()).unwrap_or_default(),
            join(o.nace.iter().map(|c| c.to_string()).collect()),
            join(o.ecosystems.iter().map(|c| c.code().to_string()).collect()),
            join(o.keywords.clone()),
            o.website
                .as_ref()
                .map(|w| w.to_string())
                .unwrap_or_default(),
            o.year_founded.map(|y| y.to_string()).unwrap_or_default(),
            join(o.languages.iter().map(|l| l.to_string()).collect()),
            o.management_fte.map(|x| x.to_string()).unwrap_or_default(),
            o.verification.code().into(),
        ];
        let by_lang: BTreeMap<&str, &str> = o
            .descriptions
            .iter()
            .map(|d| (d.lang.as_str(), d.text.as_str()))
            .collect();
        row.extend(
            langs
                .iter()
                .map(|l| by_lang.get(l.as_str()).copied().unwrap_or("").to_string()),
        );
        w.write_record(&row).map_err(DomainError::internal)?;
    }
    String::from_utf8(w.into_inner().map_err(DomainError::internal)?).map_err(DomainError::internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw() -> RawOrgInput {
        RawOrgInput {
            kind: "company".into(),
            size_class: Some("small".into()),
            name: "Fotowolt sp. z o.o.".into(),
            country: "pl".into(),
            nuts: Some("PL81".into()),
            nace: vec!["35.11".into(), "35.11".into()],
            languages: vec!["pl".into(), "en-GB".into()],
            descriptions: vec![LocalizedText {
                lang: LanguageTag::parse("pl").unwrap(),
                text: " Panele ".into(),
            }],
            year_founded: Some("2012".into()),
            ..Default::default()
        }
    }

    #[test]
    fn parses_a_good_profile() {
        let input = raw().parse().unwrap();
        assert_eq!(input.country.as_str(), "PL");
        assert_eq!(input.nace.len(), 1, "duplicates collapse");
        assert_eq!(
            input
                .languages
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>(),
            vec!["pl", "en"]
        );
        assert_eq!(input.descriptions[0].text, "Panele");
    }

    #[test]
    fn reports_every_bad_field() {
        let mut r = raw();
        r.name = "".into();
        r.kind = "spaceship".into();
        r.nuts = Some("BG31".into());
        r.year_founded = Some("later".into());
        r.website = Some("ftp://x.pl".into());
        r.management_fte = Some("-1".into());
        let e = r.parse().unwrap_err();
        for f in ["name", "type", "year_founded", "website", "management_fte"] {
            assert!(e.get(f).is_some(), "{f} missing in {e}");
        }
        let mut r = raw();
        r.nuts = Some("BG31".into());
        assert_eq!(
            r.parse().unwrap_err().get("nuts"),
            Some("BG31 is not a region of PL")
        );
        let mut r = raw();
        r.kind = "university".into();
        assert_eq!(
            r.parse().unwrap_err().get("size_class"),
            Some("applies to companies only")
        );
    }

    #[test]
    fn greece_uses_el_in_nuts() {
        assert!(nuts_in_country(
            &NutsCode::parse("EL30").unwrap(),
            &CountryCode::parse("GR").unwrap()
        ));
    }

    fn member(kind: OrgKind, committed: bool) -> ClusterMember {
        ClusterMember {
            organisation_id: 1,
            name: "M".into(),
            kind,
            country: CountryCode::parse("PL").unwrap(),
            committed,
            since: time::OffsetDateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn checklist_needs_all_three() {
        let mut r = raw();
        r.kind = "cluster".into();
        r.size_class = None;
        let mut org_input = r.parse().unwrap();
        org_input.management_fte = Some(0.5);
        let org = Organisation {
            id: 1,
            kind: org_input.kind,
            size_class: None,
            name: org_input.name,
            short_name: None,
            country: org_input.country,
            nuts: None,
            nace: vec![],
            ecosystems: vec![],
            keywords: vec![],
            website: None,
            year_founded: None,
            languages: vec![],
            descriptions: vec![],
            management_fte: Some(0.5),
            verification: VerificationStatus::Pending,
            verification_note: None,
            is_demo: false,
            created_at: time::OffsetDateTime::UNIX_EPOCH,
            updated_at: time::OffsetDateTime::UNIX_EPOCH,
        };
        let mut members: Vec<ClusterMember> =
            (0..14).map(|_| member(OrgKind::Company, true)).collect();
        members.push(member(OrgKind::University, false));
        let c = Checklist::evaluate(&org, &members);
        assert!(!c.enough_members && !c.enough_kinds && c.enough_management && !c.passes());
        members.push(member(OrgKind::University, true));
        let c = Checklist::evaluate(&org, &members);
        assert_eq!((c.committed_members, c.member_kinds), (15, 2));
        assert!(c.passes());
        let mut low = org.clone();
        low.management_fte = Some(0.3);
        assert!(!Checklist::evaluate(&low, &members).passes());
        assert_eq!(
            members_by_kind(&members),
            vec![(OrgKind::Company, 14), (OrgKind::University, 2)]
        );
    }

    #[test]
    fn csv_export_has_a_column_per_description_language() {
        let csv = orgs_to_csv(&[]).unwrap();
        assert!(csv.starts_with("id,name,short_name,type"));
    }
}
