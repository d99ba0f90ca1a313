//! Events, their agenda and stands.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::event_common::events;
use crate::pages::event_common::viewer;
use crate::pages::events::EventParams;
use crate::AppState;
use axum::extract::multipart::{MultipartError, MultipartRejection};
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};
use klaster_domain::agenda::{
    Agenda, Material, RawSessionInput, Session, Speaker, MAX_MATERIAL_BYTES,
};
use klaster_domain::events::{
    Event, EventKind, EventVisibility, OrgRef, RawEventInput, RawText, When,
};
use klaster_domain::stands::{RawStandInput, Stand, Stands};
use klaster_domain::*;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events", get(list).post(create))
        .route("/events/{id}", get(get_one).put(update))
        .route(
            "/events/{id}/sessions",
            get(agenda_sessions).post(create_session),
        )
        .route(
            "/events/{id}/sessions/{sid}",
            put(update_session).delete(delete_session),
        )
        .route("/events/{id}/sessions/{sid}/speakers", post(add_speaker))
        .route(
            "/events/{id}/sessions/{sid}/speakers/{spid}",
            delete(remove_speaker),
        )
        .route(
            "/events/{id}/sessions/{sid}/materials",
            // Room for the multipart framing on top of the largest file.
            post(upload_material).layer(DefaultBodyLimit::max(MAX_MATERIAL_BYTES + 64 * 1024)),
        )
        .route(
            "/events/{id}/sessions/{sid}/materials/{mid}",
            delete(delete_material),
        )
        .route("/events/{id}/materials/{mid}", get(download_material))
        .route("/events/{id}/stands", get(stands).post(take_stand))
        .route(
            "/events/{id}/stands/{stand}",
            put(update_stand).delete(delete_stand),
        )
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct EventList {
    pub items: Vec<Event>,
    pub total: usize,
}

/// The events the caller may see that pass the filters (upcoming by default, soonest first;
/// past events latest first).
#[utoipa::path(get, path = "/api/v1/events", params(EventParams),
    responses((status = 200, body = EventList), (status = 422, body = ApiErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<EventParams>,
) -> Result<Json<EventList>, ApiError> {
    let filter = params.to_filter().map_err(DomainError::Validation)?;
    let v = viewer(&state, &ctx).await?;
    let items = events(&state)
        .list(&v, &filter, OffsetDateTime::now_utc())
        .await?;
    Ok(Json(EventList {
        total: items.len(),
        items,
    }))
}

/// Announce an event; the caller must administer one of the organisers (or be a platform
/// administrator). Times are local to `timezone`.
#[utoipa::path(post, path = "/api/v1/events", request_body = RawEventInput,
    responses((status = 201, body = Event), (status = 401, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(raw): ApiJson<RawEventInput>,
) -> Result<impl IntoResponse, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let ev = events(&state).create(&v, &raw).await?;
    Ok((StatusCode::CREATED, Json(ev)))
}

/// One event; members-only events are 404 for people outside the organisers' circle.
#[utoipa::path(get, path = "/api/v1/events/{id}", params(("id" = i64, Path)),
    responses((status = 200, body = Event), (status = 404, body = ApiErrorBody)))]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Event>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(events(&state).get(&v, id).await?))
}

/// Replace an event's fields (its organisers only).
#[utoipa::path(put, path = "/api/v1/events/{id}", params(("id" = i64, Path)), request_body = RawEventInput,
    responses((status = 200, body = Event), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawEventInput>,
) -> Result<Json<Event>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(events(&state).update(&v, id, &raw).await?))
}

fn agenda(state: &AppState) -> Agenda<'_> {
    Agenda { repo: &*state.repo }
}

/// The agenda: sessions in time order with speakers and materials.
#[utoipa::path(get, path = "/api/v1/events/{id}/sessions", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Session>), (status = 404, body = ApiErrorBody)))]
pub async fn agenda_sessions(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<Session>>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(agenda(&state).list(&v, id).await?))
}

/// Add a session (organisers). Times are local to the event's time zone and within its days.
#[utoipa::path(post, path = "/api/v1/events/{id}/sessions", params(("id" = i64, Path)), request_body = RawSessionInput,
    responses((status = 201, body = Session), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawSessionInput>,
) -> Result<impl IntoResponse, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let s = agenda(&state).create_session(&v, id, &raw).await?;
    Ok((StatusCode::CREATED, Json(s)))
}

/// Replace a session's fields (organisers).
#[utoipa::path(put, path = "/api/v1/events/{id}/sessions/{sid}", params(("id" = i64, Path), ("sid" = i64, Path)), request_body = RawSessionInput,
    responses((status = 200, body = Session), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawSessionInput>,
) -> Result<Json<Session>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(
        agenda(&state).update_session(&v, id, sid, &raw).await?,
    ))
}

/// Delete a session with its speakers and materials (organisers).
#[utoipa::path(delete, path = "/api/v1/events/{id}/sessions/{sid}", params(("id" = i64, Path), ("sid" = i64, Path)),
    responses((status = 204), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn delete_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    let v = viewer(&state, &ctx).await?;
    agenda(&state).delete_session(&v, id, sid).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A speaker to add to a session: a name, an optional role and an optional organisation profile.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawSpeakerInput {
    pub name: String,
    pub role: Option<String>,
    /// The speaker's organisation profile (must exist).
    pub org_id: Option<Id>,
}

/// Add a speaker to a session (organisers). `name` is required; `org_id` links a profile.
#[utoipa::path(post, path = "/api/v1/events/{id}/sessions/{sid}/speakers",
    params(("id" = i64, Path), ("sid" = i64, Path)), request_body = RawSpeakerInput,
    responses((status = 201, body = Speaker), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_speaker(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawSpeakerInput>,
) -> Result<impl IntoResponse, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let org_id = raw.org_id.map(|o| o.to_string());
    let sp = agenda(&state)
        .add_speaker(&v, id, sid, &raw.name, raw.role, org_id.as_deref())
        .await?;
    Ok((StatusCode::CREATED, Json(sp)))
}

/// Remove a speaker from a session (organisers).
#[utoipa::path(delete, path = "/api/v1/events/{id}/sessions/{sid}/speakers/{spid}",
    params(("id" = i64, Path), ("sid" = i64, Path), ("spid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn remove_speaker(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid, spid)): Path<(Id, Id, Id)>,
) -> Result<StatusCode, ApiError> {
    let v = viewer(&state, &ctx).await?;
    agenda(&state).remove_speaker(&v, id, sid, spid).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The multipart form of a material upload.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct MaterialUpload {
    /// The file (PDF, office documents, images, text, ZIP; at most 10 MB; the content must
    /// match the file name's extension).
    #[schema(value_type = String, format = Binary)]
    pub file: Vec<u8>,
}

/// Attach a file to a session (organisers): multipart field `file`, checked like the page's
/// upload (allowed types, content matching the extension, at most 10 MB).
#[utoipa::path(post, path = "/api/v1/events/{id}/sessions/{sid}/materials",
    params(("id" = i64, Path), ("sid" = i64, Path)),
    request_body(content = MaterialUpload, content_type = "multipart/form-data"),
    responses((status = 201, body = Material), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn upload_material(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, ApiError> {
    let mut multipart = multipart.map_err(|r| ApiError::BadRequest(r.status(), r.body_text()))?;
    let v = viewer(&state, &ctx).await?;
    // Beyond the body limit the stream stops with 413; anything else is a broken upload.
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
    let Some((name, data)) = file.filter(|(n, _)| !n.is_empty()) else {
        // Still only organisers learn that the file was missing.
        events(&state).get_as_organiser(&v, id).await?;
        return Err(DomainError::field("file", "choose a file to upload").into());
    };
    let m = agenda(&state).upload(&v, id, sid, &name, data).await?;
    Ok((StatusCode::CREATED, Json(m)).into_response())
}

/// Download a session's material as an attachment, for anyone who may see the event.
#[utoipa::path(get, path = "/api/v1/events/{id}/materials/{mid}",
    params(("id" = i64, Path), ("mid" = i64, Path)),
    responses((status = 200, description = "The file's content (its own content type), as an attachment"),
        (status = 404, body = ApiErrorBody)))]
pub async fn download_material(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, mid)): Path<(Id, Id)>,
) -> Result<Response, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let (m, data) = agenda(&state).download(&v, id, mid).await?;
    Ok(crate::pages::agenda::material_response(&m, data))
}

/// Delete a session's material (organisers).
#[utoipa::path(delete, path = "/api/v1/events/{id}/sessions/{sid}/materials/{mid}",
    params(("id" = i64, Path), ("sid" = i64, Path), ("mid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn delete_material(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid, mid)): Path<(Id, Id, Id)>,
) -> Result<StatusCode, ApiError> {
    let v = viewer(&state, &ctx).await?;
    agenda(&state).delete_material(&v, id, sid, mid).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The stands at the event.
#[utoipa::path(get, path = "/api/v1/events/{id}/stands", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Stand>), (status = 404, body = ApiErrorBody)))]
pub async fn stands(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<Stand>>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(Stands { repo: &*state.repo }.list(&v, id).await?))
}

/// Take a stand for an organisation the caller administers (offer up to 2000 characters);
/// refused once the event has ended.
#[utoipa::path(post, path = "/api/v1/events/{id}/stands", params(("id" = i64, Path)), request_body = RawStandInput,
    responses((status = 201, body = Stand), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn take_stand(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawStandInput>,
) -> Result<impl IntoResponse, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let s = Stands { repo: &*state.repo }
        .take(&v, id, &raw, OffsetDateTime::now_utc())
        .await?;
    Ok((StatusCode::CREATED, Json(s)))
}

/// Changes to a stand: `offer` by the organisation's administrators while the event has not
/// ended (up to 2000 characters), `label` by the organisers (up to 40 characters; empty
/// clears it). Absent fields stay as they are.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawStandUpdate {
    pub offer: Option<String>,
    pub label: Option<String>,
}

/// Edit a stand: the offer (the organisation's administrators) and/or the label (organisers).
/// Each change is checked on its own; the offer is applied first.
#[utoipa::path(put, path = "/api/v1/events/{id}/stands/{stand}",
    params(("id" = i64, Path), ("stand" = i64, Path)), request_body = RawStandUpdate,
    responses((status = 200, body = Stand), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update_stand(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, stand)): Path<(Id, Id)>,
    ApiJson(raw): ApiJson<RawStandUpdate>,
) -> Result<Json<Stand>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let service = Stands { repo: &*state.repo };
    if raw.offer.is_none() && raw.label.is_none() {
        v.require_user()?;
        return Err(DomainError::field("offer", "give an offer or a label to change").into());
    }
    if let Some(offer) = &raw.offer {
        service
            .edit_offer(&v, id, stand, offer, OffsetDateTime::now_utc())
            .await?;
    }
    if let Some(label) = &raw.label {
        service.set_label(&v, id, stand, label).await?;
    }
    let s = state
        .repo
        .stand(stand)
        .await?
        .ok_or(DomainError::NotFound)?;
    Ok(Json(s))
}

/// Take a stand down: its organisation's administrators withdraw it, the organisers remove it.
#[utoipa::path(delete, path = "/api/v1/events/{id}/stands/{stand}",
    params(("id" = i64, Path), ("stand" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn delete_stand(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, stand)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let service = Stands { repo: &*state.repo };
    match service.withdraw(&v, id, stand).await {
        Ok(()) => {}
        // Not the organisation's administrator: perhaps an organiser of the event.
        Err(DomainError::Forbidden) => service.remove(&v, id, stand).await?,
        Err(e) => return Err(e.into()),
    }
    Ok(StatusCode::NO_CONTENT)
}

#[derive(OpenApi)]
#[openapi(
    paths(
        list,
        create,
        get_one,
        update,
        agenda_sessions,
        create_session,
        update_session,
        delete_session,
        add_speaker,
        remove_speaker,
        upload_material,
        download_material,
        delete_material,
        stands,
        take_stand,
        update_stand,
        delete_stand
    ),
    components(schemas(
        EventList,
        Event,
        OrgRef,
        EventKind,
        EventVisibility,
        When,
        RawEventInput,
        RawText,
        Session,
        Speaker,
        Material,
        RawSessionInput,
        RawSpeakerInput,
        MaterialUpload,
        Stand,
        RawStandInput,
        RawStandUpdate,
        LocalizedText
    ))
)]
pub struct Doc;
