//! B2B meeting scheduling (see issue 6): participants meet in pairs in time slots at tables.
//!
//! Objectives, in order: (1) maximise the priority-weighted number of held meetings; (2) minimise the
//! total number of breaks (maximal idle runs between two meetings of a participant on the same day);
//! (3) tie-breaks: idle slots, table changes. Every run reports bounds so the gap is known.
//!
//! * [`model`] — the problem, independent of file formats; [`dzn`] — the benchmark's MiniZinc data files;
//! * [`validate`] — objective values and every hard constraint of a schedule;
//! * [`solve()`] — the scheduler (exact SAT engine with proven bounds, heuristic for large events);
//! * [`reschedule`] — minimal-disruption re-scheduling around locked meetings;
//! * [`schedule_dzn_json`], [`bench_dir`] — the entry points of the command line.

// The engines walk several per-slot and per-participant tables with one index; iterators over
// one of them would hide that the others are indexed alike.
#![allow(clippy::needless_range_loop)]

pub mod bench;
pub mod bounds;
pub mod dzn;
pub mod exact;
pub mod heuristic;
pub mod model;
pub mod sat;
pub mod solver;
pub mod synthetic;
pub mod tables;
pub mod validate;

pub use bench::{bench_dir, schedule_dzn_json, BenchRow, BenchSummary};
pub use model::{Instance, Meeting, MeetingId, ParticipantId, Placement, Schedule, Slot, Table};
pub use solver::{reschedule, solve, Progress, Report, SolveOptions, Status};

/// Errors of the scheduling crate.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A malformed input file, with the 1-based line where the problem was found.
    #[error("{file}line {line}: {message}")]
    Parse {
        file: String,
        line: usize,
        message: String,
    },
    #[error("invalid instance: {0}")]
    Invalid(String),
    #[error("{0}")]
    Io(String),
    #[error("infeasible: {0}")]
    Infeasible(String),
}

impl Error {
    pub fn parse(line: usize, message: impl Into<String>) -> Error {
        Error::Parse {
            file: String::new(),
            line,
            message: message.into(),
        }
    }

    /// Prefixes a parse error with the file it came from.
    pub fn in_file(self, path: &std::path::Path) -> Error {
        match self {
            Error::Parse { line, message, .. } => Error::Parse {
                file: format!("{}: ", path.display()),
                line,
                message,
            },
            Error::Invalid(message) => Error::Invalid(format!("{}: {message}", path.display())),
            other => other,
        }
    }
}
