//! JSON API: suggestions (issue 5): partners for an organisation or a cooperation profile with
//! their explanation, dismissing them, the matching status, and NACE codes for a description.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::matchmaking::{SubjectInfo, SuggestedPartner, SuggestionSignal};
use crate::pages::suggestions::{nace_labels, set_dismissed, subject_org};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use klaster_domain::*;
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/organisations/{id}/suggestions", get(org_suggestions))
        .route("/marketplace/{id}/suggestions", get(profile_suggestions))
        .route("/suggestions/dismiss", post(dismiss).delete(undo))
        .route("/suggestions/status", get(status))
        .route("/suggestions/nace", post(nace))
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SuggestParams {
    /// How many suggestions (1–100, default 10).
    pub k: Option<usize>,
    /// Only partners from other countries than the subject's.
    pub cross_border: Option<bool>,
}

/// Suggested partners for one subject.
#[derive(Serialize, utoipa::ToSchema)]
pub struct SuggestionList {
    /// `org:12` or `profile:7`.
    pub subject: String,
    /// False without the multilingual model: no `semantic` signal then.
    pub semantic: bool,
    /// False while the first computation after start is still running.
    pub ready: bool,
    pub suggestions: Vec<SuggestedPartner>,
}

async fn suggestions(
    state: &AppState,
    ctx: &Ctx,
    subject: String,
    p: SuggestParams,
) -> Result<Json<SuggestionList>, ApiError> {
    ctx.actor.require_user()?;
    let k = p.k.unwrap_or(10);
    if !(1..=100).contains(&k) {
        return Err(DomainError::field("k", "must be between 1 and 100").into());
    }
    subject_org(state, &ctx.actor, &subject).await?;
    let m = &state.matching;
    let list = m
        .partners(
            &*state.repo,
            &subject,
            k,
            p.cross_border.unwrap_or(false),
            false,
        )
        .await?;
    Ok(Json(SuggestionList {
        subject,
        semantic: m.semantic_enabled(),
        ready: m.ready(),
        suggestions: list,
    }))
}

/// Partners suggested for an organisation: other organisations and published profiles of
/// other organisations, best first, each with the signals that make its score (signed-in
/// users).
#[utoipa::path(get, path = "/api/v1/organisations/{id}/suggestions", params(("id" = i64, Path), SuggestParams),
    responses((status = 200, body = SuggestionList), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn org_suggestions(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(p): Query<SuggestParams>,
) -> Result<Json<SuggestionList>, ApiError> {
    suggestions(&state, &ctx, format!("org:{id}"), p).await
}

/// Partners suggested for a cooperation profile: complementary published profiles of other
/// organisations and organisations, best first, with their explanation (signed-in users who
/// may see the profile).
#[utoipa::path(get, path = "/api/v1/marketplace/{id}/suggestions", params(("id" = i64, Path), SuggestParams),
    responses((status = 200, body = SuggestionList), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn profile_suggestions(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(p): Query<SuggestParams>,
) -> Result<Json<SuggestionList>, ApiError> {
    suggestions(&state, &ctx, format!("profile:{id}"), p).await
}

/// A suggestion to dismiss or restore.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct Dismissal {
    /// `org:12` or `profile:7`: whose suggestions.
    pub subject: String,
    /// `org:ID` or `profile:ID`: the suggested partner.
    pub candidate: String,
}

/// Dismiss a suggestion: it is no longer suggested for this subject (members of the subject's
/// organisation and platform administrators).
#[utoipa::path(post, path = "/api/v1/suggestions/dismiss", request_body = Dismissal,
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn dismiss(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(d): ApiJson<Dismissal>,
) -> Result<StatusCode, ApiError> {
    set_dismissed(&state, &ctx.actor, &d.subject, &d.candidate, false).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Undo a dismissal: the partner may be suggested again (404 when it was not dismissed).
#[utoipa::path(delete, path = "/api/v1/suggestions/dismiss", request_body = Dismissal,
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn undo(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(d): ApiJson<Dismissal>,
) -> Result<StatusCode, ApiError> {
    if set_dismissed(&state, &ctx.actor, &d.subject, &d.candidate, true).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(DomainError::NotFound.into())
    }
}

/// Whether semantic matching is on.
#[derive(Serialize, utoipa::ToSchema)]
pub struct MatchingStatus {
    pub semantic: bool,
    /// Why semantic matching is on or off (with file locations for platform administrators).
    pub message: String,
    /// Texts of organisations and profiles with a stored vector.
    pub subjects_embedded: usize,
    /// False while the first computation after start is still running.
    pub ready: bool,
}

/// The matching engine's status.
#[utoipa::path(get, path = "/api/v1/suggestions/status",
    responses((status = 200, body = MatchingStatus)))]
pub async fn status(State(state): State<AppState>, ctx: Ctx) -> Json<MatchingStatus> {
    let m = &state.matching;
    let message = if ctx.actor.is_platform_admin() {
        m.model_status().to_string()
    } else if m.semantic_enabled() {
        "semantic matching is on".to_string()
    } else {
        "semantic matching is off: suggestions use codes, keywords, offer and request types, geography and past cooperation".to_string()
    };
    Json(MatchingStatus {
        semantic: m.semantic_enabled(),
        message,
        subjects_embedded: m.subjects_embedded(),
        ready: m.ready(),
    })
}

/// A description to classify.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct NaceRequest {
    /// What the organisation does, in any language (at most 5,000 characters).
    pub text: String,
    /// The language of the labels in the answer (`en` by default; also the text's language
    /// when known).
    pub lang: Option<String>,
    /// How many codes (1–50, default 5).
    pub k: Option<usize>,
}

/// A suggested NACE class.
#[derive(Serialize, utoipa::ToSchema)]
pub struct NaceCodeSuggestion {
    pub code: String,
    /// The class's title in the requested language (English when missing).
    pub label: String,
    pub score: f32,
    /// The signals in words, e.g. `semantic 0.61 × 1.00 (pl → en)`.
    pub explanation: String,
}

/// Suggest NACE codes for a free-text description in any language.
#[utoipa::path(post, path = "/api/v1/suggestions/nace", request_body = NaceRequest,
    responses((status = 200, body = Vec<NaceCodeSuggestion>), (status = 422, body = ApiErrorBody)))]
pub async fn nace(
    State(state): State<AppState>,
    ApiJson(r): ApiJson<NaceRequest>,
) -> Result<Json<Vec<NaceCodeSuggestion>>, ApiError> {
    let mut e = FieldErrors::new();
    if r.text.trim().is_empty() {
        e.add("text", "describe the activity: the text is empty");
    } else if r.text.chars().count() > 5000 {
        e.add("text", "at most 5,000 characters");
    }
    let lang = match r.lang.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        Some(l) => e.check("lang", LanguageTag::parse(l)),
        None => None,
    };
    let k = r.k.unwrap_or(5);
    if !(1..=50).contains(&k) {
        e.add("k", "must be between 1 and 50");
    }
    e.into_result()?;
    let lang = lang.map(|l| l.as_str().to_string());
    let found = state
        .matching
        .suggest_nace(&*state.repo, &r.text, lang.as_deref(), k)
        .await?;
    let labels = nace_labels(&state, lang.as_deref().unwrap_or("en")).await?;
    Ok(Json(
        found
            .into_iter()
            .map(|s| NaceCodeSuggestion {
                label: labels.get(&s.code).cloned().unwrap_or_default(),
                code: s.code,
                score: s.score,
                explanation: s.explanation,
            })
            .collect(),
    ))
}

#[derive(OpenApi)]
#[openapi(
    paths(org_suggestions, profile_suggestions, dismiss, undo, status, nace),
    components(schemas(
        SuggestionList,
        SuggestedPartner,
        SubjectInfo,
        SuggestionSignal,
        Dismissal,
        MatchingStatus,
        NaceRequest,
        NaceCodeSuggestion,
    ))
)]
pub struct Doc;
