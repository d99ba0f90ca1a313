//! The directory: full-text search with facets, pagination, and CSV/JSON export of the results.

use super::layout::{with_param, Chrome};
use super::{render, PageResult};
use crate::context::Ctx;
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use klaster_domain::*;
use serde::Deserialize;
use std::collections::HashMap;

pub const PAGE_SIZE: usize = 20;
/// Exports stop here; larger extracts use the API with pagination.
pub const EXPORT_LIMIT: usize = 50_000;

/// The directory's filters as they appear in URLs, shared by the pages and the API.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
pub struct DirectoryParams {
    /// Words in any language.
    pub q: Option<String>,
    /// Country code, e.g. PL.
    pub country: Option<String>,
    /// NUTS code of any level, e.g. PL81.
    pub region: Option<String>,
    /// NACE code of any level, e.g. C, 26 or 26.11.
    pub nace: Option<String>,
    /// Organisation type, e.g. cluster.
    #[serde(rename = "type")]
    #[param(rename = "type")]
    pub kind: Option<String>,
    /// true or false.
    pub verified: Option<String>,
    /// 1-based page.
    pub page: Option<usize>,
    /// Results per page (API only; at most 100).
    pub per_page: Option<usize>,
}

fn nonempty(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
}

impl DirectoryParams {
    /// Parses the filters; a bad value is a validation error naming the parameter.
    pub fn to_query(&self, per_page: usize) -> Result<DirectoryQuery, DomainError> {
        let mut e = FieldErrors::new();
        let country = nonempty(&self.country)
            .and_then(|c| e.check("country", CountryCode::parse(&c)))
            .map(|c| c.to_string());
        let region = nonempty(&self.region)
            .and_then(|c| e.check("region", NutsCode::parse(&c)))
            .map(|c| c.to_string());
        let nace = nonempty(&self.nace)
            .and_then(|c| e.check("nace", NaceCode::parse(&c)))
            .map(|c| c.to_string());
        let kind = nonempty(&self.kind).and_then(|k| e.check("type", OrgKind::parse(&k)));
        let verified = match nonempty(&self.verified).as_deref() {
            None => None,
            Some("true") | Some("1") | Some("yes") => Some(true),
            Some("false") | Some("0") | Some("no") => Some(false),
            Some(_) => {
                e.add("verified", "must be true or false");
                None
            }
        };
        let text = nonempty(&self.q);
        if text.as_ref().is_some_and(|t| t.chars().count() > 500) {
            e.add("q", "must be at most 500 characters long");
        }
        let page = self.page.unwrap_or(1).max(1);
        if page > 10_000 {
            e.add("page", "is too large");
        }
        e.into_result()?;
        Ok(DirectoryQuery {
            text,
            country,
            region,
            nace,
            kind,
            verified,
            offset: (page - 1) * per_page,
            limit: per_page,
        })
    }
}

/// Labels for the codes a page shows, in the page's language.
pub struct Labels {
    countries: HashMap<String, String>,
    nace: HashMap<String, String>,
    regions: HashMap<String, String>,
}

impl Labels {
    pub async fn load(
        repo: &dyn Repository,
        tr: &Tr,
        regions: &[String],
    ) -> Result<Labels, DomainError> {
        let countries = repo
            .countries()
            .await?
            .into_iter()
            .map(|c| (c.code.clone(), c.name(tr.code()).to_string()))
            .collect();
        let mut nace = HashMap::new();
        for level in [1, 2] {
            for e in repo.nace(tr.code(), Some(level)).await? {
                nace.insert(e.code, e.label);
            }
        }
        let mut region_names = HashMap::new();
        for code in regions {
            if let Some(r) = repo.nuts_region(code).await? {
                region_names.insert(r.code, r.name);
            }
        }
        Ok(Labels {
            countries,
            nace,
            regions: region_names,
        })
    }
    pub fn country(&self, code: &str) -> String {
        self.countries
            .get(code)
            .cloned()
            .unwrap_or_else(|| code.to_string())
    }
    /// "26.11 — label"; a code without its own label (the full tables not installed) shows
    /// its division's label.
    pub fn nace(&self, code: &str) -> String {
        let label = self
            .nace
            .get(code)
            .or_else(|| code.get(..2).and_then(|division| self.nace.get(division)));
        match label {
            Some(l) => format!("{code} — {}", sentence_case(l)),
            None => code.to_string(),
        }
    }
    pub fn region(&self, code: &str) -> String {
        match self.regions.get(code) {
            Some(n) => format!("{n} ({code})"),
            None => code.to_string(),
        }
    }
}

/// The official section labels are in capitals ("MANUFACTURING"); pages show them as sentences.
pub fn sentence_case(label: &str) -> String {
    if label
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase())
    {
        let lower = label.to_lowercase();
        let mut chars = lower.chars();
        match chars.next() {
            Some(f) => f.to_uppercase().collect::<String>() + chars.as_str(),
            None => lower,
        }
    } else {
        label.to_string()
    }
}

pub struct FacetLink {
    pub label: String,
    pub count: String,
    pub href: String,
    pub current: bool,
}

pub struct FacetGroup {
    pub title: String,
    pub links: Vec<FacetLink>,
    /// Link that removes this filter, when it is set.
    pub clear: Option<String>,
}

pub struct ResultRow {
    pub org: Organisation,
    pub kind: String,
    pub place: String,
    pub excerpt: String,
    pub excerpt_lang: String,
}

#[derive(Template)]
#[template(path = "directory.html")]
struct DirectoryPage {
    c: Chrome,
    q: String,
    summary: String,
    rows: Vec<ResultRow>,
    facets: Vec<FacetGroup>,
    prev: Option<String>,
    next: Option<String>,
    page_label: String,
    export_csv: String,
    export_json: String,
    error: Option<String>,
}

pub fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", &cut[..i]),
        None => format!("{cut}…"),
    }
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<DirectoryParams>,
) -> PageResult {
    let tr = &ctx.tr;
    let title = tr.t("directory-title");
    let query = match params.to_query(PAGE_SIZE) {
        Ok(q) => q,
        Err(DomainError::Validation(e)) => {
            return render(&DirectoryPage {
                c: Chrome::new(&ctx, &title),
                q: params.q.clone().unwrap_or_default(),
                summary: String::new(),
                rows: vec![],
                facets: vec![],
                prev: None,
                next: None,
                page_label: String::new(),
                export_csv: String::new(),
                export_json: String::new(),
                error: Some(
                    e.fields
                        .iter()
                        .map(|f| format!("{}: {}", f.field, tr.msg(&f.message)))
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            })
            .map(|mut r| {
                *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
                r
            });
        }
        Err(e) => return Err(e.into()),
    };
    let hits = state.index.search(&query).map_err(DomainError::Internal)?;
    let orgs = state.repo.orgs_by_ids(&hits.ids).await?;
    let mut region_codes: Vec<String> = orgs
        .iter()
        .filter_map(|o| o.nuts.as_ref().map(|n| n.to_string()))
        .collect();
    region_codes.extend(hits.facets.region.iter().map(|f| f.value.clone()));
    region_codes.extend(query.region.clone());
    let labels = Labels::load(&*state.repo, tr, &region_codes).await?;
    let here = &ctx.path_and_query;

    let group = |title_key: &str,
                 param: &str,
                 counts: &[FacetCount],
                 current: Option<&str>,
                 label: &dyn Fn(&str) -> String| FacetGroup {
        title: tr.t(title_key),
        links: counts
            .iter()
            .take(25)
            .map(|f| FacetLink {
                label: label(&f.value),
                count: tr.num(f.count as i64),
                href: with_param(here, param, &f.value),
                current: current == Some(f.value.as_str()),
            })
            .collect(),
        clear: current.map(|_| with_param(here, param, "")),
    };
    let kind_current = query.kind.map(|k| k.code());
    let verified_current = query.verified.map(|v| if v { "true" } else { "false" });
    let facets = vec![
        group(
            "facet-type",
            "type",
            &hits.facets.kind,
            kind_current,
            &|v| tr.t(&format!("kind-{v}")),
        ),
        group(
            "facet-country",
            "country",
            &hits.facets.country,
            query.country.as_deref(),
            &|v| labels.country(v),
        ),
        group(
            "facet-region",
            "region",
            &hits.facets.region,
            query.region.as_deref(),
            &|v| labels.region(v),
        ),
        group(
            "facet-nace-section",
            "nace",
            &hits.facets.nace_section,
            query.nace.as_deref(),
            &|v| labels.nace(v),
        ),
        group(
            "facet-nace-division",
            "nace",
            &hits.facets.nace_division,
            query.nace.as_deref(),
            &|v| labels.nace(v),
        ),
        group(
            "facet-verified",
            "verified",
            &hits.facets.verified,
            verified_current,
            &|v| tr.t(&format!("verified-{v}")),
        ),
    ];
    let rows = orgs
        .into_iter()
        .map(|org| {
            let (excerpt_text, excerpt_lang) = match org.description_in(tr.code()) {
                Some(d) => (excerpt(&d.text, 260), d.lang.to_string()),
                None => (String::new(), tr.code().to_string()),
            };
            let mut place = labels.country(org.country.as_str());
            if let Some(n) = &org.nuts {
                place = format!("{}, {place}", labels.region(n.as_str()));
            }
            ResultRow {
                kind: tr.t(&format!("kind-{}", org.kind.code())),
                place,
                excerpt: excerpt_text,
                excerpt_lang,
                org,
            }
        })
        .collect();
    let page = query.offset / PAGE_SIZE + 1;
    let pages = hits.total.div_ceil(PAGE_SIZE).max(1);
    let summary = tr.tn("orgs-found", hits.total as i64);
    render(&DirectoryPage {
        c: Chrome::new(&ctx, &title),
        q: query.text.clone().unwrap_or_default(),
        summary,
        rows,
        facets,
        prev: (page > 1).then(|| with_param(here, "page", &(page - 1).to_string())),
        next: (page < pages).then(|| with_param(here, "page", &(page + 1).to_string())),
        page_label: tr.ta(
            "page-of",
            [
                ("page", tr.num(page as i64).as_str()),
                ("pages", tr.num(pages as i64).as_str()),
            ],
        ),
        export_csv: here.replacen("/organisations", "/organisations/export.csv", 1),
        export_json: here.replacen("/organisations", "/organisations/export.json", 1),
        error: None,
    })
}

/// Every matching profile (all pages), for the exports.
pub async fn all_matching(
    state: &AppState,
    params: &DirectoryParams,
) -> Result<Vec<Organisation>, DomainError> {
    let mut query = params.to_query(EXPORT_LIMIT)?;
    query.offset = 0;
    let hits = state.index.search(&query).map_err(DomainError::Internal)?;
    state.repo.orgs_by_ids(&hits.ids).await
}

pub async fn export_csv(
    State(state): State<AppState>,
    Query(params): Query<DirectoryParams>,
) -> Result<Response, PageError> {
    let orgs = all_matching(&state, &params).await?;
    let csv = directory::orgs_to_csv(&orgs)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"organisations.csv\"",
            ),
        ],
        csv,
    )
        .into_response())
}

pub async fn export_json(
    State(state): State<AppState>,
    Query(params): Query<DirectoryParams>,
) -> Result<Response, PageError> {
    let orgs = all_matching(&state, &params).await?;
    Ok((
        [(
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"organisations.json\"",
        )],
        axum::Json(orgs),
    )
        .into_response())
}
