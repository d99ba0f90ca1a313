//! Registrations, participant exports and calendar feeds.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::event_common::load;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use klaster_domain::registration::*;
use klaster_domain::{DomainError, Id};
use time::OffsetDateTime;
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/events/{id}/registration",
            get(mine).post(register).delete(cancel),
        )
        .route(
            "/events/{id}/registration/fields",
            get(fields).post(add_field),
        )
        .route(
            "/events/{id}/registration/fields/{fid}",
            put(update_field).delete(delete_field),
        )
        .route("/events/{id}/registrations", get(list))
        .route("/events/{id}/registrations/{rid}/approve", post(approve))
        .route("/events/{id}/registrations/{rid}/reject", post(reject))
        .route(
            "/events/{id}/registrations/{rid}/cancel",
            post(cancel_other),
        )
        .route("/me/registrations", get(my_registrations))
}

fn service(state: &AppState) -> Registrations<'_> {
    Registrations { repo: &*state.repo }
}

/// Register for an event (or change the details of an active registration). The status follows
/// the event's capacity and approval setting: confirmed, pending or waitlisted.
#[utoipa::path(post, path = "/api/v1/events/{id}/registration", params(("id" = i64, Path)),
    request_body = RawRegistration,
    responses((status = 201, body = Registration), (status = 200, body = Registration, description = "details of an active registration changed"),
        (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 409, body = ApiErrorBody, description = "registration closed, or declined"), (status = 422, body = ApiErrorBody)))]
pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawRegistration>,
) -> Result<impl IntoResponse, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    let user_id = viewer.require_user()?;
    let was_active = state
        .repo
        .registration_status(id, user_id)
        .await?
        .is_some_and(|s| s.is_active());
    let reg = service(&state)
        .register(
            &viewer,
            &ctx.actor.memberships,
            &ev,
            &raw,
            OffsetDateTime::now_utc(),
        )
        .await?;
    let status = if was_active {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok((status, Json(reg)))
}

/// The caller's registration for the event.
#[utoipa::path(get, path = "/api/v1/events/{id}/registration", params(("id" = i64, Path)),
    responses((status = 200, body = Registration), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn mine(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Registration>, ApiError> {
    let (_, viewer) = load(&state, &ctx, id).await?;
    let user_id = viewer.require_user()?;
    Ok(Json(
        state
            .repo
            .registration(id, user_id)
            .await?
            .ok_or(DomainError::NotFound)?,
    ))
}

/// Cancel the caller's registration; a freed place goes to the first person waiting.
#[utoipa::path(delete, path = "/api/v1/events/{id}/registration", params(("id" = i64, Path)),
    responses((status = 200, body = Registration), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Registration>, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    Ok(Json(service(&state).cancel_own(&viewer, &ev).await?))
}

/// The organiser's registration fields; answers are sent by field id.
#[utoipa::path(get, path = "/api/v1/events/{id}/registration/fields", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<RegistrationField>), (status = 404, body = ApiErrorBody)))]
pub async fn fields(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<RegistrationField>>, ApiError> {
    load(&state, &ctx, id).await?;
    Ok(Json(state.repo.registration_fields(id).await?))
}

/// Add a registration field (organisers). `kind` is text, long_text, choice or checkbox; a
/// choice takes at least two `options`, one per line; `position` (1-based) is optional.
#[utoipa::path(post, path = "/api/v1/events/{id}/registration/fields", params(("id" = i64, Path)),
    request_body = RawFieldInput,
    responses((status = 201, body = RegistrationField), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_field(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawFieldInput>,
) -> Result<impl IntoResponse, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    let field = service(&state).add_field(&viewer, &ev, &raw).await?;
    Ok((StatusCode::CREATED, Json(field)))
}

/// Change a registration field (organisers); the body is the whole field, as when adding it.
#[utoipa::path(put, path = "/api/v1/events/{id}/registration/fields/{fid}", params(("id" = i64, Path), ("fid" = i64, Path)),
    request_body = RawFieldInput,
    responses((status = 200, body = RegistrationField), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update_field(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, fid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawFieldInput>,
) -> Result<Json<RegistrationField>, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    Ok(Json(
        service(&state)
            .update_field(&viewer, &ev, fid, &raw)
            .await?,
    ))
}

/// Delete a registration field (organisers).
#[utoipa::path(delete, path = "/api/v1/events/{id}/registration/fields/{fid}", params(("id" = i64, Path), ("fid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn delete_field(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, fid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    service(&state).delete_field(&viewer, &ev, fid).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Every registration of the event, hidden participants included (organisers only).
#[utoipa::path(get, path = "/api/v1/events/{id}/registrations", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Registration>), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<Registration>>, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    viewer.require_organiser(&ev)?;
    Ok(Json(state.repo.registrations(id).await?))
}

async fn decide(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    rid: Id,
    decision: Decision,
) -> Result<Json<Registration>, ApiError> {
    let (ev, viewer) = load(state, ctx, id).await?;
    Ok(Json(
        service(state).decide(&viewer, &ev, rid, decision).await?,
    ))
}

/// Approve a pending registration: confirmed when a place is free, else waitlisted (organisers).
#[utoipa::path(post, path = "/api/v1/events/{id}/registrations/{rid}/approve", params(("id" = i64, Path), ("rid" = i64, Path)),
    responses((status = 200, body = Registration), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn approve(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
) -> Result<Json<Registration>, ApiError> {
    decide(&state, &ctx, id, rid, Decision::Approve).await
}

/// Reject a pending or waitlisted registration (organisers).
#[utoipa::path(post, path = "/api/v1/events/{id}/registrations/{rid}/reject", params(("id" = i64, Path), ("rid" = i64, Path)),
    responses((status = 200, body = Registration), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn reject(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
) -> Result<Json<Registration>, ApiError> {
    decide(&state, &ctx, id, rid, Decision::Reject).await
}

/// Cancel someone's registration (organisers); a freed place goes to the first person waiting.
#[utoipa::path(post, path = "/api/v1/events/{id}/registrations/{rid}/cancel", params(("id" = i64, Path), ("rid" = i64, Path)),
    responses((status = 200, body = Registration), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn cancel_other(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
) -> Result<Json<Registration>, ApiError> {
    decide(&state, &ctx, id, rid, Decision::Cancel).await
}

/// The caller's registrations of all events, soonest event first.
#[utoipa::path(get, path = "/api/v1/me/registrations",
    responses((status = 200, body = Vec<Registration>), (status = 401, body = ApiErrorBody)))]
pub async fn my_registrations(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<Registration>>, ApiError> {
    let user = ctx.actor.require_user()?;
    Ok(Json(state.repo.user_registrations(user.id).await?))
}

#[derive(OpenApi)]
#[openapi(
    paths(
        register,
        mine,
        cancel,
        fields,
        add_field,
        update_field,
        delete_field,
        list,
        approve,
        reject,
        cancel_other,
        my_registrations
    ),
    components(schemas(
        Registration,
        RawRegistration,
        RegistrationField,
        RawFieldInput,
        RegistrationStatus,
        Attendance,
        ParticipantVisibility,
        FieldKind
    ))
)]
pub struct Doc;
