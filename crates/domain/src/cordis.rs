//! CORDIS import: reads the CORDIS CSV exports (`project*.csv`, `organization*.csv`, `topics*.csv`),
//! matches organisations to existing profiles by PIC, VAT or name and country, and plans the
//! projects and partners to create or update. The plan is applied in one transaction.

use crate::error::DomainResult;
use crate::model::Id;
use async_trait::async_trait;

/// Identifier schemes an organisation can be matched by.
pub const SCHEME_PIC: &str = "pic";
pub const SCHEME_VAT: &str = "vat";

#[async_trait]
pub trait CordisRepo: Send + Sync {
    /// The organisation holding this identifier, if any.
    async fn org_by_identifier(&self, scheme: &str, value: &str) -> DomainResult<Option<Id>>;
}
