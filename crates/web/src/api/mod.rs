//! The JSON API under `/api/v1`: organisations, vocabularies, the current user and personal API
//! tokens, described by an OpenAPI 3.1 document at `/api/v1/openapi.json`.
//!
//! Authentication: `Authorization: Bearer kls_…` (a personal token) or the browser session; a
//! session also needs the `X-CSRF-Token` header (the `klaster_csrf` cookie's value) to change
//! anything. Errors are JSON: `{"error": …, "message": …, "fields": [{"field", "message"}]}`.

mod action_plans;
mod brokerage_meetings;
mod brokerage_requests;
mod brokerage_setup;
mod cordis;
mod engagement;
mod events;
mod good_practices;
mod groups;
mod marketplace;
mod meta_clusters;
mod news;
mod notifications;
mod orgs;
mod projects;
mod registration;
mod suggestions;
pub(crate) mod surveys;
mod users;
mod vocab;
mod voting;

use crate::context::{check_api_csrf, Ctx};
use crate::error::ApiError;
use crate::AppState;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get};
use axum::{Json, Router};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/organisations", get(orgs::list).post(orgs::create))
        .route("/organisations/import", axum::routing::post(orgs::import))
        .route("/organisations/{id}", get(orgs::get_one).put(orgs::update))
        .route("/organisations/{id}/members", get(orgs::members))
        .route("/vocabularies/countries", get(vocab::countries))
        .route("/vocabularies/nuts", get(vocab::nuts))
        .route("/vocabularies/nace", get(vocab::nace))
        .route("/me", get(users::me))
        .route("/tokens", get(users::tokens).post(users::create_token))
        .route("/tokens/{id}", delete(users::delete_token))
        .route("/openapi.json", get(openapi_json))
        .merge(events::routes())
        .merge(registration::routes())
        .merge(voting::routes())
        .merge(groups::routes())
        .merge(projects::routes())
        .merge(meta_clusters::routes())
        .merge(news::routes())
        .merge(cordis::routes())
        .merge(marketplace::routes())
        .merge(engagement::routes())
        .merge(notifications::routes())
        .merge(suggestions::routes())
        .merge(brokerage_setup::routes())
        .merge(brokerage_requests::routes())
        .merge(brokerage_meetings::routes())
        .merge(good_practices::routes())
        .merge(action_plans::routes())
        .merge(surveys::routes())
        .layer(axum::middleware::from_fn(api_csrf))
        .fallback(|| async { ApiError::Domain(klaster_domain::DomainError::NotFound) })
}

/// Session-authenticated writes must prove they come from our own pages.
async fn api_csrf(req: Request, next: Next) -> Response {
    if let Some(ctx) = req.extensions().get::<Ctx>() {
        if let Err(e) = check_api_csrf(ctx, req.method(), req.headers()) {
            return ApiError::Domain(e).into_response();
        }
    }
    next.run(req).await
}

/// `Json<T>` whose rejections are the API's JSON errors, naming what was wrong with the body.
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    Json<T>: FromRequest<S, Rejection = JsonRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(rejection) => {
                let status = match rejection {
                    JsonRejection::MissingJsonContentType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    JsonRejection::JsonDataError(_) => StatusCode::UNPROCESSABLE_ENTITY,
                    _ => StatusCode::BAD_REQUEST,
                };
                Err(ApiError::BadRequest(status, rejection.body_text()))
            }
        }
    }
}

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new("klaster_session"))),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Klaster API", version = "1", description = "Organisations, vocabularies, accounts and events of a Klaster cluster platform."),
    paths(
        orgs::list, orgs::create, orgs::get_one, orgs::update, orgs::members, orgs::import,
        vocab::countries, vocab::nuts, vocab::nace,
        users::me, users::tokens, users::create_token, users::delete_token,
    ),
    components(schemas(crate::error::ApiErrorBody)),
    modifiers(&Security),
    security(("token" = []), ("session" = [])),
)]
pub struct ApiDoc;

/// The whole document: the core paths and each feature area's own.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.merge(events::Doc::openapi());
    doc.merge(registration::Doc::openapi());
    doc.merge(voting::Doc::openapi());
    doc.merge(groups::Doc::openapi());
    doc.merge(projects::Doc::openapi());
    doc.merge(meta_clusters::Doc::openapi());
    doc.merge(news::Doc::openapi());
    doc.merge(cordis::Doc::openapi());
    doc.merge(marketplace::Doc::openapi());
    doc.merge(engagement::Doc::openapi());
    doc.merge(notifications::Doc::openapi());
    doc.merge(suggestions::Doc::openapi());
    doc.merge(brokerage_setup::Doc::openapi());
    doc.merge(brokerage_requests::Doc::openapi());
    doc.merge(brokerage_meetings::Doc::openapi());
    doc.merge(good_practices::Doc::openapi());
    doc.merge(action_plans::Doc::openapi());
    doc.merge(surveys::Doc::openapi());
    doc
}

async fn openapi_json() -> impl IntoResponse {
    Json(openapi())
}
