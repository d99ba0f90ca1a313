//! JSON API: brokerage events — meetings (issue 6): running the scheduler, publishing, locking
//! and moving meetings (organisers), agendas and outcomes.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::brokerage_meetings::{meetings, on_blocking_thread};
use crate::pages::event_common::viewer;
use crate::AppState;
use axum::extract::{Path, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use klaster_domain::brokerage::*;
use klaster_domain::brokerage_meetings::*;
use klaster_domain::Id;
use serde::Serialize;
use time::OffsetDateTime;
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/brokerage/schedule", post(schedule))
        .route("/events/{id}/brokerage/publish", post(publish))
        .route("/events/{id}/brokerage/meetings", get(list))
        .route("/events/{id}/brokerage/meetings/{rid}/lock", post(lock))
        .route("/events/{id}/brokerage/meetings/{rid}/unlock", post(unlock))
        .route(
            "/events/{id}/brokerage/meetings/{rid}/move",
            post(move_meeting),
        )
        .route(
            "/events/{id}/brokerage/meetings/{rid}/outcome",
            axum::routing::put(outcome),
        )
        .route("/events/{id}/brokerage/agenda", get(agenda))
        .route("/events/{id}/brokerage/dashboard", get(dashboard))
}

/// Run the scheduler (organisers): accepted meetings are placed in slots and at tables, keeping
/// locked and published meetings where they are when they can stay. Answers the run's report;
/// with status `infeasible` nothing was changed.
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/schedule", params(("id" = i64, Path)),
    request_body = RawRunOptions,
    responses((status = 200, body = RunReport), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn schedule(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawRunOptions>,
) -> Result<Json<RunReport>, ApiError> {
    let viewer = viewer(&state, &ctx).await?;
    let report = meetings(&state)
        .schedule(
            &viewer,
            id,
            &raw,
            OffsetDateTime::now_utc(),
            on_blocking_thread,
        )
        .await?;
    Ok(Json(report))
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Published {
    /// Meetings now visible on the participants' agendas.
    pub meetings: usize,
}

/// Publish the schedule (organisers): every placed meeting appears on the participants' agendas
/// and each participant with a meeting is notified.
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/publish", params(("id" = i64, Path)),
    responses((status = 200, body = Published), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody, description = "nothing is scheduled yet")))]
pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Published>, ApiError> {
    let viewer = viewer(&state, &ctx).await?;
    let n = meetings(&state)
        .publish(&viewer, id, OffsetDateTime::now_utc())
        .await?;
    Ok(Json(Published { meetings: n }))
}

/// Organisers: every placed meeting and the last run's report. Participants: their own published
/// meetings (with their messages; nobody else's).
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/meetings", params(("id" = i64, Path)),
    responses((status = 200, body = MeetingList), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<MeetingList>, ApiError> {
    let viewer = viewer(&state, &ctx).await?;
    Ok(Json(meetings(&state).list(&viewer, id).await?))
}

/// Lock a placed meeting where it is (organisers): re-scheduling keeps it there.
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/meetings/{rid}/lock", params(("id" = i64, Path), ("rid" = i64, Path)),
    responses((status = 200, body = MeetingView), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody, description = "the meeting has no place")))]
pub async fn lock(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
) -> Result<Json<MeetingView>, ApiError> {
    let viewer = viewer(&state, &ctx).await?;
    Ok(Json(
        meetings(&state).set_locked(&viewer, id, rid, true).await?,
    ))
}

/// Unlock a meeting (organisers): the next run may move it unless it is published.
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/meetings/{rid}/unlock", params(("id" = i64, Path), ("rid" = i64, Path)),
    responses((status = 200, body = MeetingView), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn unlock(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
) -> Result<Json<MeetingView>, ApiError> {
    let viewer = viewer(&state, &ctx).await?;
    Ok(Json(
        meetings(&state).set_locked(&viewer, id, rid, false).await?,
    ))
}

/// Move a meeting to a slot and, when it uses a shared table, a table (organisers). The slot must
/// exist, both participants must be able to attend and be free in it, and the table free; the
/// meeting is then locked there. Both sides of a published meeting are notified.
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/meetings/{rid}/move", params(("id" = i64, Path), ("rid" = i64, Path)),
    request_body = RawMove,
    responses((status = 200, body = MeetingView), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 409, body = ApiErrorBody, description = "the place was taken meanwhile"), (status = 422, body = ApiErrorBody)))]
pub async fn move_meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawMove>,
) -> Result<Json<MeetingView>, ApiError> {
    let viewer = viewer(&state, &ctx).await?;
    Ok(Json(
        meetings(&state).move_to(&viewer, id, rid, &raw).await?,
    ))
}

/// Record what came of a meeting once its slot has started: either participant of a published
/// meeting, or an organiser.
#[utoipa::path(put, path = "/api/v1/events/{id}/brokerage/meetings/{rid}/outcome", params(("id" = i64, Path), ("rid" = i64, Path)),
    request_body = RawOutcome,
    responses((status = 200, body = MeetingView), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawOutcome>,
) -> Result<Json<MeetingView>, ApiError> {
    let viewer = viewer(&state, &ctx).await?;
    let v = meetings(&state)
        .record_outcome(&viewer, id, rid, &raw, OffsetDateTime::now_utc())
        .await?;
    Ok(Json(v))
}

/// The caller's own agenda: their published meetings in time order and their free slots.
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/agenda", params(("id" = i64, Path)),
    responses((status = 200, body = Agenda), (status = 401, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody, description = "no such event, or the caller does not take part")))]
pub async fn agenda(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Agenda>, ApiError> {
    let viewer = viewer(&state, &ctx).await?;
    let a = meetings(&state)
        .agenda(&viewer, id, OffsetDateTime::now_utc())
        .await?;
    Ok(Json(a))
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DashboardStats {
    pub stats: Stats,
    pub report: Option<RunReport>,
    /// Accepted meetings without a place, with the reason.
    pub unscheduled: Vec<UnscheduledMeeting>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct UnscheduledMeeting {
    pub request_id: Id,
    pub reason: UnscheduledReason,
}

/// The organiser's statistics, the last run's report and why meetings are unscheduled.
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/dashboard", params(("id" = i64, Path)),
    responses((status = 200, body = DashboardStats), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody)))]
pub async fn dashboard(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<DashboardStats>, ApiError> {
    let viewer = viewer(&state, &ctx).await?;
    let d = meetings(&state).dashboard(&viewer, id).await?;
    Ok(Json(DashboardStats {
        stats: d.stats,
        report: d.report,
        unscheduled: d
            .unscheduled
            .into_iter()
            .map(|(request_id, reason)| UnscheduledMeeting { request_id, reason })
            .collect(),
    }))
}

#[derive(OpenApi)]
#[openapi(
    paths(
        schedule,
        publish,
        list,
        lock,
        unlock,
        move_meeting,
        outcome,
        agenda,
        dashboard
    ),
    components(schemas(
        RawRunOptions,
        RunReport,
        RunStatus,
        Published,
        MeetingList,
        MeetingView,
        MeetingRequest,
        ParticipantRef,
        Placement,
        Priority,
        RequestStatus,
        MeetingOutcome,
        MeetingSlot,
        Venue,
        RawMove,
        RawOutcome,
        Agenda,
        AgendaEntry,
        Participant,
        ParticipantInput,
        DashboardStats,
        UnscheduledMeeting,
        UnscheduledReason,
        Stats,
    ))
)]
pub struct Doc;
