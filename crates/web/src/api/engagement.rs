//! JSON API: following, commenting on and expressing interest in cooperation profiles
//! (issue 5). Only published profiles take part; signed-in users only.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::engagement::engagement;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{delete, get, put};
use axum::{Json, Router};
use klaster_domain::engagement::*;
use klaster_domain::Id;
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/marketplace/{id}/follow", put(follow).delete(unfollow))
        .route(
            "/marketplace/{id}/comments",
            get(comments).post(add_comment),
        )
        .route("/marketplace/{id}/comments/{cid}", delete(delete_comment))
        .route(
            "/marketplace/{id}/interests",
            get(interests).post(express_interest),
        )
        .route("/me/following", get(following))
}

/// Whether the caller follows the profile now, and how many do.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FollowState {
    pub following: bool,
    pub followers: i64,
}

/// A new comment.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct CommentInput {
    /// 1–5 000 characters.
    pub body: String,
}

/// "I am interested".
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct InterestInput {
    /// A message to the author, at most 2 000 characters.
    #[serde(default)]
    pub message: String,
    /// One of the caller's own organisations, on whose behalf they write.
    pub org_id: Option<Id>,
}

/// Follow a published profile (following twice changes nothing).
#[utoipa::path(put, path = "/api/v1/marketplace/{id}/follow", params(("id" = i64, Path)),
    responses((status = 200, body = FollowState), (status = 401, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 409, description = "the profile is not published", body = ApiErrorBody)))]
pub async fn follow(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<FollowState>, ApiError> {
    let svc = engagement(&state);
    svc.follow(&ctx.actor, id).await?;
    Ok(Json(FollowState {
        following: true,
        followers: svc.follower_count(id).await?,
    }))
}

/// Stop following a profile (unfollowing twice changes nothing).
#[utoipa::path(delete, path = "/api/v1/marketplace/{id}/follow", params(("id" = i64, Path)),
    responses((status = 200, body = FollowState), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn unfollow(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<FollowState>, ApiError> {
    let svc = engagement(&state);
    svc.unfollow(&ctx.actor, id).await?;
    Ok(Json(FollowState {
        following: false,
        followers: svc.follower_count(id).await?,
    }))
}

/// The comments on a profile the caller may see, oldest first.
#[utoipa::path(get, path = "/api/v1/marketplace/{id}/comments", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<ProfileComment>), (status = 404, body = ApiErrorBody)))]
pub async fn comments(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<ProfileComment>>, ApiError> {
    Ok(Json(engagement(&state).comments(&ctx.actor, id).await?))
}

/// Comment on a published profile; its owners and followers are notified (not the commenter).
#[utoipa::path(post, path = "/api/v1/marketplace/{id}/comments", params(("id" = i64, Path)), request_body = CommentInput,
    responses((status = 201, body = ProfileComment), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 409, description = "the profile is not published", body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(input): ApiJson<CommentInput>,
) -> Result<impl IntoResponse, ApiError> {
    let c = engagement(&state)
        .add_comment(&ctx.actor, id, &input.body)
        .await?;
    Ok((StatusCode::CREATED, Json(c)))
}

/// Delete a comment: its author, the profile's owners (author and organisation administrators)
/// and platform administrators.
#[utoipa::path(delete, path = "/api/v1/marketplace/{id}/comments/{cid}", params(("id" = i64, Path), ("cid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn delete_comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, cid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    engagement(&state)
        .delete_comment(&ctx.actor, id, cid)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Expressions of interest, newest first: all of them for the owner organisation's members, the
/// author and platform administrators; only their own for someone who expressed interest;
/// 403 for everyone else.
#[utoipa::path(get, path = "/api/v1/marketplace/{id}/interests", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<ProfileInterest>), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody)))]
pub async fn interests(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<ProfileInterest>>, ApiError> {
    Ok(Json(engagement(&state).interests(&ctx.actor, id).await?))
}

/// Express interest in a published profile, once; not by the owner organisation's members
/// (403). `org_id` must be one of the caller's organisations. The profile's owners are notified.
#[utoipa::path(post, path = "/api/v1/marketplace/{id}/interests", params(("id" = i64, Path)), request_body = InterestInput,
    responses((status = 201, body = ProfileInterest), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 409, description = "already expressed, or the profile is not published", body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn express_interest(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(input): ApiJson<InterestInput>,
) -> Result<impl IntoResponse, ApiError> {
    let i = engagement(&state)
        .express_interest(&ctx.actor, id, input.org_id, &input.message)
        .await?;
    Ok((StatusCode::CREATED, Json(i)))
}

/// The profiles the caller follows, most recently followed first.
#[utoipa::path(get, path = "/api/v1/me/following",
    responses((status = 200, body = Vec<FollowedProfile>), (status = 401, body = ApiErrorBody)))]
pub async fn following(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<FollowedProfile>>, ApiError> {
    Ok(Json(
        engagement(&state).following(&ctx.actor, ctx.lang()).await?,
    ))
}

#[derive(OpenApi)]
#[openapi(
    paths(
        follow,
        unfollow,
        comments,
        add_comment,
        delete_comment,
        interests,
        express_interest,
        following
    ),
    components(schemas(
        FollowState,
        CommentInput,
        InterestInput,
        ProfileComment,
        ProfileInterest,
        FollowedProfile
    ))
)]
pub struct Doc;
