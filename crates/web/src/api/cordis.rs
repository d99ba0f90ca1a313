//! JSON API: CORDIS import.

use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::admin::{read_cordis_files, run_cordis_import};
use crate::AppState;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use klaster_domain::cordis::{AmbiguousOrg, Candidate, Report};
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new().route("/imports/cordis", post(import))
}

#[derive(OpenApi)]
#[openapi(
    paths(import),
    components(schemas(Report, AmbiguousOrg, Candidate, CordisUpload))
)]
pub struct Doc;

/// The multipart body of a CORDIS import (documentation only).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct CordisUpload {
    /// One or more CORDIS CSV files (any field name; the uploaded file names count):
    /// `project*.csv` (required), `organization*.csv`, `topics*.csv`. Other files are ignored.
    #[schema(value_type = Vec<String>, format = Binary)]
    files: Vec<Vec<u8>>,
}

/// Import projects and partners from CORDIS CSV exports (platform administrators). All files in
/// one multipart body; all or nothing: a malformed file is answered with 422 and the rows at fault
/// (file and column in `field`, with the line), and nothing is stored. Re-importing the same files
/// changes nothing.
#[utoipa::path(post, path = "/api/v1/imports/cordis",
    request_body(content = CordisUpload, content_type = "multipart/form-data"),
    responses((status = 200, body = Report), (status = 401, body = ApiErrorBody),
        (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Json<Report>, ApiError> {
    // Refuse before reading the body.
    ctx.actor.can_moderate()?;
    let multipart =
        multipart.map_err(|r| ApiError::BadRequest(StatusCode::BAD_REQUEST, r.body_text()))?;
    let (files, _) = read_cordis_files(multipart).await?;
    Ok(Json(run_cordis_import(&state, &ctx.actor, &files).await?))
}
