//! iCalendar feeds: one event, a person's registered events (private address), an organisation's events.

use super::event_common::{events, load};
use super::see_other;
use crate::auth::new_token;
use crate::context::{CsrfForm, Ctx};
use crate::error::PageError;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::events::{Event, EventViewer, EventVisibility};
use klaster_domain::ical::{calendar, Appointment, EntryStatus, Feed};
use klaster_domain::registration::RegistrationStatus;
use klaster_domain::{Actor, DomainError, DomainResult, Id};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/calendar.ics", get(event_feed))
        .route("/organisations/{id}/events.ics", get(org_feed))
        // The router cannot match `{token}.ics`; the handler checks the suffix.
        .route("/calendar/{file}", get(personal_feed))
        .route("/account/calendar", post(replace_feed))
}

/// `https://host` of this request, for absolute links in feeds; none for an odd Host header.
pub fn base_url(headers: &HeaderMap, secure: bool) -> Option<String> {
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let plausible = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    plausible.then(|| format!("{}://{host}", if secure { "https" } else { "http" }))
}

pub fn ics(name: &str, body: String) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{name}.ics\""),
            ),
        ],
        body,
    )
        .into_response()
}

pub fn feed_body(
    state: &AppState,
    ctx: &Ctx,
    headers: &HeaderMap,
    name: &str,
    entries: &[(&Event, EntryStatus)],
    appointments: &[Appointment],
) -> String {
    let base = base_url(headers, state.config.secure_cookies);
    calendar(
        &Feed {
            name,
            lang: ctx.lang(),
            base_url: base.as_deref(),
        },
        entries,
        appointments,
    )
}

pub async fn event_feed(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<Id>,
) -> Result<Response, PageError> {
    let (ev, _) = load(&state, &ctx, id).await?;
    let body = feed_body(
        &state,
        &ctx,
        &headers,
        &ev.title,
        &[(&ev, EntryStatus::Confirmed)],
        &[],
    );
    Ok(ics(&format!("event-{id}"), body))
}

pub async fn org_feed(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<Id>,
) -> Result<Response, PageError> {
    let org = state.repo.org(id).await?.ok_or(DomainError::NotFound)?;
    let all = state.repo.all_events().await?;
    let entries: Vec<(&Event, EntryStatus)> = all
        .iter()
        .filter(|ev| ev.organised_by(id) && ev.visibility == EventVisibility::Public)
        .map(|ev| (ev, EntryStatus::Confirmed))
        .collect();
    let body = feed_body(&state, &ctx, &headers, &org.name, &entries, &[]);
    Ok(ics(&format!("organisation-{id}"), body))
}

pub async fn personal_feed(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Result<Response, PageError> {
    let token = file.strip_suffix(".ics").ok_or(DomainError::NotFound)?;
    let user_id = state
        .repo
        .calendar_feed_user(token)
        .await?
        .ok_or(DomainError::NotFound)?;
    let user = state
        .repo
        .user(user_id)
        .await?
        .ok_or(DomainError::NotFound)?;
    // The feed shows what its owner may see, whoever fetches it.
    let owner = Actor {
        memberships: state.repo.memberships(user_id).await?,
        user: Some(user),
    };
    let viewer = EventViewer::of(&*state.repo, &owner).await?;
    let mut events_of_owner = Vec::new();
    for reg in state.repo.user_registrations(user_id).await? {
        if !reg.status.is_active() {
            continue;
        }
        if let Ok(ev) = events(&state).get(&viewer, reg.event_id).await {
            let status = if reg.status == RegistrationStatus::Confirmed {
                EntryStatus::Confirmed
            } else {
                EntryStatus::Tentative
            };
            events_of_owner.push((ev, status));
        }
    }
    let entries: Vec<(&Event, EntryStatus)> =
        events_of_owner.iter().map(|(ev, s)| (ev, *s)).collect();
    // Published B2B meetings come along as appointments of their own.
    let now = time::OffsetDateTime::now_utc();
    let meetings: Vec<Appointment> = super::brokerage_meetings::meetings(&state)
        .agendas_of_user(&viewer, user_id, now)
        .await?
        .iter()
        .flat_map(|(ev, a)| super::brokerage_meetings::appointments(&ctx.tr, ev, a, now))
        .collect();
    let body = feed_body(
        &state,
        &ctx,
        &headers,
        &ctx.tr.t("reg-my-calendar"),
        &entries,
        &meetings,
    );
    Ok(ics("klaster", body))
}

/// The path of the person's feed (created on first use), in the page's language; the page links
/// it, so copying the link gives the full address.
pub async fn feed_path(state: &AppState, ctx: &Ctx, user_id: Id) -> DomainResult<String> {
    let token = state
        .repo
        .calendar_feed_token(user_id, &new_token("cal_"))
        .await?;
    Ok(format!("/calendar/{token}.ics?lang={}", ctx.lang()))
}

/// A new address; the old one stops working (for when it was shared by mistake).
pub async fn replace_feed(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(_): CsrfForm,
) -> Result<Response, PageError> {
    let user = ctx.actor.require_user()?;
    state
        .repo
        .replace_calendar_feed_token(user.id, &new_token("cal_"))
        .await?;
    state
        .repo
        .audit(
            Some(user.id),
            "calendar.replace",
            &format!("user:{}", user.id),
        )
        .await?;
    Ok(see_other("/account#calendar"))
}
