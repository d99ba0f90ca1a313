//! The large synthetic event of issue 6: 2,000 participants, 10,000 meetings, 24 slots (two days), 300 tables.
//! Usage: cargo run --release --example synthetic -p klaster-scheduling -- [TIME_LIMIT]

use klaster_scheduling::synthetic::large_event;
use klaster_scheduling::validate::violations;
use klaster_scheduling::{solve, SolveOptions};

fn main() {
    let limit: f64 = std::env::args()
        .nth(1)
        .map(|s| s.parse().expect("seconds"))
        .unwrap_or(55.0);
    let instance = large_event(2000, 10_000, 24, 300, 2, 42);
    let options = SolveOptions {
        time_limit: Some(limit),
        ..SolveOptions::default()
    };
    let report = solve(&instance, &options, &mut |p| {
        eprintln!("{:>6.2}s {} {:?}", p.seconds, p.phase, p.weight_found)
    })
    .expect("solve");
    let e = &report.evaluation;
    println!(
        "engine {} | meetings {}/{} (upper bound {}) | weight {}/{} (upper bound {}) | breaks {} (lower bound {}) | idle {} | table changes {} | {:.1} s | valid: {}",
        report.engine,
        e.meetings_scheduled,
        report.meetings_total,
        report.meetings_upper_bound,
        e.weight_scheduled,
        report.weight_total,
        report.weight_upper_bound,
        e.breaks_total,
        report.breaks_lower_bound,
        e.idle_slots,
        e.table_changes,
        report.seconds,
        violations(&instance, &report.schedule, true).is_empty()
    );
}
