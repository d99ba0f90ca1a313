//! Statements and votes.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::event_common::load;
use crate::pages::voting::{notify, voting};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use klaster_domain::voting::*;
use klaster_domain::{DomainError, Id};
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/statements", get(list).post(create))
        .route("/events/{id}/statements/{sid}", put(update).delete(delete))
        .route("/events/{id}/statements/{sid}/move", post(move_statement))
        .route("/events/{id}/statements/{sid}/open", post(open))
        .route("/events/{id}/statements/{sid}/close", post(close))
        .route("/events/{id}/statements/{sid}/vote", put(vote))
        .route("/events/{id}/statements/{sid}/results", get(results))
}

/// The event's statements in order. Drafts only for organisers; results for closed statements,
/// and for organisers always.
#[utoipa::path(get, path = "/api/v1/events/{id}/statements", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<StatementView>), (status = 404, body = ApiErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<StatementView>>, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    Ok(Json(voting(&state).list(&viewer, &ev).await?))
}

/// Add a draft statement (organisers).
#[utoipa::path(post, path = "/api/v1/events/{id}/statements", params(("id" = i64, Path)), request_body = RawStatementInput,
    responses((status = 201, body = Statement), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawStatementInput>,
) -> Result<impl IntoResponse, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    let st = voting(&state).create(&viewer, &ev, &raw).await?;
    Ok((StatusCode::CREATED, Json(st)))
}

/// Change a draft statement (organisers); the body is the whole statement, as when adding it.
#[utoipa::path(put, path = "/api/v1/events/{id}/statements/{sid}", params(("id" = i64, Path), ("sid" = i64, Path)),
    request_body = RawStatementInput,
    responses((status = 200, body = Statement), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody, description = "the statement is not a draft"),
        (status = 422, body = ApiErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawStatementInput>,
) -> Result<Json<Statement>, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    Ok(Json(voting(&state).update(&viewer, &ev, sid, &raw).await?))
}

/// Delete a draft statement (organisers).
#[utoipa::path(delete, path = "/api/v1/events/{id}/statements/{sid}", params(("id" = i64, Path), ("sid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody, description = "the statement is not a draft")))]
pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    voting(&state).delete(&viewer, &ev, sid).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, Serialize, utoipa::ToSchema)]
pub struct MoveBody {
    /// "up" (earlier) or "down" (later).
    pub direction: String,
}

/// Move a statement one place up or down in the event's order (organisers); at either end it
/// stays. Answers the statements in their new order.
#[utoipa::path(post, path = "/api/v1/events/{id}/statements/{sid}/move", params(("id" = i64, Path), ("sid" = i64, Path)),
    request_body = MoveBody,
    responses((status = 200, body = Vec<StatementView>), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn move_statement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    ApiJson(body): ApiJson<MoveBody>,
) -> Result<Json<Vec<StatementView>>, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    viewer.require_organiser(&ev)?;
    let up = match body.direction.as_str() {
        "up" => true,
        "down" => false,
        _ => return Err(DomainError::field("direction", "must be up or down").into()),
    };
    voting(&state).move_by(&viewer, &ev, sid, up).await?;
    Ok(Json(voting(&state).list(&viewer, &ev).await?))
}

/// Open a draft statement for voting (organisers); any other open statement of the event closes.
#[utoipa::path(post, path = "/api/v1/events/{id}/statements/{sid}/open", params(("id" = i64, Path), ("sid" = i64, Path)),
    responses((status = 200, body = Statement), (status = 403, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn open(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
) -> Result<Json<Statement>, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    let st = voting(&state).open(&viewer, &ev, sid).await?;
    notify(id);
    Ok(Json(st))
}

/// Close an open statement (organisers); its results are then published.
#[utoipa::path(post, path = "/api/v1/events/{id}/statements/{sid}/close", params(("id" = i64, Path), ("sid" = i64, Path)),
    responses((status = 200, body = Statement), (status = 403, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn close(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
) -> Result<Json<Statement>, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    let st = voting(&state).close(&viewer, &ev, sid).await?;
    notify(id);
    Ok(Json(st))
}

#[derive(Debug, Deserialize, Serialize, utoipa::ToSchema)]
pub struct VoteBody {
    /// agree scale: 1 agree, 2 disagree, 3 abstain; scale5: 1–5.
    pub value: i64,
}

/// Cast or change your vote on the open statement (participants with a confirmed registration).
#[utoipa::path(put, path = "/api/v1/events/{id}/statements/{sid}/vote", params(("id" = i64, Path), ("sid" = i64, Path)),
    request_body = VoteBody,
    responses((status = 200, body = VoteBody), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 409, body = ApiErrorBody, description = "the statement is not open"), (status = 422, body = ApiErrorBody)))]
pub async fn vote(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    ApiJson(body): ApiJson<VoteBody>,
) -> Result<Json<VoteBody>, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    voting(&state).vote(&viewer, &ev, sid, body.value).await?;
    notify(id);
    Ok(Json(body))
}

/// The counts of a statement: public once it is closed, before that for organisers only.
#[utoipa::path(get, path = "/api/v1/events/{id}/statements/{sid}/results", params(("id" = i64, Path), ("sid" = i64, Path)),
    responses((status = 200, body = Tally), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn results(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
) -> Result<Json<Tally>, ApiError> {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    Ok(Json(voting(&state).results(&viewer, &ev, sid).await?))
}

#[derive(OpenApi)]
#[openapi(
    paths(
        list,
        create,
        update,
        delete,
        move_statement,
        open,
        close,
        vote,
        results
    ),
    components(schemas(
        Statement,
        StatementView,
        RawStatementInput,
        Tally,
        AnswerCount,
        VoteBody,
        MoveBody,
        Scale,
        StatementStatus
    ))
)]
pub struct Doc;
