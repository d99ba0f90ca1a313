//! The cooperation marketplace: business and technology offers and requests, R&D partner searches
//! and cluster-partnership searches, published by organisations after review, expiring after a set
//! period unless renewed.

use crate::error::DomainResult;
use crate::model::Id;
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
