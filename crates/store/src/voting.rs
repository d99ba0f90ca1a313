//! Live statement voting: statements opened one at a time, one vote per participant.

use crate::Store;
use async_trait::async_trait;
use klaster_domain::voting::VotingRepo;

#[async_trait]
impl VotingRepo for Store {}
