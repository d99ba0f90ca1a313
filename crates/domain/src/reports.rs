//! Reports published after an event: texts in several languages, photos and video links.

use async_trait::async_trait;

#[async_trait]
pub trait ReportRepo: Send + Sync {}
