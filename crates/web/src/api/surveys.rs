//! Surveys: building them, answering them and reading their results.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use klaster_domain::surveys::*;
use klaster_domain::{DomainError, Id, OrgKind};
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/surveys", get(list).post(create))
        .route("/surveys/{id}", get(get_one).put(update).delete(delete))
        .route("/surveys/{id}/sections", post(add_section))
        .route("/surveys/{id}/questions", post(add_question))
        .route(
            "/surveys/{id}/questions/{key}",
            put(update_question).delete(delete_question),
        )
        .route("/surveys/{id}/status", post(set_status))
        .route("/surveys/{id}/response", get(my_response).put(answer))
        .route("/surveys/{id}/results", get(results))
        .route("/surveys/{id}/crosstab", get(crosstab))
        .route("/surveys/{id}/responses.csv", get(responses_csv))
        .route("/surveys/{id}/results.csv", get(results_csv))
}

pub fn surveys(state: &AppState) -> Surveys<'_> {
    Surveys { repo: &*state.repo }
}

/// A survey in a list: its settings and how many have answered.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SurveySummary {
    pub id: Id,
    pub owner_org_id: Option<Id>,
    pub owner_project_id: Option<Id>,
    pub owner_name: String,
    #[schema(value_type = BTreeMap<String, String>)]
    pub title: Texts,
    pub status: SurveyStatus,
    pub audience: Audience,
    pub anonymous: bool,
    pub per_org: bool,
    pub results_public: bool,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub closes_at: Option<time::OffsetDateTime>,
    pub questions: usize,
    pub responses: i64,
    pub is_demo: bool,
    pub can_edit: bool,
}

/// The surveys the caller may see: open and closed ones, and drafts of their own.
#[utoipa::path(get, path = "/api/v1/surveys", responses((status = 200, body = Vec<SurveySummary>)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<SurveySummary>>, ApiError> {
    let list = surveys(&state).list(&ctx.actor).await?;
    Ok(Json(
        list.into_iter()
            .map(|(s, n, access)| SurveySummary {
                id: s.id,
                owner_org_id: s.owner_org_id,
                owner_project_id: s.owner_project_id,
                owner_name: s.owner_name,
                title: s.title,
                status: s.status,
                audience: s.audience,
                anonymous: s.anonymous,
                per_org: s.per_org,
                results_public: s.results_public,
                closes_at: s.closes_at,
                questions: s.structure.questions.len(),
                responses: n,
                is_demo: s.is_demo,
                can_edit: access.can_edit,
            })
            .collect(),
    ))
}

/// A survey with its sections and questions (drafts only for their owners).
#[utoipa::path(get, path = "/api/v1/surveys/{id}", params(("id" = i64, Path)),
    responses((status = 200, body = Survey), (status = 404, body = ApiErrorBody)))]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Survey>, ApiError> {
    Ok(Json(surveys(&state).get(&ctx.actor, id).await?.0))
}

/// Create a draft survey (administrators of the owner organisation, or of a partner of the owner
/// project).
#[utoipa::path(post, path = "/api/v1/surveys", request_body = RawSurveyInput,
    responses((status = 201, body = Survey), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(raw): ApiJson<RawSurveyInput>,
) -> Result<impl IntoResponse, ApiError> {
    let sv = surveys(&state);
    let id = sv
        .create(&ctx.actor, &raw, &crate::auth::new_token(""))
        .await?;
    Ok((StatusCode::CREATED, Json(sv.get(&ctx.actor, id).await?.0)))
}

/// Change a survey's settings (owners). Whether it is anonymous or per organisation can change
/// only while it is a draft.
#[utoipa::path(put, path = "/api/v1/surveys/{id}", params(("id" = i64, Path)), request_body = RawSurveyInput,
    responses((status = 200, body = Survey), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawSurveyInput>,
) -> Result<Json<Survey>, ApiError> {
    let sv = surveys(&state);
    sv.update(&ctx.actor, id, &raw).await?;
    Ok(Json(sv.get(&ctx.actor, id).await?.0))
}

/// Delete a survey and its responses (owners).
#[utoipa::path(delete, path = "/api/v1/surveys/{id}", params(("id" = i64, Path)),
    responses((status = 204), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<StatusCode, ApiError> {
    surveys(&state).delete(&ctx.actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct SectionBody {
    #[schema(value_type = BTreeMap<String, String>)]
    pub title: Texts,
}

/// Add a section to a draft survey (owners).
#[utoipa::path(post, path = "/api/v1/surveys/{id}/sections", params(("id" = i64, Path)), request_body = SectionBody,
    responses((status = 201, body = Survey), (status = 403, body = ApiErrorBody), (status = 409, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn add_section(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(body): ApiJson<SectionBody>,
) -> Result<impl IntoResponse, ApiError> {
    let sv = surveys(&state);
    sv.add_section(&ctx.actor, id, &body.title).await?;
    Ok((StatusCode::CREATED, Json(sv.get(&ctx.actor, id).await?.0)))
}

/// Add a question to a draft survey (owners). Answers the survey, the new question last.
#[utoipa::path(post, path = "/api/v1/surveys/{id}/questions", params(("id" = i64, Path)), request_body = RawQuestionInput,
    responses((status = 201, body = Survey), (status = 403, body = ApiErrorBody),
        (status = 409, body = ApiErrorBody, description = "the survey has opened"), (status = 422, body = ApiErrorBody)))]
pub async fn add_question(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawQuestionInput>,
) -> Result<impl IntoResponse, ApiError> {
    let sv = surveys(&state);
    sv.add_question(&ctx.actor, id, &raw).await?;
    Ok((StatusCode::CREATED, Json(sv.get(&ctx.actor, id).await?.0)))
}

/// Replace a question of a draft survey (owners); its options keep their keys by position.
#[utoipa::path(put, path = "/api/v1/surveys/{id}/questions/{key}", params(("id" = i64, Path), ("key" = i64, Path)),
    request_body = RawQuestionInput,
    responses((status = 200, body = Survey), (status = 403, body = ApiErrorBody), (status = 409, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn update_question(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, key)): Path<(Id, i64)>,
    ApiJson(raw): ApiJson<RawQuestionInput>,
) -> Result<Json<Survey>, ApiError> {
    let sv = surveys(&state);
    sv.update_question(&ctx.actor, id, key, &raw).await?;
    Ok(Json(sv.get(&ctx.actor, id).await?.0))
}

/// Remove a question of a draft survey (owners).
#[utoipa::path(delete, path = "/api/v1/surveys/{id}/questions/{key}", params(("id" = i64, Path), ("key" = i64, Path)),
    responses((status = 204), (status = 403, body = ApiErrorBody), (status = 409, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody, description = "other questions depend on its answer")))]
pub async fn delete_question(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, key)): Path<(Id, i64)>,
) -> Result<StatusCode, ApiError> {
    surveys(&state).delete_question(&ctx.actor, id, key).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct StatusBody {
    /// open or closed.
    pub status: String,
}

/// Open or close a survey (owners). A survey opens with at least one question; once opened its
/// questions are fixed.
#[utoipa::path(post, path = "/api/v1/surveys/{id}/status", params(("id" = i64, Path)), request_body = StatusBody,
    responses((status = 200, body = Survey), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn set_status(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(body): ApiJson<StatusBody>,
) -> Result<Json<Survey>, ApiError> {
    let status = SurveyStatus::parse(&body.status).map_err(|m| DomainError::field("status", m))?;
    let sv = surveys(&state);
    sv.set_status(&ctx.actor, id, status).await?;
    Ok(Json(sv.get(&ctx.actor, id).await?.0))
}

/// The caller's saved draft or submitted response.
#[utoipa::path(get, path = "/api/v1/surveys/{id}/response", params(("id" = i64, Path)),
    responses((status = 200, body = Response), (status = 404, body = ApiErrorBody)))]
pub async fn my_response(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Response>, ApiError> {
    let sv = surveys(&state);
    let (s, _) = sv.get(&ctx.actor, id).await?;
    let who = Respondent {
        actor: &ctx.actor,
        browser_token: None,
    };
    Ok(Json(
        sv.my_response(&s, &who)
            .await?
            .ok_or(DomainError::NotFound)?,
    ))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct AnswerBody {
    /// True submits (required questions must be answered; no changes after); false saves a draft.
    #[serde(default)]
    pub submit: bool,
    /// In named surveys: the respondent's name may go with their answers in exports.
    #[serde(default)]
    pub consent: bool,
    pub answers: Vec<Answer>,
}

/// Save a draft response or submit it. One response per respondent (or organisation); a second
/// submission, even a parallel one, gets 409.
#[utoipa::path(put, path = "/api/v1/surveys/{id}/response", params(("id" = i64, Path)), request_body = AnswerBody,
    responses((status = 200, body = Response), (status = 401, body = ApiErrorBody),
        (status = 403, body = ApiErrorBody, description = "not in the survey's audience"),
        (status = 409, body = ApiErrorBody, description = "already submitted, or the survey is not open"),
        (status = 422, body = ApiErrorBody)))]
pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(body): ApiJson<AnswerBody>,
) -> Result<Json<Response>, ApiError> {
    let sv = surveys(&state);
    let who = Respondent {
        actor: &ctx.actor,
        browser_token: None,
    };
    sv.answer(id, &who, &body.answers, body.consent, body.submit)
        .await?;
    let s = state.repo.survey(id).await?.ok_or(DomainError::NotFound)?;
    Ok(Json(
        sv.my_response(&s, &who)
            .await?
            .ok_or(DomainError::NotFound)?,
    ))
}

/// Result filters as query parameters.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
pub struct FilterQuery {
    /// Only respondents who gave this answer: `question:category` (an option key or scale value).
    pub answer: Option<String>,
    /// Only respondents from this country (ISO code).
    pub country: Option<String>,
    /// Only respondents from this kind of organisation.
    pub org_kind: Option<String>,
    /// Cross-table rows: a question key.
    pub rows: Option<i64>,
    /// Cross-table columns: a question key.
    pub cols: Option<i64>,
}

impl FilterQuery {
    pub fn filter(&self) -> Result<ResultFilter, DomainError> {
        let answer = match self.answer.as_deref().filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => {
                let parsed = s
                    .split_once(':')
                    .and_then(|(q, c)| Some((q.parse().ok()?, c.parse().ok()?)));
                Some(parsed.ok_or_else(|| {
                    DomainError::field("answer", "must be question:answer, e.g. 3:5")
                })?)
            }
        };
        let org_kind = match self.org_kind.as_deref().filter(|s| !s.is_empty()) {
            None => None,
            Some(k) => Some(OrgKind::parse(k).map_err(|m| DomainError::field("org_kind", m))?),
        };
        Ok(ResultFilter {
            answer,
            country: self
                .country
                .clone()
                .filter(|c| !c.is_empty())
                .map(|c| c.to_uppercase()),
            org_kind,
        })
    }
}

/// Live aggregated results (owners, and everyone when the survey's results are public). In
/// anonymous surveys, groups of fewer than three respondents are hidden.
#[utoipa::path(get, path = "/api/v1/surveys/{id}/results", params(("id" = i64, Path), FilterQuery),
    responses((status = 200, body = SurveyResults), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn results(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(q): Query<FilterQuery>,
) -> Result<Json<SurveyResults>, ApiError> {
    let f = q.filter()?;
    Ok(Json(surveys(&state).results(&ctx.actor, id, &f).await?.1))
}

/// Respondents counted by two choice or scale questions (`rows` and `cols`), with the filters.
#[utoipa::path(get, path = "/api/v1/surveys/{id}/crosstab", params(("id" = i64, Path), FilterQuery),
    responses((status = 200, body = CrossTab), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn crosstab(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(q): Query<FilterQuery>,
) -> Result<Json<CrossTab>, ApiError> {
    let f = q.filter()?;
    let rows = q
        .rows
        .ok_or_else(|| DomainError::field("rows", "must not be empty"))?;
    let cols = q
        .cols
        .ok_or_else(|| DomainError::field("cols", "must not be empty"))?;
    Ok(Json(
        surveys(&state)
            .cross_tab(&ctx.actor, id, &f, rows, cols)
            .await?,
    ))
}

pub fn csv_response(name: String, body: String) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
}

/// Raw submitted responses as CSV (owners). Names only in named surveys and only with the
/// respondent's consent; anonymous surveys give answers alone.
#[utoipa::path(get, path = "/api/v1/surveys/{id}/responses.csv", params(("id" = i64, Path)),
    responses((status = 200, content_type = "text/csv", body = String), (status = 403, body = ApiErrorBody)))]
pub async fn responses_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<impl IntoResponse, ApiError> {
    let body = surveys(&state)
        .export_responses(&ctx.actor, id, ctx.lang())
        .await?;
    Ok(csv_response(format!("survey-{id}-responses.csv"), body))
}

/// Aggregated results as CSV (whoever may see the results).
#[utoipa::path(get, path = "/api/v1/surveys/{id}/results.csv", params(("id" = i64, Path)),
    responses((status = 200, content_type = "text/csv", body = String), (status = 403, body = ApiErrorBody)))]
pub async fn results_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<impl IntoResponse, ApiError> {
    let body = surveys(&state)
        .export_aggregates(&ctx.actor, id, ctx.lang())
        .await?;
    Ok(csv_response(format!("survey-{id}-results.csv"), body))
}

#[derive(OpenApi)]
#[openapi(paths(
    list,
    get_one,
    create,
    update,
    delete,
    add_section,
    add_question,
    update_question,
    delete_question,
    set_status,
    my_response,
    answer,
    results,
    crosstab,
    responses_csv,
    results_csv
))]
pub struct Doc;
