//! JSON API: the caller's in-app notifications (issue 5).

use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::notifications::sentence;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use klaster_domain::notifications::{Notification, MAX_LISTED};
use klaster_domain::{DomainError, Id};
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/notifications", get(list))
        .route("/notifications/unread-count", get(unread_count))
        .route("/notifications/read-all", post(read_all))
        .route("/notifications/{id}/read", post(read_one))
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Only unread notifications.
    pub unread: Option<bool>,
    /// At most this many (1–200, default 200).
    pub limit: Option<i64>,
}

/// A notification with its sentence in the caller's language.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct NotificationItem {
    #[serde(flatten)]
    pub notification: Notification,
    /// The sentence the notifications page shows (`?lang=` or the caller's language).
    pub text: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct UnreadCount {
    pub unread: i64,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MarkedRead {
    /// How many were unread until now.
    pub marked: u64,
}

/// The caller's notifications, newest first.
#[utoipa::path(get, path = "/api/v1/notifications", params(ListParams),
    responses((status = 200, body = Vec<NotificationItem>), (status = 401, body = ApiErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<ListParams>,
) -> Result<Json<Vec<NotificationItem>>, ApiError> {
    let user = ctx.actor.require_user()?;
    let limit = p.limit.unwrap_or(MAX_LISTED).clamp(1, MAX_LISTED);
    let notes = if p.unread.unwrap_or(false) {
        state.repo.unread_notification_list(user.id, limit).await?
    } else {
        state.repo.notifications(user.id, limit).await?
    };
    Ok(Json(
        notes
            .into_iter()
            .map(|n| NotificationItem {
                text: sentence(&ctx.tr, &n),
                notification: n,
            })
            .collect(),
    ))
}

/// How many of the caller's notifications are unread.
#[utoipa::path(get, path = "/api/v1/notifications/unread-count",
    responses((status = 200, body = UnreadCount), (status = 401, body = ApiErrorBody)))]
pub async fn unread_count(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<UnreadCount>, ApiError> {
    let user = ctx.actor.require_user()?;
    Ok(Json(UnreadCount {
        unread: state.repo.unread_notifications(user.id).await?,
    }))
}

/// Mark one of the caller's notifications read (someone else's: 404).
#[utoipa::path(post, path = "/api/v1/notifications/{id}/read", params(("id" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn read_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<StatusCode, ApiError> {
    let user = ctx.actor.require_user()?;
    if !state.repo.mark_notification_read(user.id, id).await? {
        return Err(DomainError::NotFound.into());
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Mark all of the caller's notifications read.
#[utoipa::path(post, path = "/api/v1/notifications/read-all",
    responses((status = 200, body = MarkedRead), (status = 401, body = ApiErrorBody)))]
pub async fn read_all(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<MarkedRead>, ApiError> {
    let user = ctx.actor.require_user()?;
    Ok(Json(MarkedRead {
        marked: state.repo.mark_all_notifications_read(user.id).await?,
    }))
}

#[derive(OpenApi)]
#[openapi(
    paths(list, unread_count, read_one, read_all),
    components(schemas(NotificationItem, UnreadCount, MarkedRead, Notification))
)]
pub struct Doc;
