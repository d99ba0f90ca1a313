//! Live statement voting: the organiser's console, the participants' ballot and the projector view.
//!
//! Live updates are server-sent events served as long polls: `/live` answers at once when the
//! state differs from the client's `Last-Event-ID`, else holds the request until a vote, an
//! opening or a closing changes it (or sends a keep-alive comment after a while), and ends the
//! response; `EventSource` reconnects by itself with the last id. Wake-ups come from this
//! process's handlers, and the database is re-read every two seconds so that changes made
//! through other server processes arrive too.

use super::event_common::{load, load_as_organiser, EventNav};
use super::layout::Chrome;
use super::orgs::Opt;
use super::{render, render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx, FormData};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{sse, IntoResponse};
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::events::{Event, EventViewer};
use klaster_domain::voting::*;
use klaster_domain::*;
use serde::Serialize;
use std::collections::HashMap;
use std::convert::Infallible;
use std::hash::{Hash, Hasher};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;
use tokio::sync::watch;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/voting", get(page))
        .route("/events/{id}/voting/statements", post(create))
        .route("/events/{id}/voting/projector", get(projector))
        .route("/events/{id}/voting/live", get(live))
        .route(
            "/events/{id}/voting/{sid}/edit",
            get(edit_form).post(update),
        )
        .route("/events/{id}/voting/{sid}/delete", post(delete))
        .route("/events/{id}/voting/{sid}/move", post(move_statement))
        .route("/events/{id}/voting/{sid}/open", post(open))
        .route("/events/{id}/voting/{sid}/close", post(close))
        .route("/events/{id}/voting/{sid}/vote", post(vote))
        .route(
            "/static/voting.js",
            get(|| async {
                (
                    [
                        (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
                        (header::CACHE_CONTROL, "public, max-age=3600"),
                    ],
                    include_str!("../../static/voting.js"),
                )
            }),
        )
}

pub fn voting(state: &AppState) -> Voting<'_> {
    Voting { repo: &*state.repo }
}

// ---- wake-ups ----

type Channels = Mutex<HashMap<Id, watch::Sender<u64>>>;

fn channels() -> &'static Channels {
    static CHANNELS: OnceLock<Channels> = OnceLock::new();
    CHANNELS.get_or_init(Default::default)
}

/// Wakes this process's live streams of the event (after a vote, an opening, a closing).
pub fn notify(event_id: Id) {
    let mut map = channels().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(tx) = map.get(&event_id) {
        if tx.receiver_count() == 0 {
            map.remove(&event_id);
        } else {
            tx.send_modify(|n| *n = n.wrapping_add(1));
        }
    }
}

fn subscribe(event_id: Id) -> watch::Receiver<u64> {
    let mut map = channels().lock().unwrap_or_else(|e| e.into_inner());
    map.entry(event_id)
        .or_insert_with(|| watch::channel(0).0)
        .subscribe()
}

// ---- what pages show ----

pub fn answer_label(tr: &Tr, scale: Scale, value: i64) -> String {
    match scale {
        Scale::Agree => tr.t(&format!("voting-answer-{}", scale.answer_code(value))),
        Scale::Scale5 => tr.num(value),
    }
}

/// Share of `count` in `total` as "45.5%" in the locale's format.
pub fn percent(tr: &Tr, count: i64, total: i64) -> String {
    let p = if total > 0 {
        count as f64 * 100.0 / total as f64
    } else {
        0.0
    };
    format!("{}%", tr.dec(p, 1))
}

pub struct Bar {
    pub answer: String,
    pub label: String,
    pub count: i64,
    pub count_text: String,
    pub percent_text: String,
    /// The meter's maximum (1 when nobody voted, so an empty meter still renders).
    pub max: i64,
}

pub fn bars(tr: &Tr, scale: Scale, t: &Tally) -> Vec<Bar> {
    t.counts
        .iter()
        .map(|c| Bar {
            answer: c.answer.clone(),
            label: answer_label(tr, scale, c.value),
            count: c.count,
            count_text: tr.num(c.count),
            percent_text: percent(tr, c.count, t.total),
            max: t.total.max(1),
        })
        .collect()
}

pub struct Row {
    pub id: Id,
    pub text: String,
    pub scale: String,
    pub status: &'static str,
    pub status_label: String,
    pub session: Option<String>,
    pub bars: Vec<Bar>,
    pub total_text: String,
    pub first: bool,
    pub last: bool,
}

pub struct Choice {
    pub value: i64,
    pub label: String,
    pub pressed: bool,
}

pub struct Ballot {
    pub id: Id,
    pub text: String,
    pub hint: Option<String>,
    pub choices: Vec<Choice>,
    pub my_vote: Option<String>,
}

#[derive(Template)]
#[template(path = "voting.html")]
struct VotingPage {
    c: Chrome,
    nav: EventNav,
    /// The open statement's id ("" when none), for the script that reloads on a change.
    open_id: String,
    ballot: Option<Ballot>,
    /// Why the viewer cannot vote, if they cannot.
    voter_note: Option<String>,
    login_href: String,
    register_href: String,
    organiser: bool,
    rows: Vec<Row>,
    form: FormValues,
    errors: FieldErrors,
    scales: Vec<Opt>,
    sessions: Vec<Opt>,
}

#[derive(Template)]
#[template(path = "voting_edit.html")]
struct EditPage {
    c: Chrome,
    nav: EventNav,
    id: Id,
    form: FormValues,
    errors: FieldErrors,
    scales: Vec<Opt>,
    sessions: Vec<Opt>,
}

#[derive(Template)]
#[template(path = "projector.html")]
struct ProjectorPage {
    c: Chrome,
    event_id: Id,
    event_title: String,
    statement: Option<(Id, String)>,
    bars: Vec<Bar>,
    total_text: String,
    /// Answer labels by code, as JSON, for the script that redraws the bars.
    labels: String,
}

#[derive(Default)]
struct FormValues {
    text: String,
    scale: String,
    session_id: String,
}

fn raw_from_form(form: &FormData) -> (RawStatementInput, FormValues) {
    let values = FormValues {
        text: form.text("text"),
        scale: form.text("scale"),
        session_id: form.text("session_id"),
    };
    let raw = RawStatementInput {
        text: values.text.clone(),
        scale: values.scale.clone(),
        // A value that is not a number cannot be a session of this event.
        session_id: form
            .opt("session_id")
            .map(|s| s.parse::<Id>().unwrap_or(-1)),
    };
    (raw, values)
}

async fn choices(
    state: &AppState,
    tr: &Tr,
    ev: &Event,
    form: &FormValues,
) -> Result<(Vec<Opt>, Vec<Opt>), PageError> {
    let scale = if form.scale.is_empty() {
        "agree"
    } else {
        form.scale.as_str()
    };
    let scales = Scale::ALL
        .iter()
        .map(|s| Opt {
            value: s.code().into(),
            label: tr.t(&format!("voting-scale-{}", s.code())),
            selected: s.code() == scale,
        })
        .collect();
    let sessions = klaster_domain::voting::session_titles(&*state.repo, ev.id)
        .await?
        .into_iter()
        .map(|(id, title)| Opt {
            selected: id.to_string() == form.session_id,
            value: id.to_string(),
            label: title,
        })
        .collect();
    Ok((scales, sessions))
}

async fn voting_page(
    state: &AppState,
    ctx: &Ctx,
    ev: &Event,
    viewer: &EventViewer,
    form: FormValues,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let v = voting(state);
    let organiser = viewer.is_organiser(ev);
    let views = v.list(viewer, ev).await?;
    let sessions: HashMap<Id, String> = klaster_domain::voting::session_titles(&*state.repo, ev.id)
        .await?
        .into_iter()
        .collect();
    let voter = v.voter_status(viewer, ev).await?;
    let mut ballot = None;
    let mut open_id = String::new();
    if let Some(open) = views
        .iter()
        .find(|s| s.statement.status == StatementStatus::Open)
    {
        let st = &open.statement;
        open_id = st.id.to_string();
        ballot = Some(Ballot {
            id: st.id,
            text: st.text.clone(),
            hint: (st.scale == Scale::Scale5).then(|| tr.t("voting-scale5-hint")),
            choices: st
                .scale
                .values()
                .iter()
                .map(|val| Choice {
                    value: *val,
                    label: answer_label(tr, st.scale, *val),
                    pressed: open.my_vote == Some(*val),
                })
                .collect(),
            my_vote: open.my_vote.map(|val| answer_label(tr, st.scale, val)),
        });
    }
    let voter_note = match voter {
        VoterStatus::Confirmed => None,
        VoterStatus::Anonymous => Some(tr.t("voting-why-login")),
        VoterStatus::NotRegistered => Some(tr.t("voting-why-register")),
        VoterStatus::NotConfirmed(s) => Some(tr.ta(
            "voting-why-unconfirmed",
            [(
                "status",
                tr.t(&format!("voting-registration-{}", s.code())).as_str(),
            )],
        )),
    };
    let shown: Vec<&StatementView> = views
        .iter()
        .filter(|s| organiser || s.statement.status == StatementStatus::Closed)
        .collect();
    let n = shown.len();
    let rows = shown
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let st = &s.statement;
            Row {
                id: st.id,
                text: st.text.clone(),
                scale: tr.t(&format!("voting-scale-{}", st.scale.code())),
                status: st.status.code(),
                status_label: tr.t(&format!("voting-status-{}", st.status.code())),
                session: st.session_id.and_then(|id| sessions.get(&id).cloned()),
                bars: s
                    .results
                    .as_ref()
                    .map(|t| bars(tr, st.scale, t))
                    .unwrap_or_default(),
                total_text: s
                    .results
                    .as_ref()
                    .map(|t| tr.tn("voting-votes", t.total))
                    .unwrap_or_default(),
                first: i == 0,
                last: i + 1 == n,
            }
        })
        .collect();
    let (scales, session_opts) = choices(state, tr, ev, &form).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let title = format!("{} · {}", tr.t("voting-title"), ev.title);
    render_status(
        status,
        &VotingPage {
            c: Chrome::new(ctx, &title),
            nav: EventNav::new(tr, ev, viewer, "/voting"),
            open_id,
            ballot,
            voter_note,
            login_href: format!("/login?next=/events/{}/voting", ev.id),
            register_href: format!("/events/{}/registration", ev.id),
            organiser,
            rows,
            form,
            errors,
            scales,
            sessions: session_opts,
        },
    )
}

async fn page(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    voting_page(
        &state,
        &ctx,
        &ev,
        &viewer,
        FormValues::default(),
        FieldErrors::new(),
    )
    .await
}

async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let (ev, viewer) = load_as_organiser(&state, &ctx, id).await?;
    let (raw, values) = raw_from_form(&form);
    match voting(&state).create(&viewer, &ev, &raw).await {
        Ok(_) => Ok(see_other(&format!("/events/{id}/voting#console"))),
        Err(DomainError::Validation(e)) => voting_page(&state, &ctx, &ev, &viewer, values, e).await,
        Err(e) => Err(e.into()),
    }
}

async fn edit_page(
    state: &AppState,
    ctx: &Ctx,
    ev: &Event,
    viewer: &EventViewer,
    sid: Id,
    form: FormValues,
    errors: FieldErrors,
) -> PageResult {
    let (scales, sessions) = choices(state, &ctx.tr, ev, &form).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &EditPage {
            c: Chrome::new(ctx, &ctx.tr.t("voting-edit-title")),
            nav: EventNav::new(&ctx.tr, ev, viewer, "/voting"),
            id: sid,
            form,
            errors,
            scales,
            sessions,
        },
    )
}

async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
) -> PageResult {
    let (ev, viewer) = load_as_organiser(&state, &ctx, id).await?;
    let st = voting(&state).get(&ev, sid).await?;
    if st.status != StatementStatus::Draft {
        return Err(DomainError::Conflict(
            "only a draft statement can be changed or deleted".into(),
        )
        .into());
    }
    let form = FormValues {
        text: st.text,
        scale: st.scale.code().into(),
        session_id: st.session_id.map(|s| s.to_string()).unwrap_or_default(),
    };
    edit_page(&state, &ctx, &ev, &viewer, sid, form, FieldErrors::new()).await
}

async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let (ev, viewer) = load_as_organiser(&state, &ctx, id).await?;
    let (raw, values) = raw_from_form(&form);
    match voting(&state).update(&viewer, &ev, sid, &raw).await {
        Ok(_) => Ok(see_other(&format!("/events/{id}/voting#console"))),
        Err(DomainError::Validation(e)) => {
            edit_page(&state, &ctx, &ev, &viewer, sid, values, e).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let (ev, viewer) = load_as_organiser(&state, &ctx, id).await?;
    voting(&state).delete(&viewer, &ev, sid).await?;
    Ok(see_other(&format!("/events/{id}/voting#console")))
}

async fn move_statement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let (ev, viewer) = load_as_organiser(&state, &ctx, id).await?;
    let up = match form.get("direction") {
        Some("up") => true,
        Some("down") => false,
        _ => return Err(DomainError::field("direction", "must be up or down").into()),
    };
    voting(&state).move_by(&viewer, &ev, sid, up).await?;
    Ok(see_other(&format!("/events/{id}/voting#console")))
}

async fn open(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let (ev, viewer) = load_as_organiser(&state, &ctx, id).await?;
    voting(&state).open(&viewer, &ev, sid).await?;
    notify(id);
    Ok(see_other(&format!("/events/{id}/voting#console")))
}

async fn close(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let (ev, viewer) = load_as_organiser(&state, &ctx, id).await?;
    voting(&state).close(&viewer, &ev, sid).await?;
    notify(id);
    Ok(see_other(&format!("/events/{id}/voting#console")))
}

async fn vote(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    let value = form
        .get("value")
        .and_then(|v| v.trim().parse::<i64>().ok())
        .ok_or_else(|| DomainError::field("value", "must be a whole number"))?;
    voting(&state).vote(&viewer, &ev, sid, value).await?;
    notify(id);
    Ok(see_other(&format!("/events/{id}/voting#ballot")))
}

async fn projector(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let (ev, _) = load_as_organiser(&state, &ctx, id).await?;
    let tr = &ctx.tr;
    let v = voting(&state);
    let (statement, bars, total_text) = match v.open_one(&ev).await? {
        Some(st) => {
            let t = v.tally(&st).await?;
            (
                Some((st.id, st.text.clone())),
                bars(tr, st.scale, &t),
                tr.tn("voting-votes", t.total),
            )
        }
        None => (None, Vec::new(), String::new()),
    };
    let mut labels: HashMap<String, String> = HashMap::new();
    for scale in Scale::ALL {
        for val in scale.values() {
            labels.insert(scale.answer_code(*val), answer_label(tr, *scale, *val));
        }
    }
    labels.insert("none".into(), tr.t("voting-none-open"));
    render(&ProjectorPage {
        c: Chrome::new(&ctx, &tr.t("voting-projector-title")),
        event_id: ev.id,
        event_title: ev.title.clone(),
        statement,
        bars,
        total_text,
        labels: serde_json::to_string(&labels).unwrap_or_default(),
    })
}

// ---- the live stream ----

/// What the live stream carries: the open statement and, for organisers, its tally.
#[derive(Serialize)]
pub struct Live {
    pub statement: Option<LiveStatement>,
    pub tally: Option<Tally>,
    /// The tally's total in words ("12 votes"), for organisers.
    pub total_text: Option<String>,
}

#[derive(Serialize)]
pub struct LiveStatement {
    pub id: Id,
    pub text: String,
    pub scale: Scale,
}

async fn live_state(
    state: &AppState,
    tr: &Tr,
    viewer: &EventViewer,
    ev: &Event,
) -> DomainResult<Live> {
    let v = voting(state);
    let Some(st) = v.open_one(ev).await? else {
        return Ok(Live {
            statement: None,
            tally: None,
            total_text: None,
        });
    };
    let tally = if viewer.is_organiser(ev) {
        Some(v.tally(&st).await?)
    } else {
        None
    };
    Ok(Live {
        total_text: tally.as_ref().map(|t| tr.tn("voting-votes", t.total)),
        tally,
        statement: Some(LiveStatement {
            id: st.id,
            text: st.text,
            scale: st.scale,
        }),
    })
}

/// How often the database is re-read while waiting (changes from other processes).
const REREAD: Duration = Duration::from_secs(2);
/// How soon the browser reconnects after the stream broke, in milliseconds.
const RETRY_MS: u64 = 500;

/// What the stream carries between events.
struct LiveStream {
    state: AppState,
    tr: Tr,
    viewer: EventViewer,
    ev: Event,
    wake: watch::Receiver<u64>,
    /// The version the client has (from `Last-Event-ID` on a reconnect).
    seen: Option<String>,
}

impl LiveStream {
    /// Waits until the open statement or its tally differs from what the client has, then
    /// returns it as an event; `None` ends the stream (the browser reconnects).
    async fn next_change(mut self) -> Option<(Result<sse::Event, Infallible>, Self)> {
        loop {
            let current = live_state(&self.state, &self.tr, &self.viewer, &self.ev)
                .await
                .ok()?;
            let data = serde_json::to_string(&current).ok()?;
            let mut h = std::collections::hash_map::DefaultHasher::new();
            data.hash(&mut h);
            let version = format!("{:016x}", h.finish());
            if self.seen.as_deref() != Some(version.as_str()) {
                self.seen = Some(version.clone());
                let event = sse::Event::default()
                    .id(version)
                    .retry(Duration::from_millis(RETRY_MS))
                    .data(data);
                return Some((Ok(event), self));
            }
            // A vote, open or close in this process wakes us at once; other processes' changes
            // are picked up by the periodic re-read.
            let _ = tokio::time::timeout(REREAD, self.wake.changed()).await;
        }
    }
}

/// The open statement (and, for organisers, its tally) as server-sent events: one now, then
/// one per change, with keep-alive comments in between.
async fn live(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    headers: HeaderMap,
) -> PageResult {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    let seen = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let start = LiveStream {
        wake: subscribe(id),
        state,
        tr: ctx.tr.clone(),
        viewer,
        ev,
        seen,
    };
    let stream = futures_util::stream::unfold(start, LiveStream::next_change);
    Ok(sse::Sse::new(stream)
        .keep_alive(sse::KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response())
}
