//! Pages: brokerage events — meetings (issue 6): the organiser's dashboard (scheduler runs,
//! publishing, the slot × table grid, the CSV export, every agenda printed), one meeting (lock,
//! move, outcome), and a participant's agenda on the web, as iCalendar and printable.

use super::brokerage_common::BrokerageNav;
use super::calendar::{feed_body, ics};
use super::event_common::{clock, load, local_date, EventNav};
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
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::brokerage::{MeetingOutcome, MeetingSlot, Priority};
use klaster_domain::brokerage_meetings::*;
use klaster_domain::events::{Event, EventViewer};
use klaster_domain::ical::Appointment;
use klaster_domain::*;
use time::OffsetDateTime;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/brokerage/dashboard", get(dashboard))
        .route("/events/{id}/brokerage/schedule", post(schedule))
        .route("/events/{id}/brokerage/publish", post(publish))
        .route("/events/{id}/brokerage/meetings.csv", get(export_csv))
        .route("/events/{id}/brokerage/agendas/print", get(print_all))
        .route("/events/{id}/brokerage/meetings/{rid}", get(meeting))
        .route("/events/{id}/brokerage/meetings/{rid}/lock", post(lock))
        .route("/events/{id}/brokerage/meetings/{rid}/unlock", post(unlock))
        .route(
            "/events/{id}/brokerage/meetings/{rid}/move",
            post(move_meeting),
        )
        .route(
            "/events/{id}/brokerage/meetings/{rid}/outcome",
            post(outcome),
        )
        .route("/events/{id}/brokerage/agenda", get(agenda))
        .route("/events/{id}/brokerage/agenda.ics", get(agenda_ics))
        .route("/events/{id}/brokerage/agenda/print", get(agenda_print))
}

pub fn meetings(state: &AppState) -> BrokerageMeetings<'_> {
    BrokerageMeetings { repo: &*state.repo }
}

/// Runs the scheduler on tokio's blocking threads, so a run of seconds holds up no request.
pub async fn on_blocking_thread(job: SolveJob) -> DomainResult<Solved> {
    tokio::task::spawn_blocking(move || job.run())
        .await
        .map_err(DomainError::internal)?
}

/// The brokerage sub-navigation; `joined` when the viewer takes part.
async fn bnav(
    state: &AppState,
    ctx: &Ctx,
    ev: &Event,
    viewer: &EventViewer,
    active: &str,
) -> DomainResult<BrokerageNav> {
    let joined = match viewer.user_id {
        Some(u) => state
            .repo
            .brokerage_participant_of_user(ev.id, u)
            .await?
            .is_some(),
        None => false,
    };
    Ok(BrokerageNav::new(&ctx.tr, ev, viewer, joined, active))
}

/// "Table 3", "Online", "Booth A12"; nothing for a table not assigned yet.
pub fn place(tr: &Tr, venue: &Venue) -> String {
    match venue {
        Venue::Table { table: Some(t) } => {
            tr.ta("bkm-table-n", [("table", t.to_string().as_str())])
        }
        Venue::Table { table: None } => String::new(),
        Venue::Online => tr.t("bkm-online"),
        Venue::Booth { booth } => tr.ta("bkm-booth", [("booth", booth.as_str())]),
    }
}

fn slot_time(s: &MeetingSlot, tz: &str) -> String {
    format!("{}–{}", clock(s.starts_at, tz), clock(s.ends_at, tz))
}

fn slot_label(tr: &Tr, s: &MeetingSlot, tz: &str) -> String {
    format!("{}, {}", local_date(tr, s.starts_at, tz), slot_time(s, tz))
}

fn priority_label(tr: &Tr, p: Priority) -> String {
    tr.t(&format!("bkm-priority-{}", p.code().replace('_', "-")))
}

fn outcome_label(tr: &Tr, o: MeetingOutcome) -> String {
    tr.t(&format!("bkm-outcome-{}", o.code().replace('_', "-")))
}

fn outcome_options(tr: &Tr, current: Option<MeetingOutcome>) -> Vec<Opt> {
    MeetingOutcome::ALL
        .iter()
        .map(|o| Opt {
            value: o.code().to_string(),
            label: outcome_label(tr, *o),
            selected: current == Some(*o),
        })
        .collect()
}

/// Validation problems as "Field: message" lines.
fn problems(tr: &Tr, errors: &FieldErrors) -> Vec<String> {
    errors
        .fields
        .iter()
        .map(|f| {
            format!(
                "{}: {}",
                tr.t(&format!("bkm-field-{}", f.field.replace('_', "-"))),
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

// ---- the organiser's dashboard ----

pub struct ReportView {
    pub status_code: &'static str,
    pub status: String,
    pub ran_at: String,
    pub scheduled: String,
    pub meetings_bound: String,
    pub weight: String,
    pub weight_bound: String,
    pub weight_gap: String,
    pub breaks: String,
    pub breaks_bound: String,
    pub seconds: String,
    pub kept: String,
    pub moved: String,
    pub engine: String,
    pub options: String,
}

impl ReportView {
    fn new(tr: &Tr, r: &RunReport, tz: &str) -> Self {
        let mut options = vec![tr.ta(
            "bkm-report-time-limit",
            [("seconds", tr.num(r.time_limit as i64).as_str())],
        )];
        if r.schedule_all {
            options.push(tr.t("bkm-run-schedule-all"));
        }
        if let Some(b) = r.max_breaks {
            options.push(tr.tn("bkm-report-max-breaks", b as i64));
        }
        ReportView {
            status_code: r.status.code(),
            status: tr.t(&format!("bkm-status-{}", r.status.code())),
            ran_at: format!("{}, {}", local_date(tr, r.ran_at, tz), clock(r.ran_at, tz)),
            scheduled: format!(
                "{} / {}",
                tr.num(r.meetings_scheduled as i64),
                tr.num(r.meetings_requested as i64)
            ),
            meetings_bound: tr.num(r.meetings_upper_bound as i64),
            weight: tr.num(r.weight_scheduled as i64),
            weight_bound: tr.num(r.weight_upper_bound as i64),
            weight_gap: format!("{}\u{a0}%", tr.dec(r.weight_gap() * 100.0, 1)),
            breaks: tr.num(r.breaks as i64),
            breaks_bound: tr.num(r.breaks_lower_bound as i64),
            seconds: tr.ta("bkm-seconds", [("seconds", tr.dec(r.seconds, 1).as_str())]),
            kept: tr.num(r.kept as i64),
            moved: tr.num(r.moved as i64),
            engine: r.engine.clone(),
            options: options.join(" · "),
        }
    }
}

/// A meeting in a cell of the grid.
pub struct Cell {
    pub id: Id,
    pub names: String,
    /// Online or the booth, for meetings outside the shared tables.
    pub place: String,
    pub locked: bool,
    pub published: bool,
}

pub struct GridRow {
    /// The date, on the first slot of each day.
    pub day: Option<String>,
    pub time: String,
    /// Per shared table (1..L), the meetings there (more than one only in broken data).
    pub tables: Vec<Vec<Cell>>,
    /// Online meetings and meetings at a booth.
    pub elsewhere: Vec<Cell>,
}

pub struct Unplaced {
    pub id: Id,
    pub names: String,
    pub priority: String,
    pub reason: String,
}

pub struct Stat {
    pub label: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "brokerage_dashboard.html")]
struct DashboardPage {
    c: Chrome,
    nav: EventNav,
    bnav: BrokerageNav,
    report: Option<ReportView>,
    published_at: Option<String>,
    stats: Vec<Stat>,
    table_numbers: Vec<i64>,
    rows: Vec<GridRow>,
    unplaced: Vec<Unplaced>,
    unplaced_count: String,
    can_publish: bool,
    time_limit: String,
    schedule_all: bool,
    max_breaks: String,
    problems: Vec<String>,
}

fn names(v: &MeetingView) -> String {
    format!(
        "{} – {}",
        v.meeting.requester.name, v.meeting.recipient.name
    )
}

async fn dashboard_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    form: &FormData,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let (ev, viewer) = load(state, ctx, id).await?;
    let d = meetings(state).dashboard(&viewer, id).await?;
    let tz = &ev.timezone;
    let s = &d.stats;
    let stats = [
        ("bkm-stat-participants", s.participants),
        ("bkm-stat-requested", s.requested),
        ("bkm-stat-pending", s.pending),
        ("bkm-stat-accepted", s.accepted),
        ("bkm-stat-declined", s.declined),
        ("bkm-stat-cancelled", s.cancelled),
        ("bkm-stat-scheduled", s.scheduled),
        ("bkm-stat-unscheduled", s.unscheduled),
        ("bkm-stat-published", s.published),
        ("bkm-stat-held", s.held),
        ("bkm-stat-no-shows", s.no_shows),
        ("bkm-stat-follow-ups", s.follow_ups),
        ("bkm-stat-agreements", s.agreements),
    ]
    .into_iter()
    .map(|(key, n)| Stat {
        label: tr.t(key),
        value: tr.num(n as i64),
    })
    .collect();
    let tables = d.settings.input.tables.max(0);
    let mut rows: Vec<GridRow> = Vec::with_capacity(d.slots.len());
    for (i, slot) in d.slots.iter().enumerate() {
        let new_day = i == 0 || d.slots[i - 1].day != slot.day;
        rows.push(GridRow {
            day: new_day.then(|| local_date(tr, slot.starts_at, tz)),
            time: slot_time(slot, tz),
            tables: (0..tables).map(|_| Vec::new()).collect(),
            elsewhere: Vec::new(),
        });
    }
    for v in &d.meetings {
        let Some(slot) = v.slot else { continue };
        let cell = Cell {
            id: v.meeting.id,
            names: names(v),
            place: place(tr, &v.venue),
            locked: v.meeting.locked,
            published: v.meeting.published,
        };
        let row = &mut rows[slot.index];
        match v.venue {
            Venue::Table { table: Some(t) } if (1..=tables).contains(&t) => {
                row.tables[t as usize - 1].push(cell)
            }
            _ => row.elsewhere.push(cell),
        }
    }
    let unplaced: Vec<Unplaced> = d
        .unscheduled
        .iter()
        .filter_map(|(rid, reason)| {
            let v = d.meetings.iter().find(|v| v.meeting.id == *rid)?;
            Some(Unplaced {
                id: *rid,
                names: names(v),
                priority: priority_label(tr, v.meeting.priority),
                reason: tr.t(&format!("bkm-reason-{}", reason.code().replace('_', "-"))),
            })
        })
        .collect();
    let text = |key: &str, default: String| form.opt(key).unwrap_or(default);
    let page = DashboardPage {
        c: Chrome::new(ctx, &format!("{} · {}", tr.t("bkm-dashboard"), ev.title)),
        nav: EventNav::new(tr, &ev, &viewer, "/brokerage"),
        bnav: bnav(state, ctx, &ev, &viewer, "/dashboard").await?,
        report: d.report.as_ref().map(|r| ReportView::new(tr, r, tz)),
        published_at: d
            .settings
            .published_at
            .map(|t| format!("{}, {}", local_date(tr, t, tz), clock(t, tz))),
        stats,
        table_numbers: (1..=tables).collect(),
        rows,
        unplaced_count: tr.tn("bkm-unplaced-count", unplaced.len() as i64),
        unplaced,
        can_publish: d.stats.scheduled > 0,
        time_limit: text("time_limit", DEFAULT_TIME_LIMIT.to_string()),
        schedule_all: form.checked("schedule_all"),
        max_breaks: text("max_breaks", String::new()),
        problems: problems(tr, &errors),
    };
    render_status(status_of(&errors), &page)
}

pub async fn dashboard(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    dashboard_page(&state, &ctx, id, &FormData::default(), FieldErrors::new()).await
}

/// A whole number from a form field: empty is none, anything else that is no number is `bad`.
fn number(form: &FormData, key: &str, bad: i64) -> Option<i64> {
    form.opt(key)
        .map(|v| v.trim().parse::<i64>().unwrap_or(bad))
}

pub async fn schedule(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let raw = RawRunOptions {
        time_limit: number(&form, "time_limit", -1),
        schedule_all: form.checked("schedule_all"),
        max_breaks: number(&form, "max_breaks", -1),
    };
    let r = meetings(&state)
        .schedule(
            &viewer,
            id,
            &raw,
            OffsetDateTime::now_utc(),
            on_blocking_thread,
        )
        .await;
    match r {
        Ok(_) => Ok(see_other(&format!(
            "/events/{id}/brokerage/dashboard#report"
        ))),
        Err(DomainError::Validation(e)) => dashboard_page(&state, &ctx, id, &form, e).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    match meetings(&state)
        .publish(&viewer, id, OffsetDateTime::now_utc())
        .await
    {
        Ok(_) => Ok(see_other(&format!("/events/{id}/brokerage/dashboard"))),
        Err(DomainError::Validation(e)) => dashboard_page(&state, &ctx, id, &form, e).await,
        Err(e) => Err(e.into()),
    }
}

/// From a grid cell (`from=dashboard`) back to the grid, else to the meeting's page.
async fn set_lock(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    rid: Id,
    form: &FormData,
    on: bool,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let from_grid = form.get("from") == Some("dashboard");
    match meetings(state).set_locked(&viewer, id, rid, on).await {
        Ok(_) if from_grid => Ok(see_other(&format!(
            "/events/{id}/brokerage/dashboard#cell-{rid}"
        ))),
        Ok(_) => Ok(see_other(&format!("/events/{id}/brokerage/meetings/{rid}"))),
        Err(DomainError::Validation(e)) => {
            meeting_page(state, ctx, id, rid, &FormData::default(), e).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn lock(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    set_lock(&state, &ctx, id, rid, &form, true).await
}

pub async fn unlock(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    set_lock(&state, &ctx, id, rid, &form, false).await
}

pub async fn export_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Response, PageError> {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let tr = &ctx.tr;
    let h = CsvHeadings {
        date: tr.t("bkm-csv-date"),
        time: tr.t("bkm-csv-time"),
        place: tr.t("bkm-csv-place"),
        requester: tr.t("bkm-csv-requester"),
        requester_org: tr.t("bkm-csv-requester-org"),
        recipient: tr.t("bkm-csv-recipient"),
        recipient_org: tr.t("bkm-csv-recipient-org"),
        priority: tr.t("bkm-csv-priority"),
        status: tr.t("bkm-csv-status"),
        published: tr.t("bkm-csv-published"),
        outcome: tr.t("bkm-csv-outcome"),
        outcome_note: tr.t("bkm-csv-outcome-note"),
    };
    let csv = meetings(&state)
        .csv(&viewer, id, &h, |v| place(tr, v))
        .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"meetings-{id}.csv\""),
            ),
        ],
        csv,
    )
        .into_response())
}

// ---- one meeting (organisers) ----

#[derive(Template)]
#[template(path = "brokerage_meetings_show.html")]
struct MeetingPage {
    c: Chrome,
    nav: EventNav,
    bnav: BrokerageNav,
    m: MeetingView,
    requester_org: String,
    recipient_org: String,
    priority: String,
    when: String,
    place: String,
    uses_table: bool,
    tables: i64,
    slot_options: Vec<Opt>,
    table: String,
    outcome: String,
    outcomes: Vec<Opt>,
    note: String,
    started: bool,
    problems: Vec<String>,
}

async fn meeting_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    rid: Id,
    form: &FormData,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let (ev, viewer) = load(state, ctx, id).await?;
    let (b, v) = meetings(state).meeting(&viewer, id, rid).await?;
    let tz = &ev.timezone;
    let chosen = form
        .opt("slot_start")
        .or_else(|| v.slot.map(|s| s.starts_at.unix_timestamp().to_string()));
    let slot_options = b
        .slots
        .iter()
        .map(|s| {
            let value = s.starts_at.unix_timestamp().to_string();
            Opt {
                selected: chosen.as_deref() == Some(value.as_str()),
                label: slot_label(tr, s, tz),
                value,
            }
        })
        .collect();
    let m = &v.meeting;
    let page = MeetingPage {
        c: Chrome::new(ctx, &format!("{} · {}", names(&v), ev.title)),
        nav: EventNav::new(tr, &ev, &viewer, "/brokerage"),
        bnav: bnav(state, ctx, &ev, &viewer, "/dashboard").await?,
        requester_org: m.requester.org_name.clone().unwrap_or_default(),
        recipient_org: m.recipient.org_name.clone().unwrap_or_default(),
        priority: priority_label(tr, m.priority),
        when: v.slot.map(|s| slot_label(tr, &s, tz)).unwrap_or_default(),
        place: place(tr, &v.venue),
        uses_table: v.venue.uses_table(),
        tables: b.settings.input.tables,
        slot_options,
        table: form
            .opt("table")
            .or_else(|| m.placement.and_then(|p| p.table).map(|t| t.to_string()))
            .unwrap_or_default(),
        outcome: m.outcome.map(|o| outcome_label(tr, o)).unwrap_or_default(),
        outcomes: outcome_options(tr, m.outcome),
        note: form
            .opt("note")
            .or_else(|| m.outcome_note.clone())
            .unwrap_or_default(),
        started: v
            .slot
            .is_some_and(|s| s.starts_at <= OffsetDateTime::now_utc()),
        problems: problems(tr, &errors),
        m: v,
    };
    render_status(status_of(&errors), &page)
}

pub async fn meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
) -> PageResult {
    meeting_page(
        &state,
        &ctx,
        id,
        rid,
        &FormData::default(),
        FieldErrors::new(),
    )
    .await
}

pub async fn move_meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let slot_start = form
        .get("slot_start")
        .and_then(|v| v.trim().parse::<i64>().ok())
        .and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok());
    let r = match slot_start {
        Some(slot_start) => {
            let raw = RawMove {
                slot_start,
                table: number(&form, "table", 0),
            };
            meetings(&state)
                .move_to(&viewer, id, rid, &raw)
                .await
                .map(|_| ())
        }
        None => Err(DomainError::field("slot_start", "choose a slot")),
    };
    match r {
        Ok(()) => Ok(see_other(&format!("/events/{id}/brokerage/meetings/{rid}"))),
        Err(DomainError::Validation(e)) => meeting_page(&state, &ctx, id, rid, &form, e).await,
        Err(e) => Err(e.into()),
    }
}

/// Recorded from the agenda (participants) or the meeting's page (organisers): `from` says
/// which page to return to.
pub async fn outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let raw = RawOutcome {
        outcome: form.text("outcome"),
        note: form.text("note"),
    };
    let r = meetings(&state)
        .record_outcome(&viewer, id, rid, &raw, OffsetDateTime::now_utc())
        .await;
    let from_agenda = form.get("from") != Some("meeting");
    match r {
        Ok(_) if from_agenda => Ok(see_other(&format!(
            "/events/{id}/brokerage/agenda#meeting-{rid}"
        ))),
        Ok(_) => Ok(see_other(&format!("/events/{id}/brokerage/meetings/{rid}"))),
        Err(DomainError::Validation(e)) if from_agenda => {
            agenda_page(&state, &ctx, id, Some((rid, &form)), e).await
        }
        Err(DomainError::Validation(e)) => meeting_page(&state, &ctx, id, rid, &form, e).await,
        Err(e) => Err(e.into()),
    }
}

// ---- a participant's agenda ----

pub struct EntryView {
    pub id: Id,
    pub place: String,
    pub partner: String,
    pub partner_org: String,
    pub offer: String,
    pub message: String,
    pub priority: String,
    pub outcome: String,
    pub note: String,
    pub outcomes: Vec<Opt>,
    pub started: bool,
}

pub struct AgendaRow {
    pub day: Option<String>,
    pub time: String,
    /// None: a free slot.
    pub entry: Option<EntryView>,
}

#[derive(Template)]
#[template(path = "brokerage_agenda.html")]
struct AgendaPage {
    c: Chrome,
    nav: EventNav,
    bnav: BrokerageNav,
    published: bool,
    count: String,
    rows: Vec<AgendaRow>,
    problems: Vec<String>,
}

/// The agenda's rows: meetings and free slots in time order, the date on each day's first row.
/// `tried` keeps what was typed into one meeting's outcome form.
fn agenda_rows(tr: &Tr, tz: &str, a: &Agenda, tried: Option<(Id, &FormData)>) -> Vec<AgendaRow> {
    let mut items: Vec<(MeetingSlot, Option<&AgendaEntry>)> = a
        .entries
        .iter()
        .map(|e| (e.slot, Some(e)))
        .chain(a.free_slots.iter().map(|s| (*s, None)))
        .collect();
    items.sort_by_key(|(s, _)| s.starts_at);
    let mut last_day = None;
    items
        .into_iter()
        .map(|(slot, entry)| {
            let day = (last_day != Some(slot.day)).then(|| local_date(tr, slot.starts_at, tz));
            last_day = Some(slot.day);
            AgendaRow {
                day,
                time: slot_time(&slot, tz),
                entry: entry.map(|e| {
                    let typed = tried.filter(|(rid, _)| *rid == e.request_id).map(|t| t.1);
                    let chosen = typed
                        .and_then(|f| MeetingOutcome::parse(&f.text("outcome")).ok())
                        .or(e.outcome);
                    EntryView {
                        id: e.request_id,
                        place: place(tr, &e.venue),
                        partner: e.partner.name.clone(),
                        partner_org: e.partner.org_name.clone().unwrap_or_default(),
                        offer: e.partner_offer.clone(),
                        message: e.message.clone(),
                        priority: priority_label(tr, e.priority),
                        outcome: e.outcome.map(|o| outcome_label(tr, o)).unwrap_or_default(),
                        note: typed
                            .map(|f| f.text("note"))
                            .or_else(|| e.outcome_note.clone())
                            .unwrap_or_default(),
                        outcomes: outcome_options(tr, chosen),
                        started: e.started,
                    }
                }),
            }
        })
        .collect()
}

async fn agenda_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    tried: Option<(Id, &FormData)>,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let (ev, viewer) = load(state, ctx, id).await?;
    let a = meetings(state)
        .agenda(&viewer, id, OffsetDateTime::now_utc())
        .await?;
    let page = AgendaPage {
        c: Chrome::new(ctx, &format!("{} · {}", tr.t("bk-nav-agenda"), ev.title)),
        nav: EventNav::new(tr, &ev, &viewer, "/brokerage"),
        bnav: BrokerageNav::new(tr, &ev, &viewer, true, "/agenda"),
        published: a.published,
        count: tr.tn("bkm-agenda-count", a.entries.len() as i64),
        rows: agenda_rows(tr, &ev.timezone, &a, tried),
        problems: problems(tr, &errors),
    };
    render_status(status_of(&errors), &page)
}

pub async fn agenda(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    agenda_page(&state, &ctx, id, None, FieldErrors::new()).await
}

/// The agenda's meetings as calendar appointments with stable UIDs.
pub fn appointments(tr: &Tr, ev: &Event, a: &Agenda, stamp: OffsetDateTime) -> Vec<Appointment> {
    a.entries
        .iter()
        .map(|e| {
            let mut description = vec![tr.ta("bkm-ics-event", [("event", ev.title.as_str())])];
            if let Some(org) = &e.partner.org_name {
                description.push(org.clone());
            }
            description.extend(
                [&e.partner_offer, &e.message]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .cloned(),
            );
            let location: Vec<String> = [Some(place(tr, &e.venue)), ev.venue.clone()]
                .into_iter()
                .flatten()
                .filter(|p| !p.is_empty())
                .collect();
            Appointment {
                uid: format!("b2b-meeting-{}@klaster", e.request_id),
                stamp,
                starts_at: e.slot.starts_at,
                ends_at: e.slot.ends_at,
                summary: tr.ta("bkm-ics-summary", [("partner", e.partner.name.as_str())]),
                description: description.join("\n\n"),
                location: (!location.is_empty()).then(|| location.join(", ")),
                path: format!("/events/{}/brokerage/agenda", ev.id),
            }
        })
        .collect()
}

pub async fn agenda_ics(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<Id>,
) -> Result<Response, PageError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    let now = OffsetDateTime::now_utc();
    let a = meetings(&state).agenda(&viewer, id, now).await?;
    let name = format!("{} · {}", ctx.tr.t("bk-nav-agenda"), ev.title);
    let body = feed_body(
        &state,
        &ctx,
        &headers,
        &name,
        &[],
        &appointments(&ctx.tr, &ev, &a, now),
    );
    Ok(ics(&format!("meetings-{id}"), body))
}

// ---- printing ----

pub struct PrintRow {
    pub day: Option<String>,
    pub time: String,
    pub place: String,
    pub partner: String,
    pub partner_org: String,
}

pub struct PrintAgenda {
    pub name: String,
    pub org: String,
    pub published: bool,
    pub rows: Vec<PrintRow>,
}

/// A page without navigation, for paper: one agenda per printed page.
#[derive(Template)]
#[template(path = "brokerage_agenda_print.html")]
struct PrintPage {
    c: Chrome,
    event: String,
    when: String,
    agendas: Vec<PrintAgenda>,
}

fn print_agenda(tr: &Tr, tz: &str, a: &Agenda) -> PrintAgenda {
    let mut last_day = None;
    PrintAgenda {
        name: a.participant.name.clone(),
        org: a.participant.org_name.clone().unwrap_or_default(),
        published: a.published,
        rows: a
            .entries
            .iter()
            .map(|e| {
                let day =
                    (last_day != Some(e.slot.day)).then(|| local_date(tr, e.slot.starts_at, tz));
                last_day = Some(e.slot.day);
                PrintRow {
                    day,
                    time: slot_time(&e.slot, tz),
                    place: place(tr, &e.venue),
                    partner: e.partner.name.clone(),
                    partner_org: e.partner.org_name.clone().unwrap_or_default(),
                }
            })
            .collect(),
    }
}

fn print_page(ctx: &Ctx, ev: &Event, agendas: Vec<PrintAgenda>) -> PageResult {
    render(&PrintPage {
        c: Chrome::new(
            ctx,
            &format!("{} · {}", ctx.tr.t("bk-nav-agenda"), ev.title),
        ),
        event: ev.title.clone(),
        when: super::event_common::when_text(&ctx.tr, ev),
        agendas,
    })
}

pub async fn agenda_print(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> PageResult {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    let a = meetings(&state)
        .agenda(&viewer, id, OffsetDateTime::now_utc())
        .await?;
    print_page(&ctx, &ev, vec![print_agenda(&ctx.tr, &ev.timezone, &a)])
}

/// Every participant's agenda (organisers), to print and hand out at the desk.
pub async fn print_all(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let (b, agendas) = meetings(&state)
        .agendas(&viewer, id, OffsetDateTime::now_utc())
        .await?;
    let agendas = agendas
        .iter()
        .map(|a| print_agenda(&ctx.tr, &b.event.timezone, a))
        .collect();
    print_page(&ctx, &b.event, agendas)
}
