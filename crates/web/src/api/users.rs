use super::ApiJson;
use crate::auth::{new_token, token_hash};
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;
use klaster_domain::*;
use serde::{Deserialize, Serialize};

#[derive(Serialize, utoipa::ToSchema)]
pub struct Me {
    pub user: User,
    pub memberships: Vec<Membership>,
}

/// The user the request is authenticated as.
#[utoipa::path(get, path = "/api/v1/me", responses((status = 200, body = Me), (status = 401, body = ApiErrorBody)))]
pub async fn me(ctx: Ctx) -> Result<Json<Me>, ApiError> {
    let user = ctx.actor.require_user()?.clone();
    Ok(Json(Me {
        user,
        memberships: ctx.actor.memberships.clone(),
    }))
}

/// The caller's personal API tokens (never the secrets).
#[utoipa::path(get, path = "/api/v1/tokens", responses((status = 200, body = Vec<ApiToken>), (status = 401, body = ApiErrorBody)))]
pub async fn tokens(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<ApiToken>>, ApiError> {
    let user = ctx.actor.require_user()?;
    Ok(Json(state.repo.api_tokens(user.id).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewToken {
    pub name: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct CreatedToken {
    #[serde(flatten)]
    pub info: ApiToken,
    /// Shown once: only its hash is stored.
    pub token: String,
}

/// Create a personal API token; the secret is in the answer and nowhere else.
#[utoipa::path(post, path = "/api/v1/tokens", request_body = NewToken,
    responses((status = 201, body = CreatedToken), (status = 401, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create_token(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<NewToken>,
) -> Result<impl IntoResponse, ApiError> {
    let user = ctx.actor.require_user()?;
    let name = body.name.trim();
    if name.is_empty() || name.chars().count() > 80 {
        return Err(DomainError::field("name", "must be 1 to 80 characters long").into());
    }
    let token = new_token("kls_");
    let info = state
        .repo
        .create_api_token(user.id, name, &token_hash(&token))
        .await?;
    state
        .repo
        .audit(Some(user.id), "token.create", &format!("user:{}", user.id))
        .await?;
    Ok((StatusCode::CREATED, Json(CreatedToken { info, token })))
}

#[utoipa::path(delete, path = "/api/v1/tokens/{id}", params(("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ApiErrorBody)))]
pub async fn delete_token(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<StatusCode, ApiError> {
    let user = ctx.actor.require_user()?;
    if state.repo.delete_api_token(user.id, id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(DomainError::NotFound.into())
    }
}
