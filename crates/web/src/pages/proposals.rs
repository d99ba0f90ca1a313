//! Proposals of a stakeholder meeting, their support, and study visits made from them.

use crate::AppState;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
}
