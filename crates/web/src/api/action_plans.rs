//! JSON API: regional Action Plans, their actions, indicators and progress reports.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::action_plans::plans;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use klaster_domain::action_plans::*;
use klaster_domain::*;
use serde::Serialize;
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/action-plans", get(list).post(create))
        .route("/action-plans/{id}", get(get_one).put(update))
        .route("/action-plans/{id}/actions", post(add_action))
        .route("/action-plans/{id}/actions/{aid}", put(update_action))
        .route("/action-plans/{id}/actions/{aid}/status", post(set_status))
        .route(
            "/action-plans/{id}/actions/{aid}/indicators",
            post(add_indicator),
        )
        .route(
            "/action-plans/{id}/indicators/{iid}/progress",
            post(report_progress),
        )
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ActionPlanList {
    pub items: Vec<ActionPlanSummary>,
    pub total: usize,
}

/// The Action Plans the caller may see (published ones, and drafts of their own), by title.
#[utoipa::path(get, path = "/api/v1/action-plans",
    responses((status = 200, body = ActionPlanList)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<ActionPlanList>, ApiError> {
    let items = plans(&state).list(&ctx.actor).await?;
    Ok(Json(ActionPlanList {
        total: items.len(),
        items,
    }))
}

/// Create a plan owned by an organisation the caller administers (`owner_org_id`) or by a
/// project they may edit (`owner_project_id`).
#[utoipa::path(post, path = "/api/v1/action-plans", request_body = RawPlan,
    responses((status = 201, body = ActionPlan), (status = 401, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(raw): ApiJson<RawPlan>,
) -> Result<impl IntoResponse, ApiError> {
    let p = plans(&state).create(&ctx.actor, &raw).await?;
    Ok((StatusCode::CREATED, Json(p)))
}

/// One plan with its actions, indicators (with their progress reports) and history.
#[utoipa::path(get, path = "/api/v1/action-plans/{id}", params(("id" = i64, Path)),
    responses((status = 200, body = ActionPlanDetail), (status = 404, body = ApiErrorBody)))]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<ActionPlanDetail>, ApiError> {
    Ok(Json(plans(&state).get(&ctx.actor, id).await?))
}

/// Replace a plan's title, region, context, objectives and status (its owners).
#[utoipa::path(put, path = "/api/v1/action-plans/{id}", params(("id" = i64, Path)), request_body = RawPlan,
    responses((status = 200, body = ActionPlan), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawPlan>,
) -> Result<Json<ActionPlan>, ApiError> {
    Ok(Json(plans(&state).update(&ctx.actor, id, &raw).await?))
}

#[utoipa::path(post, path = "/api/v1/action-plans/{id}/actions", params(("id" = i64, Path)), request_body = RawAction,
    responses((status = 201, body = PlanAction), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawAction>,
) -> Result<impl IntoResponse, ApiError> {
    let a = plans(&state).add_action(&ctx.actor, id, &raw).await?;
    Ok((StatusCode::CREATED, Json(a)))
}

#[utoipa::path(put, path = "/api/v1/action-plans/{id}/actions/{aid}", params(("id" = i64, Path), ("aid" = i64, Path)), request_body = RawAction,
    responses((status = 200, body = PlanAction), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, aid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawAction>,
) -> Result<Json<PlanAction>, ApiError> {
    Ok(Json(
        plans(&state)
            .update_action(&ctx.actor, id, aid, &raw)
            .await?,
    ))
}

/// Change an action's status (planned, in_progress, done, dropped).
#[utoipa::path(post, path = "/api/v1/action-plans/{id}/actions/{aid}/status", params(("id" = i64, Path), ("aid" = i64, Path)), request_body = RawActionStatus,
    responses((status = 200, body = PlanAction), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn set_status(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, aid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawActionStatus>,
) -> Result<Json<PlanAction>, ApiError> {
    Ok(Json(
        plans(&state)
            .set_action_status(&ctx.actor, id, aid, &raw)
            .await?,
    ))
}

/// Add an indicator to an action; its current value starts at the baseline.
#[utoipa::path(post, path = "/api/v1/action-plans/{id}/actions/{aid}/indicators", params(("id" = i64, Path), ("aid" = i64, Path)), request_body = RawIndicator,
    responses((status = 201, body = Indicator), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_indicator(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, aid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawIndicator>,
) -> Result<impl IntoResponse, ApiError> {
    let i = plans(&state)
        .add_indicator(&ctx.actor, id, aid, &raw)
        .await?;
    Ok((StatusCode::CREATED, Json(i)))
}

/// Report progress: the indicator's current value becomes the reported value (the latest by
/// date), and the report joins its history.
#[utoipa::path(post, path = "/api/v1/action-plans/{id}/indicators/{iid}/progress", params(("id" = i64, Path), ("iid" = i64, Path)), request_body = RawProgress,
    responses((status = 201, body = IndicatorDetail), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn report_progress(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, iid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawProgress>,
) -> Result<impl IntoResponse, ApiError> {
    let today = time::OffsetDateTime::now_utc().date();
    let d = plans(&state)
        .report_progress(&ctx.actor, id, iid, &raw, today)
        .await?;
    Ok((StatusCode::CREATED, Json(d)))
}

#[derive(OpenApi)]
#[openapi(
    paths(
        list,
        create,
        get_one,
        update,
        add_action,
        update_action,
        set_status,
        add_indicator,
        report_progress,
    ),
    components(schemas(
        ActionPlanList,
        ActionPlanSummary,
        ActionPlan,
        ActionPlanDetail,
        ActionDetail,
        PlanAction,
        Indicator,
        IndicatorDetail,
        ProgressReport,
        HistoryEntry,
        RawPlan,
        RawAction,
        RawIndicator,
        RawProgress,
        RawActionStatus,
        PlanStatus,
        ActionStatus,
    ))
)]
pub struct Doc;
