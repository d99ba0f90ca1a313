//! One error type per boundary: `PageError` becomes a translated HTML page, `ApiError` a JSON body
//! with field messages. Both come from the domain's `DomainError`.

use crate::context::Ctx;
use crate::pages::layout::Chrome;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use klaster_domain::directory::RowError;
use klaster_domain::{DomainError, FieldError};
use serde::Serialize;

pub fn status_of(e: &DomainError) -> StatusCode {
    match e {
        DomainError::Validation(_) | DomainError::Rows(_) => StatusCode::UNPROCESSABLE_ENTITY,
        DomainError::NotFound => StatusCode::NOT_FOUND,
        DomainError::Unauthenticated => StatusCode::UNAUTHORIZED,
        DomainError::Forbidden => StatusCode::FORBIDDEN,
        DomainError::Conflict(_) => StatusCode::CONFLICT,
        DomainError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        DomainError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn code_of(e: &DomainError) -> &'static str {
    match e {
        DomainError::Validation(_) => "validation",
        DomainError::Rows(_) => "rows",
        DomainError::NotFound => "not_found",
        DomainError::Unauthenticated => "unauthenticated",
        DomainError::Forbidden => "forbidden",
        DomainError::Conflict(_) => "conflict",
        DomainError::RateLimited => "rate_limited",
        DomainError::Internal(_) => "internal",
    }
}

/// Carried on an error response until the context middleware renders it in the user's language.
#[derive(Debug, Clone)]
pub struct ErrorMarker {
    pub code: &'static str,
    pub detail: Option<String>,
}

pub struct PageError(pub DomainError);

impl From<DomainError> for PageError {
    fn from(e: DomainError) -> Self {
        PageError(e)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = status_of(&self.0);
        let detail = match &self.0 {
            DomainError::Internal(msg) => {
                tracing::error!(error = %msg, "internal error");
                None
            }
            DomainError::Validation(f) => Some(f.to_string()),
            DomainError::Rows(rows) => Some(
                rows.iter()
                    .map(|r| format!("line {}, {}: {}", r.line, r.field, r.message))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            DomainError::Conflict(msg) => Some(msg.clone()),
            _ => None,
        };
        let mut res = (status, "").into_response();
        res.extensions_mut().insert(ErrorMarker {
            code: code_of(&self.0),
            detail,
        });
        res
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    c: Chrome,
    status: u16,
    message: String,
    detail: Option<String>,
    login_hint: bool,
}

pub fn render_error_page(ctx: &Ctx, status: StatusCode, marker: &ErrorMarker) -> Response {
    let tr = &ctx.tr;
    let message = tr.t(&format!("error-{}", marker.code.replace('_', "-")));
    let page = ErrorPage {
        c: Chrome::new(ctx, &message),
        status: status.as_u16(),
        message,
        detail: marker.detail.clone(),
        login_hint: marker.code == "unauthenticated",
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(_) => (status, marker.code).into_response(),
    }
}

/// The JSON error body of the API.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ApiErrorBody {
    /// validation, rows, not_found, unauthenticated, forbidden, conflict, rate_limited, bad_request, internal
    pub error: String,
    pub message: String,
    /// Field messages for `validation` errors.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
    /// Row messages for `rows` errors (imports).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<RowError>,
}

#[derive(Debug)]
pub enum ApiError {
    Domain(DomainError),
    /// A request the API cannot read: wrong content type, malformed JSON.
    BadRequest(StatusCode, String),
}

impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        ApiError::Domain(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            ApiError::BadRequest(status, message) => (
                status,
                ApiErrorBody {
                    error: "bad_request".into(),
                    message,
                    fields: vec![],
                    rows: vec![],
                },
            ),
            ApiError::Domain(e) => {
                let status = status_of(&e);
                let code = code_of(&e);
                let message = match &e {
                    DomainError::Internal(msg) => {
                        tracing::error!(error = %msg, "internal error");
                        "internal error".to_string()
                    }
                    other => other.to_string(),
                };
                let (fields, rows) = match e {
                    DomainError::Validation(f) => (f.fields, vec![]),
                    DomainError::Rows(r) => (vec![], r),
                    _ => (vec![], vec![]),
                };
                (
                    status,
                    ApiErrorBody {
                        error: code.into(),
                        message,
                        fields,
                        rows,
                    },
                )
            }
        };
        (status, Json(body)).into_response()
    }
}
