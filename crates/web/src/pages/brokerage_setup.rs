//! Pages: brokerage events — the overview, the organisers' setup (settings, B2B sessions with a
//! preview of their slots, exhibitors' booths), joining with a brokerage profile, availability,
//! and the participant list with suggested partners (issue 6).

use super::brokerage_common::BrokerageNav;
use super::event_common::{clock, load, local_date, EventNav};
use super::layout::Chrome;
use super::orgs::Opt;
use super::{render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx, FormData};
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::brokerage::*;
use klaster_domain::brokerage_setup::*;
use klaster_domain::directory::split_list;
use klaster_domain::events::{Event, EventViewer};
use klaster_domain::marketplace::ProfileStatus;
use klaster_domain::registration::Attendance;
use klaster_domain::*;
use serde::Deserialize;
use std::collections::HashMap;
use time::OffsetDateTime;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/brokerage", get(overview))
        .route(
            "/events/{id}/brokerage/setup",
            get(setup).post(save_settings),
        )
        .route("/events/{id}/brokerage/setup/sessions", post(add_session))
        .route(
            "/events/{id}/brokerage/setup/sessions/{sid}",
            get(edit_session).post(update_session),
        )
        .route(
            "/events/{id}/brokerage/setup/sessions/{sid}/delete",
            post(delete_session),
        )
        .route("/events/{id}/brokerage/setup/booths/{pid}", post(set_booth))
        .route("/events/{id}/brokerage/participants", get(participants))
        .route(
            "/events/{id}/brokerage/profile",
            get(profile).post(save_profile),
        )
        .route("/events/{id}/brokerage/profile/leave", post(leave))
        .route(
            "/events/{id}/brokerage/availability",
            get(availability).post(save_availability),
        )
}

fn service(state: &AppState) -> BrokerageSetup<'_> {
    BrokerageSetup { repo: &*state.repo }
}

/// Suggested partners shown on the participant list.
pub const SUGGESTIONS: usize = 5;

/// The viewer's best partners among the participants, or `None` when there is nothing to rank
/// with: the multilingual model is not loaded, or the viewer has not joined. The texts' vectors
/// are kept by the matchmaking service under `brokerage:{event}:`, so only changed texts are
/// embedded again.
pub async fn suggestions(
    state: &AppState,
    viewer: &EventViewer,
    event_id: Id,
    k: usize,
) -> DomainResult<Option<(Vec<PartnerMatch>, Vec<Participant>)>> {
    let s = service(state);
    let Some(me) = s.me(viewer, event_id).await? else {
        return Ok(None);
    };
    let (_, settings) = s.get(viewer, event_id).await?;
    let Some(settings) = settings else {
        return Ok(None);
    };
    let people = s
        .participants(viewer, event_id, &ParticipantFilter::default())
        .await?;
    let namespace = format!("brokerage:{event_id}:");
    let mut texts = Vec::new();
    for p in &people {
        for (key, text) in [("offer", &p.input.offer), ("seek", &p.input.seek)] {
            if !text.trim().is_empty() {
                texts.push((
                    format!("{namespace}{}", p.id),
                    key.to_string(),
                    text.clone(),
                ));
            }
        }
    }
    let Some(mut found) = state
        .matching
        .namespace_vectors(&*state.repo, &namespace, &texts)
        .await?
    else {
        return Ok(None);
    };
    let vectors: HashMap<Id, ProfileVectors> = people
        .iter()
        .map(|p| {
            let subject = format!("{namespace}{}", p.id);
            let mut take = |key: &str| found.remove(&(subject.clone(), key.to_string()));
            let offer = take("offer");
            let seek = take("seek");
            (p.id, ProfileVectors { offer, seek })
        })
        .collect();
    let ranked = rank_partners(
        &me,
        &people,
        &settings.input,
        &vectors,
        klaster_matching::vector::dot,
        k,
    );
    Ok(Some((ranked, people)))
}

/// Field problems as "Field: message" lines in the page's language.
fn problems(tr: &Tr, errors: &FieldErrors) -> Vec<String> {
    errors
        .fields
        .iter()
        .map(|f| {
            format!(
                "{}: {}",
                tr.t(&format!("bks-field-{}", f.field.replace('_', "-"))),
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

/// "20 April 2027, 09:30" in the event's zone and the page's language.
fn date_time(tr: &Tr, at: OffsetDateTime, ev: &Event) -> String {
    format!(
        "{}, {}",
        local_date(tr, at, &ev.timezone),
        clock(at, &ev.timezone)
    )
}

/// The viewer's participation, if they joined (for the navigation and the buttons).
async fn joined(
    state: &AppState,
    viewer: &EventViewer,
    event_id: Id,
) -> DomainResult<Option<Participant>> {
    match viewer.user_id {
        Some(u) => state.repo.brokerage_participant_of_user(event_id, u).await,
        None => Ok(None),
    }
}

fn title(ctx: &Ctx, key: &str, ev: &Event) -> String {
    format!("{} · {}", ctx.tr.t(key), ev.title)
}

/// One B2B session as the overview and the setup page show it.
pub struct SessionView {
    pub id: Id,
    pub day: String,
    pub time: String,
    pub slot_minutes: String,
    pub breaks: String,
    pub slots: String,
    /// What deleting the session would unplace (organisers' setup page only; empty for none).
    pub placed: String,
}

fn session_views(tr: &Tr, ev: &Event, sessions: &[B2bSession]) -> Vec<SessionView> {
    let all = slots(sessions, &ev.timezone);
    sessions
        .iter()
        .map(|s| SessionView {
            id: s.id,
            day: local_date(tr, s.input.starts_at, &ev.timezone),
            time: format!(
                "{}–{}",
                clock(s.input.starts_at, &ev.timezone),
                clock(s.input.ends_at, &ev.timezone)
            ),
            slot_minutes: tr.tn("bks-minutes", s.input.slot_minutes),
            breaks: s
                .input
                .breaks
                .iter()
                .map(|b| {
                    format!(
                        "{}–{}",
                        clock(b.starts_at, &ev.timezone),
                        clock(b.ends_at, &ev.timezone)
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
            slots: tr.tn(
                "bks-slots-count",
                all.iter().filter(|m| m.session_id == s.id).count() as i64,
            ),
            placed: String::new(),
        })
        .collect()
}

/// The slots of one local day.
pub struct SlotDay {
    pub label: String,
    pub count: String,
    pub slots: Vec<SlotView>,
}

pub struct SlotView {
    /// The slot's start, unix seconds (the availability form's value).
    pub value: i64,
    pub time: String,
    /// Marked as "I cannot attend" (availability form only).
    pub checked: bool,
}

fn slot_days(tr: &Tr, ev: &Event, all: &[MeetingSlot], unavailable: &[i64]) -> Vec<SlotDay> {
    let mut days: Vec<(time::Date, Vec<SlotView>)> = Vec::new();
    for s in all {
        let view = SlotView {
            value: s.starts_at.unix_timestamp(),
            time: format!(
                "{}–{}",
                clock(s.starts_at, &ev.timezone),
                clock(s.ends_at, &ev.timezone)
            ),
            checked: unavailable.contains(&s.starts_at.unix_timestamp()),
        };
        match days.last_mut() {
            Some((d, v)) if *d == s.day => v.push(view),
            _ => days.push((s.day, vec![view])),
        }
    }
    days.into_iter()
        .map(|(d, slots)| SlotDay {
            label: tr.day(d),
            count: tr.tn("bks-slots-count", slots.len() as i64),
            slots,
        })
        .collect()
}

fn phase_text(tr: &Tr, s: &SettingsInput, ev: &Event, now: OffsetDateTime) -> String {
    match (
        s.booking_phase(now),
        s.booking_opens_at,
        s.booking_closes_at,
    ) {
        (BookingPhase::NotYetOpen, Some(o), _) => {
            tr.ta("bks-phase-opens", [("at", date_time(tr, o, ev).as_str())])
        }
        (BookingPhase::Open, _, Some(c)) => tr.ta(
            "bks-phase-open-until",
            [("at", date_time(tr, c, ev).as_str())],
        ),
        (BookingPhase::Closed, _, Some(c)) => {
            tr.ta("bks-phase-closed", [("at", date_time(tr, c, ev).as_str())])
        }
        _ => tr.t("bks-phase-open"),
    }
}

fn mode_text(tr: &Tr, m: RequestMode) -> String {
    tr.t(&format!("bks-mode-{}", m.code()))
}

fn attendance_text(tr: &Tr, a: Attendance) -> String {
    tr.t(&format!("reg-attendance-{}", a.code()))
}

#[derive(Template)]
#[template(path = "brokerage_overview.html")]
struct OverviewPage {
    c: Chrome,
    nav: EventNav,
    bnav: BrokerageNav,
    configured: bool,
    is_organiser: bool,
    login_href: Option<String>,
    phase: String,
    mode: String,
    tables: String,
    max_meetings: Option<String>,
    types: String,
    only_across: bool,
    sessions: Vec<SessionView>,
    counts: Vec<String>,
    me: Option<Participant>,
    ended: bool,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct OverviewParams {
    /// After leaving: how many requests went with the profile.
    left: Option<i64>,
}

pub async fn overview(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(params): Query<OverviewParams>,
) -> PageResult {
    let tr = &ctx.tr;
    let (ev, viewer) = load(&state, &ctx, id).await?;
    let s = service(&state);
    let (_, settings) = s.get(&viewer, id).await?;
    let me = joined(&state, &viewer, id).await?;
    let now = OffsetDateTime::now_utc();
    let sessions = state.repo.b2b_sessions(id).await?;
    let (counts, phase, mode, tables, max_meetings, types, only_across) = match &settings {
        Some(st) => {
            let n = s.counts(&viewer, id).await?;
            let i = &st.input;
            (
                vec![
                    tr.tn("bks-participants-count", n.participants as i64),
                    tr.tn("bks-requested-count", n.requested as i64),
                    tr.tn("bks-accepted-count", n.accepted as i64),
                ],
                phase_text(tr, i, &ev, now),
                mode_text(tr, i.request_mode),
                tr.tn("bks-tables-count", i.tables),
                i.max_meetings.map(|m| tr.tn("bks-max-meetings", m)),
                i.participant_types.join(", "),
                i.only_across_types,
            )
        }
        None => Default::default(),
    };
    let page = OverviewPage {
        c: Chrome::new(&ctx, &title(&ctx, "event-tab-brokerage", &ev)),
        nav: EventNav::new(tr, &ev, &viewer, "/brokerage"),
        bnav: BrokerageNav::new(tr, &ev, &viewer, me.is_some(), ""),
        configured: settings.is_some(),
        is_organiser: viewer.is_organiser(&ev),
        login_href: viewer
            .user_id
            .is_none()
            .then(|| format!("/login?next=/events/{id}/brokerage")),
        phase,
        mode,
        tables,
        max_meetings,
        types,
        only_across,
        sessions: session_views(tr, &ev, &sessions),
        counts,
        me,
        ended: ev.has_ended(now),
        notice: params.left.map(|n| tr.tn("bks-left", n)),
    };
    render_status(StatusCode::OK, &page)
}

pub struct BoothView {
    pub id: Id,
    pub name: String,
    pub org: String,
    pub booth: String,
    pub online: bool,
}

#[derive(Template)]
#[template(path = "brokerage_setup.html")]
struct SetupPage {
    c: Chrome,
    nav: EventNav,
    bnav: BrokerageNav,
    configured: bool,
    s: RawSettingsInput,
    types_text: String,
    modes: Vec<Opt>,
    /// The form the errors belong to: `settings`, `session` or `booth`.
    form: &'static str,
    errors: FieldErrors,
    problems: Vec<String>,
    sessions: Vec<SessionView>,
    new_session: RawB2bSessionInput,
    new_breaks: String,
    preview: Vec<SlotDay>,
    total: String,
    booths: Vec<BoothView>,
}

impl SetupPage {
    /// The errors of the form that was sent; none for the page's other forms.
    fn form_errors(&self, form: &str) -> FieldErrors {
        if self.form == form {
            self.errors.clone()
        } else {
            FieldErrors::new()
        }
    }
}

/// What a failed form sends back to the setup page.
#[derive(Default)]
struct Submitted {
    form: &'static str,
    settings: Option<RawSettingsInput>,
    session: Option<RawB2bSessionInput>,
    errors: FieldErrors,
}

fn mode_options(tr: &Tr, chosen: &str) -> Vec<Opt> {
    RequestMode::ALL
        .iter()
        .map(|m| Opt {
            value: m.code().into(),
            label: mode_text(tr, *m),
            selected: m.code() == chosen,
        })
        .collect()
}

async fn setup_page(state: &AppState, ctx: &Ctx, id: Id, sub: Submitted) -> PageResult {
    let tr = &ctx.tr;
    let (ev, viewer) = load(state, ctx, id).await?;
    let svc = service(state);
    let with_placed = svc.sessions_for_setup(&viewer, id).await?;
    let (_, settings) = svc.get(&viewer, id).await?;
    let me = joined(state, &viewer, id).await?;
    let s = sub.settings.unwrap_or_else(|| match &settings {
        Some(st) => RawSettingsInput::from_settings(&st.input, &ev),
        None => RawSettingsInput {
            tables: Some("10".into()),
            booking_closes: Some(klaster_domain::events::local_input(
                ev.starts_at,
                &ev.timezone,
            )),
            request_mode: RequestMode::NeedsAcceptance.code().into(),
            ..Default::default()
        },
    });
    let new_session = sub.session.unwrap_or_else(|| RawB2bSessionInput {
        starts: klaster_domain::events::local_input(ev.starts_at, &ev.timezone),
        ends: klaster_domain::events::local_input(
            ev.ends_at.min(ev.starts_at + time::Duration::hours(3)),
            &ev.timezone,
        ),
        slot_minutes: Some("20".into()),
        breaks: vec![],
    });
    let sessions: Vec<B2bSession> = with_placed.iter().map(|(s, _)| s.clone()).collect();
    let mut views = session_views(tr, &ev, &sessions);
    for (v, (_, placed)) in views.iter_mut().zip(&with_placed) {
        if *placed > 0 {
            v.placed = tr.tn("bks-placed-warning", *placed as i64);
        }
    }
    let all = slots(&sessions, &ev.timezone);
    let booths = state
        .repo
        .brokerage_participants(id)
        .await?
        .into_iter()
        .map(|p| BoothView {
            id: p.id,
            online: p.is_online(),
            org: p.org_name.clone().unwrap_or_default(),
            booth: p.booth.clone().unwrap_or_default(),
            name: p.name,
        })
        .collect();
    let page = SetupPage {
        c: Chrome::new(ctx, &title(ctx, "bk-nav-setup", &ev)),
        nav: EventNav::new(tr, &ev, &viewer, "/brokerage"),
        bnav: BrokerageNav::new(tr, &ev, &viewer, me.is_some(), "/setup"),
        configured: settings.is_some(),
        types_text: s.participant_types.join("\n"),
        modes: mode_options(tr, &s.request_mode),
        s,
        form: sub.form,
        problems: problems(tr, &sub.errors),
        errors: sub.errors,
        sessions: views,
        new_breaks: new_session.breaks.join("\n"),
        new_session,
        preview: slot_days(tr, &ev, &all, &[]),
        total: tr.tn("bks-slots-count", all.len() as i64),
        booths,
    };
    render_status(status_of(&page.errors), &page)
}

pub async fn setup(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    setup_page(&state, &ctx, id, Submitted::default()).await
}

fn raw_settings(form: &FormData) -> RawSettingsInput {
    RawSettingsInput {
        tables: form.opt("tables"),
        max_meetings: form.opt("max_meetings"),
        booking_opens: form.opt("booking_opens"),
        booking_closes: form.opt("booking_closes"),
        request_mode: form.text("request_mode"),
        participant_types: split_list(&form.text("participant_types")),
        only_across_types: form.checked("only_across_types"),
    }
}

fn raw_session(form: &FormData) -> RawB2bSessionInput {
    RawB2bSessionInput {
        starts: form.text("starts"),
        ends: form.text("ends"),
        slot_minutes: form.opt("slot_minutes"),
        breaks: split_list(&form.text("breaks")),
    }
}

pub async fn save_settings(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let raw = raw_settings(&form);
    match service(&state).save_settings(&viewer, id, &raw).await {
        Ok(_) => Ok(see_other(&format!("/events/{id}/brokerage/setup#settings"))),
        Err(DomainError::Validation(errors)) => {
            let sub = Submitted {
                form: "settings",
                settings: Some(raw),
                errors,
                ..Default::default()
            };
            setup_page(&state, &ctx, id, sub).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn add_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let raw = raw_session(&form);
    match service(&state).create_session(&viewer, id, &raw).await {
        Ok(s) => Ok(see_other(&format!(
            "/events/{id}/brokerage/setup#session-{}",
            s.id
        ))),
        Err(DomainError::Validation(errors)) => {
            let sub = Submitted {
                form: "session",
                session: Some(raw),
                errors,
                ..Default::default()
            };
            setup_page(&state, &ctx, id, sub).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "brokerage_setup_session.html")]
struct SessionPage {
    c: Chrome,
    nav: EventNav,
    bnav: BrokerageNav,
    session_id: Id,
    v: RawB2bSessionInput,
    breaks: String,
    /// What the change may unplace (empty when nothing is placed in the session).
    placed: String,
    errors: FieldErrors,
    problems: Vec<String>,
}

async fn session_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    sid: Id,
    submitted: Option<RawB2bSessionInput>,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let (ev, viewer) = load(state, ctx, id).await?;
    let (session, placed) = service(state)
        .sessions_for_setup(&viewer, id)
        .await?
        .into_iter()
        .find(|(s, _)| s.id == sid)
        .ok_or(DomainError::NotFound)?;
    let me = joined(state, &viewer, id).await?;
    let v =
        submitted.unwrap_or_else(|| RawB2bSessionInput::from_session(&session.input, &ev.timezone));
    let page = SessionPage {
        c: Chrome::new(ctx, &title(ctx, "bks-edit-session", &ev)),
        nav: EventNav::new(tr, &ev, &viewer, "/brokerage"),
        bnav: BrokerageNav::new(tr, &ev, &viewer, me.is_some(), "/setup"),
        session_id: sid,
        breaks: v.breaks.join("\n"),
        v,
        placed: if placed > 0 {
            tr.tn("bks-placed-edit-warning", placed as i64)
        } else {
            String::new()
        },
        problems: problems(tr, &errors),
        errors,
    };
    render_status(status_of(&page.errors), &page)
}

pub async fn edit_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
) -> PageResult {
    session_page(&state, &ctx, id, sid, None, FieldErrors::new()).await
}

pub async fn update_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let raw = raw_session(&form);
    match service(&state).update_session(&viewer, id, sid, &raw).await {
        Ok(_) => Ok(see_other(&format!(
            "/events/{id}/brokerage/setup#session-{sid}"
        ))),
        Err(DomainError::Validation(e)) => session_page(&state, &ctx, id, sid, Some(raw), e).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn delete_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    service(&state).delete_session(&viewer, id, sid).await?;
    Ok(see_other(&format!("/events/{id}/brokerage/setup#sessions")))
}

pub async fn set_booth(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, pid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    match service(&state)
        .set_booth(&viewer, id, pid, &form.text("booth"))
        .await
    {
        Ok(_) => Ok(see_other(&format!(
            "/events/{id}/brokerage/setup#booth-{pid}"
        ))),
        Err(DomainError::Validation(errors)) => {
            let sub = Submitted {
                form: "booth",
                errors,
                ..Default::default()
            };
            setup_page(&state, &ctx, id, sub).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A participant as the list shows them.
pub struct PersonView {
    pub id: Id,
    pub name: String,
    pub org: String,
    pub org_id: Option<Id>,
    pub kind: String,
    pub attendance: String,
    pub booth: String,
    pub offer: String,
    pub seek: String,
    /// Linked published cooperation profiles: (address, title).
    pub profiles: Vec<(String, String)>,
    pub is_me: bool,
}

pub struct SuggestionView {
    pub id: Id,
    pub name: String,
    pub org: String,
    pub reason: String,
    /// 0..1 for the meter, and as a percentage.
    pub score_value: String,
    pub score: String,
}

#[derive(Template)]
#[template(path = "brokerage_participants.html")]
struct ParticipantsPage {
    c: Chrome,
    nav: EventNav,
    bnav: BrokerageNav,
    q: String,
    types: Vec<Opt>,
    attendances: Vec<Opt>,
    count: String,
    people: Vec<PersonView>,
    /// `None`: no suggestions section (the viewer has not joined, or the model is off).
    suggestions: Option<Vec<SuggestionView>>,
    joined: bool,
    ended: bool,
}

pub async fn participants(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(filter): Query<ParticipantFilter>,
) -> PageResult {
    let tr = &ctx.tr;
    let (ev, viewer) = load(&state, &ctx, id).await?;
    let svc = service(&state);
    let (_, settings) = svc.get(&viewer, id).await?;
    let Some(settings) = settings else {
        return Ok(see_other(&format!("/events/{id}/brokerage")));
    };
    let people = svc.participants(&viewer, id, &filter).await?;
    let me = joined(&state, &viewer, id).await?;
    let published = state.repo.profiles(&[ProfileStatus::Published]).await?;
    let profile_link = |pid: &Id| {
        let p = published.iter().find(|p| p.id == *pid)?;
        let text = p
            .input
            .texts
            .iter()
            .find(|t| t.lang.as_str() == tr.code())
            .or_else(|| p.input.texts.first())?;
        Some((format!("/marketplace/{}", p.id), text.title.clone()))
    };
    let views: Vec<PersonView> = people
        .iter()
        .map(|p| PersonView {
            id: p.id,
            name: p.name.clone(),
            org: p.org_name.clone().unwrap_or_default(),
            org_id: p.org_id,
            kind: p.input.participant_type.clone().unwrap_or_default(),
            attendance: attendance_text(tr, p.input.attendance),
            booth: p.booth.clone().unwrap_or_default(),
            offer: p.input.offer.clone(),
            seek: p.input.seek.clone(),
            profiles: p
                .input
                .profile_ids
                .iter()
                .filter_map(&profile_link)
                .collect(),
            is_me: me.as_ref().is_some_and(|m| m.id == p.id),
        })
        .collect();
    let suggestions = suggestions(&state, &viewer, id, SUGGESTIONS)
        .await?
        .map(|(ranked, all)| {
            ranked
                .iter()
                .filter_map(|m| {
                    let p = all.iter().find(|p| p.id == m.participant_id)?;
                    Some(SuggestionView {
                        id: p.id,
                        name: p.name.clone(),
                        org: p.org_name.clone().unwrap_or_default(),
                        reason: tr.t(&format!("bks-reason-{}", m.reason.code())),
                        score_value: format!("{:.2}", m.score.clamp(0.0, 1.0)),
                        score: format!(
                            "{}%",
                            tr.num((m.score.clamp(0.0, 1.0) * 100.0).round() as i64)
                        ),
                    })
                })
                .collect()
        });
    let chosen_type = filter.participant_type.clone().unwrap_or_default();
    let mut types = vec![Opt {
        value: String::new(),
        label: tr.t("bks-all-types"),
        selected: chosen_type.is_empty(),
    }];
    types.extend(settings.input.participant_types.iter().map(|t| Opt {
        value: t.clone(),
        label: t.clone(),
        selected: t.to_lowercase() == chosen_type.to_lowercase(),
    }));
    let chosen_attendance = filter.attendance.clone().unwrap_or_default();
    let mut attendances = vec![Opt {
        value: String::new(),
        label: tr.t("bks-all-attendance"),
        selected: chosen_attendance.is_empty(),
    }];
    attendances.extend(Attendance::ALL.iter().map(|a| Opt {
        value: a.code().into(),
        label: attendance_text(tr, *a),
        selected: a.code() == chosen_attendance,
    }));
    let page = ParticipantsPage {
        c: Chrome::new(&ctx, &title(&ctx, "bk-nav-participants", &ev)),
        nav: EventNav::new(tr, &ev, &viewer, "/brokerage"),
        bnav: BrokerageNav::new(tr, &ev, &viewer, me.is_some(), "/participants"),
        q: filter.q.clone().unwrap_or_default(),
        types,
        attendances,
        count: tr.tn("bks-participants-count", views.len() as i64),
        people: views,
        suggestions,
        joined: me.is_some(),
        ended: ev.has_ended(OffsetDateTime::now_utc()),
    };
    render_status(StatusCode::OK, &page)
}

/// A cooperation profile the person may link.
pub struct ProfileChoice {
    pub id: Id,
    pub title: String,
    pub org: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "brokerage_participants_profile.html")]
struct ProfilePage {
    c: Chrome,
    nav: EventNav,
    bnav: BrokerageNav,
    joined: bool,
    v: RawParticipantInput,
    orgs: Vec<Opt>,
    types: Vec<Opt>,
    attendances: Vec<Opt>,
    profiles: Vec<ProfileChoice>,
    /// How many requests leaving would delete.
    requests: String,
    errors: FieldErrors,
    problems: Vec<String>,
}

async fn profile_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    submitted: Option<RawParticipantInput>,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let (ev, viewer) = load(state, ctx, id).await?;
    let svc = service(state);
    let me = svc.me(&viewer, id).await?;
    let (_, settings) = svc.get(&viewer, id).await?;
    let settings = settings.ok_or(DomainError::NotFound)?;
    let v = submitted.unwrap_or_else(|| match &me {
        Some(p) => RawParticipantInput::from_participant(&p.input),
        None => RawParticipantInput {
            attendance: Attendance::OnSite.code().into(),
            ..Default::default()
        },
    });
    let chosen_org = v.org_id.clone().unwrap_or_default();
    let mut orgs = vec![Opt {
        value: String::new(),
        label: tr.t("bks-no-organisation"),
        selected: chosen_org.is_empty(),
    }];
    let mut profiles = Vec::new();
    for m in &ctx.actor.memberships {
        orgs.push(Opt {
            value: m.organisation_id.to_string(),
            label: m.organisation_name.clone(),
            selected: m.organisation_id.to_string() == chosen_org,
        });
        for p in state.repo.profiles_of_org(m.organisation_id).await? {
            if p.status != ProfileStatus::Published && !v.profile_ids.contains(&p.id) {
                continue;
            }
            profiles.push(ProfileChoice {
                id: p.id,
                title: p
                    .input
                    .texts
                    .first()
                    .map(|t| t.title.clone())
                    .unwrap_or_default(),
                org: m.organisation_name.clone(),
                checked: v.profile_ids.contains(&p.id),
            });
        }
    }
    let chosen_type = v.participant_type.clone().unwrap_or_default();
    let types = settings
        .input
        .participant_types
        .iter()
        .map(|t| Opt {
            value: t.clone(),
            label: t.clone(),
            selected: *t == chosen_type,
        })
        .collect();
    let attendances = Attendance::ALL
        .iter()
        .map(|a| Opt {
            value: a.code().into(),
            label: attendance_text(tr, *a),
            selected: a.code() == v.attendance,
        })
        .collect();
    let requests = match &me {
        Some(p) => state
            .repo
            .meeting_requests(id)
            .await?
            .iter()
            .filter(|r| r.involves(p.id))
            .count(),
        None => 0,
    };
    let key = if me.is_some() {
        "bks-edit-profile"
    } else {
        "bks-join"
    };
    let page = ProfilePage {
        c: Chrome::new(ctx, &title(ctx, key, &ev)),
        nav: EventNav::new(tr, &ev, &viewer, "/brokerage"),
        bnav: BrokerageNav::new(tr, &ev, &viewer, me.is_some(), "/profile"),
        joined: me.is_some(),
        v,
        orgs,
        types,
        attendances,
        profiles,
        requests: tr.tn("bks-leave-warning", requests as i64),
        problems: problems(tr, &errors),
        errors,
    };
    render_status(status_of(&page.errors), &page)
}

pub async fn profile(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    if ctx.actor.user.is_none() {
        return Ok(see_other(&format!(
            "/login?next=/events/{id}/brokerage/profile"
        )));
    }
    profile_page(&state, &ctx, id, None, FieldErrors::new()).await
}

fn raw_participant(form: &FormData) -> RawParticipantInput {
    RawParticipantInput {
        org_id: form.opt("org_id"),
        participant_type: form.opt("participant_type"),
        offer: form.text("offer"),
        seek: form.text("seek"),
        // A value that is no number is no profile either (0): the service rejects it.
        profile_ids: form
            .all("profile_ids")
            .iter()
            .map(|v| v.trim().parse::<Id>().unwrap_or(0))
            .collect(),
        attendance: form.text("attendance"),
    }
}

pub async fn save_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let raw = raw_participant(&form);
    match service(&state)
        .save_me(&viewer, id, &raw, OffsetDateTime::now_utc())
        .await
    {
        Ok(_) => Ok(see_other(&format!("/events/{id}/brokerage"))),
        Err(DomainError::Validation(e)) => profile_page(&state, &ctx, id, Some(raw), e).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn leave(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    match service(&state)
        .leave(&viewer, id, OffsetDateTime::now_utc())
        .await
    {
        Ok(n) => Ok(see_other(&format!("/events/{id}/brokerage?left={n}"))),
        Err(DomainError::Validation(e)) => profile_page(&state, &ctx, id, None, e).await,
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "brokerage_participants_availability.html")]
struct AvailabilityPage {
    c: Chrome,
    nav: EventNav,
    bnav: BrokerageNav,
    days: Vec<SlotDay>,
    unavailable: String,
    saved: bool,
    errors: FieldErrors,
    problems: Vec<String>,
}

#[derive(Deserialize, Default)]
pub struct AvailabilityParams {
    saved: Option<bool>,
}

async fn availability_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    saved: bool,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let (ev, viewer) = load(state, ctx, id).await?;
    let svc = service(state);
    let me = svc.me(&viewer, id).await?.ok_or(DomainError::NotFound)?;
    let all = svc.slots(&viewer, id).await?;
    let page = AvailabilityPage {
        c: Chrome::new(ctx, &title(ctx, "bks-availability", &ev)),
        nav: EventNav::new(tr, &ev, &viewer, "/brokerage"),
        bnav: BrokerageNav::new(tr, &ev, &viewer, true, "/availability"),
        days: slot_days(tr, &ev, &all, &me.unavailable),
        unavailable: tr.tn("bks-unavailable-count", me.unavailable.len() as i64),
        saved,
        problems: problems(tr, &errors),
        errors,
    };
    render_status(status_of(&page.errors), &page)
}

pub async fn availability(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(params): Query<AvailabilityParams>,
) -> PageResult {
    if ctx.actor.user.is_none() {
        return Ok(see_other(&format!(
            "/login?next=/events/{id}/brokerage/availability"
        )));
    }
    availability_page(
        &state,
        &ctx,
        id,
        params.saved.unwrap_or(false),
        FieldErrors::new(),
    )
    .await
}

pub async fn save_availability(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    // A value that is no number is no slot start either (-1): the service rejects it.
    let starts: Vec<i64> = form
        .all("unavailable")
        .iter()
        .map(|v| v.trim().parse::<i64>().unwrap_or(-1))
        .collect();
    match service(&state)
        .set_availability(&viewer, id, &starts, OffsetDateTime::now_utc())
        .await
    {
        Ok(_) => Ok(see_other(&format!(
            "/events/{id}/brokerage/availability?saved=true"
        ))),
        Err(DomainError::Validation(e)) => availability_page(&state, &ctx, id, false, e).await,
        Err(e) => Err(e.into()),
    }
}
