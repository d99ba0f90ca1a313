//! Events, their agenda and stands.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::event_common::events;
use crate::pages::events::EventParams;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, put};
use axum::{Json, Router};
use klaster_domain::agenda::{Agenda, Material, RawSessionInput, Session, Speaker};
use klaster_domain::events::{
    Event, EventKind, EventViewer, EventVisibility, OrgRef, RawEventInput, RawText, When,
};
use klaster_domain::stands::{RawStandInput, Stand, Stands};
use klaster_domain::*;
use serde::Serialize;
use time::OffsetDateTime;
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events", get(list).post(create))
        .route("/events/{id}", get(get_one).put(update))
        .route(
            "/events/{id}/sessions",
            get(agenda_sessions).post(create_session),
        )
        .route(
            "/events/{id}/sessions/{sid}",
            put(update_session).delete(delete_session),
        )
        .route("/events/{id}/stands", get(stands).post(take_stand))
}

async fn viewer(state: &AppState, ctx: &Ctx) -> Result<EventViewer, ApiError> {
    Ok(EventViewer::of(&*state.repo, &ctx.actor).await?)
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct EventList {
    pub items: Vec<Event>,
    pub total: usize,
}

/// The events the caller may see that pass the filters (upcoming by default, soonest first;
/// past events latest first).
#[utoipa::path(get, path = "/api/v1/events", params(EventParams),
    responses((status = 200, body = EventList), (status = 422, body = ApiErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<EventParams>,
) -> Result<Json<EventList>, ApiError> {
    let filter = params.to_filter().map_err(DomainError::Validation)?;
    let v = viewer(&state, &ctx).await?;
    let items = events(&state)
        .list(&v, &filter, OffsetDateTime::now_utc())
        .await?;
    Ok(Json(EventList {
        total: items.len(),
        items,
    }))
}

/// Announce an event; the caller must administer one of the organisers (or be a platform
/// administrator). Times are local to `timezone`.
#[utoipa::path(post, path = "/api/v1/events", request_body = RawEventInput,
    responses((status = 201, body = Event), (status = 401, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(raw): ApiJson<RawEventInput>,
) -> Result<impl IntoResponse, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let ev = events(&state).create(&v, &raw).await?;
    Ok((StatusCode::CREATED, Json(ev)))
}

/// One event; members-only events are 404 for people outside the organisers' circle.
#[utoipa::path(get, path = "/api/v1/events/{id}", params(("id" = i64, Path)),
    responses((status = 200, body = Event), (status = 404, body = ApiErrorBody)))]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Event>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(events(&state).get(&v, id).await?))
}

/// Replace an event's fields (its organisers only).
#[utoipa::path(put, path = "/api/v1/events/{id}", params(("id" = i64, Path)), request_body = RawEventInput,
    responses((status = 200, body = Event), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawEventInput>,
) -> Result<Json<Event>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(events(&state).update(&v, id, &raw).await?))
}

fn agenda(state: &AppState) -> Agenda<'_> {
    Agenda { repo: &*state.repo }
}

/// The agenda: sessions in time order with speakers and materials.
#[utoipa::path(get, path = "/api/v1/events/{id}/sessions", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Session>), (status = 404, body = ApiErrorBody)))]
pub async fn agenda_sessions(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<Session>>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(agenda(&state).list(&v, id).await?))
}

/// Add a session (organisers). Times are local to the event's time zone and within its days.
#[utoipa::path(post, path = "/api/v1/events/{id}/sessions", params(("id" = i64, Path)), request_body = RawSessionInput,
    responses((status = 201, body = Session), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawSessionInput>,
) -> Result<impl IntoResponse, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let s = agenda(&state).create_session(&v, id, &raw).await?;
    Ok((StatusCode::CREATED, Json(s)))
}

/// Replace a session's fields (organisers).
#[utoipa::path(put, path = "/api/v1/events/{id}/sessions/{sid}", params(("id" = i64, Path), ("sid" = i64, Path)), request_body = RawSessionInput,
    responses((status = 200, body = Session), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawSessionInput>,
) -> Result<Json<Session>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(
        agenda(&state).update_session(&v, id, sid, &raw).await?,
    ))
}

/// Delete a session with its speakers and materials (organisers).
#[utoipa::path(delete, path = "/api/v1/events/{id}/sessions/{sid}", params(("id" = i64, Path), ("sid" = i64, Path)),
    responses((status = 204), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn delete_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    let v = viewer(&state, &ctx).await?;
    agenda(&state).delete_session(&v, id, sid).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The stands at the event.
#[utoipa::path(get, path = "/api/v1/events/{id}/stands", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Stand>), (status = 404, body = ApiErrorBody)))]
pub async fn stands(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<Stand>>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(Stands { repo: &*state.repo }.list(&v, id).await?))
}

/// Take a stand for an organisation the caller administers (offer up to 2000 characters);
/// refused once the event has ended.
#[utoipa::path(post, path = "/api/v1/events/{id}/stands", params(("id" = i64, Path)), request_body = RawStandInput,
    responses((status = 201, body = Stand), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn take_stand(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawStandInput>,
) -> Result<impl IntoResponse, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let s = Stands { repo: &*state.repo }
        .take(&v, id, &raw, OffsetDateTime::now_utc())
        .await?;
    Ok((StatusCode::CREATED, Json(s)))
}

#[derive(OpenApi)]
#[openapi(
    paths(
        list,
        create,
        get_one,
        update,
        agenda_sessions,
        create_session,
        update_session,
        delete_session,
        stands,
        take_stand
    ),
    components(schemas(
        EventList,
        Event,
        OrgRef,
        EventKind,
        EventVisibility,
        When,
        RawEventInput,
        RawText,
        Session,
        Speaker,
        Material,
        RawSessionInput,
        Stand,
        RawStandInput,
        LocalizedText
    ))
)]
pub struct Doc;
