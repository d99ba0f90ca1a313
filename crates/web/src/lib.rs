//! Klaster's web layer: server-rendered pages (work without JavaScript, in English, Polish and
//! Bulgarian) and the JSON API under `/api/v1` with its OpenAPI document. Handlers are thin:
//! extract, call the domain, render.

pub mod api;
pub mod auth;
pub mod context;
pub mod error;
pub mod i18n;
pub mod matchmaking;
pub mod pages;

use auth::RateLimiter;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use klaster_domain::directory::Directory;
use klaster_domain::{DirectoryIndex, Repository};
use std::sync::Arc;
use std::time::Duration;
use tower_http::set_header::SetResponseHeaderLayer;

/// Settings the web layer needs from the configuration.
#[derive(Debug, Clone, Default)]
pub struct WebConfig {
    /// Mark cookies `Secure` (when served over HTTPS).
    pub secure_cookies: bool,
    /// The address Klaster is reached at, e.g. `https://klaster.example.eu`, for absolute links
    /// in feeds; without it they are built from the request's Host header.
    pub public_url: Option<String>,
}

#[derive(Clone)]
pub struct AppState {
    pub repo: Arc<dyn Repository>,
    pub index: Arc<dyn DirectoryIndex>,
    pub config: Arc<WebConfig>,
    /// Login attempts per client address.
    pub login_by_ip: Arc<RateLimiter>,
    /// Failed logins per e-mail address.
    pub login_failures: Arc<RateLimiter>,
    /// Registrations per client address.
    pub registrations: Arc<RateLimiter>,
    /// Partner suggestions and NACE suggestions, with the embeddings kept in step with the data.
    pub matching: Arc<matchmaking::Matchmaker>,
}

impl AppState {
    pub fn new(
        repo: Arc<dyn Repository>,
        index: Arc<dyn DirectoryIndex>,
        matching: Arc<matchmaking::Matchmaker>,
        config: WebConfig,
    ) -> Self {
        AppState {
            matching,
            repo,
            index,
            config: Arc::new(config),
            login_by_ip: Arc::new(RateLimiter::new(30, Duration::from_secs(15 * 60))),
            login_failures: Arc::new(RateLimiter::new(5, Duration::from_secs(15 * 60))),
            registrations: Arc::new(RateLimiter::new(20, Duration::from_secs(60 * 60))),
        }
    }

    pub fn directory(&self) -> Directory<'_> {
        Directory {
            repo: &*self.repo,
            index: &*self.index,
        }
    }
}

/// The whole application: pages, API, static files and `/healthz`.
pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(pages::routes())
        .nest("/api/v1", api::routes())
        .route("/healthz", get(healthz))
        .fallback(|| async { error::PageError(klaster_domain::DomainError::NotFound) })
        .route("/static/app.css", get(|| static_file("text/css; charset=utf-8", concat!(
                include_str!("../static/app.css"),
                include_str!("../static/brokerage-setup.css"),
                include_str!("../static/brokerage-requests.css"),
                include_str!("../static/brokerage-meetings.css"),
                include_str!("../static/surveys.css")
            ))))
        .route("/static/app.js", get(|| static_file("text/javascript; charset=utf-8", include_str!("../static/app.js"))))
        .layer(axum::middleware::from_fn_with_state(state.clone(), context::context_middleware))
        .layer(DefaultBodyLimit::max(8 * 1024 * 1024))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}

async fn static_file(content_type: &'static str, body: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
}

async fn healthz(axum::extract::State(state): axum::extract::State<AppState>) -> impl IntoResponse {
    if state.repo.ping().await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
}
