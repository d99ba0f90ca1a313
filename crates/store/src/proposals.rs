//! Proposals collected at stakeholder meetings, their supporters, and the study visits made from them.

use crate::Store;
use async_trait::async_trait;
use klaster_domain::proposals::ProposalRepo;

#[async_trait]
impl ProposalRepo for Store {}
