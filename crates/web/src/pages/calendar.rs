//! iCalendar feeds: one event, a person's registered events (private address), an organisation's events.

use crate::AppState;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
}
