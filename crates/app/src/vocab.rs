//! Reference vocabularies at start-up: the compact built-in set always, and the full NACE
//! (four levels, English, Polish, Bulgarian) when the setup has fetched the official tables.

use klaster_domain::Repository;
use std::path::{Path, PathBuf};

/// Where the setup script leaves the official tables, unless configured otherwise.
pub fn default_vocab_dir() -> Option<PathBuf> {
    let here = PathBuf::from(".cache/vocab");
    here.is_dir().then_some(here)
}

pub async fn ensure(repo: &dyn Repository, vocab_dir: Option<&Path>) -> anyhow::Result<()> {
    if repo.countries().await?.is_empty() {
        repo.upsert_countries(&klaster_vocab::builtin_countries())
            .await?;
    }
    if repo.nuts_regions(None, Some(0)).await?.is_empty() {
        let regions = klaster_vocab::builtin_nuts();
        repo.upsert_nuts(&regions).await?;
        tracing::info!(regions = regions.len(), "built-in NUTS 2021 regions loaded");
    }
    if repo.nace_label_counts().await?.is_empty() {
        repo.upsert_nace(&klaster_vocab::builtin_nace()).await?;
        tracing::info!("built-in NACE Rev. 2 sections and divisions loaded");
    }
    let dir = vocab_dir.map(Path::to_path_buf).or_else(default_vocab_dir);
    if let Some(dir) = dir {
        if repo.nace("en", Some(4)).await?.is_empty() {
            let entries = klaster_vocab::load_cached_nace(&dir)?;
            if !entries.is_empty() {
                import_nace(repo, &entries).await?;
            }
        }
    }
    Ok(())
}

/// Stores NACE entries in chunks, reporting progress (the full tables hold ~3,000 labels).
pub async fn import_nace(
    repo: &dyn Repository,
    entries: &[klaster_domain::NaceEntry],
) -> anyhow::Result<()> {
    let total = entries.len();
    let mut done = 0;
    // Parents before children, so every chunk's parents exist already.
    let mut sorted = entries.to_vec();
    sorted.sort_by_key(|e| e.level);
    for chunk in sorted.chunks(500) {
        repo.upsert_nace(chunk).await?;
        done += chunk.len();
        tracing::info!("NACE labels: {done}/{total}");
    }
    Ok(())
}
