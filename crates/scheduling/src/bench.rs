//! Entry points for the command line: one benchmark file as JSON, and a whole directory as a table.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::json;

use crate::dzn::read_instance;
use crate::solver::{solve, Report, SolveOptions, Status};
use crate::Error;

/// Default wall-clock limit per instance when the caller gives none.
pub const DEFAULT_TIME_LIMIT: f64 = 60.0;

fn run_dzn(path: &Path, fairness: Option<u32>, time_limit: Option<f64>) -> Result<Report, Error> {
    let mut instance = read_instance(path)?;
    instance.max_break_spread = fairness;
    let options = SolveOptions {
        time_limit: Some(time_limit.unwrap_or(DEFAULT_TIME_LIMIT)),
        ..SolveOptions::default()
    };
    solve(&instance, &options, &mut |_| {})
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Optimal => "optimal",
        Status::Feasible => "feasible",
        Status::Infeasible => "infeasible",
    }
}

/// Solves one benchmark file and describes the result in JSON. Meetings are numbered by their
/// 1-based row in `requested`, slots and tables from 1.
pub fn schedule_dzn_json(
    path: &Path,
    fairness: Option<u32>,
    time_limit: Option<f64>,
) -> Result<serde_json::Value, Error> {
    let report = run_dzn(path, fairness, time_limit)?;
    let assignments: Vec<serde_json::Value> = report
        .schedule
        .placements
        .iter()
        .enumerate()
        .filter_map(|(id, p)| {
            p.map(|p| json!({"meeting": id + 1, "slot": p.slot + 1, "table": p.table + 1}))
        })
        .collect();
    let e = &report.evaluation;
    Ok(json!({
        "instance": path.file_name().map(|n| n.to_string_lossy().to_string()),
        "status": status_name(report.status),
        "engine": report.engine,
        "fairness": fairness,
        "meetings_total": report.meetings_total,
        "meetings_scheduled": e.meetings_scheduled,
        "meetings_upper_bound": report.meetings_upper_bound,
        "breaks": e.breaks_total,
        "breaks_lower_bound": report.breaks_lower_bound,
        "max_breaks_per_participant": e.breaks_per_participant.iter().max().copied().unwrap_or(0),
        "idle_slots": e.idle_slots,
        "table_changes": e.table_changes,
        "seconds": report.seconds,
        "assignments": assignments,
    }))
}

/// One line of the benchmark table.
#[derive(Debug, Clone, Serialize)]
pub struct BenchRow {
    pub instance: String,
    pub meetings: usize,
    pub scheduled: usize,
    pub meetings_upper_bound: usize,
    pub breaks: u64,
    pub breaks_lower_bound: u64,
    /// Published optimum (total breaks) when every meeting fits.
    pub published_breaks: Option<u64>,
    /// Published maximum number of meetings when not all fit.
    pub published_max_meetings: Option<usize>,
    pub seconds: f64,
    pub status: Status,
    /// Scheduled equals the best possible and breaks equal the published optimum with a proof.
    pub matches_published: Option<bool>,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct BenchSummary {
    pub rows: Vec<BenchRow>,
    pub instances: usize,
    pub optimal: usize,
    pub with_published: usize,
    pub matching_published: usize,
    pub total_seconds: f64,
    pub max_seconds: f64,
}

/// Published numbers stored next to the `instances` folder (benchmark layout), keyed by file name.
fn published(dir: &Path) -> (HashMap<String, Option<u64>>, HashMap<String, usize>) {
    let parent = dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let mut breaks = HashMap::new();
    let mut max_meetings = HashMap::new();
    let read = |name: &str| std::fs::read_to_string(parent.join(name)).unwrap_or_default();
    let optima = read("verified_optima.csv");
    let mut lines = optima.lines();
    if let Some(header) = lines.next() {
        let col = header
            .split(',')
            .position(|c| c == "published_opt_breaks_d2");
        for line in lines {
            let fields: Vec<&str> = line.split(',').collect();
            if let (Some(c), Some(name)) = (col, fields.first()) {
                if let Some(v) = fields.get(c) {
                    breaks.insert(name.to_string(), v.trim().parse().ok());
                }
            }
        }
    }
    let maxima = read("max_meetings.csv");
    let mut lines = maxima.lines();
    if let Some(header) = lines.next() {
        let col = header
            .split(',')
            .position(|c| c == "max_schedulable_meetings");
        for line in lines {
            let fields: Vec<&str> = line.split(',').collect();
            if let (Some(c), Some(name)) = (col, fields.first()) {
                if let Some(Ok(v)) = fields.get(c).map(|v| v.trim().parse()) {
                    max_meetings.insert(name.to_string(), v);
                }
            }
        }
    }
    (breaks, max_meetings)
}

/// Runs every `.dzn` file of `dir` (sorted by name) and writes a table with totals to `out`.
/// Published optima (`verified_optima.csv`, `max_meetings.csv` beside `dir`) are for fairness 2.
pub fn bench_dir(
    dir: &Path,
    fairness: Option<u32>,
    progress: &mut dyn FnMut(usize, usize, &str),
    out: &mut dyn Write,
) -> Result<BenchSummary, Error> {
    bench_dir_with_limit(dir, fairness, None, progress, out)
}

pub fn bench_dir_with_limit(
    dir: &Path,
    fairness: Option<u32>,
    time_limit: Option<f64>,
    progress: &mut dyn FnMut(usize, usize, &str),
    out: &mut dyn Write,
) -> Result<BenchSummary, Error> {
    let io = |e: std::io::Error| Error::Io(e.to_string());
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::Io(format!("{}: {e}", dir.display())))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "dzn"))
        .collect();
    files.sort();
    let (published_breaks, published_max) = if fairness == Some(2) {
        published(dir)
    } else {
        Default::default()
    };
    writeln!(
        out,
        "{:<34} {:>8} {:>9} {:>6} {:>6} {:>5} {:>9} {:>8}  {}",
        "instance",
        "meetings",
        "scheduled",
        "ub",
        "breaks",
        "bound",
        "published",
        "seconds",
        "status"
    )
    .map_err(io)?;
    let mut summary = BenchSummary::default();
    for (index, path) in files.iter().enumerate() {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        progress(index, files.len(), &name);
        let report = run_dzn(path, fairness, time_limit)?;
        let e = &report.evaluation;
        let published_breaks_here = published_breaks.get(&name).copied().flatten();
        let published_max_here = published_max.get(&name).copied();
        let proven = report.breaks_lower_bound == e.breaks_total;
        let matches = match (published_breaks_here, published_max_here) {
            (Some(b), _) => {
                Some(e.meetings_scheduled == report.meetings_total && e.breaks_total == b && proven)
            }
            (None, Some(max)) => {
                Some(e.meetings_scheduled == max && report.meetings_upper_bound == max && proven)
            }
            (None, None) => None,
        };
        let published_text = match (published_breaks_here, published_max_here) {
            (Some(b), _) => b.to_string(),
            (None, Some(m)) => format!("{m} mtg"),
            _ => "?".into(),
        };
        writeln!(
            out,
            "{:<34} {:>8} {:>9} {:>6} {:>6} {:>5} {:>9} {:>8.2}  {}{}",
            name,
            report.meetings_total,
            e.meetings_scheduled,
            report.meetings_upper_bound,
            e.breaks_total,
            report.breaks_lower_bound,
            published_text,
            report.seconds,
            status_name(report.status),
            match matches {
                Some(false) => "  MISMATCH",
                _ => "",
            }
        )
        .map_err(io)?;
        summary.instances += 1;
        summary.optimal += usize::from(report.status == Status::Optimal);
        if let Some(m) = matches {
            summary.with_published += 1;
            summary.matching_published += usize::from(m);
        }
        summary.total_seconds += report.seconds;
        summary.max_seconds = summary.max_seconds.max(report.seconds);
        summary.rows.push(BenchRow {
            instance: name,
            meetings: report.meetings_total,
            scheduled: e.meetings_scheduled,
            meetings_upper_bound: report.meetings_upper_bound,
            breaks: e.breaks_total,
            breaks_lower_bound: report.breaks_lower_bound,
            published_breaks: published_breaks_here,
            published_max_meetings: published_max_here,
            seconds: report.seconds,
            status: report.status,
            matches_published: matches,
        });
    }
    progress(files.len(), files.len(), "");
    writeln!(
        out,
        "total: {} instances, {} proven optimal, {}/{} match the published optimum, {:.1} s in all, slowest {:.2} s",
        summary.instances,
        summary.optimal,
        summary.matching_published,
        summary.with_published,
        summary.total_seconds,
        summary.max_seconds
    )
    .map_err(io)?;
    Ok(summary)
}
