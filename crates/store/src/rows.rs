//! Raw rows as both drivers decode them, and their conversion to domain entities.

use crate::ts;
use klaster_domain::*;

#[derive(sqlx::FromRow)]
pub(crate) struct UserRow {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub is_platform_admin: bool,
    pub created_at: i64,
}

pub(crate) const USER_COLS: &str = "id, email, display_name, is_platform_admin, created_at";

impl From<UserRow> for User {
    fn from(r: UserRow) -> Self {
        User {
            id: r.id,
            email: Email::parse(&r.email)
                .unwrap_or_else(|_| Email::parse("invalid@invalid.example").expect("valid")),
            display_name: r.display_name,
            is_platform_admin: r.is_platform_admin,
            created_at: ts(r.created_at),
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct OrgRow {
    pub id: i64,
    pub kind: String,
    pub size_class: Option<String>,
    pub name: String,
    pub short_name: Option<String>,
    pub country: String,
    pub nuts: Option<String>,
    pub nace: String,
    pub ecosystems: String,
    pub keywords: String,
    pub website: Option<String>,
    pub year_founded: Option<i32>,
    pub languages: String,
    pub descriptions: String,
    pub management_fte: Option<f64>,
    pub verification: String,
    pub verification_note: Option<String>,
    pub is_demo: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

pub(crate) const ORG_COLS: &str = "id, kind, size_class, name, short_name, country, nuts, nace, ecosystems, keywords, \
     website, year_founded, languages, descriptions, management_fte, verification, verification_note, is_demo, \
     created_at, updated_at";

/// A value as JSON text for a JSON column.
pub(crate) fn json(v: &impl serde::Serialize) -> DomainResult<String> {
    serde_json::to_string(v).map_err(DomainError::internal)
}

pub(crate) fn json_list<T: serde::de::DeserializeOwned>(raw: &str) -> Vec<T> {
    serde_json::from_str(raw).unwrap_or_default()
}

impl TryFrom<OrgRow> for Organisation {
    type Error = DomainError;
    /// Stored rows were validated on the way in; a row that no longer parses is a data error.
    fn try_from(r: OrgRow) -> Result<Self, DomainError> {
        let bad = |field: &str, e: String| {
            DomainError::Internal(format!("organisation {} has a bad {field}: {e}", r.id))
        };
        Ok(Organisation {
            id: r.id,
            kind: OrgKind::parse(&r.kind).map_err(|e| bad("kind", e))?,
            size_class: r
                .size_class
                .as_deref()
                .map(SizeClass::parse)
                .transpose()
                .map_err(|e| bad("size_class", e))?,
            country: CountryCode::parse(&r.country).map_err(|e| bad("country", e))?,
            nuts: r
                .nuts
                .as_deref()
                .map(NutsCode::parse)
                .transpose()
                .map_err(|e| bad("nuts", e))?,
            nace: json_list::<String>(&r.nace)
                .iter()
                .filter_map(|c| NaceCode::parse(c).ok())
                .collect(),
            ecosystems: json_list::<String>(&r.ecosystems)
                .iter()
                .filter_map(|c| Ecosystem::parse(c).ok())
                .collect(),
            keywords: json_list(&r.keywords),
            website: r.website.as_deref().and_then(|w| Website::parse(w).ok()),
            year_founded: r.year_founded,
            languages: json_list::<String>(&r.languages)
                .iter()
                .filter_map(|c| LanguageTag::parse(c).ok())
                .collect(),
            descriptions: json_list(&r.descriptions),
            management_fte: r.management_fte,
            verification: VerificationStatus::parse(&r.verification)
                .map_err(|e| bad("verification", e))?,
            verification_note: r.verification_note,
            is_demo: r.is_demo,
            created_at: ts(r.created_at),
            updated_at: ts(r.updated_at),
            name: r.name,
            short_name: r.short_name,
        })
    }
}

/// The JSON-in-TEXT columns of an organisation, in the order ORG_COLS lists them.
pub(crate) struct OrgLists {
    pub nace: String,
    pub ecosystems: String,
    pub keywords: String,
    pub languages: String,
    pub descriptions: String,
}

impl OrgLists {
    pub fn of(input: &OrganisationInput) -> Self {
        let codes = |v: Vec<String>| serde_json::to_string(&v).expect("strings serialise");
        OrgLists {
            nace: codes(input.nace.iter().map(|c| c.to_string()).collect()),
            ecosystems: codes(
                input
                    .ecosystems
                    .iter()
                    .map(|c| c.code().to_string())
                    .collect(),
            ),
            keywords: codes(input.keywords.clone()),
            languages: codes(input.languages.iter().map(|c| c.to_string()).collect()),
            descriptions: serde_json::to_string(&input.descriptions).expect("texts serialise"),
        }
    }
}

/// Calendar dates are stored as ISO 'YYYY-MM-DD' text on both backends.
pub(crate) fn date_from(raw: Option<&str>) -> Option<time::Date> {
    raw.and_then(klaster_domain::iso_date)
}

pub(crate) fn date_text(d: Option<time::Date>) -> Option<String> {
    d.map(klaster_domain::projects::day_text)
}
