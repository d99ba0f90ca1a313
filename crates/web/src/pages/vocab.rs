//! Browsable reference vocabularies: NACE Rev. 2 and NUTS 2021, in the page's language.

use super::directory::sentence_case;
use super::layout::Chrome;
use super::{render, PageResult};
use crate::context::Ctx;
use crate::AppState;
use askama::Template;
use axum::extract::{Query, State};
use klaster_domain::{Country, NaceEntry, NutsRegion};
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct VocabQuery {
    level: Option<u8>,
    country: Option<String>,
}

#[derive(Template)]
#[template(path = "vocab_nace.html")]
struct NacePage {
    c: Chrome,
    entries: Vec<NaceEntry>,
    level: u8,
    levels: Vec<(u8, String)>,
}

pub async fn nace(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<VocabQuery>,
) -> PageResult {
    let level = q.level.unwrap_or(2).clamp(1, 4);
    let mut entries = state.repo.nace(ctx.tr.code(), Some(level)).await?;
    for e in &mut entries {
        e.label = sentence_case(&e.label);
    }
    let levels = (1..=4)
        .map(|l| (l, ctx.tr.t(&format!("nace-level-{l}"))))
        .collect();
    render(&NacePage {
        c: Chrome::new(&ctx, "NACE Rev. 2"),
        entries,
        level,
        levels,
    })
}

#[derive(Template)]
#[template(path = "vocab_nuts.html")]
struct NutsPage {
    c: Chrome,
    countries: Vec<Country>,
    country: String,
    regions: Vec<NutsRegion>,
}

pub async fn nuts(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<VocabQuery>,
) -> PageResult {
    let country = q.country.unwrap_or_else(|| "PL".into()).to_uppercase();
    let nuts_prefix = if country == "GR" {
        "EL".to_string()
    } else {
        country.clone()
    };
    let regions = state
        .repo
        .nuts_regions(None, None)
        .await?
        .into_iter()
        .filter(|r| r.code.starts_with(&nuts_prefix))
        .collect();
    let mut countries = state.repo.countries().await?;
    countries.sort_by(|a, b| a.name(ctx.tr.code()).cmp(b.name(ctx.tr.code())));
    render(&NutsPage {
        c: Chrome::new(&ctx, "NUTS 2021"),
        countries,
        country,
        regions,
    })
}
