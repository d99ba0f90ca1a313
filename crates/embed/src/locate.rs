//! Finding the model file. The platform must start without it, so a missing file is an
//! answer with a reason, not an error.

use std::path::{Path, PathBuf};

use crate::{E5Model, E5Options, Error};

/// Environment variable naming the model file; it wins over the default places.
pub const MODEL_ENV: &str = "KLASTER_MODEL_PATH";
pub const MODEL_FILE_NAME: &str = "e5-small-q4.bin";
const DEFAULT_DIR: &str = ".cache/models";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelLocation {
    Found(PathBuf),
    /// No file; `searched` lists the places looked at, in order.
    Missing {
        searched: Vec<PathBuf>,
        from_env: bool,
    },
}

impl ModelLocation {
    pub fn path(&self) -> Option<&Path> {
        match self {
            ModelLocation::Found(p) => Some(p),
            ModelLocation::Missing { .. } => None,
        }
    }

    /// One sentence for logs and status pages.
    pub fn reason(&self) -> String {
        match self {
            ModelLocation::Found(p) => format!("model file found at {}", p.display()),
            ModelLocation::Missing {
                searched,
                from_env: true,
            } => format!(
                "semantic matching is off: {MODEL_ENV} points to {}, which does not exist \
                 (run scripts/fetch-model.sh DIR, or unset {MODEL_ENV})",
                searched[0].display()
            ),
            ModelLocation::Missing {
                searched,
                from_env: false,
            } => format!(
                "semantic matching is off: no model file at {} (run scripts/fetch-model.sh, \
                 or set {MODEL_ENV})",
                searched
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

/// `$KLASTER_MODEL_PATH` if set; else `.cache/models/e5-small-q4.bin` under the current
/// directory, under the repository that contains it, and under the repository this crate was
/// built from.
pub fn locate_model() -> ModelLocation {
    if let Some(p) = std::env::var_os(MODEL_ENV).filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        return if p.is_file() {
            ModelLocation::Found(p)
        } else {
            ModelLocation::Missing {
                searched: vec![p],
                from_env: true,
            }
        };
    }
    let rel = Path::new(DEFAULT_DIR).join(MODEL_FILE_NAME);
    let mut searched: Vec<PathBuf> = Vec::new();
    let mut push = |p: PathBuf| {
        if !searched.contains(&p) {
            searched.push(p);
        }
    };
    if let Ok(cwd) = std::env::current_dir() {
        push(cwd.join(&rel));
        if let Some(root) = cwd.ancestors().find(|d| d.join(".git").exists()) {
            push(root.join(&rel));
        }
    }
    // crates/embed → the workspace root, for tests and `cargo run` from anywhere.
    if let Some(root) = Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2) {
        push(root.join(&rel));
    }
    match searched.iter().find(|p| p.is_file()) {
        Some(p) => ModelLocation::Found(p.clone()),
        None => ModelLocation::Missing {
            searched,
            from_env: false,
        },
    }
}

impl E5Model {
    /// Load the model from where [`locate_model`] finds it; `Ok(None)` when there is no file
    /// (then `locate_model().reason()` says why). A file that exists but does not load is an
    /// error.
    pub fn try_default() -> Result<Option<Self>, Error> {
        Self::try_default_with(E5Options::default())
    }

    pub fn try_default_with(options: E5Options) -> Result<Option<Self>, Error> {
        match locate_model() {
            ModelLocation::Found(p) => Self::load_with(p, options).map(Some),
            ModelLocation::Missing { .. } => Ok(None),
        }
    }
}
