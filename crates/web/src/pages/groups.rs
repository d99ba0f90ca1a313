//! Working groups: topics, members, moderator, discussion and conclusions.

use crate::AppState;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
}
