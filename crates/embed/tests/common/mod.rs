//! Finding the real model for the tests that need it; they say clearly when they skip.

use klaster_embed::{locate_model, E5Model, E5Options, ModelLocation};

/// The real model, or `None` after printing why the calling test does nothing.
pub fn real_model(test: &str, options: E5Options) -> Option<E5Model> {
    match locate_model() {
        ModelLocation::Found(p) => {
            let t = std::time::Instant::now();
            let m =
                E5Model::load_with(&p, options).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            eprintln!(
                "{test}: loaded {} in {:.2} s",
                p.display(),
                t.elapsed().as_secs_f64()
            );
            Some(m)
        }
        missing => {
            eprintln!(
                "SKIPPED {test}: it checked nothing because {}",
                missing.reason()
            );
            None
        }
    }
}
