//! Cheap upper bounds on the weight of meetings that can be held.

use crate::model::{Instance, MeetingId};

/// The best of: total weight; the heaviest table meetings that fit in all tables of all slots plus
/// every table-less meeting; and per participant Hall bounds (a participant cannot hold more
/// meetings than a maximum matching between its meetings and its slots), added over participants
/// that share no meeting.
pub fn weight_upper_bound(instance: &Instance) -> u64 {
    let total = instance.total_weight();
    // Only table meetings compete for the tables; table-less ones are limited by participants alone.
    let mut weights: Vec<u64> = instance
        .meetings
        .iter()
        .filter(|m| m.uses_table)
        .map(|m| m.weight as u64)
        .collect();
    weights.sort_unstable_by(|a, b| b.cmp(a));
    let capacity: usize = instance.tables_per_slot.iter().sum();
    let tableless: u64 = total - weights.iter().sum::<u64>();
    let capacity_bound: u64 = weights.iter().take(capacity).sum::<u64>() + tableless;

    let unplaceable: Vec<bool> = instance
        .meetings
        .iter()
        .map(|m| m.allowed_slots().is_empty())
        .collect();
    let certain_loss: u64 = instance
        .meetings
        .iter()
        .zip(&unplaceable)
        .filter(|(_, &u)| u)
        .map(|(m, _)| m.weight as u64)
        .sum();

    // Loss forced at each participant by its own slots, among meetings that are otherwise placeable.
    let mut losses: Vec<(u64, Vec<MeetingId>)> = Vec::new();
    for meetings in instance.meetings_by_participant() {
        let placeable: Vec<MeetingId> = meetings.into_iter().filter(|&m| !unplaceable[m]).collect();
        let matched = max_matching(instance, &placeable);
        let deficiency = placeable.len() - matched;
        if deficiency > 0 {
            let mut w: Vec<u64> = placeable
                .iter()
                .map(|&m| instance.meetings[m].weight as u64)
                .collect();
            w.sort_unstable();
            losses.push((w.iter().take(deficiency).sum(), placeable));
        }
    }
    losses.sort_by_key(|l| std::cmp::Reverse(l.0));
    let mut used = vec![false; instance.meetings.len()];
    let mut hall_loss = 0;
    for (loss, meetings) in losses {
        if meetings.iter().all(|&m| !used[m]) {
            hall_loss += loss;
            for m in meetings {
                used[m] = true;
            }
        }
    }
    (total - certain_loss - hall_loss).min(capacity_bound)
}

/// Maximum matching between `meetings` and their allowed slots (Kuhn's augmenting paths).
fn max_matching(instance: &Instance, meetings: &[MeetingId]) -> usize {
    let slots = instance.slot_count();
    let allowed: Vec<Vec<usize>> = meetings
        .iter()
        .map(|&m| instance.meetings[m].allowed_slots())
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; slots];
    let mut matched = 0;
    for start in 0..meetings.len() {
        let mut seen = vec![false; slots];
        if augment(start, &allowed, &mut owner, &mut seen) {
            matched += 1;
        }
    }
    matched
}

fn augment(
    meeting: usize,
    allowed: &[Vec<usize>],
    owner: &mut [Option<usize>],
    seen: &mut [bool],
) -> bool {
    for &slot in &allowed[meeting] {
        if seen[slot] {
            continue;
        }
        seen[slot] = true;
        if owner[slot].is_none() || augment(owner[slot].unwrap(), allowed, owner, seen) {
            owner[slot] = Some(meeting);
            return true;
        }
    }
    false
}

/// A lower bound on the total breaks of any schedule that holds every meeting, participant by
/// participant: the slots where a participant can meet form runs of consecutive slots; covering its
/// `n` meetings needs at least `k` runs (the longest first), which costs `k − days` breaks. When one
/// run is long enough, the bound is still 1 if no window of `n` consecutive slots lets every meeting
/// take a distinct slot of the window (bipartite matching, so sessions and availability count).
pub fn breaks_lower_bound_all_held(instance: &Instance) -> u64 {
    breaks_lower_bound_per_participant(instance).iter().sum()
}

/// The per-participant terms of [`breaks_lower_bound_all_held`].
pub fn breaks_lower_bound_per_participant(instance: &Instance) -> Vec<u64> {
    let slots = instance.slot_count();
    let mut days: Vec<u32> = instance.day_of_slot.clone();
    days.dedup();
    let day_count = days.len().max(1);
    let mut bounds = Vec::with_capacity(instance.participant_count);
    for meetings in instance.meetings_by_participant() {
        let n = meetings.len();
        if n <= 1 {
            bounds.push(0);
            continue;
        }
        let allowed: Vec<Vec<usize>> = meetings
            .iter()
            .map(|&m| instance.meetings[m].allowed_slots())
            .collect();
        let mut available = vec![false; slots];
        for a in &allowed {
            for &s in a {
                available[s] = true;
            }
        }
        // Runs of available slots, split at day boundaries.
        let mut runs = Vec::new();
        let mut length = 0;
        for t in 0..slots {
            if available[t] {
                length += 1;
            }
            if !available[t] || !instance.consecutive_same_day(t) {
                if length > 0 {
                    runs.push(length);
                }
                length = 0;
            }
        }
        runs.sort_unstable_by(|a, b| b.cmp(a));
        let mut covered = 0;
        let mut needed = 0usize;
        for &r in &runs {
            if covered >= n {
                break;
            }
            covered += r;
            needed += 1;
        }
        if covered < n {
            // Not every meeting fits at all: the bound is void (the caller's feasibility check decides).
            bounds.push(0);
            continue;
        }
        let mut bound = needed.saturating_sub(day_count) as u64;
        if bound == 0 && needed == 1 {
            // One block of n consecutive slots on one day: does any window admit a perfect matching?
            let fits = (0..=slots.saturating_sub(n)).any(|start| {
                let window = start..start + n;
                if window.clone().any(|t| !available[t])
                    || instance.day_of_slot[start] != instance.day_of_slot[start + n - 1]
                {
                    return false;
                }
                let restricted: Vec<Vec<usize>> = allowed
                    .iter()
                    .map(|a| a.iter().copied().filter(|s| window.contains(s)).collect())
                    .collect();
                let mut owner: Vec<Option<usize>> = vec![None; slots];
                (0..restricted.len()).all(|m| {
                    let mut seen = vec![false; slots];
                    augment(m, &restricted, &mut owner, &mut seen)
                })
            });
            if !fits && day_count == 1 {
                bound = 1;
            }
        }
        bounds.push(bound);
    }
    bounds
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn availability_runs_and_windows_bound_the_breaks() {
        // Participant 0 meets 1, 2, 3; slot 2 of 0..5 is forbidden for everyone: runs {0,1} and {3,4}.
        let mut instance = Instance::single_day(4, 5, 3);
        for other in 1..4 {
            instance.add_meeting_with(0, other, 1, vec![0, 1, 3, 4]);
        }
        assert_eq!(
            breaks_lower_bound_per_participant(&instance),
            vec![1, 0, 0, 0]
        );
        // A run of three slots exists, but two meetings may only take slot 0: no window fits them.
        let mut instance = Instance::single_day(4, 5, 3);
        instance.add_meeting_with(0, 1, 1, vec![0, 1, 2, 3, 4]);
        instance.add_meeting_with(0, 2, 1, vec![0]);
        instance.add_meeting_with(0, 3, 1, vec![0, 4]);
        assert_eq!(breaks_lower_bound_all_held(&instance), 1);
        // Three consecutive free slots and flexible meetings: no forced break.
        let mut instance = Instance::single_day(4, 5, 3);
        for other in 1..4 {
            instance.add_meeting(0, other);
        }
        assert_eq!(breaks_lower_bound_all_held(&instance), 0);
    }
}
