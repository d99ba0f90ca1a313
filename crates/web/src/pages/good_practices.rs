//! Pages: the good-practice library with search and filters, a practice's page with its events
//! and the Action Plan actions that took it up, and the form to enter or edit one.

use super::action_plans::{choices, event_items, form_page, org_items, FormField, FormPage};
use super::layout::Chrome;
use super::orgs::Opt;
use super::{render, see_other, PageResult};
use crate::context::{CsrfForm, Ctx, FormData};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::Router;
use klaster_domain::good_practices::*;
use klaster_domain::*;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/good-practices", get(list).post(create))
        .route("/good-practices/new", get(new_form))
        .route("/good-practices/{id}", get(show).post(update))
        .route("/good-practices/{id}/edit", get(edit_form))
}

pub fn practices(state: &AppState) -> GoodPractices<'_> {
    GoodPractices { repo: &*state.repo }
}

pub fn theme_label(tr: &Tr, t: PracticeTheme) -> String {
    tr.t(&t.key())
}

async fn region_label(state: &AppState, nuts: &NutsCode) -> Result<String, PageError> {
    Ok(match state.repo.nuts_region(nuts.as_str()).await? {
        Some(r) => format!("{} ({})", r.name, r.code),
        None => nuts.to_string(),
    })
}

// ---------------------------------------------------------------- list

pub struct Row {
    pub id: Id,
    pub title: String,
    pub theme: String,
    pub place: String,
    pub org: String,
    pub summary: String,
    pub is_demo: bool,
}

#[derive(Template)]
#[template(path = "gp_list.html")]
struct ListPage {
    c: Chrome,
    q: String,
    region: String,
    themes: Vec<Opt>,
    countries: Vec<Opt>,
    rows: Vec<Row>,
    summary: String,
    error: Option<String>,
    filtered: bool,
}

async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(raw): Query<RawGoodPracticeFilter>,
) -> PageResult {
    let tr = &ctx.tr;
    let (filter, error) = match raw.parse() {
        Ok(f) => (f, None),
        Err(e) => (
            GoodPracticeFilter::default(),
            Some(
                e.fields
                    .iter()
                    .map(|f| format!("{}: {}", f.field, tr.msg(&f.message)))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        ),
    };
    let items = practices(&state).list(&filter).await?;
    let countries = state.repo.countries().await?;
    let cname = |code: &str| {
        countries
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.name(tr.code()).to_string())
            .unwrap_or_else(|| code.to_string())
    };
    let mut rows = Vec::new();
    for p in &items {
        let summary: String = p.description.chars().take(240).collect();
        rows.push(Row {
            id: p.id,
            title: p.title.clone(),
            theme: theme_label(tr, p.theme),
            place: format!(
                "{}, {}",
                region_label(&state, &p.nuts).await?,
                cname(p.country())
            ),
            org: p.org_name.clone().unwrap_or_default(),
            summary: if summary.len() < p.description.len() {
                format!("{summary}…")
            } else {
                summary
            },
            is_demo: p.is_demo,
        });
    }
    // Only the countries that have practices are worth offering.
    let mut codes: Vec<String> = practices(&state)
        .list(&GoodPracticeFilter::default())
        .await?
        .iter()
        .map(|p| p.country().to_string())
        .collect();
    codes.sort();
    codes.dedup();
    let cur = |s: &Option<String>| s.clone().unwrap_or_default();
    let country = cur(&raw.country).to_uppercase();
    let theme = cur(&raw.theme);
    render(&ListPage {
        c: Chrome::new(&ctx, &tr.t("gp-title")),
        q: cur(&raw.q),
        region: cur(&raw.region),
        themes: choices(
            tr.t("gp-any"),
            PracticeTheme::ALL
                .iter()
                .map(|t| (t.code().to_string(), theme_label(tr, *t)))
                .collect(),
            &[theme],
        ),
        countries: choices(
            tr.t("gp-any"),
            codes.iter().map(|c| (c.clone(), cname(c))).collect(),
            &[country],
        ),
        summary: tr.tn("gp-found", rows.len() as i64),
        rows,
        error,
        filtered: filter != GoodPracticeFilter::default(),
    })
}

// ---------------------------------------------------------------- show

#[derive(Template)]
#[template(path = "gp_show.html")]
struct ShowPage {
    c: Chrome,
    p: GoodPractice,
    theme: String,
    region: String,
    events: Vec<(Id, String, String)>,
    actions: Vec<PracticeAction>,
    can_edit: bool,
}

async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let tr = &ctx.tr;
    let d = practices(&state).get(&ctx.actor, id).await?;
    let events = d
        .events
        .iter()
        .map(|e| {
            (
                e.id,
                e.title.clone(),
                format!(
                    "{}, {}",
                    tr.t(&format!("event-kind-{}", e.kind.code())),
                    super::event_common::local_date(tr, e.starts_at, &e.timezone)
                ),
            )
        })
        .collect();
    render(&ShowPage {
        c: Chrome::new(&ctx, &d.practice.title),
        theme: theme_label(tr, d.practice.theme),
        region: region_label(&state, &d.practice.nuts).await?,
        events,
        actions: d.actions,
        can_edit: d.can_edit,
        p: d.practice,
    })
}

// ---------------------------------------------------------------- form

/// One link per line: "label | https://…" (a bare address is its own label).
fn parse_links(text: &str) -> Vec<Attachment> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| match l.rsplit_once('|') {
            Some((label, url)) => Attachment {
                label: label.trim().to_string(),
                url: url.trim().to_string(),
            },
            None => Attachment {
                label: l.to_string(),
                url: l.to_string(),
            },
        })
        .collect()
}

fn links_text(list: &[Attachment]) -> String {
    list.iter()
        .map(|a| format!("{} | {}", a.label, a.url))
        .collect::<Vec<_>>()
        .join("\n")
}

fn raw_from_form(form: &FormData) -> RawGoodPractice {
    RawGoodPractice {
        title: form.text("title"),
        nuts: form.text("nuts"),
        org_id: form.get("org_id").and_then(|s| s.trim().parse().ok()),
        owner_org_id: form.get("owner_org_id").and_then(|s| s.trim().parse().ok()),
        theme: form.text("theme"),
        description: form.text("description"),
        results: form.text("results"),
        contacts: form.text("contacts"),
        attachments: parse_links(&form.text("attachments")),
        event_ids: form
            .all("event_ids")
            .iter()
            .filter_map(|s| s.trim().parse().ok())
            .collect(),
    }
}

async fn practice_form(
    state: &AppState,
    ctx: &Ctx,
    practice: Option<&GoodPractice>,
    form: Option<&FormData>,
    errors: &FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let p = practice;
    let f = |k: &str, stored: String| form.map(|f| f.text(k)).unwrap_or(stored);
    let mut fields = Vec::new();
    if p.is_none() {
        let mine: Vec<(String, String)> = ctx
            .actor
            .memberships
            .iter()
            .map(|m| (m.organisation_id.to_string(), m.organisation_name.clone()))
            .collect();
        let current = f(
            "owner_org_id",
            mine.first().map(|m| m.0.clone()).unwrap_or_default(),
        );
        fields.push(
            FormField::new(
                "owner_org_id",
                tr.t("gp-field-owner"),
                "select",
                String::new(),
            )
            .options(
                mine.into_iter()
                    .map(|(value, label)| Opt {
                        selected: value == current,
                        value,
                        label,
                    })
                    .collect(),
            )
            .hint(tr.t("gp-owner-hint")),
        );
    }
    let theme = f(
        "theme",
        p.map(|p| p.theme.code().to_string()).unwrap_or_default(),
    );
    let chosen_events: Vec<String> = match form {
        Some(f) => f.all("event_ids"),
        None => p
            .map(|p| p.event_ids.iter().map(|i| i.to_string()).collect())
            .unwrap_or_default(),
    };
    fields.extend([
        FormField::new(
            "title",
            tr.t("gp-field-title"),
            "text",
            f("title", p.map(|p| p.title.clone()).unwrap_or_default()),
        )
        .required(),
        FormField::new("theme", tr.t("gp-field-theme"), "select", String::new())
            .required()
            .options(choices(
                tr.t("ap-choose"),
                PracticeTheme::ALL
                    .iter()
                    .map(|t| (t.code().to_string(), theme_label(tr, *t)))
                    .collect(),
                &[theme],
            )),
        FormField::new(
            "nuts",
            tr.t("gp-field-region"),
            "text",
            f("nuts", p.map(|p| p.nuts.to_string()).unwrap_or_default()),
        )
        .required()
        .hint(tr.t("ap-region-hint")),
        FormField::new("org_id", tr.t("gp-field-org"), "select", String::new()).options(choices(
            tr.t("ap-none"),
            org_items(state).await?,
            &[f(
                "org_id",
                p.and_then(|p| p.org_id)
                    .map(|i| i.to_string())
                    .unwrap_or_default(),
            )],
        )),
        FormField::new(
            "description",
            tr.t("gp-field-description"),
            "textarea",
            f(
                "description",
                p.map(|p| p.description.clone()).unwrap_or_default(),
            ),
        )
        .required(),
        FormField::new(
            "results",
            tr.t("gp-field-results"),
            "textarea",
            f("results", p.map(|p| p.results.clone()).unwrap_or_default()),
        ),
        FormField::new(
            "contacts",
            tr.t("gp-field-contacts"),
            "textarea",
            f(
                "contacts",
                p.map(|p| p.contacts.clone()).unwrap_or_default(),
            ),
        ),
        FormField::new(
            "attachments",
            tr.t("gp-field-attachments"),
            "textarea",
            f(
                "attachments",
                p.map(|p| links_text(&p.attachments)).unwrap_or_default(),
            ),
        )
        .hint(tr.t("gp-attachments-hint")),
        FormField::new("event_ids", tr.t("gp-field-events"), "multi", String::new())
            .options(
                event_items(state, ctx)
                    .await?
                    .into_iter()
                    .map(|(value, label)| Opt {
                        selected: chosen_events.contains(&value),
                        value,
                        label,
                    })
                    .collect(),
            )
            .hint(tr.t("ap-multi-hint")),
    ]);
    let (heading, action, back_href, back_label) = match p {
        Some(p) => (
            tr.ta("gp-edit-heading", [("title", p.title.as_str())]),
            format!("/good-practices/{}", p.id),
            format!("/good-practices/{}", p.id),
            p.title.clone(),
        ),
        None => (
            tr.t("gp-new"),
            "/good-practices".to_string(),
            "/good-practices".to_string(),
            tr.t("gp-title"),
        ),
    };
    form_page(
        FormPage {
            c: Chrome::new(ctx, &heading),
            heading,
            back_href,
            back_label,
            action,
            fields,
            submit: tr.t("save"),
            errors: vec![],
        },
        tr,
        errors,
    )
}

async fn new_form(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    GoodPractices::require_create(&ctx.actor)?;
    practice_form(&state, &ctx, None, None, &FieldErrors::new()).await
}

async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(form): CsrfForm) -> PageResult {
    match practices(&state)
        .create(&ctx.actor, &raw_from_form(&form))
        .await
    {
        Ok(p) => Ok(see_other(&format!("/good-practices/{}", p.id))),
        Err(DomainError::Validation(e)) => practice_form(&state, &ctx, None, Some(&form), &e).await,
        Err(e) => Err(e.into()),
    }
}

async fn edit_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let p = state
        .repo
        .good_practice(id)
        .await?
        .ok_or(DomainError::NotFound)?;
    ctx.actor.allow(GoodPractices::can_edit(&ctx.actor, &p))?;
    practice_form(&state, &ctx, Some(&p), None, &FieldErrors::new()).await
}

async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    match practices(&state)
        .update(&ctx.actor, id, &raw_from_form(&form))
        .await
    {
        Ok(_) => Ok(see_other(&format!("/good-practices/{id}"))),
        Err(DomainError::Validation(e)) => {
            let p = state
                .repo
                .good_practice(id)
                .await?
                .ok_or(DomainError::NotFound)?;
            practice_form(&state, &ctx, Some(&p), Some(&form), &e).await
        }
        Err(e) => Err(e.into()),
    }
}
