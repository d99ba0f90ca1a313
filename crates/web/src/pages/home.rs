//! The front page: what Klaster is, a search box, and the ecosystem in figures.

use super::layout::Chrome;
use super::{render, PageResult};
use crate::context::Ctx;
use crate::AppState;
use askama::Template;
use axum::extract::State;
use klaster_domain::events::{EventFilter, EventViewer};
use klaster_domain::{DirectoryQuery, DomainError, OrgKind};

/// How many upcoming events the front page lists.
const UPCOMING: usize = 3;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    c: Chrome,
    organisations: String,
    clusters: String,
    countries: String,
    verified: String,
    upcoming: Vec<super::events::ListItem>,
}

pub async fn home(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    let tr = &ctx.tr;
    let all = state
        .index
        .search(&DirectoryQuery {
            limit: 0,
            ..Default::default()
        })
        .map_err(DomainError::Internal)?;
    let clusters = all
        .facets
        .kind
        .iter()
        .find(|f| f.value == OrgKind::Cluster.code())
        .map(|f| f.count)
        .unwrap_or(0);
    let verified = all
        .facets
        .verified
        .iter()
        .find(|f| f.value == "true")
        .map(|f| f.count)
        .unwrap_or(0);
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let upcoming = super::event_common::events(&state)
        .list(
            &viewer,
            &EventFilter::default(),
            time::OffsetDateTime::now_utc(),
        )
        .await?
        .iter()
        .take(UPCOMING)
        .map(|ev| super::events::list_item(tr, ev))
        .collect();
    render(&HomePage {
        upcoming,
        c: Chrome::new(&ctx, &tr.t("home-title")),
        organisations: tr.tn("orgs-count", all.total as i64),
        clusters: tr.tn("clusters-count", clusters as i64),
        countries: tr.tn("countries-count", all.facets.country.len() as i64),
        verified: tr.tn("verified-count", verified as i64),
    })
}
