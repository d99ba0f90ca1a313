//! JSON API: meeting requests of brokerage events and "never schedule me with X".

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use klaster_domain::brokerage::{
    MeetingOutcome, MeetingRequest, ParticipantRef, Placement, Priority, RequestStatus,
};
use klaster_domain::brokerage_requests::*;
use klaster_domain::events::EventViewer;
use klaster_domain::Id;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/brokerage/requests", get(list).post(create))
        .route("/events/{id}/brokerage/requests/{rid}", get(get_one))
        .route("/events/{id}/brokerage/requests/{rid}/accept", post(accept))
        .route(
            "/events/{id}/brokerage/requests/{rid}/decline",
            post(decline),
        )
        .route(
            "/events/{id}/brokerage/requests/{rid}/withdraw",
            post(withdraw),
        )
        .route("/events/{id}/brokerage/requests/{rid}/cancel", post(cancel))
        .route("/events/{id}/brokerage/blocks", get(blocks).post(block))
        .route("/events/{id}/brokerage/blocks/{pid}", delete(unblock))
}

async fn parts<'a>(
    state: &'a AppState,
    ctx: &Ctx,
) -> Result<(BrokerageRequests<'a>, EventViewer), ApiError> {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    Ok((BrokerageRequests { repo: &*state.repo }, viewer))
}

#[derive(Debug, Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct ListParams {
    /// Organisers: every request of the event as well.
    all: bool,
}

/// The caller's requests; with `all=true` (organisers) also every request of the event.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RequestList {
    /// Received, all statuses, newest first (empty when the caller does not take part).
    pub incoming: Vec<MeetingRequest>,
    /// Sent, all statuses, newest first.
    pub outgoing: Vec<MeetingRequest>,
    /// The caller's accepted meetings.
    pub meetings: i64,
    pub max_meetings: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub all: Option<Vec<MeetingRequest>>,
}

/// The caller's meeting requests (sent and received) and meeting count; organisers may add
/// `all=true` to read every request of the event. Messages are shown only to the request's two
/// participants and to the organisers.
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/requests", params(("id" = i64, Path), ListParams),
    responses((status = 200, body = RequestList), (status = 401, body = ApiErrorBody),
        (status = 403, body = ApiErrorBody, description = "not a participant, or `all` without organising"),
        (status = 404, body = ApiErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(q): Query<ListParams>,
) -> Result<Json<RequestList>, ApiError> {
    let (svc, viewer) = parts(&state, &ctx).await?;
    let all = if q.all {
        Some(svc.all(&viewer, id).await?)
    } else {
        None
    };
    let s = svc.setting(&viewer, id).await?;
    let list = match (&s.me, all) {
        // An organiser who does not take part still reads every request.
        (None, Some(all)) => RequestList {
            incoming: vec![],
            outgoing: vec![],
            meetings: 0,
            max_meetings: s.settings.input.max_meetings,
            all: Some(all),
        },
        (_, all) => {
            let mine = svc.mine(&viewer, id).await?;
            RequestList {
                incoming: mine.incoming,
                outgoing: mine.outgoing,
                meetings: mine.meetings,
                max_meetings: mine.max_meetings,
                all,
            }
        }
    };
    Ok(Json(list))
}

/// Request a meeting with another participant. In auto-accept mode the answer is already an
/// accepted meeting. Refusals are field errors: `recipient_id` (oneself, not a participant, an
/// open request between the two, a block, same participant type, the other's cap), `message`,
/// `priority`, `request` (booking not open, the caller's caps).
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/requests", params(("id" = i64, Path)),
    request_body = RawRequestInput,
    responses((status = 201, body = MeetingRequest), (status = 401, body = ApiErrorBody),
        (status = 403, body = ApiErrorBody, description = "the caller does not take part"),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawRequestInput>,
) -> Result<impl IntoResponse, ApiError> {
    let (svc, viewer) = parts(&state, &ctx).await?;
    let r = svc
        .request(&viewer, id, &raw, OffsetDateTime::now_utc())
        .await?;
    Ok((StatusCode::CREATED, Json(r)))
}

/// One request: for its two participants and the organisers (404 for anyone else).
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/requests/{rid}", params(("id" = i64, Path), ("rid" = i64, Path)),
    responses((status = 200, body = MeetingRequest), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
) -> Result<Json<MeetingRequest>, ApiError> {
    let (svc, viewer) = parts(&state, &ctx).await?;
    Ok(Json(svc.get(&viewer, id, rid).await?))
}

/// Accept a pending request (its recipient only); it becomes a meeting. 422 `request` when it
/// is no longer pending, the event has ended or a side has reached the cap.
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/requests/{rid}/accept", params(("id" = i64, Path), ("rid" = i64, Path)),
    responses((status = 200, body = MeetingRequest), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn accept(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
) -> Result<Json<MeetingRequest>, ApiError> {
    let (svc, viewer) = parts(&state, &ctx).await?;
    Ok(Json(
        svc.accept(&viewer, id, rid, OffsetDateTime::now_utc())
            .await?,
    ))
}

/// Decline a pending request (its recipient only).
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/requests/{rid}/decline", params(("id" = i64, Path), ("rid" = i64, Path)),
    responses((status = 200, body = MeetingRequest), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn decline(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
) -> Result<Json<MeetingRequest>, ApiError> {
    let (svc, viewer) = parts(&state, &ctx).await?;
    Ok(Json(
        svc.decline(&viewer, id, rid, OffsetDateTime::now_utc())
            .await?,
    ))
}

/// Withdraw a pending request (its requester only); it is cancelled.
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/requests/{rid}/withdraw", params(("id" = i64, Path), ("rid" = i64, Path)),
    responses((status = 200, body = MeetingRequest), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
) -> Result<Json<MeetingRequest>, ApiError> {
    let (svc, viewer) = parts(&state, &ctx).await?;
    Ok(Json(
        svc.withdraw(&viewer, id, rid, OffsetDateTime::now_utc())
            .await?,
    ))
}

/// Cancel an accepted meeting (either participant or an organiser); its place in the schedule
/// is cleared.
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/requests/{rid}/cancel", params(("id" = i64, Path), ("rid" = i64, Path)),
    responses((status = 200, body = MeetingRequest), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
) -> Result<Json<MeetingRequest>, ApiError> {
    let (svc, viewer) = parts(&state, &ctx).await?;
    Ok(Json(
        svc.cancel(&viewer, id, rid, OffsetDateTime::now_utc())
            .await?,
    ))
}

/// The participants the caller blocked ("never schedule me with").
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/blocks", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Block>), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody)))]
pub async fn blocks(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<Block>>, ApiError> {
    let (svc, viewer) = parts(&state, &ctx).await?;
    Ok(Json(svc.blocks(&viewer, id).await?))
}

#[derive(Debug, Deserialize, Serialize, utoipa::ToSchema)]
pub struct BlockBody {
    /// The participant (not the user) never to meet.
    pub participant_id: Id,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct BlockResult {
    /// How many open requests between the two were cancelled.
    pub cancelled: u64,
}

/// Never schedule me with this participant: open requests between the two are cancelled and
/// the participant can no longer request a meeting with the caller. They are not told.
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/blocks", params(("id" = i64, Path)), request_body = BlockBody,
    responses((status = 201, body = BlockResult), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn block(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(body): ApiJson<BlockBody>,
) -> Result<impl IntoResponse, ApiError> {
    let (svc, viewer) = parts(&state, &ctx).await?;
    let cancelled = svc
        .block(&viewer, id, body.participant_id, OffsetDateTime::now_utc())
        .await?;
    Ok((StatusCode::CREATED, Json(BlockResult { cancelled })))
}

/// Lift a block the caller made.
#[utoipa::path(delete, path = "/api/v1/events/{id}/brokerage/blocks/{pid}", params(("id" = i64, Path), ("pid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn unblock(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, pid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    let (svc, viewer) = parts(&state, &ctx).await?;
    svc.unblock(&viewer, id, pid).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(OpenApi)]
#[openapi(
    paths(
        list, create, get_one, accept, decline, withdraw, cancel, blocks, block, unblock
    ),
    components(schemas(
        RequestList,
        RawRequestInput,
        MeetingRequest,
        ParticipantRef,
        Placement,
        Priority,
        RequestStatus,
        MeetingOutcome,
        Block,
        BlockBody,
        BlockResult
    ))
)]
pub struct Doc;
