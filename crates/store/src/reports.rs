//! Reports published after an event: texts in several languages, photos and video links.

use crate::Store;
use async_trait::async_trait;
use klaster_domain::reports::ReportRepo;

#[async_trait]
impl ReportRepo for Store {}
