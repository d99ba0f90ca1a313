//! Following, commenting on and expressing interest in cooperation profiles.

use crate::error::DomainResult;
use crate::model::Id;
use async_trait::async_trait;
use serde::Serialize;
use time::OffsetDateTime;

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ProfileComment {
    pub id: Id,
    pub profile_id: Id,
    pub user_id: Option<Id>,
    /// The author's display name ("" when the account was deleted).
    pub user_name: String,
    pub body: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

/// "I am interested": who, optionally for which organisation, with a message to the author.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ProfileInterest {
    pub id: Id,
    pub profile_id: Id,
    pub user_id: Id,
    pub user_name: String,
    pub org_id: Option<Id>,
    pub org_name: Option<String>,
    pub message: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

#[async_trait]
pub trait EngagementRepo: Send + Sync {
    /// True when the user did not follow the profile before.
    async fn follow_profile(&self, profile_id: Id, user_id: Id) -> DomainResult<bool>;
    async fn unfollow_profile(&self, profile_id: Id, user_id: Id) -> DomainResult<bool>;
    async fn follows_profile(&self, profile_id: Id, user_id: Id) -> DomainResult<bool>;
    async fn profile_followers(&self, profile_id: Id) -> DomainResult<Vec<Id>>;
    async fn followed_profiles(&self, user_id: Id) -> DomainResult<Vec<Id>>;
    async fn add_comment(&self, profile_id: Id, user_id: Id, body: &str) -> DomainResult<Id>;
    async fn comment(&self, id: Id) -> DomainResult<Option<ProfileComment>>;
    /// Oldest first.
    async fn comments(&self, profile_id: Id) -> DomainResult<Vec<ProfileComment>>;
    async fn delete_comment(&self, id: Id) -> DomainResult<bool>;
    /// `Conflict` when the user already expressed interest in this profile.
    async fn add_interest(
        &self,
        profile_id: Id,
        user_id: Id,
        org_id: Option<Id>,
        message: &str,
    ) -> DomainResult<Id>;
    /// Newest first.
    async fn interests(&self, profile_id: Id) -> DomainResult<Vec<ProfileInterest>>;
    async fn interest_of(
        &self,
        profile_id: Id,
        user_id: Id,
    ) -> DomainResult<Option<ProfileInterest>>;
}
