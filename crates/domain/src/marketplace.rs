//! The cooperation marketplace: business and technology offers and requests, R&D partner searches
//! and cluster-partnership searches, published by organisations after review, expiring after a set
//! period unless renewed.

use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::model::Id;
use crate::notifications::NewNotification;
use crate::policy::Actor;
use crate::repo::Repository;
use crate::types::OrgRole;
use crate::types::{code_enum, CountryCode, LanguageTag, NaceCode, NutsCode, OrgKind, ParseError};
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::fmt;
use time::{Date, OffsetDateTime};

code_enum!(
    /// What a cooperation profile offers or looks for.
    ProfileKind {
        BusinessOffer = "business_offer",
        BusinessRequest = "business_request",
        TechnologyOffer = "technology_offer",
        TechnologyRequest = "technology_request",
        RndPartnerSearch = "rnd_partner_search",
        ClusterPartnership = "cluster_partnership",
    }
);

impl ProfileKind {
    /// Offers and requests complement each other; partner searches complement one another.
    pub fn side(self) -> ProfileSide {
        match self {
            ProfileKind::BusinessOffer | ProfileKind::TechnologyOffer => ProfileSide::Offer,
            ProfileKind::BusinessRequest | ProfileKind::TechnologyRequest => ProfileSide::Request,
            ProfileKind::RndPartnerSearch | ProfileKind::ClusterPartnership => ProfileSide::Search,
        }
    }
}

/// The side of the market a profile is on, for the offer↔request complementarity signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileSide {
    Offer,
    Request,
    Search,
}

code_enum!(
    /// Where a profile is in its lifecycle.
    ProfileStatus {
        Draft = "draft",
        Submitted = "submitted",
        Published = "published",
        Expired = "expired",
        Withdrawn = "withdrawn",
    }
);

code_enum!(
    /// The role the author wants a partner to play.
    SoughtRole {
        Supplier = "supplier",
        Customer = "customer",
        Distributor = "distributor",
        ResearchPartner = "research_partner",
        Investor = "investor",
        ProjectPartner = "project_partner",
    }
);

/// A profile's text in one language. Several languages are allowed, at most one entry each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ProfileText {
    #[schema(value_type = String, example = "pl")]
    pub lang: LanguageTag,
    pub title: String,
    pub summary: String,
    pub description: String,
}

/// Everything the author sets on a profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ProfileInput {
    pub kind: ProfileKind,
    pub texts: Vec<ProfileText>,
    #[schema(value_type = Vec<String>)]
    pub nace: Vec<NaceCode>,
    /// Technologies and keywords, as written.
    pub keywords: Vec<String>,
    #[schema(value_type = Vec<String>)]
    pub target_countries: Vec<CountryCode>,
    #[schema(value_type = Vec<String>)]
    pub target_regions: Vec<NutsCode>,
    pub partner_kinds: Vec<OrgKind>,
    pub partner_roles: Vec<SoughtRole>,
    /// Until when the author looks for partners (shown; expiry is separate).
    #[serde(with = "crate::model::iso_date_option", default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub deadline: Option<Date>,
}

/// A stored profile as pages and the API show it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct CooperationProfile {
    pub id: Id,
    pub org_id: Id,
    pub org_name: String,
    /// The owner organisation's country (ISO 3166 alpha-2 as stored on its profile).
    pub org_country: String,
    pub author_id: Option<Id>,
    pub status: ProfileStatus,
    #[serde(flatten)]
    pub input: ProfileInput,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub submitted_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub published_at: Option<OffsetDateTime>,
    #[serde(with = "crate::model::iso_date_option")]
    #[schema(value_type = Option<String>, format = Date)]
    pub expires_on: Option<Date>,
    pub reviewed_by: Option<Id>,
    /// The reviewer's note when a profile was sent back to its author.
    pub review_note: Option<String>,
    pub is_demo: bool,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

impl CooperationProfile {
    /// The text in `lang`, else English, else the first one.
    pub fn text(&self, lang: &str) -> Option<&ProfileText> {
        let t = &self.input.texts;
        t.iter()
            .find(|x| x.lang.as_str() == lang)
            .or_else(|| t.iter().find(|x| x.lang.as_str() == "en"))
            .or_else(|| t.first())
    }
}

/// A lifecycle step as stored: the new status and the fields that step sets.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusChange {
    pub status: ProfileStatus,
    pub submitted_at: Option<OffsetDateTime>,
    pub published_at: Option<OffsetDateTime>,
    pub expires_on: Option<Date>,
    pub reviewed_by: Option<Id>,
    pub review_note: Option<String>,
}

#[async_trait]
pub trait MarketplaceRepo: Send + Sync {
    /// A new profile in `draft`.
    async fn create_profile(
        &self,
        org_id: Id,
        author_id: Option<Id>,
        input: &ProfileInput,
        is_demo: bool,
    ) -> DomainResult<Id>;
    async fn update_profile(&self, id: Id, input: &ProfileInput) -> DomainResult<bool>;
    /// Stores a lifecycle step (every field of `change` is written).
    async fn set_profile_status(&self, id: Id, change: &StatusChange) -> DomainResult<bool>;
    async fn delete_profile(&self, id: Id) -> DomainResult<bool>;
    async fn profile(&self, id: Id) -> DomainResult<Option<CooperationProfile>>;
    /// Profiles in any of `statuses` (all when empty), newest first.
    async fn profiles(&self, statuses: &[ProfileStatus]) -> DomainResult<Vec<CooperationProfile>>;
    async fn profiles_of_org(&self, org_id: Id) -> DomainResult<Vec<CooperationProfile>>;
    async fn count_profiles(&self) -> DomainResult<i64>;
    /// Published profiles whose `expires_on` is before `today` become `expired`; returns them
    /// so their authors can be told.
    async fn expire_profiles(&self, today: Date) -> DomainResult<Vec<CooperationProfile>>;
    /// Every platform administrator (the reviewers of every profile).
    async fn platform_admin_ids(&self) -> DomainResult<Vec<Id>>;
}

impl fmt::Display for ProfileText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.lang, self.title)
    }
}

/// Parses a list of codes separated by commas, semicolons or whitespace.
pub fn parse_codes<T>(
    raw: &str,
    parse: impl Fn(&str) -> Result<T, ParseError>,
) -> Result<Vec<T>, ParseError> {
    raw.split([',', ';', '\n', ' ', '\t'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(parse)
        .collect()
}

/// Who hears about a profile (interest, comments, review decisions): its author and the
/// administrators of its organisation.
pub async fn profile_owners(
    repo: &dyn crate::repo::Repository,
    profile: &CooperationProfile,
) -> DomainResult<Vec<Id>> {
    let mut ids: Vec<Id> = repo
        .org_users(profile.org_id)
        .await?
        .into_iter()
        .filter(|u| u.role == crate::types::OrgRole::Admin)
        .map(|u| u.user_id)
        .collect();
    ids.extend(profile.author_id);
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

// ---------------------------------------------------------------- rules

/// How long a published profile stays published before it expires (unless renewed).
pub const PROFILE_VALIDITY_DAYS: i64 = 365;
/// A published profile may be renewed this many days before it expires.
pub const RENEW_WINDOW_DAYS: i64 = 30;
pub const MAX_PROFILE_TITLE: usize = 200;
pub const MAX_PROFILE_SUMMARY: usize = 500;
pub const MAX_PROFILE_DESCRIPTION: usize = 10_000;
pub const MAX_PROFILE_NACE: usize = 20;
pub const MAX_PROFILE_KEYWORDS: usize = 20;
pub const MAX_KEYWORD_CHARS: usize = 60;
pub const MAX_PROFILE_TARGETS: usize = 50;
pub const MAX_REVIEW_NOTE: usize = 2_000;
/// The languages the profile form always offers; one more may be added.
pub const PROFILE_LANGS: [&str; 3] = ["en", "pl", "bg"];
pub const PROFILE_PAGE_SIZE: usize = 20;

/// A profile's text as written (any field may be wrong).
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawProfileText {
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub description: String,
}

/// A profile as written in a form or an API body; `validate` checks it field by field.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawProfile {
    /// The owner organisation (when creating; a profile keeps its organisation).
    pub org_id: Option<Id>,
    /// business_offer, business_request, technology_offer, technology_request,
    /// rnd_partner_search or cluster_partnership.
    pub kind: String,
    pub texts: Vec<RawProfileText>,
    /// NACE Rev. 2 codes of the vocabulary, at most 20.
    pub nace: Vec<String>,
    /// At most 20 keywords of at most 60 characters.
    pub keywords: Vec<String>,
    /// ISO 3166 alpha-2 codes.
    pub target_countries: Vec<String>,
    /// NUTS codes of the vocabulary.
    pub target_regions: Vec<String>,
    /// Organisation kinds sought: cluster, company, university, research, public_authority,
    /// business_support, other.
    pub partner_kinds: Vec<String>,
    /// supplier, customer, distributor, research_partner, investor, project_partner.
    pub partner_roles: Vec<String>,
    /// YYYY-MM-DD; not in the past when the profile is submitted.
    pub deadline: Option<String>,
    /// Submit for review right away (else a draft is saved, or a published profile goes back
    /// to review when edited).
    pub submit: bool,
}

impl RawProfile {
    /// The stored input, written back as raw values (for forms and re-validation).
    pub fn from_input(i: &ProfileInput) -> Self {
        let strings = |v: &[String]| v.to_vec();
        RawProfile {
            org_id: None,
            kind: i.kind.code().to_string(),
            texts: i
                .texts
                .iter()
                .map(|t| RawProfileText {
                    lang: t.lang.to_string(),
                    title: t.title.clone(),
                    summary: t.summary.clone(),
                    description: t.description.clone(),
                })
                .collect(),
            nace: i.nace.iter().map(|c| c.to_string()).collect(),
            keywords: strings(&i.keywords),
            target_countries: i.target_countries.iter().map(|c| c.to_string()).collect(),
            target_regions: i.target_regions.iter().map(|c| c.to_string()).collect(),
            partner_kinds: i
                .partner_kinds
                .iter()
                .map(|k| k.code().to_string())
                .collect(),
            partner_roles: i
                .partner_roles
                .iter()
                .map(|k| k.code().to_string())
                .collect(),
            deadline: i.deadline.map(|d| d.to_string()),
            submit: false,
        }
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn check_len(e: &mut FieldErrors, field: &str, text: &str, min: usize, max: usize) {
    crate::events::check_text(e, field, text, min, max);
}

/// Parses every entry of a list, naming the list in errors; duplicates are dropped.
fn parse_list<T: PartialEq>(
    e: &mut FieldErrors,
    field: &str,
    raw: &[String],
    parse: impl Fn(&str) -> Result<T, ParseError>,
) -> Vec<T> {
    let mut out = Vec::new();
    for r in raw.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        if let Some(v) = e.check(field, parse(r)) {
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// Checks a profile field by field against the vocabularies. Field names: `kind`, `texts`,
/// `texts[i].lang|title|summary|description` (i = position in the raw list), `nace`, `keywords`,
/// `target_countries`, `target_regions`, `partner_kinds`, `partner_roles`, `deadline`. The
/// deadline must not be in the past when `submitting`.
pub async fn validate(
    repo: &dyn crate::repo::Repository,
    raw: &RawProfile,
    today: Date,
    submitting: bool,
) -> DomainResult<ProfileInput> {
    let mut e = FieldErrors::new();
    let kind = e.check("kind", ProfileKind::parse(&raw.kind));
    let mut texts: Vec<ProfileText> = Vec::new();
    for (i, t) in raw.texts.iter().enumerate() {
        if t.title.trim().is_empty()
            && t.summary.trim().is_empty()
            && t.description.trim().is_empty()
        {
            continue;
        }
        let Some(lang) = e.check(&format!("texts[{i}].lang"), LanguageTag::parse(&t.lang)) else {
            continue;
        };
        if texts.iter().any(|x| x.lang == lang) {
            e.add(format!("texts[{i}].lang"), format!("{lang} is given twice"));
            continue;
        }
        check_len(
            &mut e,
            &format!("texts[{i}].title"),
            &t.title,
            1,
            MAX_PROFILE_TITLE,
        );
        check_len(
            &mut e,
            &format!("texts[{i}].summary"),
            &t.summary,
            0,
            MAX_PROFILE_SUMMARY,
        );
        check_len(
            &mut e,
            &format!("texts[{i}].description"),
            &t.description,
            1,
            MAX_PROFILE_DESCRIPTION,
        );
        texts.push(ProfileText {
            lang,
            title: one_line(&t.title),
            summary: one_line(&t.summary),
            description: t.description.trim().replace("\r\n", "\n"),
        });
    }
    if texts.is_empty() && !e.fields.iter().any(|f| f.field.starts_with("texts")) {
        e.add(
            "texts",
            "give a title and description in at least one language",
        );
    }
    let nace = parse_list(&mut e, "nace", &raw.nace, NaceCode::parse);
    if nace.len() > MAX_PROFILE_NACE {
        e.add("nace", format!("give at most {MAX_PROFILE_NACE} codes"));
    } else {
        for code in &nace {
            if repo.nace_entry(code.as_str(), "en").await?.is_none() {
                e.add("nace", format!("{code} is not a NACE Rev. 2 code"));
            }
        }
    }
    let mut keywords: Vec<String> = Vec::new();
    for k in raw
        .keywords
        .iter()
        .map(|k| one_line(k))
        .filter(|k| !k.is_empty())
    {
        if k.chars().count() > MAX_KEYWORD_CHARS {
            e.add(
                "keywords",
                format!("a keyword may be at most {MAX_KEYWORD_CHARS} characters long"),
            );
        } else if !keywords
            .iter()
            .any(|x| x.to_lowercase() == k.to_lowercase())
        {
            keywords.push(k);
        }
    }
    if keywords.len() > MAX_PROFILE_KEYWORDS {
        e.add(
            "keywords",
            format!("give at most {MAX_PROFILE_KEYWORDS} keywords"),
        );
    }
    let target_countries = parse_list(
        &mut e,
        "target_countries",
        &raw.target_countries,
        CountryCode::parse,
    );
    if target_countries.len() > MAX_PROFILE_TARGETS {
        e.add(
            "target_countries",
            format!("give at most {MAX_PROFILE_TARGETS} codes"),
        );
    }
    let target_regions = parse_list(
        &mut e,
        "target_regions",
        &raw.target_regions,
        NutsCode::parse,
    );
    if target_regions.len() > MAX_PROFILE_TARGETS {
        e.add(
            "target_regions",
            format!("give at most {MAX_PROFILE_TARGETS} codes"),
        );
    } else {
        for code in &target_regions {
            if repo.nuts_region(code.as_str()).await?.is_none() {
                e.add(
                    "target_regions",
                    format!("{code} is not a known NUTS region"),
                );
            }
        }
    }
    let partner_kinds = parse_list(&mut e, "partner_kinds", &raw.partner_kinds, OrgKind::parse);
    let partner_roles = parse_list(
        &mut e,
        "partner_roles",
        &raw.partner_roles,
        SoughtRole::parse,
    );
    let deadline = match raw
        .deadline
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => None,
        Some(d) => match crate::model::iso_date(d) {
            None => {
                e.add("deadline", "must be a date like 2024-02-06");
                None
            }
            Some(d) if submitting && d < today => {
                e.add("deadline", "must not be in the past");
                None
            }
            Some(d) => Some(d),
        },
    };
    e.into_result()?;
    Ok(ProfileInput {
        kind: kind.ok_or_else(|| DomainError::field("kind", "is required"))?,
        texts,
        nace,
        keywords,
        target_countries,
        target_regions,
        partner_kinds,
        partner_roles,
        deadline,
    })
}

// ---------------------------------------------------------------- policy

/// What one actor may do with one profile.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ProfileRights {
    pub view: bool,
    /// Edit, submit, withdraw, renew, delete a draft.
    pub edit: bool,
    /// Publish or return (only while submitted).
    pub review: bool,
}

/// The author, the owner organisation's administrators and platform administrators.
pub fn may_edit(actor: &Actor, p: &CooperationProfile) -> bool {
    actor.is_platform_admin()
        || actor.role_in(p.org_id) == Some(OrgRole::Admin)
        || (actor.user_id().is_some() && actor.user_id() == p.author_id)
}

/// Platform administrators; administrators of a cluster the owner organisation is a member of,
/// unless they administer the owner organisation itself or wrote the profile.
pub fn may_review(actor: &Actor, p: &CooperationProfile, owner_clusters: &[Id]) -> bool {
    if actor.is_platform_admin() {
        return true;
    }
    let Some(uid) = actor.user_id() else {
        return false;
    };
    if actor.role_in(p.org_id) == Some(OrgRole::Admin) || p.author_id == Some(uid) {
        return false;
    }
    owner_clusters
        .iter()
        .any(|c| actor.role_in(*c) == Some(OrgRole::Admin))
}

/// Case and (Latin) diacritics folded, for matching typed queries.
pub fn fold(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .map(|c| match c {
            'ą' | 'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ă' => 'a',
            'ć' | 'č' | 'ç' => 'c',
            'ď' => 'd',
            'ę' | 'é' | 'è' | 'ê' | 'ë' | 'ě' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ł' | 'ľ' | 'ĺ' => 'l',
            'ń' | 'ñ' | 'ň' => 'n',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ő' => 'o',
            'ř' => 'r',
            'ś' | 'š' | 'ș' | 'ş' => 's',
            'ť' | 'ț' | 'ţ' => 't',
            'ú' | 'ù' | 'û' | 'ü' | 'ů' | 'ű' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            'й' => 'и',
            'ё' => 'е',
            c => c,
        })
        .collect()
}

// ---------------------------------------------------------------- search

/// Filters of the public list (all optional).
#[derive(Debug, Clone, Default)]
pub struct ProfileFilter {
    /// Words all found in titles, summaries, descriptions or keywords (case and diacritics
    /// ignored).
    pub q: Option<String>,
    pub kind: Option<ProfileKind>,
    /// A NACE code prefix: `35` matches 35.11.
    pub nace: Option<String>,
    pub owner_country: Option<CountryCode>,
    pub target_country: Option<CountryCode>,
    pub role: Option<SoughtRole>,
    pub partner_kind: Option<OrgKind>,
    /// Only profiles with a text in this language.
    pub lang: Option<LanguageTag>,
    /// 1-based.
    pub page: usize,
    pub per_page: usize,
}

impl ProfileFilter {
    pub fn matches(&self, p: &CooperationProfile) -> bool {
        let i = &p.input;
        if self.kind.is_some_and(|k| k != i.kind)
            || self.role.is_some_and(|r| !i.partner_roles.contains(&r))
            || self
                .partner_kind
                .is_some_and(|k| !i.partner_kinds.contains(&k))
        {
            return false;
        }
        if let Some(c) = &self.owner_country {
            if !p.org_country.eq_ignore_ascii_case(c.as_str()) {
                return false;
            }
        }
        if let Some(c) = &self.target_country {
            let in_regions = i.target_regions.iter().any(|r| r.country() == c.as_str());
            if !i.target_countries.contains(c) && !in_regions {
                return false;
            }
        }
        if let Some(l) = &self.lang {
            if !i.texts.iter().any(|t| &t.lang == l) {
                return false;
            }
        }
        if let Some(prefix) = self
            .nace
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let prefix = prefix.to_uppercase();
            if !i.nace.iter().any(|c| c.as_str().starts_with(&prefix)) {
                return false;
            }
        }
        if let Some(q) = self.q.as_deref().filter(|q| !q.trim().is_empty()) {
            let mut hay = String::new();
            for t in &i.texts {
                hay.push_str(&t.title);
                hay.push(' ');
                hay.push_str(&t.summary);
                hay.push(' ');
                hay.push_str(&t.description);
                hay.push(' ');
            }
            hay.push_str(&i.keywords.join(" "));
            let hay = fold(&hay);
            if !fold(q).split_whitespace().all(|w| hay.contains(w)) {
                return false;
            }
        }
        true
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ProfilePage {
    pub profiles: Vec<CooperationProfile>,
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
}

// ---------------------------------------------------------------- service

/// The marketplace service: every action checks the actor's rights and the lifecycle.
pub struct Marketplace<'a> {
    pub repo: &'a dyn Repository,
}

fn link(id: Id) -> String {
    format!("/marketplace/{id}")
}

fn title_of(p: &CooperationProfile) -> String {
    p.text("en").map(|t| t.title.clone()).unwrap_or_default()
}

impl Marketplace<'_> {
    async fn owner_clusters(&self, org_id: Id) -> DomainResult<Vec<Id>> {
        Ok(self
            .repo
            .clusters_of(org_id)
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect())
    }

    /// What the actor may do with the profile.
    pub async fn rights(
        &self,
        actor: &Actor,
        p: &CooperationProfile,
    ) -> DomainResult<ProfileRights> {
        let edit = may_edit(actor, p);
        let review = p.status == ProfileStatus::Submitted
            && may_review(actor, p, &self.owner_clusters(p.org_id).await?);
        let view = p.status == ProfileStatus::Published
            || edit
            || review
            || actor.role_in(p.org_id).is_some();
        Ok(ProfileRights { view, edit, review })
    }

    /// The profile if the actor may see it (else `NotFound`), with their rights.
    pub async fn get(
        &self,
        actor: &Actor,
        id: Id,
    ) -> DomainResult<(CooperationProfile, ProfileRights)> {
        let p = self.repo.profile(id).await?.ok_or(DomainError::NotFound)?;
        let rights = self.rights(actor, &p).await?;
        if !rights.view {
            return Err(DomainError::NotFound);
        }
        Ok((p, rights))
    }

    async fn get_for_edit(&self, actor: &Actor, id: Id) -> DomainResult<CooperationProfile> {
        let (p, rights) = self.get(actor, id).await?;
        actor.allow(rights.edit)?;
        Ok(p)
    }

    async fn get_for_review(&self, actor: &Actor, id: Id) -> DomainResult<CooperationProfile> {
        let (p, rights) = self.get(actor, id).await?;
        if p.status != ProfileStatus::Submitted {
            // Tell reviewers why; everyone else just may not.
            actor.allow(may_review(actor, &p, &self.owner_clusters(p.org_id).await?))?;
            return Err(DomainError::Conflict(
                "the profile is not waiting for review".into(),
            ));
        }
        actor.allow(rights.review)?;
        Ok(p)
    }

    async fn reload(&self, id: Id) -> DomainResult<CooperationProfile> {
        self.repo.profile(id).await?.ok_or(DomainError::NotFound)
    }

    /// Who reviews the organisation's profiles: platform administrators and administrators of
    /// the clusters it is a member of (never its own administrators).
    pub async fn reviewers(&self, p: &CooperationProfile) -> DomainResult<Vec<Id>> {
        let own: Vec<Id> = self
            .repo
            .org_users(p.org_id)
            .await?
            .into_iter()
            .filter(|u| u.role == OrgRole::Admin)
            .map(|u| u.user_id)
            .collect();
        let platform = self.repo.platform_admin_ids().await?;
        let mut ids: Vec<Id> = Vec::new();
        for cluster in self.owner_clusters(p.org_id).await? {
            for u in self.repo.org_users(cluster).await? {
                if u.role == OrgRole::Admin
                    && !own.contains(&u.user_id)
                    && p.author_id != Some(u.user_id)
                {
                    ids.push(u.user_id);
                }
            }
        }
        ids.extend(platform);
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }

    async fn notify(
        &self,
        users: &[Id],
        kind: &str,
        p: &CooperationProfile,
        extra: &[(&str, &str)],
    ) -> DomainResult<()> {
        if users.is_empty() {
            return Ok(());
        }
        let title = title_of(p);
        let mut params: Vec<(&str, &str)> = vec![("title", title.as_str())];
        params.extend_from_slice(extra);
        self.repo
            .notify(users, &NewNotification::new(kind, &link(p.id), &params))
            .await
    }

    async fn notify_reviewers(&self, p: &CooperationProfile) -> DomainResult<()> {
        let reviewers = self.reviewers(p).await?;
        self.notify(
            &reviewers,
            "profile_submitted",
            p,
            &[("org", p.org_name.as_str())],
        )
        .await
    }

    async fn notify_followers(&self, p: &CooperationProfile) -> DomainResult<()> {
        let followers = self.repo.profile_followers(p.id).await?;
        self.notify(&followers, "profile_updated", p, &[]).await
    }

    async fn step(
        &self,
        actor: &Actor,
        p: &CooperationProfile,
        change: StatusChange,
        action: &str,
    ) -> DomainResult<CooperationProfile> {
        if !self.repo.set_profile_status(p.id, &change).await? {
            return Err(DomainError::NotFound);
        }
        self.repo
            .audit(
                actor.user_id(),
                &format!("profile.{action}"),
                &format!("profile:{}", p.id),
            )
            .await?;
        self.reload(p.id).await
    }

    fn submitted(p: &CooperationProfile, now: OffsetDateTime) -> StatusChange {
        StatusChange {
            status: ProfileStatus::Submitted,
            submitted_at: Some(now),
            published_at: p.published_at,
            expires_on: p.expires_on,
            reviewed_by: p.reviewed_by,
            review_note: p.review_note.clone(),
        }
    }

    /// A new profile of `raw.org_id` (its members and platform administrators), a draft or,
    /// with `raw.submit`, submitted for review.
    pub async fn create(
        &self,
        actor: &Actor,
        raw: &RawProfile,
        now: OffsetDateTime,
    ) -> DomainResult<CooperationProfile> {
        actor.require_user()?;
        let Some(org_id) = raw.org_id else {
            return Err(DomainError::field(
                "org_id",
                "choose one of your organisations",
            ));
        };
        if self.repo.org(org_id).await?.is_none() {
            return Err(DomainError::field("org_id", "does not exist"));
        }
        actor.allow(actor.is_platform_admin() || actor.role_in(org_id).is_some())?;
        let input = validate(self.repo, raw, now.date(), raw.submit).await?;
        let id = self
            .repo
            .create_profile(org_id, actor.user_id(), &input, false)
            .await?;
        self.repo
            .audit(actor.user_id(), "profile.create", &format!("profile:{id}"))
            .await?;
        let p = self.reload(id).await?;
        if raw.submit {
            let p = self
                .step(actor, &p, Self::submitted(&p, now), "submit")
                .await?;
            self.notify_reviewers(&p).await?;
            return Ok(p);
        }
        Ok(p)
    }

    /// Replaces the content. A published profile goes back to review (and its followers hear
    /// of it); `raw.submit` submits a draft.
    pub async fn update(
        &self,
        actor: &Actor,
        id: Id,
        raw: &RawProfile,
        now: OffsetDateTime,
    ) -> DomainResult<CooperationProfile> {
        let p = self.get_for_edit(actor, id).await?;
        let was_published = p.status == ProfileStatus::Published;
        let submit = raw.submit || was_published;
        let input = validate(self.repo, raw, now.date(), submit).await?;
        if !self.repo.update_profile(id, &input).await? {
            return Err(DomainError::NotFound);
        }
        self.repo
            .audit(actor.user_id(), "profile.update", &format!("profile:{id}"))
            .await?;
        let p = self.reload(id).await?;
        if submit && p.status != ProfileStatus::Submitted {
            let p = self
                .step(actor, &p, Self::submitted(&p, now), "submit")
                .await?;
            self.notify_reviewers(&p).await?;
            if was_published {
                self.notify_followers(&p).await?;
            }
            return Ok(p);
        }
        Ok(p)
    }

    /// Draft (or withdrawn) → submitted.
    pub async fn submit(
        &self,
        actor: &Actor,
        id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<CooperationProfile> {
        let p = self.get_for_edit(actor, id).await?;
        if !matches!(p.status, ProfileStatus::Draft | ProfileStatus::Withdrawn) {
            return Err(DomainError::Conflict(
                "only a draft can be submitted for review".into(),
            ));
        }
        // The stored content passes again, now with the checks of submitting.
        validate(
            self.repo,
            &RawProfile::from_input(&p.input),
            now.date(),
            true,
        )
        .await?;
        let p = self
            .step(actor, &p, Self::submitted(&p, now), "submit")
            .await?;
        self.notify_reviewers(&p).await?;
        Ok(p)
    }

    /// Submitted → published for `PROFILE_VALIDITY_DAYS` (reviewers).
    pub async fn publish(
        &self,
        actor: &Actor,
        id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<CooperationProfile> {
        let p = self.get_for_review(actor, id).await?;
        let change = StatusChange {
            status: ProfileStatus::Published,
            submitted_at: p.submitted_at,
            published_at: Some(now),
            expires_on: Some(now.date() + time::Duration::days(PROFILE_VALIDITY_DAYS)),
            reviewed_by: actor.user_id(),
            review_note: None,
        };
        let p = self.step(actor, &p, change, "publish").await?;
        let owners = profile_owners(self.repo, &p).await?;
        self.notify(&owners, "profile_published", &p, &[]).await?;
        Ok(p)
    }

    /// Submitted → draft with a note for the author (reviewers).
    pub async fn return_to_author(
        &self,
        actor: &Actor,
        id: Id,
        note: &str,
    ) -> DomainResult<CooperationProfile> {
        let mut e = FieldErrors::new();
        check_len(&mut e, "note", note, 1, MAX_REVIEW_NOTE);
        let p = self.get_for_review(actor, id).await?;
        e.into_result()?;
        let note = note.trim().replace("\r\n", "\n");
        let change = StatusChange {
            status: ProfileStatus::Draft,
            submitted_at: p.submitted_at,
            published_at: p.published_at,
            expires_on: p.expires_on,
            reviewed_by: actor.user_id(),
            review_note: Some(note.clone()),
        };
        let p = self.step(actor, &p, change, "return").await?;
        let owners = profile_owners(self.repo, &p).await?;
        self.notify(&owners, "profile_returned", &p, &[("note", note.as_str())])
            .await?;
        Ok(p)
    }

    /// Any status but withdrawn → withdrawn.
    pub async fn withdraw(&self, actor: &Actor, id: Id) -> DomainResult<CooperationProfile> {
        let p = self.get_for_edit(actor, id).await?;
        if p.status == ProfileStatus::Withdrawn {
            return Err(DomainError::Conflict(
                "the profile is already withdrawn".into(),
            ));
        }
        let was_published = p.status == ProfileStatus::Published;
        let change = StatusChange {
            status: ProfileStatus::Withdrawn,
            submitted_at: p.submitted_at,
            published_at: p.published_at,
            expires_on: p.expires_on,
            reviewed_by: p.reviewed_by,
            review_note: p.review_note.clone(),
        };
        let p = self.step(actor, &p, change, "withdraw").await?;
        if was_published {
            self.notify_followers(&p).await?;
        }
        Ok(p)
    }

    /// Whether the profile may be renewed on `today`: expired, or published and expiring
    /// within `RENEW_WINDOW_DAYS`.
    pub fn renewable(p: &CooperationProfile, today: Date) -> bool {
        match p.status {
            ProfileStatus::Expired => true,
            ProfileStatus::Published => p
                .expires_on
                .is_some_and(|d| d <= today + time::Duration::days(RENEW_WINDOW_DAYS)),
            _ => false,
        }
    }

    /// Published again for `PROFILE_VALIDITY_DAYS` from today, content unchanged, no new review.
    pub async fn renew(
        &self,
        actor: &Actor,
        id: Id,
        today: Date,
    ) -> DomainResult<CooperationProfile> {
        let p = self.get_for_edit(actor, id).await?;
        if !Self::renewable(&p, today) {
            return Err(DomainError::Conflict(format!(
                "only an expired profile, or one expiring within {RENEW_WINDOW_DAYS} days, can be renewed"
            )));
        }
        let change = StatusChange {
            status: ProfileStatus::Published,
            submitted_at: p.submitted_at,
            published_at: p.published_at,
            expires_on: Some(today + time::Duration::days(PROFILE_VALIDITY_DAYS)),
            reviewed_by: p.reviewed_by,
            review_note: None,
        };
        let p = self.step(actor, &p, change, "renew").await?;
        self.notify_followers(&p).await?;
        Ok(p)
    }

    /// Deletes a draft.
    pub async fn delete(&self, actor: &Actor, id: Id) -> DomainResult<()> {
        let p = self.get_for_edit(actor, id).await?;
        if p.status != ProfileStatus::Draft {
            return Err(DomainError::Conflict(
                "only a draft can be deleted; withdraw the profile instead".into(),
            ));
        }
        if !self.repo.delete_profile(id).await? {
            return Err(DomainError::NotFound);
        }
        self.repo
            .audit(actor.user_id(), "profile.delete", &format!("profile:{id}"))
            .await?;
        Ok(())
    }

    /// Published profiles past their `expires_on` become expired; their owners are told.
    /// Returns the expired profiles. Run it at least daily (the app runs it hourly).
    pub async fn expire_due(&self, today: Date) -> DomainResult<Vec<CooperationProfile>> {
        let expired = self.repo.expire_profiles(today).await?;
        for p in &expired {
            let owners = profile_owners(self.repo, p).await?;
            self.notify(&owners, "profile_expired", p, &[]).await?;
            self.repo
                .audit(None, "profile.expire", &format!("profile:{}", p.id))
                .await?;
        }
        Ok(expired)
    }

    /// A page of published profiles matching the filter, newest first.
    pub async fn search(&self, f: &ProfileFilter) -> DomainResult<ProfilePage> {
        let all: Vec<CooperationProfile> = self
            .repo
            .profiles(&[ProfileStatus::Published])
            .await?
            .into_iter()
            .filter(|p| f.matches(p))
            .collect();
        let total = all.len();
        let per_page = f.per_page.clamp(1, 100);
        let page = f.page.max(1);
        let profiles = all
            .into_iter()
            .skip((page - 1) * per_page)
            .take(per_page)
            .collect();
        Ok(ProfilePage {
            profiles,
            total,
            page,
            per_page,
        })
    }

    /// The profiles of the actor's organisations and those they wrote, in every status.
    pub async fn mine(&self, actor: &Actor) -> DomainResult<Vec<CooperationProfile>> {
        let uid = actor.require_user()?.id;
        Ok(self
            .repo
            .profiles(&[])
            .await?
            .into_iter()
            .filter(|p| actor.role_in(p.org_id).is_some() || p.author_id == Some(uid))
            .collect())
    }

    /// Submitted profiles the actor may review, oldest submission first.
    pub async fn review_queue(&self, actor: &Actor) -> DomainResult<Vec<CooperationProfile>> {
        actor.require_user()?;
        let mut out = Vec::new();
        for p in self.repo.profiles(&[ProfileStatus::Submitted]).await? {
            if may_review(actor, &p, &self.owner_clusters(p.org_id).await?) {
                out.push(p);
            }
        }
        out.sort_by_key(|p| (p.submitted_at, p.id));
        Ok(out)
    }

    /// The organisation's profiles the actor may see (published ones for everyone, the rest
    /// for its members and the other people who may see them).
    pub async fn of_org(&self, actor: &Actor, org_id: Id) -> DomainResult<Vec<CooperationProfile>> {
        let mut out = Vec::new();
        for p in self.repo.profiles_of_org(org_id).await? {
            if self.rights(actor, &p).await?.view {
                out.push(p);
            }
        }
        Ok(out)
    }
}
