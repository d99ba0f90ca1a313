//! Meeting requests of a brokerage event: request, accept, decline, cancel, "never with X", the
//! limits, and the notifications they send.
//!
//! The rules that depend on other rows (one open request per pair, no blocked pair, the meeting
//! caps) are checked again by storage under a lock on the event's brokerage settings, in the same
//! transaction as the write, so parallel requests and acceptances never break them; storage
//! reports a [`Refusal`] and this service turns it into a field error.

use crate::brokerage::{
    BrokerageSettings, MeetingRequest, Participant, ParticipantRef, Priority, RequestMode,
    RequestStatus,
};
use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{check_text, Event, EventViewer, Events};
use crate::model::Id;
use crate::notifications::NewNotification;
use crate::repo::Repository;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use time::OffsetDateTime;

/// The longest message of a request, in characters.
pub const MAX_MESSAGE: usize = 1000;

/// A request as the requester writes it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawRequestInput {
    /// The participant (not the user) to meet.
    pub recipient_id: Id,
    /// Why to meet; only the two participants and the organisers see it.
    pub message: String,
    /// `must_meet` or `nice_to_meet` (empty: nice to meet).
    pub priority: String,
}

/// A request ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMeetingRequest {
    pub event_id: Id,
    pub requester_id: Id,
    pub recipient_id: Id,
    pub message: String,
    pub priority: Priority,
    /// Pending, or accepted at once in auto-accept mode.
    pub status: RequestStatus,
}

/// "Never schedule me with X": `participant_id` blocked `blocked`.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Block {
    pub participant_id: Id,
    pub blocked: ParticipantRef,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

/// Why storage refused a write, found under the event's lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The pair has a pending or accepted request already.
    PairOpen,
    /// One of the two blocked the other.
    Blocked,
    /// The requester has as many open requests out as the cap allows.
    TooManySent,
    /// This participant has as many accepted meetings as the cap allows.
    Full(Id),
    /// The request is no longer pending.
    NotPending,
}

/// Storage of requests and blocks.
#[async_trait]
pub trait BrokerageRequestRepo: Send + Sync {
    /// The requests of one participant (sent and received, all statuses), newest first.
    async fn meeting_requests_of(
        &self,
        event_id: Id,
        participant_id: Id,
    ) -> DomainResult<Vec<MeetingRequest>>;
    /// Stores the request after checking, under the event's lock, that the pair has no open
    /// request and no block and that neither side is over `max_meetings`. `NotFound` when the
    /// event has no brokerage settings.
    async fn create_meeting_request(
        &self,
        new: &NewMeetingRequest,
        max_meetings: Option<i64>,
    ) -> DomainResult<Result<Id, Refusal>>;
    /// pending → accepted, under the event's lock, when neither side is over `max_meetings`.
    async fn accept_meeting_request(
        &self,
        event_id: Id,
        request_id: Id,
        max_meetings: Option<i64>,
    ) -> DomainResult<Result<(), Refusal>>;
    /// Moves a request from `from` to `to` (declined or cancelled) and clears its placement, in
    /// one statement; false when it was no longer `from`.
    async fn close_meeting_request(
        &self,
        event_id: Id,
        request_id: Id,
        from: RequestStatus,
        to: RequestStatus,
    ) -> DomainResult<bool>;
    /// The blocks a participant made or is the subject of.
    async fn brokerage_blocks(&self, participant_id: Id) -> DomainResult<Vec<Block>>;
    /// Blocks `blocked_id` and cancels every open request between the two, in one transaction
    /// under the event's lock; how many requests were cancelled.
    async fn block_participant(
        &self,
        event_id: Id,
        participant_id: Id,
        blocked_id: Id,
    ) -> DomainResult<u64>;
    /// False when there was no such block.
    async fn unblock_participant(&self, participant_id: Id, blocked_id: Id) -> DomainResult<bool>;
}

/// A participant's requests, meetings and limits.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MyRequests {
    /// Received, all statuses, newest first.
    pub incoming: Vec<MeetingRequest>,
    /// Sent, all statuses, newest first.
    pub outgoing: Vec<MeetingRequest>,
    /// Accepted meetings.
    pub meetings: i64,
    /// The cap on meetings (and on open requests sent), if any.
    pub max_meetings: Option<i64>,
}

/// Where booking stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Booking {
    NotYetOpen(OffsetDateTime),
    Open(Option<OffsetDateTime>),
    Closed,
}

/// Whether requests may be made at `now`: from `booking_opens_at` (if set) until
/// `booking_closes_at` (if set) and never after the event.
pub fn booking(settings: &BrokerageSettings, ev: &Event, now: OffsetDateTime) -> Booking {
    let i = &settings.input;
    match (i.booking_opens_at, i.booking_closes_at) {
        _ if ev.has_ended(now) => Booking::Closed,
        (Some(opens), _) if now < opens => Booking::NotYetOpen(opens),
        (_, Some(closes)) if now >= closes => Booking::Closed,
        (_, closes) => Booking::Open(closes),
    }
}

/// The path of the requests page, where every notification of this module leads.
pub fn requests_path(event_id: Id) -> String {
    format!("/events/{event_id}/brokerage/requests")
}

/// The requests service: participants request, decide, cancel and block; organisers read all
/// requests and cancel any meeting.
pub struct BrokerageRequests<'a> {
    pub repo: &'a dyn Repository,
}

/// What every action needs: the event, its settings, and the viewer's participant record.
pub struct Setting {
    pub event: Event,
    pub settings: BrokerageSettings,
    pub me: Option<Participant>,
}

impl Setting {
    /// The viewer's participant record; someone who has not joined may not act.
    pub fn me(&self) -> DomainResult<&Participant> {
        self.me.as_ref().ok_or(DomainError::Forbidden)
    }
}

impl BrokerageRequests<'_> {
    /// The event (if the viewer may see it and it has B2B meetings) and the viewer's part in it.
    pub async fn setting(&self, viewer: &EventViewer, event_id: Id) -> DomainResult<Setting> {
        let event = Events { repo: self.repo }.get(viewer, event_id).await?;
        let settings = self
            .repo
            .brokerage_settings(event_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let me = match viewer.user_id {
            Some(u) => self.repo.brokerage_participant_of_user(event_id, u).await?,
            None => None,
        };
        Ok(Setting {
            event,
            settings,
            me,
        })
    }

    async fn signed_in_setting(&self, viewer: &EventViewer, event_id: Id) -> DomainResult<Setting> {
        viewer.require_user()?;
        self.setting(viewer, event_id).await
    }

    /// The viewer's requests, meetings and limits.
    pub async fn mine(&self, viewer: &EventViewer, event_id: Id) -> DomainResult<MyRequests> {
        let s = self.signed_in_setting(viewer, event_id).await?;
        let me = s.me()?;
        let (incoming, outgoing) = self
            .repo
            .meeting_requests_of(event_id, me.id)
            .await?
            .into_iter()
            .partition::<Vec<_>, _>(|r| r.recipient.id == me.id);
        let meetings = incoming
            .iter()
            .chain(&outgoing)
            .filter(|r| r.status == RequestStatus::Accepted)
            .count() as i64;
        Ok(MyRequests {
            incoming,
            outgoing,
            meetings,
            max_meetings: s.settings.input.max_meetings,
        })
    }

    /// Every request of the event, messages included: for the organisers only.
    pub async fn all(
        &self,
        viewer: &EventViewer,
        event_id: Id,
    ) -> DomainResult<Vec<MeetingRequest>> {
        Events { repo: self.repo }
            .get_as_organiser(viewer, event_id)
            .await?;
        self.repo.meeting_requests(event_id).await
    }

    /// One request, for its two participants and the organisers; to anyone else it does not
    /// exist.
    pub async fn get(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        request_id: Id,
    ) -> DomainResult<MeetingRequest> {
        let s = self.signed_in_setting(viewer, event_id).await?;
        self.visible_request(viewer, &s, request_id).await
    }

    async fn visible_request(
        &self,
        viewer: &EventViewer,
        s: &Setting,
        request_id: Id,
    ) -> DomainResult<MeetingRequest> {
        let r = self
            .repo
            .meeting_request(s.event.id, request_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let involved = s.me.as_ref().is_some_and(|me| r.involves(me.id));
        if involved || viewer.is_organiser(&s.event) {
            Ok(r)
        } else {
            Err(DomainError::NotFound)
        }
    }

    /// The participants the viewer cannot request: those they blocked and those who blocked
    /// them (whom pages show without a "request" action).
    pub async fn unreachable(
        &self,
        viewer: &EventViewer,
        event_id: Id,
    ) -> DomainResult<HashSet<Id>> {
        let s = self.signed_in_setting(viewer, event_id).await?;
        let me = s.me()?;
        Ok(self
            .repo
            .brokerage_blocks(me.id)
            .await?
            .into_iter()
            .map(|b| {
                if b.participant_id == me.id {
                    b.blocked.id
                } else {
                    b.participant_id
                }
            })
            .collect())
    }

    /// The participants the viewer blocked (never who blocked the viewer).
    pub async fn blocks(&self, viewer: &EventViewer, event_id: Id) -> DomainResult<Vec<Block>> {
        let s = self.signed_in_setting(viewer, event_id).await?;
        let me = s.me()?;
        Ok(self
            .repo
            .brokerage_blocks(me.id)
            .await?
            .into_iter()
            .filter(|b| b.participant_id == me.id)
            .collect())
    }

    /// Requests a meeting; in auto-accept mode it is a meeting at once. The other side is told.
    pub async fn request(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        raw: &RawRequestInput,
        now: OffsetDateTime,
    ) -> DomainResult<MeetingRequest> {
        let s = self.signed_in_setting(viewer, event_id).await?;
        let me = s.me()?;
        let mut e = FieldErrors::new();
        check_text(&mut e, "message", &raw.message, 0, MAX_MESSAGE);
        let priority = match raw.priority.trim() {
            "" => Some(Priority::NiceToMeet),
            p => e.check("priority", Priority::parse(p)),
        };
        let other = if raw.recipient_id == me.id {
            e.add("recipient_id", "you cannot request a meeting with yourself");
            None
        } else {
            let other = self
                .repo
                .brokerage_participant(event_id, raw.recipient_id)
                .await?;
            if other.is_none() {
                e.add(
                    "recipient_id",
                    "does not take part in the B2B meetings of this event",
                );
            }
            other
        };
        e.into_result()?;
        let (Some(other), Some(priority)) = (other, priority) else {
            return Err(DomainError::internal("checked above"));
        };
        match booking(&s.settings, &s.event, now) {
            Booking::Open(_) => {}
            Booking::NotYetOpen(_) => {
                return Err(DomainError::field(
                    "request",
                    "booking of meetings has not opened yet",
                ))
            }
            Booking::Closed => {
                return Err(DomainError::field(
                    "request",
                    "booking of meetings has closed",
                ))
            }
        }
        if s.settings.input.only_across_types
            && me.input.participant_type.is_some()
            && me.input.participant_type == other.input.participant_type
        {
            return Err(DomainError::field(
                "recipient_id",
                "participants of the same type do not meet at this event",
            ));
        }
        if let Some(b) = self
            .repo
            .brokerage_blocks(me.id)
            .await?
            .iter()
            .find(|b| b.participant_id == other.id || b.blocked.id == other.id)
        {
            let message = if b.participant_id == me.id {
                "you blocked this participant: unblock them first"
            } else {
                "a meeting with this participant is not possible"
            };
            return Err(DomainError::field("recipient_id", message));
        }
        let auto = s.settings.input.request_mode == RequestMode::AutoAccept;
        let new = NewMeetingRequest {
            event_id,
            requester_id: me.id,
            recipient_id: other.id,
            message: raw.message.trim().to_string(),
            priority,
            status: if auto {
                RequestStatus::Accepted
            } else {
                RequestStatus::Pending
            },
        };
        let id = self
            .repo
            .create_meeting_request(&new, s.settings.input.max_meetings)
            .await?
            .map_err(|r| refusal(r, me.id))?;
        self.repo
            .audit(viewer.user_id, "b2b.request", &format!("b2b_request:{id}"))
            .await?;
        let note = Note {
            kind: "b2b_request",
            to: vec![other.user_id],
            name: &me.name,
            extra: if auto { &[("accepted", "true")] } else { &[] },
        };
        self.tell(&s, &note).await?;
        self.reread(event_id, id).await
    }

    /// The recipient accepts a pending request; it becomes a meeting.
    pub async fn accept(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        request_id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<MeetingRequest> {
        let (s, r) = self.decision(viewer, event_id, request_id, now).await?;
        let me = s.me()?;
        if r.recipient.id != me.id {
            return Err(DomainError::Forbidden);
        }
        self.repo
            .accept_meeting_request(event_id, request_id, s.settings.input.max_meetings)
            .await?
            .map_err(|r| refusal(r, me.id))?;
        let note = Note {
            kind: "b2b_accepted",
            to: vec![r.requester.user_id],
            name: &me.name,
            extra: &[],
        };
        self.finish(viewer, &s, &r, "b2b.accept", note).await
    }

    /// The recipient declines a pending request.
    pub async fn decline(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        request_id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<MeetingRequest> {
        let (s, r) = self.decision(viewer, event_id, request_id, now).await?;
        let me = s.me()?;
        if r.recipient.id != me.id {
            return Err(DomainError::Forbidden);
        }
        self.close(&r, RequestStatus::Pending, RequestStatus::Declined)
            .await?;
        let note = Note {
            kind: "b2b_declined",
            to: vec![r.requester.user_id],
            name: &me.name,
            extra: &[],
        };
        self.finish(viewer, &s, &r, "b2b.decline", note).await
    }

    /// The requester withdraws a pending request.
    pub async fn withdraw(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        request_id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<MeetingRequest> {
        let (s, r) = self.decision(viewer, event_id, request_id, now).await?;
        let me = s.me()?;
        if r.requester.id != me.id {
            return Err(DomainError::Forbidden);
        }
        self.close(&r, RequestStatus::Pending, RequestStatus::Cancelled)
            .await?;
        // The same kind as a cancelled meeting, told apart by `withdrawn`.
        let note = Note {
            kind: "b2b_cancelled",
            to: vec![r.recipient.user_id],
            name: &me.name,
            extra: &[("withdrawn", "true")],
        };
        self.finish(viewer, &s, &r, "b2b.withdraw", note).await
    }

    /// Either participant, or an organiser, cancels an accepted meeting; its placement goes.
    /// The participants other than the one cancelling are told.
    pub async fn cancel(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        request_id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<MeetingRequest> {
        let (s, r) = self.decision(viewer, event_id, request_id, now).await?;
        let me = s.me.as_ref().filter(|me| r.involves(me.id));
        let name = match me {
            Some(me) => me.name.clone(),
            None => {
                // Only organisers get this far without taking part (see `decision`).
                let user = viewer.require_user()?;
                self.repo
                    .user(user)
                    .await?
                    .map(|u| u.display_name)
                    .unwrap_or_default()
            }
        };
        self.close(&r, RequestStatus::Accepted, RequestStatus::Cancelled)
            .await?;
        let note = Note {
            kind: "b2b_cancelled",
            to: [&r.requester, &r.recipient]
                .into_iter()
                .filter(|p| me.is_none_or(|me| me.id != p.id))
                .map(|p| p.user_id)
                .collect(),
            name: &name,
            extra: &[],
        };
        self.finish(viewer, &s, &r, "b2b.cancel", note).await
    }

    /// "Never schedule me with X": blocks X and cancels every open request between the two. X
    /// is not told.
    pub async fn block(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        participant_id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<u64> {
        let s = self.signed_in_setting(viewer, event_id).await?;
        let me = s.me()?;
        if participant_id == me.id {
            return Err(DomainError::field(
                "participant_id",
                "you cannot block yourself",
            ));
        }
        if self
            .repo
            .brokerage_participant(event_id, participant_id)
            .await?
            .is_none()
        {
            return Err(DomainError::field(
                "participant_id",
                "does not take part in the B2B meetings of this event",
            ));
        }
        if s.event.has_ended(now) {
            return Err(DomainError::field(
                "participant_id",
                "the event has ended: requests and meetings can no longer be changed",
            ));
        }
        let cancelled = self
            .repo
            .block_participant(event_id, me.id, participant_id)
            .await?;
        self.repo
            .audit(
                viewer.user_id,
                "b2b.block",
                &format!("b2b_participant:{participant_id}"),
            )
            .await?;
        Ok(cancelled)
    }

    pub async fn unblock(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        participant_id: Id,
    ) -> DomainResult<()> {
        let s = self.signed_in_setting(viewer, event_id).await?;
        let me = s.me()?;
        if !self.repo.unblock_participant(me.id, participant_id).await? {
            return Err(DomainError::NotFound);
        }
        self.repo
            .audit(
                viewer.user_id,
                "b2b.unblock",
                &format!("b2b_participant:{participant_id}"),
            )
            .await
    }

    /// A request the viewer may decide on: visible to them, and the event not over. Whether the
    /// viewer is the right side is each action's own rule.
    async fn decision(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        request_id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<(Setting, MeetingRequest)> {
        let s = self.signed_in_setting(viewer, event_id).await?;
        let r = self.visible_request(viewer, &s, request_id).await?;
        if s.event.has_ended(now) {
            return Err(DomainError::field(
                "request",
                "the event has ended: requests and meetings can no longer be changed",
            ));
        }
        Ok((s, r))
    }

    async fn close(
        &self,
        r: &MeetingRequest,
        from: RequestStatus,
        to: RequestStatus,
    ) -> DomainResult<()> {
        if self
            .repo
            .close_meeting_request(r.event_id, r.id, from, to)
            .await?
        {
            Ok(())
        } else if from == RequestStatus::Pending {
            Err(refusal(Refusal::NotPending, 0))
        } else {
            Err(DomainError::field(
                "request",
                "this is not an accepted meeting",
            ))
        }
    }

    /// Audits the action, sends the note, and answers the request as it is now.
    async fn finish(
        &self,
        viewer: &EventViewer,
        s: &Setting,
        r: &MeetingRequest,
        action: &str,
        note: Note<'_>,
    ) -> DomainResult<MeetingRequest> {
        self.repo
            .audit(viewer.user_id, action, &format!("b2b_request:{}", r.id))
            .await?;
        self.tell(s, &note).await?;
        self.reread(r.event_id, r.id).await
    }

    async fn tell(&self, s: &Setting, note: &Note<'_>) -> DomainResult<()> {
        if note.to.is_empty() {
            return Ok(());
        }
        let mut params = vec![("event", s.event.title.as_str()), ("name", note.name)];
        params.extend(note.extra.iter().copied());
        self.repo
            .notify(
                &note.to,
                &NewNotification::new(note.kind, &requests_path(s.event.id), &params),
            )
            .await
    }

    async fn reread(&self, event_id: Id, request_id: Id) -> DomainResult<MeetingRequest> {
        self.repo
            .meeting_request(event_id, request_id)
            .await?
            .ok_or(DomainError::NotFound)
    }
}

/// A notification to the other side: `name` is who acted.
struct Note<'a> {
    kind: &'a str,
    to: Vec<Id>,
    name: &'a str,
    extra: &'a [(&'a str, &'a str)],
}

/// The field error for a refusal; `me` tells the viewer's own cap from the other side's.
fn refusal(r: Refusal, me: Id) -> DomainError {
    let (field, message) = match r {
        Refusal::PairOpen => (
            "recipient_id",
            "there is already an open request between you and this participant",
        ),
        Refusal::Blocked => (
            "recipient_id",
            "a meeting with this participant is not possible",
        ),
        Refusal::TooManySent => (
            "request",
            "you have as many open requests as the organisers allow",
        ),
        Refusal::Full(p) if p == me => (
            "request",
            "you have as many meetings as the organisers allow",
        ),
        Refusal::Full(_) => (
            "recipient_id",
            "this participant has as many meetings as the organisers allow",
        ),
        Refusal::NotPending => ("request", "the request is no longer pending"),
    };
    DomainError::field(field, message)
}
