//! Pages: following, commenting on and expressing interest in cooperation profiles (issue 5).

use crate::context::Ctx;
use crate::error::PageError;
use crate::AppState;
use axum::Router;
use klaster_domain::marketplace::CooperationProfile;

pub fn routes() -> Router<AppState> {
    Router::new()
}

/// The follow / comment / interest section of a profile's page, rendered for this viewer
/// (the marketplace page includes it as HTML).
pub async fn section(
    _state: &AppState,
    _ctx: &Ctx,
    _profile: &CooperationProfile,
) -> Result<String, PageError> {
    Ok(String::new())
}
