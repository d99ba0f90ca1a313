//! Working groups of an event or a standing forum: members, moderator, discussion and conclusions.

use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{check_text, Event, EventViewer, Events, MAX_TITLE};
use crate::model::{Id, Organisation};
use crate::registration::RegistrationStatus;
use crate::repo::Repository;
use crate::types::Email;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

pub const MAX_TOPIC: usize = 2_000;
pub const MAX_POST: usize = 5_000;
pub const MAX_CONCLUSIONS: usize = 20_000;

/// A person as a group or proposal shows them.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Person {
    pub id: Id,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct WorkingGroup {
    pub id: Id,
    /// The event the group works at, or
    pub event_id: Option<Id>,
    /// the organisation whose standing forum it belongs to.
    pub forum_org_id: Option<Id>,
    pub title: String,
    pub topic: String,
    pub moderator: Option<Person>,
    /// The conclusions; empty for viewers who may not see the draft.
    pub conclusions: String,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub conclusions_published_at: Option<OffsetDateTime>,
    pub position: i64,
    pub member_count: i64,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GroupPost {
    pub id: Id,
    pub group_id: Id,
    pub author: Option<Person>,
    pub body: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

/// A new group as a form or JSON body carries it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawGroupInput {
    pub title: String,
    pub topic: String,
    /// The e-mail address of an existing user who moderates the group.
    pub moderator_email: String,
    /// Where the group is listed (smaller first); defaults to after the others.
    pub position: Option<i64>,
}

/// A group, checked.
#[derive(Debug, Clone)]
pub struct GroupInput {
    pub title: String,
    pub topic: String,
    pub moderator_id: Id,
    pub position: Option<i64>,
}

/// Where a group lives.
#[derive(Debug, Clone)]
pub enum GroupOwner {
    Event(Event),
    Forum(Organisation),
}

#[async_trait]
pub trait WorkingGroupRepo: Send + Sync {
    /// Creates the group (at the end of the list when no position is given).
    async fn create_group(
        &self,
        event_id: Option<Id>,
        forum_org_id: Option<Id>,
        input: &GroupInput,
    ) -> DomainResult<WorkingGroup>;
    async fn group(&self, id: Id) -> DomainResult<Option<WorkingGroup>>;
    async fn event_groups(&self, event_id: Id) -> DomainResult<Vec<WorkingGroup>>;
    async fn forum_groups(&self, org_id: Id) -> DomainResult<Vec<WorkingGroup>>;
    /// Adds (`on`) or removes the member; doing it twice changes nothing.
    async fn set_group_member(&self, group_id: Id, user_id: Id, on: bool) -> DomainResult<()>;
    async fn group_members(&self, group_id: Id) -> DomainResult<Vec<Person>>;
    /// The groups (of all events and forums) the person has joined.
    async fn groups_joined(&self, user_id: Id) -> DomainResult<Vec<Id>>;
    async fn add_group_post(
        &self,
        group_id: Id,
        user_id: Id,
        body: &str,
    ) -> DomainResult<GroupPost>;
    /// Oldest first.
    async fn group_posts(&self, group_id: Id) -> DomainResult<Vec<GroupPost>>;
    /// False when the post is not in the group.
    async fn delete_group_post(&self, group_id: Id, post_id: Id) -> DomainResult<bool>;
    async fn set_conclusions(
        &self,
        group_id: Id,
        text: &str,
        published_at: Option<OffsetDateTime>,
    ) -> DomainResult<()>;
}

/// What one viewer may do in one group.
#[derive(Debug, Clone)]
pub struct GroupAccess {
    pub group: WorkingGroup,
    pub owner: GroupOwner,
    pub organiser: bool,
    pub moderator: bool,
    /// A confirmed participant of the event (or a member of the forum's circle).
    pub participant: bool,
    pub member: bool,
}

impl GroupAccess {
    pub fn can_post(&self) -> bool {
        self.member || self.moderator || self.organiser
    }
    pub fn can_edit_conclusions(&self) -> bool {
        self.moderator || self.organiser
    }
    pub fn can_see_conclusions(&self) -> bool {
        self.can_edit_conclusions() || self.group.conclusions_published_at.is_some()
    }
}

/// The working-group service: who may create, join, post and conclude.
pub struct Groups<'a> {
    pub repo: &'a dyn Repository,
}

impl Groups<'_> {
    fn events(&self) -> Events<'_> {
        Events { repo: self.repo }
    }

    /// The event's groups (404 for events the viewer may not see), drafts hidden.
    pub async fn of_event(
        &self,
        viewer: &EventViewer,
        event_id: Id,
    ) -> DomainResult<(Event, Vec<WorkingGroup>)> {
        let ev = self.events().get(viewer, event_id).await?;
        let organiser = viewer.is_organiser(&ev);
        let groups = self.repo.event_groups(event_id).await?;
        Ok((ev, hide_drafts(viewer, organiser, groups)))
    }

    pub async fn of_forum(
        &self,
        viewer: &EventViewer,
        org_id: Id,
    ) -> DomainResult<(Organisation, Vec<WorkingGroup>)> {
        let org = self.repo.org(org_id).await?.ok_or(DomainError::NotFound)?;
        let organiser = forum_organiser(viewer, org_id);
        let groups = self.repo.forum_groups(org_id).await?;
        Ok((org, hide_drafts(viewer, organiser, groups)))
    }

    pub async fn create_for_event(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        raw: &RawGroupInput,
    ) -> DomainResult<WorkingGroup> {
        let ev = self.events().get_as_organiser(viewer, event_id).await?;
        let input = self.parse(raw).await?;
        let g = self.repo.create_group(Some(ev.id), None, &input).await?;
        self.audit(viewer, "group.create", g.id).await?;
        Ok(g)
    }

    /// A standing forum's groups are created by the organisation's administrators.
    pub async fn create_for_forum(
        &self,
        viewer: &EventViewer,
        org_id: Id,
        raw: &RawGroupInput,
    ) -> DomainResult<WorkingGroup> {
        self.repo.org(org_id).await?.ok_or(DomainError::NotFound)?;
        viewer.require_user()?;
        if !forum_organiser(viewer, org_id) {
            return Err(DomainError::Forbidden);
        }
        let input = self.parse(raw).await?;
        let g = self.repo.create_group(None, Some(org_id), &input).await?;
        self.audit(viewer, "group.create", g.id).await?;
        Ok(g)
    }

    async fn parse(&self, raw: &RawGroupInput) -> DomainResult<GroupInput> {
        let mut e = FieldErrors::new();
        check_text(&mut e, "title", &raw.title, 2, MAX_TITLE);
        check_text(&mut e, "topic", &raw.topic, 0, MAX_TOPIC);
        let mut moderator_id = None;
        if let Some(email) = e.check("moderator_email", Email::parse(&raw.moderator_email)) {
            match self.repo.user_with_hash(&email).await? {
                Some((u, _)) => moderator_id = Some(u.id),
                None => e.add("moderator_email", "no user has this e-mail address"),
            }
        }
        e.into_result()?;
        Ok(GroupInput {
            title: raw.title.trim().to_string(),
            topic: raw.topic.trim().to_string(),
            moderator_id: moderator_id.ok_or(DomainError::NotFound)?,
            position: raw.position,
        })
    }

    /// The group with what the viewer may do there; the draft conclusions are blanked for
    /// those who may not see them. Groups of hidden events are missing.
    pub async fn access(&self, viewer: &EventViewer, group_id: Id) -> DomainResult<GroupAccess> {
        let mut group = self
            .repo
            .group(group_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let (owner, organiser, participant) = match (group.event_id, group.forum_org_id) {
            (Some(event_id), _) => {
                let ev = self.events().get(viewer, event_id).await?;
                let organiser = viewer.is_organiser(&ev);
                let participant = match viewer.user_id {
                    Some(uid) => {
                        self.repo.registration_status(event_id, uid).await?
                            == Some(RegistrationStatus::Confirmed)
                    }
                    None => false,
                };
                (GroupOwner::Event(ev), organiser, participant)
            }
            (None, Some(org_id)) => {
                let org = self.repo.org(org_id).await?.ok_or(DomainError::NotFound)?;
                let participant = viewer.user_id.is_some() && viewer.member_of.contains(&org_id);
                (
                    GroupOwner::Forum(org),
                    forum_organiser(viewer, org_id),
                    participant,
                )
            }
            (None, None) => return Err(DomainError::NotFound),
        };
        let moderator =
            viewer.user_id.is_some() && group.moderator.as_ref().map(|m| m.id) == viewer.user_id;
        let member = match viewer.user_id {
            Some(uid) => self.repo.groups_joined(uid).await?.contains(&group_id),
            None => false,
        };
        let access = GroupAccess {
            group: group.clone(),
            owner,
            organiser,
            moderator,
            participant,
            member,
        };
        if !access.can_see_conclusions() {
            group.conclusions.clear();
        }
        Ok(GroupAccess { group, ..access })
    }

    /// Confirmed participants join and leave as they like.
    pub async fn set_membership(
        &self,
        viewer: &EventViewer,
        group_id: Id,
        join: bool,
    ) -> DomainResult<GroupAccess> {
        let uid = viewer.require_user()?;
        let a = self.access(viewer, group_id).await?;
        if join && !a.participant {
            return Err(DomainError::Forbidden);
        }
        self.repo.set_group_member(group_id, uid, join).await?;
        self.access(viewer, group_id).await
    }

    pub async fn post(
        &self,
        viewer: &EventViewer,
        group_id: Id,
        body: &str,
    ) -> DomainResult<GroupPost> {
        let uid = viewer.require_user()?;
        let a = self.access(viewer, group_id).await?;
        if !a.can_post() {
            return Err(DomainError::Forbidden);
        }
        let mut e = FieldErrors::new();
        check_text(&mut e, "body", body, 1, MAX_POST);
        e.into_result()?;
        self.repo.add_group_post(group_id, uid, body.trim()).await
    }

    pub async fn posts(&self, viewer: &EventViewer, group_id: Id) -> DomainResult<Vec<GroupPost>> {
        self.access(viewer, group_id).await?;
        self.repo.group_posts(group_id).await
    }

    /// The moderator and the organisers keep the discussion clean.
    pub async fn delete_post(
        &self,
        viewer: &EventViewer,
        group_id: Id,
        post_id: Id,
    ) -> DomainResult<()> {
        viewer.require_user()?;
        let a = self.access(viewer, group_id).await?;
        if !a.can_edit_conclusions() {
            return Err(DomainError::Forbidden);
        }
        if !self.repo.delete_group_post(group_id, post_id).await? {
            return Err(DomainError::NotFound);
        }
        self.audit(viewer, "group.post.delete", group_id).await
    }

    /// Saves the conclusions; `publish` shows them to everyone, which an event's groups may do
    /// only after the event has ended.
    pub async fn set_conclusions(
        &self,
        viewer: &EventViewer,
        group_id: Id,
        text: &str,
        publish: bool,
        now: OffsetDateTime,
    ) -> DomainResult<GroupAccess> {
        viewer.require_user()?;
        let a = self.access(viewer, group_id).await?;
        if !a.can_edit_conclusions() {
            return Err(DomainError::Forbidden);
        }
        let mut e = FieldErrors::new();
        check_text(&mut e, "conclusions", text, 0, MAX_CONCLUSIONS);
        if publish {
            if text.trim().is_empty() {
                e.add("conclusions", "must not be empty");
            }
            if let GroupOwner::Event(ev) = &a.owner {
                if !ev.has_ended(now) {
                    e.add(
                        "publish",
                        "conclusions can be published only after the event has ended",
                    );
                }
            }
        }
        e.into_result()?;
        let published_at = if publish {
            Some(a.group.conclusions_published_at.unwrap_or(now))
        } else {
            None
        };
        self.repo
            .set_conclusions(group_id, text.trim(), published_at)
            .await?;
        self.audit(viewer, "group.conclusions", group_id).await?;
        self.access(viewer, group_id).await
    }

    async fn audit(&self, viewer: &EventViewer, action: &str, group_id: Id) -> DomainResult<()> {
        self.repo
            .audit(viewer.user_id, action, &format!("group:{group_id}"))
            .await
    }
}

/// A forum is run by its organisation's administrators (and platform administrators).
pub fn forum_organiser(viewer: &EventViewer, org_id: Id) -> bool {
    viewer.platform_admin || viewer.admin_of.contains(&org_id)
}

/// Blanks unpublished conclusions in a listing unless the viewer organises or moderates.
fn hide_drafts(
    viewer: &EventViewer,
    organiser: bool,
    mut groups: Vec<WorkingGroup>,
) -> Vec<WorkingGroup> {
    for g in &mut groups {
        let moderator =
            viewer.user_id.is_some() && g.moderator.as_ref().map(|m| m.id) == viewer.user_id;
        if g.conclusions_published_at.is_none() && !organiser && !moderator {
            g.conclusions.clear();
        }
    }
    groups
}
