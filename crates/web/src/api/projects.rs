//! JSON API: projects, their partners, work packages, results and events.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::projects::projects;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{delete, get, put};
use axum::{Json, Router};
use klaster_domain::projects::*;
use klaster_domain::*;
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/projects", get(list).post(create))
        .route("/projects/{id}", get(get_one).put(update).delete(remove))
        .route("/projects/{id}/partners", get(partners).post(add_partner))
        .route(
            "/projects/{id}/partners/{pid}",
            put(update_partner).delete(remove_partner),
        )
        .route(
            "/projects/{id}/work-packages",
            get(work_packages).post(add_work_package),
        )
        .route(
            "/projects/{id}/work-packages/{wid}",
            put(update_work_package).delete(delete_work_package),
        )
        .route("/projects/{id}/results", get(results).post(add_result))
        .route(
            "/projects/{id}/results/{rid}",
            put(update_result).delete(delete_result),
        )
        .route("/projects/{id}/events", get(events).post(link_event))
        .route("/projects/{id}/events/{eid}", delete(unlink_event))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ProjectList {
    pub items: Vec<ProjectSummary>,
    /// How many projects pass the filters (all pages).
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
}

/// Projects passing the filters, newest start first, with the lead partner and consortium size.
#[utoipa::path(get, path = "/api/v1/projects", params(RawProjectFilter),
    responses((status = 200, body = ProjectList), (status = 422, body = ApiErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Query(raw): Query<RawProjectFilter>,
) -> Result<Json<ProjectList>, ApiError> {
    let filter = raw.parse().map_err(DomainError::Validation)?;
    let per_page = raw.per_page.unwrap_or(50).clamp(1, 100);
    let page = raw.page.unwrap_or(1).clamp(1, 10_000);
    let (items, total) = projects(&state)
        .list(&filter, (page - 1) * per_page, per_page)
        .await?;
    Ok(Json(ProjectList {
        items,
        total,
        page,
        per_page,
    }))
}

/// Create a project; `lead_org_id` must be an organisation the caller administers (any, for
/// platform administrators). Further partners may be given in `partners`.
#[utoipa::path(post, path = "/api/v1/projects", request_body = RawProject,
    responses((status = 201, body = Project), (status = 401, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(raw): ApiJson<RawProject>,
) -> Result<impl IntoResponse, ApiError> {
    let p = projects(&state).create(&ctx.actor, &raw).await?;
    Ok((StatusCode::CREATED, Json(p)))
}

/// One project with its partners, work packages, results and events.
#[utoipa::path(get, path = "/api/v1/projects/{id}", params(("id" = i64, Path)),
    responses((status = 200, body = ProjectDetail), (status = 404, body = ApiErrorBody)))]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<ProjectDetail>, ApiError> {
    Ok(Json(projects(&state).get(&ctx.actor, id).await?))
}

/// Replace a project's fields (administrators of its partners).
#[utoipa::path(put, path = "/api/v1/projects/{id}", params(("id" = i64, Path)), request_body = RawProject,
    responses((status = 200, body = Project), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawProject>,
) -> Result<Json<Project>, ApiError> {
    Ok(Json(projects(&state).update(&ctx.actor, id, &raw).await?))
}

/// Delete a project (administrators of the lead partner).
#[utoipa::path(delete, path = "/api/v1/projects/{id}", params(("id" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<StatusCode, ApiError> {
    projects(&state).delete(&ctx.actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The consortium, lead partner first.
#[utoipa::path(get, path = "/api/v1/projects/{id}/partners", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<ProjectPartner>), (status = 404, body = ApiErrorBody)))]
pub async fn partners(
    State(state): State<AppState>,
    Path(id): Path<Id>,
) -> Result<Json<Vec<ProjectPartner>>, ApiError> {
    state.repo.project(id).await?.ok_or(DomainError::NotFound)?;
    Ok(Json(state.repo.project_partners(id).await?))
}

/// Add a partner (administrators of the lead partner). A project has exactly one lead.
#[utoipa::path(post, path = "/api/v1/projects/{id}/partners", params(("id" = i64, Path)), request_body = RawPartner,
    responses((status = 201, body = ProjectPartner), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_partner(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawPartner>,
) -> Result<impl IntoResponse, ApiError> {
    let p = projects(&state).add_partner(&ctx.actor, id, &raw).await?;
    Ok((StatusCode::CREATED, Json(p)))
}

/// Change a partner, e.g. link an imported partner to its profile with `org_id`.
#[utoipa::path(put, path = "/api/v1/projects/{id}/partners/{pid}", params(("id" = i64, Path), ("pid" = i64, Path)), request_body = RawPartner,
    responses((status = 200, body = ProjectPartner), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update_partner(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, pid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawPartner>,
) -> Result<Json<ProjectPartner>, ApiError> {
    Ok(Json(
        projects(&state)
            .update_partner(&ctx.actor, id, pid, &raw)
            .await?,
    ))
}

/// Remove a partner (not the lead).
#[utoipa::path(delete, path = "/api/v1/projects/{id}/partners/{pid}", params(("id" = i64, Path), ("pid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn remove_partner(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, pid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    projects(&state).remove_partner(&ctx.actor, id, pid).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/projects/{id}/work-packages", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<WorkPackage>), (status = 404, body = ApiErrorBody)))]
pub async fn work_packages(
    State(state): State<AppState>,
    Path(id): Path<Id>,
) -> Result<Json<Vec<WorkPackage>>, ApiError> {
    state.repo.project(id).await?.ok_or(DomainError::NotFound)?;
    Ok(Json(state.repo.work_packages(id).await?))
}

#[utoipa::path(post, path = "/api/v1/projects/{id}/work-packages", params(("id" = i64, Path)), request_body = RawWorkPackage,
    responses((status = 201, body = WorkPackage), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_work_package(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawWorkPackage>,
) -> Result<impl IntoResponse, ApiError> {
    let w = projects(&state)
        .add_work_package(&ctx.actor, id, &raw)
        .await?;
    Ok((StatusCode::CREATED, Json(w)))
}

#[utoipa::path(put, path = "/api/v1/projects/{id}/work-packages/{wid}", params(("id" = i64, Path), ("wid" = i64, Path)), request_body = RawWorkPackage,
    responses((status = 200, body = WorkPackage), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update_work_package(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, wid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawWorkPackage>,
) -> Result<Json<WorkPackage>, ApiError> {
    Ok(Json(
        projects(&state)
            .update_work_package(&ctx.actor, id, wid, &raw)
            .await?,
    ))
}

#[utoipa::path(delete, path = "/api/v1/projects/{id}/work-packages/{wid}", params(("id" = i64, Path), ("wid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn delete_work_package(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, wid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    projects(&state)
        .delete_work_package(&ctx.actor, id, wid)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/projects/{id}/results", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<ProjectResult>), (status = 404, body = ApiErrorBody)))]
pub async fn results(
    State(state): State<AppState>,
    Path(id): Path<Id>,
) -> Result<Json<Vec<ProjectResult>>, ApiError> {
    state.repo.project(id).await?.ok_or(DomainError::NotFound)?;
    Ok(Json(state.repo.project_results(id).await?))
}

#[utoipa::path(post, path = "/api/v1/projects/{id}/results", params(("id" = i64, Path)), request_body = RawResult,
    responses((status = 201, body = ProjectResult), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_result(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawResult>,
) -> Result<impl IntoResponse, ApiError> {
    let r = projects(&state).add_result(&ctx.actor, id, &raw).await?;
    Ok((StatusCode::CREATED, Json(r)))
}

#[utoipa::path(put, path = "/api/v1/projects/{id}/results/{rid}", params(("id" = i64, Path), ("rid" = i64, Path)), request_body = RawResult,
    responses((status = 200, body = ProjectResult), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update_result(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawResult>,
) -> Result<Json<ProjectResult>, ApiError> {
    Ok(Json(
        projects(&state)
            .update_result(&ctx.actor, id, rid, &raw)
            .await?,
    ))
}

#[utoipa::path(delete, path = "/api/v1/projects/{id}/results/{rid}", params(("id" = i64, Path), ("rid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn delete_result(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    projects(&state).delete_result(&ctx.actor, id, rid).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The project's events the caller may see, by start.
#[utoipa::path(get, path = "/api/v1/projects/{id}/events", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<ProjectEvent>), (status = 404, body = ApiErrorBody)))]
pub async fn events(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<ProjectEvent>>, ApiError> {
    Ok(Json(projects(&state).get(&ctx.actor, id).await?.events))
}

#[derive(Deserialize, Serialize, utoipa::ToSchema)]
pub struct EventLink {
    pub event_id: Option<Id>,
}

/// Link an existing event to the project.
#[utoipa::path(post, path = "/api/v1/projects/{id}/events", params(("id" = i64, Path)), request_body = EventLink,
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn link_event(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(body): ApiJson<EventLink>,
) -> Result<StatusCode, ApiError> {
    projects(&state)
        .link_event(&ctx.actor, id, body.event_id)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/api/v1/projects/{id}/events/{eid}", params(("id" = i64, Path), ("eid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn unlink_event(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, eid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    projects(&state).unlink_event(&ctx.actor, id, eid).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(OpenApi)]
#[openapi(
    paths(
        list,
        create,
        get_one,
        update,
        remove,
        partners,
        add_partner,
        update_partner,
        remove_partner,
        work_packages,
        add_work_package,
        update_work_package,
        delete_work_package,
        results,
        add_result,
        update_result,
        delete_result,
        events,
        link_event,
        unlink_event,
    ),
    components(schemas(
        ProjectList,
        ProjectSummary,
        Project,
        ProjectDetail,
        ProjectPartner,
        WorkPackage,
        ProjectResult,
        ProjectEvent,
        ProjectLink,
        RawProject,
        RawPartner,
        RawWorkPackage,
        RawResult,
        EventLink,
        MoneySchema,
        Programme,
        ProjectStatus,
        PartnerRole,
        ResultKind,
    ))
)]
pub struct Doc;
