//! Runs the scheduler over a directory of benchmark files (default: the shared B2B benchmark) or one file.
//! Usage: cargo run --release --example bench -p klaster-scheduling -- [DIR|FILE.dzn] [FAIRNESS] [TIME_LIMIT]

use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let shared =
        std::env::var("KLASTER_SHARED_DATA").unwrap_or_else(|_| "/work/shared/data".into());
    let target = args
        .first()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(shared).join("b2b-meetings/instances"));
    let fairness = args
        .get(1)
        .map(|s| s.parse().expect("fairness is a number"))
        .or(Some(2));
    let limit = args
        .get(2)
        .map(|s| s.parse().expect("time limit in seconds"));
    if target.extension().is_some_and(|e| e == "dzn") {
        if std::env::var("TRACE").is_ok() {
            let mut instance = klaster_scheduling::dzn::read_instance(&target).expect("read");
            instance.max_break_spread = fairness;
            let options = klaster_scheduling::SolveOptions {
                time_limit: limit.or(Some(60.0)),
                ..Default::default()
            };
            klaster_scheduling::solve(&instance, &options, &mut |p| eprintln!("{p:?}"))
                .expect("solve");
        }
        let value = klaster_scheduling::schedule_dzn_json(&target, fairness, limit).expect("solve");
        let mut brief = value.clone();
        brief.as_object_mut().unwrap().remove("assignments");
        println!("{brief}");
        return;
    }
    let mut stdout = std::io::stdout();
    let summary = klaster_scheduling::bench::bench_dir_with_limit(
        &target,
        fairness,
        limit,
        &mut |i, n, name| eprint!("\r[{i}/{n}] {name:<40}"),
        &mut stdout,
    )
    .expect("bench");
    eprintln!();
    let _ = summary;
}
