//! The matchmaking engine (issue 5, item 3): explained suggestions across languages.
//!
//! * [`TextMatcher`]: documents (profiles, NACE classes) with texts in any languages, ranked for
//!   a query by the semantic signal (multilingual model), a lexical signal (shared rare terms)
//!   and a taxonomy signal (related NACE codes); every [`Candidate`] lists its [`Signal`]s.
//! * [`VectorIndex`]: exact search ([`ExactIndex`]) for small platforms, an IVF index with int8
//!   codes ([`IvfIndex`]) for large ones.
//! * Benchmarks: [`bench_match_nace`] (cross-lingual retrieval on Eurostat texts) and
//!   [`bench_match_scale`] (ANN latency and recall on up to a million synthetic profiles).
//!
//! For the application: `klaster bench match-nace --nace-dir DIR --pairs P --json` calls
//! `bench_match_nace(&dir, &parse_pairs(P)?, &model, &mut progress)` and prints the report as JSON
//! (`serde_json::to_string`) or as its `Display` table; `klaster bench match-scale --profiles N
//! --queries Q --json` calls `bench_match_scale(N, Q, &mut progress)` likewise. "Suggest NACE
//! codes" = a [`TextMatcher`] over [`nace_documents`] of every installed language, queried with
//! the description.
//!
//! What each step of the semantic path is worth (MRR on issue 5's benchmark, Eurostat texts;
//! plain model → + language centring → + hubness reduction (k = 10) → + parts (0.3) = default):
//!
//! | pair  | plain | +centring | +hubness | +parts (default) |
//! |-------|-------|-----------|----------|------------------|
//! | en:pl | 0.893 | 0.933     | 0.948    | 0.960            |
//! | pl:en | 0.910 | 0.951     | 0.968    | 0.970            |
//! | bg:en | 0.915 | 0.942     | 0.958    | 0.967            |
//! | bg:pl | 0.906 | 0.938     | 0.950    | 0.963            |
//! | en:bg | 0.702 | 0.839     | 0.853    | 0.853            |
//! | pl:bg | 0.668 | 0.854     | 0.875    | 0.877            |
//!
//! Languages never tuned on (RAMON de/fr exports, not in the tree), plain → default: de:bg
//! 0.676 → 0.843, fr:bg 0.683 → 0.848, de:fr 0.944 → 0.981, fr:de 0.936 → 0.980, bg:de
//! 0.867 → 0.949, pl:de 0.861 → 0.954.
//!
//! Splitting long texts into windows did not help (−0.002 … −0.005) and is off; the lexical
//! signal (weight 0.05) does not move these figures (few shared terms across en/pl/bg) but
//! explains matches on codes, acronyms and Latin-script terms and is the fallback without a model.

mod cache;
pub mod ivf;
pub mod lexical;
pub mod nace;
pub mod partners;
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
pub use partners::{PartnerDoc, PartnerEngine, PartnerOptions, PartnerQuery, Side};
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
