//! The heuristic engine for events too large for the exact one (and its fallback):
//! greedy placement by priority and fewest options next to the participants' other meetings,
//! ejection-chain repair for meetings left out, then local search on breaks and idle slots.

use std::time::Instant;

use crate::model::{Instance, MeetingId, Slot};

pub struct HeuristicState<'a> {
    instance: &'a Instance,
    allowed: Vec<Vec<Slot>>,
    pub slot_of: Vec<Option<Slot>>,
    busy: Vec<Vec<Option<MeetingId>>>,
    at_slot: Vec<Vec<MeetingId>>,
    /// Per slot: how many of its meetings take a table (table-less ones do not fill a slot).
    tables_used: Vec<usize>,
    predecessors: Vec<Vec<MeetingId>>,
    successors: Vec<Vec<MeetingId>>,
    /// Per participant break cap. A spread D is enforced as the cap D (min ≥ 0 makes it sufficient).
    cap: Option<u32>,
}

impl<'a> HeuristicState<'a> {
    pub fn new(instance: &'a Instance) -> HeuristicState<'a> {
        let slots = instance.slot_count();
        let mut predecessors = vec![Vec::new(); instance.meetings.len()];
        let mut successors = vec![Vec::new(); instance.meetings.len()];
        for &(before, after) in &instance.precedences {
            predecessors[after].push(before);
            successors[before].push(after);
        }
        let cap = match (
            instance.max_breaks_per_participant,
            instance.max_break_spread,
        ) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        HeuristicState {
            instance,
            allowed: instance
                .meetings
                .iter()
                .map(|m| m.allowed_slots())
                .collect(),
            slot_of: vec![None; instance.meetings.len()],
            busy: vec![vec![None; slots]; instance.participant_count],
            at_slot: vec![Vec::new(); slots],
            tables_used: vec![0; slots],
            predecessors,
            successors,
            cap,
        }
    }

    /// Breaks and idle slots of a participant's row, with `extra` counted as busy and `skip` as idle.
    fn row_cost(&self, who: usize, extra: Option<Slot>, skip: Option<Slot>) -> (u32, u32) {
        let row = &self.busy[who];
        let (mut breaks, mut idle) = (0, 0);
        let mut last: Option<Slot> = None;
        for t in 0..row.len() {
            let busy = (row[t].is_some() && skip != Some(t)) || extra == Some(t);
            if !busy {
                continue;
            }
            if let Some(l) = last {
                if t > l + 1 && self.instance.day_of_slot[l] == self.instance.day_of_slot[t] {
                    breaks += 1;
                    idle += (t - l - 1) as u32;
                }
            }
            last = Some(t);
        }
        (breaks, idle)
    }

    /// Whether `meeting` (currently unplaced) may go to `slot`.
    pub fn can_place(&self, meeting: MeetingId, slot: Slot) -> bool {
        let m = &self.instance.meetings[meeting];
        if self.busy[m.first][slot].is_some()
            || self.busy[m.second][slot].is_some()
            || (m.uses_table && self.tables_full(slot))
        {
            return false;
        }
        if self.predecessors[meeting]
            .iter()
            .any(|&p| self.slot_of[p].is_none_or(|s| s >= slot))
        {
            return false;
        }
        if self.successors[meeting]
            .iter()
            .any(|&s| self.slot_of[s].is_some_and(|t| t <= slot))
        {
            return false;
        }
        if let Some(cap) = self.cap {
            for who in m.participants() {
                if self.row_cost(who, Some(slot), None).0 > cap {
                    return false;
                }
            }
        }
        true
    }

    /// Change in (breaks, idle slots) if the unplaced `meeting` went to `slot`.
    fn placement_cost(&self, meeting: MeetingId, slot: Slot) -> (i64, i64) {
        let m = &self.instance.meetings[meeting];
        let (mut breaks, mut idle) = (0i64, 0i64);
        for who in m.participants() {
            let before = self.row_cost(who, None, None);
            let after = self.row_cost(who, Some(slot), None);
            breaks += after.0 as i64 - before.0 as i64;
            idle += after.1 as i64 - before.1 as i64;
        }
        (breaks, idle)
    }

    pub fn place(&mut self, meeting: MeetingId, slot: Slot) {
        let m = &self.instance.meetings[meeting];
        self.busy[m.first][slot] = Some(meeting);
        self.busy[m.second][slot] = Some(meeting);
        self.at_slot[slot].push(meeting);
        self.tables_used[slot] += m.uses_table as usize;
        self.slot_of[meeting] = Some(slot);
    }

    pub fn unplace(&mut self, meeting: MeetingId) {
        let Some(slot) = self.slot_of[meeting].take() else {
            return;
        };
        let m = &self.instance.meetings[meeting];
        self.busy[m.first][slot] = None;
        self.busy[m.second][slot] = None;
        self.at_slot[slot].retain(|&x| x != meeting);
        self.tables_used[slot] -= m.uses_table as usize;
    }

    fn tables_full(&self, slot: Slot) -> bool {
        self.tables_used[slot] >= self.instance.tables_per_slot[slot]
    }

    /// The cheapest feasible slot for an unplaced meeting.
    fn best_slot(&self, meeting: MeetingId) -> Option<(Slot, (i64, i64))> {
        self.allowed[meeting]
            .iter()
            .filter(|&&t| self.can_place(meeting, t))
            .map(|&t| (t, self.placement_cost(meeting, t)))
            .min_by_key(|&(t, cost)| (cost, t))
    }

    fn is_locked(&self, meeting: MeetingId) -> bool {
        self.instance.meetings[meeting].locked.is_some()
    }

    /// Greedy: locked meetings first, then by weight, fewest options, busiest participants.
    pub fn greedy(&mut self) {
        let by_participant = self.instance.meetings_by_participant();
        for (id, meeting) in self.instance.meetings.iter().enumerate() {
            if let Some(locked) = meeting.locked {
                self.place(id, locked.slot);
            }
        }
        let mut order: Vec<MeetingId> = (0..self.instance.meetings.len())
            .filter(|&m| self.slot_of[m].is_none())
            .collect();
        order.sort_by_key(|&m| {
            let meeting = &self.instance.meetings[m];
            let degree = by_participant[meeting.first].len() + by_participant[meeting.second].len();
            (
                std::cmp::Reverse(meeting.weight),
                self.allowed[m].len(),
                std::cmp::Reverse(degree),
                m,
            )
        });
        // Predecessors before successors, so precedence checks see them placed.
        let order = precedence_order(order, &self.predecessors);
        for m in order {
            if let Some((slot, _)) = self.best_slot(m) {
                self.place(m, slot);
            }
        }
    }

    /// Tries to place an unplaced meeting by moving the meetings in its way elsewhere.
    fn repair(&mut self, meeting: MeetingId) -> bool {
        let m = self.instance.meetings[meeting].clone();
        for &slot in &self.allowed[meeting].clone() {
            let mut blockers: Vec<MeetingId> =
                [self.busy[m.first][slot], self.busy[m.second][slot]]
                    .into_iter()
                    .flatten()
                    .collect();
            blockers.dedup();
            // Only moving a table meeting frees a table.
            let candidates: Vec<Vec<MeetingId>> =
                if blockers.is_empty() && m.uses_table && self.tables_full(slot) {
                    self.at_slot[slot]
                        .iter()
                        .filter(|&&b| self.instance.meetings[b].uses_table)
                        .take(12)
                        .map(|&b| vec![b])
                        .collect()
                } else {
                    vec![blockers]
                };
            for blockers in candidates {
                if blockers.iter().any(|&b| self.is_locked(b)) {
                    continue;
                }
                let previous: Vec<(MeetingId, Slot)> = blockers
                    .iter()
                    .map(|&b| (b, self.slot_of[b].expect("blockers are placed")))
                    .collect();
                for &b in &blockers {
                    self.unplace(b);
                }
                if self.can_place(meeting, slot) {
                    self.place(meeting, slot);
                    let mut moved = Vec::new();
                    let mut ok = true;
                    for &b in &blockers {
                        match self.best_slot(b) {
                            Some((t, _)) => {
                                self.place(b, t);
                                moved.push(b);
                            }
                            None => {
                                ok = false;
                                break;
                            }
                        }
                    }
                    if ok {
                        return true;
                    }
                    for b in moved {
                        self.unplace(b);
                    }
                    self.unplace(meeting);
                }
                for (b, s) in previous {
                    self.place(b, s);
                }
            }
        }
        false
    }

    /// Repair passes over the meetings left out, heaviest first.
    pub fn repair_all(&mut self, until: Instant) {
        let mut improved = true;
        while improved && Instant::now() < until {
            improved = false;
            let mut missing: Vec<MeetingId> = (0..self.slot_of.len())
                .filter(|&m| self.slot_of[m].is_none())
                .collect();
            missing.sort_by_key(|&m| std::cmp::Reverse(self.instance.meetings[m].weight));
            for m in missing {
                if Instant::now() >= until {
                    break;
                }
                if let Some((slot, _)) = self.best_slot(m) {
                    self.place(m, slot);
                    improved = true;
                } else if self.repair(m) {
                    improved = true;
                }
            }
        }
    }

    /// Moves single meetings to slots that lower (breaks, idle slots) until no move helps.
    pub fn improve(&mut self, until: Instant) {
        let mut improved = true;
        while improved && Instant::now() < until {
            improved = false;
            for meeting in 0..self.slot_of.len() {
                if meeting % 64 == 0 && Instant::now() >= until {
                    return;
                }
                let Some(current) = self.slot_of[meeting] else {
                    continue;
                };
                if self.is_locked(meeting) || self.allowed[meeting].len() < 2 {
                    continue;
                }
                improved |= self.move_if_better(meeting, current);
            }
            improved |= self.swap_pass(until);
        }
    }

    /// Moves a placed meeting to its cheapest slot if that lowers (breaks, idle slots).
    fn move_if_better(&mut self, meeting: MeetingId, current: Slot) -> bool {
        self.unplace(meeting);
        let stay = self.placement_cost(meeting, current);
        match self.best_slot(meeting) {
            Some((slot, cost)) if cost < stay => {
                self.place(meeting, slot);
                true
            }
            _ => {
                self.place(meeting, current);
                false
            }
        }
    }

    /// Placed weight, then fewer breaks, then fewer idle slots: larger is better.
    fn score(&self) -> (u64, i64, i64) {
        let weight = (0..self.slot_of.len())
            .filter(|&m| self.slot_of[m].is_some())
            .map(|m| self.instance.meetings[m].weight as u64)
            .sum();
        let (breaks, idle) = (0..self.instance.participant_count)
            .map(|who| self.row_cost(who, None, None))
            .fold((0i64, 0i64), |(b, i), (rb, ri)| {
                (b + rb as i64, i + ri as i64)
            });
        (weight, -breaks, -idle)
    }

    /// Iterated local search for the rest of the time: lift out the movable meetings of a
    /// participant with breaks, put them back cheapest first (repairing where needed), improve
    /// around them, and keep the result unless the schedule got worse. Local moves alone stop at
    /// the first schedule no single move or swap improves, long before a large event's time is up.
    pub fn kick(&mut self, until: Instant, seed: u64) {
        let people = self.instance.participant_count;
        if people == 0 {
            return;
        }
        let mut rng = crate::synthetic::SplitMix(seed);
        let mut best = self.score();
        // Give up after many kicks in a row that changed nothing for the better.
        let patience = (20 * people).max(1000);
        let mut stale = 0;
        while stale < patience && Instant::now() < until && best.1 < 0 {
            stale += 1;
            let who = rng.below(people);
            if self.row_cost(who, None, None).0 == 0 {
                continue;
            }
            let lifted: Vec<MeetingId> = self.busy[who]
                .iter()
                .flatten()
                .copied()
                .filter(|&m| !self.is_locked(m) && self.allowed[m].len() > 1)
                .collect();
            if lifted.is_empty() {
                continue;
            }
            let before = self.slot_of.clone();
            for &m in &lifted {
                self.unplace(m);
            }
            let mut order = lifted.clone();
            for i in (1..order.len()).rev() {
                order.swap(i, rng.below(i + 1));
            }
            for &m in &order {
                match self.best_slot(m) {
                    Some((slot, _)) => self.place(m, slot),
                    None => {
                        self.repair(m);
                    }
                }
            }
            let mut around: Vec<MeetingId> = lifted
                .iter()
                .flat_map(|&m| self.instance.meetings[m].participants())
                .flat_map(|p| self.busy[p].iter().flatten().copied())
                .collect();
            around.sort_unstable();
            around.dedup();
            for m in around {
                if let Some(current) = self.slot_of[m] {
                    if !self.is_locked(m) && self.allowed[m].len() > 1 {
                        self.move_if_better(m, current);
                    }
                }
            }
            let now = self.score();
            if now > best {
                best = now;
                stale = 0;
            } else if now < best {
                self.restore(&before);
            }
        }
    }

    /// Puts every meeting back where `slots` has it.
    fn restore(&mut self, slots: &[Option<Slot>]) {
        let changed: Vec<MeetingId> = (0..slots.len())
            .filter(|&m| self.slot_of[m] != slots[m])
            .collect();
        for &m in &changed {
            self.unplace(m);
        }
        for &m in &changed {
            if let Some(slot) = slots[m] {
                self.place(m, slot);
            }
        }
    }

    /// Swaps the slots of two meetings of one participant where that lowers (breaks, idle slots)
    /// of the people involved: single moves cannot, as the participant is busy in both slots.
    fn swap_pass(&mut self, until: Instant) -> bool {
        let mut improved = false;
        for who in 0..self.instance.participant_count {
            if who % 64 == 0 && Instant::now() >= until {
                break;
            }
            let mine: Vec<MeetingId> = self.busy[who].iter().flatten().copied().collect();
            for i in 0..mine.len() {
                for j in i + 1..mine.len() {
                    improved |= self.try_swap(mine[i], mine[j]);
                }
            }
        }
        improved
    }

    /// Swaps the slots of two placed meetings if allowed and cheaper; otherwise changes nothing.
    fn try_swap(&mut self, a: MeetingId, b: MeetingId) -> bool {
        let (Some(sa), Some(sb)) = (self.slot_of[a], self.slot_of[b]) else {
            return false;
        };
        if sa == sb || self.is_locked(a) || self.is_locked(b) {
            return false;
        }
        if !self.allowed[a].contains(&sb) || !self.allowed[b].contains(&sa) {
            return false;
        }
        let mut people: Vec<usize> = self.instance.meetings[a]
            .participants()
            .into_iter()
            .chain(self.instance.meetings[b].participants())
            .collect();
        people.sort_unstable();
        people.dedup();
        let cost = |state: &Self| {
            people.iter().fold((0u32, 0u32), |(b, i), &who| {
                let (rb, ri) = state.row_cost(who, None, None);
                (b + rb, i + ri)
            })
        };
        let before = cost(self);
        self.unplace(a);
        self.unplace(b);
        if self.can_place(a, sb) {
            self.place(a, sb);
            if self.can_place(b, sa) {
                self.place(b, sa);
                if cost(self) < before {
                    return true;
                }
                self.unplace(b);
            }
            self.unplace(a);
        }
        self.place(a, sa);
        self.place(b, sb);
        false
    }
}

/// Stable topological order: each meeting after its predecessors, otherwise as given.
fn precedence_order(order: Vec<MeetingId>, predecessors: &[Vec<MeetingId>]) -> Vec<MeetingId> {
    if predecessors.iter().all(|p| p.is_empty()) {
        return order;
    }
    let mut done = vec![false; predecessors.len()];
    let mut result = Vec::with_capacity(order.len());
    fn visit(
        m: MeetingId,
        predecessors: &[Vec<MeetingId>],
        done: &mut [bool],
        result: &mut Vec<MeetingId>,
    ) {
        if done[m] {
            return;
        }
        done[m] = true;
        for &p in &predecessors[m] {
            visit(p, predecessors, done, result);
        }
        result.push(m);
    }
    let wanted: std::collections::HashSet<MeetingId> = order.iter().copied().collect();
    for m in order {
        visit(m, predecessors, &mut done, &mut result);
    }
    result.retain(|m| wanted.contains(m));
    result
}

/// Runs greedy, repair and improvement until `until`; returns each meeting's slot.
pub fn solve_heuristic(instance: &Instance, until: Instant) -> Vec<Option<Slot>> {
    let mut state = HeuristicState::new(instance);
    state.greedy();
    state.repair_all(until);
    state.improve(until);
    state.repair_all(until);
    state.kick(until, 42);
    state.slot_of
}

/// Tie-break polish of a finished schedule: single moves that lower (breaks, idle slots)
/// lexicographically, so breaks never rise and idle slots fall; locked meetings stay.
pub fn polish(instance: &Instance, slots: &[Option<Slot>], until: Instant) -> Vec<Option<Slot>> {
    let mut state = HeuristicState::new(instance);
    for (meeting, slot) in slots.iter().enumerate() {
        if let Some(s) = slot {
            state.place(meeting, *s);
        }
    }
    state.improve(until);
    state.slot_of
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::model::Placement;

    /// Participant 0 meets 1 in slot 0 and 2 in slot 1; 1 also meets 3 in slot 2 (locked), so 1
    /// idles in slot 1. No single move helps (0 is busy in both slots); swapping 0's meetings does.
    #[test]
    fn swapping_two_meetings_of_one_participant_removes_a_partners_break() {
        let mut instance = Instance::single_day(4, 3, 2);
        let with_1 = instance.add_meeting_with(0, 1, 1, vec![0, 1]);
        let with_2 = instance.add_meeting_with(0, 2, 1, vec![0, 1]);
        let locked = instance.add_meeting_with(1, 3, 1, vec![2]);
        instance.meetings[locked].locked = Some(Placement { slot: 2, table: 0 });
        let mut state = HeuristicState::new(&instance);
        state.place(with_1, 0);
        state.place(with_2, 1);
        state.place(locked, 2);
        assert_eq!(state.row_cost(1, None, None), (1, 1));
        state.improve(Instant::now() + Duration::from_secs(5));
        assert_eq!(state.slot_of, vec![Some(1), Some(0), Some(2)]);
        assert_eq!(state.row_cost(1, None, None), (0, 0));
    }
}
