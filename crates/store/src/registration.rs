//! Registration: the organiser's fields, capacity and waiting list, approval, cancellation, and the private calendar feeds.

use crate::{db_err, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::registration::*;
use klaster_domain::{DomainError, DomainResult, Id};

#[async_trait]
impl RegistrationRepo for Store {
    async fn registration_status(
        &self,
        event_id: Id,
        user_id: Id,
    ) -> DomainResult<Option<RegistrationStatus>> {
        let status: Option<String> = with_pool!(self, p => sqlx::query_scalar(
            "SELECT status FROM registrations WHERE event_id = $1 AND user_id = $2",
        )
        .bind(event_id)
        .bind(user_id)
        .fetch_optional(p)
        .await)
        .map_err(db_err)?;
        status
            .map(|s| RegistrationStatus::parse(&s).map_err(DomainError::Internal))
            .transpose()
    }
}
