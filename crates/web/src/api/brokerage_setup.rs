//! JSON API: brokerage events — settings, B2B sessions and their slots, booths (organisers);
//! the participant list, suggested partners, and the caller's own brokerage profile and
//! availability (issue 6).

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::brokerage_setup::suggestions as suggested;
use crate::pages::event_common::viewer;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, put};
use axum::{Json, Router};
use klaster_domain::brokerage::*;
use klaster_domain::brokerage_setup::*;
use klaster_domain::registration::Attendance;
use klaster_domain::*;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/events/{id}/brokerage/settings",
            get(settings).put(save_settings),
        )
        .route(
            "/events/{id}/brokerage/sessions",
            get(sessions).post(create_session),
        )
        .route(
            "/events/{id}/brokerage/sessions/{sid}",
            put(update_session).delete(delete_session),
        )
        .route("/events/{id}/brokerage/slots", get(slot_list))
        .route("/events/{id}/brokerage/participants", get(participants))
        .route(
            "/events/{id}/brokerage/participants/{pid}/booth",
            put(set_booth),
        )
        .route("/events/{id}/brokerage/suggestions", get(suggestions))
        .route(
            "/events/{id}/brokerage/me",
            get(me).put(save_me).delete(leave),
        )
        .route("/events/{id}/brokerage/me/availability", put(availability))
}

fn service(state: &AppState) -> BrokerageSetup<'_> {
    BrokerageSetup { repo: &*state.repo }
}

/// The event's brokerage settings with the booking phase now; 404 when the event has none.
#[derive(Serialize, utoipa::ToSchema)]
pub struct SettingsView {
    #[serde(flatten)]
    pub settings: BrokerageSettings,
    pub booking_phase: BookingPhase,
}

/// The brokerage settings of an event (whoever may see the event).
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/settings", params(("id" = i64, Path)),
    responses((status = 200, body = SettingsView), (status = 404, body = ApiErrorBody)))]
pub async fn settings(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<SettingsView>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let (_, s) = service(&state).get(&v, id).await?;
    let settings = s.ok_or(DomainError::NotFound)?;
    Ok(Json(SettingsView {
        booking_phase: settings.input.booking_phase(OffsetDateTime::now_utc()),
        settings,
    }))
}

/// Set up or change the brokerage of an event (its organisers). Times are local to the event's
/// time zone.
#[utoipa::path(put, path = "/api/v1/events/{id}/brokerage/settings", params(("id" = i64, Path)),
    request_body = RawSettingsInput,
    responses((status = 200, body = SettingsView), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn save_settings(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawSettingsInput>,
) -> Result<Json<SettingsView>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let settings = service(&state).save_settings(&v, id, &raw).await?;
    Ok(Json(SettingsView {
        booking_phase: settings.input.booking_phase(OffsetDateTime::now_utc()),
        settings,
    }))
}

/// The B2B sessions, earliest first (whoever may see the event).
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/sessions", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<B2bSession>), (status = 404, body = ApiErrorBody)))]
pub async fn sessions(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<B2bSession>>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(service(&state).sessions(&v, id).await?))
}

/// Add a B2B session (organisers, once the settings are saved): one day's stretch cut into slots
/// of `slot_minutes`, with breaks such as lunch.
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/sessions", params(("id" = i64, Path)),
    request_body = RawB2bSessionInput,
    responses((status = 201, body = B2bSession), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn create_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawB2bSessionInput>,
) -> Result<impl IntoResponse, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let s = service(&state).create_session(&v, id, &raw).await?;
    Ok((StatusCode::CREATED, Json(s)))
}

/// Change a B2B session (organisers). Meetings placed in slots the change removes lose their
/// placement, to be scheduled again.
#[utoipa::path(put, path = "/api/v1/events/{id}/brokerage/sessions/{sid}",
    params(("id" = i64, Path), ("sid" = i64, Path)), request_body = RawB2bSessionInput,
    responses((status = 200, body = B2bSession), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawB2bSessionInput>,
) -> Result<Json<B2bSession>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(
        service(&state).update_session(&v, id, sid, &raw).await?,
    ))
}

/// Delete a B2B session (organisers). Meetings placed in it lose their placement, to be
/// scheduled again.
#[utoipa::path(delete, path = "/api/v1/events/{id}/brokerage/sessions/{sid}",
    params(("id" = i64, Path), ("sid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody)))]
pub async fn delete_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    let v = viewer(&state, &ctx).await?;
    service(&state).delete_session(&v, id, sid).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Every meeting slot of the sessions, in time order (whoever may see the event).
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/slots", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<MeetingSlot>), (status = 404, body = ApiErrorBody)))]
pub async fn slot_list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<MeetingSlot>>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(service(&state).slots(&v, id).await?))
}

/// The participants who pass the filters, by name (signed-in users who may see the event).
/// `unavailable` is listed only for the caller's own entry, and for the organisers.
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/participants",
    params(("id" = i64, Path), ParticipantFilter),
    responses((status = 200, body = Vec<Participant>), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn participants(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(filter): Query<ParticipantFilter>,
) -> Result<Json<Vec<Participant>>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(service(&state).participants(&v, id, &filter).await?))
}

/// An exhibitor's booth; empty or absent clears it.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct BoothInput {
    /// E.g. `A12`, at most 40 characters.
    pub booth: Option<String>,
}

/// Set a participant's booth, where they hold all their meetings (organisers; on-site
/// participants only).
#[utoipa::path(put, path = "/api/v1/events/{id}/brokerage/participants/{pid}/booth",
    params(("id" = i64, Path), ("pid" = i64, Path)), request_body = BoothInput,
    responses((status = 200, body = Participant), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn set_booth(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, pid)): Path<(Id, Id)>,
    ApiJson(body): ApiJson<BoothInput>,
) -> Result<Json<Participant>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let booth = body.booth.unwrap_or_default();
    Ok(Json(service(&state).set_booth(&v, id, pid, &booth).await?))
}

/// Partners suggested to the caller, best first.
#[derive(Serialize, utoipa::ToSchema)]
pub struct SuggestionList {
    /// False without the multilingual model (or before the caller joined): no suggestions then.
    pub available: bool,
    pub suggestions: Vec<Suggestion>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct Suggestion {
    #[serde(flatten)]
    pub matched: PartnerMatch,
    pub name: String,
    pub org_name: Option<String>,
    pub participant_type: Option<String>,
    pub attendance: Attendance,
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SuggestParams {
    /// How many suggestions (1–50, default 5).
    pub k: Option<usize>,
}

/// The participants that best match the caller's brokerage profile: their offer against what the
/// caller looks for and the other way round, across languages (participants who joined).
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/suggestions",
    params(("id" = i64, Path), SuggestParams),
    responses((status = 200, body = SuggestionList), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn suggestions(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(p): Query<SuggestParams>,
) -> Result<Json<SuggestionList>, ApiError> {
    let k = p.k.unwrap_or(crate::pages::brokerage_setup::SUGGESTIONS);
    if !(1..=50).contains(&k) {
        return Err(DomainError::field("k", "must be a whole number from 1 to 50").into());
    }
    let v = viewer(&state, &ctx).await?;
    let Some((ranked, people)) = suggested(&state, &v, id, k).await? else {
        return Ok(Json(SuggestionList {
            available: false,
            suggestions: Vec::new(),
        }));
    };
    let suggestions = ranked
        .into_iter()
        .filter_map(|m| {
            let p = people.iter().find(|p| p.id == m.participant_id)?;
            Some(Suggestion {
                name: p.name.clone(),
                org_name: p.org_name.clone(),
                participant_type: p.input.participant_type.clone(),
                attendance: p.input.attendance,
                matched: m,
            })
        })
        .collect();
    Ok(Json(SuggestionList {
        available: true,
        suggestions,
    }))
}

/// The caller's own brokerage profile; 404 when they have not joined.
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/me", params(("id" = i64, Path)),
    responses((status = 200, body = Participant), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn me(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Participant>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let p = service(&state).me(&v, id).await?;
    Ok(Json(p.ok_or(DomainError::NotFound)?))
}

/// Join the brokerage, or change the caller's profile (signed-in users who may see the event,
/// until it ends).
#[utoipa::path(put, path = "/api/v1/events/{id}/brokerage/me", params(("id" = i64, Path)),
    request_body = RawParticipantInput,
    responses((status = 200, body = Participant), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn save_me(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawParticipantInput>,
) -> Result<Json<Participant>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(
        service(&state)
            .save_me(&v, id, &raw, OffsetDateTime::now_utc())
            .await?,
    ))
}

/// What leaving took with it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Left {
    /// Meeting requests (of any status) deleted with the profile.
    pub requests_deleted: usize,
}

/// Leave the brokerage: the profile and all the caller's requests and meetings are deleted.
#[utoipa::path(delete, path = "/api/v1/events/{id}/brokerage/me", params(("id" = i64, Path)),
    responses((status = 200, body = Left), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn leave(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Left>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let n = service(&state)
        .leave(&v, id, OffsetDateTime::now_utc())
        .await?;
    Ok(Json(Left {
        requests_deleted: n,
    }))
}

/// The slots the caller cannot attend.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct AvailabilityInput {
    /// Slot starts as `GET …/slots` gives them (RFC 3339); every other slot counts as available.
    pub unavailable: Vec<String>,
}

/// Mark the slots the caller cannot attend (replaces the previous list).
#[utoipa::path(put, path = "/api/v1/events/{id}/brokerage/me/availability", params(("id" = i64, Path)),
    request_body = AvailabilityInput,
    responses((status = 200, body = Participant), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn availability(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(body): ApiJson<AvailabilityInput>,
) -> Result<Json<Participant>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let mut starts = Vec::with_capacity(body.unavailable.len());
    for raw in &body.unavailable {
        let t = OffsetDateTime::parse(raw.trim(), &time::format_description::well_known::Rfc3339)
            .map_err(|_| {
            DomainError::field(
                "unavailable",
                "is not the start of a meeting slot of the event",
            )
        })?;
        starts.push(t.unix_timestamp());
    }
    Ok(Json(
        service(&state)
            .set_availability(&v, id, &starts, OffsetDateTime::now_utc())
            .await?,
    ))
}

#[derive(OpenApi)]
#[openapi(
    paths(
        settings,
        save_settings,
        sessions,
        create_session,
        update_session,
        delete_session,
        slot_list,
        participants,
        set_booth,
        suggestions,
        me,
        save_me,
        leave,
        availability
    ),
    components(schemas(
        SettingsView,
        BrokerageSettings,
        SettingsInput,
        RequestMode,
        BookingPhase,
        RawSettingsInput,
        B2bSession,
        B2bSessionInput,
        TimeRange,
        RawB2bSessionInput,
        MeetingSlot,
        Participant,
        ParticipantInput,
        Attendance,
        RawParticipantInput,
        BoothInput,
        SuggestionList,
        Suggestion,
        PartnerMatch,
        MatchReason,
        Left,
        AvailabilityInput
    ))
)]
pub struct Doc;
