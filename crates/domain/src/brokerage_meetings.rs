//! Meetings of a brokerage event: scheduling with the `klaster-scheduling` crate, locking,
//! publishing, re-scheduling, agendas, the organiser's dashboard and outcomes.
//!
//! An accepted request is a meeting. The scheduler places meetings in slots at shared tables; a
//! meeting where either side takes part online is online, one with an exhibitor who has a booth
//! takes place at the booth — neither needs a shared table. Participants see placements only once
//! the organisers publish them; re-scheduling keeps locked and published meetings where they are
//! unless their place became impossible, and then tells both sides where they moved.

use crate::brokerage::*;
use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{check_text, local_time, Event, EventViewer, Events};
use crate::model::{csv_cell, Id};
use crate::notifications::NewNotification;
use crate::repo::Repository;
use crate::types::{code_enum, ParseError};
use async_trait::async_trait;
use klaster_scheduling as sched;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::future::Future;
use time::OffsetDateTime;

/// A placement as a scheduler run stores it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredPlacement {
    pub request_id: Id,
    pub placement: Option<Placement>,
    pub locked: bool,
    pub published: bool,
}

/// Storage of placements and outcomes.
#[async_trait]
pub trait BrokerageMeetingRepo: Send + Sync {
    /// One scheduler run, in one transaction: every given meeting's placement, lock and
    /// publication, and the run's report as the settings' `last_run` (`published_at` is kept).
    async fn store_schedule(
        &self,
        event_id: Id,
        placements: &[StoredPlacement],
        report: &str,
    ) -> DomainResult<()>;
    /// In one transaction: every placed accepted meeting becomes published (unplaced ones not)
    /// and the settings' `published_at` is `at`.
    async fn publish_schedule(&self, event_id: Id, at: OffsetDateTime) -> DomainResult<()>;
    /// False when the event has no such accepted meeting.
    async fn set_meeting_locked(
        &self,
        event_id: Id,
        request_id: Id,
        locked: bool,
    ) -> DomainResult<bool>;
    /// Places an accepted meeting and locks it there. Under a lock on the event's brokerage it
    /// checks again that neither participant nor (for a table) the table is taken in that slot:
    /// false when they are (someone was quicker) or the meeting is not an accepted one.
    async fn move_meeting(
        &self,
        event_id: Id,
        request_id: Id,
        placement: &Placement,
    ) -> DomainResult<bool>;
    /// False when the event has no such accepted meeting.
    async fn set_meeting_outcome(
        &self,
        event_id: Id,
        request_id: Id,
        outcome: MeetingOutcome,
        note: Option<&str>,
    ) -> DomainResult<bool>;
    /// The published, placed, accepted meetings of a person, over every event, soonest first.
    async fn published_meetings_of_user(&self, user_id: Id) -> DomainResult<Vec<MeetingRequest>>;
}

/// The scheduler's default and longest time limit (seconds): a run blocks the organiser's page.
pub const DEFAULT_TIME_LIMIT: u32 = 10;
pub const MAX_TIME_LIMIT: u32 = 120;
/// The longest note on an outcome.
pub const MAX_OUTCOME_NOTE: usize = 1_000;

/// The organiser's choices for one scheduler run, as a form or JSON body gives them.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawRunOptions {
    /// Seconds, 1–120 (default 10); the best schedule found by then is kept, with its gap.
    pub time_limit: Option<i64>,
    /// Every accepted meeting must be scheduled: the run reports "infeasible" instead of dropping any.
    pub schedule_all: bool,
    /// At most this many breaks per participant (0–50), or no cap.
    pub max_breaks: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunOptions {
    pub time_limit: u32,
    pub schedule_all: bool,
    pub max_breaks: Option<u32>,
}

impl RawRunOptions {
    pub fn parse(&self) -> Result<RunOptions, FieldErrors> {
        let mut e = FieldErrors::new();
        let time_limit = match self.time_limit {
            None => DEFAULT_TIME_LIMIT,
            Some(t) if (1..=MAX_TIME_LIMIT as i64).contains(&t) => t as u32,
            Some(_) => {
                e.add(
                    "time_limit",
                    format!("must be a whole number from 1 to {MAX_TIME_LIMIT}"),
                );
                DEFAULT_TIME_LIMIT
            }
        };
        let max_breaks = match self.max_breaks {
            Some(b) if !(0..=50).contains(&b) => {
                e.add("max_breaks", "must be a whole number from 0 to 50");
                None
            }
            b => b.map(|b| b as u32),
        };
        if !e.is_empty() {
            return Err(e);
        }
        Ok(RunOptions {
            time_limit,
            schedule_all: self.schedule_all,
            max_breaks,
        })
    }
}

code_enum!(
    /// How good the stored schedule is known to be: `optimal` (both objectives proven),
    /// `feasible` (valid; the bounds give the remaining gap) or `infeasible` (no schedule keeps
    /// the locked meetings, holds every meeting with "schedule all" and respects the break cap:
    /// nothing was changed).
    RunStatus {
        Optimal = "optimal",
        Feasible = "feasible",
        Infeasible = "infeasible",
    }
);

/// The report of a scheduler run, stored as the settings' `last_run`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RunReport {
    pub status: RunStatus,
    /// Which engine found the schedule (exact or heuristic).
    pub engine: String,
    /// Accepted meetings given to the scheduler.
    pub meetings_requested: usize,
    pub meetings_scheduled: usize,
    /// No schedule holds more meetings than this.
    pub meetings_upper_bound: usize,
    /// Priority-weighted meetings scheduled (must-meet 3, nice-to-meet 1) and their upper bound.
    pub weight_scheduled: u64,
    pub weight_upper_bound: u64,
    /// Breaks of all participants (idle runs between two meetings of a day) and the proven
    /// lower bound on them.
    pub breaks: u64,
    pub breaks_lower_bound: u64,
    pub seconds: f64,
    /// Locked and published meetings kept where they were.
    pub kept: usize,
    /// Published meetings that had to move (both sides were told).
    pub moved: usize,
    pub time_limit: u32,
    pub schedule_all: bool,
    pub max_breaks: Option<u32>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub ran_at: OffsetDateTime,
}

impl RunReport {
    /// The share of the weight bound not reached, 0–1 (0 when proven optimal).
    pub fn weight_gap(&self) -> f64 {
        if self.weight_upper_bound == 0 {
            0.0
        } else {
            self.weight_upper_bound
                .saturating_sub(self.weight_scheduled) as f64
                / self.weight_upper_bound as f64
        }
    }
    pub fn breaks_gap(&self) -> u64 {
        self.breaks.saturating_sub(self.breaks_lower_bound)
    }
}

/// Where a meeting takes place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Venue {
    /// A shared table (its number once placed).
    Table { table: Option<i64> },
    /// Either side takes part online.
    Online,
    /// At an exhibitor's own booth.
    Booth { booth: String },
}

impl Venue {
    /// Online beats a booth (the online side cannot come to it); the recipient's booth before the
    /// requester's, as the one who was asked hosts.
    fn of(requester: &Participant, recipient: &Participant, table: Option<i64>) -> Venue {
        if requester.is_online() || recipient.is_online() {
            Venue::Online
        } else if let Some(b) = recipient.booth.as_ref().or(requester.booth.as_ref()) {
            Venue::Booth { booth: b.clone() }
        } else {
            Venue::Table { table }
        }
    }
    pub fn uses_table(&self) -> bool {
        matches!(self, Venue::Table { .. })
    }
}

/// A meeting with where and when it takes place.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct MeetingView {
    pub meeting: MeetingRequest,
    pub venue: Venue,
    /// The slot it is placed in.
    pub slot: Option<MeetingSlot>,
}

code_enum!(
    /// Why an accepted meeting has no place, judged on the current data: no slot both
    /// participants can attend; in every such slot one of them has another meeting; both are free
    /// somewhere but every shared table is taken there; or a free place exists (run the scheduler
    /// again or place it by hand).
    UnscheduledReason {
        NoCommonSlot = "no_common_slot",
        PartnersBusy = "partners_busy",
        TablesFull = "tables_full",
        Placeable = "placeable",
    }
);

/// Counts for the organiser.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Stats {
    pub participants: usize,
    /// Every request made, whatever became of it.
    pub requested: usize,
    pub pending: usize,
    pub accepted: usize,
    pub declined: usize,
    pub cancelled: usize,
    /// Accepted meetings with a place, and without one.
    pub scheduled: usize,
    pub unscheduled: usize,
    pub published: usize,
    /// Outcomes are cumulative: a meeting with an agreement was also held and followed up.
    pub held: usize,
    pub no_shows: usize,
    pub follow_ups: usize,
    pub agreements: usize,
}

/// The organiser's view: the setup, the last run, counts, every meeting and the slots.
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub settings: BrokerageSettings,
    pub report: Option<RunReport>,
    pub stats: Stats,
    pub slots: Vec<MeetingSlot>,
    /// Accepted meetings, placed ones in time order first.
    pub meetings: Vec<MeetingView>,
    /// Accepted meetings without a place, with the reason.
    pub unscheduled: Vec<(Id, UnscheduledReason)>,
}

/// What the API's meeting list answers.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MeetingList {
    /// The last run (organisers only).
    pub report: Option<RunReport>,
    /// Organisers: every placed meeting; participants: their own published meetings.
    pub meetings: Vec<MeetingView>,
}

/// One meeting on a participant's agenda.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct AgendaEntry {
    pub request_id: Id,
    pub slot: MeetingSlot,
    pub venue: Venue,
    pub partner: ParticipantRef,
    /// What the partner offers.
    pub partner_offer: String,
    /// The request's message (only the two participants and the organisers see it).
    pub message: String,
    pub priority: Priority,
    pub outcome: Option<MeetingOutcome>,
    pub outcome_note: Option<String>,
    /// The slot has started: an outcome may be recorded.
    pub started: bool,
}

/// A participant's published meetings in time order, and the slots they have free.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Agenda {
    pub participant: Participant,
    /// False until the organisers publish the schedule: then there are no entries yet.
    pub published: bool,
    pub entries: Vec<AgendaEntry>,
    /// Slots the participant can attend and has no meeting in.
    pub free_slots: Vec<MeetingSlot>,
}

/// Moving a meeting (organisers): the slot, by its start, and a table for meetings that use one.
#[derive(Debug, Clone, Deserialize, Serialize, utoipa::ToSchema)]
pub struct RawMove {
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub slot_start: OffsetDateTime,
    #[serde(default)]
    pub table: Option<i64>,
}

/// Recording what came of a meeting.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawOutcome {
    /// no_show, held, follow_up or agreement.
    pub outcome: String,
    /// Up to 1,000 characters.
    pub note: String,
}

/// The column titles of the meetings export, in the page's language.
pub struct CsvHeadings {
    pub date: String,
    pub time: String,
    pub place: String,
    pub requester: String,
    pub requester_org: String,
    pub recipient: String,
    pub recipient_org: String,
    pub priority: String,
    pub status: String,
    pub published: String,
    pub outcome: String,
    pub outcome_note: String,
}

/// Everything about one event's brokerage an action needs, read once.
#[derive(Debug, Clone)]
pub struct Brokerage {
    pub event: Event,
    pub settings: BrokerageSettings,
    pub slots: Vec<MeetingSlot>,
    pub participants: Vec<Participant>,
    /// Every request, whatever its status.
    pub requests: Vec<MeetingRequest>,
}

impl Brokerage {
    pub fn participant(&self, id: Id) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    pub fn participant_of_user(&self, user_id: Id) -> Option<&Participant> {
        self.participants.iter().find(|p| p.user_id == user_id)
    }

    /// The accepted requests: the meetings.
    pub fn meetings(&self) -> impl Iterator<Item = &MeetingRequest> {
        self.requests
            .iter()
            .filter(|r| r.status == RequestStatus::Accepted)
    }

    pub fn meeting(&self, request_id: Id) -> DomainResult<&MeetingRequest> {
        self.meetings()
            .find(|m| m.id == request_id)
            .ok_or(DomainError::NotFound)
    }

    pub fn slot_at(&self, start: OffsetDateTime) -> Option<&MeetingSlot> {
        self.slots.iter().find(|s| s.starts_at == start)
    }

    fn sides(&self, m: &MeetingRequest) -> DomainResult<(&Participant, &Participant)> {
        match (
            self.participant(m.requester.id),
            self.participant(m.recipient.id),
        ) {
            (Some(a), Some(b)) => Ok((a, b)),
            _ => Err(DomainError::internal(format!(
                "meeting {} refers to a participant who left",
                m.id
            ))),
        }
    }

    pub fn venue(&self, m: &MeetingRequest) -> DomainResult<Venue> {
        let (a, b) = self.sides(m)?;
        Ok(Venue::of(a, b, m.placement.and_then(|p| p.table)))
    }

    pub fn view(&self, m: &MeetingRequest) -> DomainResult<MeetingView> {
        Ok(MeetingView {
            meeting: m.clone(),
            venue: self.venue(m)?,
            slot: m
                .placement
                .and_then(|p| self.slot_at(p.slot_start))
                .copied(),
        })
    }

    /// Every meeting with its place: placed ones in time order, then the others.
    pub fn views(&self) -> DomainResult<Vec<MeetingView>> {
        let mut views = self
            .meetings()
            .map(|m| self.view(m))
            .collect::<DomainResult<Vec<_>>>()?;
        views.sort_by_key(|v| (v.slot.is_none(), v.slot.map(|s| s.starts_at), v.meeting.id));
        Ok(views)
    }

    /// Slots both participants can attend.
    fn common_slots(&self, m: &MeetingRequest) -> DomainResult<Vec<&MeetingSlot>> {
        let (a, b) = self.sides(m)?;
        Ok(self
            .slots
            .iter()
            .filter(|s| a.available_at(s) && b.available_at(s))
            .collect())
    }

    /// Other placed meetings in the slot starting at `start`, apart from `except`.
    fn placed_at(
        &self,
        start: OffsetDateTime,
        except: Id,
    ) -> impl Iterator<Item = &MeetingRequest> {
        self.meetings()
            .filter(move |o| o.id != except && o.placement.is_some_and(|p| p.slot_start == start))
    }

    fn tables(&self) -> i64 {
        self.settings.input.tables
    }

    fn unscheduled_reason(&self, m: &MeetingRequest) -> DomainResult<UnscheduledReason> {
        let common = self.common_slots(m)?;
        if common.is_empty() {
            return Ok(UnscheduledReason::NoCommonSlot);
        }
        let uses_table = self.venue(m)?.uses_table();
        let mut reason = UnscheduledReason::PartnersBusy;
        for s in common {
            let others: Vec<&MeetingRequest> = self.placed_at(s.starts_at, m.id).collect();
            if others
                .iter()
                .any(|o| o.involves(m.requester.id) || o.involves(m.recipient.id))
            {
                continue;
            }
            let taken = others
                .iter()
                .filter(|o| o.placement.is_some_and(|p| p.table.is_some()))
                .count() as i64;
            if !uses_table || taken < self.tables() {
                return Ok(UnscheduledReason::Placeable);
            }
            reason = UnscheduledReason::TablesFull;
        }
        Ok(reason)
    }

    pub fn stats(&self) -> Stats {
        let mut s = Stats {
            participants: self.participants.len(),
            requested: self.requests.len(),
            ..Stats::default()
        };
        for r in &self.requests {
            match r.status {
                RequestStatus::Pending => s.pending += 1,
                RequestStatus::Accepted => s.accepted += 1,
                RequestStatus::Declined => s.declined += 1,
                RequestStatus::Cancelled => s.cancelled += 1,
            }
        }
        for m in self.meetings() {
            if m.placement.is_some() {
                s.scheduled += 1;
            } else {
                s.unscheduled += 1;
            }
            if m.published && m.placement.is_some() {
                s.published += 1;
            }
            match m.outcome {
                Some(MeetingOutcome::NoShow) => s.no_shows += 1,
                Some(o) => {
                    s.held += 1;
                    s.follow_ups += usize::from(o >= MeetingOutcome::FollowUp);
                    s.agreements += usize::from(o == MeetingOutcome::Agreement);
                }
                None => {}
            }
        }
        s
    }

    /// The participant's published meetings in time order, and their free slots.
    pub fn agenda(&self, participant: &Participant, now: OffsetDateTime) -> DomainResult<Agenda> {
        let published = self.settings.published_at.is_some();
        let mut entries = Vec::new();
        for m in self
            .meetings()
            .filter(|m| m.involves(participant.id) && m.published)
        {
            let Some(slot) = m.placement.and_then(|p| self.slot_at(p.slot_start)) else {
                continue;
            };
            let partner = m.other(participant.id).clone();
            entries.push(AgendaEntry {
                request_id: m.id,
                slot: *slot,
                venue: self.venue(m)?,
                partner_offer: self
                    .participant(partner.id)
                    .map(|p| p.input.offer.clone())
                    .unwrap_or_default(),
                partner,
                message: m.message.clone(),
                priority: m.priority,
                outcome: m.outcome,
                outcome_note: m.outcome_note.clone(),
                started: slot.starts_at <= now,
            });
        }
        entries.sort_by_key(|e| e.slot.starts_at);
        let free_slots = self
            .slots
            .iter()
            .filter(|s| participant.available_at(s))
            .filter(|s| !entries.iter().any(|e| e.slot.starts_at == s.starts_at))
            .copied()
            .collect();
        Ok(Agenda {
            participant: participant.clone(),
            published,
            entries,
            free_slots,
        })
    }

    pub fn report(&self) -> Option<RunReport> {
        self.settings
            .last_run
            .as_deref()
            .and_then(|r| serde_json::from_str(r).ok())
    }
}

/// What the scheduler answers (callers need not depend on the scheduling crate).
pub type Solved = sched::Report;

/// The scheduler's work, ready to run on a thread that may block for seconds.
pub struct SolveJob {
    instance: sched::Instance,
    options: sched::SolveOptions,
}

impl SolveJob {
    pub fn run(self) -> DomainResult<Solved> {
        sched::solve(&self.instance, &self.options, &mut |_| {}).map_err(DomainError::internal)
    }
}

/// The scheduling problem built from a brokerage, and how to read its answer back.
struct Plan {
    /// The accepted meetings, in the instance's order.
    meetings: Vec<MeetingRequest>,
    uses_table: Vec<bool>,
    /// Locked or published meetings kept where they are.
    kept: Vec<bool>,
    instance: sched::Instance,
}

impl Plan {
    fn new(b: &Brokerage, options: &RunOptions) -> DomainResult<Plan> {
        let index: HashMap<Id, usize> = b
            .participants
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id, i))
            .collect();
        let first_day = b.slots.first().map(|s| s.day.to_julian_day()).unwrap_or(0);
        let mut instance = sched::Instance {
            participant_count: b.participants.len(),
            day_of_slot: b
                .slots
                .iter()
                .map(|s| (s.day.to_julian_day() - first_day) as u32)
                .collect(),
            tables_per_slot: vec![b.tables().max(0) as usize; b.slots.len()],
            meetings: Vec::new(),
            precedences: Vec::new(),
            max_breaks_per_participant: options.max_breaks,
            max_break_spread: None,
            require_all: options.schedule_all,
        };
        let mut meetings: Vec<MeetingRequest> = b.meetings().cloned().collect();
        // Organiser locks claim their place before published meetings do.
        meetings.sort_by_key(|m| (!m.locked, !m.published, m.id));
        let mut uses_table = Vec::new();
        let mut kept = Vec::new();
        let mut busy: HashSet<(Id, usize)> = HashSet::new();
        let mut tables_taken: HashSet<(usize, i64)> = HashSet::new();
        for m in &meetings {
            let (a, c) = b.sides(m)?;
            let venue = Venue::of(a, c, None);
            let eligible: Vec<usize> = b
                .slots
                .iter()
                .filter(|s| a.available_at(s) && c.available_at(s))
                .map(|s| s.index)
                .collect();
            // A kept place must still be possible: the slot exists, both can attend and are free
            // there, and a meeting at a table has a table of its own within the count.
            let keep = (m.locked || m.published)
                .then_some(m.placement)
                .flatten()
                .and_then(|p| {
                    let slot = b.slot_at(p.slot_start)?.index;
                    if !eligible.contains(&slot)
                        || busy.contains(&(a.id, slot))
                        || busy.contains(&(c.id, slot))
                    {
                        return None;
                    }
                    let table = if venue.uses_table() {
                        let t = p.table.filter(|t| (1..=b.tables()).contains(t))?;
                        (!tables_taken.contains(&(slot, t))).then_some(t)?
                    } else {
                        0
                    };
                    Some((slot, table))
                });
            if let Some((slot, table)) = keep {
                busy.insert((a.id, slot));
                busy.insert((c.id, slot));
                if table > 0 {
                    tables_taken.insert((slot, table));
                }
            }
            instance.meetings.push(sched::Meeting {
                first: index[&a.id],
                second: index[&c.id],
                weight: m.priority.weight(),
                eligible_slots: eligible,
                fixed_slot: None,
                locked: keep.map(|(slot, table)| sched::Placement {
                    slot,
                    table: (table - 1).max(0) as usize,
                }),
                uses_table: venue.uses_table(),
            });
            uses_table.push(venue.uses_table());
            kept.push(keep.is_some());
        }
        Ok(Plan {
            meetings,
            uses_table,
            kept,
            instance,
        })
    }

    fn job(&self, options: &RunOptions) -> SolveJob {
        SolveJob {
            instance: self.instance.clone(),
            options: sched::SolveOptions {
                time_limit: Some(options.time_limit as f64),
                engine: sched::solver::Engine::Auto,
            },
        }
    }
}

/// A published meeting that moved (or lost its place): both sides are told.
struct Moved {
    meeting: MeetingRequest,
    to: Option<OffsetDateTime>,
}

/// The meetings service: organisers schedule, lock, move and publish; participants read their
/// agenda; both record outcomes.
pub struct BrokerageMeetings<'a> {
    pub repo: &'a dyn Repository,
}

impl BrokerageMeetings<'_> {
    /// The brokerage of an event the viewer may see; `NotFound` when it has none.
    pub async fn load(&self, viewer: &EventViewer, event_id: Id) -> DomainResult<Brokerage> {
        let event = Events { repo: self.repo }.get(viewer, event_id).await?;
        let settings = self
            .repo
            .brokerage_settings(event_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let sessions = self.repo.b2b_sessions(event_id).await?;
        let slots = slots(&sessions, &event.timezone);
        Ok(Brokerage {
            slots,
            participants: self.repo.brokerage_participants(event_id).await?,
            requests: self.repo.meeting_requests(event_id).await?,
            event,
            settings,
        })
    }

    async fn load_as_organiser(
        &self,
        viewer: &EventViewer,
        event_id: Id,
    ) -> DomainResult<Brokerage> {
        let b = self.load(viewer, event_id).await?;
        viewer.require_organiser(&b.event)?;
        Ok(b)
    }

    /// Runs the scheduler (organisers) and stores its placements and report. `offload` runs the
    /// job where blocking for seconds does no harm (the server: tokio's blocking threads).
    pub async fn schedule<F, Fut>(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        raw: &RawRunOptions,
        now: OffsetDateTime,
        offload: F,
    ) -> DomainResult<RunReport>
    where
        F: FnOnce(SolveJob) -> Fut,
        Fut: Future<Output = DomainResult<Solved>>,
    {
        let b = self.load_as_organiser(viewer, event_id).await?;
        let options = raw.parse().map_err(DomainError::Validation)?;
        if b.slots.is_empty() {
            return Err(DomainError::field(
                "schedule",
                "there are no meeting slots: add a B2B session first",
            ));
        }
        let plan = Plan::new(&b, &options)?;
        let solved = offload(plan.job(&options)).await?;
        let scheduled = solved.evaluation.meetings_scheduled;
        // Without a proof the heuristic may miss meetings: "schedule all" then changes nothing either.
        let status = match solved.status {
            sched::Status::Infeasible => RunStatus::Infeasible,
            _ if options.schedule_all && scheduled < plan.meetings.len() => RunStatus::Infeasible,
            sched::Status::Optimal => RunStatus::Optimal,
            sched::Status::Feasible => RunStatus::Feasible,
        };
        let mut stored = Vec::new();
        let mut moved = Vec::new();
        if status != RunStatus::Infeasible {
            for (i, m) in plan.meetings.iter().enumerate() {
                let placement = solved.schedule.placements[i].map(|p| Placement {
                    slot_start: b.slots[p.slot].starts_at,
                    table: plan.uses_table[i].then_some(p.table as i64 + 1),
                });
                if m.published && m.placement.is_some() && m.placement != placement {
                    moved.push(Moved {
                        meeting: m.clone(),
                        to: placement.map(|p| p.slot_start),
                    });
                }
                stored.push(StoredPlacement {
                    request_id: m.id,
                    placement,
                    locked: m.locked && plan.kept[i],
                    published: m.published && placement.is_some(),
                });
            }
        }
        let report = RunReport {
            status,
            engine: solved.engine.to_string(),
            meetings_requested: plan.meetings.len(),
            meetings_scheduled: if status == RunStatus::Infeasible {
                0
            } else {
                scheduled
            },
            meetings_upper_bound: solved.meetings_upper_bound,
            weight_scheduled: if status == RunStatus::Infeasible {
                0
            } else {
                solved.evaluation.weight_scheduled
            },
            weight_upper_bound: solved.weight_upper_bound,
            breaks: solved.evaluation.breaks_total,
            breaks_lower_bound: solved.breaks_lower_bound,
            seconds: solved.seconds,
            kept: plan.kept.iter().filter(|k| **k).count(),
            moved: moved.len(),
            time_limit: options.time_limit,
            schedule_all: options.schedule_all,
            max_breaks: options.max_breaks,
            ran_at: now,
        };
        let json = serde_json::to_string(&report).map_err(DomainError::internal)?;
        if status == RunStatus::Infeasible {
            self.repo
                .set_brokerage_run(event_id, b.settings.published_at, Some(&json))
                .await?;
        } else {
            self.repo.store_schedule(event_id, &stored, &json).await?;
        }
        for m in &moved {
            self.tell_moved(&b.event, &m.meeting, m.to).await?;
        }
        self.repo
            .audit(
                viewer.user_id,
                "brokerage.schedule",
                &format!("event:{event_id}"),
            )
            .await?;
        Ok(report)
    }

    /// Both sides of a published meeting learn its new time ("—" when it lost its place).
    async fn tell_moved(
        &self,
        ev: &Event,
        m: &MeetingRequest,
        to: Option<OffsetDateTime>,
    ) -> DomainResult<()> {
        let time = to.map_or_else(|| "—".to_string(), |t| local_stamp(t, &ev.timezone));
        let link = format!("/events/{}/brokerage/agenda", ev.id);
        for (who, partner) in [(&m.requester, &m.recipient), (&m.recipient, &m.requester)] {
            let note = NewNotification::new(
                "b2b_meeting_changed",
                &link,
                &[
                    ("event", ev.title.as_str()),
                    ("partner", partner.name.as_str()),
                    ("time", time.as_str()),
                ],
            );
            self.repo.notify(&[who.user_id], &note).await?;
        }
        Ok(())
    }

    /// Publishes every placed meeting (organisers) and tells each participant with a meeting;
    /// returns how many meetings are published.
    pub async fn publish(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<usize> {
        let b = self.load_as_organiser(viewer, event_id).await?;
        let placed: Vec<&MeetingRequest> = b.meetings().filter(|m| m.placement.is_some()).collect();
        if placed.is_empty() {
            return Err(DomainError::field(
                "publish",
                "no meeting is scheduled yet: run the scheduler first",
            ));
        }
        self.repo.publish_schedule(event_id, now).await?;
        let people: Vec<Id> = placed
            .iter()
            .flat_map(|m| [m.requester.user_id, m.recipient.user_id])
            .collect::<HashSet<Id>>()
            .into_iter()
            .collect();
        let note = NewNotification::new(
            "b2b_schedule_published",
            &format!("/events/{event_id}/brokerage/agenda"),
            &[("event", b.event.title.as_str())],
        );
        self.repo.notify(&people, &note).await?;
        self.repo
            .audit(
                viewer.user_id,
                "brokerage.publish",
                &format!("event:{event_id}"),
            )
            .await?;
        Ok(placed.len())
    }

    /// Locks a placed meeting where it is, or unlocks it (organisers).
    pub async fn set_locked(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        request_id: Id,
        locked: bool,
    ) -> DomainResult<MeetingView> {
        let b = self.load_as_organiser(viewer, event_id).await?;
        let m = b.meeting(request_id)?;
        if locked && m.placement.is_none() {
            return Err(DomainError::field(
                "meeting",
                "the meeting has no place to lock: schedule or move it first",
            ));
        }
        if !self
            .repo
            .set_meeting_locked(event_id, request_id, locked)
            .await?
        {
            return Err(DomainError::NotFound);
        }
        let mut m = m.clone();
        m.locked = locked;
        b.view(&m)
    }

    /// Moves a meeting to a slot (and table) by hand (organisers); it is locked there. Both sides
    /// of a published meeting are told.
    pub async fn move_to(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        request_id: Id,
        raw: &RawMove,
    ) -> DomainResult<MeetingView> {
        let b = self.load_as_organiser(viewer, event_id).await?;
        let m = b.meeting(request_id)?;
        let (a, c) = b.sides(m)?;
        let Some(slot) = b.slot_at(raw.slot_start) else {
            return Err(DomainError::field(
                "slot_start",
                "is not a slot of the event's B2B sessions",
            ));
        };
        if !a.available_at(slot) || !c.available_at(slot) {
            return Err(DomainError::field(
                "slot_start",
                "one of the participants cannot attend this slot",
            ));
        }
        let others: Vec<&MeetingRequest> = b.placed_at(slot.starts_at, m.id).collect();
        if others.iter().any(|o| o.involves(a.id) || o.involves(c.id)) {
            return Err(DomainError::field(
                "slot_start",
                "one of the participants has another meeting in this slot",
            ));
        }
        let table = if Venue::of(a, c, None).uses_table() {
            let tables = b.tables();
            let t = raw
                .table
                .filter(|t| (1..=tables).contains(t))
                .ok_or_else(|| {
                    DomainError::field(
                        "table",
                        format!("must be a whole number from 1 to {tables}"),
                    )
                })?;
            if others
                .iter()
                .any(|o| o.placement.and_then(|p| p.table) == Some(t))
            {
                return Err(DomainError::field(
                    "table",
                    "this table is taken in this slot",
                ));
            }
            Some(t)
        } else {
            None
        };
        let placement = Placement {
            slot_start: slot.starts_at,
            table,
        };
        if !self
            .repo
            .move_meeting(event_id, request_id, &placement)
            .await?
        {
            return Err(DomainError::Conflict(
                "the slot or table was taken meanwhile".into(),
            ));
        }
        if m.published && m.placement != Some(placement) {
            self.tell_moved(&b.event, m, Some(slot.starts_at)).await?;
        }
        self.repo
            .audit(
                viewer.user_id,
                "brokerage.move",
                &format!("meeting:{request_id}"),
            )
            .await?;
        let mut m = m.clone();
        m.placement = Some(placement);
        m.locked = true;
        b.view(&m)
    }

    /// Records what came of a meeting once its slot has started: either participant (of a
    /// published meeting) or an organiser.
    pub async fn record_outcome(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        request_id: Id,
        raw: &RawOutcome,
        now: OffsetDateTime,
    ) -> DomainResult<MeetingView> {
        let user = viewer.require_user()?;
        let b = self.load(viewer, event_id).await?;
        let m = b.meeting(request_id)?;
        let organiser = viewer.is_organiser(&b.event);
        let participant = m.requester.user_id == user || m.recipient.user_id == user;
        if !organiser && !participant {
            return Err(DomainError::Forbidden);
        }
        let visible = organiser || m.published;
        let Some(placement) = m.placement.filter(|_| visible) else {
            return Err(DomainError::field(
                "outcome",
                "the meeting is not scheduled",
            ));
        };
        if placement.slot_start > now {
            return Err(DomainError::field(
                "outcome",
                "can be recorded once the meeting has started",
            ));
        }
        let mut e = FieldErrors::new();
        let outcome = e.check("outcome", MeetingOutcome::parse(&raw.outcome));
        check_text(&mut e, "note", &raw.note, 0, MAX_OUTCOME_NOTE);
        let (Some(outcome), true) = (outcome, e.is_empty()) else {
            return Err(DomainError::Validation(e));
        };
        let note = raw.note.trim();
        let note = (!note.is_empty()).then_some(note);
        if !self
            .repo
            .set_meeting_outcome(event_id, request_id, outcome, note)
            .await?
        {
            return Err(DomainError::NotFound);
        }
        let mut m = m.clone();
        m.outcome = Some(outcome);
        m.outcome_note = note.map(str::to_string);
        b.view(&m)
    }

    /// The viewer's own agenda; `NotFound` for people who do not take part.
    pub async fn agenda(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<Agenda> {
        let user = viewer.require_user()?;
        let b = self.load(viewer, event_id).await?;
        let p = b.participant_of_user(user).ok_or(DomainError::NotFound)?;
        b.agenda(p, now)
    }

    /// The agendas of a person (`user_id`, seen as `viewer`) on every event where they have a
    /// published meeting, for their calendar feed.
    pub async fn agendas_of_user(
        &self,
        viewer: &EventViewer,
        user_id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<Vec<(Event, Agenda)>> {
        let mut events: Vec<Id> = self
            .repo
            .published_meetings_of_user(user_id)
            .await?
            .iter()
            .map(|m| m.event_id)
            .collect();
        events.sort_unstable();
        events.dedup();
        let mut out = Vec::new();
        for event_id in events {
            let b = match self.load(viewer, event_id).await {
                Ok(b) => b,
                Err(DomainError::NotFound) => continue,
                Err(e) => return Err(e),
            };
            if let Some(p) = b.participant_of_user(user_id) {
                let agenda = b.agenda(p, now)?;
                out.push((b.event, agenda));
            }
        }
        Ok(out)
    }

    /// Every participant's agenda, by name (organisers, for printing).
    pub async fn agendas(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<(Brokerage, Vec<Agenda>)> {
        let b = self.load_as_organiser(viewer, event_id).await?;
        let agendas = b
            .participants
            .iter()
            .map(|p| b.agenda(p, now))
            .collect::<DomainResult<Vec<_>>>()?;
        Ok((b, agendas))
    }

    /// The organiser's dashboard.
    pub async fn dashboard(&self, viewer: &EventViewer, event_id: Id) -> DomainResult<Dashboard> {
        let b = self.load_as_organiser(viewer, event_id).await?;
        let meetings = b.views()?;
        let unscheduled = b
            .meetings()
            .filter(|m| m.placement.is_none())
            .map(|m| Ok((m.id, b.unscheduled_reason(m)?)))
            .collect::<DomainResult<Vec<_>>>()?;
        Ok(Dashboard {
            report: b.report(),
            stats: b.stats(),
            slots: b.slots.clone(),
            settings: b.settings,
            meetings,
            unscheduled,
        })
    }

    /// One meeting with its place (organisers).
    pub async fn meeting(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        request_id: Id,
    ) -> DomainResult<(Brokerage, MeetingView)> {
        let b = self.load_as_organiser(viewer, event_id).await?;
        let view = b.view(b.meeting(request_id)?)?;
        Ok((b, view))
    }

    /// Organisers: every placed meeting and the last run; participants: their published meetings.
    pub async fn list(&self, viewer: &EventViewer, event_id: Id) -> DomainResult<MeetingList> {
        let user = viewer.require_user()?;
        let b = self.load(viewer, event_id).await?;
        if viewer.is_organiser(&b.event) {
            let meetings = b
                .meetings()
                .filter(|m| m.placement.is_some())
                .map(|m| b.view(m))
                .collect::<DomainResult<Vec<_>>>()?;
            return Ok(MeetingList {
                report: b.report(),
                meetings,
            });
        }
        let p = b.participant_of_user(user).ok_or(DomainError::Forbidden)?;
        let meetings = b
            .meetings()
            .filter(|m| m.involves(p.id) && m.published && m.placement.is_some())
            .map(|m| b.view(m))
            .collect::<DomainResult<Vec<_>>>()?;
        Ok(MeetingList {
            report: None,
            meetings,
        })
    }

    /// Every accepted meeting as CSV (organisers): one row each, times in the event's zone.
    pub async fn csv(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        h: &CsvHeadings,
        place: impl Fn(&Venue) -> String,
    ) -> DomainResult<String> {
        let b = self.load_as_organiser(viewer, event_id).await?;
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record([
            &h.date,
            &h.time,
            &h.place,
            &h.requester,
            &h.requester_org,
            &h.recipient,
            &h.recipient_org,
            &h.priority,
            &h.status,
            &h.published,
            &h.outcome,
            &h.outcome_note,
        ])
        .map_err(DomainError::internal)?;
        for v in b.views()? {
            let m = &v.meeting;
            let (date, time) = match &v.slot {
                Some(s) => {
                    let l = local_time(s.starts_at, &b.event.timezone);
                    (
                        l.date().to_string(),
                        format!("{:02}:{:02}", l.hour(), l.minute()),
                    )
                }
                None => (String::new(), String::new()),
            };
            let place = if v.slot.is_some() {
                place(&v.venue)
            } else {
                String::new()
            };
            w.write_record([
                date,
                time,
                csv_cell(&place),
                csv_cell(&m.requester.name),
                csv_cell(m.requester.org_name.as_deref().unwrap_or("")),
                csv_cell(&m.recipient.name),
                csv_cell(m.recipient.org_name.as_deref().unwrap_or("")),
                m.priority.code().to_string(),
                m.status.code().to_string(),
                (m.published && m.placement.is_some()).to_string(),
                m.outcome.map(|o| o.code().to_string()).unwrap_or_default(),
                csv_cell(m.outcome_note.as_deref().unwrap_or("")),
            ])
            .map_err(DomainError::internal)?;
        }
        String::from_utf8(w.into_inner().map_err(DomainError::internal)?)
            .map_err(DomainError::internal)
    }
}

/// "2026-10-20 09:00" in the event's zone: notifications store it as it is, in every language.
pub fn local_stamp(at: OffsetDateTime, timezone: &str) -> String {
    let l = local_time(at, timezone);
    format!("{} {:02}:{:02}", l.date(), l.hour(), l.minute())
}
