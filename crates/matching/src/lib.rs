//! The matchmaking engine (issue 5, item 3): explained suggestions across languages.
//!
//! * [`TextMatcher`]: documents (profiles, NACE classes) with texts in any languages, ranked for
//!   a query by the semantic signal (multilingual model), a lexical signal (shared rare terms)
//!   and a taxonomy signal (related NACE codes); every [`Candidate`] lists its [`Signal`]s.
//! * [`VectorIndex`]: exact search ([`ExactIndex`]) for small platforms, an IVF index with int8
//!   codes ([`IvfIndex`]) for large ones.
//! * Benchmarks: [`bench_match_nace`] (cross-lingual retrieval on Eurostat texts) and
//!   [`bench_match_scale`] (ANN latency and recall on up to a million synthetic profiles).

mod cache;
pub mod ivf;
pub mod lexical;
pub mod nace;
pub mod rng;
pub mod scale;
mod signal;
pub mod text;
pub mod vector;

pub use cache::CachedEmbedder;
pub use ivf::{IvfIndex, IvfOptions};
pub use nace::{
    bench_match_nace, bench_match_nace_with, nace_documents, parse_pairs, MatchNaceReport,
    PairReport,
};
pub use scale::{bench_match_scale, bench_match_scale_with, MatchScaleReport, ScaleOptions};
pub use signal::{Candidate, Signal};
pub use text::{DocText, Document, MatcherOptions, Query, TextMatcher};
pub use vector::{ExactIndex, Hit, VectorIndex};

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("embedding failed: {0}")]
    Embed(#[from] klaster_embed::Error),
    #[error("cannot read {0}: {1}")]
    Io(PathBuf, #[source] std::io::Error),
    #[error("{0}")]
    Vocab(String),
    #[error("{0}")]
    Invalid(String),
}
