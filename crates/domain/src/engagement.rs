//! Following, commenting on and expressing interest in cooperation profiles.

use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::marketplace::{profile_owners, CooperationProfile, ProfileStatus};
use crate::model::Id;
use crate::notifications::NewNotification;
use crate::policy::Actor;
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

/// The longest comment, in characters.
pub const MAX_COMMENT: usize = 5_000;
/// The longest message sent with an expression of interest, in characters.
pub const MAX_INTEREST_MESSAGE: usize = 2_000;

/// A followed profile as its follower's list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct FollowedProfile {
    pub profile_id: Id,
    pub title: String,
    pub org_id: Id,
    pub org_name: String,
    pub status: crate::marketplace::ProfileStatus,
}

/// Following, commenting on and expressing interest in cooperation profiles, with the in-app
/// notifications these send. Only published profiles take part; signed-in users only.
pub struct Engagement<'a> {
    pub repo: &'a dyn crate::repo::Repository,
}

/// The owner organisation's members (any role), the author and platform administrators may see
/// a profile in every status; everyone sees published ones.
pub fn can_see(actor: &Actor, p: &CooperationProfile) -> bool {
    p.status == ProfileStatus::Published || is_owner_side(actor, p) || actor.is_platform_admin()
}

/// A member of the owner organisation or the profile's author.
pub fn is_owner_side(actor: &Actor, p: &CooperationProfile) -> bool {
    actor.role_in(p.org_id).is_some() || (p.author_id.is_some() && p.author_id == actor.user_id())
}

/// The title notifications quote: the English text, else the first one.
pub fn profile_title(p: &CooperationProfile) -> String {
    p.text("en").map(|t| t.title.clone()).unwrap_or_default()
}

fn check_length(errors: &mut FieldErrors, field: &str, value: &str, min: usize, max: usize) {
    let n = value.chars().count();
    if n < min {
        errors.add(field, "must not be empty");
    } else if n > max {
        errors.add(field, format!("must be at most {max} characters long"));
    }
}

impl Engagement<'_> {
    /// The profile when the actor may see it; `NotFound` otherwise.
    pub async fn visible(&self, actor: &Actor, id: Id) -> DomainResult<CooperationProfile> {
        match self.repo.profile(id).await? {
            Some(p) if can_see(actor, &p) => Ok(p),
            _ => Err(DomainError::NotFound),
        }
    }

    /// The profile when the signed-in actor may engage with it: `NotFound` when they cannot see
    /// it, `Conflict` when they can but it is not published.
    pub async fn engageable(&self, actor: &Actor, id: Id) -> DomainResult<CooperationProfile> {
        actor.require_user()?;
        let p = self.visible(actor, id).await?;
        if p.status != ProfileStatus::Published {
            return Err(DomainError::Conflict(
                "only published profiles can be followed, commented on or receive interest".into(),
            ));
        }
        Ok(p)
    }

    pub async fn follower_count(&self, profile_id: Id) -> DomainResult<i64> {
        Ok(self.repo.profile_followers(profile_id).await?.len() as i64)
    }

    /// Follow a published profile; following twice changes nothing. True when it is new.
    pub async fn follow(&self, actor: &Actor, id: Id) -> DomainResult<bool> {
        let user = actor.require_user()?;
        self.engageable(actor, id).await?;
        self.repo.follow_profile(id, user.id).await
    }

    /// Stop following (in any status, so that a withdrawn profile can be let go); unfollowing
    /// twice changes nothing. True when the user followed it.
    pub async fn unfollow(&self, actor: &Actor, id: Id) -> DomainResult<bool> {
        let user = actor.require_user()?;
        let followed = self.repo.follows_profile(id, user.id).await?;
        if !followed {
            self.visible(actor, id).await?;
            return Ok(false);
        }
        self.repo.unfollow_profile(id, user.id).await
    }

    pub async fn follows(&self, actor: &Actor, id: Id) -> DomainResult<bool> {
        match actor.user_id() {
            Some(u) => self.repo.follows_profile(id, u).await,
            None => Ok(false),
        }
    }

    /// The profiles the user follows, most recently followed first, titles in `lang` when
    /// written in it.
    pub async fn following(&self, actor: &Actor, lang: &str) -> DomainResult<Vec<FollowedProfile>> {
        let user = actor.require_user()?;
        let mut out = Vec::new();
        for id in self.repo.followed_profiles(user.id).await? {
            if let Some(p) = self.repo.profile(id).await? {
                out.push(FollowedProfile {
                    profile_id: p.id,
                    title: p.text(lang).map(|t| t.title.clone()).unwrap_or_default(),
                    org_id: p.org_id,
                    org_name: p.org_name.clone(),
                    status: p.status,
                });
            }
        }
        Ok(out)
    }

    /// The comments of a profile the actor may see, oldest first.
    pub async fn comments(&self, actor: &Actor, id: Id) -> DomainResult<Vec<ProfileComment>> {
        self.visible(actor, id).await?;
        self.repo.comments(id).await
    }

    /// A comment of 1–5 000 characters; the profile's owners and followers are told, never the
    /// commenter.
    pub async fn add_comment(
        &self,
        actor: &Actor,
        id: Id,
        body: &str,
    ) -> DomainResult<ProfileComment> {
        let user = actor.require_user()?;
        let p = self.engageable(actor, id).await?;
        let body = body.trim();
        let mut errors = FieldErrors::new();
        check_length(&mut errors, "body", body, 1, MAX_COMMENT);
        errors.into_result()?;
        let cid = self.repo.add_comment(id, user.id, body).await?;
        let mut to = profile_owners(self.repo, &p).await?;
        to.extend(self.repo.profile_followers(id).await?);
        to.retain(|u| *u != user.id);
        let title = profile_title(&p);
        self.repo
            .notify(
                &to,
                &NewNotification::new(
                    "profile_comment",
                    &format!("/marketplace/{id}#comment-{cid}"),
                    &[("title", &title), ("user", &user.display_name)],
                ),
            )
            .await?;
        self.repo
            .comment(cid)
            .await?
            .ok_or_else(|| DomainError::internal("the new comment is gone"))
    }

    /// The commenter, the profile's owners (author and organisation administrators) and platform
    /// administrators may delete a comment.
    pub fn may_delete_comment(actor: &Actor, owners: &[Id], c: &ProfileComment) -> bool {
        let Some(uid) = actor.user_id() else {
            return false;
        };
        actor.is_platform_admin() || c.user_id == Some(uid) || owners.contains(&uid)
    }

    pub async fn delete_comment(&self, actor: &Actor, id: Id, cid: Id) -> DomainResult<()> {
        actor.require_user()?;
        let p = self.visible(actor, id).await?;
        let c = match self.repo.comment(cid).await? {
            Some(c) if c.profile_id == id => c,
            _ => return Err(DomainError::NotFound),
        };
        let owners = profile_owners(self.repo, &p).await?;
        actor.allow(Self::may_delete_comment(actor, &owners, &c))?;
        self.repo.delete_comment(cid).await?;
        Ok(())
    }

    /// Who sees every expression of interest: the owner organisation's members, the author and
    /// platform administrators.
    pub fn sees_all_interests(actor: &Actor, p: &CooperationProfile) -> bool {
        actor.is_platform_admin() || is_owner_side(actor, p)
    }

    /// All interests for those who see them all; the caller's own for someone who expressed
    /// interest; `Forbidden` for anyone else.
    pub async fn interests(&self, actor: &Actor, id: Id) -> DomainResult<Vec<ProfileInterest>> {
        let user = actor.require_user()?;
        let p = self.visible(actor, id).await?;
        if Self::sees_all_interests(actor, &p) {
            return self.repo.interests(id).await;
        }
        match self.repo.interest_of(id, user.id).await? {
            Some(mine) => Ok(vec![mine]),
            None => Err(DomainError::Forbidden),
        }
    }

    pub async fn interest_of(
        &self,
        actor: &Actor,
        id: Id,
    ) -> DomainResult<Option<ProfileInterest>> {
        match actor.user_id() {
            Some(u) => self.repo.interest_of(id, u).await,
            None => Ok(None),
        }
    }

    /// "I am interested", once per user, with a message of at most 2 000 characters and
    /// optionally on behalf of one of the user's organisations. Not by the owner organisation's
    /// members or the author. The profile's owners are told.
    pub async fn express_interest(
        &self,
        actor: &Actor,
        id: Id,
        org_id: Option<Id>,
        message: &str,
    ) -> DomainResult<ProfileInterest> {
        let user = actor.require_user()?;
        let p = self.engageable(actor, id).await?;
        if is_owner_side(actor, &p) {
            return Err(DomainError::Forbidden);
        }
        let message = message.trim();
        let mut errors = FieldErrors::new();
        check_length(&mut errors, "message", message, 0, MAX_INTEREST_MESSAGE);
        let org = match org_id {
            Some(o) => match actor.memberships.iter().find(|m| m.organisation_id == o) {
                Some(m) => Some(m.organisation_name.clone()),
                None => {
                    errors.add("org_id", "choose one of your organisations");
                    None
                }
            },
            None => None,
        };
        errors.into_result()?;
        if self.repo.interest_of(id, user.id).await?.is_some() {
            return Err(DomainError::Conflict(
                "you have already expressed interest in this profile".into(),
            ));
        }
        self.repo.add_interest(id, user.id, org_id, message).await?;
        let to = profile_owners(self.repo, &p).await?;
        let title = profile_title(&p);
        self.repo
            .notify(
                &to,
                &NewNotification::new(
                    "profile_interest",
                    &format!("/marketplace/{id}#interests"),
                    &[
                        ("title", &title),
                        ("user", &user.display_name),
                        ("org", org.as_deref().unwrap_or("")),
                    ],
                ),
            )
            .await?;
        self.repo
            .interest_of(id, user.id)
            .await?
            .ok_or_else(|| DomainError::internal("the new interest is gone"))
    }
}
