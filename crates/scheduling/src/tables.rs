//! Tables are assigned after times: slot by slot, a meeting takes the table where one of its
//! participants sat last (so hosts stay put), otherwise a free table nobody is sitting at.
//! Table-less meetings get table 0 and leave the participants' seats as they were.

use crate::model::{Instance, MeetingId, Placement, Schedule, Slot, Table};

pub fn assign_tables(instance: &Instance, slots: &[Option<Slot>]) -> Schedule {
    let slot_count = instance.slot_count();
    let mut by_slot: Vec<Vec<MeetingId>> = vec![Vec::new(); slot_count];
    let mut placements: Vec<Option<Placement>> = vec![None; instance.meetings.len()];
    for (id, slot) in slots.iter().enumerate() {
        if let Some(s) = slot {
            if instance.meetings[id].uses_table {
                by_slot[*s].push(id);
            } else {
                // Needs no table: table 0, which means nothing.
                placements[id] = Some(Placement { slot: *s, table: 0 });
            }
        }
    }
    let by_participant = instance.meetings_by_participant();
    let mut last_table: Vec<Option<Table>> = vec![None; instance.participant_count];
    for (slot, meetings) in by_slot.iter_mut().enumerate() {
        let tables = instance.tables_per_slot[slot];
        let mut taken = vec![false; tables];
        // Locked meetings keep their table.
        for &id in meetings.iter() {
            if let Some(locked) = instance.meetings[id].locked {
                taken[locked.table] = true;
                placements[id] = Some(locked);
            }
        }
        // Participants with many meetings (hosts) claim their table first.
        meetings.sort_by_key(|&id| {
            let m = &instance.meetings[id];
            std::cmp::Reverse(
                by_participant[m.first]
                    .len()
                    .max(by_participant[m.second].len()),
            )
        });
        let mut waiting = Vec::new();
        for &id in meetings.iter() {
            if placements[id].is_some() {
                continue;
            }
            let m = &instance.meetings[id];
            let (a, b) = if by_participant[m.first].len() >= by_participant[m.second].len() {
                (m.first, m.second)
            } else {
                (m.second, m.first)
            };
            match [last_table[a], last_table[b]]
                .into_iter()
                .flatten()
                .find(|&t| t < tables && !taken[t])
            {
                Some(t) => {
                    taken[t] = true;
                    placements[id] = Some(Placement { slot, table: t });
                }
                None => waiting.push(id),
            }
        }
        // Prefer tables that are nobody's usual seat, then any free table.
        let mut seat_of_someone = vec![false; tables];
        for t in last_table.iter().flatten() {
            if *t < tables {
                seat_of_someone[*t] = true;
            }
        }
        for id in waiting {
            let free = (0..tables)
                .filter(|&t| !taken[t])
                .min_by_key(|&t| (seat_of_someone[t], t))
                .expect("slot capacity is respected, so a table is free");
            taken[free] = true;
            placements[id] = Some(Placement { slot, table: free });
        }
        for &id in meetings.iter() {
            let m = &instance.meetings[id];
            let table = placements[id].expect("placed above").table;
            last_table[m.first] = Some(table);
            last_table[m.second] = Some(table);
        }
    }
    Schedule { placements }
}
