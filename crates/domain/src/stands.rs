//! Stands: organisations presenting their offer at an event.

use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{check_text, EventViewer, Events};
use crate::model::Id;
use crate::repo::Repository;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Stand {
    pub id: Id,
    pub event_id: Id,
    pub org_id: Id,
    pub org_name: String,
    /// Set by the organisers, e.g. "A12".
    pub label: Option<String>,
    /// What the organisation presents at the event.
    pub offer: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

/// Taking a stand: which organisation, and its offer.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawStandInput {
    pub org_id: Id,
    pub offer: String,
}

#[async_trait]
pub trait StandRepo: Send + Sync {
    /// The event's stands by label, then organisation name.
    async fn stands(&self, event_id: Id) -> DomainResult<Vec<Stand>>;
    async fn stand(&self, id: Id) -> DomainResult<Option<Stand>>;
    /// Fails with `Conflict` when the organisation already has a stand at the event.
    async fn create_stand(&self, event_id: Id, org_id: Id, offer: &str) -> DomainResult<Stand>;
    async fn set_stand_offer(&self, id: Id, offer: &str) -> DomainResult<()>;
    async fn set_stand_label(&self, id: Id, label: Option<&str>) -> DomainResult<()>;
    async fn delete_stand(&self, id: Id) -> DomainResult<()>;
}

pub const MAX_OFFER: usize = 2_000;
pub const MAX_LABEL: usize = 40;

/// The stands service: organisation administrators take and edit their stand; organisers label
/// and remove stands.
pub struct Stands<'a> {
    pub repo: &'a dyn Repository,
}

impl Stands<'_> {
    fn events(&self) -> Events<'_> {
        Events { repo: self.repo }
    }

    pub async fn list(&self, viewer: &EventViewer, event_id: Id) -> DomainResult<Vec<Stand>> {
        self.events().get(viewer, event_id).await?;
        self.repo.stands(event_id).await
    }

    /// The event must still be ahead or running.
    async fn open_event(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<()> {
        let ev = self.events().get(viewer, event_id).await?;
        if ev.has_ended(now) {
            return Err(DomainError::field(
                "stand",
                "the event has ended: stands can no longer be taken or changed",
            ));
        }
        Ok(())
    }

    fn may_speak_for(viewer: &EventViewer, org_id: Id) -> DomainResult<()> {
        viewer.require_user()?;
        if viewer.platform_admin || viewer.admin_of.contains(&org_id) {
            Ok(())
        } else {
            Err(DomainError::Forbidden)
        }
    }

    fn check_offer(offer: &str) -> DomainResult<String> {
        let mut e = FieldErrors::new();
        check_text(&mut e, "offer", offer, 0, MAX_OFFER);
        e.into_result()?;
        Ok(offer.trim().to_string())
    }

    pub async fn take(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        raw: &RawStandInput,
        now: OffsetDateTime,
    ) -> DomainResult<Stand> {
        Self::may_speak_for(viewer, raw.org_id)?;
        self.open_event(viewer, event_id, now).await?;
        let offer = Self::check_offer(&raw.offer)?;
        if self.repo.org(raw.org_id).await?.is_none() {
            return Err(DomainError::field("org_id", "no such organisation"));
        }
        if self
            .repo
            .stands(event_id)
            .await?
            .iter()
            .any(|s| s.org_id == raw.org_id)
        {
            return Err(DomainError::field(
                "org_id",
                "this organisation already has a stand at the event",
            ));
        }
        let s = self.repo.create_stand(event_id, raw.org_id, &offer).await?;
        self.repo
            .audit(viewer.user_id, "stand.take", &format!("stand:{}", s.id))
            .await?;
        Ok(s)
    }

    async fn own_stand(&self, event_id: Id, stand_id: Id) -> DomainResult<Stand> {
        match self.repo.stand(stand_id).await? {
            Some(s) if s.event_id == event_id => Ok(s),
            _ => Err(DomainError::NotFound),
        }
    }

    pub async fn edit_offer(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        stand_id: Id,
        offer: &str,
        now: OffsetDateTime,
    ) -> DomainResult<()> {
        self.events().get(viewer, event_id).await?;
        let s = self.own_stand(event_id, stand_id).await?;
        Self::may_speak_for(viewer, s.org_id)?;
        self.open_event(viewer, event_id, now).await?;
        let offer = Self::check_offer(offer)?;
        self.repo.set_stand_offer(stand_id, &offer).await
    }

    /// The organisation withdraws its stand.
    pub async fn withdraw(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        stand_id: Id,
    ) -> DomainResult<()> {
        self.events().get(viewer, event_id).await?;
        let s = self.own_stand(event_id, stand_id).await?;
        Self::may_speak_for(viewer, s.org_id)?;
        self.repo.delete_stand(stand_id).await?;
        self.repo
            .audit(
                viewer.user_id,
                "stand.withdraw",
                &format!("stand:{stand_id}"),
            )
            .await
    }

    pub async fn set_label(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        stand_id: Id,
        label: &str,
    ) -> DomainResult<()> {
        self.events().get_as_organiser(viewer, event_id).await?;
        self.own_stand(event_id, stand_id).await?;
        let mut e = FieldErrors::new();
        check_text(&mut e, "label", label, 0, MAX_LABEL);
        e.into_result()?;
        let label = label.trim();
        self.repo
            .set_stand_label(stand_id, (!label.is_empty()).then_some(label))
            .await
    }

    /// Organisers remove a stand.
    pub async fn remove(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        stand_id: Id,
    ) -> DomainResult<()> {
        self.events().get_as_organiser(viewer, event_id).await?;
        self.own_stand(event_id, stand_id).await?;
        self.repo.delete_stand(stand_id).await?;
        self.repo
            .audit(viewer.user_id, "stand.remove", &format!("stand:{stand_id}"))
            .await
    }
}
