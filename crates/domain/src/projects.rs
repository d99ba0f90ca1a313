//! EU and national projects: partners with roles and countries, work packages, results and the
//! project's events. Partners' administrators edit; the lead partner's administrators also manage
//! the partner list.

use crate::error::{DomainError, DomainResult};
use crate::model::{Id, LocalizedText};
use crate::policy::Actor;
use crate::types::{code_enum, CountryCode, Ecosystem, NaceCode, NutsCode, OrgRole, ParseError};
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
    #[schema(value_type = Option<String>, format = Date)]
    pub starts_on: Option<Date>,
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
        allow(actor, self.can_edit)
    }

    pub fn require_manage(&self, actor: &Actor) -> DomainResult<()> {
        allow(actor, self.can_manage)
    }
}

fn allow(actor: &Actor, allowed: bool) -> DomainResult<()> {
    match (&actor.user, allowed) {
        (_, true) => Ok(()),
        (None, false) => Err(DomainError::Unauthenticated),
        (Some(_), false) => Err(DomainError::Forbidden),
    }
}

#[async_trait]
pub trait ProjectRepo: Send + Sync {
    async fn project(&self, id: Id) -> DomainResult<Option<Project>>;
    /// The consortium, lead partner first, then by position.
    async fn project_partners(&self, project_id: Id) -> DomainResult<Vec<ProjectPartner>>;
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
