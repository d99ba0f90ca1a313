//! Measures a schedule (meetings held, breaks, idle slots, table changes) and checks every hard constraint.

use serde::Serialize;

use crate::model::{Instance, Schedule, Slot};

/// The objective values of a schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    pub meetings_scheduled: usize,
    pub weight_scheduled: u64,
    pub breaks_total: u64,
    pub breaks_per_participant: Vec<u32>,
    /// Idle slots between two meetings of a participant on the same day, summed over participants.
    pub idle_slots: u64,
    /// Consecutive table meetings of a participant at different tables (table-less ones skipped),
    /// summed over participants.
    pub table_changes: u64,
}

/// Breaks and idle slots of one participant given the slots of its meetings.
pub fn breaks_of(instance: &Instance, slots: &mut [Slot]) -> (u32, u64) {
    slots.sort_unstable();
    let (mut breaks, mut idle) = (0u32, 0u64);
    for pair in slots.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if b > a + 1 && instance.day_of_slot[a] == instance.day_of_slot[b] {
            breaks += 1;
            idle += (b - a - 1) as u64;
        }
    }
    (breaks, idle)
}

pub fn evaluate(instance: &Instance, schedule: &Schedule) -> Evaluation {
    let mut per_participant: Vec<Vec<(Slot, Option<usize>)>> =
        vec![Vec::new(); instance.participant_count];
    let mut scheduled = 0;
    let mut weight = 0u64;
    for (id, placement) in schedule.placements.iter().enumerate() {
        if let Some(p) = placement {
            let meeting = &instance.meetings[id];
            scheduled += 1;
            weight += meeting.weight as u64;
            // A table-less meeting has no table, so it is no table change for anyone.
            let table = meeting.uses_table.then_some(p.table);
            for who in meeting.participants() {
                per_participant[who].push((p.slot, table));
            }
        }
    }
    let mut breaks_per_participant = Vec::with_capacity(instance.participant_count);
    let (mut breaks_total, mut idle_slots, mut table_changes) = (0u64, 0u64, 0u64);
    for entries in &mut per_participant {
        entries.sort_unstable();
        let mut slots: Vec<Slot> = entries.iter().map(|e| e.0).collect();
        let (breaks, idle) = breaks_of(instance, &mut slots);
        breaks_per_participant.push(breaks);
        breaks_total += breaks as u64;
        idle_slots += idle;
        let tables: Vec<usize> = entries.iter().filter_map(|e| e.1).collect();
        table_changes += tables.windows(2).filter(|w| w[0] != w[1]).count() as u64;
    }
    Evaluation {
        meetings_scheduled: scheduled,
        weight_scheduled: weight,
        breaks_total,
        breaks_per_participant,
        idle_slots,
        table_changes,
    }
}

/// Every violated hard constraint, in words; empty when the schedule is valid.
/// `check_tables = false` skips the table checks (for schedules that only carry slots).
pub fn violations(instance: &Instance, schedule: &Schedule, check_tables: bool) -> Vec<String> {
    let mut found = Vec::new();
    if schedule.placements.len() != instance.meetings.len() {
        found.push(format!(
            "schedule has {} entries for {} meetings",
            schedule.placements.len(),
            instance.meetings.len()
        ));
        return found;
    }
    let slots = instance.slot_count();
    let mut busy: Vec<Vec<Option<usize>>> = vec![vec![None; slots]; instance.participant_count];
    let mut per_slot = vec![0usize; slots];
    let mut table_taken: Vec<Vec<Option<usize>>> = instance
        .tables_per_slot
        .iter()
        .map(|&l| vec![None; l])
        .collect();
    for (id, (meeting, placement)) in instance
        .meetings
        .iter()
        .zip(&schedule.placements)
        .enumerate()
    {
        let Some(p) = placement else {
            if instance.require_all {
                found.push(format!(
                    "meeting {id} is not held but all meetings are required"
                ));
            }
            if meeting.locked.is_some() {
                found.push(format!("locked meeting {id} is not held"));
            }
            continue;
        };
        if p.slot >= slots {
            found.push(format!(
                "meeting {id} in slot {} which does not exist",
                p.slot
            ));
            continue;
        }
        if !meeting.eligible_slots.contains(&p.slot) {
            found.push(format!(
                "meeting {id} in slot {} which is not eligible",
                p.slot
            ));
        }
        if meeting.fixed_slot.is_some_and(|f| f != p.slot) {
            found.push(format!(
                "meeting {id} in slot {} but fixed to {:?}",
                p.slot, meeting.fixed_slot
            ));
        }
        let at_table = check_tables && meeting.uses_table;
        if let Some(locked) = meeting.locked {
            if locked.slot != p.slot || (at_table && locked.table != p.table) {
                found.push(format!(
                    "locked meeting {id} moved from {locked:?} to {p:?}"
                ));
            }
        }
        for who in meeting.participants() {
            if let Some(other) = busy[who][p.slot] {
                found.push(format!(
                    "participant {who} has meetings {other} and {id} in slot {}",
                    p.slot
                ));
            }
            busy[who][p.slot] = Some(id);
        }
        // Table-less meetings take no table, so they neither fill a slot nor clash at a table.
        if meeting.uses_table {
            per_slot[p.slot] += 1;
        }
        if at_table {
            match table_taken[p.slot].get_mut(p.table) {
                None => found.push(format!(
                    "meeting {id} at table {} which does not exist in slot {}",
                    p.table, p.slot
                )),
                Some(Some(other)) => found.push(format!(
                    "meetings {other} and {id} share table {} in slot {}",
                    p.table, p.slot
                )),
                Some(cell) => *cell = Some(id),
            }
        }
    }
    for (slot, &count) in per_slot.iter().enumerate() {
        if count > instance.tables_per_slot[slot] {
            found.push(format!(
                "slot {slot} holds {count} meetings for {} tables",
                instance.tables_per_slot[slot]
            ));
        }
    }
    for &(before, after) in &instance.precedences {
        if let Some(after_slot) = schedule.slot_of(after) {
            match schedule.slot_of(before) {
                Some(before_slot) if before_slot < after_slot => {}
                other => found.push(format!(
                    "meeting {before} must precede meeting {after} (slot {after_slot}) but is at {other:?}"
                )),
            }
        }
    }
    let evaluation = evaluate(instance, schedule);
    if let Some(cap) = instance.max_breaks_per_participant {
        for (who, &b) in evaluation.breaks_per_participant.iter().enumerate() {
            if b > cap {
                found.push(format!("participant {who} has {b} breaks, cap {cap}"));
            }
        }
    }
    if let Some(spread) = instance.max_break_spread {
        let max = evaluation
            .breaks_per_participant
            .iter()
            .max()
            .copied()
            .unwrap_or(0);
        let min = evaluation
            .breaks_per_participant
            .iter()
            .min()
            .copied()
            .unwrap_or(0);
        if max - min > spread {
            found.push(format!(
                "breaks range from {min} to {max}, more than the allowed spread {spread}"
            ));
        }
    }
    found
}

/// The participants' busy slots, handy for heuristics.
pub fn busy_slots(instance: &Instance, schedule: &Schedule) -> Vec<Vec<Slot>> {
    let mut busy: Vec<Vec<Slot>> = vec![Vec::new(); instance.participant_count];
    for (meeting, placement) in instance.meetings.iter().zip(&schedule.placements) {
        if let Some(p) = placement {
            for who in meeting.participants() {
                busy[who].push(p.slot);
            }
        }
    }
    busy
}
