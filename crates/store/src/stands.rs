//! Stands: organisations presenting their offer at an event.

use crate::Store;
use async_trait::async_trait;
use klaster_domain::stands::StandRepo;

#[async_trait]
impl StandRepo for Store {}
