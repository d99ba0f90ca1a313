use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::directory::DirectoryParams;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use klaster_domain::directory::{ImportReport, RawOrgInput};
use klaster_domain::*;
use serde::Serialize;

#[derive(Serialize, utoipa::ToSchema)]
pub struct OrgList {
    pub items: Vec<Organisation>,
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    pub facets: Facets,
}

/// Search and filter the directory (the same filters as the directory page).
#[utoipa::path(get, path = "/api/v1/organisations", params(DirectoryParams),
    responses((status = 200, body = OrgList), (status = 422, body = ApiErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Query(params): Query<DirectoryParams>,
) -> Result<Json<OrgList>, ApiError> {
    let per_page = params.per_page.unwrap_or(20).clamp(1, 100);
    let query = params.to_query(per_page)?;
    let hits = state.index.search(&query).map_err(DomainError::Internal)?;
    let items = state.repo.orgs_by_ids(&hits.ids).await?;
    Ok(Json(OrgList {
        items,
        total: hits.total,
        page: query.offset / per_page + 1,
        per_page,
        facets: hits.facets,
    }))
}

/// Create a profile; the caller becomes its organisation administrator.
#[utoipa::path(post, path = "/api/v1/organisations", request_body = RawOrgInput,
    responses((status = 201, body = Organisation), (status = 401, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(raw): ApiJson<RawOrgInput>,
) -> Result<impl IntoResponse, ApiError> {
    let org = state.directory().create(&ctx.actor, &raw).await?;
    state.matching.touch();
    Ok((StatusCode::CREATED, Json(org)))
}

#[utoipa::path(get, path = "/api/v1/organisations/{id}", params(("id" = i64, Path)),
    responses((status = 200, body = Organisation), (status = 404, body = ApiErrorBody)))]
pub async fn get_one(
    State(state): State<AppState>,
    Path(id): Path<Id>,
) -> Result<Json<Organisation>, ApiError> {
    Ok(Json(
        state.repo.org(id).await?.ok_or(DomainError::NotFound)?,
    ))
}

/// Replace a profile's fields (organisation administrators and platform administrators).
#[utoipa::path(put, path = "/api/v1/organisations/{id}", params(("id" = i64, Path)), request_body = RawOrgInput,
    responses((status = 200, body = Organisation), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawOrgInput>,
) -> Result<Json<Organisation>, ApiError> {
    let org = state.directory().update(&ctx.actor, id, &raw).await?;
    state.matching.touch();
    Ok(Json(org))
}

/// A cluster's member organisations.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/members", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<ClusterMember>), (status = 404, body = ApiErrorBody)))]
pub async fn members(
    State(state): State<AppState>,
    Path(id): Path<Id>,
) -> Result<Json<Vec<ClusterMember>>, ApiError> {
    state.repo.org(id).await?.ok_or(DomainError::NotFound)?;
    Ok(Json(state.repo.cluster_members(id).await?))
}

/// Import organisations from CSV (platform administrators). All rows or none: a refused file
/// answers 422 with every bad row's line, field and message.
#[utoipa::path(post, path = "/api/v1/organisations/import", request_body(content = String, content_type = "text/csv"),
    responses((status = 201, body = ImportReport), (status = 415, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    body: String,
) -> Result<impl IntoResponse, ApiError> {
    let is_csv = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/csv"));
    if !is_csv {
        return Err(ApiError::BadRequest(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "expected Content-Type: text/csv".into(),
        ));
    }
    let report = state.directory().import_csv(&ctx.actor, &body).await?;
    state.matching.touch();
    Ok((StatusCode::CREATED, Json(report)))
}
