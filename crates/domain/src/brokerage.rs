//! Brokerage events: pre-scheduled one-to-one (B2B) meetings on an event.
//!
//! The organiser sets up sessions cut into slots, tables and the rules ([`BrokerageSettings`]);
//! participants describe what they offer and seek and mark the slots they cannot attend
//! ([`Participant`]); they request meetings ([`MeetingRequest`], see `brokerage_requests`); an
//! accepted request is a meeting, which the scheduler places in a slot at a table (see
//! `brokerage_meetings`). This module holds the shared types and the setup/participant storage.

use crate::error::DomainResult;
use crate::model::Id;
use crate::registration::Attendance;
use crate::types::{code_enum, ParseError};
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::fmt;
use time::{Date, OffsetDateTime};

code_enum!(
    /// Whether a request needs the other side's acceptance or becomes a meeting at once.
    RequestMode {
        NeedsAcceptance = "needs_acceptance",
        AutoAccept = "auto_accept",
    }
);

code_enum!(
    /// How much the requester wants the meeting; the scheduler weighs must-meet higher.
    Priority {
        MustMeet = "must_meet",
        NiceToMeet = "nice_to_meet",
    }
);

impl Priority {
    /// The scheduler's weight: one must-meet counts as much as three nice-to-meet meetings.
    pub fn weight(self) -> u32 {
        match self {
            Priority::MustMeet => 3,
            Priority::NiceToMeet => 1,
        }
    }
}

code_enum!(
    /// Where a request stands. An accepted request is a meeting.
    RequestStatus {
        Pending = "pending",
        Accepted = "accepted",
        Declined = "declined",
        Cancelled = "cancelled",
    }
);

code_enum!(
    /// What came of a meeting, recorded after the event (in increasing order of success).
    MeetingOutcome {
        NoShow = "no_show",
        Held = "held",
        FollowUp = "follow_up",
        Agreement = "agreement",
    }
);

/// The organiser's brokerage setup of one event.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct BrokerageSettings {
    pub event_id: Id,
    pub input: SettingsInput,
    /// When the schedule was last published to the participants.
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub published_at: Option<OffsetDateTime>,
    /// The report of the last scheduler run, as JSON text (written by the scheduling service).
    pub last_run: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

code_enum!(
    /// Where the booking of meetings stands: requests may be made only while it is open.
    BookingPhase {
        NotYetOpen = "not_yet_open",
        Open = "open",
        Closed = "closed",
    }
);

impl SettingsInput {
    /// The booking phase at `now`: open from `booking_opens_at` (inclusive, or always) until
    /// `booking_closes_at` (exclusive, or never).
    pub fn booking_phase(&self, now: OffsetDateTime) -> BookingPhase {
        if self.booking_opens_at.is_some_and(|o| now < o) {
            BookingPhase::NotYetOpen
        } else if self.booking_closes_at.is_some_and(|c| now >= c) {
            BookingPhase::Closed
        } else {
            BookingPhase::Open
        }
    }
}

/// The organiser's choices, parsed and checked.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SettingsInput {
    /// Shared meeting tables; exhibitors' booths come on top.
    pub tables: i64,
    /// At most this many meetings per participant.
    pub max_meetings: Option<i64>,
    /// Requests may be made from (inclusive) …
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub booking_opens_at: Option<OffsetDateTime>,
    /// … until (exclusive).
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub booking_closes_at: Option<OffsetDateTime>,
    pub request_mode: RequestMode,
    /// The participant types of this event, e.g. buyer and seller, or cluster, SME and researcher.
    pub participant_types: Vec<String>,
    /// Participants of the same type may not meet (buyers meet sellers only).
    pub only_across_types: bool,
}

/// A break inside a B2B session (e.g. lunch): no slot overlaps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TimeRange {
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub starts_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub ends_at: OffsetDateTime,
}

impl TimeRange {
    pub fn overlaps(&self, starts_at: OffsetDateTime, ends_at: OffsetDateTime) -> bool {
        self.starts_at < ends_at && starts_at < self.ends_at
    }
}

/// A B2B session: a stretch of time cut into slots, minus its breaks.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct B2bSession {
    pub id: Id,
    pub event_id: Id,
    pub input: B2bSessionInput,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct B2bSessionInput {
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub starts_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub ends_at: OffsetDateTime,
    pub slot_minutes: i64,
    pub breaks: Vec<TimeRange>,
}

/// One meeting slot, derived from the sessions (never stored: a slot is known by its start).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct MeetingSlot {
    /// 0-based position in time order over all sessions.
    pub index: usize,
    pub session_id: Id,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub starts_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub ends_at: OffsetDateTime,
    /// The local calendar day in the event's time zone: idle time across days is no break.
    #[schema(value_type = String, format = Date)]
    pub day: Date,
}

/// Every slot of the sessions, in time order: each session is cut into `slot_minutes` pieces from
/// its start; a piece that overlaps a break or runs past the end is skipped (the next piece starts
/// right after the break). Slots of overlapping sessions with the same start are kept once.
pub fn slots(sessions: &[B2bSession], timezone: &str) -> Vec<MeetingSlot> {
    let mut out: Vec<MeetingSlot> = Vec::new();
    for s in sessions {
        let step = time::Duration::minutes(s.input.slot_minutes.max(1));
        let mut start = s.input.starts_at;
        while start + step <= s.input.ends_at {
            let end = start + step;
            if let Some(b) = s.input.breaks.iter().find(|b| b.overlaps(start, end)) {
                start = b.ends_at.max(start + time::Duration::minutes(1));
                continue;
            }
            out.push(MeetingSlot {
                index: 0,
                session_id: s.id,
                starts_at: start,
                ends_at: end,
                day: crate::events::local_time(start, timezone).date(),
            });
            start = end;
        }
    }
    out.sort_by_key(|s| (s.starts_at, s.session_id));
    out.dedup_by_key(|s| s.starts_at);
    for (i, s) in out.iter_mut().enumerate() {
        s.index = i;
    }
    out
}

/// A person taking part in the meetings of an event, with their brokerage profile.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Participant {
    pub id: Id,
    pub event_id: Id,
    pub user_id: Id,
    pub name: String,
    pub org_id: Option<Id>,
    pub org_name: Option<String>,
    pub input: ParticipantInput,
    /// An exhibitor's own booth, set by the organiser: their meetings take place there.
    pub booth: Option<String>,
    /// Start instants (unix seconds) of the slots the person cannot attend.
    pub unavailable: Vec<i64>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

impl Participant {
    pub fn is_online(&self) -> bool {
        self.input.attendance == Attendance::Online
    }
    pub fn available_at(&self, slot: &MeetingSlot) -> bool {
        !self.unavailable.contains(&slot.starts_at.unix_timestamp())
    }
}

/// What a participant says about themselves, parsed and checked.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ParticipantInput {
    /// One of the person's organisations, or none.
    pub org_id: Option<Id>,
    /// One of the event's participant types.
    pub participant_type: Option<String>,
    /// What I offer.
    pub offer: String,
    /// What I look for.
    pub seek: String,
    /// Linked marketplace profiles (of the person's organisations).
    pub profile_ids: Vec<Id>,
    pub attendance: Attendance,
}

/// A meeting request; an accepted one is a meeting, placed by the scheduler.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct MeetingRequest {
    pub id: Id,
    pub event_id: Id,
    pub requester: ParticipantRef,
    pub recipient: ParticipantRef,
    /// Only the two participants (and the organisers) see it.
    pub message: String,
    pub priority: Priority,
    pub status: RequestStatus,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub decided_at: Option<OffsetDateTime>,
    /// Where the meeting is placed, if it is.
    pub placement: Option<Placement>,
    /// The organiser fixed the placement: re-scheduling keeps it.
    pub locked: bool,
    /// The placement was published: re-scheduling keeps it unless it cannot stay.
    pub published: bool,
    pub outcome: Option<MeetingOutcome>,
    pub outcome_note: Option<String>,
}

impl MeetingRequest {
    pub fn involves(&self, participant_id: Id) -> bool {
        self.requester.id == participant_id || self.recipient.id == participant_id
    }
    /// The other side of the meeting, seen from `participant_id`.
    pub fn other(&self, participant_id: Id) -> &ParticipantRef {
        if self.requester.id == participant_id {
            &self.recipient
        } else {
            &self.requester
        }
    }
}

/// A participant as a request shows them.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ParticipantRef {
    /// The participant id (not the user id).
    pub id: Id,
    pub user_id: Id,
    pub name: String,
    pub org_name: Option<String>,
}

/// Where a meeting takes place: a slot (known by its start) and a shared table, or none (an online
/// meeting, or a meeting at an exhibitor's booth).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Placement {
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub slot_start: OffsetDateTime,
    /// 1-based shared table number.
    pub table: Option<i64>,
}

/// A request as imports and the demo store it, with its status already decided
/// ([`BrokerageRepo::insert_meeting_requests`]); people make requests through `brokerage_requests`.
#[derive(Debug, Clone, PartialEq)]
pub struct NewRequestRow {
    /// Participant ids (not user ids) of the event.
    pub requester_id: Id,
    pub recipient_id: Id,
    pub message: String,
    pub priority: Priority,
    pub status: RequestStatus,
    pub created_at: OffsetDateTime,
    /// When the recipient accepted or declined.
    pub decided_at: Option<OffsetDateTime>,
}

/// Setup and participants; requests and meetings have their own traits.
#[async_trait]
pub trait BrokerageRepo: Send + Sync {
    async fn brokerage_settings(&self, event_id: Id) -> DomainResult<Option<BrokerageSettings>>;
    /// Creates or replaces the organiser's choices (keeps `published_at` and `last_run`).
    async fn save_brokerage_settings(
        &self,
        event_id: Id,
        input: &SettingsInput,
    ) -> DomainResult<BrokerageSettings>;
    /// Stores the publication time and the last run's report (either may be cleared).
    async fn set_brokerage_run(
        &self,
        event_id: Id,
        published_at: Option<OffsetDateTime>,
        last_run: Option<&str>,
    ) -> DomainResult<()>;

    /// The event's B2B sessions, earliest first.
    async fn b2b_sessions(&self, event_id: Id) -> DomainResult<Vec<B2bSession>>;
    async fn create_b2b_session(
        &self,
        event_id: Id,
        input: &B2bSessionInput,
    ) -> DomainResult<B2bSession>;
    /// `NotFound` when the session is not the event's. Meetings placed in slots of the session
    /// that the change removes lose their placement in the same transaction (they are accepted
    /// meetings still, for the next scheduler run).
    async fn update_b2b_session(
        &self,
        event_id: Id,
        session_id: Id,
        input: &B2bSessionInput,
    ) -> DomainResult<B2bSession>;
    /// Meetings placed in the session lose their placement in the same transaction.
    async fn delete_b2b_session(&self, event_id: Id, session_id: Id) -> DomainResult<bool>;

    /// Every participant of the event, by name.
    async fn brokerage_participants(&self, event_id: Id) -> DomainResult<Vec<Participant>>;
    async fn brokerage_participant(
        &self,
        event_id: Id,
        participant_id: Id,
    ) -> DomainResult<Option<Participant>>;
    async fn brokerage_participant_of_user(
        &self,
        event_id: Id,
        user_id: Id,
    ) -> DomainResult<Option<Participant>>;
    /// Joins, or updates the profile of someone who has joined.
    async fn save_brokerage_participant(
        &self,
        event_id: Id,
        user_id: Id,
        input: &ParticipantInput,
    ) -> DomainResult<Participant>;
    async fn set_participant_unavailable(
        &self,
        event_id: Id,
        participant_id: Id,
        slot_starts: &[i64],
    ) -> DomainResult<bool>;
    async fn set_participant_booth(
        &self,
        event_id: Id,
        participant_id: Id,
        booth: Option<&str>,
    ) -> DomainResult<bool>;
    /// Leaves the brokerage; their requests and meetings go with them.
    async fn delete_brokerage_participant(
        &self,
        event_id: Id,
        participant_id: Id,
    ) -> DomainResult<bool>;

    /// Every request of the event (all statuses), oldest first.
    async fn meeting_requests(&self, event_id: Id) -> DomainResult<Vec<MeetingRequest>>;
    async fn meeting_request(
        &self,
        event_id: Id,
        request_id: Id,
    ) -> DomainResult<Option<MeetingRequest>>;
    /// Stores requests as they are (imports, the demo), all or none in one transaction;
    /// `NotFound` when a participant is not one of the event's, `Conflict` when a pair would
    /// have two open requests.
    async fn insert_meeting_requests(
        &self,
        event_id: Id,
        rows: &[NewRequestRow],
    ) -> DomainResult<()>;
}

impl fmt::Display for MeetingSlot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "slot {} at {}", self.index + 1, self.starts_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn session(id: Id, from: OffsetDateTime, to: OffsetDateTime, minutes: i64) -> B2bSession {
        B2bSession {
            id,
            event_id: 1,
            input: B2bSessionInput {
                starts_at: from,
                ends_at: to,
                slot_minutes: minutes,
                breaks: vec![],
            },
        }
    }

    #[test]
    fn sessions_are_cut_into_slots_around_breaks() {
        let mut s = session(
            1,
            datetime!(2026-10-20 08:00 UTC),
            datetime!(2026-10-20 13:00 UTC),
            30,
        );
        s.input.breaks.push(TimeRange {
            starts_at: datetime!(2026-10-20 10:15 UTC),
            ends_at: datetime!(2026-10-20 11:00 UTC),
        });
        let got = slots(&[s], "Europe/Warsaw");
        let starts: Vec<String> = got
            .iter()
            .map(|s| format!("{:02}:{:02}", s.starts_at.hour(), s.starts_at.minute()))
            .collect();
        assert_eq!(
            starts,
            ["08:00", "08:30", "09:00", "09:30", "11:00", "11:30", "12:00", "12:30"]
        );
        assert_eq!(got[4].index, 4);
        assert!(got
            .iter()
            .all(|s| s.day == time::macros::date!(2026 - 10 - 20)));
    }

    #[test]
    fn slots_of_two_days_are_ordered_and_know_their_local_day() {
        let day2 = session(
            2,
            datetime!(2026-10-21 07:00 UTC),
            datetime!(2026-10-21 08:00 UTC),
            20,
        );
        // 23:00 UTC is already the next day in Warsaw.
        let day1 = session(
            1,
            datetime!(2026-10-20 22:00 UTC),
            datetime!(2026-10-20 23:40 UTC),
            50,
        );
        let got = slots(&[day2, day1], "Europe/Warsaw");
        assert_eq!(got.len(), 5);
        assert_eq!(got[0].session_id, 1);
        assert_eq!(got[0].day, time::macros::date!(2026 - 10 - 21));
        assert_eq!(got[1].day, time::macros::date!(2026 - 10 - 21));
        assert!(got.windows(2).all(|w| w[0].starts_at < w[1].starts_at));
    }
}
