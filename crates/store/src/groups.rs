//! Working groups of an event or a standing forum: members, moderator, discussion and conclusions.

use crate::Store;
use async_trait::async_trait;
use klaster_domain::groups::WorkingGroupRepo;

#[async_trait]
impl WorkingGroupRepo for Store {}
