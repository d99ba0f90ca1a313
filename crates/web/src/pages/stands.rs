//! Stands: organisations presenting their offer at an event.

use super::directory::Labels;
use super::event_common::{load, EventNav};
use super::layout::Chrome;
use super::orgs::Opt;
use super::{render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx};
use crate::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::events::EventViewer;
use klaster_domain::stands::*;
use klaster_domain::*;
use time::OffsetDateTime;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/stands", get(list).post(take))
        .route("/events/{id}/stands/{sid}/offer", post(edit_offer))
        .route("/events/{id}/stands/{sid}/withdraw", post(withdraw))
        .route("/events/{id}/stands/{sid}/label", post(set_label))
        .route("/events/{id}/stands/{sid}/remove", post(remove))
}

fn service(state: &AppState) -> Stands<'_> {
    Stands { repo: &*state.repo }
}

/// The longest profile excerpt shown beside a stand.
const SUMMARY_CHARS: usize = 280;

pub struct StandView {
    pub stand: Stand,
    pub kind: String,
    pub place: String,
    pub summary: String,
    pub summary_lang: String,
    /// The viewer administers the stand's organisation.
    pub is_own: bool,
}

#[derive(Template)]
#[template(path = "stands.html")]
struct StandsPage {
    c: Chrome,
    nav: EventNav,
    stands: Vec<StandView>,
    count: String,
    ended: bool,
    /// The viewer's organisations without a stand yet.
    choices: Vec<Opt>,
    offer: String,
    problems: Vec<String>,
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    offer: String,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let (ev, viewer) = load(state, ctx, id).await?;
    let stands = service(state).list(&viewer, id).await?;
    let ids: Vec<Id> = stands.iter().map(|s| s.org_id).collect();
    let orgs = state.repo.orgs_by_ids(&ids).await?;
    let regions: Vec<String> = orgs
        .iter()
        .filter_map(|o| o.nuts.as_ref().map(|n| n.to_string()))
        .collect();
    let labels = Labels::load(&*state.repo, tr, &regions).await?;
    let views = stands
        .into_iter()
        .map(|s| {
            let org = orgs.iter().find(|o| o.id == s.org_id);
            let description = org.and_then(|o| o.description_in(tr.code()));
            let mut summary: String = description
                .map(|d| d.text.chars().take(SUMMARY_CHARS).collect())
                .unwrap_or_default();
            if description.is_some_and(|d| d.text.chars().count() > SUMMARY_CHARS) {
                summary.push('…');
            }
            StandView {
                kind: org
                    .map(|o| tr.t(&format!("kind-{}", o.kind.code())))
                    .unwrap_or_default(),
                place: org
                    .map(|o| {
                        let country = labels.country(o.country.as_str());
                        match &o.nuts {
                            Some(n) => format!("{}, {country}", labels.region(n.as_str())),
                            None => country,
                        }
                    })
                    .unwrap_or_default(),
                summary,
                summary_lang: description.map(|d| d.lang.to_string()).unwrap_or_default(),
                is_own: viewer.admin_of.contains(&s.org_id),
                stand: s,
            }
        })
        .collect::<Vec<_>>();
    let mut own: Vec<Id> = viewer
        .admin_of
        .iter()
        .copied()
        .filter(|o| !views.iter().any(|v| v.stand.org_id == *o))
        .collect();
    own.sort_unstable();
    let choices = state
        .repo
        .orgs_by_ids(&own)
        .await?
        .into_iter()
        .map(|o| Opt {
            value: o.id.to_string(),
            label: o.name,
            selected: false,
        })
        .collect();
    let problems = errors
        .fields
        .iter()
        .map(|f| {
            format!(
                "{}: {}",
                tr.t(&format!("stands-field-{}", f.field.replace('_', "-"))),
                tr.msg(&f.message)
            )
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &StandsPage {
            c: Chrome::new(ctx, &format!("{} · {}", tr.t("event-tab-stands"), ev.title)),
            nav: EventNav::new(tr, &ev, &viewer, "/stands"),
            count: tr.tn("stands-count", views.len() as i64),
            stands: views,
            ended: ev.has_ended(OffsetDateTime::now_utc()),
            choices,
            offer,
            problems,
        },
    )
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    page(&state, &ctx, id, String::new(), FieldErrors::new()).await
}

/// Validation problems re-render the page with 422; other errors become error pages.
async fn done(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    offer: String,
    r: DomainResult<()>,
) -> PageResult {
    match r {
        Ok(()) => Ok(see_other(&format!("/events/{id}/stands"))),
        Err(DomainError::Validation(e)) => page(state, ctx, id, offer, e).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn take(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let offer = form.text("offer");
    let Ok(org_id) = form.text("org_id").trim().parse::<Id>() else {
        let r = Err(DomainError::field(
            "org_id",
            "choose one of your organisations",
        ));
        return done(&state, &ctx, id, offer, r).await;
    };
    let raw = RawStandInput {
        org_id,
        offer: offer.clone(),
    };
    let r = service(&state)
        .take(&viewer, id, &raw, OffsetDateTime::now_utc())
        .await
        .map(|_| ());
    done(&state, &ctx, id, offer, r).await
}

pub async fn edit_offer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let r = service(&state)
        .edit_offer(
            &viewer,
            id,
            sid,
            &form.text("offer"),
            OffsetDateTime::now_utc(),
        )
        .await;
    done(&state, &ctx, id, String::new(), r).await
}

pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let r = service(&state).withdraw(&viewer, id, sid).await;
    done(&state, &ctx, id, String::new(), r).await
}

pub async fn set_label(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let r = service(&state)
        .set_label(&viewer, id, sid, &form.text("label"))
        .await;
    done(&state, &ctx, id, String::new(), r).await
}

pub async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let r = service(&state).remove(&viewer, id, sid).await;
    done(&state, &ctx, id, String::new(), r).await
}
