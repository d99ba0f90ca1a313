//! Pages: suggested partners with their explanation, dismissing a suggestion, suggesting NACE
//! codes for a description (issue 5).

use crate::context::Ctx;
use crate::error::PageError;
use crate::AppState;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
}

/// The "Suggested partners" section for `subject` (`org:12` or `profile:7`), rendered for this
/// viewer (organisation and profile pages include it as HTML).
pub async fn section(_state: &AppState, _ctx: &Ctx, _subject: &str) -> Result<String, PageError> {
    Ok(String::new())
}
