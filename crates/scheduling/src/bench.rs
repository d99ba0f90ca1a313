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
    /// The published MaxSAT time of an original instance.
    pub maxsat_seconds: Option<f64>,
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
    pub median_seconds: f64,
    pub max_seconds: f64,
    /// Instances with a published MaxSAT time (the originals), and how many were proven optimal faster.
    pub originals: usize,
    pub originals_faster_than_maxsat: usize,
}

/// Published numbers stored next to the `instances` folder (benchmark layout), keyed by file name.
struct Published {
    /// Optimum total breaks with fairness 2 where every meeting fits (`verified_optima.csv`).
    breaks: HashMap<String, Option<u64>>,
    /// Maximum number of schedulable meetings where not all fit (`max_meetings.csv`).
    max_meetings: HashMap<String, usize>,
    /// The published MaxSAT solver's time on the original instances (`published_results.csv`).
    maxsat_seconds: HashMap<String, f64>,
}

/// Column `name` of the rows of a CSV file beside `instances` that contain `row_filter`, keyed by
/// the first column.
fn csv_column(parent: &Path, file: &str, name: &str, row_filter: &str) -> HashMap<String, String> {
    let text = std::fs::read_to_string(parent.join(file)).unwrap_or_default();
    let mut lines = text.lines();
    let Some(col) = lines
        .next()
        .and_then(|h| h.split(',').position(|c| c == name))
    else {
        return HashMap::new();
    };
    lines
        .filter(|line| line.contains(row_filter))
        .filter_map(|line| {
            let fields = split_quoted(line);
            Some((fields.first()?.clone(), fields.get(col)?.trim().to_string()))
        })
        .collect()
}

/// The fields of a CSV line; a quoted field (`"original, fairness d=2"`) may hold commas.
fn split_quoted(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            c => fields.last_mut().expect("one field").push(c),
        }
    }
    fields
}

fn published(dir: &Path) -> Published {
    let parent = dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    Published {
        breaks: csv_column(
            &parent,
            "verified_optima.csv",
            "published_opt_breaks_d2",
            "",
        )
        .into_iter()
        .map(|(k, v)| (k, v.parse().ok()))
        .collect(),
        max_meetings: csv_column(&parent, "max_meetings.csv", "max_schedulable_meetings", "")
            .into_iter()
            .filter_map(|(k, v)| Some((k, v.parse().ok()?)))
            .collect(),
        maxsat_seconds: csv_column(
            &parent,
            "published_results.csv",
            "maxsat_time_s",
            "\"original, fairness d=2\"",
        )
        .into_iter()
        .filter_map(|(k, v)| Some((k, v.parse().ok()?)))
        .collect(),
    }
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
    // The published figures are for fairness 2 only.
    let published = (fairness == Some(2)).then(|| published(dir));
    writeln!(
        out,
        "{:<34} {:>8} {:>9} {:>6} {:>6} {:>5} {:>9} {:>8} {:>8}  status",
        "instance",
        "meetings",
        "scheduled",
        "ub",
        "breaks",
        "bound",
        "published",
        "seconds",
        "maxsat s"
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
        let published_breaks = published
            .as_ref()
            .and_then(|p| p.breaks.get(&name).copied().flatten());
        let published_max = published
            .as_ref()
            .and_then(|p| p.max_meetings.get(&name).copied());
        let maxsat_seconds = published
            .as_ref()
            .and_then(|p| p.maxsat_seconds.get(&name).copied());
        let proven = report.breaks_lower_bound == e.breaks_total;
        // Where all meetings fit, the published optimum is the breaks; where not, max_meetings.csv
        // gives the most meetings that fit (computed without fairness, so fairness may lower it).
        let matches = match (published_breaks, published_max) {
            (Some(b), _) => {
                Some(e.meetings_scheduled == report.meetings_total && e.breaks_total == b && proven)
            }
            (None, Some(max)) => {
                Some(e.meetings_scheduled == max && report.meetings_upper_bound == max && proven)
            }
            (None, None) => None,
        };
        let published_text = match (published_breaks, published_max) {
            (Some(b), _) => b.to_string(),
            (None, Some(m)) => format!("{m} mtg"),
            _ => "?".into(),
        };
        writeln!(
            out,
            "{:<34} {:>8} {:>9} {:>6} {:>6} {:>5} {:>9} {:>8.2} {:>8}  {}{}",
            name,
            report.meetings_total,
            e.meetings_scheduled,
            report.meetings_upper_bound,
            e.breaks_total,
            report.breaks_lower_bound,
            published_text,
            report.seconds,
            maxsat_seconds.map_or("".into(), |s| format!("{s:.1}")),
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
        if let Some(maxsat) = maxsat_seconds {
            summary.originals += 1;
            // Faster only counts when the run also proved its schedule optimal.
            summary.originals_faster_than_maxsat +=
                usize::from(report.status == Status::Optimal && report.seconds < maxsat);
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
            published_breaks,
            published_max_meetings: published_max,
            maxsat_seconds,
            seconds: report.seconds,
            status: report.status,
            matches_published: matches,
        });
    }
    progress(files.len(), files.len(), "");
    let mut seconds: Vec<f64> = summary.rows.iter().map(|r| r.seconds).collect();
    seconds.sort_by(f64::total_cmp);
    summary.median_seconds = seconds.get(seconds.len() / 2).copied().unwrap_or(0.0);
    writeln!(
        out,
        "total: {} instances, {} proven optimal, {}/{} match the published optimum, {:.1} s in all, median {:.2} s, slowest {:.2} s",
        summary.instances,
        summary.optimal,
        summary.matching_published,
        summary.with_published,
        summary.total_seconds,
        summary.median_seconds,
        summary.max_seconds
    )
    .map_err(io)?;
    if summary.originals > 0 {
        writeln!(
            out,
            "original instances: {}/{} proven optimal faster than the published MaxSAT times",
            summary.originals_faster_than_maxsat, summary.originals
        )
        .map_err(io)?;
    }
    Ok(summary)
}

/// The large synthetic event of issue 6 (2,000 participants, 10,000 accepted meetings, 24 slots over
/// two days, 300 tables): solves it within `time_limit` and prints one line with the gap to the bounds.
pub fn bench_synthetic(
    time_limit: f64,
    progress: &mut dyn FnMut(&crate::solver::Progress),
    out: &mut dyn Write,
) -> Result<Report, Error> {
    let io = |e: std::io::Error| Error::Io(e.to_string());
    let instance = crate::synthetic::large_event(2000, 10_000, 24, 300, 2, 42);
    let options = SolveOptions {
        time_limit: Some(time_limit),
        ..SolveOptions::default()
    };
    let report = solve(&instance, &options, progress)?;
    let e = &report.evaluation;
    let gap = |found: f64, bound: f64| {
        if bound > 0.0 {
            100.0 * (bound - found) / bound
        } else {
            0.0
        }
    };
    writeln!(
        out,
        "synthetic event: 2000 participants, {} meetings, 24 slots, 300 tables\n\
         engine {} | status {} | meetings {}/{} (upper bound {}, gap {:.2} %) | weight {}/{} (upper bound {}, gap {:.2} %)\n\
         breaks {} (lower bound {}) | idle slots {} | table changes {} | {:.1} s | valid: {}",
        report.meetings_total,
        report.engine,
        status_name(report.status),
        e.meetings_scheduled,
        report.meetings_total,
        report.meetings_upper_bound,
        gap(e.meetings_scheduled as f64, report.meetings_upper_bound as f64),
        e.weight_scheduled,
        report.weight_total,
        report.weight_upper_bound,
        gap(e.weight_scheduled as f64, report.weight_upper_bound as f64),
        e.breaks_total,
        report.breaks_lower_bound,
        e.idle_slots,
        e.table_changes,
        report.seconds,
        crate::validate::violations(&instance, &report.schedule, true).is_empty()
    )
    .map_err(io)?;
    Ok(report)
}
