//! Reproducible synthetic events (for the large-scale benchmark and property tests).

use std::collections::HashSet;

use crate::model::Instance;

/// SplitMix64: a tiny deterministic generator, enough for test data.
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// A brokerage event: `days` equal days of slots, popular participants (a skewed choice of the first
/// partner), 10 % of participants absent for a few slots, a quarter of the meetings must-meet (weight 3).
pub fn large_event(
    participants: usize,
    meetings: usize,
    slots: usize,
    tables: usize,
    days: usize,
    seed: u64,
) -> Instance {
    let mut rng = SplitMix(seed);
    let mut instance = Instance::single_day(participants, slots, tables);
    let per_day = slots.div_ceil(days.max(1));
    instance.day_of_slot = (0..slots).map(|s| (s / per_day) as u32).collect();
    let mut available = vec![vec![true; slots]; participants];
    for row in available.iter_mut() {
        if rng.below(10) == 0 {
            let start = rng.below(slots);
            for s in start..(start + 1 + rng.below(4)).min(slots) {
                row[s] = false;
            }
        }
    }
    let mut seen = HashSet::new();
    while instance.meetings.len() < meetings {
        // The minimum of two draws favours low ids: some participants are much in demand.
        let a = rng.below(participants).min(rng.below(participants));
        let b = rng.below(participants);
        if a == b || !seen.insert((a.min(b), a.max(b))) {
            continue;
        }
        let eligible: Vec<usize> = (0..slots)
            .filter(|&s| available[a][s] && available[b][s])
            .collect();
        let weight = if rng.below(4) == 0 { 3 } else { 1 };
        instance.add_meeting_with(a, b, weight, eligible);
    }
    instance
}
