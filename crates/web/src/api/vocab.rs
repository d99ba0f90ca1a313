use crate::error::{ApiError, ApiErrorBody};
use crate::AppState;
use axum::extract::{Query, State};
use axum::Json;
use klaster_domain::*;
use serde::Deserialize;

/// Countries with English, Polish and Bulgarian names.
#[utoipa::path(get, path = "/api/v1/vocabularies/countries", responses((status = 200, body = Vec<Country>)))]
pub async fn countries(State(state): State<AppState>) -> Result<Json<Vec<Country>>, ApiError> {
    Ok(Json(state.repo.countries().await?))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct NutsParams {
    /// Two-letter country code (ISO; EL and GR both find Greece).
    country: Option<String>,
    /// 0 to 3.
    level: Option<u8>,
}

/// NUTS 2021 regions, names in the national language.
#[utoipa::path(get, path = "/api/v1/vocabularies/nuts", params(NutsParams),
    responses((status = 200, body = Vec<NutsRegion>), (status = 422, body = ApiErrorBody)))]
pub async fn nuts(
    State(state): State<AppState>,
    Query(p): Query<NutsParams>,
) -> Result<Json<Vec<NutsRegion>>, ApiError> {
    if p.level.is_some_and(|l| l > 3) {
        return Err(DomainError::field("level", "must be 0, 1, 2 or 3").into());
    }
    let country = match p
        .country
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        Some(c) => Some(
            CountryCode::parse(c)
                .map_err(|e| DomainError::field("country", e))?
                .to_string(),
        ),
        None => None,
    };
    let country = country.map(|c| if c == "EL" { "GR".to_string() } else { c });
    Ok(Json(
        state.repo.nuts_regions(country.as_deref(), p.level).await?,
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct NaceParams {
    /// en, pl or bg (labels fall back to English).
    lang: Option<String>,
    /// 1 (sections) to 4 (classes).
    level: Option<u8>,
}

/// NACE Rev. 2 codes with labels and explanatory notes.
#[utoipa::path(get, path = "/api/v1/vocabularies/nace", params(NaceParams),
    responses((status = 200, body = Vec<NaceEntry>), (status = 422, body = ApiErrorBody)))]
pub async fn nace(
    State(state): State<AppState>,
    Query(p): Query<NaceParams>,
) -> Result<Json<Vec<NaceEntry>>, ApiError> {
    if p.level.is_some_and(|l| !(1..=4).contains(&l)) {
        return Err(DomainError::field("level", "must be 1, 2, 3 or 4").into());
    }
    let lang = match p.lang.as_deref() {
        Some(l) => LanguageTag::parse(l)
            .map_err(|e| DomainError::field("lang", e))?
            .to_string(),
        None => "en".to_string(),
    };
    Ok(Json(state.repo.nace(&lang, p.level).await?))
}
