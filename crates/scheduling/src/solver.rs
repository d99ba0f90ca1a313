//! The scheduler's front door: picks the engine, assigns tables, reports the result with its bounds.

use std::time::{Duration, Instant};

use serde::Serialize;

use crate::bounds::weight_upper_bound;
use crate::exact::{break_rules, solve_exact, EngineProgress};
use crate::heuristic::{polish, solve_heuristic};
use crate::model::{Instance, MeetingId, Schedule, Slot};
use crate::tables::assign_tables;
use crate::validate::{evaluate, Evaluation};
use crate::Error;

/// Which engine to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// Exact for instances whose encoding stays small, heuristic otherwise.
    Auto,
    Exact,
    Heuristic,
}

#[derive(Debug, Clone)]
pub struct SolveOptions {
    /// Wall-clock limit in seconds; the best schedule found so far is returned with its gap.
    pub time_limit: Option<f64>,
    pub engine: Engine,
}

impl Default for SolveOptions {
    fn default() -> Self {
        SolveOptions {
            time_limit: Some(60.0),
            engine: Engine::Auto,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Both objectives proven optimal.
    Optimal,
    /// A valid schedule; the bounds show the remaining gap.
    Feasible,
    /// No schedule satisfies the hard requirements (locked meetings, "schedule all").
    Infeasible,
}

/// A progress report while solving.
#[derive(Debug, Clone, Serialize)]
pub struct Progress {
    pub phase: String,
    pub seconds: f64,
    pub weight_found: Option<u64>,
    pub weight_upper_bound: u64,
    pub breaks_found: Option<u64>,
    pub breaks_lower_bound: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub status: Status,
    pub engine: &'static str,
    pub schedule: Schedule,
    pub evaluation: Evaluation,
    pub meetings_total: usize,
    pub meetings_upper_bound: usize,
    pub weight_total: u64,
    pub weight_upper_bound: u64,
    pub breaks_lower_bound: u64,
    pub seconds: f64,
}

/// Upper bound on the number of meetings implied by a weight bound.
fn meetings_bound(instance: &Instance, weight_bound: u64) -> usize {
    let weights: Vec<u32> = instance.meetings.iter().map(|m| m.weight).collect();
    let capacity: usize = instance.tables_per_slot.iter().sum();
    // Table-less meetings do not count against the tables.
    let at_tables = instance.meetings.iter().filter(|m| m.uses_table).count();
    let trivial = at_tables.min(capacity) + (instance.meetings.len() - at_tables);
    match weights.first() {
        Some(&w) if w > 0 && weights.iter().all(|&x| x == w) => {
            ((weight_bound / w as u64) as usize).min(trivial)
        }
        _ => trivial,
    }
}

/// Size of the exact encoding's main variables; above the threshold `Auto` runs the heuristic.
const EXACT_VARIABLE_LIMIT: usize = 60_000;

pub fn solve(
    instance: &Instance,
    options: &SolveOptions,
    progress: &mut dyn FnMut(&Progress),
) -> Result<Report, Error> {
    instance.check()?;
    let started = Instant::now();
    let until = options
        .time_limit
        .map(|s| started + Duration::from_secs_f64(s.max(0.0)));
    let variables: usize = instance
        .meetings
        .iter()
        .map(|m| m.allowed_slots().len())
        .sum();
    let use_exact = match options.engine {
        Engine::Exact => true,
        Engine::Heuristic => false,
        Engine::Auto => variables <= EXACT_VARIABLE_LIMIT,
    };

    let mut weight_upper = weight_upper_bound(instance);
    let mut breaks_lower = 0u64;
    let mut proven = false;
    let mut slots: Option<Vec<Option<Slot>>> = None;
    let mut engine = "heuristic";
    if use_exact {
        engine = "exact";
        let mut forward = |p: &EngineProgress| {
            progress(&Progress {
                phase: p.phase.to_string(),
                seconds: started.elapsed().as_secs_f64(),
                weight_found: p.weight_found,
                weight_upper_bound: p.weight_upper_bound,
                breaks_found: p.breaks_found,
                breaks_lower_bound: p.breaks_lower_bound,
            })
        };
        let outcome = solve_exact(instance, until, &mut forward);
        if outcome.infeasible {
            return Ok(Report {
                status: Status::Infeasible,
                engine,
                schedule: Schedule::empty(instance.meetings.len()),
                evaluation: evaluate(instance, &Schedule::empty(instance.meetings.len())),
                meetings_total: instance.meetings.len(),
                meetings_upper_bound: 0,
                weight_total: instance.total_weight(),
                weight_upper_bound: 0,
                breaks_lower_bound: 0,
                seconds: started.elapsed().as_secs_f64(),
            });
        }
        weight_upper = weight_upper.min(outcome.weight_upper_bound);
        breaks_lower = outcome.breaks_lower_bound;
        proven = outcome.weight_optimal && outcome.breaks_optimal;
        // Tie-break on idle slots without touching the proven objectives.
        let polish_until = Instant::now() + Duration::from_millis(500);
        let polish_until = until.map_or(polish_until, |u| {
            u.min(polish_until)
                .max(Instant::now() + Duration::from_millis(50))
        });
        // A general spread rule (every participant may have breaks) is global: single moves could break it.
        let can_polish = break_rules(instance).1.is_none();
        slots = outcome.slots.map(|s| {
            if can_polish {
                polish(instance, &s, polish_until)
            } else {
                s
            }
        });
    }
    let slots = match slots {
        Some(s) => s,
        None => {
            // No exact model in time: the heuristic gets a short extra budget so the caller still has a schedule.
            let budget = until.map_or(Instant::now() + Duration::from_secs(30), |u| {
                u.max(Instant::now() + Duration::from_millis(500))
            });
            let s = solve_heuristic(instance, budget);
            if use_exact {
                engine = "heuristic (exact engine timed out)";
            }
            s
        }
    };
    let schedule = assign_tables(instance, &slots);
    let evaluation = evaluate(instance, &schedule);
    let status = if proven {
        Status::Optimal
    } else {
        Status::Feasible
    };
    let report = Report {
        status,
        engine,
        meetings_total: instance.meetings.len(),
        meetings_upper_bound: meetings_bound(instance, weight_upper),
        weight_total: instance.total_weight(),
        weight_upper_bound: weight_upper,
        breaks_lower_bound: breaks_lower.min(evaluation.breaks_total),
        seconds: started.elapsed().as_secs_f64(),
        schedule,
        evaluation,
    };
    progress(&Progress {
        phase: "done".into(),
        seconds: report.seconds,
        weight_found: Some(report.evaluation.weight_scheduled),
        weight_upper_bound: report.weight_upper_bound,
        breaks_found: Some(report.evaluation.breaks_total),
        breaks_lower_bound: report.breaks_lower_bound,
    });
    Ok(report)
}

/// Re-scheduling with minimal disruption: the `locked` meetings (published) keep the slot and table
/// they have in `previous`; every other meeting is placed anew. Returns the report and the number of
/// meetings held in `previous` whose slot changed.
pub fn reschedule(
    instance: &Instance,
    previous: &Schedule,
    locked: &[MeetingId],
    options: &SolveOptions,
    progress: &mut dyn FnMut(&Progress),
) -> Result<(Report, usize), Error> {
    if previous.placements.len() != instance.meetings.len() {
        return Err(Error::Invalid(
            "the previous schedule has a different number of meetings".into(),
        ));
    }
    let mut pinned = instance.clone();
    for &id in locked {
        let placement = previous
            .placements
            .get(id)
            .copied()
            .flatten()
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "locked meeting {id} is not held in the previous schedule"
                ))
            })?;
        pinned.meetings[id].locked = Some(placement);
    }
    let report = solve(&pinned, options, progress)?;
    let moved = previous
        .placements
        .iter()
        .zip(&report.schedule.placements)
        .filter(|(old, new)| old.is_some() && old.map(|p| p.slot) != new.map(|p| p.slot))
        .count();
    Ok((report, moved))
}
