//! Server-rendered pages. Every form carries the CSRF token; every action asks the domain's
//! policy on the server.

pub mod accounts;
pub mod action_plans;
pub mod admin;
pub mod agenda;
pub mod brokerage_common;
pub mod brokerage_meetings;
pub mod brokerage_requests;
pub mod brokerage_setup;
pub mod calendar;
pub mod directory;
pub mod engagement;
pub mod event_common;
pub mod events;
pub mod files;
pub mod good_practices;
pub mod groups;
pub mod home;
pub mod layout;
pub mod marketplace;
pub mod meta_clusters;
pub mod news;
pub mod notifications;
pub mod orgs;
pub mod projects;
pub mod proposals;
pub mod registration;
pub mod reports;
pub mod stands;
pub mod suggestions;
pub mod survey_charts;
pub mod surveys;
pub mod vocab;
pub mod voting;

use crate::AppState;
use askama::Template;
use axum::http::header::LOCATION;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::DomainError;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::home))
        .route(
            "/register",
            get(accounts::register_form).post(accounts::register),
        )
        .route("/login", get(accounts::login_form).post(accounts::login))
        .route("/logout", post(accounts::logout))
        .route("/account", get(accounts::account))
        .route("/account/password", post(accounts::change_password))
        .route("/account/tokens", post(accounts::create_token))
        .route("/account/tokens/{id}/delete", post(accounts::delete_token))
        .route(
            "/invitations/{token}",
            get(accounts::invitation).post(accounts::accept_invitation),
        )
        .route("/organisations", get(directory::list).post(orgs::create))
        .route("/organisations/export.csv", get(directory::export_csv))
        .route("/organisations/export.json", get(directory::export_json))
        .route("/organisations/new", get(orgs::new_form))
        .route("/organisations/{id}", get(orgs::show).post(orgs::update))
        .route("/organisations/{id}/edit", get(orgs::edit_form))
        .route(
            "/organisations/{id}/members",
            get(orgs::members).post(orgs::add_member),
        )
        .route(
            "/organisations/{id}/members/{member}/remove",
            post(orgs::remove_member),
        )
        .route(
            "/organisations/{id}/people",
            get(orgs::people).post(orgs::invite),
        )
        .route(
            "/organisations/{id}/people/{user}/remove",
            post(orgs::remove_person),
        )
        .route(
            "/organisations/{id}/verification",
            post(orgs::request_verification),
        )
        .route("/admin", get(admin::dashboard))
        .route("/admin/verifications/{id}", post(admin::decide))
        .route("/admin/import", post(admin::import))
        .route("/vocabularies/nace", get(vocab::nace))
        .route("/vocabularies/nuts", get(vocab::nuts))
        .merge(events::routes())
        .merge(agenda::routes())
        .merge(stands::routes())
        .merge(registration::routes())
        .merge(calendar::routes())
        .merge(voting::routes())
        .merge(groups::routes())
        .merge(proposals::routes())
        .merge(reports::routes())
        .merge(projects::routes())
        .merge(meta_clusters::routes())
        .merge(news::routes())
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
}

/// Renders a template, turning a template failure into a logged internal error.
pub fn render<T: Template>(t: &T) -> Result<Response, crate::error::PageError> {
    t.render()
        .map(|html| Html(html).into_response())
        .map_err(|e| crate::error::PageError(DomainError::Internal(format!("template: {e}"))))
}

pub fn render_status<T: Template>(
    status: StatusCode,
    t: &T,
) -> Result<Response, crate::error::PageError> {
    let mut r = render(t)?;
    *r.status_mut() = status;
    Ok(r)
}

/// "See other" after a successful form post, so reloading does not post again.
pub fn see_other(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(LOCATION, v);
    }
    r
}

/// Only local paths are followed after login, never another site.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => "/".to_string(),
    }
}

pub type PageResult = Result<Response, crate::error::PageError>;
