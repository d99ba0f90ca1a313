//! Registration: the form with the organiser's fields, waiting list, approval, cancellation, participant lists and exports.

use crate::AppState;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
}
