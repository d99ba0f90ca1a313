//! Proposals of a stakeholder meeting, their support, and study visits made from them.

use super::event_common::viewer;
use super::event_common::{load, EventNav};
use super::layout::Chrome;
use super::{render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx, FormData};
use crate::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::events::Events;
use klaster_domain::proposals::*;
use klaster_domain::*;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/proposals", get(list).post(add))
        .route("/proposals/{pid}/support", post(toggle_support))
        .route(
            "/proposals/{pid}/study-visit",
            get(visit_form).post(make_visit),
        )
        .route("/events/{id}/visit", get(visit))
        .route("/events/{id}/visit/delegates", post(add_delegate))
        .route(
            "/events/{id}/visit/delegates/{did}/remove",
            post(remove_delegate),
        )
        .route("/events/{id}/visit/outcome", post(outcome))
}

pub fn proposals(state: &AppState) -> Proposals<'_> {
    Proposals { repo: &*state.repo }
}

fn status(errors: &FieldErrors) -> StatusCode {
    if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

pub struct ProposalItem {
    pub p: Proposal,
    pub kind: String,
    pub region: String,
    pub supports: String,
    pub author: String,
    /// "Became study visit X" with its link, when it did.
    pub visit: Option<(Id, String)>,
}

#[derive(Template)]
#[template(path = "proposals.html")]
struct ProposalsPage {
    c: Chrome,
    nav: EventNav,
    items: Vec<ProposalItem>,
    can_take_part: bool,
    is_organiser: bool,
    v: RawProposal,
    region: String,
    errors: FieldErrors,
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    v: RawProposal,
    errors: FieldErrors,
) -> PageResult {
    let viewer = viewer(state, ctx).await?;
    let service = proposals(state);
    let (ev, list) = service.list(&viewer, id).await?;
    let mut items = Vec::new();
    for p in list {
        let region = match &p.region {
            Some(code) => match service.region_name(code, ctx.tr.code()).await? {
                Some(name) => format!("{code} {name}"),
                None => code.clone(),
            },
            None => String::new(),
        };
        let visit = match p.study_visit_id {
            Some(vid) => state.repo.event(vid).await?.map(|v| (v.id, v.title)),
            None => None,
        };
        items.push(ProposalItem {
            kind: ctx.tr.t(&format!("proposal-kind-{}", p.kind.code())),
            supports: ctx.tr.tn("proposal-supports", p.supports),
            author: p
                .author
                .as_ref()
                .map(|a| a.name.clone())
                .unwrap_or_default(),
            region,
            visit,
            p,
        });
    }
    let can_take_part = service.may_take_part(&viewer, &ev).await?;
    render_status(
        status(&errors),
        &ProposalsPage {
            c: Chrome::new(ctx, &ctx.tr.t("event-tab-proposals")),
            nav: EventNav::new(&ctx.tr, &ev, &viewer, "/proposals"),
            is_organiser: viewer.is_organiser(&ev),
            items,
            can_take_part,
            region: v.region.clone().unwrap_or_default(),
            v,
            errors,
        },
    )
}

async fn list(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    list_page(&state, &ctx, id, RawProposal::default(), FieldErrors::new()).await
}

async fn add(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = viewer(&state, &ctx).await?;
    let raw = RawProposal {
        kind: form.text("kind"),
        title: form.text("title"),
        body: form.text("body"),
        region: form.opt("region"),
    };
    match proposals(&state).add(&viewer, id, &raw).await {
        Ok(p) => Ok(see_other(&format!(
            "/events/{id}/proposals#proposal-{}",
            p.id
        ))),
        Err(DomainError::Validation(e)) => list_page(&state, &ctx, id, raw, e).await,
        Err(e) => Err(e.into()),
    }
}

/// Supports the proposal, or withdraws the support when the person already gave it.
async fn toggle_support(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(pid): Path<Id>,
    _form: CsrfForm,
) -> PageResult {
    let viewer = viewer(&state, &ctx).await?;
    let service = proposals(&state);
    let current = service.get(&viewer, pid).await?;
    let p = service.support(&viewer, pid, !current.supported).await?;
    Ok(see_other(&format!(
        "/events/{}/proposals#proposal-{pid}",
        p.event_id
    )))
}

#[derive(Template)]
#[template(path = "proposals_visit_form.html")]
struct VisitForm {
    c: Chrome,
    nav: EventNav,
    p: Proposal,
    v: StudyVisitInput,
    city: String,
    country: String,
    nuts: String,
    venue: String,
    errors: FieldErrors,
}

async fn visit_form_page(
    state: &AppState,
    ctx: &Ctx,
    pid: Id,
    v: Option<StudyVisitInput>,
    errors: FieldErrors,
) -> PageResult {
    let viewer = viewer(state, ctx).await?;
    let p = proposals(state).get(&viewer, pid).await?;
    let meeting = Events { repo: &*state.repo }
        .get_as_organiser(&viewer, p.event_id)
        .await?;
    let v = v.unwrap_or_else(|| Proposals::visit_defaults(&p, &meeting));
    render_status(
        status(&errors),
        &VisitForm {
            c: Chrome::new(ctx, &ctx.tr.t("proposal-to-visit")),
            nav: EventNav::new(&ctx.tr, &meeting, &viewer, "/proposals"),
            city: v.city.clone().unwrap_or_default(),
            country: v.country.clone().unwrap_or_default(),
            nuts: v.nuts.clone().unwrap_or_default(),
            venue: v.venue.clone().unwrap_or_default(),
            p,
            v,
            errors,
        },
    )
}

async fn visit_form(State(state): State<AppState>, ctx: Ctx, Path(pid): Path<Id>) -> PageResult {
    visit_form_page(&state, &ctx, pid, None, FieldErrors::new()).await
}

fn visit_input(form: &FormData) -> StudyVisitInput {
    StudyVisitInput {
        title: form.text("title"),
        starts: form.text("starts"),
        ends: form.text("ends"),
        timezone: form.text("timezone"),
        city: form.opt("city"),
        country: form.opt("country"),
        nuts: form.opt("nuts"),
        venue: form.opt("venue"),
    }
}

async fn make_visit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(pid): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = viewer(&state, &ctx).await?;
    let input = visit_input(&form);
    match proposals(&state).to_study_visit(&viewer, pid, &input).await {
        Ok(ev) => Ok(see_other(&format!("/events/{}/visit", ev.id))),
        Err(DomainError::Validation(e)) => visit_form_page(&state, &ctx, pid, Some(input), e).await,
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "visit.html")]
struct VisitPage {
    c: Chrome,
    nav: EventNav,
    id: Id,
    host_region: String,
    hosts: Vec<events::OrgRef>,
    delegates: Vec<Delegate>,
    /// The proposal this visit was made from: (meeting id, proposal title, meeting title).
    source: Option<(Id, String, String)>,
    outcome: String,
    is_organiser: bool,
    delegate_name: String,
    delegate_org: String,
    errors: FieldErrors,
}

async fn visit_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    form: Option<&FormData>,
    errors: FieldErrors,
) -> PageResult {
    let viewer = viewer(state, ctx).await?;
    let service = proposals(state);
    let ev = service.visit(&viewer, id).await?;
    let host_region = match (&ev.nuts, &ev.country) {
        (Some(n), _) => match service.region_name(n.as_str(), ctx.tr.code()).await? {
            Some(name) => format!("{n} {name}"),
            None => n.to_string(),
        },
        (None, Some(c)) => service
            .region_name(c.as_str(), ctx.tr.code())
            .await?
            .unwrap_or_else(|| c.to_string()),
        (None, None) => String::new(),
    };
    let source = match ev.source_proposal_id {
        Some(pid) => match service.get(&viewer, pid).await {
            Ok(p) => {
                let (meeting, _) = load(state, ctx, p.event_id).await?;
                Some((meeting.id, p.title, meeting.title))
            }
            Err(DomainError::NotFound) => None,
            Err(e) => return Err(e.into()),
        },
        None => None,
    };
    let form_value = |k: &str| form.map(|f| f.text(k)).unwrap_or_default();
    render_status(
        status(&errors),
        &VisitPage {
            c: Chrome::new(ctx, &ctx.tr.t("event-tab-visit")),
            nav: EventNav::new(&ctx.tr, &ev, &viewer, "/visit"),
            id,
            host_region,
            hosts: ev.organisers.clone(),
            delegates: state.repo.delegates(id).await?,
            source,
            outcome: match form {
                Some(f) if f.get("outcome_note").is_some() => f.text("outcome_note"),
                _ => ev.outcome_note.clone().unwrap_or_default(),
            },
            is_organiser: viewer.is_organiser(&ev),
            delegate_name: form_value("name"),
            delegate_org: form_value("org_id"),
            errors,
        },
    )
}

async fn visit(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    visit_page(&state, &ctx, id, None, FieldErrors::new()).await
}

async fn add_delegate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = viewer(&state, &ctx).await?;
    let org_id = match form.opt("org_id").map(|o| o.parse::<Id>()) {
        None => None,
        Some(Ok(o)) => Some(o),
        Some(Err(_)) => {
            let mut e = FieldErrors::new();
            e.add("org_id", "write a whole number here");
            return visit_page(&state, &ctx, id, Some(&form), e).await;
        }
    };
    match proposals(&state)
        .add_delegate(&viewer, id, org_id, &form.text("name"))
        .await
    {
        Ok(_) => Ok(see_other(&format!("/events/{id}/visit#delegation"))),
        Err(DomainError::Validation(e)) => visit_page(&state, &ctx, id, Some(&form), e).await,
        Err(e) => Err(e.into()),
    }
}

async fn remove_delegate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, did)): Path<(Id, Id)>,
    _form: CsrfForm,
) -> PageResult {
    let viewer = viewer(&state, &ctx).await?;
    proposals(&state).remove_delegate(&viewer, id, did).await?;
    Ok(see_other(&format!("/events/{id}/visit#delegation")))
}

async fn outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = viewer(&state, &ctx).await?;
    match proposals(&state)
        .set_outcome(&viewer, id, &form.text("outcome_note"))
        .await
    {
        Ok(()) => Ok(see_other(&format!("/events/{id}/visit#outcome"))),
        Err(DomainError::Validation(e)) => visit_page(&state, &ctx, id, Some(&form), e).await,
        Err(e) => Err(e.into()),
    }
}
