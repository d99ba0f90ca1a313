//! The exact engine: a SAT encoding solved incrementally by CaDiCaL.
//!
//! Variables x[m,t] exist only for allowed slots. Hard constraints: at most one slot per meeting,
//! one meeting per participant per slot, at most L_t meetings per slot (counted over clusters of
//! meetings sharing a participant, which hold at most one meeting per slot each), precedences,
//! break caps. Break indicators: used[p,t], held[p,t] (p met at or before t that day) and
//! hole[p,t] ⇐ ¬used[p,t] ∧ held[p,t] ∧ used[p,t+1]; a totalizer counts the holes.
//!
//! Lexicographic search on one incremental solver: first the lost weight, bottom-up from the cheap
//! upper bound (every UNSAT proves a better bound, the first SAT is optimal); then the breaks,
//! top-down from the first model (every model is an upper bound, the final UNSAT the proof).

use std::time::Instant;

use crate::bounds::weight_upper_bound;
use crate::model::{Instance, Slot};
use crate::sat::{Answer, Cnf, Lit};
use crate::validate::breaks_of;

/// What the exact engine established.
#[derive(Debug, Clone)]
pub struct ExactOutcome {
    /// The best schedule found (slots only), if any.
    pub slots: Option<Vec<Option<Slot>>>,
    pub weight_upper_bound: u64,
    pub weight_optimal: bool,
    pub breaks_lower_bound: u64,
    pub breaks_optimal: bool,
    /// The instance has no feasible schedule at all (only possible with hard requirements).
    pub infeasible: bool,
}

/// Bounds found so far, for progress reports.
#[derive(Debug, Clone)]
pub struct EngineProgress {
    pub phase: &'static str,
    pub weight_found: Option<u64>,
    pub weight_upper_bound: u64,
    pub breaks_found: Option<u64>,
    pub breaks_lower_bound: u64,
}

struct Encoding {
    cnf: Cnf,
    /// Per meeting: (slot, literal) for every allowed slot.
    x: Vec<Vec<(Slot, Lit)>>,
    /// Per meeting: "the meeting is held".
    held_meeting: Vec<Lit>,
    /// Per participant: its break units (the sum over all participants bounds the total breaks from above).
    holes: Vec<Vec<Lit>>,
    /// Per participant and slot: "busy" (single-day run encoding only, else empty).
    used: Vec<Vec<Option<Lit>>>,
    /// Whether `holes[p]` are the run counter's "breaks ≥ j" outputs (j = 1, 2, ...).
    run_counters: bool,
}

/// Which fairness rule the encoding must enforce: (per-participant cap, general spread).
pub fn break_rules(instance: &Instance) -> (Option<u32>, Option<u32>) {
    let counts = instance.meetings_by_participant();
    // A participant with at most one meeting never has a break, so min_p breaks = 0 and a spread D is a cap D.
    let zero_guaranteed = counts.iter().any(|m| m.len() <= 1);
    let mut cap = instance.max_breaks_per_participant;
    let mut general_spread = None;
    if let Some(spread) = instance.max_break_spread {
        if zero_guaranteed {
            cap = Some(cap.map_or(spread, |c| c.min(spread)));
        } else {
            general_spread = Some(spread);
        }
    }
    (cap, general_spread)
}

fn encode(instance: &Instance, until: Option<Instant>) -> Encoding {
    let mut cnf = Cnf::new(until);
    let slots = instance.slot_count();
    let (cap, general_spread) = break_rules(instance);
    let exact_breaks = general_spread.is_some();

    let mut x = Vec::with_capacity(instance.meetings.len());
    let mut held_meeting = Vec::with_capacity(instance.meetings.len());
    for meeting in &instance.meetings {
        let vars: Vec<(Slot, Lit)> = meeting
            .allowed_slots()
            .into_iter()
            .map(|s| (s, cnf.fresh()))
            .collect();
        let lits: Vec<Lit> = vars.iter().map(|v| v.1).collect();
        cnf.at_most_one(&lits);
        let held = if lits.is_empty() {
            let never = cnf.fresh();
            cnf.clause(&[-never]);
            never
        } else {
            cnf.or_of(&lits)
        };
        if instance.require_all || meeting.locked.is_some() {
            cnf.clause(&[held]);
        }
        held_meeting.push(held);
        x.push(vars);
    }

    // Per participant and slot: the literals of its meetings there.
    let mut at: Vec<Vec<Vec<Lit>>> = vec![vec![Vec::new(); slots]; instance.participant_count];
    let mut meetings_at: Vec<Vec<(usize, Lit)>> = vec![Vec::new(); slots];
    for (id, vars) in x.iter().enumerate() {
        let meeting = &instance.meetings[id];
        for &(slot, lit) in vars {
            at[meeting.first][slot].push(lit);
            at[meeting.second][slot].push(lit);
            meetings_at[slot].push((id, lit));
        }
    }
    for per_slot in &at {
        for lits in per_slot {
            cnf.at_most_one(lits);
        }
    }

    // Tables: greedy clusters of meetings sharing a participant; each cluster holds ≤ 1 meeting per slot.
    for (slot, entries) in meetings_at.iter().enumerate() {
        let tables = instance.tables_per_slot[slot];
        if entries.len() <= tables {
            continue;
        }
        let mut covered = vec![false; entries.len()];
        let mut cluster_lits = Vec::new();
        loop {
            let mut count = vec![0usize; instance.participant_count];
            for (i, &(id, _)) in entries.iter().enumerate() {
                if !covered[i] {
                    count[instance.meetings[id].first] += 1;
                    count[instance.meetings[id].second] += 1;
                }
            }
            let Some((best, &n)) = count.iter().enumerate().max_by_key(|c| *c.1) else {
                break;
            };
            if n == 0 {
                break;
            }
            let mut group = Vec::new();
            for (i, &(id, lit)) in entries.iter().enumerate() {
                if !covered[i] && instance.meetings[id].participants().contains(&best) {
                    covered[i] = true;
                    group.push(lit);
                }
            }
            cluster_lits.push(cnf.or_of(&group));
        }
        cnf.at_most(&cluster_lits, tables);
    }

    // Precedences: `after` in slot t needs `before` in a slot < t.
    for &(before, after) in &instance.precedences {
        for &(slot, lit) in &x[after] {
            let mut clause = vec![-lit];
            clause.extend(x[before].iter().filter(|v| v.0 < slot).map(|v| v.1));
            cnf.clause(&clause);
        }
    }

    // Break indicators.
    let mut holes = vec![Vec::new(); instance.participant_count];
    let meeting_counts = instance.meetings_by_participant();
    let single_day = instance.day_of_slot.windows(2).all(|w| w[0] == w[1]);
    let run_counters = single_day && !exact_breaks;
    let mut used_by_participant = vec![Vec::new(); instance.participant_count];
    for who in 0..instance.participant_count {
        if meeting_counts[who].len() <= 1 {
            continue;
        }
        let used: Vec<Option<Lit>> = at[who]
            .iter()
            .map(|lits| {
                if lits.is_empty() {
                    None
                } else {
                    Some(cnf.or_of(lits))
                }
            })
            .collect();
        if single_day && !exact_breaks {
            // One day: breaks(p) = (number of runs of busy slots) − 1 for an active participant.
            // start[t] ⇐ used[t] ∧ ¬used[t−1]; a small counter over the starts yields the break units
            // "breaks(p) ≥ j" = "starts ≥ j+1". Local clauses, no chain of held[] variables.
            let mut starts = Vec::new();
            for t in 0..slots {
                let Some(u) = used[t] else { continue };
                match if t > 0 { used[t - 1] } else { None } {
                    None => starts.push(u),
                    Some(previous) => {
                        let start = cnf.fresh();
                        cnf.clause(&[-u, previous, start]);
                        starts.push(start);
                    }
                }
            }
            let limit = cap.map_or(starts.len(), |c| (c as usize + 2).min(starts.len()));
            let counter = cnf.totalizer(&starts, limit, false);
            if let Some(c) = cap {
                if let Some(&too_many) = counter.get(c as usize + 1) {
                    cnf.clause(&[-too_many]);
                }
            }
            holes[who] = counter
                .into_iter()
                .skip(1)
                .take(cap.map_or(usize::MAX, |c| c as usize))
                .collect();
            used_by_participant[who] = used;
            continue;
        }
        let mut held: Vec<Option<Lit>> = vec![None; slots];
        for t in 0..slots {
            let previous = if t > 0 && instance.day_of_slot[t - 1] == instance.day_of_slot[t] {
                held[t - 1]
            } else {
                None
            };
            held[t] = match (used[t], previous) {
                (None, p) => p,
                (u, None) => u,
                (Some(u), Some(p)) => {
                    let h = cnf.fresh();
                    cnf.clause(&[-u, h]);
                    cnf.clause(&[-p, h]);
                    if exact_breaks {
                        cnf.clause(&[-h, u, p]);
                    }
                    Some(h)
                }
            };
        }
        for t in 0..slots {
            if !instance.consecutive_same_day(t) {
                continue;
            }
            let (Some(h), Some(next)) = (held[t], used[t + 1]) else {
                continue;
            };
            if used[t] == Some(h) {
                continue; // held here only through a meeting now: no idle slot
            }
            let hole = cnf.fresh();
            let mut clause = vec![-h, -next, hole];
            if let Some(u) = used[t] {
                clause.push(u);
            }
            cnf.clause(&clause);
            if exact_breaks {
                cnf.clause(&[-hole, h]);
                cnf.clause(&[-hole, next]);
                if let Some(u) = used[t] {
                    cnf.clause(&[-hole, -u]);
                }
            }
            holes[who].push(hole);
        }
        if let Some(cap) = cap {
            cnf.at_most(&holes[who], cap as usize);
        }
    }

    if let Some(spread) = general_spread {
        encode_spread(&mut cnf, &holes, spread as usize);
    }

    Encoding {
        cnf,
        x,
        held_meeting,
        holes,
        used: used_by_participant,
        run_counters,
    }
}

/// max_p breaks(p) − min_p breaks(p) ≤ spread, with exact per-participant counters:
/// at_least[p][j] ⇔ breaks(p) ≥ j+1, and all_at_least[j] ⇒ every participant has ≥ j+1 breaks;
/// then breaks(p) ≥ j+1+spread+1 forces all_at_least[j+1]... written as: p ≥ j+spread+1 ⇒ min ≥ j.
fn encode_spread(cnf: &mut Cnf, holes: &[Vec<Lit>], spread: usize) {
    let counters: Vec<Vec<Lit>> = holes
        .iter()
        .map(|h| cnf.totalizer(h, h.len(), true))
        .collect();
    let longest = counters.iter().map(|c| c.len()).max().unwrap_or(0);
    // min_at_least[j] ⇒ every participant has ≥ j breaks (j ≥ 1).
    for j in 1..=longest {
        let high = j + spread; // breaks ≥ high ⇒ min ≥ j
        if high > longest {
            break;
        }
        let min_at_least = cnf.fresh();
        for counter in &counters {
            match counter.get(j - 1) {
                Some(&lit) => cnf.clause(&[-min_at_least, lit]),
                None => cnf.clause(&[-min_at_least]),
            }
        }
        for counter in &counters {
            if let Some(&lit) = counter.get(high - 1) {
                cnf.clause(&[-lit, min_at_least]);
            }
        }
    }
}

/// Once every meeting is held, "participant p has no break" means its n_p meetings fill one block
/// of n_p consecutive slots. A literal no_break[p] ⇒ (block starting at some s), and ¬no_break[p]
/// replaces the unit "breaks(p) ≥ 1": the block clauses propagate far better than run counting.
fn add_block_units(instance: &Instance, enc: &mut Encoding) {
    let slots = instance.slot_count();
    let counts = instance.meetings_by_participant();
    for who in 0..instance.participant_count {
        let n = counts[who].len();
        if enc.holes[who].is_empty() || enc.used[who].is_empty() {
            continue;
        }
        let used = enc.used[who].clone();
        let no_break = enc.cnf.fresh();
        let mut choices = vec![-no_break];
        for start in 0..=slots.saturating_sub(n) {
            if (start..start + n).any(|t| used[t].is_none()) {
                continue;
            }
            let block = enc.cnf.fresh();
            choices.push(block);
            for t in 0..slots {
                if let Some(u) = used[t] {
                    if (start..start + n).contains(&t) {
                        enc.cnf.clause(&[-block, u]);
                    } else {
                        enc.cnf.clause(&[-block, -u]);
                    }
                }
            }
        }
        enc.cnf.clause(&choices);
        enc.holes[who][0] = -no_break;
    }
}

fn extract(enc: &Encoding) -> Vec<Option<Slot>> {
    enc.x
        .iter()
        .map(|vars| vars.iter().find(|v| enc.cnf.value(v.1)).map(|v| v.0))
        .collect()
}

fn weight_of(instance: &Instance, slots: &[Option<Slot>]) -> u64 {
    instance
        .meetings
        .iter()
        .zip(slots)
        .filter(|(_, s)| s.is_some())
        .map(|(m, _)| m.weight as u64)
        .sum()
}

pub fn total_breaks(instance: &Instance, slots: &[Option<Slot>]) -> u64 {
    let mut busy: Vec<Vec<Slot>> = vec![Vec::new(); instance.participant_count];
    for (meeting, slot) in instance.meetings.iter().zip(slots) {
        if let Some(s) = slot {
            busy[meeting.first].push(*s);
            busy[meeting.second].push(*s);
        }
    }
    busy.iter_mut()
        .map(|b| breaks_of(instance, b).0 as u64)
        .sum()
}

pub fn solve_exact(
    instance: &Instance,
    until: Option<Instant>,
    progress: &mut dyn FnMut(&EngineProgress),
) -> ExactOutcome {
    let total = instance.total_weight();
    let mut upper = weight_upper_bound(instance);
    let mut enc = encode(instance, until);
    let mut outcome = ExactOutcome {
        slots: None,
        weight_upper_bound: upper,
        weight_optimal: false,
        breaks_lower_bound: 0,
        breaks_optimal: false,
        infeasible: false,
    };
    progress(&EngineProgress {
        phase: "encoded",
        weight_found: None,
        weight_upper_bound: upper,
        breaks_found: None,
        breaks_lower_bound: 0,
    });

    // Phase 1: the lost weight, bottom-up.
    let mut best: Option<Vec<Option<Slot>>> = None;
    if upper == total {
        let all: Vec<Lit> = enc.held_meeting.clone();
        match enc.cnf.solve(&all) {
            Answer::Sat => {
                best = Some(extract(&enc));
                for &h in &all {
                    enc.cnf.clause(&[h]);
                }
            }
            Answer::Unsat => {
                let lightest = instance
                    .meetings
                    .iter()
                    .map(|m| m.weight as u64)
                    .min()
                    .unwrap_or(1)
                    .max(1);
                upper = total.saturating_sub(lightest);
            }
            Answer::Unknown => return outcome,
        }
    }
    if best.is_none() {
        let mut loss_inputs = Vec::new();
        for (meeting, &held) in instance.meetings.iter().zip(&enc.held_meeting) {
            for _ in 0..meeting.weight {
                loss_inputs.push(-held);
            }
        }
        let mut loss = total - upper;
        let mut limit = 0;
        let mut at_least: Vec<Lit> = Vec::new();
        loop {
            if loss as usize >= loss_inputs.len() {
                // Losing everything is always possible unless hard requirements forbid it.
                match enc.cnf.solve(&[]) {
                    Answer::Sat => {
                        best = Some(extract(&enc));
                        break;
                    }
                    Answer::Unsat => {
                        outcome.infeasible = true;
                        outcome.weight_upper_bound = 0;
                        return outcome;
                    }
                    Answer::Unknown => return outcome,
                }
            }
            if loss as usize >= limit {
                limit = (2 * loss as usize + 8).min(loss_inputs.len());
                at_least = enc.cnf.totalizer(&loss_inputs, limit, false);
            }
            match enc.cnf.solve(&[-at_least[loss as usize]]) {
                Answer::Sat => {
                    best = Some(extract(&enc));
                    enc.cnf.clause(&[-at_least[loss as usize]]);
                    break;
                }
                Answer::Unsat => {
                    loss += 1;
                    upper = total - loss;
                    outcome.weight_upper_bound = upper;
                    progress(&EngineProgress {
                        phase: "meetings",
                        weight_found: None,
                        weight_upper_bound: upper,
                        breaks_found: None,
                        breaks_lower_bound: 0,
                    });
                }
                Answer::Unknown => return outcome,
            }
        }
    }
    let mut best = best.expect("phase 1 ends with a model");
    let weight = weight_of(instance, &best);
    // Bottom-up search: the first model is optimal.
    outcome.weight_optimal = true;
    outcome.weight_upper_bound = weight;

    // Phase 2: breaks, top-down.
    let mut breaks_upper = total_breaks(instance, &best);
    let mut breaks_lower = 0u64;
    outcome.slots = Some(best.clone());
    let report = |phase, found: u64, lower: u64, progress: &mut dyn FnMut(&EngineProgress)| {
        progress(&EngineProgress {
            phase,
            weight_found: Some(weight),
            weight_upper_bound: weight,
            breaks_found: Some(found),
            breaks_lower_bound: lower,
        })
    };
    report("breaks", breaks_upper, breaks_lower, progress);
    if breaks_upper > 0 {
        if weight == total && enc.run_counters {
            add_block_units(instance, &mut enc);
        }
        let all_holes: Vec<Lit> = enc.holes.iter().flatten().copied().collect();
        let at_least = enc.cnf.totalizer(&all_holes, breaks_upper as usize, false);
        // Probe the lower bound and the upper bound alternately with a growing conflict budget:
        // optima are usually small, so "≤ lower" is often quickly SAT or quickly refuted, while
        // top-down steps keep improving the schedule when the proofs get hard.
        let mut budget = 2_000;
        while breaks_lower < breaks_upper {
            match enc
                .cnf
                .solve_limited(&[-at_least[breaks_lower as usize]], budget)
            {
                Answer::Sat => {
                    best = extract(&enc);
                    breaks_upper = total_breaks(instance, &best);
                    outcome.slots = Some(best.clone());
                    report("breaks", breaks_upper, breaks_lower, progress);
                    continue;
                }
                Answer::Unsat => {
                    breaks_lower += 1;
                    report("breaks", breaks_upper, breaks_lower, progress);
                    continue;
                }
                Answer::Unknown => {}
            }
            if until.is_some_and(|u| Instant::now() >= u) {
                break;
            }
            let target = breaks_upper - 1;
            match enc.cnf.solve_limited(&[-at_least[target as usize]], budget) {
                Answer::Sat => {
                    best = extract(&enc);
                    breaks_upper = total_breaks(instance, &best);
                    outcome.slots = Some(best.clone());
                }
                Answer::Unsat => breaks_lower = breaks_upper,
                Answer::Unknown => {
                    if until.is_some_and(|u| Instant::now() >= u) {
                        break;
                    }
                    budget = budget.saturating_mul(2);
                }
            }
            report("breaks", breaks_upper, breaks_lower, progress);
        }
    }
    outcome.breaks_lower_bound = breaks_lower;
    outcome.breaks_optimal = breaks_lower == breaks_upper;
    outcome
}
