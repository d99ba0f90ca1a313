//! Start-up of the Klaster platform: configuration, the database, reference vocabularies, the
//! demo ecosystem and the search index. The binary (`main.rs`) and the tests share it.

pub mod config;
pub mod demo;
pub mod vocab;

use anyhow::Context;
use klaster_domain::directory::Directory;
use klaster_search::TantivyIndex;
use klaster_store::Store;
use klaster_web::{AppState, WebConfig};
use std::path::Path;
use std::sync::Arc;

/// Opens the configured database (SQLite in the data directory unless a URL is given) and
/// applies pending migrations.
pub async fn open_store(data_dir: &Path, database_url: Option<&str>) -> anyhow::Result<Store> {
    let store = match database_url {
        Some(url) => Store::connect(url).await?,
        None => Store::open_data_dir(data_dir).await?,
    };
    let applied = store.migrate().await?;
    if applied > 0 {
        tracing::info!(applied, "database migrations applied");
    }
    Ok(store)
}

pub struct StartOptions<'a> {
    pub vocab_dir: Option<&'a Path>,
    pub demo: bool,
    pub web: WebConfig,
}

/// Everything the server needs, ready to route: vocabularies present, demo loaded if asked and
/// the database empty, the search index built.
pub async fn build_state(store: Store, opts: StartOptions<'_>) -> anyhow::Result<AppState> {
    vocab::ensure(&store, opts.vocab_dir)
        .await
        .context("loading the reference vocabularies")?;
    let index = Arc::new(TantivyIndex::in_memory().map_err(anyhow::Error::msg)?);
    let repo: Arc<dyn klaster_domain::Repository> = Arc::new(store);
    if opts.demo {
        demo::load_if_empty(&*repo, &*index)
            .await
            .context("loading the demo ecosystem")?;
    }
    let n = Directory {
        repo: &*repo,
        index: &*index,
    }
    .rebuild_index()
    .await?;
    tracing::info!(organisations = n, "search index built");
    Ok(AppState::new(repo, index, opts.web))
}
