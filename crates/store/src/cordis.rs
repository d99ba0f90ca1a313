//! Applying a CORDIS import plan, and the identifiers organisations are matched by.

use crate::{db_err, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::cordis::*;
use klaster_domain::{DomainResult, Id};

#[async_trait]
impl CordisRepo for Store {
    async fn org_by_identifier(&self, scheme: &str, value: &str) -> DomainResult<Option<Id>> {
        with_pool!(self, p => sqlx::query_scalar(
            "SELECT org_id FROM org_identifiers WHERE scheme = $1 AND value = $2",
        )
        .bind(scheme)
        .bind(value)
        .fetch_optional(p)
        .await)
        .map_err(db_err)
    }
}
