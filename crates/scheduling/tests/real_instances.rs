//! A few small real benchmark files end to end through the JSON entry point (the full run is ignored).

mod common;

use klaster_scheduling::{bench_dir, schedule_dzn_json};

fn check_file(name: &str, expected_scheduled: u64, expected_breaks: u64) {
    let Some(dir) = common::benchmark_dir(name) else {
        return;
    };
    let path = dir.join("instances").join(name);
    let value = schedule_dzn_json(&path, Some(2), Some(30.0)).expect("solves");
    assert_eq!(value["status"], "optimal", "{name}: {value}");
    assert_eq!(
        value["meetings_scheduled"].as_u64(),
        Some(expected_scheduled),
        "{name}"
    );
    assert_eq!(
        value["meetings_upper_bound"].as_u64(),
        Some(expected_scheduled),
        "{name}"
    );
    assert_eq!(value["breaks"].as_u64(), Some(expected_breaks), "{name}");
    assert_eq!(
        value["breaks_lower_bound"].as_u64(),
        Some(expected_breaks),
        "{name}"
    );
    let assignments = value["assignments"].as_array().unwrap();
    assert_eq!(assignments.len() as u64, expected_scheduled);
    let tables = value["meetings_total"].as_u64().unwrap();
    for a in assignments {
        assert!(a["meeting"].as_u64().unwrap() >= 1 && a["meeting"].as_u64().unwrap() <= tables);
        assert!(a["slot"].as_u64().unwrap() >= 1 && a["table"].as_u64().unwrap() >= 1);
    }
}

#[test]
fn tic_12_original_reaches_the_published_optimum() {
    check_file("tic-12.original.dzn", 125, 0);
}

#[test]
fn tic_12_forb0003_schedules_the_proven_maximum() {
    // 124 of 125 meetings fit (max_meetings.csv).
    check_file("tic-12.forb0003.dzn", 124, 1);
}

#[test]
fn tic_12crafc_fixed020_reaches_the_published_optimum() {
    check_file("tic-12crafc.fixed020-Forb.dzn", 125, 1);
}

/// All 140 files: `cargo test --release -p klaster-scheduling -- --ignored all_benchmark` (minutes).
#[test]
#[ignore]
fn all_benchmark_instances() {
    let Some(dir) = common::benchmark_dir("all_benchmark_instances") else {
        return;
    };
    let mut out = Vec::new();
    let summary = bench_dir(
        &dir.join("instances"),
        Some(2),
        &mut |i, n, f| eprintln!("[{i}/{n}] {f}"),
        &mut out,
    )
    .unwrap();
    println!("{}", String::from_utf8_lossy(&out));
    assert_eq!(summary.instances, 140);
}

#[test]
fn forum_13_fixed040_bound_never_exceeds_the_published_optimum() {
    // 40 % fixed meetings: most breaks are forced, the per-participant bound and the cores carry the
    // proof. Regression: the core-guided search once added its cores on top of the other search's
    // bound and "proved" 51 > 49.
    check_file("forum-13.fixed040-Forb.dzn", 154, 49);
}

#[test]
fn forum_14_original_reaches_the_published_optimum() {
    check_file("forum-14.original.dzn", 302, 2);
}
