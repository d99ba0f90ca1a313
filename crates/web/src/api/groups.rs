//! Working groups, proposals, study visits and reports.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::groups::groups;
use crate::pages::proposals::proposals as proposal_service;
use crate::pages::reports::reports;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use klaster_domain::events::{Event, EventViewer};
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
        .route("/groups/{gid}/conclusions", put(conclusions))
        .route("/events/{id}/proposals", get(proposals).post(add_proposal))
        .route("/proposals/{pid}/support", put(support).delete(unsupport))
        .route("/proposals/{pid}/study-visit", post(study_visit))
        .route("/events/{id}/report", get(report).put(save_report))
        .route("/organisations/{id}/news", get(news))
}

async fn viewer(state: &AppState, ctx: &Ctx) -> Result<EventViewer, ApiError> {
    Ok(EventViewer::of(&*state.repo, &ctx.actor).await?)
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
/// are uploaded on the report page.
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

/// The published reports of events the organisation organised, newest first.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/news", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<NewsItem>)))]
pub async fn news(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<NewsItem>>, ApiError> {
    let v = viewer(&state, &ctx).await?;
    Ok(Json(reports(&state).news(&v, id).await?))
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
        conclusions,
        proposals,
        add_proposal,
        support,
        unsupport,
        study_visit,
        report,
        save_report,
        news,
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
        klaster_domain::events::RawText,
        LocalizedText,
    ))
)]
pub struct Doc;
