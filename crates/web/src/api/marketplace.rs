//! JSON API: the cooperation marketplace — profiles, their review lifecycle, the review queue
//! and the expiry sweep.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::marketplace::{filter_from, market, ListParams};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use klaster_domain::marketplace::*;
use klaster_domain::*;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/marketplace", get(list).post(create))
        .route("/marketplace/review-queue", get(review_queue))
        .route("/marketplace/expire", post(expire))
        .route("/marketplace/{id}", get(get_one).put(update).delete(remove))
        .route("/marketplace/{id}/submit", post(submit))
        .route("/marketplace/{id}/publish", post(publish))
        .route("/marketplace/{id}/return", post(return_to_author))
        .route("/marketplace/{id}/withdraw", post(withdraw))
        .route("/marketplace/{id}/renew", post(renew))
}

/// Published cooperation profiles, newest first, filtered.
#[utoipa::path(get, path = "/api/v1/marketplace", params(ListParams),
    responses((status = 200, body = ProfilePage), (status = 422, body = ApiErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Query(p): Query<ListParams>,
) -> Result<Json<ProfilePage>, ApiError> {
    let f = filter_from(&p).map_err(DomainError::Validation)?;
    Ok(Json(market(&state).search(&f).await?))
}

/// A new profile of `org_id` (its members; platform administrators): a draft, or submitted for
/// review with `submit: true`.
#[utoipa::path(post, path = "/api/v1/marketplace", request_body = RawProfile,
    responses((status = 201, body = CooperationProfile), (status = 401, body = ApiErrorBody),
        (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(raw): ApiJson<RawProfile>,
) -> Result<impl IntoResponse, ApiError> {
    let p = market(&state)
        .create(&ctx.actor, &raw, OffsetDateTime::now_utc())
        .await?;
    state.matching.touch();
    Ok((StatusCode::CREATED, Json(p)))
}

/// A profile with what the caller may do with it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ProfileWithRights {
    #[serde(flatten)]
    pub profile: CooperationProfile,
    pub rights: ProfileRights,
}

/// A profile: published ones for everyone; others for the owner organisation's members, the
/// author, its reviewers (while submitted) and platform administrators.
#[utoipa::path(get, path = "/api/v1/marketplace/{id}", params(("id" = i64, Path)),
    responses((status = 200, body = ProfileWithRights), (status = 404, body = ApiErrorBody)))]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<ProfileWithRights>, ApiError> {
    let (profile, rights) = market(&state).get(&ctx.actor, id).await?;
    Ok(Json(ProfileWithRights { profile, rights }))
}

/// Replace the profile's content (author, owner organisation's administrators, platform
/// administrators). A published profile goes back to review; `submit: true` submits a draft.
#[utoipa::path(put, path = "/api/v1/marketplace/{id}", params(("id" = i64, Path)), request_body = RawProfile,
    responses((status = 200, body = CooperationProfile), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawProfile>,
) -> Result<Json<CooperationProfile>, ApiError> {
    let p = market(&state)
        .update(&ctx.actor, id, &raw, OffsetDateTime::now_utc())
        .await?;
    state.matching.touch();
    Ok(Json(p))
}

/// Delete a draft (those who may edit it).
#[utoipa::path(delete, path = "/api/v1/marketplace/{id}", params(("id" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<StatusCode, ApiError> {
    market(&state).delete(&ctx.actor, id).await?;
    state.matching.touch();
    Ok(StatusCode::NO_CONTENT)
}

/// Submit a draft for review.
#[utoipa::path(post, path = "/api/v1/marketplace/{id}/submit", params(("id" = i64, Path)),
    responses((status = 200, body = CooperationProfile), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<CooperationProfile>, ApiError> {
    let p = market(&state)
        .submit(&ctx.actor, id, OffsetDateTime::now_utc())
        .await?;
    state.matching.touch();
    Ok(Json(p))
}

/// Publish a submitted profile for a year (platform administrators and administrators of a
/// cluster the owner organisation belongs to, never its own administrators).
#[utoipa::path(post, path = "/api/v1/marketplace/{id}/publish", params(("id" = i64, Path)),
    responses((status = 200, body = CooperationProfile), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<CooperationProfile>, ApiError> {
    let p = market(&state)
        .publish(&ctx.actor, id, OffsetDateTime::now_utc())
        .await?;
    state.matching.touch();
    Ok(Json(p))
}

#[derive(Deserialize, Default, utoipa::ToSchema)]
#[serde(default)]
pub struct ReturnBody {
    /// Why the profile goes back to its author (required, at most 2,000 characters).
    pub note: String,
}

/// Send a submitted profile back to its author as a draft, with a note (reviewers).
#[utoipa::path(post, path = "/api/v1/marketplace/{id}/return", params(("id" = i64, Path)), request_body = ReturnBody,
    responses((status = 200, body = CooperationProfile), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn return_to_author(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(body): ApiJson<ReturnBody>,
) -> Result<Json<CooperationProfile>, ApiError> {
    let p = market(&state)
        .return_to_author(&ctx.actor, id, &body.note)
        .await?;
    state.matching.touch();
    Ok(Json(p))
}

/// Withdraw the profile (from any status but withdrawn).
#[utoipa::path(post, path = "/api/v1/marketplace/{id}/withdraw", params(("id" = i64, Path)),
    responses((status = 200, body = CooperationProfile), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<CooperationProfile>, ApiError> {
    let p = market(&state).withdraw(&ctx.actor, id).await?;
    state.matching.touch();
    Ok(Json(p))
}

/// Renew an expired profile, or a published one expiring within 30 days, for a year from today
/// (no new review).
#[utoipa::path(post, path = "/api/v1/marketplace/{id}/renew", params(("id" = i64, Path)),
    responses((status = 200, body = CooperationProfile), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn renew(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<CooperationProfile>, ApiError> {
    let p = market(&state)
        .renew(&ctx.actor, id, OffsetDateTime::now_utc().date())
        .await?;
    state.matching.touch();
    Ok(Json(p))
}

/// Submitted profiles the caller may review, oldest first.
#[utoipa::path(get, path = "/api/v1/marketplace/review-queue",
    responses((status = 200, body = Vec<CooperationProfile>), (status = 401, body = ApiErrorBody)))]
pub async fn review_queue(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<CooperationProfile>>, ApiError> {
    Ok(Json(market(&state).review_queue(&ctx.actor).await?))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ExpireResult {
    /// How many profiles expired.
    pub expired: usize,
}

/// Run the expiry sweep now (platform administrators; the app runs it on its own too).
#[utoipa::path(post, path = "/api/v1/marketplace/expire",
    responses((status = 200, body = ExpireResult), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
pub async fn expire(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<ExpireResult>, ApiError> {
    ctx.actor.can_moderate()?;
    let expired = market(&state)
        .expire_due(OffsetDateTime::now_utc().date())
        .await?;
    if !expired.is_empty() {
        state.matching.touch();
    }
    Ok(Json(ExpireResult {
        expired: expired.len(),
    }))
}

#[derive(OpenApi)]
#[openapi(
    paths(
        list,
        create,
        get_one,
        update,
        remove,
        submit,
        publish,
        return_to_author,
        withdraw,
        renew,
        review_queue,
        expire
    ),
    components(schemas(
        ProfileKind,
        ProfileStatus,
        SoughtRole,
        ProfileText,
        ProfileInput,
        CooperationProfile,
        RawProfileText,
        RawProfile,
        ProfileRights,
        ProfilePage,
        ProfileWithRights,
        ReturnBody,
        ExpireResult,
    ))
)]
pub struct Doc;
