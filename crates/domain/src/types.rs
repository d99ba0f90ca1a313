//! Value types that parse, not validate: once you hold one, it is valid.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A message about why a value was refused; callers attach the field name.
pub type ParseError = String;

macro_rules! string_newtype {
    ($name:ident) => {
        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = String::deserialize(d)?;
                $name::parse(&raw).map_err(serde::de::Error::custom)
            }
        }
    };
}

/// An e-mail address, trimmed and lower-cased.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);
string_newtype!(Email);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let s = raw.trim().to_lowercase();
        if s.is_empty() {
            return Err("must not be empty".into());
        }
        if s.len() > 254 {
            return Err("is longer than 254 characters".into());
        }
        let Some((local, domain)) = s.split_once('@') else {
            return Err("is not an e-mail address (no @)".into());
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..");
        if local.is_empty()
            || domain.contains('@')
            || !domain_ok
            || s.chars().any(char::is_whitespace)
        {
            return Err("is not an e-mail address".into());
        }
        Ok(Self(s))
    }
}

/// ISO 3166-1 alpha-2 country code, upper case. `EL` (Eurostat's code for Greece) is accepted as is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode(String);
string_newtype!(CountryCode);

impl CountryCode {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let s = raw.trim().to_uppercase();
        if s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase()) {
            Ok(Self(s))
        } else {
            Err(format!("'{}' is not a two-letter country code", raw.trim()))
        }
    }
}

/// A NUTS 2021 code: two-letter country prefix and up to three more characters (levels 0-3).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NutsCode(String);
string_newtype!(NutsCode);

impl NutsCode {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let s = raw.trim().to_uppercase();
        let ok = (2..=5).contains(&s.len())
            && s[..2].chars().all(|c| c.is_ascii_uppercase())
            && s[2..].chars().all(|c| c.is_ascii_alphanumeric());
        if ok {
            Ok(Self(s))
        } else {
            Err(format!(
                "'{}' is not a NUTS code (e.g. PL81 or BG311)",
                raw.trim()
            ))
        }
    }
    /// 0 for a country, 3 for the smallest regions.
    pub fn level(&self) -> u8 {
        (self.0.len() - 2) as u8
    }
    pub fn country(&self) -> &str {
        &self.0[..2]
    }
    /// This code and every coarser code above it, e.g. PL814 → [PL814, PL81, PL8, PL].
    pub fn with_ancestors(&self) -> Vec<String> {
        (2..=self.0.len())
            .rev()
            .map(|n| self.0[..n].to_string())
            .collect()
    }
    pub fn parent(&self) -> Option<NutsCode> {
        (self.0.len() > 2).then(|| NutsCode(self.0[..self.0.len() - 1].to_string()))
    }
}

/// A NACE Rev. 2 code at any of its four levels: section `C`, division `26`, group `26.1`, class `26.11`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NaceCode(String);
string_newtype!(NaceCode);

impl NaceCode {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let s = raw.trim().to_uppercase();
        let b = s.as_bytes();
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let ok = match b.len() {
            1 => b[0].is_ascii_uppercase() && b[0] <= b'U',
            2 => digit(0) && digit(1),
            4 => digit(0) && digit(1) && b[2] == b'.' && digit(3),
            5 => digit(0) && digit(1) && b[2] == b'.' && digit(3) && digit(4),
            _ => false,
        };
        if !ok {
            return Err(format!(
                "'{}' is not a NACE Rev. 2 code (e.g. C, 26, 26.1 or 26.11)",
                raw.trim()
            ));
        }
        let code = Self(s);
        if code.level() > 1 && code.section().is_none() {
            return Err(format!(
                "'{}' is not in any NACE Rev. 2 division",
                raw.trim()
            ));
        }
        Ok(code)
    }
    /// 1 = section, 2 = division, 3 = group, 4 = class.
    pub fn level(&self) -> u8 {
        match self.0.len() {
            1 => 1,
            2 => 2,
            4 => 3,
            _ => 4,
        }
    }
    pub fn division(&self) -> Option<&str> {
        (self.level() >= 2).then(|| &self.0[..2])
    }
    /// The section letter, derived from the division number (fixed by the classification).
    pub fn section(&self) -> Option<char> {
        if self.level() == 1 {
            return self.0.chars().next();
        }
        let d: u8 = self.0[..2].parse().ok()?;
        section_of_division(d)
    }
    /// This code and all coarser codes above it, e.g. 26.11 → [26.11, 26.1, 26, C].
    pub fn with_ancestors(&self) -> Vec<String> {
        let mut out = vec![self.0.clone()];
        if self.level() == 4 {
            out.push(self.0[..4].to_string());
        }
        if self.level() >= 3 {
            out.push(self.0[..2].to_string());
        }
        if self.level() >= 2 {
            if let Some(s) = self.section() {
                out.push(s.to_string());
            }
        }
        out
    }
    pub fn parent(&self) -> Option<String> {
        self.with_ancestors().get(1).cloned()
    }
}

/// NACE Rev. 2 divisions by section (the classification's fixed structure).
pub fn section_of_division(d: u8) -> Option<char> {
    Some(match d {
        1..=3 => 'A',
        5..=9 => 'B',
        10..=33 => 'C',
        35 => 'D',
        36..=39 => 'E',
        41..=43 => 'F',
        45..=47 => 'G',
        49..=53 => 'H',
        55..=56 => 'I',
        58..=63 => 'J',
        64..=66 => 'K',
        68 => 'L',
        69..=75 => 'M',
        77..=82 => 'N',
        84 => 'O',
        85 => 'P',
        86..=88 => 'Q',
        90..=93 => 'R',
        94..=96 => 'S',
        97..=98 => 'T',
        99 => 'U',
        _ => return None,
    })
}

/// A BCP 47 language tag, reduced to its primary language subtag (`pl`, `bg`, `en`, `cs`, ...).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageTag(String);
string_newtype!(LanguageTag);

impl LanguageTag {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let s = raw.trim().to_lowercase().replace('_', "-");
        let primary = s.split('-').next().unwrap_or("");
        if (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase()) {
            Ok(Self(primary.to_string()))
        } else {
            Err(format!(
                "'{}' is not a language tag (e.g. en, pl, bg)",
                raw.trim()
            ))
        }
    }
}

/// A website address: http(s) only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Website(String);
string_newtype!(Website);

impl Website {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let s = raw.trim();
        let rest = s
            .strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"))
            .ok_or_else(|| "must start with http:// or https://".to_string())?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        if host.is_empty()
            || !host.contains('.')
            || s.chars().any(|c| c.is_whitespace() || c == '"' || c == '<')
        {
            return Err("is not a web address".into());
        }
        if s.len() > 500 {
            return Err("is longer than 500 characters".into());
        }
        Ok(Self(s.to_string()))
    }
}

/// Declares a closed set of codes with a stable string form used in URLs, CSV and the database.
macro_rules! code_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema)]
        pub enum $name { $(#[serde(rename = $code)] $variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn parse(raw: &str) -> Result<Self, ParseError> {
                let s = raw.trim().to_lowercase().replace(['-', ' '], "_");
                match s.as_str() {
                    $($code => Ok($name::$variant),)+
                    _ => Err(format!("'{}' is not one of: {}", raw.trim(), [$($code),+].join(", "))),
                }
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.code()) }
        }
    };
}
pub(crate) use code_enum;

code_enum!(
    /// What kind of organisation a profile describes (triple helix and friends).
    OrgKind {
        Cluster = "cluster",
        Company = "company",
        University = "university",
        Research = "research",
        PublicAuthority = "public_authority",
        BusinessSupport = "business_support",
        Other = "other",
    }
);

code_enum!(
    /// EU SME size classes (Recommendation 2003/361/EC), for companies.
    SizeClass {
        Micro = "micro",
        Small = "small",
        Medium = "medium",
        Large = "large",
    }
);

code_enum!(
    /// The 14 industrial ecosystems of the EU Industrial Strategy (2021 update).
    Ecosystem {
        Aerospace = "aerospace_defence",
        Agrifood = "agri_food",
        Construction = "construction",
        Cultural = "cultural_creative",
        Digital = "digital",
        Electronics = "electronics",
        EnergyIntensive = "energy_intensive",
        RenewableEnergy = "renewable_energy",
        Health = "health",
        Mobility = "mobility_transport_automotive",
        Proximity = "proximity_social_economy",
        Retail = "retail",
        Textile = "textile",
        Tourism = "tourism",
    }
);

code_enum!(
    /// A user's role inside one organisation.
    OrgRole {
        Admin = "admin",
        Member = "member",
    }
);

code_enum!(
    /// Where a profile stands in the platform's verification.
    VerificationStatus {
        Unverified = "unverified",
        Pending = "pending",
        Verified = "verified",
        Rejected = "rejected",
    }
);

/// A password chosen by a user: 10 to 200 characters.
#[derive(Clone)]
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let n = raw.chars().count();
        if n < 10 {
            return Err("must be at least 10 characters long".into());
        }
        if n > 200 {
            return Err("must be at most 200 characters long".into());
        }
        Ok(Self(raw.to_string()))
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nace_levels_and_ancestors() {
        let c = NaceCode::parse("26.11").unwrap();
        assert_eq!(c.level(), 4);
        assert_eq!(c.section(), Some('C'));
        assert_eq!(c.with_ancestors(), vec!["26.11", "26.1", "26", "C"]);
        assert_eq!(NaceCode::parse("j").unwrap().level(), 1);
        assert_eq!(
            NaceCode::parse("62").unwrap().with_ancestors(),
            vec!["62", "J"]
        );
        assert!(NaceCode::parse("04").is_err(), "division 04 does not exist");
        assert!(NaceCode::parse("26.111").is_err());
        assert!(NaceCode::parse("V").is_err());
        assert!(NaceCode::parse("").is_err());
    }

    #[test]
    fn nuts_levels() {
        let c = NutsCode::parse("pl814").unwrap();
        assert_eq!(c.level(), 3);
        assert_eq!(c.country(), "PL");
        assert_eq!(c.with_ancestors(), vec!["PL814", "PL81", "PL8", "PL"]);
        assert!(NutsCode::parse("P").is_err());
        assert!(NutsCode::parse("PL8145").is_err());
        assert!(NutsCode::parse("1L81").is_err());
    }

    #[test]
    fn emails_and_languages() {
        assert_eq!(
            Email::parse(" Ana@Example.BG ").unwrap().as_str(),
            "ana@example.bg"
        );
        for bad in ["", "ana", "ana@", "@x.pl", "a b@x.pl", "a@x", "a@@x.pl"] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(LanguageTag::parse("pl-PL").unwrap().as_str(), "pl");
        assert!(LanguageTag::parse("polish").is_err());
    }

    #[test]
    fn websites() {
        assert!(Website::parse("https://lke.pl").is_ok());
        assert!(Website::parse("lke.pl").is_err());
        assert!(Website::parse("javascript:alert(1)").is_err());
        assert!(Website::parse("https://x").is_err());
    }

    #[test]
    fn code_enums_parse_loosely() {
        assert_eq!(
            OrgKind::parse("Public authority").unwrap(),
            OrgKind::PublicAuthority
        );
        assert_eq!(
            OrgKind::parse("business-support").unwrap(),
            OrgKind::BusinessSupport
        );
        assert!(OrgKind::parse("alien")
            .unwrap_err()
            .contains("cluster, company"));
    }

    #[test]
    fn passwords() {
        assert!(NewPassword::parse("short").is_err());
        assert!(NewPassword::parse("long enough pass").is_ok());
        assert_eq!(
            format!("{:?}", NewPassword::parse("long enough pass").unwrap()),
            "NewPassword(***)"
        );
    }
}
