//! The exact engine: a SAT encoding solved incrementally by CaDiCaL.
//!
//! Variables x[m,t] exist only for allowed slots. Hard constraints: at most one slot per meeting,
//! one meeting per participant per slot, at most L_t table meetings per slot (counted over clusters
//! of meetings sharing a participant, which hold at most one meeting per slot each; table-less
//! meetings are limited by their participants only), precedences,
//! break caps. Break indicators: used[p,t], held[p,t] (p met at or before t that day) and
//! hole[p,t] ⇐ ¬used[p,t] ∧ held[p,t] ∧ used[p,t+1]; a totalizer counts the holes.
//!
//! Lexicographic search on one incremental solver: first the lost weight, bottom-up from the cheap
//! upper bound (every UNSAT proves a better bound, the first SAT is optimal); then the breaks,
//! top-down from the first model (every model is an upper bound, the final UNSAT the proof).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
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

/// Which redundant constraints and solver configuration an encoding uses (portfolio members differ).
#[derive(Debug, Clone, Copy)]
struct Variant {
    /// Per-slot busy counts (≤ 2·L, even): strong when tables are scarce, noise when they are not.
    slot_counts: bool,
    config: Option<&'static str>,
    /// Weight that may be left out (0 = every meeting is held; phase 1 proved the rest optimal).
    loss: u64,
}

fn encode(instance: &Instance, until: Option<Instant>, all_held: bool) -> Encoding {
    encode_with(
        instance,
        Cnf::new(until),
        all_held,
        Variant {
            slot_counts: tables_scarce(instance),
            config: None,
            loss: 0,
        },
    )
}

fn encode_with(instance: &Instance, mut cnf: Cnf, all_held: bool, variant: Variant) -> Encoding {
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
        if all_held || instance.require_all || meeting.locked.is_some() {
            cnf.clause(&[held]);
        }
        held_meeting.push(held);
        x.push(vars);
    }

    // Per participant and slot: the literals of its meetings there.
    let mut at: Vec<Vec<Vec<Lit>>> = vec![vec![Vec::new(); slots]; instance.participant_count];
    // The same, and the meetings per slot, for table meetings only: only they take a table.
    let mut at_table = at.clone();
    let mut meetings_at: Vec<Vec<(usize, Lit)>> = vec![Vec::new(); slots];
    for (id, vars) in x.iter().enumerate() {
        let meeting = &instance.meetings[id];
        for &(slot, lit) in vars {
            at[meeting.first][slot].push(lit);
            at[meeting.second][slot].push(lit);
            if meeting.uses_table {
                at_table[meeting.first][slot].push(lit);
                at_table[meeting.second][slot].push(lit);
                meetings_at[slot].push((id, lit));
            }
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

    // Precedences through "held by slot t" ladders: by[m][t] ⇔ m is held in a slot ≤ t. Then
    // by[after][t] ⇒ by[before][t−1] propagates in both directions with binary clauses.
    let mut by: Vec<Option<Vec<Lit>>> = vec![None; instance.meetings.len()];
    for &(before, after) in &instance.precedences {
        for m in [before, after] {
            if by[m].is_some() {
                continue;
            }
            let mut ladder: Vec<Lit> = Vec::with_capacity(slots);
            for t in 0..slots {
                let here = x[m].iter().find(|v| v.0 == t).map(|v| v.1);
                let lit = cnf.fresh();
                if let Some(h) = here {
                    cnf.clause(&[-h, lit]);
                }
                let mut back = vec![-lit];
                if let Some(h) = here {
                    back.push(h);
                }
                if t > 0 {
                    cnf.clause(&[-ladder[t - 1], lit]);
                    back.push(ladder[t - 1]);
                }
                cnf.clause(&back);
                ladder.push(lit);
            }
            by[m] = Some(ladder);
        }
        let (Some(b), Some(a)) = (&by[before], &by[after]) else {
            continue;
        };
        cnf.clause(&[-a[0]]);
        for t in 1..slots {
            cnf.clause(&[-a[t], b[t - 1]]);
        }
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
    add_implied_counts(
        instance,
        &mut cnf,
        &at,
        &at_table,
        all_held,
        variant.slot_counts,
    );

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
fn add_block_units(instance: &Instance, enc: &mut Encoding, missing: usize) {
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
        // (start, length, literal): the busy slots are exactly start..start+length. With up to
        // `missing` meetings not held, the block may be that much shorter.
        let mut blocks: Vec<(Slot, usize, Lit)> = Vec::new();
        for length in n.saturating_sub(missing)..=n {
            let starts = if length == 0 {
                0..1
            } else {
                0..(slots + 1).saturating_sub(length)
            };
            for start in starts {
                let window = start..start + length;
                if window.clone().any(|t| used[t].is_none()) {
                    continue;
                }
                let block = enc.cnf.fresh();
                choices.push(block);
                blocks.push((start, length, block));
                for t in 0..slots {
                    if let Some(u) = used[t] {
                        if window.contains(&t) {
                            enc.cnf.clause(&[-block, u]);
                        } else {
                            enc.cnf.clause(&[-block, -u]);
                        }
                    }
                }
                // Each (held) meeting of the participant takes a slot of the block.
                for &m in &counts[who] {
                    let mut clause = vec![-block];
                    if missing > 0 {
                        clause.push(-enc.held_meeting[m]);
                    }
                    clause.extend(
                        enc.x[m]
                            .iter()
                            .filter(|v| window.contains(&v.0))
                            .map(|v| v.1),
                    );
                    enc.cnf.clause(&clause);
                }
            }
        }
        let block_lits: Vec<Lit> = blocks.iter().map(|b| b.2).collect();
        enc.cnf.at_most_one(&block_lits);
        // Without a break, a busy slot lies in the chosen block.
        for t in 0..slots {
            if let Some(u) = used[t] {
                let mut clause = vec![-no_break, -u];
                clause.extend(
                    blocks
                        .iter()
                        .filter(|b| (b.0..b.0 + b.1).contains(&t))
                        .map(|b| b.2),
                );
                enc.cnf.clause(&clause);
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
    if upper == total {
        if let Some(outcome) = solve_all_held(instance, until, progress) {
            return outcome;
        }
        // Holding every meeting is impossible: the general search below, with a better bound.
        let lightest = instance
            .meetings
            .iter()
            .map(|m| m.weight as u64)
            .min()
            .unwrap_or(1)
            .max(1);
        upper = total.saturating_sub(lightest);
    }
    let mut enc = encode(instance, until, false);
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
    let best = best.expect("phase 1 ends with a model");
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
        // The portfolio again, now with the loss capped at what phase 1 proved optimal.
        if let Some(found) = solve_portfolio(instance, until, total - weight, progress) {
            breaks_lower = found.breaks_lower_bound;
            if let Some(slots) = found.slots {
                let b = total_breaks(instance, &slots);
                if b < breaks_upper {
                    breaks_upper = b;
                    outcome.slots = Some(slots);
                }
            }
            breaks_lower = breaks_lower.min(breaks_upper);
        }
    }
    outcome.breaks_lower_bound = breaks_lower;
    outcome.breaks_optimal = breaks_lower == breaks_upper;
    outcome
}

/// Lazily grown "at least j+1 breaks" outputs over all break units.
struct BreakCounter {
    inputs: Vec<Lit>,
    outputs: Vec<Lit>,
}

impl BreakCounter {
    /// The literal whose negation means "at most `k` breaks" (None: the bound holds trivially).
    fn at_most(&mut self, cnf: &mut Cnf, k: u64) -> Option<Lit> {
        let k = k as usize;
        if k >= self.inputs.len() {
            return None;
        }
        if k >= self.outputs.len() {
            let limit = (2 * k + 16).min(self.inputs.len());
            self.outputs = cnf.totalizer(&self.inputs, limit, false);
        }
        Some(self.outputs[k])
    }
}

/// Bounds shared by the members of the portfolio: the best proven lower bound, the best upper bound,
/// and a flag that stops every member once the gap is closed (or the meetings cannot all be held).
struct Shared {
    stop: Arc<AtomicBool>,
    lower: AtomicU64,
    upper: AtomicU64,
    all_impossible: AtomicBool,
}

/// Whether tables are scarce: the table meetings fill most of the table-slots.
fn tables_scarce(instance: &Instance) -> bool {
    let capacity: usize = instance.tables_per_slot.iter().sum();
    let at_tables = instance.meetings.iter().filter(|m| m.uses_table).count();
    at_tables * 5 >= capacity * 4
}

/// Instances this small are solved by one search (no thread).
const PORTFOLIO_MIN_MEETINGS: usize = 40;

/// The search when every meeting may fit: every meeting is a hard clause, "no break" is encoded as
/// a block of consecutive slots, and the breaks are searched bottom-up from a cheap lower bound
/// (each UNSAT proves the next bound), alternating with top-down steps once a model exists.
/// Two differently encoded searches run in parallel and share their bounds.
/// Returns None when holding every meeting is impossible.
fn solve_all_held(
    instance: &Instance,
    until: Option<Instant>,
    progress: &mut dyn FnMut(&EngineProgress),
) -> Option<ExactOutcome> {
    solve_portfolio(instance, until, 0, progress)
}

/// The two-member portfolio for the breaks, every schedule losing at most `loss` weight.
fn solve_portfolio(
    instance: &Instance,
    until: Option<Instant>,
    loss: u64,
    progress: &mut dyn FnMut(&EngineProgress),
) -> Option<ExactOutcome> {
    let total = instance.total_weight();
    let cheap = if loss == 0 {
        crate::bounds::breaks_lower_bound_all_held(instance)
    } else {
        0
    };
    let shared = Shared {
        stop: Arc::new(AtomicBool::new(false)),
        lower: AtomicU64::new(cheap),
        upper: AtomicU64::new(u64::MAX),
        all_impossible: AtomicBool::new(false),
    };
    let scarce = tables_scarce(instance);
    // CaDiCaL's "sat" configuration finds the tightly constrained schedules markedly faster here
    // (forum-14.original: 1.6 s instead of 7–10 s of CPU for the core-guided search).
    let main = Variant {
        slot_counts: scarce,
        config: Some("sat"),
        loss,
    };
    let helper = Variant {
        slot_counts: scarce,
        config: Some("sat"),
        loss,
    };
    let results: Vec<(Option<Vec<Option<Slot>>>, u64)> =
        if instance.meetings.len() < PORTFOLIO_MIN_MEETINGS {
            vec![search_cores(instance, until, main, &shared, progress)]
        } else {
            std::thread::scope(|scope| {
                let handle = scope.spawn(|| {
                    let result = search_all_held(instance, until, helper, &shared, &mut |_| {});
                    shared.stop.store(true, Ordering::Relaxed);
                    result
                });
                let first = search_cores(instance, until, main, &shared, progress);
                shared.stop.store(true, Ordering::Relaxed);
                let second = handle.join().expect("the helper search does not panic");
                vec![first, second]
            })
        };
    if shared.all_impossible.load(Ordering::Relaxed) {
        return None;
    }
    let lower = results.iter().map(|r| r.1).max().unwrap_or(cheap);
    let best = results
        .into_iter()
        .filter_map(|r| r.0)
        .min_by_key(|slots| total_breaks(instance, slots));
    let mut outcome = ExactOutcome {
        slots: None,
        weight_upper_bound: total - loss,
        weight_optimal: false,
        breaks_lower_bound: lower,
        breaks_optimal: false,
        infeasible: false,
    };
    if let Some(slots) = best {
        let found = total_breaks(instance, &slots);
        outcome.slots = Some(slots);
        outcome.weight_optimal = true;
        outcome.breaks_lower_bound = lower.min(found);
        outcome.breaks_optimal = lower >= found;
    }
    Some(outcome)
}

/// One member of the portfolio. Returns its best model and the lower bound it knows.
fn search_all_held(
    instance: &Instance,
    until: Option<Instant>,
    variant: Variant,
    shared: &Shared,
    progress: &mut dyn FnMut(&EngineProgress),
) -> (Option<Vec<Option<Slot>>>, u64) {
    let total = instance.total_weight();
    let cnf = Cnf::configured(until, Some(shared.stop.clone()), variant.config);
    let mut enc = encode_member(instance, cnf, variant);
    let mut counter = BreakCounter {
        inputs: enc.holes.iter().flatten().copied().collect(),
        outputs: Vec::new(),
    };
    let mut lower = shared.lower.load(Ordering::Relaxed);
    let mut upper: Option<u64> = None;
    let mut best: Option<Vec<Option<Slot>>> = None;
    let report = |lower: u64, upper: Option<u64>, progress: &mut dyn FnMut(&EngineProgress)| {
        progress(&EngineProgress {
            phase: "breaks",
            weight_found: upper.map(|_| total),
            weight_upper_bound: total,
            breaks_found: upper,
            breaks_lower_bound: lower,
        })
    };
    report(lower, upper, progress);
    let mut budget = 5_000;
    let stopped =
        || until.is_some_and(|u| Instant::now() >= u) || shared.stop.load(Ordering::Relaxed);
    loop {
        // Exchange bounds with the other member.
        lower = lower.max(shared.lower.fetch_max(lower, Ordering::Relaxed));
        if let Some(u) = upper {
            shared.upper.fetch_min(u, Ordering::Relaxed);
        }
        if shared.upper.load(Ordering::Relaxed) <= lower || stopped() {
            shared.stop.store(
                shared.stop.load(Ordering::Relaxed)
                    || shared.upper.load(Ordering::Relaxed) <= lower,
                Ordering::Relaxed,
            );
            break;
        }
        // Bottom-up: "≤ lower breaks".
        let assumption: Vec<Lit> = counter
            .at_most(&mut enc.cnf, lower)
            .map(|l| vec![-l])
            .unwrap_or_default();
        match enc.cnf.solve_limited(&assumption, budget) {
            Answer::Sat => {
                let slots = extract(&enc);
                upper = Some(total_breaks(instance, &slots));
                best = Some(slots);
                report(lower, upper, progress);
                continue;
            }
            Answer::Unsat => {
                if assumption.is_empty() || !enc.cnf.failed(assumption[0]) {
                    if upper.is_none() {
                        shared.all_impossible.store(true, Ordering::Relaxed);
                        shared.stop.store(true, Ordering::Relaxed);
                    }
                    break;
                }
                lower += 1;
                report(lower, upper, progress);
                continue;
            }
            Answer::Unknown => {}
        }
        if stopped() {
            continue; // publishes the bounds, then leaves
        }
        let shared_upper = shared.upper.load(Ordering::Relaxed);
        let known_upper = upper.map_or(shared_upper, |u| u.min(shared_upper));
        if known_upper == u64::MAX {
            // No model yet: the core-guided member works on tight bounds; this one makes sure a
            // schedule with every meeting exists early (any number of breaks), then gets stricter.
            match enc.cnf.solve_limited(&[], budget) {
                Answer::Sat => {
                    let slots = extract(&enc);
                    upper = Some(total_breaks(instance, &slots));
                    best = Some(slots);
                    report(lower, upper, progress);
                }
                Answer::Unsat => {
                    shared.all_impossible.store(true, Ordering::Relaxed);
                    shared.stop.store(true, Ordering::Relaxed);
                    break;
                }
                Answer::Unknown => budget = budget.saturating_mul(2),
            }
            continue;
        }
        // Top-down: one break fewer than the best known.
        let target = known_upper - 1;
        let assumption: Vec<Lit> = counter
            .at_most(&mut enc.cnf, target)
            .map(|l| vec![-l])
            .unwrap_or_default();
        match enc.cnf.solve_limited(&assumption, budget) {
            Answer::Sat => {
                let slots = extract(&enc);
                upper = Some(total_breaks(instance, &slots));
                best = Some(slots);
            }
            Answer::Unsat => {
                if assumption.is_empty() || !enc.cnf.failed(assumption[0]) {
                    break;
                }
                lower = lower.max(target + 1);
            }
            Answer::Unknown => {
                budget = budget.saturating_mul(2);
            }
        }
        report(lower, upper, progress);
    }
    (best, lower)
}

/// Implied constraints once every meeting is held, on the "participant busy" literals:
/// each participant is busy in exactly |M_p| slots; with `slot_counts`, per slot at most 2·L_t
/// participants are busy at a table, and an even number of them (every table meeting occupies two).
/// Redundant, but they let the solver reason about blocks of busy slots and table capacity without
/// going through individual meetings. `at_table` is `at` restricted to table meetings.
fn add_implied_counts(
    instance: &Instance,
    cnf: &mut Cnf,
    at: &[Vec<Vec<Lit>>],
    at_table: &[Vec<Vec<Lit>>],
    participant_counts: bool,
    slot_counts: bool,
) {
    if !participant_counts && !slot_counts {
        return;
    }
    let slots = instance.slot_count();
    let all_tables = instance.meetings.iter().all(|m| m.uses_table);
    let busy = if participant_counts || all_tables {
        busy_literals(cnf, at)
    } else {
        Vec::new()
    };
    let counts = instance.meetings_by_participant();
    for (who, row) in busy.iter().enumerate() {
        if !participant_counts {
            break;
        }
        let n = counts[who].len();
        let lits: Vec<Lit> = row.iter().flatten().copied().collect();
        if n == 0 || lits.len() <= n {
            continue;
        }
        let out = cnf.totalizer(&lits, n + 1, true);
        cnf.clause(&[out[n - 1]]);
        if let Some(&too_many) = out.get(n) {
            cnf.clause(&[-too_many]);
        }
    }
    if !slot_counts {
        return;
    }
    // Table-less meetings take no table: only busy-at-a-table counts against 2·L_t.
    let table_busy = if all_tables {
        busy
    } else {
        busy_literals(cnf, at_table)
    };
    for t in 0..slots {
        let lits: Vec<Lit> = table_busy.iter().filter_map(|row| row[t]).collect();
        if lits.len() < 2 {
            continue;
        }
        let cap = (2 * instance.tables_per_slot[t]).min(lits.len());
        let out = cnf.totalizer(&lits, (cap + 1).min(lits.len()), true);
        if let Some(&over) = out.get(cap) {
            cnf.clause(&[-over]);
        }
        // Even: "at least 2i+1" implies "at least 2i+2".
        let mut j = 1;
        while j <= out.len() {
            match out.get(j) {
                Some(&next) => cnf.clause(&[-out[j - 1], next]),
                None => cnf.clause(&[-out[j - 1]]),
            }
            j += 2;
        }
    }
}

/// Per participant and slot: "busy there" over the given meeting literals (None: no meeting can be).
fn busy_literals(cnf: &mut Cnf, at: &[Vec<Vec<Lit>>]) -> Vec<Vec<Option<Lit>>> {
    at.iter()
        .map(|per_slot| {
            per_slot
                .iter()
                .map(|lits| (!lits.is_empty()).then(|| cnf.or_of(lits)))
                .collect()
        })
        .collect()
}

/// A soft literal of the core-guided search: costs one break when true. `next` is the following
/// output of the totalizer it belongs to (relaxing "≤ i" to "≤ i+1").
struct Soft {
    lit: Lit,
    counter: Option<(usize, usize)>,
}

/// Core-guided (OLL) search for the minimum breaks: assume every participant has no more breaks than
/// its own cheap bound; each UNSAT core (a set of participants that cannot all be that lucky) raises
/// the lower bound by one and is replaced by a totalizer allowing one more break among them. The first
/// model is optimal. Tight per-participant assumptions keep every SAT call very constrained, which is
/// what makes this fast where a global "≤ k" counter leaves the solver to pick who gets the breaks.
fn search_cores(
    instance: &Instance,
    until: Option<Instant>,
    variant: Variant,
    shared: &Shared,
    progress: &mut dyn FnMut(&EngineProgress),
) -> (Option<Vec<Option<Slot>>>, u64) {
    let total = instance.total_weight();
    let cnf = Cnf::configured(until, Some(shared.stop.clone()), variant.config);
    let mut enc = encode_member(instance, cnf, variant);
    let per_participant = crate::bounds::breaks_lower_bound_per_participant(instance);
    let mut lower = 0u64;
    let mut softs: Vec<Soft> = Vec::new();
    for (who, holes) in enc.holes.iter().enumerate() {
        // Run counters are unary ("≥ 1", "≥ 2" breaks): the first `bound` units are certain.
        let certain = if enc.run_counters && variant.loss == 0 {
            (per_participant[who] as usize).min(holes.len())
        } else {
            0
        };
        for (j, &h) in holes.iter().enumerate() {
            if j < certain {
                enc.cnf.clause(&[h]);
                lower += 1;
            } else {
                softs.push(Soft {
                    lit: h,
                    counter: None,
                });
            }
        }
    }
    core_guided(instance, &mut enc, softs, lower, total, shared, progress)
}

/// The core-guided loop over `softs` (each true soft costs one break), starting from `lower` certain
/// breaks. Returns the best model it found and its own lower bound.
fn core_guided(
    instance: &Instance,
    enc: &mut Encoding,
    mut softs: Vec<Soft>,
    mut lower: u64,
    weight: u64,
    shared: &Shared,
    progress: &mut dyn FnMut(&EngineProgress),
) -> (Option<Vec<Option<Slot>>>, u64) {
    let mut counters: Vec<Vec<Lit>> = Vec::new();
    let report = |lower: u64, found: Option<u64>, progress: &mut dyn FnMut(&EngineProgress)| {
        progress(&EngineProgress {
            phase: "breaks (cores)",
            weight_found: found.map(|_| weight),
            weight_upper_bound: weight,
            breaks_found: found,
            breaks_lower_bound: lower,
        })
    };
    report(lower, None, progress);
    let mut best: Option<Vec<Option<Slot>>> = None;
    let mut best_breaks = u64::MAX;
    // Cores found since the last model; their softs are left out of the assumptions until the next
    // model (weight-aware core extraction: disjoint cores are cheap, and every model is an upper bound).
    let mut pending: Vec<Vec<Soft>> = Vec::new();
    loop {
        // `lower` counts this search's own certain breaks and cores: each core adds one to it, so it
        // must not absorb the other member's bound (that would count a break twice).
        let known = lower.max(shared.lower.fetch_max(lower, Ordering::Relaxed));
        if shared.upper.load(Ordering::Relaxed) <= known || shared.stop.load(Ordering::Relaxed) {
            shared.stop.store(true, Ordering::Relaxed);
            break;
        }
        let assumptions: Vec<Lit> = softs.iter().map(|s| -s.lit).collect();
        match enc.cnf.solve(&assumptions) {
            Answer::Sat => {
                let slots = extract(enc);
                let found = total_breaks(instance, &slots);
                shared.upper.fetch_min(found, Ordering::Relaxed);
                if found < best_breaks {
                    best_breaks = found;
                    best = Some(slots);
                }
                report(lower, Some(best_breaks), progress);
                if pending.is_empty() || best_breaks <= lower {
                    shared.stop.store(true, Ordering::Relaxed);
                    break;
                }
                for core in pending.drain(..) {
                    relax_core(&mut enc.cnf, core, &mut softs, &mut counters);
                }
            }
            Answer::Unknown => break,
            Answer::Unsat => {
                let (core, rest): (Vec<Soft>, Vec<Soft>) =
                    softs.into_iter().partition(|s| enc.cnf.failed(-s.lit));
                softs = rest;
                if core.is_empty() {
                    if pending.is_empty() {
                        // Refuted without any assumption: the meetings cannot all be held.
                        shared.all_impossible.store(true, Ordering::Relaxed);
                        shared.stop.store(true, Ordering::Relaxed);
                        break;
                    }
                    for core in pending.drain(..) {
                        relax_core(&mut enc.cnf, core, &mut softs, &mut counters);
                    }
                    continue;
                }
                lower += 1;
                report(
                    lower,
                    (best_breaks < u64::MAX).then_some(best_breaks),
                    progress,
                );
                pending.push(core);
            }
        }
    }
    shared.lower.fetch_max(lower, Ordering::Relaxed);
    (best, lower)
}

/// OLL's relaxation of one core: at least one of its softs is true (that break is paid); a totalizer
/// over them makes "a second one" the new soft, and each soft that was itself a totalizer output
/// moves on to its next output.
fn relax_core(cnf: &mut Cnf, core: Vec<Soft>, softs: &mut Vec<Soft>, counters: &mut Vec<Vec<Lit>>) {
    let mut lits = Vec::with_capacity(core.len());
    for soft in core {
        lits.push(soft.lit);
        if let Some((c, i)) = soft.counter {
            if let Some(&next) = counters[c].get(i + 1) {
                softs.push(Soft {
                    lit: next,
                    counter: Some((c, i + 1)),
                });
            }
        }
    }
    if lits.len() >= 2 {
        let outputs = cnf.totalizer(&lits, lits.len(), false);
        cnf.clause(&[outputs[0]]);
        counters.push(outputs);
        let c = counters.len() - 1;
        softs.push(Soft {
            lit: counters[c][1],
            counter: Some((c, 1)),
        });
    } else {
        cnf.clause(&[lits[0]]);
    }
}

/// A member's encoding: every meeting held (with the participants' busy counts), or the loss capped
/// at `variant.loss`; "no break" as blocks while few meetings can be missing.
fn encode_member(instance: &Instance, cnf: Cnf, variant: Variant) -> Encoding {
    let mut enc = encode_with(instance, cnf, variant.loss == 0, variant);
    let lightest = instance
        .meetings
        .iter()
        .map(|m| m.weight as u64)
        .min()
        .unwrap_or(1)
        .max(1);
    if variant.loss > 0 {
        let mut inputs = Vec::new();
        for (meeting, &held) in instance.meetings.iter().zip(&enc.held_meeting) {
            for _ in 0..meeting.weight {
                inputs.push(-held);
            }
        }
        let limit = (variant.loss as usize + 1).min(inputs.len());
        let at_least = enc.cnf.totalizer(&inputs, limit, false);
        if let Some(&too_much) = at_least.get(variant.loss as usize) {
            enc.cnf.clause(&[-too_much]);
        }
    }
    let missing = (variant.loss / lightest) as usize;
    if enc.run_counters && missing <= 3 {
        add_block_units(instance, &mut enc, missing);
    }
    enc
}
