//! Proposals collected at stakeholder meetings, their supporters, and the study visits made from them.

use async_trait::async_trait;

#[async_trait]
pub trait ProposalRepo: Send + Sync {}
