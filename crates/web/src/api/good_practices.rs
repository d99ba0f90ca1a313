//! JSON API: the good-practice library.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::good_practices::practices;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use klaster_domain::good_practices::*;
use klaster_domain::*;
use serde::Serialize;
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/good-practices", get(list).post(create))
        .route("/good-practices/{id}", get(get_one).put(update))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct GoodPracticeList {
    pub items: Vec<GoodPractice>,
    pub total: usize,
}

/// The good practices passing the filters, newest first.
#[utoipa::path(get, path = "/api/v1/good-practices", params(RawGoodPracticeFilter),
    responses((status = 200, body = GoodPracticeList), (status = 422, body = ApiErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Query(raw): Query<RawGoodPracticeFilter>,
) -> Result<Json<GoodPracticeList>, ApiError> {
    let filter = raw.parse().map_err(DomainError::Validation)?;
    let items = practices(&state).list(&filter).await?;
    Ok(Json(GoodPracticeList {
        total: items.len(),
        items,
    }))
}

/// Enter a good practice (a signed-in member of an organisation, or a platform administrator);
/// `owner_org_id` (an organisation of the caller) decides whose administrators may edit it.
#[utoipa::path(post, path = "/api/v1/good-practices", request_body = RawGoodPractice,
    responses((status = 201, body = GoodPractice), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(raw): ApiJson<RawGoodPractice>,
) -> Result<impl IntoResponse, ApiError> {
    let p = practices(&state).create(&ctx.actor, &raw).await?;
    Ok((StatusCode::CREATED, Json(p)))
}

/// One practice with its events and the Action Plan actions that took it up.
#[utoipa::path(get, path = "/api/v1/good-practices/{id}", params(("id" = i64, Path)),
    responses((status = 200, body = GoodPracticeDetail), (status = 404, body = ApiErrorBody)))]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<GoodPracticeDetail>, ApiError> {
    Ok(Json(practices(&state).get(&ctx.actor, id).await?))
}

/// Replace a practice's fields (administrators of its organisation, platform administrators).
#[utoipa::path(put, path = "/api/v1/good-practices/{id}", params(("id" = i64, Path)), request_body = RawGoodPractice,
    responses((status = 200, body = GoodPractice), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawGoodPractice>,
) -> Result<Json<GoodPractice>, ApiError> {
    Ok(Json(practices(&state).update(&ctx.actor, id, &raw).await?))
}

#[derive(OpenApi)]
#[openapi(
    paths(list, create, get_one, update),
    components(schemas(
        GoodPracticeList,
        GoodPractice,
        GoodPracticeDetail,
        RawGoodPractice,
        Attachment,
        LinkedEvent,
        PracticeAction,
        PracticeTheme,
    ))
)]
pub struct Doc;
