//! Events: the listing with filters and search, the event page, the announce/edit forms.

use crate::AppState;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
}
