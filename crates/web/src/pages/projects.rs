//! Pages: projects with their partners, work packages, results and events; CSV exports; the
//! list of an organisation's projects for its profile page.

use super::layout::{with_param, Chrome};
use super::orgs::Opt;
use super::{render, render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx, FormData};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::directory::split_list;
use klaster_domain::events::{pick_language, RawText};
use klaster_domain::projects::*;
use klaster_domain::*;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

pub const PAGE_SIZE: usize = 20;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/projects", get(list).post(create))
        .route("/projects/new", get(new_form))
        .route("/projects/export.csv", get(export_csv))
        .route("/projects/partners.csv", get(all_partners_csv))
        .route("/projects/{id}", get(show).post(update))
        .route("/projects/{id}/edit", get(edit_form))
        .route("/projects/{id}/delete", post(delete))
        .route("/projects/{id}/partners.csv", get(partners_csv))
        .route(
            "/projects/{id}/partners",
            get(partners_page).post(add_partner),
        )
        .route("/projects/{id}/partners/{pid}", post(update_partner))
        .route("/projects/{id}/partners/{pid}/delete", post(remove_partner))
        .route("/projects/{id}/work-packages", get(wps_page).post(add_wp))
        .route("/projects/{id}/work-packages/{wid}", post(update_wp))
        .route("/projects/{id}/work-packages/{wid}/delete", post(delete_wp))
        .route("/projects/{id}/results", get(results_page).post(add_result))
        .route("/projects/{id}/results/{rid}", post(update_result))
        .route("/projects/{id}/results/{rid}/delete", post(delete_result))
        .route("/projects/{id}/events", get(events_page).post(link_event))
        .route("/projects/{id}/events/{eid}/delete", post(unlink_event))
}

pub fn projects(state: &AppState) -> Projects<'_> {
    Projects { repo: &*state.repo }
}

fn programme_label(tr: &Tr, p: Programme) -> String {
    tr.t(&format!("project-programme-{}", p.code()))
}
fn status_label(tr: &Tr, p: ProjectStatus) -> String {
    tr.t(&format!("project-status-{}", p.code()))
}
fn role_label(tr: &Tr, p: PartnerRole) -> String {
    tr.t(&format!("project-role-{}", p.code()))
}
fn kind_label(tr: &Tr, p: ResultKind) -> String {
    tr.t(&format!("project-result-{}", p.code()))
}

fn opts<T: Copy>(
    all: &[T],
    code: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> String,
    current: &str,
) -> Vec<Opt> {
    all.iter()
        .map(|x| Opt {
            value: code(*x).to_string(),
            label: label(*x),
            selected: code(*x) == current,
        })
        .collect()
}

fn with_blank(label: String, mut v: Vec<Opt>) -> Vec<Opt> {
    let selected = !v.iter().any(|o| o.selected);
    v.insert(
        0,
        Opt {
            value: String::new(),
            label,
            selected,
        },
    );
    v
}

/// "1 January 2024 – 31 December 2026" in the page's language.
fn span(tr: &Tr, s: Option<time::Date>, e: Option<time::Date>) -> String {
    match (s, e) {
        (Some(s), Some(e)) => format!("{} – {}", tr.day(s), tr.day(e)),
        (Some(s), None) => format!("{} –", tr.day(s)),
        (None, Some(e)) => format!("– {}", tr.day(e)),
        (None, None) => String::new(),
    }
}

fn money(tr: &Tr, m: Option<Money>) -> String {
    m.map(|m| tr.money(m.minor, m.currency.as_str()))
        .unwrap_or_default()
}

async fn country_names(state: &AppState, tr: &Tr) -> Result<HashMap<String, String>, PageError> {
    Ok(state
        .repo
        .countries()
        .await?
        .into_iter()
        .map(|c| (c.code.clone(), c.name(tr.code()).to_string()))
        .collect())
}

fn translate_errors(tr: &Tr, e: &FieldErrors) -> HashMap<String, String> {
    let mut m = HashMap::new();
    for f in &e.fields {
        m.entry(f.field.clone())
            .or_insert_with(|| tr.msg(&f.message));
    }
    m
}

// ---------------------------------------------------------------- list

pub struct ListRow {
    pub id: Id,
    pub acronym: String,
    pub title: String,
    pub meta: String,
    pub lead: String,
    pub partners: String,
    pub is_demo: bool,
}

pub struct FilterSelect {
    pub name: &'static str,
    pub label: String,
    pub options: Vec<Opt>,
}

#[derive(Template)]
#[template(path = "project_list.html")]
struct ListPage {
    c: Chrome,
    q: String,
    year: String,
    selects: Vec<FilterSelect>,
    rows: Vec<ListRow>,
    summary: String,
    prev: Option<String>,
    next: Option<String>,
    page_label: String,
    export_csv: String,
    partners_csv: String,
    error: Option<String>,
    filtered: bool,
}

fn query_string(path_and_query: &str) -> &str {
    path_and_query.split_once('?').map(|(_, q)| q).unwrap_or("")
}

async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(raw): Query<RawProjectFilter>,
) -> PageResult {
    let tr = &ctx.tr;
    let (filter, error) = match raw.parse() {
        Ok(f) => (f, None),
        Err(e) => (
            ProjectFilter::default(),
            Some(
                e.fields
                    .iter()
                    .map(|f| format!("{}: {}", f.field, tr.msg(&f.message)))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        ),
    };
    let page = raw.page.unwrap_or(1).clamp(1, 10_000);
    let (items, total) = projects(&state)
        .list(&filter, (page - 1) * PAGE_SIZE, PAGE_SIZE)
        .await?;
    let countries = country_names(&state, tr).await?;
    let rows = items
        .iter()
        .map(|s| {
            let p = &s.project;
            let mut meta = vec![programme_label(tr, p.programme), status_label(tr, p.status)];
            let when = span(tr, p.starts_on, p.ends_on);
            if !when.is_empty() {
                meta.push(when);
            }
            ListRow {
                id: p.id,
                acronym: p.acronym.clone(),
                title: p.title.clone(),
                meta: meta.join(" · "),
                lead: s.lead.clone().unwrap_or_default(),
                partners: format!(
                    "{} ({})",
                    tr.tn("project-partners-count", s.partners_count as i64),
                    s.countries
                        .iter()
                        .map(|c| countries.get(c).cloned().unwrap_or_else(|| c.clone()))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                is_demo: p.is_demo,
            }
        })
        .collect();
    let cur = |s: &Option<String>| s.clone().unwrap_or_default();
    let programme = cur(&raw.programme);
    let status = cur(&raw.status);
    let country = cur(&raw.country).to_uppercase();
    let sector = cur(&raw.sector);
    let mut country_opts: Vec<Opt> = countries
        .iter()
        .map(|(code, name)| Opt {
            value: code.clone(),
            label: name.clone(),
            selected: *code == country,
        })
        .collect();
    country_opts.sort_by(|a, b| a.label.cmp(&b.label));
    let mut sector_opts: Vec<Opt> = state
        .repo
        .nace(tr.code(), Some(1))
        .await?
        .into_iter()
        .map(|n| Opt {
            selected: n.code == sector,
            label: format!("{} — {}", n.code, n.label),
            value: n.code,
        })
        .collect();
    sector_opts.extend(Ecosystem::ALL.iter().map(|e| Opt {
        value: e.code().to_string(),
        label: tr.t(&format!("ecosystem-{}", e.code())),
        selected: e.code() == sector,
    }));
    let any = tr.t("project-filter-any");
    let selects = vec![
        FilterSelect {
            name: "programme",
            label: tr.t("project-field-programme"),
            options: with_blank(
                any.clone(),
                opts(
                    Programme::ALL,
                    Programme::code,
                    |p| programme_label(tr, p),
                    &programme,
                ),
            ),
        },
        FilterSelect {
            name: "status",
            label: tr.t("project-field-status"),
            options: with_blank(
                any.clone(),
                opts(
                    ProjectStatus::ALL,
                    ProjectStatus::code,
                    |p| status_label(tr, p),
                    &status,
                ),
            ),
        },
        FilterSelect {
            name: "country",
            label: tr.t("project-filter-country"),
            options: with_blank(any.clone(), country_opts),
        },
        FilterSelect {
            name: "sector",
            label: tr.t("project-filter-sector"),
            options: with_blank(any, sector_opts),
        },
    ];
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let here = &ctx.path_and_query;
    let qs = query_string(here);
    let filtered = filter != ProjectFilter::default();
    render(&ListPage {
        c: Chrome::new(&ctx, &tr.t("projects-title")),
        q: cur(&raw.q),
        year: cur(&raw.year),
        selects,
        rows,
        summary: tr.tn("projects-found", total as i64),
        prev: (page > 1).then(|| with_param(here, "page", &(page - 1).to_string())),
        next: (page < pages).then(|| with_param(here, "page", &(page + 1).to_string())),
        page_label: tr.ta(
            "page-of",
            [
                ("page", page.to_string().as_str()),
                ("pages", pages.to_string().as_str()),
            ],
        ),
        export_csv: if qs.is_empty() {
            "/projects/export.csv".into()
        } else {
            format!("/projects/export.csv?{qs}")
        },
        partners_csv: if qs.is_empty() {
            "/projects/partners.csv".into()
        } else {
            format!("/projects/partners.csv?{qs}")
        },
        error,
        filtered,
    })
}

// ---------------------------------------------------------------- CSV

fn csv_response(name: &str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response()
}

fn plain(m: Option<Money>) -> String {
    m.map(|m| m.plain()).unwrap_or_default()
}

fn day(d: Option<time::Date>) -> String {
    d.map(day_text).unwrap_or_default()
}

async fn filtered_all(
    state: &AppState,
    raw: &RawProjectFilter,
) -> Result<Vec<ProjectSummary>, PageError> {
    let filter = raw.parse().map_err(DomainError::Validation)?;
    Ok(projects(state).list(&filter, 0, 50_000).await?.0)
}

async fn export_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(raw): Query<RawProjectFilter>,
) -> Result<Response, PageError> {
    let tr = &ctx.tr;
    let items = filtered_all(&state, &raw).await?;
    let header: Vec<String> = [
        "id",
        "acronym",
        "title",
        "programme",
        "call_topic",
        "status",
        "starts_on",
        "ends_on",
        "currency",
        "total_budget",
        "eu_contribution",
        "lead_partner",
        "partners",
        "countries",
        "website",
        "nace",
        "ecosystems",
        "objectives",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|s| {
            let p = &s.project;
            vec![
                p.id.to_string(),
                p.acronym.clone(),
                p.title.clone(),
                p.programme.code().into(),
                p.call_topic.clone().unwrap_or_default(),
                p.status.code().into(),
                day(p.starts_on),
                day(p.ends_on),
                p.total_budget
                    .or(p.eu_contribution)
                    .map(|m| m.currency.to_string())
                    .unwrap_or_else(|| "EUR".into()),
                plain(p.total_budget),
                plain(p.eu_contribution),
                s.lead.clone().unwrap_or_default(),
                s.partners_count.to_string(),
                s.countries.join(" "),
                p.website.clone().unwrap_or_default(),
                p.nace
                    .iter()
                    .map(|n| n.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                p.ecosystems
                    .iter()
                    .map(|e| e.code())
                    .collect::<Vec<_>>()
                    .join(" "),
                pick_language(&p.objectives, tr.code())
                    .map(|o| o.text.clone())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    Ok(csv_response("projects.csv", write_csv(&header, &rows)?))
}

fn partner_header() -> Vec<String> {
    [
        "project_id",
        "project",
        "partner_id",
        "org_id",
        "name",
        "pic",
        "role",
        "country",
        "nuts",
        "currency",
        "eu_contribution",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn partner_row(acronym: &str, p: &ProjectPartner) -> Vec<String> {
    vec![
        p.project_id.to_string(),
        acronym.to_string(),
        p.id.to_string(),
        p.org_id.map(|i| i.to_string()).unwrap_or_default(),
        p.name.clone(),
        p.pic.clone().unwrap_or_default(),
        p.role.code().into(),
        p.country.to_string(),
        p.nuts.as_ref().map(|n| n.to_string()).unwrap_or_default(),
        p.eu_contribution
            .map(|m| m.currency.to_string())
            .unwrap_or_default(),
        plain(p.eu_contribution),
    ]
}

async fn partners_csv(
    State(state): State<AppState>,
    Path(id): Path<Id>,
) -> Result<Response, PageError> {
    let p = state.repo.project(id).await?.ok_or(DomainError::NotFound)?;
    let rows: Vec<Vec<String>> = state
        .repo
        .project_partners(id)
        .await?
        .iter()
        .map(|pp| partner_row(&p.acronym, pp))
        .collect();
    Ok(csv_response(
        &format!("project-{id}-partners.csv"),
        write_csv(&partner_header(), &rows)?,
    ))
}

async fn all_partners_csv(
    State(state): State<AppState>,
    Query(raw): Query<RawProjectFilter>,
) -> Result<Response, PageError> {
    let items = filtered_all(&state, &raw).await?;
    let ids: Vec<Id> = items.iter().map(|s| s.project.id).collect();
    let acronyms: HashMap<Id, &str> = items
        .iter()
        .map(|s| (s.project.id, s.project.acronym.as_str()))
        .collect();
    let rows: Vec<Vec<String>> = state
        .repo
        .partners_of_projects(&ids)
        .await?
        .iter()
        .map(|pp| partner_row(acronyms.get(&pp.project_id).copied().unwrap_or(""), pp))
        .collect();
    Ok(csv_response(
        "project-partners.csv",
        write_csv(&partner_header(), &rows)?,
    ))
}

// ---------------------------------------------------------------- show

pub struct LangLink {
    pub code: String,
    pub name: String,
    pub current: bool,
}

pub struct PartnerView {
    pub id: Id,
    pub name: String,
    pub href: Option<String>,
    pub role: String,
    pub is_lead: bool,
    pub place: String,
    pub eu: String,
}

pub struct CountryGroup {
    pub name: String,
    pub count: String,
    pub partners: Vec<String>,
}

pub struct WpView {
    pub code: String,
    pub title: String,
    pub description: String,
    pub when: String,
    pub lead: String,
}

pub struct ResultView {
    pub title: String,
    pub kind: String,
    pub url: Option<String>,
    pub when: String,
    pub wp: String,
    pub description: String,
}

pub struct EventView {
    pub id: Id,
    pub title: String,
    pub when: String,
}

#[derive(Template)]
#[template(path = "project_show.html")]
struct ShowPage {
    c: Chrome,
    p: Project,
    facts: Vec<(String, String)>,
    objective: Option<LocalizedText>,
    langs: Vec<LangLink>,
    partners: Vec<PartnerView>,
    by_country: Vec<CountryGroup>,
    wps: Vec<WpView>,
    results: Vec<ResultView>,
    events: Vec<EventView>,
    /// Meta-clusters that came out of the project: (id, name).
    meta_clusters: Vec<(Id, String)>,
    can_edit: bool,
    can_manage: bool,
}

#[derive(Deserialize, Default)]
pub struct ShowParams {
    /// The language of the objectives to show (the page's language by default).
    pub text: Option<String>,
}

async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(q): Query<ShowParams>,
) -> PageResult {
    let tr = &ctx.tr;
    let svc = projects(&state);
    let d = svc.get(&ctx.actor, id).await?;
    let access = ProjectAccess::of(&ctx.actor, &d.partners);
    let p = d.project;
    let countries = country_names(&state, tr).await?;
    let cname = |c: &str| countries.get(c).cloned().unwrap_or_else(|| c.to_string());
    let mut facts = vec![
        (
            tr.t("project-field-programme"),
            programme_label(tr, p.programme),
        ),
        (tr.t("project-field-status"), status_label(tr, p.status)),
    ];
    if let Some(ct) = &p.call_topic {
        facts.push((tr.t("project-field-call-topic"), ct.clone()));
    }
    let when = span(tr, p.starts_on, p.ends_on);
    if !when.is_empty() {
        facts.push((tr.t("project-field-duration"), when));
    }
    if p.total_budget.is_some() {
        facts.push((
            tr.t("project-field-total-budget"),
            money(tr, p.total_budget),
        ));
    }
    if p.eu_contribution.is_some() {
        facts.push((
            tr.t("project-field-eu-contribution"),
            money(tr, p.eu_contribution),
        ));
    }
    if !p.nace.is_empty() {
        facts.push((
            tr.t("project-field-nace"),
            p.nace
                .iter()
                .map(|n| n.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    if !p.ecosystems.is_empty() {
        facts.push((
            tr.t("project-field-ecosystems"),
            p.ecosystems
                .iter()
                .map(|e| tr.t(&format!("ecosystem-{}", e.code())))
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    let want = q.text.unwrap_or_else(|| tr.code().to_string());
    let objective = pick_language(&p.objectives, &want).cloned();
    let langs = p
        .objectives
        .iter()
        .map(|t| LangLink {
            code: t.lang.to_string(),
            name: tr.language(t.lang.as_str()),
            current: objective.as_ref().is_some_and(|o| o.lang == t.lang),
        })
        .collect();
    let partners: Vec<PartnerView> = d
        .partners
        .iter()
        .map(|pp| {
            let mut place = cname(pp.country.as_str());
            if let Some(n) = &pp.nuts {
                place = format!("{place} ({n})");
            }
            PartnerView {
                id: pp.id,
                name: pp.name.clone(),
                href: pp.org_id.map(|o| format!("/organisations/{o}")),
                role: role_label(tr, pp.role),
                is_lead: pp.role == PartnerRole::Lead,
                place,
                eu: money(tr, pp.eu_contribution),
            }
        })
        .collect();
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for pp in &d.partners {
        groups
            .entry(cname(pp.country.as_str()))
            .or_default()
            .push(pp.name.clone());
    }
    let by_country = groups
        .into_iter()
        .map(|(name, partners)| CountryGroup {
            name,
            count: tr.tn("project-partners-count", partners.len() as i64),
            partners,
        })
        .collect();
    let org_name = |id: Option<Id>| {
        id.and_then(|o| d.partners.iter().find(|pp| pp.org_id == Some(o)))
            .map(|pp| pp.name.clone())
            .unwrap_or_default()
    };
    let wps: Vec<WpView> = d
        .work_packages
        .iter()
        .map(|w| WpView {
            code: w.code.clone(),
            title: w.title.clone(),
            description: w.description.clone(),
            when: span(tr, w.starts_on, w.ends_on),
            lead: org_name(w.lead_org_id),
        })
        .collect();
    let results = d
        .results
        .iter()
        .map(|r| ResultView {
            title: r.title.clone(),
            kind: kind_label(tr, r.kind),
            url: r.url.clone(),
            when: r.delivered_on.map(|x| tr.day(x)).unwrap_or_default(),
            wp: r
                .work_package_id
                .and_then(|w| d.work_packages.iter().find(|x| x.id == w))
                .map(|w| w.code.clone())
                .unwrap_or_default(),
            description: r.description.clone(),
        })
        .collect();
    let events = d
        .events
        .iter()
        .map(|e| EventView {
            id: e.id,
            title: e.title.clone(),
            when: super::event_common::local_date(tr, e.starts_at, &e.timezone),
        })
        .collect();
    render(&ShowPage {
        c: Chrome::new(&ctx, &format!("{} — {}", p.acronym, p.title)),
        p,
        facts,
        objective,
        langs,
        partners,
        by_country,
        wps,
        results,
        events,
        meta_clusters: state
            .repo
            .all_meta_clusters()
            .await?
            .into_iter()
            .filter(|m| m.project_id == Some(id))
            .map(|m| (m.id, m.name))
            .collect(),
        can_edit: access.can_edit,
        can_manage: access.can_manage,
    })
}

// ---------------------------------------------------------------- project form

pub struct ProjectValues {
    pub acronym: String,
    pub title: String,
    pub call_topic: String,
    pub starts_on: String,
    pub ends_on: String,
    pub currency: String,
    pub total_budget: String,
    pub eu_contribution: String,
    pub website: String,
    pub nace: String,
    pub other_lang: String,
    pub other_text: String,
}

#[derive(Template)]
#[template(path = "project_form.html")]
struct FormPage {
    c: Chrome,
    heading: String,
    action: String,
    is_new: bool,
    v: ProjectValues,
    texts: Vec<(String, String, String)>,
    programmes: Vec<Opt>,
    statuses: Vec<Opt>,
    leads: Vec<Opt>,
    ecosystems: Vec<Opt>,
    errors: HashMap<String, String>,
    has_errors: bool,
}

fn raw_from_form(form: &FormData) -> RawProject {
    let mut objectives: Vec<RawText> = PROJECT_LANGS
        .iter()
        .map(|l| RawText {
            lang: l.to_string(),
            text: form.text(&format!("objectives_{l}")),
        })
        .collect();
    if let Some(lang) = form.opt("other_lang") {
        objectives.push(RawText {
            lang,
            text: form.text("objectives_other"),
        });
    }
    RawProject {
        acronym: form.text("acronym"),
        title: form.text("title"),
        programme: form.text("programme"),
        call_topic: form.opt("call_topic"),
        starts_on: form.opt("starts_on"),
        ends_on: form.opt("ends_on"),
        status: form.text("status"),
        currency: form.opt("currency"),
        total_budget: form.opt("total_budget"),
        eu_contribution: form.opt("eu_contribution"),
        objectives,
        website: form.opt("website"),
        nace: split_list(&form.text("nace")),
        ecosystems: form.all("ecosystems"),
        lead_org_id: form.get("lead_org_id").and_then(|s| s.trim().parse().ok()),
        partners: vec![],
    }
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    project: Option<&Project>,
    form: Option<&FormData>,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let f = |k: &str| form.map(|f| f.text(k));
    let p = project;
    let stored_text = |lang: &str| {
        p.and_then(|p| p.objectives.iter().find(|t| t.lang.as_str() == lang))
            .map(|t| t.text.clone())
            .unwrap_or_default()
    };
    let other = p.and_then(|p| {
        p.objectives
            .iter()
            .find(|t| !PROJECT_LANGS.contains(&t.lang.as_str()))
    });
    let v = ProjectValues {
        acronym: f("acronym").unwrap_or_else(|| p.map(|p| p.acronym.clone()).unwrap_or_default()),
        title: f("title").unwrap_or_else(|| p.map(|p| p.title.clone()).unwrap_or_default()),
        call_topic: f("call_topic")
            .unwrap_or_else(|| p.and_then(|p| p.call_topic.clone()).unwrap_or_default()),
        starts_on: f("starts_on").unwrap_or_else(|| day(p.and_then(|p| p.starts_on))),
        ends_on: f("ends_on").unwrap_or_else(|| day(p.and_then(|p| p.ends_on))),
        currency: f("currency").unwrap_or_else(|| {
            p.and_then(|p| p.total_budget.or(p.eu_contribution))
                .map(|m| m.currency.to_string())
                .unwrap_or_else(|| "EUR".into())
        }),
        total_budget: f("total_budget").unwrap_or_else(|| plain(p.and_then(|p| p.total_budget))),
        eu_contribution: f("eu_contribution")
            .unwrap_or_else(|| plain(p.and_then(|p| p.eu_contribution))),
        website: f("website")
            .unwrap_or_else(|| p.and_then(|p| p.website.clone()).unwrap_or_default()),
        nace: f("nace").unwrap_or_else(|| {
            p.map(|p| {
                p.nace
                    .iter()
                    .map(|n| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default()
        }),
        other_lang: f("other_lang")
            .unwrap_or_else(|| other.map(|t| t.lang.to_string()).unwrap_or_default()),
        other_text: f("objectives_other")
            .unwrap_or_else(|| other.map(|t| t.text.clone()).unwrap_or_default()),
    };
    let texts = PROJECT_LANGS
        .iter()
        .map(|l| {
            (
                l.to_string(),
                tr.language(l),
                f(&format!("objectives_{l}")).unwrap_or_else(|| stored_text(l)),
            )
        })
        .collect();
    let programme = f("programme").unwrap_or_else(|| {
        p.map(|p| p.programme.code().to_string())
            .unwrap_or_default()
    });
    let status = f("status").unwrap_or_else(|| {
        p.map(|p| p.status.code().to_string())
            .unwrap_or_else(|| "planned".into())
    });
    let chosen_eco: Vec<String> = match form {
        Some(f) => f.all("ecosystems"),
        None => p
            .map(|p| p.ecosystems.iter().map(|e| e.code().to_string()).collect())
            .unwrap_or_default(),
    };
    let lead = f("lead_org_id").unwrap_or_default();
    let leads: Vec<Opt> = if project.is_none() {
        let orgs: Vec<(Id, String)> = if ctx.actor.is_platform_admin() {
            state
                .repo
                .all_orgs()
                .await?
                .into_iter()
                .map(|o| (o.id, o.name))
                .collect()
        } else {
            ctx.actor
                .memberships
                .iter()
                .filter(|m| m.role == OrgRole::Admin)
                .map(|m| (m.organisation_id, m.organisation_name.clone()))
                .collect()
        };
        orgs.into_iter()
            .map(|(id, name)| Opt {
                selected: id.to_string() == lead,
                value: id.to_string(),
                label: name,
            })
            .collect()
    } else {
        vec![]
    };
    let status_code = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let (heading, action) = match project {
        Some(p) => (
            tr.ta("project-edit-title", [("acronym", p.acronym.as_str())]),
            format!("/projects/{}", p.id),
        ),
        None => (tr.t("project-new-title"), "/projects".to_string()),
    };
    render_status(
        status_code,
        &FormPage {
            c: Chrome::new(ctx, &heading),
            heading,
            action,
            is_new: project.is_none(),
            v,
            texts,
            programmes: with_blank(
                tr.t("project-choose"),
                opts(
                    Programme::ALL,
                    Programme::code,
                    |x| programme_label(tr, x),
                    &programme,
                ),
            ),
            statuses: opts(
                ProjectStatus::ALL,
                ProjectStatus::code,
                |x| status_label(tr, x),
                &status,
            ),
            leads,
            ecosystems: Ecosystem::ALL
                .iter()
                .map(|e| Opt {
                    value: e.code().to_string(),
                    label: tr.t(&format!("ecosystem-{}", e.code())),
                    selected: chosen_eco.iter().any(|x| x == e.code()),
                })
                .collect(),
            has_errors: !errors.is_empty(),
            errors: translate_errors(tr, &errors),
        },
    )
}

async fn new_form(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    ctx.actor.require_user()?;
    form_page(&state, &ctx, None, None, FieldErrors::new()).await
}

async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(form): CsrfForm) -> PageResult {
    ctx.actor.require_user()?;
    match projects(&state)
        .create(&ctx.actor, &raw_from_form(&form))
        .await
    {
        Ok(p) => Ok(see_other(&format!("/projects/{}", p.id))),
        Err(DomainError::Validation(e)) => form_page(&state, &ctx, None, Some(&form), e).await,
        Err(e) => Err(e.into()),
    }
}

async fn edit_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let p = state.repo.project(id).await?.ok_or(DomainError::NotFound)?;
    projects(&state)
        .access(&ctx.actor, id)
        .await?
        .require_edit(&ctx.actor)?;
    form_page(&state, &ctx, Some(&p), None, FieldErrors::new()).await
}

async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    match projects(&state)
        .update(&ctx.actor, id, &raw_from_form(&form))
        .await
    {
        Ok(_) => Ok(see_other(&format!("/projects/{id}"))),
        Err(DomainError::Validation(e)) => {
            let p = state.repo.project(id).await?.ok_or(DomainError::NotFound)?;
            form_page(&state, &ctx, Some(&p), Some(&form), e).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    projects(&state).delete(&ctx.actor, id).await?;
    Ok(see_other("/projects"))
}

// ---------------------------------------------------------------- sections

/// One field of an item form.
pub struct Field {
    pub name: &'static str,
    pub label: String,
    /// text, number, date, url, textarea, select
    pub kind: &'static str,
    pub value: String,
    pub options: Vec<Opt>,
    pub error: Option<String>,
    pub hint: String,
}

/// A form for one item (or the form adding one).
pub struct ItemForm {
    pub dom_id: String,
    pub title: String,
    pub subtitle: String,
    pub action: String,
    pub delete_action: Option<String>,
    pub fields: Vec<Field>,
    pub submit: String,
    pub errors: bool,
}

#[derive(Template)]
#[template(path = "project_section.html")]
struct SectionPage {
    c: Chrome,
    id: Id,
    acronym: String,
    heading: String,
    intro: String,
    forms: Vec<ItemForm>,
}

#[derive(Clone, Copy, PartialEq)]
enum Section {
    Partners,
    WorkPackages,
    Results,
    Events,
}

impl Section {
    fn path(self) -> &'static str {
        match self {
            Section::Partners => "partners",
            Section::WorkPackages => "work-packages",
            Section::Results => "results",
            Section::Events => "events",
        }
    }
}

/// A failed submission: which form (None: the add form), what was sent and what was wrong.
type Failed<'a> = Option<(Option<Id>, &'a FormData, FieldErrors)>;

struct FieldBuilder<'a> {
    tr: &'a Tr,
    form: Option<&'a FormData>,
    errors: HashMap<String, String>,
}

impl FieldBuilder<'_> {
    fn field(
        &self,
        name: &'static str,
        label_key: &str,
        kind: &'static str,
        stored: String,
    ) -> Field {
        Field {
            name,
            label: self.tr.t(label_key),
            kind,
            value: self.form.map(|f| f.text(name)).unwrap_or(stored),
            options: vec![],
            error: self.errors.get(name).cloned(),
            hint: String::new(),
        }
    }
    fn select(
        &self,
        name: &'static str,
        label_key: &str,
        mut options: Vec<Opt>,
        stored: String,
    ) -> Field {
        let current = self.form.map(|f| f.text(name)).unwrap_or(stored);
        for o in options.iter_mut() {
            o.selected = o.value == current;
        }
        Field {
            name,
            label: self.tr.t(label_key),
            kind: "select",
            value: current,
            options,
            error: self.errors.get(name).cloned(),
            hint: String::new(),
        }
    }
}

async fn section_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    section: Section,
    failed: Failed<'_>,
) -> PageResult {
    let tr = &ctx.tr;
    let svc = projects(state);
    let d = svc.get(&ctx.actor, id).await?;
    let access = ProjectAccess::of(&ctx.actor, &d.partners);
    if section == Section::Partners {
        access.require_manage(&ctx.actor)?;
    } else {
        access.require_edit(&ctx.actor)?;
    }
    let base = format!("/projects/{id}/{}", section.path());
    let builder = |item: Option<Id>| {
        let (form, errors) = match &failed {
            Some((target, form, e)) if *target == item => (Some(*form), translate_errors(tr, e)),
            _ => (None, HashMap::new()),
        };
        FieldBuilder { tr, form, errors }
    };
    let has_err = |item: Option<Id>| matches!(&failed, Some((t, _, _)) if *t == item);
    let mut forms = Vec::new();
    let partner_opts = || -> Vec<Opt> {
        let mut v = vec![Opt {
            value: String::new(),
            label: tr.t("project-none"),
            selected: false,
        }];
        v.extend(d.partners.iter().filter_map(|pp| {
            pp.org_id.map(|o| Opt {
                value: o.to_string(),
                label: pp.name.clone(),
                selected: false,
            })
        }));
        v
    };
    let (heading, intro) = match section {
        Section::Partners => {
            let roles = || {
                opts(
                    PartnerRole::ALL,
                    PartnerRole::code,
                    |x| role_label(tr, x),
                    "",
                )
            };
            let fields = |b: &FieldBuilder, pp: Option<&ProjectPartner>| {
                let mut org = b.field(
                    "org_id",
                    "project-field-org-id",
                    "number",
                    pp.and_then(|p| p.org_id)
                        .map(|o| o.to_string())
                        .unwrap_or_default(),
                );
                org.hint = tr.t("project-org-id-hint");
                vec![
                    org,
                    b.field(
                        "name",
                        "project-field-partner-name",
                        "text",
                        pp.map(|p| p.name.clone()).unwrap_or_default(),
                    ),
                    b.field(
                        "pic",
                        "project-field-pic",
                        "text",
                        pp.and_then(|p| p.pic.clone()).unwrap_or_default(),
                    ),
                    b.select(
                        "role",
                        "project-field-role",
                        roles(),
                        pp.map(|p| p.role.code().to_string())
                            .unwrap_or_else(|| "partner".into()),
                    ),
                    b.field(
                        "country",
                        "project-field-country",
                        "text",
                        pp.map(|p| p.country.to_string()).unwrap_or_default(),
                    ),
                    b.field(
                        "nuts",
                        "project-field-nuts",
                        "text",
                        pp.and_then(|p| p.nuts.as_ref().map(|n| n.to_string()))
                            .unwrap_or_default(),
                    ),
                    b.field(
                        "eu_contribution",
                        "project-field-partner-eu",
                        "text",
                        plain(pp.and_then(|p| p.eu_contribution)),
                    ),
                ]
            };
            for pp in &d.partners {
                let b = builder(Some(pp.id));
                forms.push(ItemForm {
                    dom_id: format!("partner-{}", pp.id),
                    title: pp.name.clone(),
                    subtitle: if pp.org_id.is_none() {
                        tr.t("project-partner-unlinked")
                    } else {
                        role_label(tr, pp.role)
                    },
                    action: format!("{base}/{}", pp.id),
                    delete_action: (pp.role != PartnerRole::Lead)
                        .then(|| format!("{base}/{}/delete", pp.id)),
                    fields: fields(&b, Some(pp)),
                    submit: tr.t("save"),
                    errors: has_err(Some(pp.id)),
                });
            }
            let b = builder(None);
            forms.push(ItemForm {
                dom_id: "new".into(),
                title: tr.t("project-partner-add"),
                subtitle: String::new(),
                action: base.clone(),
                delete_action: None,
                fields: fields(&b, None),
                submit: tr.t("project-add"),
                errors: has_err(None),
            });
            (tr.t("project-partners"), tr.t("project-partners-intro"))
        }
        Section::WorkPackages => {
            let fields = |b: &FieldBuilder, w: Option<&WorkPackage>| {
                vec![
                    b.field(
                        "code",
                        "project-field-wp-code",
                        "text",
                        w.map(|w| w.code.clone()).unwrap_or_default(),
                    ),
                    b.field(
                        "title",
                        "project-field-title",
                        "text",
                        w.map(|w| w.title.clone()).unwrap_or_default(),
                    ),
                    b.field(
                        "description",
                        "project-field-description",
                        "textarea",
                        w.map(|w| w.description.clone()).unwrap_or_default(),
                    ),
                    b.field(
                        "starts_on",
                        "project-field-starts-on",
                        "date",
                        day(w.and_then(|w| w.starts_on)),
                    ),
                    b.field(
                        "ends_on",
                        "project-field-ends-on",
                        "date",
                        day(w.and_then(|w| w.ends_on)),
                    ),
                    b.select(
                        "lead_org_id",
                        "project-field-wp-lead",
                        partner_opts(),
                        w.and_then(|w| w.lead_org_id)
                            .map(|o| o.to_string())
                            .unwrap_or_default(),
                    ),
                ]
            };
            for w in &d.work_packages {
                let b = builder(Some(w.id));
                forms.push(ItemForm {
                    dom_id: format!("wp-{}", w.id),
                    title: format!("{} {}", w.code, w.title),
                    subtitle: span(tr, w.starts_on, w.ends_on),
                    action: format!("{base}/{}", w.id),
                    delete_action: Some(format!("{base}/{}/delete", w.id)),
                    fields: fields(&b, Some(w)),
                    submit: tr.t("save"),
                    errors: has_err(Some(w.id)),
                });
            }
            let b = builder(None);
            forms.push(ItemForm {
                dom_id: "new".into(),
                title: tr.t("project-wp-add"),
                subtitle: String::new(),
                action: base.clone(),
                delete_action: None,
                fields: fields(&b, None),
                submit: tr.t("project-add"),
                errors: has_err(None),
            });
            (tr.t("project-work-packages"), String::new())
        }
        Section::Results => {
            let kinds = || opts(ResultKind::ALL, ResultKind::code, |x| kind_label(tr, x), "");
            let wp_opts = || {
                let mut v = vec![Opt {
                    value: String::new(),
                    label: tr.t("project-none"),
                    selected: false,
                }];
                v.extend(d.work_packages.iter().map(|w| Opt {
                    value: w.id.to_string(),
                    label: format!("{} {}", w.code, w.title),
                    selected: false,
                }));
                v
            };
            let fields = |b: &FieldBuilder, r: Option<&ProjectResult>| {
                vec![
                    b.select(
                        "kind",
                        "project-field-result-kind",
                        kinds(),
                        r.map(|r| r.kind.code().to_string())
                            .unwrap_or_else(|| "deliverable".into()),
                    ),
                    b.field(
                        "title",
                        "project-field-title",
                        "text",
                        r.map(|r| r.title.clone()).unwrap_or_default(),
                    ),
                    b.field(
                        "description",
                        "project-field-description",
                        "textarea",
                        r.map(|r| r.description.clone()).unwrap_or_default(),
                    ),
                    b.field(
                        "url",
                        "project-field-url",
                        "url",
                        r.and_then(|r| r.url.clone()).unwrap_or_default(),
                    ),
                    b.field(
                        "delivered_on",
                        "project-field-delivered-on",
                        "date",
                        day(r.and_then(|r| r.delivered_on)),
                    ),
                    b.select(
                        "work_package_id",
                        "project-field-result-wp",
                        wp_opts(),
                        r.and_then(|r| r.work_package_id)
                            .map(|o| o.to_string())
                            .unwrap_or_default(),
                    ),
                ]
            };
            for r in &d.results {
                let b = builder(Some(r.id));
                forms.push(ItemForm {
                    dom_id: format!("result-{}", r.id),
                    title: r.title.clone(),
                    subtitle: kind_label(tr, r.kind),
                    action: format!("{base}/{}", r.id),
                    delete_action: Some(format!("{base}/{}/delete", r.id)),
                    fields: fields(&b, Some(r)),
                    submit: tr.t("save"),
                    errors: has_err(Some(r.id)),
                });
            }
            let b = builder(None);
            forms.push(ItemForm {
                dom_id: "new".into(),
                title: tr.t("project-result-add"),
                subtitle: String::new(),
                action: base.clone(),
                delete_action: None,
                fields: fields(&b, None),
                submit: tr.t("project-add"),
                errors: has_err(None),
            });
            (tr.t("project-results"), String::new())
        }
        Section::Events => {
            for e in &d.events {
                forms.push(ItemForm {
                    dom_id: format!("event-{}", e.id),
                    title: e.title.clone(),
                    subtitle: super::event_common::local_date(tr, e.starts_at, &e.timezone),
                    action: format!("/events/{}", e.id),
                    delete_action: Some(format!("{base}/{}/delete", e.id)),
                    fields: vec![],
                    submit: String::new(),
                    errors: false,
                });
            }
            let b = builder(None);
            let mut f = b.field(
                "event_id",
                "project-field-event-id",
                "number",
                String::new(),
            );
            f.hint = tr.t("project-event-id-hint");
            forms.push(ItemForm {
                dom_id: "new".into(),
                title: tr.t("project-event-link"),
                subtitle: String::new(),
                action: base.clone(),
                delete_action: None,
                fields: vec![f],
                submit: tr.t("project-add"),
                errors: has_err(None),
            });
            (tr.t("project-events"), String::new())
        }
    };
    let status = if failed.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render_status(
        status,
        &SectionPage {
            c: Chrome::new(ctx, &format!("{} — {heading}", d.project.acronym)),
            id,
            acronym: d.project.acronym.clone(),
            heading,
            intro,
            forms,
        },
    )
}

/// After a section action: back to the section, or the section again with the errors.
async fn after(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    section: Section,
    item: Option<Id>,
    form: &FormData,
    result: DomainResult<()>,
) -> PageResult {
    match result {
        Ok(()) => Ok(see_other(&format!("/projects/{id}/{}", section.path()))),
        Err(DomainError::Validation(e)) => {
            section_page(state, ctx, id, section, Some((item, form, e))).await
        }
        Err(e) => Err(e.into()),
    }
}

fn id_field(form: &FormData, key: &str) -> Option<Id> {
    form.get(key).and_then(|s| s.trim().parse().ok())
}

fn raw_partner(form: &FormData) -> Result<RawPartner, DomainError> {
    let org_id = match form.opt("org_id") {
        None => None,
        Some(s) => Some(s.trim().parse::<Id>().map_err(|_| {
            DomainError::field("org_id", "is not the number of an existing organisation")
        })?),
    };
    Ok(RawPartner {
        org_id,
        name: form.opt("name"),
        pic: form.opt("pic"),
        role: form.text("role"),
        country: form.opt("country"),
        nuts: form.opt("nuts"),
        eu_contribution: form.opt("eu_contribution"),
    })
}

fn raw_wp(form: &FormData) -> RawWorkPackage {
    RawWorkPackage {
        code: form.text("code"),
        title: form.text("title"),
        description: form.text("description"),
        starts_on: form.opt("starts_on"),
        ends_on: form.opt("ends_on"),
        lead_org_id: id_field(form, "lead_org_id"),
    }
}

fn raw_result(form: &FormData) -> RawResult {
    RawResult {
        kind: form.text("kind"),
        title: form.text("title"),
        description: form.text("description"),
        url: form.opt("url"),
        delivered_on: form.opt("delivered_on"),
        work_package_id: id_field(form, "work_package_id"),
    }
}

async fn partners_page(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    section_page(&state, &ctx, id, Section::Partners, None).await
}

async fn add_partner(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let svc = projects(&state);
    let r = match raw_partner(&form) {
        Ok(raw) => svc.add_partner(&ctx.actor, id, &raw).await.map(|_| ()),
        Err(e) => match svc.access(&ctx.actor, id).await?.require_manage(&ctx.actor) {
            Ok(()) => Err(e),
            Err(denied) => Err(denied),
        },
    };
    after(&state, &ctx, id, Section::Partners, None, &form, r).await
}

async fn update_partner(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, pid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let svc = projects(&state);
    let r = match raw_partner(&form) {
        Ok(raw) => svc
            .update_partner(&ctx.actor, id, pid, &raw)
            .await
            .map(|_| ()),
        Err(e) => match svc.access(&ctx.actor, id).await?.require_manage(&ctx.actor) {
            Ok(()) => Err(e),
            Err(denied) => Err(denied),
        },
    };
    after(&state, &ctx, id, Section::Partners, Some(pid), &form, r).await
}

async fn remove_partner(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, pid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let r = projects(&state).remove_partner(&ctx.actor, id, pid).await;
    after(&state, &ctx, id, Section::Partners, Some(pid), &form, r).await
}

async fn wps_page(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    section_page(&state, &ctx, id, Section::WorkPackages, None).await
}

async fn add_wp(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let r = projects(&state)
        .add_work_package(&ctx.actor, id, &raw_wp(&form))
        .await
        .map(|_| ());
    after(&state, &ctx, id, Section::WorkPackages, None, &form, r).await
}

async fn update_wp(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, wid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let r = projects(&state)
        .update_work_package(&ctx.actor, id, wid, &raw_wp(&form))
        .await
        .map(|_| ());
    after(&state, &ctx, id, Section::WorkPackages, Some(wid), &form, r).await
}

async fn delete_wp(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, wid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let r = projects(&state)
        .delete_work_package(&ctx.actor, id, wid)
        .await;
    after(&state, &ctx, id, Section::WorkPackages, Some(wid), &form, r).await
}

async fn results_page(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    section_page(&state, &ctx, id, Section::Results, None).await
}

async fn add_result(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let r = projects(&state)
        .add_result(&ctx.actor, id, &raw_result(&form))
        .await
        .map(|_| ());
    after(&state, &ctx, id, Section::Results, None, &form, r).await
}

async fn update_result(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let r = projects(&state)
        .update_result(&ctx.actor, id, rid, &raw_result(&form))
        .await
        .map(|_| ());
    after(&state, &ctx, id, Section::Results, Some(rid), &form, r).await
}

async fn delete_result(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let r = projects(&state).delete_result(&ctx.actor, id, rid).await;
    after(&state, &ctx, id, Section::Results, Some(rid), &form, r).await
}

async fn events_page(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    section_page(&state, &ctx, id, Section::Events, None).await
}

async fn link_event(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let svc = projects(&state);
    let r = match form.opt("event_id") {
        Some(s) => match s.trim().parse::<Id>() {
            Ok(eid) => svc.link_event(&ctx.actor, id, Some(eid)).await,
            Err(_) => svc
                .access(&ctx.actor, id)
                .await?
                .require_edit(&ctx.actor)
                .and(Err(DomainError::field(
                    "event_id",
                    "is not the number of an existing event",
                ))),
        },
        None => svc.link_event(&ctx.actor, id, None).await,
    };
    after(&state, &ctx, id, Section::Events, None, &form, r).await
}

async fn unlink_event(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, eid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let r = projects(&state).unlink_event(&ctx.actor, id, eid).await;
    after(&state, &ctx, id, Section::Events, Some(eid), &form, r).await
}

// ---------------------------------------------------------------- organisation page

/// The projects the organisation is a partner of, with its role, for its profile page: render
/// with `{% include "_org_projects.html" %}`, which expects `projects: Vec<ProjectLink>` and `c`.
pub async fn org_projects(state: &AppState, org_id: Id) -> Result<Vec<ProjectLink>, PageError> {
    Ok(projects(state).org_projects(org_id).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Template)]
    #[template(path = "_org_projects.html")]
    struct OrgProjects {
        c: Chrome,
        projects: Vec<ProjectLink>,
    }

    #[test]
    fn the_organisation_partial_renders() {
        let ctx = Ctx {
            actor: Actor::anonymous(),
            tr: Tr::new(crate::i18n::Lang::Pl),
            auth: crate::context::AuthMethod::None,
            csrf: String::new(),
            csrf_from_cookie: false,
            path_and_query: "/organisations/1".into(),
            unread_notifications: 0,
        };
        let html = OrgProjects {
            c: Chrome::new(&ctx, "x"),
            projects: vec![ProjectLink {
                id: 7,
                acronym: "CLUSTERS3".into(),
                title: "Leveraging cluster policies".into(),
                programme: Programme::InterregEurope,
                status: ProjectStatus::Closed,
                starts_on: Some(time::macros::date!(2016 - 04 - 01)),
                ends_on: None,
                role: PartnerRole::Lead,
            }],
        }
        .render()
        .unwrap();
        assert!(html.contains("/projects/7"));
        assert!(!html.contains("project-role-lead"), "{html}");
    }
}
