//! JSON API: news posts by organisations, projects and meta-clusters, and combined lists with
//! published event reports.

use super::ApiJson;
use crate::context::Ctx;
use crate::error::{ApiError, ApiErrorBody};
use crate::pages::news::news;
use crate::AppState;
use axum::extract::multipart::{MultipartError, MultipartRejection};
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use klaster_domain::news::*;
use klaster_domain::*;
use serde::Deserialize;
use time::OffsetDateTime;
use utoipa::OpenApi;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/news", get(list).post(create))
        .route("/news/{id}", get(get_one).put(update).delete(remove))
        .route("/news/{id}/images", post(add_image))
        .route("/news/{id}/images/{iid}", delete(delete_image))
        .route("/organisations/{id}/news", get(org_news))
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// One author's news: `organisation:ID`, `project:ID` or `meta_cluster:ID`.
    pub author: Option<String>,
    /// Only posts by this kind of author: organisation, project or meta_cluster.
    pub kind: Option<String>,
    /// Only entries with a text in this language (e.g. `pl`).
    #[serde(rename = "in")]
    #[param(rename = "in")]
    pub in_lang: Option<String>,
    /// 1-based page.
    pub page: Option<usize>,
    /// Entries a page (at most 100, default 20).
    pub per_page: Option<usize>,
}

/// News, newest first: published posts and published event reports the caller may see (and an
/// author's drafts for those who may write them, when `author` is given).
#[utoipa::path(get, path = "/api/v1/news", params(ListParams),
    responses((status = 200, body = NewsPage), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<ListParams>,
) -> Result<Json<NewsPage>, ApiError> {
    let mut e = FieldErrors::new();
    let author = p
        .author
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .and_then(|a| e.check("author", NewsAuthor::parse(a)));
    let kind = p
        .kind
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .and_then(|k| e.check("kind", NewsAuthorKind::parse(k)));
    let lang = p
        .in_lang
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .and_then(|l| e.check("in", LanguageTag::parse(l)));
    e.into_result()?;
    let page = news(&state)
        .list(
            &ctx.actor,
            &NewsQuery {
                author,
                kind,
                lang,
                page: p.page.unwrap_or(1),
                per_page: p.per_page.unwrap_or(NEWS_PAGE_SIZE),
            },
        )
        .await?;
    Ok(Json(page))
}

/// Write a post as an organisation (its administrators), a project (administrators of its
/// partners) or a meta-cluster (its coordinator's administrators); platform administrators may
/// write for anyone.
#[utoipa::path(post, path = "/api/v1/news", request_body = RawNewsPost,
    responses((status = 201, body = NewsPost), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(raw): ApiJson<RawNewsPost>,
) -> Result<impl IntoResponse, ApiError> {
    let post = news(&state)
        .create(&ctx.actor, &raw, OffsetDateTime::now_utc())
        .await?;
    Ok((StatusCode::CREATED, Json(post)))
}

/// A post: published ones for everyone, drafts for those who may edit them.
#[utoipa::path(get, path = "/api/v1/news/{id}", params(("id" = i64, Path)),
    responses((status = 200, body = NewsPost), (status = 404, body = ApiErrorBody)))]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<NewsPost>, ApiError> {
    Ok(Json(news(&state).get(&ctx.actor, id).await?))
}

/// Replace the post's texts and links, and publish or withdraw it (its editors). The author
/// stays.
#[utoipa::path(put, path = "/api/v1/news/{id}", params(("id" = i64, Path)), request_body = RawNewsPost,
    responses((status = 200, body = NewsPost), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    ApiJson(raw): ApiJson<RawNewsPost>,
) -> Result<Json<NewsPost>, ApiError> {
    Ok(Json(
        news(&state)
            .update(&ctx.actor, id, &raw, OffsetDateTime::now_utc())
            .await?,
    ))
}

/// Delete the post and its images (its editors).
#[utoipa::path(delete, path = "/api/v1/news/{id}", params(("id" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<StatusCode, ApiError> {
    news(&state).delete(&ctx.actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The multipart body of an image upload (documentation only).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct NewsImageUpload {
    /// A JPEG, PNG or WebP image of at most 5 MB (recognised by its bytes).
    #[schema(value_type = String, format = Binary)]
    pub image: Vec<u8>,
    /// At most 300 characters.
    pub caption: Option<String>,
}

/// Add an image to the post (its editors; at most 10 a post). A multipart body with the
/// fields `image` and `caption`. The bytes are served at `/news/{id}/images/{image}`.
#[utoipa::path(post, path = "/api/v1/news/{id}/images", params(("id" = i64, Path)),
    request_body(content = NewsImageUpload, content_type = "multipart/form-data"),
    responses((status = 201, body = NewsImage), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
pub async fn add_image(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let mut multipart =
        multipart.map_err(|r| ApiError::BadRequest(StatusCode::BAD_REQUEST, r.body_text()))?;
    let unreadable = |e: MultipartError| {
        let msg = if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            "an image may be at most 5 MB".to_string()
        } else {
            "the upload could not be read".to_string()
        };
        DomainError::field("image", msg)
    };
    let (mut caption, mut data) = (String::new(), Vec::new());
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        match field.name() {
            Some("caption") => caption = field.text().await.map_err(unreadable)?,
            Some("image") => data = field.bytes().await.map_err(unreadable)?.to_vec(),
            _ => {}
        }
    }
    let image = news(&state)
        .add_image(&ctx.actor, id, &caption, &data)
        .await?;
    Ok((StatusCode::CREATED, Json(image)))
}

/// Delete an image of the post (its editors).
#[utoipa::path(delete, path = "/api/v1/news/{id}/images/{iid}", params(("id" = i64, Path), ("iid" = i64, Path)),
    responses((status = 204), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn delete_image(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, iid)): Path<(Id, Id)>,
) -> Result<StatusCode, ApiError> {
    news(&state).delete_image(&ctx.actor, id, iid).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The organisation's news, newest first: its posts and the published reports of the events it
/// organised that the caller may see (its drafts for its administrators), at most 100.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/news", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<NewsEntry>), (status = 404, body = ApiErrorBody)))]
pub async fn org_news(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Json<Vec<NewsEntry>>, ApiError> {
    let page = news(&state)
        .list(
            &ctx.actor,
            &NewsQuery {
                author: Some(NewsAuthor::Organisation(id)),
                page: 1,
                per_page: 100,
                ..Default::default()
            },
        )
        .await?;
    Ok(Json(page.entries))
}

#[derive(OpenApi)]
#[openapi(
    paths(
        list,
        create,
        get_one,
        update,
        remove,
        add_image,
        delete_image,
        org_news
    ),
    components(schemas(
        NewsAuthor,
        NewsAuthorKind,
        NewsText,
        NewsLink,
        NewsImage,
        NewsPost,
        RawNewsText,
        RawNewsLink,
        RawNewsPost,
        NewsEntryKind,
        NewsEntry,
        NewsPage,
        NewsImageUpload,
    ))
)]
pub struct Doc;
