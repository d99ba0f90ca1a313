//! Working groups, proposals, study visits and reports.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::event_common::viewer;
use crate::pages::groups::groups;
use crate::pages::proposals::proposals as proposal_service;
use crate::pages::reports::reports;
use crate::AppState;
use axum::extract::multipart::{MultipartError, MultipartRejection};
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};
use klaster_domain::events::{Event, Events, OrgRef};
use klaster_domain::groups::*;
use klaster_domain::proposals::*;
use klaster_domain::reports::*;
use klaster_domain::*;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/events/{id}/groups",
            get(event_groups).post(create_event_group),
        )
        .route(
            "/organisations/{id}/groups",
            get(forum_groups).post(create_forum_group),
        )
        .route("/groups/{gid}", get(group))
        .route("/groups/{gid}/membership", post(join).delete(leave))
        .route("/groups/{gid}/posts", get(posts).post(add_post))
        .route("/groups/{gid}/posts/{pid}", delete(delete_post))
        .route("/groups/{gid}/conclusions", put(conclusions))
        .route("/events/{id}/proposals", get(proposals).post(add_proposal))
        .route("/proposals/{pid}/support", put(support).delete(unsupport))
        .route("/proposals/{pid}/study-visit", post(study_visit))
        .route("/events/{id}/visit", get(visit))
        .route("/events/{id}/delegates", post(add_delegate))
        .route("/events/{id}/delegates/{did}", delete(remove_delegate))
        .route("/events/{id}/outcome", put(set_outcome))
        .route("/events/{id}/report", get(report).put(save_report))
        .route("/events/{id}/report/photos", post(add_photo))
        .route("/events/{id}/report/photos/{pid}", delete(delete_photo))
}

/// A group with its members and what the caller may do there.
#[derive(Serialize, utoipa::ToSchema)]
pub struct GroupDetail {
    pub group: WorkingGroup,
    pub members: Vec<Person>,
    /// The caller has joined the group.
    pub member: bool,
    /// The caller may join (a confirmed participant).
    pub can_join: bool,
    pub can_post: bool,
    pub can_edit_conclusions: bool,
}

async fn detail(state: &AppState, a: GroupAccess) -> Result<GroupDetail, ApiError> {
    Ok(GroupDetail {
        members: state.repo.group_members(a.group.id).await?,
        member: a.member,
        can_join: a.participant,
        can_post: a.can_post(),
        can_edit_conclusions: a.can_edit_conclusions(),
        group: a.group,
    })
}

/// An event's working groups (unpublished conclusions only for the moderator and organisers).
#[utoipa::path(get, path = "/api/v1/events/{id}/groups", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<WorkingGroup>), (status = 404, body = ApiErrorBody)))]
pub async fn event_groups(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<WorkingGroup>>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(groups(&state).of_event(&v, id).await?.1))
}

/// Create a working group (the event's organisers).
#[utoipa::path(post, path = "/api/v1/events/{id}/groups", params(("id" = i64, Path)), request_body = RawGroupInput,
    responses((status = 201, body = WorkingGroup), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create_event_group(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawGroupInput>,
) -> Result<impl IntoResponse, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let g = groups(&state).create_for_event(&v, id, &raw).await?;
    Ok((StatusCode::CREATED, Json(g)))
}

/// The working groups of an organisation's standing forum.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/groups", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<WorkingGroup>), (status = 404, body = ApiErrorBody)))]
pub async fn forum_groups(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<WorkingGroup>>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(groups(&state).of_forum(&v, id).await?.1))
}

/// Create a forum group (the organisation's administrators).
#[utoipa::path(post, path = "/api/v1/organisations/{id}/groups", params(("id" = i64, Path)), request_body = RawGroupInput,
    responses((status = 201, body = WorkingGroup), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn create_forum_group(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawGroupInput>,
) -> Result<impl IntoResponse, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let g = groups(&state).create_for_forum(&v, id, &raw).await?;
    Ok((StatusCode::CREATED, Json(g)))
}

#[utoipa::path(get, path = "/api/v1/groups/{gid}", params(("gid" = i64, Path)),
    responses((status = 200, body = GroupDetail), (status = 404, body = ApiErrorBody)))]
pub async fn group(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(gid): Path<Id>,
) -> Result<Json<GroupDetail>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let a = groups(&state).access(&v, gid).await?;
    Ok(Json(detail(&state, a).await?))
}

/// Join the group (confirmed participants).
#[utoipa::path(post, path = "/api/v1/groups/{gid}/membership", params(("gid" = i64, Path)),
    responses((status = 200, body = GroupDetail), (status = 403, body = ApiErrorBody)))]
pub async fn join(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(gid): Path<Id>,
) -> Result<Json<GroupDetail>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let a = groups(&state).set_membership(&v, gid, true).await?;
    Ok(Json(detail(&state, a).await?))
}

/// Leave the group.
#[utoipa::path(delete, path = "/api/v1/groups/{gid}/membership", params(("gid" = i64, Path)),
    responses((status = 200, body = GroupDetail), (status = 401, body = ApiErrorBody)))]
pub async fn leave(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(gid): Path<Id>,
) -> Result<Json<GroupDetail>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let a = groups(&state).set_membership(&v, gid, false).await?;
    Ok(Json(detail(&state, a).await?))
}

/// The group's discussion, oldest first.
#[utoipa::path(get, path = "/api/v1/groups/{gid}/posts", params(("gid" = i64, Path)),
    responses((status = 200, body = Vec<GroupPost>), (status = 404, body = ApiErrorBody)))]
pub async fn posts(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(gid): Path<Id>,
) -> Result<Json<Vec<GroupPost>>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(groups(&state).posts(&v, gid).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewPost {
    /// 1–5000 characters.
    pub body: String,
}

/// Post to the discussion (members, the moderator and the organisers).
#[utoipa::path(post, path = "/api/v1/groups/{gid}/posts", params(("gid" = i64, Path)), request_body = NewPost,
    responses((status = 201, body = GroupPost), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_post(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(gid): Path<Id>,
    ApiJson(p): ApiJson<NewPost>,
) -> Result<impl IntoResponse, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let post = groups(&state).post(&v, gid, &p.body).await?;
    Ok((StatusCode::CREATED, Json(post)))
}

/// Delete a post from the discussion (the moderator and the organisers).
#[utoipa::path(delete, path = "/api/v1/groups/{gid}/posts/{pid}", params(("gid" = i64, Path), ("pid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn delete_post(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((gid, pid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    let v = viewer(&state, &ctx).await?;
    groups(&state).delete_post(&v, gid, pid).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct ConclusionsInput {
    pub conclusions: String,
    /// Publish (only after the event has ended; forums any time); false keeps it a draft.
    #[serde(default)]
    pub publish: bool,
}

/// Edit (and publish) the conclusions (the moderator and the organisers).
#[utoipa::path(put, path = "/api/v1/groups/{gid}/conclusions", params(("gid" = i64, Path)), request_body = ConclusionsInput,
    responses((status = 200, body = GroupDetail), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn conclusions(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(gid): Path<Id>,
    ApiJson(c): ApiJson<ConclusionsInput>,
) -> Result<Json<GroupDetail>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let a = groups(&state)
        .set_conclusions(
            &v,
            gid,
            &c.conclusions,
            c.publish,
            OffsetDateTime::now_utc(),
        )
        .await?;
    Ok(Json(detail(&state, a).await?))
}

/// The proposals of a stakeholder meeting, most supported first.
#[utoipa::path(get, path = "/api/v1/events/{id}/proposals", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Proposal>), (status = 404, body = ApiErrorBody)))]
pub async fn proposals(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<Proposal>>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(proposal_service(&state).list(&v, id).await?.1))
}

/// Propose a pilot action or a partner region (confirmed participants and organisers).
#[utoipa::path(post, path = "/api/v1/events/{id}/proposals", params(("id" = i64, Path)), request_body = RawProposal,
    responses((status = 201, body = Proposal), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_proposal(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawProposal>,
) -> Result<impl IntoResponse, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let p = proposal_service(&state).add(&v, id, &raw).await?;
    Ok((StatusCode::CREATED, Json(p)))
}

/// Support a proposal (once per person).
#[utoipa::path(put, path = "/api/v1/proposals/{pid}/support", params(("pid" = i64, Path)),
    responses((status = 200, body = Proposal), (status = 403, body = ApiErrorBody)))]
pub async fn support(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(pid): Path<Id>,
) -> Result<Json<Proposal>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(proposal_service(&state).support(&v, pid, true).await?))
}

/// Withdraw support.
#[utoipa::path(delete, path = "/api/v1/proposals/{pid}/support", params(("pid" = i64, Path)),
    responses((status = 200, body = Proposal), (status = 403, body = ApiErrorBody)))]
pub async fn unsupport(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(pid): Path<Id>,
) -> Result<Json<Proposal>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(
        proposal_service(&state).support(&v, pid, false).await?,
    ))
}

/// Turn the proposal into a study visit organised by the meeting's organisers.
#[utoipa::path(post, path = "/api/v1/proposals/{pid}/study-visit", params(("pid" = i64, Path)), request_body = StudyVisitInput,
    responses((status = 201, body = Event), (status = 403, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn study_visit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(pid): Path<Id>,
    ApiJson(input): ApiJson<StudyVisitInput>,
) -> Result<impl IntoResponse, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let ev = proposal_service(&state)
        .to_study_visit(&v, pid, &input)
        .await?;
    Ok((StatusCode::CREATED, Json(ev)))
}

/// A region: its code (NUTS or country) and its name in the caller's language.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Region {
    pub code: String,
    pub name: Option<String>,
}

/// The proposal a study visit was made from, and the meeting where it was proposed.
#[derive(Serialize, utoipa::ToSchema)]
pub struct VisitSource {
    pub proposal_id: Id,
    pub proposal_title: String,
    pub meeting_id: Id,
    pub meeting_title: String,
}

/// A study visit: who hosts it, the visiting delegation, where it came from and what it led to.
#[derive(Serialize, utoipa::ToSchema)]
pub struct VisitDetail {
    pub event_id: Id,
    pub title: String,
    /// The host region: the visit's NUTS region, or else its country.
    pub host_region: Option<Region>,
    /// The hosting organisations (the visit's organisers).
    pub organisers: Vec<OrgRef>,
    /// The visiting delegation, in the order added.
    pub delegates: Vec<Delegate>,
    /// The proposal it was made from, when the caller may see that proposal's meeting.
    pub source: Option<VisitSource>,
    pub outcome_note: Option<String>,
    /// The caller may edit the delegation and the outcome note.
    pub can_edit: bool,
}

async fn visit_detail(state: &AppState, ctx: &Ctx, id: Id) -> Result<VisitDetail, ApiError> {
    let v = viewer(state, ctx).await?;
    let service = proposal_service(state);
    let ev = service.visit(&v, id).await?;
    let lang = ctx.tr.code();
    let code = match (&ev.nuts, &ev.country) {
        (Some(n), _) => Some(n.to_string()),
        (None, Some(c)) => Some(c.to_string()),
        (None, None) => None,
    };
    let host_region = match code {
        Some(code) => Some(Region {
            name: service.region_name(&code, lang).await?,
            code,
        }),
        None => None,
    };
    let source = match ev.source_proposal_id {
        Some(pid) => match service.get(&v, pid).await {
            Ok(p) => {
                let meeting = Events { repo: &*state.repo }.get(&v, p.event_id).await?;
                Some(VisitSource {
                    proposal_id: p.id,
                    proposal_title: p.title,
                    meeting_id: meeting.id,
                    meeting_title: meeting.title,
                })
            }
            Err(DomainError::NotFound) => None,
            Err(e) => return Err(e.into()),
        },
        None => None,
    };
    Ok(VisitDetail {
        event_id: ev.id,
        can_edit: v.is_organiser(&ev),
        delegates: state.repo.delegates(id).await?,
        host_region,
        source,
        title: ev.title,
        organisers: ev.organisers,
        outcome_note: ev.outcome_note,
    })
}

/// A study visit's host region, organisers, delegation, source proposal and outcome note (404
/// for other kinds of events).
#[utoipa::path(get, path = "/api/v1/events/{id}/visit", params(("id" = i64, Path)),
    responses((status = 200, body = VisitDetail), (status = 404, body = ApiErrorBody)))]
pub async fn visit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<VisitDetail>, ApiError> {
    Ok(Json(visit_detail(&state, &ctx, id).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewDelegate {
    /// An organisation of the directory; its name is used and `name` is ignored.
    #[serde(default)]
    pub org_id: Option<Id>,
    /// A person or an organisation not in the directory (2–200 characters) when there is no
    /// `org_id`.
    #[serde(default)]
    pub name: String,
}

/// Add an organisation or a person to the visiting delegation (the visit's organisers).
#[utoipa::path(post, path = "/api/v1/events/{id}/delegates", params(("id" = i64, Path)), request_body = NewDelegate,
    responses((status = 201, body = Delegate), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_delegate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(d): ApiJson<NewDelegate>,
) -> Result<impl IntoResponse, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let delegate = proposal_service(&state)
        .add_delegate(&v, id, d.org_id, &d.name)
        .await?;
    Ok((StatusCode::CREATED, Json(delegate)))
}

/// Remove a member of the visiting delegation (the visit's organisers).
#[utoipa::path(delete, path = "/api/v1/events/{id}/delegates/{did}", params(("id" = i64, Path), ("did" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn remove_delegate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, did)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    let v = viewer(&state, &ctx).await?;
    proposal_service(&state)
        .remove_delegate(&v, id, did)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct OutcomeInput {
    /// What the visit led to, at most 20000 characters; empty clears it.
    #[serde(default, alias = "outcome_note")]
    pub note: String,
}

/// Write the visit's outcome note (the visit's organisers).
#[utoipa::path(put, path = "/api/v1/events/{id}/outcome", params(("id" = i64, Path)), request_body = OutcomeInput,
    responses((status = 200, body = VisitDetail), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn set_outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(o): ApiJson<OutcomeInput>,
) -> Result<Json<VisitDetail>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    proposal_service(&state)
        .set_outcome(&v, id, &o.note)
        .await
        .map_err(|e| match e {
            // The service names the page's form field; this body calls it `note`.
            DomainError::Validation(mut f) => {
                for err in &mut f.fields {
                    if err.field == "outcome_note" {
                        err.field = "note".into();
                    }
                }
                DomainError::Validation(f)
            }
            other => other,
        })?;
    Ok(Json(visit_detail(&state, &ctx, id).await?))
}

/// The event's report: published ones for everyone who sees the event, drafts for organisers.
#[utoipa::path(get, path = "/api/v1/events/{id}/report", params(("id" = i64, Path)),
    responses((status = 200, body = Report), (status = 404, body = ApiErrorBody)))]
pub async fn report(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Report>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let (_, r) = reports(&state).get(&v, id).await?;
    Ok(Json(r.ok_or(DomainError::NotFound)?))
}

/// Write the report's texts and video links, and publish or unpublish it (organisers). Photos
/// are added at `/api/v1/events/{id}/report/photos`.
#[utoipa::path(put, path = "/api/v1/events/{id}/report", params(("id" = i64, Path)), request_body = RawReport,
    responses((status = 200, body = Report), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn save_report(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawReport>,
) -> Result<Json<Report>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    let r = reports(&state)
        .save(&v, id, &raw, OffsetDateTime::now_utc())
        .await?;
    Ok(Json(r))
}

/// The multipart body of a photo upload (documentation only).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct PhotoUpload {
    /// A JPEG, PNG or WebP image of at most 5 MB (recognised by its bytes).
    #[schema(value_type = String, format = Binary)]
    pub photo: Vec<u8>,
    /// At most 300 characters.
    pub caption: Option<String>,
}

/// Add a photo to the report (organisers; at most 20 a report). A multipart body with the
/// fields `photo` and `caption`.
#[utoipa::path(post, path = "/api/v1/events/{id}/report/photos", params(("id" = i64, Path)),
    request_body(content = PhotoUpload, content_type = "multipart/form-data"),
    responses((status = 201, body = Photo), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_photo(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let mut multipart =
        multipart.map_err(|r| ApiError::BadRequest(StatusCode::BAD_REQUEST, r.body_text()))?;
    // Past the body limit the stream stops with 413; anything else is a broken upload.
    let unreadable = |e: MultipartError| {
        let msg = if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            format!(
                "a photo may be at most {} MB",
                MAX_PHOTO_BYTES / (1024 * 1024)
            )
        } else {
            "the upload could not be read".to_string()
        };
        DomainError::field("photo", msg)
    };
    let (mut caption, mut data) = (String::new(), Vec::new());
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        match field.name() {
            Some("caption") => caption = field.text().await.map_err(unreadable)?,
            Some("photo") => data = field.bytes().await.map_err(unreadable)?.to_vec(),
            _ => {}
        }
    }
    let v = viewer(&state, &ctx).await?;
    let photo = reports(&state).add_photo(&v, id, &caption, &data).await?;
    Ok((StatusCode::CREATED, Json(photo)))
}

/// Delete a photo of the report (organisers).
#[utoipa::path(delete, path = "/api/v1/events/{id}/report/photos/{pid}", params(("id" = i64, Path), ("pid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn delete_photo(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, pid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    let v = viewer(&state, &ctx).await?;
    reports(&state).delete_photo(&v, id, pid).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(OpenApi)]
#[openapi(
    paths(
        event_groups,
        create_event_group,
        forum_groups,
        create_forum_group,
        group,
        join,
        leave,
        posts,
        add_post,
        delete_post,
        conclusions,
        proposals,
        add_proposal,
        support,
        unsupport,
        study_visit,
        visit,
        add_delegate,
        remove_delegate,
        set_outcome,
        report,
        save_report,
        add_photo,
        delete_photo,
    ),
    components(schemas(
        WorkingGroup,
        GroupPost,
        Person,
        RawGroupInput,
        GroupDetail,
        NewPost,
        ConclusionsInput,
        Proposal,
        ProposalKind,
        RawProposal,
        StudyVisitInput,
        Report,
        Photo,
        RawReport,
        NewsItem,
        Delegate,
        OrgRef,
        Region,
        VisitSource,
        VisitDetail,
        NewDelegate,
        OutcomeInput,
        PhotoUpload,
        klaster_domain::events::RawText,
        LocalizedText,
    ))
)]
pub struct Doc;
