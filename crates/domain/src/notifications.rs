//! In-app notifications: a translated sentence (chosen by `kind`, filled from `params`) with a
//! link, per user, read or unread.

use crate::error::DomainResult;
use crate::model::Id;
use async_trait::async_trait;
use serde::Serialize;
use std::collections::BTreeMap;
use time::OffsetDateTime;

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Notification {
    pub id: Id,
    pub user_id: Id,
    /// e.g. `profile_interest`, `profile_comment`, `profile_published`.
    pub kind: String,
    /// A local path, e.g. `/marketplace/7`.
    pub link: String,
    pub params: BTreeMap<String, String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub read_at: Option<OffsetDateTime>,
}

/// A notification to send to several users at once.
#[derive(Debug, Clone, PartialEq)]
pub struct NewNotification {
    pub kind: String,
    pub link: String,
    pub params: BTreeMap<String, String>,
}

#[async_trait]
pub trait NotificationRepo: Send + Sync {
    /// One row per user (duplicates in `user_ids` are sent once).
    async fn notify(&self, user_ids: &[Id], note: &NewNotification) -> DomainResult<()>;
    /// Newest first.
    async fn notifications(&self, user_id: Id, limit: i64) -> DomainResult<Vec<Notification>>;
    /// The unread ones only, newest first.
    async fn unread_notification_list(
        &self,
        user_id: Id,
        limit: i64,
    ) -> DomainResult<Vec<Notification>>;
    async fn unread_notifications(&self, user_id: Id) -> DomainResult<i64>;
    /// False when the notification is not the user's.
    async fn mark_notification_read(&self, user_id: Id, id: Id) -> DomainResult<bool>;
    async fn mark_all_notifications_read(&self, user_id: Id) -> DomainResult<u64>;
}

/// The kinds the notifications page has a sentence for; others get a generic sentence.
pub const KNOWN_KINDS: [&str; 13] = [
    "profile_interest",
    "profile_comment",
    "profile_submitted",
    "profile_published",
    "profile_returned",
    "profile_expired",
    "profile_updated",
    "b2b_request",
    "b2b_accepted",
    "b2b_declined",
    "b2b_cancelled",
    "b2b_schedule_published",
    "b2b_meeting_changed",
];

/// At most this many notifications are listed at once.
pub const MAX_LISTED: i64 = 200;

impl Notification {
    /// A parameter, or "" when the sender did not set it.
    pub fn param(&self, key: &str) -> &str {
        self.params.get(key).map(String::as_str).unwrap_or("")
    }
}

impl NewNotification {
    /// `NewNotification::new("profile_interest", "/marketplace/7", &[("title", t), ("user", u)])`.
    pub fn new(kind: &str, link: &str, params: &[(&str, &str)]) -> Self {
        NewNotification {
            kind: kind.to_string(),
            link: link.to_string(),
            params: params
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }
}
