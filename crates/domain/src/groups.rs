//! Working groups of an event or a standing forum: members, moderator, discussion and conclusions.

use async_trait::async_trait;

#[async_trait]
pub trait WorkingGroupRepo: Send + Sync {}
