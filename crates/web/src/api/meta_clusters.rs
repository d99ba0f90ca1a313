//! JSON API of meta-clusters: the partnerships, their members and invitations, the cooperation
//! agreement with its document, and joint actions.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::meta_clusters::{document_response, service};
use crate::AppState;
use axum::extract::multipart::{MultipartError, MultipartRejection};
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use klaster_domain::agenda::MAX_MATERIAL_BYTES;
use klaster_domain::meta_clusters::*;
use klaster_domain::*;
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/meta-clusters", get(list).post(create))
        .route("/meta-clusters/invitations", get(my_invitations))
        .route("/meta-clusters/{id}", get(get_one).put(update))
        .route("/meta-clusters/{id}/invitations", post(invite))
        .route("/meta-clusters/{id}/invitations/{org}", delete(withdraw))
        .route("/meta-clusters/{id}/invitations/{org}/accept", post(accept))
        .route(
            "/meta-clusters/{id}/invitations/{org}/decline",
            post(decline),
        )
        .route("/meta-clusters/{id}/members/{org}", delete(remove_member))
        .route(
            "/meta-clusters/{id}/agreement",
            get(agreement).put(save_agreement),
        )
        .route(
            "/meta-clusters/{id}/agreement/document",
            get(download)
                .post(upload)
                .layer(DefaultBodyLimit::max(MAX_MATERIAL_BYTES + 64 * 1024)),
        )
        .route("/meta-clusters/{id}/actions", get(actions).post(add_action))
        .route("/meta-clusters/{id}/actions/{aid}", delete(delete_action))
}

/// A meta-cluster with its members (and pending invitations), agreement and joint actions.
#[derive(Serialize, utoipa::ToSchema)]
pub struct MetaClusterDetail {
    pub meta_cluster: MetaCluster,
    /// Members, invited, declined and former members (see `state`), coordinator first.
    pub members: Vec<MetaMember>,
    pub agreement: Option<Agreement>,
    pub actions: Vec<JointAction>,
    /// The caller may edit, invite, manage the agreement and actions.
    pub can_coordinate: bool,
}

async fn detail(
    state: &AppState,
    ctx: &Ctx,
    m: MetaCluster,
) -> Result<MetaClusterDetail, ApiError> {
    Ok(MetaClusterDetail {
        members: state.repo.meta_members(m.id).await?,
        agreement: state.repo.meta_agreement(m.id).await?,
        actions: state.repo.meta_actions(m.id).await?,
        can_coordinate: m.require_coordinator(&ctx.actor).is_ok(),
        meta_cluster: m,
    })
}

/// A meta-cluster in a list, with its members.
#[derive(Serialize, utoipa::ToSchema)]
pub struct MetaClusterItem {
    pub meta_cluster: MetaCluster,
    pub members: Vec<MetaMember>,
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// forming, active or ended
    pub status: Option<String>,
    /// A sector name or an ecosystem code.
    pub sector: Option<String>,
    /// A member's country (ISO code).
    pub country: Option<String>,
    /// Part of the name.
    pub q: Option<String>,
}

/// Meta-clusters, filtered by status, sector or ecosystem, a member's country and name.
#[utoipa::path(get, path = "/api/v1/meta-clusters", params(ListParams),
    responses((status = 200, body = Vec<MetaClusterItem>)))]
pub async fn list(
    State(state): State<AppState>,
    Query(p): Query<ListParams>,
) -> Result<Json<Vec<MetaClusterItem>>, ApiError> {
    let f = MetaFilter {
        status: p.status,
        sector: p.sector,
        country: p.country,
        q: p.q,
    };
    Ok(Json(
        service(&state)
            .list(&f)
            .await?
            .into_iter()
            .map(|(meta_cluster, members)| MetaClusterItem {
                meta_cluster,
                members,
            })
            .collect(),
    ))
}

/// Propose a meta-cluster (administrators of a cluster): `coordinator_id` is one of the caller's
/// clusters (optional when there is only one); it becomes the first member; status forming.
#[utoipa::path(post, path = "/api/v1/meta-clusters", request_body = RawMetaCluster,
    responses((status = 201, body = MetaClusterDetail), (status = 401, body = ApiErrorBody),
        (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(raw): ApiJson<RawMetaCluster>,
) -> Result<impl IntoResponse, ApiError> {
    let m = service(&state).create(&ctx.actor, &raw, today()).await?;
    Ok((StatusCode::CREATED, Json(detail(&state, &ctx, m).await?)))
}

#[utoipa::path(get, path = "/api/v1/meta-clusters/{id}", params(("id" = i64, Path)),
    responses((status = 200, body = MetaClusterDetail), (status = 404, body = ApiErrorBody)))]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<MetaClusterDetail>, ApiError> {
    let m = service(&state).get(id).await?;
    Ok(Json(detail(&state, &ctx, m).await?))
}

/// Change the meta-cluster, its status included (the coordinator's administrators).
#[utoipa::path(put, path = "/api/v1/meta-clusters/{id}", params(("id" = i64, Path)), request_body = RawMetaCluster,
    responses((status = 200, body = MetaClusterDetail), (status = 401, body = ApiErrorBody),
        (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawMetaCluster>,
) -> Result<Json<MetaClusterDetail>, ApiError> {
    let m = service(&state).update(&ctx.actor, id, &raw).await?;
    Ok(Json(detail(&state, &ctx, m).await?))
}

/// The pending invitations of the clusters the caller administers.
#[utoipa::path(get, path = "/api/v1/meta-clusters/invitations",
    responses((status = 200, body = Vec<OrgMetaCluster>), (status = 401, body = ApiErrorBody)))]
pub async fn my_invitations(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<OrgMetaCluster>>, ApiError> {
    ctx.actor.require_user()?;
    Ok(Json(service(&state).invitations_for(&ctx.actor).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewInvitation {
    /// The cluster organisation to invite.
    pub org_id: Option<Id>,
    /// Up to 2000 characters.
    #[serde(default)]
    pub message: String,
}

/// Invite a cluster (the coordinator): not one that is a member or invited already; declined
/// and former members may be invited again.
#[utoipa::path(post, path = "/api/v1/meta-clusters/{id}/invitations", params(("id" = i64, Path)), request_body = NewInvitation,
    responses((status = 201, body = Vec<MetaMember>), (status = 401, body = ApiErrorBody),
        (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(body): ApiJson<NewInvitation>,
) -> Result<impl IntoResponse, ApiError> {
    service(&state)
        .invite(&ctx.actor, id, body.org_id, &body.message)
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(state.repo.meta_members(id).await?),
    ))
}

/// Withdraw a pending invitation (the coordinator).
#[utoipa::path(delete, path = "/api/v1/meta-clusters/{id}/invitations/{org}",
    params(("id" = i64, Path), ("org" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, org)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    service(&state).withdraw(&ctx.actor, id, org).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Accept the invitation: only administrators of the invited cluster (the cluster becomes a
/// member, joining today).
#[utoipa::path(post, path = "/api/v1/meta-clusters/{id}/invitations/{org}/accept",
    params(("id" = i64, Path), ("org" = i64, Path)),
    responses((status = 200, body = Vec<MetaMember>), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn accept(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, org)): Path<(Id, Id)>,
) -> Result<Json<Vec<MetaMember>>, ApiError> {
    service(&state)
        .answer(&ctx.actor, id, org, true, today())
        .await?;
    Ok(Json(state.repo.meta_members(id).await?))
}

/// Decline the invitation: only administrators of the invited cluster.
#[utoipa::path(post, path = "/api/v1/meta-clusters/{id}/invitations/{org}/decline",
    params(("id" = i64, Path), ("org" = i64, Path)),
    responses((status = 200, body = Vec<MetaMember>), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn decline(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, org)): Path<(Id, Id)>,
) -> Result<Json<Vec<MetaMember>>, ApiError> {
    service(&state)
        .answer(&ctx.actor, id, org, false, today())
        .await?;
    Ok(Json(state.repo.meta_members(id).await?))
}

/// A member leaves (its administrators) or is removed (the coordinator); the coordinator stays.
#[utoipa::path(delete, path = "/api/v1/meta-clusters/{id}/members/{org}",
    params(("id" = i64, Path), ("org" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn remove_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, org)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    service(&state).remove_member(&ctx.actor, id, org).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The cooperation agreement (404 when none is recorded).
#[utoipa::path(get, path = "/api/v1/meta-clusters/{id}/agreement", params(("id" = i64, Path)),
    responses((status = 200, body = Agreement), (status = 404, body = ApiErrorBody)))]
pub async fn agreement(
    State(state): State<AppState>,
    Path(id): Path<Id>,
) -> Result<Json<Agreement>, ApiError> {
    Ok(Json(
        service(&state)
            .agreement(id)
            .await?
            .ok_or(DomainError::NotFound)?,
    ))
}

/// Record the agreement's signing date, place, signatories and summary (the coordinator).
#[utoipa::path(put, path = "/api/v1/meta-clusters/{id}/agreement", params(("id" = i64, Path)), request_body = RawAgreement,
    responses((status = 200, body = Agreement), (status = 401, body = ApiErrorBody),
        (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn save_agreement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawAgreement>,
) -> Result<Json<Agreement>, ApiError> {
    Ok(Json(
        service(&state).save_agreement(&ctx.actor, id, &raw).await?,
    ))
}

/// The multipart form of the agreement's document.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct AgreementUpload {
    /// The signed document (PDF, office documents, images, text; at most 10 MB; the content
    /// must match the file name's extension).
    #[schema(value_type = String, format = Binary)]
    pub file: Vec<u8>,
}

/// Upload the signed document (the coordinator): multipart field `file`.
#[utoipa::path(post, path = "/api/v1/meta-clusters/{id}/agreement/document", params(("id" = i64, Path)),
    request_body(content = AgreementUpload, content_type = "multipart/form-data"),
    responses((status = 201, body = Agreement), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, ApiError> {
    let mut multipart = multipart.map_err(|r| ApiError::BadRequest(r.status(), r.body_text()))?;
    // Only the coordinator learns anything about the upload.
    service(&state)
        .get(id)
        .await?
        .require_coordinator(&ctx.actor)?;
    let unreadable = |e: MultipartError| {
        let msg = if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            "must be at most 10 MB"
        } else {
            "the upload could not be read"
        };
        DomainError::field("file", msg)
    };
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        if field.name() == Some("file") {
            let name = field.file_name().unwrap_or("").to_string();
            let bytes = field.bytes().await.map_err(unreadable)?;
            file = Some((name, bytes.to_vec()));
        }
    }
    let (name, data) = file.unwrap_or_default();
    let a = service(&state)
        .upload_agreement(&ctx.actor, id, &name, &data)
        .await?;
    Ok((StatusCode::CREATED, Json(a)).into_response())
}

/// Download the signed document, for everyone.
#[utoipa::path(get, path = "/api/v1/meta-clusters/{id}/agreement/document", params(("id" = i64, Path)),
    responses((status = 200, description = "The document (its own content type), as an attachment"),
        (status = 404, body = ApiErrorBody)))]
pub async fn download(
    State(state): State<AppState>,
    Path(id): Path<Id>,
) -> Result<Response, ApiError> {
    let (doc, data) = service(&state).agreement_document(id).await?;
    Ok(document_response(&doc, data))
}

/// Joint actions, newest first.
#[utoipa::path(get, path = "/api/v1/meta-clusters/{id}/actions", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<JointAction>), (status = 404, body = ApiErrorBody)))]
pub async fn actions(
    State(state): State<AppState>,
    Path(id): Path<Id>,
) -> Result<Json<Vec<JointAction>>, ApiError> {
    Ok(Json(service(&state).actions(id).await?))
}

/// Add a joint action (the coordinator): an event or project on the platform by number, a
/// study visit, or a described action.
#[utoipa::path(post, path = "/api/v1/meta-clusters/{id}/actions", params(("id" = i64, Path)), request_body = RawAction,
    responses((status = 201, body = JointAction), (status = 401, body = ApiErrorBody),
        (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawAction>,
) -> Result<impl IntoResponse, ApiError> {
    let a = service(&state).add_action(&ctx.actor, id, &raw).await?;
    Ok((StatusCode::CREATED, Json(a)))
}

/// Remove a joint action (the coordinator).
#[utoipa::path(delete, path = "/api/v1/meta-clusters/{id}/actions/{aid}",
    params(("id" = i64, Path), ("aid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn delete_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, aid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    service(&state).delete_action(&ctx.actor, id, aid).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(OpenApi)]
#[openapi(paths(
    list,
    create,
    get_one,
    update,
    my_invitations,
    invite,
    withdraw,
    accept,
    decline,
    remove_member,
    agreement,
    save_agreement,
    upload,
    download,
    actions,
    add_action,
    delete_action,
))]
pub struct Doc;
