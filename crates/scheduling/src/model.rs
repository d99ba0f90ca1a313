//! The scheduling problem, independent of any file format.
//!
//! Indices are 0-based everywhere inside the crate: participants `0..P`, meetings `0..M`,
//! slots `0..T`, tables `0..L`. File formats and the JSON output convert at the edges.

use serde::{Deserialize, Serialize};

use crate::Error;

pub type ParticipantId = usize;
pub type MeetingId = usize;
pub type Slot = usize;
pub type Table = usize;

/// One requested meeting between two participants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub first: ParticipantId,
    pub second: ParticipantId,
    /// Priority weight (e.g. must-meet = 3, nice-to-meet = 1); objective (1) maximises the sum.
    pub weight: u32,
    /// Slots the meeting may take: its session ∩ both participants' availability, sorted, distinct.
    pub eligible_slots: Vec<Slot>,
    /// A slot the meeting must take if it is held (the organiser fixed it).
    pub fixed_slot: Option<Slot>,
    /// A published meeting that re-scheduling must keep exactly here (slot and table); it is always held.
    pub locked: Option<Placement>,
    /// False for a meeting that needs no shared table (online, or at an exhibitor's own booth): it
    /// does not count against `tables_per_slot`, and its placement's `table` is 0 and means nothing.
    #[serde(default = "yes")]
    pub uses_table: bool,
}

fn yes() -> bool {
    true
}

impl Meeting {
    pub fn participants(&self) -> [ParticipantId; 2] {
        [self.first, self.second]
    }

    /// Eligible slots once the fixed slot and the lock are taken into account.
    pub fn allowed_slots(&self) -> Vec<Slot> {
        if let Some(locked) = self.locked {
            return vec![locked.slot];
        }
        match self.fixed_slot {
            Some(fixed) => self
                .eligible_slots
                .iter()
                .copied()
                .filter(|&s| s == fixed)
                .collect(),
            None => self.eligible_slots.clone(),
        }
    }
}

/// Where a held meeting takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Placement {
    pub slot: Slot,
    pub table: Table,
}

/// A complete scheduling problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instance {
    pub participant_count: usize,
    /// Day of each slot (non-decreasing). An idle run between two meetings on different days is no break.
    pub day_of_slot: Vec<u32>,
    /// Number of tables available in each slot.
    pub tables_per_slot: Vec<usize>,
    pub meetings: Vec<Meeting>,
    /// `(before, after)`: if `after` is held, `before` is held in an earlier slot.
    pub precedences: Vec<(MeetingId, MeetingId)>,
    /// Hard cap on the breaks of every participant.
    pub max_breaks_per_participant: Option<u32>,
    /// Fairness: max_p breaks(p) − min_p breaks(p) ≤ this (over all participants).
    pub max_break_spread: Option<u32>,
    /// "Schedule all": every meeting must be held (the instance is infeasible otherwise).
    pub require_all: bool,
}

impl Instance {
    /// A single-day event with `slot_count` slots and the same number of tables in every slot.
    pub fn single_day(participant_count: usize, slot_count: usize, tables: usize) -> Instance {
        Instance {
            participant_count,
            day_of_slot: vec![0; slot_count],
            tables_per_slot: vec![tables; slot_count],
            meetings: Vec::new(),
            precedences: Vec::new(),
            max_breaks_per_participant: None,
            max_break_spread: None,
            require_all: false,
        }
    }

    pub fn slot_count(&self) -> usize {
        self.day_of_slot.len()
    }

    /// Adds a meeting eligible in every slot, weight 1; returns its id.
    pub fn add_meeting(&mut self, first: ParticipantId, second: ParticipantId) -> MeetingId {
        let all = (0..self.slot_count()).collect();
        self.add_meeting_with(first, second, 1, all)
    }

    pub fn add_meeting_with(
        &mut self,
        first: ParticipantId,
        second: ParticipantId,
        weight: u32,
        eligible_slots: Vec<Slot>,
    ) -> MeetingId {
        self.meetings.push(Meeting {
            first,
            second,
            weight,
            eligible_slots,
            fixed_slot: None,
            locked: None,
            uses_table: true,
        });
        self.meetings.len() - 1
    }

    /// True when slots `slot` and `slot + 1` exist and lie on the same day (an idle run between them can be a break).
    pub fn consecutive_same_day(&self, slot: Slot) -> bool {
        slot + 1 < self.slot_count() && self.day_of_slot[slot] == self.day_of_slot[slot + 1]
    }

    /// Meetings of each participant.
    pub fn meetings_by_participant(&self) -> Vec<Vec<MeetingId>> {
        let mut by_participant = vec![Vec::new(); self.participant_count];
        for (id, meeting) in self.meetings.iter().enumerate() {
            by_participant[meeting.first].push(id);
            by_participant[meeting.second].push(id);
        }
        by_participant
    }

    pub fn total_weight(&self) -> u64 {
        self.meetings.iter().map(|m| m.weight as u64).sum()
    }

    /// Checks the internal consistency of the data (indices in range, sorted eligible slots, ...).
    pub fn check(&self) -> Result<(), Error> {
        let slots = self.slot_count();
        if self.tables_per_slot.len() != slots {
            return Err(Error::Invalid(format!(
                "{} slots but tables given for {}",
                slots,
                self.tables_per_slot.len()
            )));
        }
        if self.day_of_slot.windows(2).any(|w| w[0] > w[1]) {
            return Err(Error::Invalid(
                "days of slots must be non-decreasing".into(),
            ));
        }
        for (id, meeting) in self.meetings.iter().enumerate() {
            if meeting.first >= self.participant_count || meeting.second >= self.participant_count {
                return Err(Error::Invalid(format!(
                    "meeting {id}: participant out of range"
                )));
            }
            if meeting.first == meeting.second {
                return Err(Error::Invalid(format!(
                    "meeting {id}: a participant cannot meet itself"
                )));
            }
            if meeting.eligible_slots.windows(2).any(|w| w[0] >= w[1])
                || meeting.eligible_slots.iter().any(|&s| s >= slots)
            {
                return Err(Error::Invalid(format!(
                    "meeting {id}: eligible slots must be sorted, distinct, in range"
                )));
            }
            if meeting.fixed_slot.is_some_and(|s| s >= slots) {
                return Err(Error::Invalid(format!(
                    "meeting {id}: fixed slot out of range"
                )));
            }
            if let Some(locked) = meeting.locked {
                // A table-less meeting's table means nothing, so only its slot is checked.
                if locked.slot >= slots
                    || (meeting.uses_table && locked.table >= self.tables_per_slot[locked.slot])
                {
                    return Err(Error::Invalid(format!(
                        "meeting {id}: locked placement out of range"
                    )));
                }
            }
        }
        for &(before, after) in &self.precedences {
            if before >= self.meetings.len() || after >= self.meetings.len() || before == after {
                return Err(Error::Invalid(format!(
                    "precedence ({before}, {after}) is not a pair of distinct meetings"
                )));
            }
        }
        Ok(())
    }
}

/// Slot and table of every meeting (`None` = not held).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub placements: Vec<Option<Placement>>,
}

impl Schedule {
    pub fn empty(meeting_count: usize) -> Schedule {
        Schedule {
            placements: vec![None; meeting_count],
        }
    }

    pub fn slot_of(&self, meeting: MeetingId) -> Option<Slot> {
        self.placements[meeting].map(|p| p.slot)
    }
}
