//! Start-up of the Klaster platform: configuration, the database, reference vocabularies, the
//! demo ecosystem and the search index. The binary (`main.rs`) and the tests share it.

pub mod config;
pub mod demo;
pub mod demo_plans;
pub mod demo_surveys;
pub mod vocab;

use anyhow::Context;
use klaster_domain::directory::Directory;
use klaster_search::TantivyIndex;
use klaster_store::Store;
use klaster_web::{AppState, WebConfig};
use std::path::Path;
use std::sync::{Arc, Mutex};

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
    /// Load the multilingual model (when its file is installed) for semantic matching.
    pub semantic: bool,
    pub web: WebConfig,
}

/// The multilingual model, loaded once per process (the tests start many apps), or None with
/// the reason when its file is not installed.
pub fn shared_model() -> anyhow::Result<(Option<Arc<klaster_embed::E5Model>>, String)> {
    static MODEL: Mutex<Option<Option<Arc<klaster_embed::E5Model>>>> = Mutex::new(None);
    let mut slot = MODEL.lock().unwrap_or_else(|e| e.into_inner());
    if slot.is_none() {
        let model = klaster_embed::E5Model::try_default().context("loading the embedding model")?;
        *slot = Some(model.map(Arc::new));
    }
    let model = slot.clone().flatten();
    Ok((model, klaster_embed::locate_model().reason()))
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
    let (model, status) = if opts.semantic {
        shared_model()?
    } else {
        (
            None,
            "semantic matching is off (disabled at start)".to_string(),
        )
    };
    if model.is_none() {
        tracing::warn!("{status}");
    }
    let model = model.map(|m| m as Arc<dyn klaster_embed::Embedder>);
    let matching = Arc::new(klaster_web::matchmaking::Matchmaker::new(model, status));
    matching.start(repo.clone());
    Ok(AppState::new(repo, index, matching, opts.web))
}
