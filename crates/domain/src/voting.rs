//! Live statement voting: statements opened one at a time, one vote per participant.

use async_trait::async_trait;

#[async_trait]
pub trait VotingRepo: Send + Sync {}
