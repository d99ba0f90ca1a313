//! Pages: a participant's meeting requests — incoming ones to accept or decline, sent ones to
//! withdraw, meetings to cancel, the history and the people they blocked — and the form that
//! requests a meeting with one participant (or blocks them).

use super::brokerage_common::BrokerageNav;
use super::event_common::{clock, local_date, EventNav};
use super::layout::{with_param, Chrome};
use super::{render_status, safe_next, see_other, PageResult};
use crate::context::{CsrfForm, Ctx};
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::brokerage::{MeetingRequest, Participant, Priority, RequestStatus};
use klaster_domain::brokerage_requests::*;
use klaster_domain::events::{Event, EventViewer};
use klaster_domain::{DomainError, FieldErrors, Id};
use serde::Deserialize;
use time::OffsetDateTime;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/brokerage/requests", get(list).post(create))
        .route("/events/{id}/brokerage/requests/new", get(new_form))
        .route(
            "/events/{id}/brokerage/requests/{rid}/{action}",
            post(decide),
        )
        .route("/events/{id}/brokerage/blocks", post(block))
        .route("/events/{id}/brokerage/blocks/{pid}/delete", post(unblock))
}

fn service(state: &AppState) -> BrokerageRequests<'_> {
    BrokerageRequests { repo: &*state.repo }
}

/// A moment in the event's zone: "20 October 2026, 09:00".
fn at(tr: &Tr, t: OffsetDateTime, ev: &Event) -> String {
    format!(
        "{}, {}",
        local_date(tr, t, &ev.timezone),
        clock(t, &ev.timezone)
    )
}

fn booking_text(tr: &Tr, b: Booking, ev: &Event) -> String {
    match b {
        Booking::NotYetOpen(t) => tr.ta("bk-req-booking-opens", [("when", at(tr, t, ev).as_str())]),
        Booking::Open(Some(t)) => tr.ta("bk-req-booking-until", [("when", at(tr, t, ev).as_str())]),
        Booking::Open(None) => tr.t("bk-req-booking-open"),
        Booking::Closed => tr.t("bk-req-booking-closed"),
    }
}

/// Validation messages as sentences: "Message: must be at most 1000 characters long".
fn problems(tr: &Tr, errors: &FieldErrors) -> Vec<String> {
    errors
        .fields
        .iter()
        .map(|f| {
            format!(
                "{}: {}",
                tr.t(&format!("bk-req-field-{}", f.field.replace('_', "-"))),
                tr.msg(&f.message)
            )
        })
        .collect()
}

fn status_of(errors: &FieldErrors) -> StatusCode {
    if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

/// One request as the viewer's lists show it.
struct Item {
    id: Id,
    partner: String,
    partner_org: String,
    /// The viewer sent it.
    sent: bool,
    must_meet: bool,
    priority: String,
    message: String,
    created: String,
    status: String,
    /// When and where the meeting takes place, once placed.
    placement: String,
}

impl Item {
    fn new(tr: &Tr, ev: &Event, me: Id, r: &MeetingRequest) -> Self {
        let other = r.other(me);
        let placement = r
            .placement
            .map(|p| {
                let when = at(tr, p.slot_start, ev);
                match p.table {
                    Some(t) => tr.ta(
                        "bk-req-at-table",
                        [("when", when.as_str()), ("table", tr.num(t).as_str())],
                    ),
                    None => when,
                }
            })
            .unwrap_or_default();
        Item {
            id: r.id,
            partner: other.name.clone(),
            partner_org: other.org_name.clone().unwrap_or_default(),
            sent: r.requester.id == me,
            must_meet: r.priority == Priority::MustMeet,
            priority: tr.t(&format!(
                "bk-req-priority-{}",
                r.priority.code().replace('_', "-")
            )),
            message: r.message.clone(),
            created: at(tr, r.created_at, ev),
            status: tr.t(&format!("bk-req-status-{}", r.status.code())),
            placement,
        }
    }
}

struct BlockItem {
    id: Id,
    name: String,
    org: String,
}

#[derive(Template)]
#[template(path = "brokerage_requests.html")]
struct ListPage {
    c: Chrome,
    nav: EventNav,
    bnav: BrokerageNav,
    joined: bool,
    notice: String,
    problems: Vec<String>,
    booking: String,
    quota: String,
    ended: bool,
    incoming: Vec<Item>,
    incoming_count: String,
    outgoing: Vec<Item>,
    outgoing_count: String,
    meetings: Vec<Item>,
    meetings_count: String,
    history: Vec<Item>,
    history_count: String,
    blocked: Vec<BlockItem>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ListParams {
    /// What the last action did (see `notice_key`).
    done: String,
}

/// The sentence after a successful action; only these codes show anything.
fn notice_key(done: &str) -> Option<&'static str> {
    Some(match done {
        "sent" => "bk-req-done-sent",
        "booked" => "bk-req-done-booked",
        "accepted" => "bk-req-done-accepted",
        "declined" => "bk-req-done-declined",
        "withdrawn" => "bk-req-done-withdrawn",
        "cancelled" => "bk-req-done-cancelled",
        "blocked" => "bk-req-done-blocked",
        "unblocked" => "bk-req-done-unblocked",
        _ => return None,
    })
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    done: &str,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    ctx.actor.require_user()?;
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let svc = service(state);
    let s = svc.setting(&viewer, id).await?;
    let ev = &s.event;
    let now = OffsetDateTime::now_utc();
    let mut page = ListPage {
        c: Chrome::new(ctx, &format!("{} · {}", tr.t("bk-nav-requests"), ev.title)),
        nav: EventNav::new(tr, ev, &viewer, "/brokerage"),
        bnav: BrokerageNav::new(tr, ev, &viewer, s.me.is_some(), "/requests"),
        joined: s.me.is_some(),
        notice: notice_key(done).map(|k| tr.t(k)).unwrap_or_default(),
        problems: problems(tr, &errors),
        booking: booking_text(tr, booking(&s.settings, ev, now), ev),
        quota: String::new(),
        ended: ev.has_ended(now),
        incoming: vec![],
        incoming_count: String::new(),
        outgoing: vec![],
        outgoing_count: String::new(),
        meetings: vec![],
        meetings_count: String::new(),
        history: vec![],
        history_count: String::new(),
        blocked: vec![],
    };
    if let Some(me) = &s.me {
        let mine = svc.mine(&viewer, id).await?;
        page.quota = match mine.max_meetings {
            Some(max) => tr.tna("bk-req-quota", max, "used", &tr.num(mine.meetings)),
            None => tr.tn("bk-req-meetings-count", mine.meetings),
        };
        let mut all: Vec<&MeetingRequest> = mine.incoming.iter().chain(&mine.outgoing).collect();
        all.sort_by_key(|r| std::cmp::Reverse((r.created_at, r.id)));
        for r in all {
            let item = Item::new(tr, ev, me.id, r);
            match r.status {
                RequestStatus::Pending if item.sent => page.outgoing.push(item),
                RequestStatus::Pending => page.incoming.push(item),
                RequestStatus::Accepted => page.meetings.push(item),
                RequestStatus::Declined | RequestStatus::Cancelled => page.history.push(item),
            }
        }
        page.blocked = svc
            .blocks(&viewer, id)
            .await?
            .into_iter()
            .map(|b| BlockItem {
                id: b.blocked.id,
                name: b.blocked.name,
                org: b.blocked.org_name.unwrap_or_default(),
            })
            .collect();
    }
    page.incoming_count = tr.tn("bk-req-incoming-count", page.incoming.len() as i64);
    page.outgoing_count = tr.tn("bk-req-outgoing-count", page.outgoing.len() as i64);
    page.meetings_count = tr.tn("bk-req-accepted-count", page.meetings.len() as i64);
    page.history_count = tr.tn("bk-req-history-count", page.history.len() as i64);
    render_status(status_of(&errors), &page)
}

async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(q): Query<ListParams>,
) -> PageResult {
    list_page(&state, &ctx, id, &q.done, FieldErrors::new()).await
}

#[derive(Template)]
#[template(path = "brokerage_requests_new.html")]
struct NewPage {
    c: Chrome,
    nav: EventNav,
    bnav: BrokerageNav,
    other: Participant,
    attendance: String,
    booking: String,
    bookable: bool,
    /// The viewer blocked this participant: no request, an "unblock" button instead.
    blocked: bool,
    message: String,
    must_meet: bool,
    errors: FieldErrors,
    problems: Vec<String>,
}

#[derive(Deserialize)]
struct NewParams {
    with: Id,
}

/// The form; `raw` is what was typed when it comes back with errors.
async fn new_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    raw: &RawRequestInput,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    ctx.actor.require_user()?;
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let svc = service(state);
    let s = svc.setting(&viewer, id).await?;
    let Some(me) = &s.me else {
        // The requests page explains how to join.
        return Ok(see_other(&requests_path(id)));
    };
    let other = match state
        .repo
        .brokerage_participant(id, raw.recipient_id)
        .await?
    {
        Some(o) if o.id != me.id => o,
        _ => return Err(DomainError::NotFound.into()),
    };
    let unreachable = svc.unreachable(&viewer, id).await?;
    let blocked = svc
        .blocks(&viewer, id)
        .await?
        .iter()
        .any(|b| b.blocked.id == other.id);
    // Whoever blocked the viewer is not offered to them.
    if unreachable.contains(&other.id) && !blocked {
        return Err(DomainError::NotFound.into());
    }
    let ev = &s.event;
    let b = booking(&s.settings, ev, OffsetDateTime::now_utc());
    let inline = ["message", "priority"];
    let top = FieldErrors {
        fields: errors
            .fields
            .iter()
            .filter(|f| !inline.contains(&f.field.as_str()))
            .cloned()
            .collect(),
    };
    render_status(
        status_of(&errors),
        &NewPage {
            c: Chrome::new(
                ctx,
                &tr.ta("bk-req-new-title", [("name", other.name.as_str())]),
            ),
            nav: EventNav::new(tr, ev, &viewer, "/brokerage"),
            bnav: BrokerageNav::new(tr, ev, &viewer, true, "/requests"),
            attendance: tr.t(&format!("reg-attendance-{}", other.input.attendance.code())),
            other,
            booking: booking_text(tr, b, ev),
            bookable: matches!(b, Booking::Open(_)),
            blocked,
            message: raw.message.clone(),
            must_meet: raw.priority == Priority::MustMeet.code(),
            problems: problems(tr, &top),
            errors,
        },
    )
}

async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(q): Query<NewParams>,
) -> PageResult {
    let raw = RawRequestInput {
        recipient_id: q.with,
        ..Default::default()
    };
    new_page(&state, &ctx, id, &raw, FieldErrors::new()).await
}

async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let Ok(recipient_id) = form.text("recipient_id").trim().parse::<Id>() else {
        return Err(DomainError::NotFound.into());
    };
    let raw = RawRequestInput {
        recipient_id,
        message: form.text("message"),
        priority: form.text("priority"),
    };
    match service(&state)
        .request(&viewer, id, &raw, OffsetDateTime::now_utc())
        .await
    {
        Ok(r) => {
            let done = if r.status == RequestStatus::Accepted {
                "booked"
            } else {
                "sent"
            };
            Ok(see_other(&format!("{}?done={done}", requests_path(id))))
        }
        Err(DomainError::Validation(e)) => new_page(&state, &ctx, id, &raw, e).await,
        Err(e) => Err(e.into()),
    }
}

/// Where to go after an action: the form's `back` (a local path, e.g. the organisers'
/// dashboard) or the requests page, with the action's notice.
fn after(id: Id, back: Option<&str>, done: &str) -> String {
    let to = back.map_or_else(|| requests_path(id), |b| safe_next(Some(b)));
    with_param(&to, "done", done)
}

/// Accept, decline, withdraw or cancel; refusals re-render the requests page with the reason.
async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid, action)): Path<(Id, Id, String)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let svc = service(&state);
    let now = OffsetDateTime::now_utc();
    let (r, done) = match action.as_str() {
        "accept" => (svc.accept(&viewer, id, rid, now).await, "accepted"),
        "decline" => (svc.decline(&viewer, id, rid, now).await, "declined"),
        "withdraw" => (svc.withdraw(&viewer, id, rid, now).await, "withdrawn"),
        "cancel" => (svc.cancel(&viewer, id, rid, now).await, "cancelled"),
        _ => return Err(DomainError::NotFound.into()),
    };
    match r {
        Ok(_) => Ok(see_other(&after(id, form.get("back"), done))),
        Err(DomainError::Validation(e)) => list_page(&state, &ctx, id, "", e).await,
        Err(e) => Err(e.into()),
    }
}

async fn block(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let Ok(pid) = form.text("participant_id").trim().parse::<Id>() else {
        return Err(DomainError::NotFound.into());
    };
    match service(&state)
        .block(&viewer, id, pid, OffsetDateTime::now_utc())
        .await
    {
        Ok(_) => Ok(see_other(&after(id, None, "blocked"))),
        Err(DomainError::Validation(e)) => list_page(&state, &ctx, id, "", e).await,
        Err(e) => Err(e.into()),
    }
}

async fn unblock(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, pid)): Path<(Id, Id)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    service(&state).unblock(&viewer, id, pid).await?;
    Ok(see_other(&after(id, None, "unblocked")))
}
