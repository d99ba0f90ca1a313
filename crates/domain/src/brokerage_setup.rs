//! Brokerage setup and participants (issue 6, parts 1 and 2): the organisers' settings, B2B
//! sessions and exhibitors' booths; people joining with a brokerage profile and marking the slots
//! they cannot attend; the participant list with its filters; and ranking participants as
//! partners from the vectors of what they offer and seek.

use crate::brokerage::*;
use crate::directory::string_or_number;
use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{
    check_text, local_input, local_time, parse_local_time, Event, EventViewer, Events,
};
use crate::model::Id;
use crate::registration::Attendance;
use crate::repo::Repository;
use crate::types::{code_enum, ParseError};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;
use time::OffsetDateTime;

pub const MAX_TABLES: i64 = 500;
pub const MAX_MEETINGS_CAP: i64 = 100;
pub const MAX_TYPES: usize = 12;
pub const MAX_TYPE_CHARS: usize = 60;
pub const MIN_SLOT_MINUTES: i64 = 5;
pub const MAX_SLOT_MINUTES: i64 = 240;
pub const MAX_PROFILE_TEXT: usize = 2_000;
pub const MAX_BOOTH: usize = 40;
pub const MAX_LINKED_PROFILES: usize = 10;

/// The organiser's settings before parsing: what the form or a JSON body carries. Times are local
/// to the event's time zone (`2027-04-20T09:00`).
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawSettingsInput {
    /// Shared meeting tables, 1–500.
    #[serde(deserialize_with = "string_or_number")]
    #[schema(value_type = Option<i64>)]
    pub tables: Option<String>,
    /// At most this many meetings per participant, 1–100; empty for no cap.
    #[serde(deserialize_with = "string_or_number")]
    #[schema(value_type = Option<i64>)]
    pub max_meetings: Option<String>,
    /// Requests may be made from this local time on; empty: from now.
    pub booking_opens: Option<String>,
    /// … until this local time; empty: no closing time.
    pub booking_closes: Option<String>,
    /// `needs_acceptance` (the default) or `auto_accept`.
    pub request_mode: String,
    /// E.g. `["cluster", "SME", "research"]`; each at most 60 characters, repeats dropped.
    pub participant_types: Vec<String>,
    /// Participants of the same type are not matched (buyers meet sellers only).
    pub only_across_types: bool,
}

fn blank(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// A whole number in `min..=max`, or a message naming the range.
fn whole(e: &mut FieldErrors, field: &str, raw: &str, min: i64, max: i64) -> Option<i64> {
    match raw.trim().parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => Some(n),
        _ => {
            e.add(field, format!("must be a whole number from {min} to {max}"));
            None
        }
    }
}

impl RawSettingsInput {
    pub fn parse(&self, ev: &Event) -> Result<SettingsInput, FieldErrors> {
        let mut e = FieldErrors::new();
        let tables = match blank(&self.tables) {
            Some(t) => whole(&mut e, "tables", t, 1, MAX_TABLES),
            None => {
                e.add("tables", "must not be empty");
                None
            }
        };
        let max_meetings = blank(&self.max_meetings)
            .and_then(|m| whole(&mut e, "max_meetings", m, 1, MAX_MEETINGS_CAP));
        let opens = blank(&self.booking_opens)
            .and_then(|t| e.check("booking_opens", parse_local_time(t, &ev.timezone)));
        let closes = blank(&self.booking_closes)
            .and_then(|t| e.check("booking_closes", parse_local_time(t, &ev.timezone)));
        if let (Some(o), Some(c)) = (opens, closes) {
            if c <= o {
                e.add("booking_closes", "must be after the opening of booking");
            }
        }
        let request_mode = if self.request_mode.trim().is_empty() {
            Some(RequestMode::NeedsAcceptance)
        } else {
            e.check("request_mode", RequestMode::parse(&self.request_mode))
        };
        let mut types: Vec<String> = Vec::new();
        for t in self.participant_types.iter().map(|t| t.trim()) {
            if t.is_empty() || types.iter().any(|o| o.to_lowercase() == t.to_lowercase()) {
                continue;
            }
            if t.chars().count() > MAX_TYPE_CHARS {
                e.add(
                    "participant_types",
                    format!("must be at most {MAX_TYPE_CHARS} characters long"),
                );
            }
            types.push(t.to_string());
        }
        if types.len() > MAX_TYPES {
            e.add(
                "participant_types",
                format!("name at most {MAX_TYPES} participant types"),
            );
        }
        if self.only_across_types && types.len() < 2 {
            e.add(
                "only_across_types",
                "name at least two participant types first",
            );
        }
        match (tables, request_mode) {
            (Some(tables), Some(request_mode)) if e.is_empty() => Ok(SettingsInput {
                tables,
                max_meetings,
                booking_opens_at: opens,
                booking_closes_at: closes,
                request_mode,
                participant_types: types,
                only_across_types: self.only_across_types,
            }),
            _ => Err(e),
        }
    }

    /// The form values of stored settings.
    pub fn from_settings(s: &SettingsInput, ev: &Event) -> Self {
        RawSettingsInput {
            tables: Some(s.tables.to_string()),
            max_meetings: s.max_meetings.map(|m| m.to_string()),
            booking_opens: s.booking_opens_at.map(|t| local_input(t, &ev.timezone)),
            booking_closes: s.booking_closes_at.map(|t| local_input(t, &ev.timezone)),
            request_mode: s.request_mode.code().into(),
            participant_types: s.participant_types.clone(),
            only_across_types: s.only_across_types,
        }
    }
}

/// A B2B session before parsing. Times are local to the event's time zone; a session lies within
/// one day (add one per day).
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawB2bSessionInput {
    /// Local start, `YYYY-MM-DDTHH:MM`.
    pub starts: String,
    /// Local end, the same day.
    pub ends: String,
    /// Minutes per meeting slot, 5–240.
    #[serde(deserialize_with = "string_or_number")]
    #[schema(value_type = Option<i64>)]
    pub slot_minutes: Option<String>,
    /// Breaks as local times of the session's day, e.g. `["12:30-13:30"]`.
    pub breaks: Vec<String>,
}

/// `HH:MM` of an instant in the event's zone.
fn hhmm(at: OffsetDateTime, timezone: &str) -> String {
    local_input(at, timezone)[11..].to_string()
}

impl RawB2bSessionInput {
    /// Parses the session: on one day of the event, not overlapping `others` (the event's other
    /// sessions), its breaks inside it and apart, and at least one slot left.
    pub fn parse(&self, ev: &Event, others: &[B2bSession]) -> Result<B2bSessionInput, FieldErrors> {
        let tz = ev.timezone.as_str();
        let mut e = FieldErrors::new();
        let starts = e.check("starts", parse_local_time(&self.starts, tz));
        let ends = e.check("ends", parse_local_time(&self.ends, tz));
        let slot_minutes = match blank(&self.slot_minutes) {
            Some(m) => whole(
                &mut e,
                "slot_minutes",
                m,
                MIN_SLOT_MINUTES,
                MAX_SLOT_MINUTES,
            ),
            None => {
                e.add("slot_minutes", "must not be empty");
                None
            }
        };
        let (Some(starts_at), Some(ends_at)) = (starts, ends) else {
            return Err(e);
        };
        let day = local_time(starts_at, tz).date();
        let (first, last) = (
            local_time(ev.starts_at, tz).date(),
            local_time(ev.ends_at, tz).date(),
        );
        if day < first || day > last {
            e.add("starts", "must be within the days of the event");
        }
        if ends_at <= starts_at {
            e.add("ends", "must be after the start");
        } else if local_time(ends_at - time::Duration::SECOND, tz).date() != day {
            e.add("ends", "must be on the same day as the start");
        } else if others
            .iter()
            .any(|o| o.input.starts_at < ends_at && starts_at < o.input.ends_at)
        {
            e.add("starts", "overlaps another B2B session of the event");
        }
        let mut breaks: Vec<TimeRange> = Vec::new();
        let date = local_input(starts_at, tz)[..10].to_string();
        for raw in self
            .breaks
            .iter()
            .map(|b| b.trim())
            .filter(|b| !b.is_empty())
        {
            let Some((from, to)) = raw.split_once(['-', '–', '—']) else {
                e.add("breaks", "write each break as 12:30-13:30");
                continue;
            };
            let at = |hm: &str| parse_local_time(&format!("{date}T{}", hm.trim()), tz).ok();
            let (Some(b_start), Some(b_end)) = (at(from), at(to)) else {
                e.add("breaks", "write each break as 12:30-13:30");
                continue;
            };
            if b_end <= b_start {
                e.add("breaks", "a break must end after it starts");
            } else if b_start < starts_at || b_end > ends_at {
                e.add("breaks", "breaks must lie inside the session");
            } else if breaks.iter().any(|b| b.overlaps(b_start, b_end)) {
                e.add("breaks", "breaks must not overlap each other");
            } else {
                breaks.push(TimeRange {
                    starts_at: b_start,
                    ends_at: b_end,
                });
            }
        }
        breaks.sort_by_key(|b| b.starts_at);
        let Some(slot_minutes) = slot_minutes else {
            return Err(e);
        };
        let input = B2bSessionInput {
            starts_at,
            ends_at,
            slot_minutes,
            breaks,
        };
        if e.is_empty() && session_slots(ev, &input).is_empty() {
            e.add("slot_minutes", "leaves no meeting slot in the session");
        }
        if e.is_empty() {
            Ok(input)
        } else {
            Err(e)
        }
    }

    /// The form values of a stored session.
    pub fn from_session(s: &B2bSessionInput, timezone: &str) -> Self {
        RawB2bSessionInput {
            starts: local_input(s.starts_at, timezone),
            ends: local_input(s.ends_at, timezone),
            slot_minutes: Some(s.slot_minutes.to_string()),
            breaks: s
                .breaks
                .iter()
                .map(|b| {
                    format!(
                        "{}-{}",
                        hhmm(b.starts_at, timezone),
                        hhmm(b.ends_at, timezone)
                    )
                })
                .collect(),
        }
    }
}

/// The slots one session would have.
fn session_slots(ev: &Event, input: &B2bSessionInput) -> Vec<MeetingSlot> {
    let s = B2bSession {
        id: 0,
        event_id: ev.id,
        input: input.clone(),
    };
    slots(&[s], &ev.timezone)
}

/// A brokerage profile before parsing.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawParticipantInput {
    /// One of your organisations, or none.
    #[serde(deserialize_with = "string_or_number")]
    #[schema(value_type = Option<i64>)]
    pub org_id: Option<String>,
    /// One of the event's participant types (required when the event has types).
    pub participant_type: Option<String>,
    /// What you offer, at most 2000 characters.
    pub offer: String,
    /// What you look for: required, at most 2000 characters.
    pub seek: String,
    /// Marketplace profiles of your organisations to show with yours (at most 10).
    pub profile_ids: Vec<Id>,
    /// `onsite` (the default) or `online`.
    pub attendance: String,
}

impl RawParticipantInput {
    pub fn from_participant(p: &ParticipantInput) -> Self {
        RawParticipantInput {
            org_id: p.org_id.map(|o| o.to_string()),
            participant_type: p.participant_type.clone(),
            offer: p.offer.clone(),
            seek: p.seek.clone(),
            profile_ids: p.profile_ids.clone(),
            attendance: p.attendance.code().into(),
        }
    }
}

/// What the participant list shows: words to find and filters (all optional).
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct ParticipantFilter {
    /// Words to find in the name, organisation, type, offer, seek or booth (all of them,
    /// case-insensitive).
    pub q: Option<String>,
    /// Only this participant type.
    #[serde(rename = "type")]
    pub participant_type: Option<String>,
    /// Only `onsite` or only `online` participants.
    pub attendance: Option<String>,
}

impl ParticipantFilter {
    fn attendance(&self) -> DomainResult<Option<Attendance>> {
        blank(&self.attendance)
            .map(Attendance::parse)
            .transpose()
            .map_err(|m| DomainError::field("attendance", m))
    }

    pub fn matches(&self, p: &Participant, attendance: Option<Attendance>) -> bool {
        let words = blank(&self.q).unwrap_or("").to_lowercase();
        let haystack = [
            p.name.as_str(),
            p.org_name.as_deref().unwrap_or(""),
            p.input.participant_type.as_deref().unwrap_or(""),
            p.input.offer.as_str(),
            p.input.seek.as_str(),
            p.booth.as_deref().unwrap_or(""),
        ]
        .join("\n")
        .to_lowercase();
        words.split_whitespace().all(|w| haystack.contains(w))
            && blank(&self.participant_type).is_none_or(|t| {
                p.input
                    .participant_type
                    .as_deref()
                    .is_some_and(|pt| pt.to_lowercase() == t.to_lowercase())
            })
            && attendance.is_none_or(|a| p.input.attendance == a)
    }
}

/// The overview's figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, utoipa::ToSchema)]
pub struct BrokerageCounts {
    pub participants: usize,
    /// Requests made, pending or answered (not the cancelled ones).
    pub requested: usize,
    /// Accepted requests: meetings.
    pub accepted: usize,
}

code_enum!(
    /// Why a participant is suggested: their offer answers what I seek, their search answers
    /// what I offer, or both alike.
    MatchReason {
        TheyOffer = "they_offer",
        TheySeek = "they_seek",
        Both = "both",
    }
);

/// A participant suggested as a partner.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct PartnerMatch {
    pub participant_id: Id,
    /// The mean of the similarities below that exist (cosine: rank, do not threshold).
    pub score: f32,
    /// Similarity of their offer to what I look for.
    pub their_offer: Option<f32>,
    /// Similarity of what they look for to my offer.
    pub their_seek: Option<f32>,
    pub reason: MatchReason,
}

/// The vectors of a participant's offer and seek (`None` for an empty text).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProfileVectors {
    pub offer: Option<Vec<f32>>,
    pub seek: Option<Vec<f32>>,
}

/// The `k` participants that best match `me`: their offer against my seek and their seek against
/// my offer, by `similarity` of the texts' vectors, ranked by the mean of the two. A side counts
/// as a reason when it is at least as similar as that side's average over the candidates (cosines
/// of one model are compressed, so "high" only means something relative to the others); both
/// sides or neither count: the stronger side is named. With `only_across_types`, people of my own
/// type are left out.
pub fn rank_partners(
    me: &Participant,
    people: &[Participant],
    settings: &SettingsInput,
    vectors: &HashMap<Id, ProfileVectors>,
    similarity: impl Fn(&[f32], &[f32]) -> f32,
    k: usize,
) -> Vec<PartnerMatch> {
    let Some(mine) = vectors.get(&me.id) else {
        return Vec::new();
    };
    let sim = |a: &Option<Vec<f32>>, b: &Option<Vec<f32>>| match (a, b) {
        (Some(a), Some(b)) => Some(similarity(a.as_slice(), b.as_slice())),
        _ => None,
    };
    let pairs: Vec<(Id, Option<f32>, Option<f32>)> = people
        .iter()
        .filter(|p| p.id != me.id)
        .filter(|p| {
            !settings.only_across_types
                || me.input.participant_type.is_none()
                || p.input.participant_type != me.input.participant_type
        })
        .filter_map(|p| {
            let theirs = vectors.get(&p.id)?;
            Some((
                p.id,
                sim(&mine.seek, &theirs.offer),
                sim(&mine.offer, &theirs.seek),
            ))
        })
        .collect();
    let mean = |values: Vec<f32>| values.iter().sum::<f32>() / values.len().max(1) as f32;
    let offer_mean = mean(pairs.iter().filter_map(|p| p.1).collect());
    let seek_mean = mean(pairs.iter().filter_map(|p| p.2).collect());
    let mut out: Vec<PartnerMatch> = pairs
        .into_iter()
        .filter_map(|(participant_id, their_offer, their_seek)| {
            let (score, reason) = match (their_offer, their_seek) {
                (Some(o), Some(s)) => {
                    let (o_up, s_up) = (o - offer_mean, s - seek_mean);
                    let reason = match (o_up >= 0.0, s_up >= 0.0) {
                        (true, true) => MatchReason::Both,
                        (true, false) => MatchReason::TheyOffer,
                        (false, true) => MatchReason::TheySeek,
                        (false, false) if o_up > s_up => MatchReason::TheyOffer,
                        (false, false) => MatchReason::TheySeek,
                    };
                    ((o + s) / 2.0, reason)
                }
                (Some(o), None) => (o, MatchReason::TheyOffer),
                (None, Some(s)) => (s, MatchReason::TheySeek),
                (None, None) => return None,
            };
            Some(PartnerMatch {
                participant_id,
                score,
                their_offer,
                their_seek,
                reason,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.participant_id.cmp(&b.participant_id))
    });
    out.truncate(k);
    out
}

/// The setup and participants service: organisers configure; people who may see the event join,
/// edit their profile, mark their availability and leave; signed-in people list participants.
pub struct BrokerageSetup<'a> {
    pub repo: &'a dyn Repository,
}

impl BrokerageSetup<'_> {
    fn events(&self) -> Events<'_> {
        Events { repo: self.repo }
    }

    /// The event and its settings (none until the organisers set the brokerage up), for whoever
    /// may see the event.
    pub async fn get(
        &self,
        viewer: &EventViewer,
        event_id: Id,
    ) -> DomainResult<(Event, Option<BrokerageSettings>)> {
        let ev = self.events().get(viewer, event_id).await?;
        let settings = self.repo.brokerage_settings(event_id).await?;
        Ok((ev, settings))
    }

    /// The event and its settings; `NotFound` when the event has no brokerage.
    async fn brokerage(
        &self,
        viewer: &EventViewer,
        event_id: Id,
    ) -> DomainResult<(Event, BrokerageSettings)> {
        match self.get(viewer, event_id).await? {
            (ev, Some(s)) => Ok((ev, s)),
            _ => Err(DomainError::NotFound),
        }
    }

    pub async fn save_settings(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        raw: &RawSettingsInput,
    ) -> DomainResult<BrokerageSettings> {
        let ev = self.events().get_as_organiser(viewer, event_id).await?;
        let input = raw.parse(&ev).map_err(DomainError::Validation)?;
        let s = self.repo.save_brokerage_settings(event_id, &input).await?;
        self.repo
            .audit(
                viewer.user_id,
                "brokerage.settings",
                &format!("event:{event_id}"),
            )
            .await?;
        Ok(s)
    }

    pub async fn sessions(
        &self,
        viewer: &EventViewer,
        event_id: Id,
    ) -> DomainResult<Vec<B2bSession>> {
        self.events().get(viewer, event_id).await?;
        self.repo.b2b_sessions(event_id).await
    }

    /// Every meeting slot of the event's sessions, in time order.
    pub async fn slots(
        &self,
        viewer: &EventViewer,
        event_id: Id,
    ) -> DomainResult<Vec<MeetingSlot>> {
        let ev = self.events().get(viewer, event_id).await?;
        Ok(slots(
            &self.repo.b2b_sessions(event_id).await?,
            &ev.timezone,
        ))
    }

    /// The event (organisers only) once its brokerage is set up, and its sessions.
    async fn for_sessions(
        &self,
        viewer: &EventViewer,
        event_id: Id,
    ) -> DomainResult<(Event, Vec<B2bSession>)> {
        let ev = self.events().get_as_organiser(viewer, event_id).await?;
        if self.repo.brokerage_settings(event_id).await?.is_none() {
            return Err(DomainError::field(
                "session",
                "save the brokerage settings first",
            ));
        }
        Ok((ev, self.repo.b2b_sessions(event_id).await?))
    }

    pub async fn create_session(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        raw: &RawB2bSessionInput,
    ) -> DomainResult<B2bSession> {
        let (ev, others) = self.for_sessions(viewer, event_id).await?;
        let input = raw.parse(&ev, &others).map_err(DomainError::Validation)?;
        let s = self.repo.create_b2b_session(event_id, &input).await?;
        self.repo
            .audit(
                viewer.user_id,
                "brokerage.session.create",
                &format!("b2b-session:{}", s.id),
            )
            .await?;
        Ok(s)
    }

    /// Changes a session; meetings placed in slots the change removes lose their placement.
    pub async fn update_session(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        session_id: Id,
        raw: &RawB2bSessionInput,
    ) -> DomainResult<B2bSession> {
        let (ev, mut others) = self.for_sessions(viewer, event_id).await?;
        let before = others.len();
        others.retain(|s| s.id != session_id);
        if others.len() == before {
            return Err(DomainError::NotFound);
        }
        let input = raw.parse(&ev, &others).map_err(DomainError::Validation)?;
        let s = self
            .repo
            .update_b2b_session(event_id, session_id, &input)
            .await?;
        self.repo
            .audit(
                viewer.user_id,
                "brokerage.session.update",
                &format!("b2b-session:{session_id}"),
            )
            .await?;
        Ok(s)
    }

    /// Deletes a session; meetings placed in it lose their placement (they stay accepted and are
    /// placed again by the next scheduler run).
    pub async fn delete_session(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        session_id: Id,
    ) -> DomainResult<()> {
        self.events().get_as_organiser(viewer, event_id).await?;
        if !self.repo.delete_b2b_session(event_id, session_id).await? {
            return Err(DomainError::NotFound);
        }
        self.repo
            .audit(
                viewer.user_id,
                "brokerage.session.delete",
                &format!("b2b-session:{session_id}"),
            )
            .await
    }

    /// The sessions, each with how many meetings are placed in it (what deleting it would
    /// unplace), for the organisers.
    pub async fn sessions_for_setup(
        &self,
        viewer: &EventViewer,
        event_id: Id,
    ) -> DomainResult<Vec<(B2bSession, usize)>> {
        self.events().get_as_organiser(viewer, event_id).await?;
        let placed: Vec<OffsetDateTime> = self
            .repo
            .meeting_requests(event_id)
            .await?
            .iter()
            .filter_map(|r| r.placement.map(|p| p.slot_start))
            .collect();
        Ok(self
            .repo
            .b2b_sessions(event_id)
            .await?
            .into_iter()
            .map(|s| {
                let n = placed
                    .iter()
                    .filter(|t| **t >= s.input.starts_at && **t < s.input.ends_at)
                    .count();
                (s, n)
            })
            .collect())
    }

    /// The organisers set (or clear, with an empty text) an exhibitor's booth.
    pub async fn set_booth(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        participant_id: Id,
        booth: &str,
    ) -> DomainResult<Participant> {
        self.events().get_as_organiser(viewer, event_id).await?;
        let p = self
            .repo
            .brokerage_participant(event_id, participant_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let mut e = FieldErrors::new();
        check_text(&mut e, "booth", booth, 0, MAX_BOOTH);
        let booth = booth.trim();
        if !booth.is_empty() && p.is_online() {
            e.add("booth", "online participants meet online, not at a booth");
        }
        e.into_result()?;
        self.repo
            .set_participant_booth(
                event_id,
                participant_id,
                (!booth.is_empty()).then_some(booth),
            )
            .await?;
        self.repo
            .audit(
                viewer.user_id,
                "brokerage.booth",
                &format!("b2b-participant:{participant_id}"),
            )
            .await?;
        self.repo
            .brokerage_participant(event_id, participant_id)
            .await?
            .ok_or(DomainError::NotFound)
    }

    /// The participants who pass the filter, by name, for signed-in people who may see the event.
    /// Only organisers see the others' unavailable slots.
    pub async fn participants(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        filter: &ParticipantFilter,
    ) -> DomainResult<Vec<Participant>> {
        viewer.require_user()?;
        let (ev, _) = self.brokerage(viewer, event_id).await?;
        let attendance = filter.attendance()?;
        let organiser = viewer.is_organiser(&ev);
        let mut people = self.repo.brokerage_participants(event_id).await?;
        people.retain(|p| filter.matches(p, attendance));
        for p in people.iter_mut() {
            if !organiser && Some(p.user_id) != viewer.user_id {
                p.unavailable.clear();
            }
        }
        Ok(people)
    }

    /// The viewer's own participation, if they joined.
    pub async fn me(
        &self,
        viewer: &EventViewer,
        event_id: Id,
    ) -> DomainResult<Option<Participant>> {
        let user_id = viewer.require_user()?;
        self.brokerage(viewer, event_id).await?;
        self.repo
            .brokerage_participant_of_user(event_id, user_id)
            .await
    }

    /// The event, if it has a brokerage and has not ended.
    async fn open(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<(Event, BrokerageSettings)> {
        let (ev, s) = self.brokerage(viewer, event_id).await?;
        if ev.has_ended(now) {
            return Err(DomainError::field(
                "participant",
                "the event has ended: the brokerage profile can no longer be changed",
            ));
        }
        Ok((ev, s))
    }

    /// Joins the brokerage, or updates the viewer's profile.
    pub async fn save_me(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        raw: &RawParticipantInput,
        now: OffsetDateTime,
    ) -> DomainResult<Participant> {
        let user_id = viewer.require_user()?;
        let (_, settings) = self.open(viewer, event_id, now).await?;
        let input = self.parse_participant(user_id, raw, &settings).await?;
        let joined = self
            .repo
            .brokerage_participant_of_user(event_id, user_id)
            .await?
            .is_none();
        let p = self
            .repo
            .save_brokerage_participant(event_id, user_id, &input)
            .await?;
        let action = if joined {
            "brokerage.join"
        } else {
            "brokerage.profile"
        };
        self.repo
            .audit(Some(user_id), action, &format!("b2b-participant:{}", p.id))
            .await?;
        Ok(p)
    }

    async fn parse_participant(
        &self,
        user_id: Id,
        raw: &RawParticipantInput,
        settings: &BrokerageSettings,
    ) -> DomainResult<ParticipantInput> {
        let mut e = FieldErrors::new();
        let own: Vec<Id> = self
            .repo
            .memberships(user_id)
            .await?
            .iter()
            .map(|m| m.organisation_id)
            .collect();
        let org_id = match blank(&raw.org_id) {
            None => None,
            Some(o) => match o.parse::<Id>() {
                Ok(id) if own.contains(&id) => Some(id),
                _ => {
                    e.add("org_id", "choose one of your organisations");
                    None
                }
            },
        };
        let types = &settings.input.participant_types;
        let participant_type = match blank(&raw.participant_type) {
            None if !types.is_empty() => {
                e.add(
                    "participant_type",
                    "choose one of the event's participant types",
                );
                None
            }
            None => None,
            Some(t) => match types.iter().find(|k| k.to_lowercase() == t.to_lowercase()) {
                Some(k) => Some(k.clone()),
                None => {
                    e.add(
                        "participant_type",
                        "choose one of the event's participant types",
                    );
                    None
                }
            },
        };
        check_text(&mut e, "offer", &raw.offer, 0, MAX_PROFILE_TEXT);
        check_text(&mut e, "seek", &raw.seek, 1, MAX_PROFILE_TEXT);
        let mut profile_ids: Vec<Id> = Vec::new();
        for id in &raw.profile_ids {
            if profile_ids.contains(id) {
                continue;
            }
            match self.repo.profile(*id).await? {
                Some(p) if own.contains(&p.org_id) => profile_ids.push(*id),
                _ => e.add(
                    "profile_ids",
                    "link only cooperation profiles of your organisations",
                ),
            }
        }
        if profile_ids.len() > MAX_LINKED_PROFILES {
            e.add(
                "profile_ids",
                format!("link at most {MAX_LINKED_PROFILES} profiles"),
            );
        }
        let attendance = if raw.attendance.trim().is_empty() {
            Some(Attendance::OnSite)
        } else {
            e.check("attendance", Attendance::parse(&raw.attendance))
        };
        e.into_result()?;
        Ok(ParticipantInput {
            org_id,
            participant_type,
            offer: raw.offer.trim().to_string(),
            seek: raw.seek.trim().to_string(),
            profile_ids,
            attendance: attendance.unwrap_or(Attendance::OnSite),
        })
    }

    /// Leaves the brokerage: the profile and every request and meeting of the viewer are deleted.
    /// Returns how many requests went with it.
    pub async fn leave(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        now: OffsetDateTime,
    ) -> DomainResult<usize> {
        let user_id = viewer.require_user()?;
        self.open(viewer, event_id, now).await?;
        let p = self
            .repo
            .brokerage_participant_of_user(event_id, user_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let requests = self
            .repo
            .meeting_requests(event_id)
            .await?
            .iter()
            .filter(|r| r.involves(p.id))
            .count();
        self.repo
            .delete_brokerage_participant(event_id, p.id)
            .await?;
        self.repo
            .audit(
                Some(user_id),
                "brokerage.leave",
                &format!("b2b-participant:{}", p.id),
            )
            .await?;
        Ok(requests)
    }

    /// Marks the slots (by their start, unix seconds) the viewer cannot attend; every other slot
    /// counts as available.
    pub async fn set_availability(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        unavailable: &[i64],
        now: OffsetDateTime,
    ) -> DomainResult<Participant> {
        let user_id = viewer.require_user()?;
        let (ev, _) = self.open(viewer, event_id, now).await?;
        let p = self
            .repo
            .brokerage_participant_of_user(event_id, user_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let starts: Vec<i64> = slots(&self.repo.b2b_sessions(event_id).await?, &ev.timezone)
            .iter()
            .map(|s| s.starts_at.unix_timestamp())
            .collect();
        let mut chosen: Vec<i64> = Vec::new();
        for t in unavailable {
            if !starts.contains(t) {
                return Err(DomainError::field(
                    "unavailable",
                    "is not the start of a meeting slot of the event",
                ));
            }
            if !chosen.contains(t) {
                chosen.push(*t);
            }
        }
        chosen.sort_unstable();
        self.repo
            .set_participant_unavailable(event_id, p.id, &chosen)
            .await?;
        self.repo
            .brokerage_participant(event_id, p.id)
            .await?
            .ok_or(DomainError::NotFound)
    }

    /// Participants and requests, for the overview.
    pub async fn counts(
        &self,
        viewer: &EventViewer,
        event_id: Id,
    ) -> DomainResult<BrokerageCounts> {
        self.brokerage(viewer, event_id).await?;
        let requests = self.repo.meeting_requests(event_id).await?;
        Ok(BrokerageCounts {
            participants: self.repo.brokerage_participants(event_id).await?.len(),
            requested: requests
                .iter()
                .filter(|r| r.status != RequestStatus::Cancelled)
                .count(),
            accepted: requests
                .iter()
                .filter(|r| r.status == RequestStatus::Accepted)
                .count(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::split_list;
    use crate::events::{EventKind, EventVisibility};
    use time::macros::datetime;

    fn event() -> Event {
        Event {
            id: 1,
            kind: EventKind::Brokerage,
            title: "B2B day".into(),
            descriptions: vec![],
            project: None,
            organisers: vec![],
            venue: None,
            city: Some("Lublin".into()),
            country: None,
            nuts: None,
            online_url: None,
            // 20–21 April 2027, 09:00–17:00 in Warsaw (UTC+2).
            starts_at: datetime!(2027-04-20 07:00 UTC),
            ends_at: datetime!(2027-04-21 15:00 UTC),
            timezone: "Europe/Warsaw".into(),
            date_approximate: false,
            languages: vec![],
            visibility: EventVisibility::Public,
            capacity: None,
            requires_approval: false,
            registration_open: true,
            outcome_note: None,
            source_proposal_id: None,
            created_by: None,
            is_demo: false,
            created_at: datetime!(2027-01-01 00:00 UTC),
            updated_at: datetime!(2027-01-01 00:00 UTC),
        }
    }

    fn session(starts: &str, ends: &str, minutes: &str, breaks: &[&str]) -> RawB2bSessionInput {
        RawB2bSessionInput {
            starts: starts.into(),
            ends: ends.into(),
            slot_minutes: Some(minutes.into()),
            breaks: breaks.iter().map(|b| b.to_string()).collect(),
        }
    }

    #[test]
    fn a_session_with_lunch_round_trips_through_the_form() {
        let ev = event();
        let raw = session(
            "2027-04-20T09:30",
            "2027-04-20T16:00",
            "20",
            &["12:30–13:30"],
        );
        let input = raw.parse(&ev, &[]).unwrap();
        assert_eq!(input.breaks.len(), 1);
        assert_eq!(input.breaks[0].starts_at, datetime!(2027-04-20 10:30 UTC));
        // 09:30–12:30 is 9 slots, 13:30–16:00 is 7 (the last 20 minutes end at 16:00).
        assert_eq!(session_slots(&ev, &input).len(), 16);
        let back = RawB2bSessionInput::from_session(&input, &ev.timezone);
        assert_eq!(back.breaks, vec!["12:30-13:30".to_string()]);
        assert_eq!(back.starts, "2027-04-20T09:30");
    }

    #[test]
    fn bad_sessions_name_the_field() {
        let ev = event();
        let field = |raw: RawB2bSessionInput, others: &[B2bSession]| {
            raw.parse(&ev, others).unwrap_err().fields[0].field.clone()
        };
        assert_eq!(
            field(
                session("2027-04-20T12:00", "2027-04-20T11:00", "20", &[]),
                &[]
            ),
            "ends"
        );
        assert_eq!(
            field(
                session("2027-04-20T09:00", "2027-04-21T11:00", "20", &[]),
                &[]
            ),
            "ends"
        );
        assert_eq!(
            field(
                session("2027-05-20T09:00", "2027-05-20T11:00", "20", &[]),
                &[]
            ),
            "starts"
        );
        assert_eq!(
            field(
                session("2027-04-20T09:00", "2027-04-20T11:00", "4", &[]),
                &[]
            ),
            "slot_minutes"
        );
        assert_eq!(
            field(
                session("2027-04-20T09:00", "2027-04-20T09:15", "20", &[]),
                &[]
            ),
            "slot_minutes"
        );
        assert_eq!(
            field(
                session(
                    "2027-04-20T09:00",
                    "2027-04-20T11:00",
                    "20",
                    &["08:00-09:30"]
                ),
                &[]
            ),
            "breaks"
        );
        assert_eq!(
            field(
                session("2027-04-20T09:00", "2027-04-20T11:00", "20", &["lunch"]),
                &[]
            ),
            "breaks"
        );
        assert_eq!(
            field(
                session(
                    "2027-04-20T09:00",
                    "2027-04-20T11:00",
                    "20",
                    &["09:40-10:00", "09:50-10:20"]
                ),
                &[]
            ),
            "breaks"
        );
        let other = B2bSession {
            id: 9,
            event_id: 1,
            input: session("2027-04-20T10:00", "2027-04-20T12:00", "20", &[])
                .parse(&ev, &[])
                .unwrap(),
        };
        assert_eq!(
            field(
                session("2027-04-20T09:00", "2027-04-20T11:00", "20", &[]),
                &[other]
            ),
            "starts"
        );
    }

    #[test]
    fn settings_are_checked_and_types_cleaned() {
        let ev = event();
        let raw = RawSettingsInput {
            tables: Some("10".into()),
            max_meetings: Some("".into()),
            booking_opens: Some("2027-03-01T09:00".into()),
            booking_closes: Some("2027-04-19T18:00".into()),
            request_mode: "auto_accept".into(),
            participant_types: split_list(" cluster, SME\nresearch\nsme ,"),
            only_across_types: true,
        };
        let s = raw.parse(&ev).unwrap();
        assert_eq!(s.participant_types, ["cluster", "SME", "research"]);
        assert_eq!(s.max_meetings, None);
        assert_eq!(s.request_mode, RequestMode::AutoAccept);
        assert_eq!(
            s.booking_phase(datetime!(2027-03-01 07:59 UTC)),
            BookingPhase::NotYetOpen
        );
        assert_eq!(
            s.booking_phase(datetime!(2027-03-01 08:00 UTC)),
            BookingPhase::Open
        );
        assert_eq!(
            s.booking_phase(datetime!(2027-04-19 16:00 UTC)),
            BookingPhase::Closed
        );
        let bad = RawSettingsInput {
            tables: Some("0".into()),
            max_meetings: Some("many".into()),
            booking_opens: Some("2027-03-01T09:00".into()),
            booking_closes: Some("2027-02-01T09:00".into()),
            request_mode: "first come".into(),
            participant_types: vec!["x".repeat(61), "buyer".into()],
            only_across_types: false,
        };
        let e = bad.parse(&ev).unwrap_err();
        for f in [
            "tables",
            "max_meetings",
            "booking_closes",
            "request_mode",
            "participant_types",
        ] {
            assert!(e.get(f).is_some(), "{f}: {e}");
        }
        let lonely = RawSettingsInput {
            tables: Some("3".into()),
            participant_types: vec!["buyer".into()],
            only_across_types: true,
            ..Default::default()
        };
        assert!(lonely
            .parse(&ev)
            .unwrap_err()
            .get("only_across_types")
            .is_some());
    }

    fn person(id: Id, kind: Option<&str>) -> Participant {
        Participant {
            id,
            event_id: 1,
            user_id: id * 10,
            name: format!("P{id}"),
            org_id: None,
            org_name: None,
            input: ParticipantInput {
                org_id: None,
                participant_type: kind.map(String::from),
                offer: "o".into(),
                seek: "s".into(),
                profile_ids: vec![],
                attendance: Attendance::OnSite,
            },
            booth: None,
            unavailable: vec![],
            created_at: datetime!(2027-01-01 00:00 UTC),
            updated_at: datetime!(2027-01-01 00:00 UTC),
        }
    }

    #[test]
    fn partners_are_ranked_both_ways_and_across_types() {
        let dot = |a: &[f32], b: &[f32]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>();
        let v = |offer: [f32; 2], seek: [f32; 2]| ProfileVectors {
            offer: Some(offer.to_vec()),
            seek: Some(seek.to_vec()),
        };
        let people = vec![
            person(1, Some("SME")),
            person(2, Some("research")),
            person(3, Some("research")),
            person(4, Some("SME")),
        ];
        let vectors: HashMap<Id, ProfileVectors> = [
            (1, v([1.0, 0.0], [0.0, 1.0])),
            // Offers what 1 seeks, and seeks what 1 offers.
            (2, v([0.0, 1.0], [1.0, 0.0])),
            // Offers what 1 seeks only.
            (3, v([0.0, 1.0], [0.0, 1.0])),
            (4, v([0.0, 1.0], [1.0, 0.0])),
        ]
        .into_iter()
        .collect();
        let mut settings = SettingsInput {
            tables: 3,
            max_meetings: None,
            booking_opens_at: None,
            booking_closes_at: None,
            request_mode: RequestMode::NeedsAcceptance,
            participant_types: vec!["SME".into(), "research".into()],
            only_across_types: false,
        };
        let got = rank_partners(&people[0], &people, &settings, &vectors, dot, 5);
        let ids: Vec<Id> = got.iter().map(|m| m.participant_id).collect();
        assert_eq!(ids, [2, 4, 3]);
        assert_eq!(got[0].reason, MatchReason::Both);
        assert_eq!(got[2].reason, MatchReason::TheyOffer);
        settings.only_across_types = true;
        let got = rank_partners(&people[0], &people, &settings, &vectors, dot, 5);
        assert!(got.iter().all(|m| m.participant_id != 4));
    }

    #[test]
    fn the_filter_finds_words_in_any_case_and_script() {
        let mut p = person(1, Some("SME"));
        p.org_name = Some("Зелена Енергия ООД".into());
        p.input.offer = "Montaż pomp ciepła i FOTOWOLTAIKI".into();
        p.input.attendance = Attendance::Online;
        let f = |q: &str| ParticipantFilter {
            q: Some(q.into()),
            ..Default::default()
        };
        assert!(f("зелена").matches(&p, None));
        assert!(f("fotowoltaiki montaż").matches(&p, None));
        assert!(!f("biogaz").matches(&p, None));
        let typed = ParticipantFilter {
            participant_type: Some("sme".into()),
            ..Default::default()
        };
        assert!(typed.matches(&p, Some(Attendance::Online)));
        assert!(!typed.matches(&p, Some(Attendance::OnSite)));
    }
}
