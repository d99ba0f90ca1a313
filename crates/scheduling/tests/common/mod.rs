//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use klaster_scheduling::model::{Instance, Placement, Schedule, Slot};
use klaster_scheduling::validate::{evaluate, violations};

/// The shared benchmark folder, or `None` (with a message saying the test did nothing) when absent.
pub fn benchmark_dir(test: &str) -> Option<PathBuf> {
    let root = std::env::var("KLASTER_SHARED_DATA").unwrap_or_else(|_| "/work/shared/data".into());
    let dir = PathBuf::from(root).join("b2b-meetings");
    if dir.join("instances").is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "{test}: SKIPPED, did nothing: benchmark data not found at {} (set KLASTER_SHARED_DATA)",
            dir.display()
        );
        None
    }
}

/// Exhaustive optimum: the best (weight, −breaks) over every assignment of slots (or none) to meetings.
/// Returns (max weight, min breaks among max-weight schedules), or None if nothing is valid.
pub fn brute_force(instance: &Instance) -> Option<(u64, u64)> {
    let options: Vec<Vec<Option<Slot>>> = instance
        .meetings
        .iter()
        .map(|m| {
            let mut o = vec![None];
            o.extend(m.allowed_slots().into_iter().map(Some));
            o
        })
        .collect();
    let mut choice = vec![0usize; options.len()];
    let mut best: Option<(u64, u64)> = None;
    loop {
        let schedule = Schedule {
            placements: choice
                .iter()
                .zip(&options)
                .map(|(&c, o)| o[c].map(|slot| Placement { slot, table: 0 }))
                .collect(),
        };
        if violations(instance, &schedule, false).is_empty() {
            let e = evaluate(instance, &schedule);
            let candidate = (e.weight_scheduled, e.breaks_total);
            best = Some(match best {
                None => candidate,
                Some(b) if candidate.0 > b.0 || (candidate.0 == b.0 && candidate.1 < b.1) => {
                    candidate
                }
                Some(b) => b,
            });
        }
        // Next assignment (odometer).
        let mut i = 0;
        loop {
            if i == choice.len() {
                return best;
            }
            choice[i] += 1;
            if choice[i] < options[i].len() {
                break;
            }
            choice[i] = 0;
            i += 1;
        }
    }
}
