//! Live statement voting: the organiser's console, the participants' ballot and the projector view.

use crate::AppState;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
}
