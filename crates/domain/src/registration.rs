//! Registration: the organiser's fields, capacity and waiting list, approval, cancellation, and the private calendar feeds.

use crate::error::DomainResult;
use crate::model::Id;
use crate::types::*;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::fmt;

code_enum!(
    /// Where a registration stands. Only `Confirmed` holds a place.
    RegistrationStatus {
        Pending = "pending",
        Confirmed = "confirmed",
        Waitlisted = "waitlisted",
        Cancelled = "cancelled",
        Rejected = "rejected",
    }
);

code_enum!(
    /// How a participant attends.
    Attendance {
        OnSite = "onsite",
        Online = "online",
    }
);

#[async_trait]
pub trait RegistrationRepo: Send + Sync {
    /// The person's registration status for the event, if they registered.
    async fn registration_status(
        &self,
        event_id: Id,
        user_id: Id,
    ) -> DomainResult<Option<RegistrationStatus>>;
}
