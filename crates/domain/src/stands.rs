//! Stands: organisations presenting their offer at an event.

use async_trait::async_trait;

#[async_trait]
pub trait StandRepo: Send + Sync {}
