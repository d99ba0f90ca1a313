//! Proposals collected at stakeholder meetings, their supporters, and the study visits made from them.

use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{
    check_text, Event, EventKind, EventViewer, Events, RawEventInput, MAX_DESCRIPTION, MAX_TITLE,
};
use crate::groups::Person;
use crate::model::Id;
use crate::registration::RegistrationStatus;
use crate::repo::Repository;
use crate::types::*;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::fmt;
use time::OffsetDateTime;

code_enum!(
    /// What a proposal asks for: a pilot action on a topic, or a region to learn from.
    ProposalKind {
        PilotAction = "pilot_action",
        PartnerRegion = "partner_region",
    }
);

pub const MAX_OUTCOME: usize = 20_000;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Proposal {
    pub id: Id,
    pub event_id: Id,
    pub kind: ProposalKind,
    pub title: String,
    pub body: String,
    /// For partner regions: a NUTS code or a country code.
    pub region: Option<String>,
    pub author: Option<Person>,
    /// The study visit this proposal became.
    pub study_visit_id: Option<Id>,
    pub supports: i64,
    /// Whether the person asking supports it.
    pub supported: bool,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawProposal {
    /// pilot_action or partner_region
    pub kind: String,
    pub title: String,
    pub body: String,
    /// Required for partner_region: a NUTS code (PL81) or a country code (ES).
    pub region: Option<String>,
}

/// A proposal, checked.
#[derive(Debug, Clone)]
pub struct ProposalInput {
    pub kind: ProposalKind,
    pub title: String,
    pub body: String,
    pub region: Option<String>,
}

/// What the organiser sets when turning a proposal into a study visit; times are local to
/// `timezone`.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct StudyVisitInput {
    pub title: String,
    pub starts: String,
    pub ends: String,
    pub timezone: String,
    pub city: Option<String>,
    pub country: Option<String>,
    pub nuts: Option<String>,
    pub venue: Option<String>,
}

/// A member of a study visit's visiting delegation: an organisation or a named person.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Delegate {
    pub id: Id,
    pub org_id: Option<Id>,
    pub name: String,
}

#[async_trait]
pub trait ProposalRepo: Send + Sync {
    async fn create_proposal(
        &self,
        event_id: Id,
        input: &ProposalInput,
        author_id: Id,
    ) -> DomainResult<Proposal>;
    /// Most supported first; `supported` says whether `viewer` supports each.
    async fn proposals(&self, event_id: Id, viewer: Option<Id>) -> DomainResult<Vec<Proposal>>;
    async fn proposal(&self, id: Id, viewer: Option<Id>) -> DomainResult<Option<Proposal>>;
    async fn set_support(&self, proposal_id: Id, user_id: Id, on: bool) -> DomainResult<()>;
    async fn delegates(&self, event_id: Id) -> DomainResult<Vec<Delegate>>;
    async fn add_delegate(
        &self,
        event_id: Id,
        org_id: Option<Id>,
        name: &str,
    ) -> DomainResult<Delegate>;
    /// False when the delegate is not on this event.
    async fn remove_delegate(&self, event_id: Id, delegate_id: Id) -> DomainResult<bool>;
    async fn set_outcome_note(&self, event_id: Id, note: Option<&str>) -> DomainResult<()>;
}

/// Which events collect proposals (the events whose header shows the tab).
pub fn collects_proposals(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::StakeholderMeeting | EventKind::Workshop | EventKind::Conference
    )
}

/// The proposal and study-visit service.
pub struct Proposals<'a> {
    pub repo: &'a dyn Repository,
}

impl Proposals<'_> {
    fn events(&self) -> Events<'_> {
        Events { repo: self.repo }
    }

    async fn meeting(&self, viewer: &EventViewer, event_id: Id) -> DomainResult<Event> {
        let ev = self.events().get(viewer, event_id).await?;
        if !collects_proposals(ev.kind) {
            return Err(DomainError::NotFound);
        }
        Ok(ev)
    }

    /// Confirmed participants and organisers take part.
    async fn require_participant(&self, viewer: &EventViewer, ev: &Event) -> DomainResult<Id> {
        let uid = viewer.require_user()?;
        if viewer.is_organiser(ev)
            || self.repo.registration_status(ev.id, uid).await?
                == Some(RegistrationStatus::Confirmed)
        {
            Ok(uid)
        } else {
            Err(DomainError::Forbidden)
        }
    }

    pub async fn list(
        &self,
        viewer: &EventViewer,
        event_id: Id,
    ) -> DomainResult<(Event, Vec<Proposal>)> {
        let ev = self.meeting(viewer, event_id).await?;
        let list = self.repo.proposals(event_id, viewer.user_id).await?;
        Ok((ev, list))
    }

    /// Whether the viewer may propose and support at this event.
    pub async fn may_take_part(&self, viewer: &EventViewer, ev: &Event) -> DomainResult<bool> {
        match self.require_participant(viewer, ev).await {
            Ok(_) => Ok(true),
            Err(DomainError::Forbidden | DomainError::Unauthenticated) => Ok(false),
            Err(e) => Err(e),
        }
    }

    pub async fn add(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        raw: &RawProposal,
    ) -> DomainResult<Proposal> {
        let ev = self.meeting(viewer, event_id).await?;
        let uid = self.require_participant(viewer, &ev).await?;
        let input = self.parse(raw).await?;
        self.repo.create_proposal(event_id, &input, uid).await
    }

    async fn parse(&self, raw: &RawProposal) -> DomainResult<ProposalInput> {
        let mut e = FieldErrors::new();
        let kind = e.check("kind", ProposalKind::parse(&raw.kind));
        check_text(&mut e, "title", &raw.title, 3, MAX_TITLE);
        check_text(&mut e, "body", &raw.body, 0, MAX_DESCRIPTION);
        let code = raw
            .region
            .as_deref()
            .map(|r| r.trim().to_uppercase())
            .filter(|r| !r.is_empty());
        let region = match (&kind, code) {
            (Some(ProposalKind::PartnerRegion), None) => {
                e.add("region", "must not be empty");
                None
            }
            (_, Some(code)) => {
                if self.region_known(&code).await? {
                    Some(code)
                } else {
                    e.add("region", "is not a known NUTS region or country");
                    None
                }
            }
            (_, None) => None,
        };
        e.into_result()?;
        Ok(ProposalInput {
            kind: kind.ok_or(DomainError::NotFound)?,
            title: raw.title.trim().to_string(),
            body: raw.body.trim().to_string(),
            region,
        })
    }

    async fn region_known(&self, code: &str) -> DomainResult<bool> {
        if code.len() == 2 && self.repo.countries().await?.iter().any(|c| c.code == code) {
            return Ok(true);
        }
        Ok(self.repo.nuts_region(code).await?.is_some())
    }

    /// The region's name for display: a NUTS region's name or a country's name in `lang`.
    pub async fn region_name(&self, code: &str, lang: &str) -> DomainResult<Option<String>> {
        if let Some(c) = self.repo.countries().await?.iter().find(|c| c.code == code) {
            return Ok(Some(c.name(lang).to_string()));
        }
        Ok(self.repo.nuts_region(code).await?.map(|r| r.name))
    }

    /// Supports (`on`) or withdraws support; one support per person.
    pub async fn support(
        &self,
        viewer: &EventViewer,
        proposal_id: Id,
        on: bool,
    ) -> DomainResult<Proposal> {
        let p = self.get(viewer, proposal_id).await?;
        let ev = self.meeting(viewer, p.event_id).await?;
        let uid = self.require_participant(viewer, &ev).await?;
        self.repo.set_support(proposal_id, uid, on).await?;
        self.get(viewer, proposal_id).await
    }

    /// The proposal, if the viewer may see its meeting.
    pub async fn get(&self, viewer: &EventViewer, proposal_id: Id) -> DomainResult<Proposal> {
        let p = self
            .repo
            .proposal(proposal_id, viewer.user_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        self.meeting(viewer, p.event_id).await?;
        Ok(p)
    }

    /// The study-visit form's starting values: the proposal's title and region, the meeting's
    /// time zone.
    pub fn visit_defaults(p: &Proposal, meeting: &Event) -> StudyVisitInput {
        let region = p.region.clone().unwrap_or_default();
        let (country, nuts) = if region.len() == 2 {
            (Some(region), None)
        } else if region.len() > 2 {
            (Some(region[..2].to_string()), Some(region))
        } else {
            (meeting.country.as_ref().map(|c| c.to_string()), None)
        };
        StudyVisitInput {
            title: p.title.clone(),
            timezone: meeting.timezone.clone(),
            country,
            nuts,
            ..Default::default()
        }
    }

    /// The meeting's organisers turn the proposal into a study visit they organise.
    pub async fn to_study_visit(
        &self,
        viewer: &EventViewer,
        proposal_id: Id,
        input: &StudyVisitInput,
    ) -> DomainResult<Event> {
        let p = self.get(viewer, proposal_id).await?;
        let meeting = self.events().get_as_organiser(viewer, p.event_id).await?;
        if p.study_visit_id.is_some() {
            return Err(DomainError::Conflict(
                "this proposal already became a study visit".into(),
            ));
        }
        let raw = RawEventInput {
            kind: EventKind::StudyVisit.code().into(),
            title: input.title.clone(),
            project: meeting.project.clone(),
            organisers: meeting.organisers.iter().map(|o| o.id).collect(),
            venue: input.venue.clone(),
            city: input.city.clone(),
            country: input.country.clone(),
            nuts: input.nuts.clone(),
            starts: input.starts.clone(),
            ends: input.ends.clone(),
            timezone: input.timezone.clone(),
            languages: meeting.languages.iter().map(|l| l.to_string()).collect(),
            visibility: meeting.visibility.code().into(),
            registration_open: Some(false),
            ..Default::default()
        };
        let visit = self
            .events()
            .create_from(viewer, &raw, Some(proposal_id))
            .await?;
        self.repo
            .audit(
                viewer.user_id,
                "proposal.study_visit",
                &format!("proposal:{proposal_id}"),
            )
            .await?;
        self.repo
            .event(visit.id)
            .await?
            .ok_or(DomainError::NotFound)
    }

    /// A study visit (404 for other kinds of events).
    pub async fn visit(&self, viewer: &EventViewer, event_id: Id) -> DomainResult<Event> {
        let ev = self.events().get(viewer, event_id).await?;
        if ev.kind != EventKind::StudyVisit {
            return Err(DomainError::NotFound);
        }
        Ok(ev)
    }

    async fn visit_as_organiser(&self, viewer: &EventViewer, event_id: Id) -> DomainResult<Event> {
        let ev = self.visit(viewer, event_id).await?;
        viewer.require_organiser(&ev)?;
        Ok(ev)
    }

    /// Adds an organisation (by id) or a person (by name) to the visiting delegation.
    pub async fn add_delegate(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        org_id: Option<Id>,
        name: &str,
    ) -> DomainResult<Delegate> {
        self.visit_as_organiser(viewer, event_id).await?;
        let name = match org_id {
            Some(id) => match self.repo.org(id).await? {
                Some(org) => org.name,
                None => return Err(DomainError::field("org_id", "no organisation has this id")),
            },
            None => {
                let mut e = FieldErrors::new();
                check_text(&mut e, "name", name, 2, MAX_TITLE);
                e.into_result()?;
                name.trim().to_string()
            }
        };
        self.repo.add_delegate(event_id, org_id, &name).await
    }

    pub async fn remove_delegate(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        delegate_id: Id,
    ) -> DomainResult<()> {
        self.visit_as_organiser(viewer, event_id).await?;
        if !self.repo.remove_delegate(event_id, delegate_id).await? {
            return Err(DomainError::NotFound);
        }
        Ok(())
    }

    pub async fn set_outcome(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        note: &str,
    ) -> DomainResult<()> {
        self.visit_as_organiser(viewer, event_id).await?;
        let mut e = FieldErrors::new();
        check_text(&mut e, "outcome_note", note, 0, MAX_OUTCOME);
        e.into_result()?;
        let note = Some(note.trim()).filter(|n| !n.is_empty());
        self.repo.set_outcome_note(event_id, note).await?;
        self.repo
            .audit(
                viewer.user_id,
                "visit.outcome",
                &format!("event:{event_id}"),
            )
            .await
    }
}
