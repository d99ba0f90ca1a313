//! Entities as stored and shown.

use crate::types::*;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

pub type Id = i64;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct User {
    pub id: Id,
    #[schema(value_type = String)]
    pub email: Email,
    pub display_name: String,
    pub is_platform_admin: bool,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

/// A user's link to an organisation.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Membership {
    pub organisation_id: Id,
    pub organisation_name: String,
    pub role: OrgRole,
}

/// A description in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct LocalizedText {
    #[schema(value_type = String, example = "pl")]
    pub lang: LanguageTag,
    pub text: String,
}

/// Everything a user can set on a profile. Parsed from a form, JSON or a CSV row.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationInput {
    pub kind: OrgKind,
    pub size_class: Option<SizeClass>,
    pub name: String,
    pub short_name: Option<String>,
    pub country: CountryCode,
    pub nuts: Option<NutsCode>,
    pub nace: Vec<NaceCode>,
    pub ecosystems: Vec<Ecosystem>,
    pub keywords: Vec<String>,
    pub website: Option<Website>,
    pub year_founded: Option<i32>,
    pub languages: Vec<LanguageTag>,
    pub descriptions: Vec<LocalizedText>,
    /// Full-time equivalents of cluster management staff (cluster organisations).
    pub management_fte: Option<f64>,
    pub is_demo: bool,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Organisation {
    pub id: Id,
    pub kind: OrgKind,
    pub size_class: Option<SizeClass>,
    pub name: String,
    pub short_name: Option<String>,
    #[schema(value_type = String, example = "PL")]
    pub country: CountryCode,
    #[schema(value_type = Option<String>, example = "PL81")]
    pub nuts: Option<NutsCode>,
    #[schema(value_type = Vec<String>, example = json!(["35.11"]))]
    pub nace: Vec<NaceCode>,
    pub ecosystems: Vec<Ecosystem>,
    pub keywords: Vec<String>,
    #[schema(value_type = Option<String>)]
    pub website: Option<Website>,
    pub year_founded: Option<i32>,
    #[schema(value_type = Vec<String>)]
    pub languages: Vec<LanguageTag>,
    pub descriptions: Vec<LocalizedText>,
    pub management_fte: Option<f64>,
    pub verification: VerificationStatus,
    /// Why a platform administrator rejected the last verification request.
    pub verification_note: Option<String>,
    pub is_demo: bool,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

impl Organisation {
    /// The description in `lang`, else English, else the first one.
    pub fn description_in(&self, lang: &str) -> Option<&LocalizedText> {
        self.descriptions
            .iter()
            .find(|d| d.lang.as_str() == lang)
            .or_else(|| self.descriptions.iter().find(|d| d.lang.as_str() == "en"))
            .or_else(|| self.descriptions.first())
    }
    pub fn input(&self) -> OrganisationInput {
        OrganisationInput {
            kind: self.kind,
            size_class: self.size_class,
            name: self.name.clone(),
            short_name: self.short_name.clone(),
            country: self.country.clone(),
            nuts: self.nuts.clone(),
            nace: self.nace.clone(),
            ecosystems: self.ecosystems.clone(),
            keywords: self.keywords.clone(),
            website: self.website.clone(),
            year_founded: self.year_founded,
            languages: self.languages.clone(),
            descriptions: self.descriptions.clone(),
            management_fte: self.management_fte,
            is_demo: self.is_demo,
        }
    }
}

/// One member organisation in a cluster's member list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ClusterMember {
    pub organisation_id: Id,
    pub name: String,
    pub kind: OrgKind,
    #[schema(value_type = String)]
    pub country: CountryCode,
    /// A committed member has signed the cluster's membership declaration.
    pub committed: bool,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub since: OffsetDateTime,
}

/// A colleague of an organisation's users, as its administrators see them.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OrgUser {
    pub user_id: Id,
    pub display_name: String,
    #[schema(value_type = String)]
    pub email: Email,
    pub role: OrgRole,
}

#[derive(Debug, Clone, Serialize)]
pub struct Invitation {
    pub id: Id,
    pub organisation_id: Id,
    pub organisation_name: String,
    pub email: Email,
    pub role: OrgRole,
    pub invited_by: Id,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub accepted_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ApiToken {
    pub id: Id,
    pub name: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_used_at: Option<OffsetDateTime>,
}

/// A server-side login session.
#[derive(Debug, Clone)]
pub struct Session {
    pub user_id: Id,
    pub expires_at: OffsetDateTime,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Country {
    pub code: String,
    pub name_en: String,
    pub name_pl: String,
    pub name_bg: String,
}

impl Country {
    pub fn name(&self, lang: &str) -> &str {
        match lang {
            "pl" => &self.name_pl,
            "bg" => &self.name_bg,
            _ => &self.name_en,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct NutsRegion {
    pub code: String,
    pub country: String,
    pub level: u8,
    /// Name in the national language and script, as Eurostat publishes it.
    pub name: String,
}

/// A NACE code with its label in one language.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct NaceEntry {
    pub code: String,
    pub level: u8,
    pub parent: Option<String>,
    pub lang: String,
    pub label: String,
    /// The explanatory note "This class includes ..." (may be empty).
    pub includes: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    pub id: Id,
    pub actor_user_id: Option<Id>,
    pub action: String,
    pub subject: String,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

/// Calendar dates in JSON as ISO text ("2024-02-06"), not as time's default tuple.
pub mod iso_date_option {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_str(&d.to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        let raw: Option<String> = Option::deserialize(d)?;
        match raw.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(None),
            Some(s) => crate::model::iso_date(s)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom("is not a date like 2024-01-31")),
        }
    }
}

/// A calendar date written as ISO 'YYYY-MM-DD' (surrounding spaces ignored).
pub fn iso_date(raw: &str) -> Option<time::Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(raw.trim(), format).ok()
}

/// Spreadsheets run cells that start like a formula; such cells are written as text.
pub fn csv_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}
