//! The directory's search index, behind a trait. `klaster-search` implements it with tantivy.
//! The database is the source of truth; the index is rebuilt from it at start and kept in step
//! on every write.

use crate::model::{Id, LocalizedText, Organisation};
use crate::types::{Ecosystem, NaceCode, NutsCode, OrgKind, VerificationStatus};
use serde::Serialize;

/// What the index knows of one organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgDoc {
    pub id: Id,
    pub name: String,
    pub short_name: Option<String>,
    pub kind: OrgKind,
    pub country: String,
    pub nuts: Option<NutsCode>,
    pub nace: Vec<NaceCode>,
    pub ecosystems: Vec<Ecosystem>,
    pub keywords: Vec<String>,
    pub descriptions: Vec<LocalizedText>,
    pub verified: bool,
}

impl From<&Organisation> for OrgDoc {
    fn from(o: &Organisation) -> Self {
        OrgDoc {
            id: o.id,
            name: o.name.clone(),
            short_name: o.short_name.clone(),
            kind: o.kind,
            country: o.country.to_string(),
            nuts: o.nuts.clone(),
            nace: o.nace.clone(),
            ecosystems: o.ecosystems.clone(),
            keywords: o.keywords.clone(),
            descriptions: o.descriptions.clone(),
            verified: o.verification == VerificationStatus::Verified,
        }
    }
}

/// A directory query: free text plus facet filters, all optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DirectoryQuery {
    /// Words in any language; matched against names, keywords and descriptions, with stemming.
    pub text: Option<String>,
    /// Country code, e.g. `PL`.
    pub country: Option<String>,
    /// NUTS code at any level; matches the region and everything inside it.
    pub region: Option<String>,
    /// NACE code at any level; matches that code and everything below it.
    pub nace: Option<String>,
    pub kind: Option<OrgKind>,
    pub verified: Option<bool>,
    pub offset: usize,
    pub limit: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, utoipa::ToSchema)]
pub struct FacetCount {
    pub value: String,
    pub count: usize,
}

/// Counts over the whole result set (all filters applied), largest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Facets {
    pub country: Vec<FacetCount>,
    /// NUTS regions one level below the region filter (NUTS 2 when there is none).
    pub region: Vec<FacetCount>,
    pub nace_section: Vec<FacetCount>,
    /// Divisions (two-digit codes), within the NACE filter's section when one is set.
    pub nace_division: Vec<FacetCount>,
    pub kind: Vec<FacetCount>,
    /// `"true"` / `"false"`.
    pub verified: Vec<FacetCount>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct DirectoryHits {
    /// The page of matching ids: by relevance when there is text, else by name.
    pub ids: Vec<Id>,
    pub total: usize,
    pub facets: Facets,
}

pub trait DirectoryIndex: Send + Sync {
    /// Replaces the whole index (start-up, after imports).
    fn rebuild(&self, docs: Vec<OrgDoc>) -> Result<(), String>;
    fn upsert(&self, doc: OrgDoc) -> Result<(), String>;
    fn remove(&self, id: Id) -> Result<(), String>;
    fn search(&self, query: &DirectoryQuery) -> Result<DirectoryHits, String>;
}
