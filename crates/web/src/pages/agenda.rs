//! An event's agenda: days, sessions in rooms, speakers and materials.

use crate::AppState;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
}
