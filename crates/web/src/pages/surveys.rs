//! Survey pages: the list, the builder, the answer form and the results with their charts.
//!
//! Visitors of public surveys who are not signed in answer under a random browser token kept in
//! a cookie, so that they too can save a draft and answer once.

use super::layout::Chrome;
use super::orgs::Opt;
use super::survey_charts::{bars, columns, BarItem};
use super::{render, render_status, see_other, PageResult};
use crate::api::surveys::{csv_response, surveys, FilterQuery};
use crate::context::{cookies, set_cookie, CsrfForm, Ctx, FormData};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response as HttpResponse};
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::surveys::*;
use klaster_domain::*;
use std::collections::HashMap;

const LANGS: [&str; 3] = ["en", "pl", "bg"];
const BROWSER_COOKIE: &str = "klaster_respondent";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/surveys", get(list).post(create))
        .route("/surveys/new", get(new_form))
        .route("/surveys/{id}", get(show))
        .route("/surveys/{id}/respond", post(respond))
        .route(
            "/surveys/{id}/settings",
            get(settings_form).post(update_settings),
        )
        .route("/surveys/{id}/edit", get(builder))
        .route("/surveys/{id}/sections", post(add_section))
        .route("/surveys/{id}/sections/{key}/delete", post(delete_section))
        .route("/surveys/{id}/questions", post(add_question))
        .route(
            "/surveys/{id}/questions/{key}",
            get(question_form).post(update_question),
        )
        .route(
            "/surveys/{id}/questions/{key}/delete",
            post(delete_question),
        )
        .route("/surveys/{id}/questions/{key}/move", post(move_question))
        .route("/surveys/{id}/status", post(set_status))
        .route("/surveys/{id}/delete", post(delete))
        .route("/surveys/{id}/results", get(results))
        .route("/surveys/{id}/report", get(report))
        .route("/surveys/{id}/responses.csv", get(responses_csv))
        .route("/surveys/{id}/results.csv", get(results_csv))
        .route(
            "/static/surveys.js",
            get(|| async {
                (
                    [
                        (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
                        (header::CACHE_CONTROL, "public, max-age=3600"),
                    ],
                    include_str!("../../static/surveys.js"),
                )
            }),
        )
}

fn t(tr: &Tr, texts: &Texts) -> String {
    pick(texts, tr.code()).to_string()
}

fn status_label(tr: &Tr, s: SurveyStatus) -> String {
    tr.t(&format!("survey-status-{}", s.code()))
}

fn closes_text(tr: &Tr, s: &Survey) -> Option<String> {
    s.closes_at
        .map(|c| tr.ta("survey-closes", [("date", tr.date(c).as_str())]))
}

// ---- list ----

struct ListRow {
    id: Id,
    title: String,
    owner: String,
    status: String,
    open: bool,
    responses: String,
    closes: Option<String>,
    anonymous: bool,
    is_demo: bool,
}

#[derive(Template)]
#[template(path = "survey_list.html")]
struct ListPage {
    c: Chrome,
    rows: Vec<ListRow>,
    can_create: bool,
}

async fn list(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    let tr = &ctx.tr;
    let rows = surveys(&state)
        .list(&ctx.actor)
        .await?
        .into_iter()
        .map(|(s, n, _)| ListRow {
            id: s.id,
            title: t(tr, &s.title),
            owner: s.owner_name.clone(),
            status: status_label(tr, s.status),
            open: s.takes_answers(time::OffsetDateTime::now_utc()),
            responses: tr.tn("survey-responses", n),
            closes: closes_text(tr, &s),
            anonymous: s.anonymous,
            is_demo: s.is_demo,
        })
        .collect();
    render(&ListPage {
        c: Chrome::new(&ctx, &ctx.tr.t("survey-list-title")),
        rows,
        can_create: ctx.actor.user.is_some(),
    })
}

// ---- settings form ----

struct LangText {
    lang: &'static str,
    title: String,
    intro: String,
}

#[derive(Template)]
#[template(path = "survey_form.html")]
struct FormPage {
    c: Chrome,
    heading: String,
    action: String,
    is_new: bool,
    owners: Vec<Opt>,
    texts: Vec<LangText>,
    audiences: Vec<Opt>,
    audience_orgs: Vec<Opt>,
    audience_events: Vec<Opt>,
    audience_nuts: String,
    anonymous: bool,
    per_org: bool,
    results_public: bool,
    closes_on: String,
    errors: FieldErrors,
}

/// The raw settings from the form: texts per language, the owner as `org:ID` or `project:ID`.
fn raw_settings(f: &FormData) -> RawSurveyInput {
    let mut raw = RawSurveyInput::default();
    for l in LANGS {
        raw.title.insert(l.into(), f.text(&format!("title_{l}")));
        raw.intro.insert(l.into(), f.text(&format!("intro_{l}")));
    }
    match f.text("owner").split_once(':') {
        Some(("org", id)) => raw.owner_org_id = id.parse().ok(),
        Some(("project", id)) => raw.owner_project_id = id.parse().ok(),
        _ => {}
    }
    raw.audience = f.text("audience");
    raw.audience_org_id = f.opt("audience_org_id").and_then(|v| v.parse().ok());
    raw.audience_event_id = f.opt("audience_event_id").and_then(|v| v.parse().ok());
    raw.audience_nuts = f.text("audience_nuts");
    raw.anonymous = f.checked("anonymous");
    raw.per_org = f.checked("per_org");
    raw.results_public = f.checked("results_public");
    raw.closes_on = f.text("closes_on");
    raw
}

fn raw_from_survey(s: &Survey) -> RawSurveyInput {
    RawSurveyInput {
        owner_org_id: s.owner_org_id,
        owner_project_id: s.owner_project_id,
        title: s.title.clone(),
        intro: s.intro.clone(),
        audience: s.audience.kind.code().into(),
        audience_org_id: s.audience.org_id,
        audience_event_id: s.audience.event_id,
        audience_nuts: s.audience.nuts.clone().unwrap_or_default(),
        anonymous: s.anonymous,
        per_org: s.per_org,
        results_public: s.results_public,
        closes_on: s
            .closes_at
            .map(|c| c.date().to_string())
            .unwrap_or_default(),
    }
}

/// The owners the person may choose, as options.
async fn owner_options(state: &AppState, ctx: &Ctx, selected: &str) -> Result<Vec<Opt>, PageError> {
    Ok(super::action_plans::owner_items(state, ctx)
        .await?
        .into_iter()
        .map(|(value, label)| Opt {
            selected: value == selected,
            value,
            label,
        })
        .collect())
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    survey: Option<&Survey>,
    raw: &RawSurveyInput,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let owner = match (raw.owner_org_id, raw.owner_project_id) {
        (Some(o), _) => format!("org:{o}"),
        (_, Some(p)) => format!("project:{p}"),
        _ => String::new(),
    };
    let orgs = state.repo.all_orgs().await?;
    let clusters: Vec<Opt> = orgs
        .iter()
        .filter(|o| o.kind == OrgKind::Cluster)
        .map(|o| Opt {
            value: o.id.to_string(),
            label: o.name.clone(),
            selected: raw.audience_org_id == Some(o.id),
        })
        .collect();
    let events: Vec<Opt> = state
        .repo
        .all_events()
        .await?
        .into_iter()
        .map(|e| Opt {
            value: e.id.to_string(),
            label: e.title.clone(),
            selected: raw.audience_event_id == Some(e.id),
        })
        .collect();
    let heading = match survey {
        Some(s) => format!("{} · {}", tr.t("survey-settings"), t(tr, &s.title)),
        None => tr.t("survey-new"),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &FormPage {
            c: Chrome::new(ctx, &heading),
            heading,
            action: survey
                .map(|s| format!("/surveys/{}/settings", s.id))
                .unwrap_or_else(|| "/surveys".into()),
            is_new: survey.is_none(),
            owners: owner_options(state, ctx, &owner).await?,
            texts: LANGS
                .iter()
                .map(|l| LangText {
                    lang: l,
                    title: raw.title.get(*l).cloned().unwrap_or_default(),
                    intro: raw.intro.get(*l).cloned().unwrap_or_default(),
                })
                .collect(),
            audiences: AudienceKind::ALL
                .iter()
                .map(|k| Opt {
                    value: k.code().into(),
                    label: tr.t(&format!("survey-audience-{}", k.code())),
                    selected: raw.audience == k.code(),
                })
                .collect(),
            audience_orgs: clusters,
            audience_events: events,
            audience_nuts: raw.audience_nuts.clone(),
            anonymous: raw.anonymous,
            per_org: raw.per_org,
            results_public: raw.results_public,
            closes_on: raw.closes_on.clone(),
            errors,
        },
    )
}

async fn new_form(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    ctx.actor.require_user()?;
    let raw = RawSurveyInput {
        audience: "public".into(),
        anonymous: true,
        results_public: true,
        ..Default::default()
    };
    form_page(&state, &ctx, None, &raw, FieldErrors::new()).await
}

async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm) -> PageResult {
    let raw = raw_settings(&f);
    match surveys(&state)
        .create(&ctx.actor, &raw, &crate::auth::new_token(""))
        .await
    {
        Ok(id) => Ok(see_other(&format!("/surveys/{id}/edit"))),
        Err(DomainError::Validation(e)) => form_page(&state, &ctx, None, &raw, e).await,
        Err(e) => Err(e.into()),
    }
}

async fn owned(state: &AppState, ctx: &Ctx, id: Id) -> Result<Survey, PageError> {
    let (s, access) = surveys(state).get(&ctx.actor, id).await?;
    ctx.actor.allow(access.can_edit)?;
    Ok(s)
}

async fn settings_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let s = owned(&state, &ctx, id).await?;
    form_page(
        &state,
        &ctx,
        Some(&s),
        &raw_from_survey(&s),
        FieldErrors::new(),
    )
    .await
}

async fn update_settings(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let s = owned(&state, &ctx, id).await?;
    let mut raw = raw_settings(&f);
    raw.owner_org_id = s.owner_org_id;
    raw.owner_project_id = s.owner_project_id;
    match surveys(&state).update(&ctx.actor, id, &raw).await {
        Ok(()) => Ok(see_other(&format!("/surveys/{id}/edit"))),
        Err(DomainError::Validation(e)) => form_page(&state, &ctx, Some(&s), &raw, e).await,
        Err(e) => Err(e.into()),
    }
}

// ---- builder ----

struct QuestionRow {
    key: i64,
    number: usize,
    kind: String,
    text: String,
    required: bool,
    options: Vec<String>,
    condition: Option<String>,
}

struct SectionRow {
    key: i64,
    title: String,
    questions: Vec<QuestionRow>,
}

/// The question form's values.
struct QuestionFields {
    kinds: Vec<Opt>,
    sections: Vec<Opt>,
    conditions: Vec<Opt>,
    required: bool,
    texts: Vec<(&'static str, String)>,
    options: Vec<(&'static str, String)>,
    min: String,
    max: String,
    min_labels: Vec<(&'static str, String)>,
    max_labels: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "survey_builder.html")]
struct BuilderPage {
    c: Chrome,
    langs: [&'static str; 3],
    id: Id,
    title: String,
    status: String,
    is_draft: bool,
    is_open: bool,
    sections: Vec<SectionRow>,
    q: QuestionFields,
    section_errors: FieldErrors,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "survey_question.html")]
struct QuestionPage {
    c: Chrome,
    id: Id,
    key: i64,
    title: String,
    q: QuestionFields,
    errors: FieldErrors,
}

fn question_label(tr: &Tr, q: &Question, number: usize) -> String {
    format!("{}. {}", number, t(tr, &q.text))
}

/// "Q2 = Rather yes" for every category of every choice or scale question before `before`.
fn condition_options(
    tr: &Tr,
    st: &Structure,
    before: Option<i64>,
    selected: Option<Condition>,
) -> Vec<Opt> {
    let mut out = vec![Opt {
        value: String::new(),
        label: tr.t("survey-condition-none"),
        selected: selected.is_none(),
    }];
    for (i, q) in st.ordered().iter().enumerate() {
        if Some(q.key) == before {
            break;
        }
        if !q.kind.is_categorical() {
            continue;
        }
        for c in q.categories() {
            let label = match q.kind {
                QuestionKind::Scale => tr.num(c),
                _ => q.option(c).map(|o| t(tr, &o.text)).unwrap_or_default(),
            };
            out.push(Opt {
                value: format!("{}:{}", q.key, c),
                label: format!(
                    "{} = {}",
                    short_text(&question_label(tr, q, i + 1), 60),
                    label
                ),
                selected: selected
                    == Some(Condition {
                        question: q.key,
                        equals: c,
                    }),
            });
        }
    }
    out
}

fn short_text(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.into()
    } else {
        format!("{}…", s.chars().take(max - 1).collect::<String>())
    }
}

fn question_fields(
    tr: &Tr,
    st: &Structure,
    raw: &RawQuestionInput,
    key: Option<i64>,
) -> QuestionFields {
    let per_lang = |m: &Texts| -> Vec<(&'static str, String)> {
        LANGS
            .iter()
            .map(|l| (*l, m.get(*l).cloned().unwrap_or_default()))
            .collect()
    };
    let fmt = |v: Option<f64>| v.map(format_number).unwrap_or_default();
    let selected = match (raw.condition_question, raw.condition_equals) {
        (Some(q), Some(e)) => Some(Condition {
            question: q,
            equals: e,
        }),
        _ => None,
    };
    QuestionFields {
        kinds: QuestionKind::ALL
            .iter()
            .map(|k| Opt {
                value: k.code().into(),
                label: tr.t(&format!("survey-kind-{}", k.code())),
                selected: raw.kind == k.code(),
            })
            .collect(),
        sections: st
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| Opt {
                value: s.key.to_string(),
                label: match t(tr, &s.title) {
                    x if x.is_empty() => {
                        tr.ta("survey-section-n", [("n", (i + 1).to_string().as_str())])
                    }
                    x => x,
                },
                selected: raw.section == Some(s.key),
            })
            .collect(),
        conditions: condition_options(tr, st, key, selected),
        required: raw.required,
        texts: per_lang(&raw.text),
        options: LANGS
            .iter()
            .map(|l| {
                let lines: Vec<String> = raw
                    .options
                    .iter()
                    .map(|o| o.get(*l).cloned().unwrap_or_default())
                    .collect();
                (*l, lines.join("\n").trim_end().to_string())
            })
            .collect(),
        min: fmt(raw.min),
        max: fmt(raw.max),
        min_labels: per_lang(&raw.min_label),
        max_labels: per_lang(&raw.max_label),
    }
}

fn raw_question_from_form(f: &FormData, errors: &mut FieldErrors) -> RawQuestionInput {
    let mut raw = RawQuestionInput {
        kind: f.text("kind"),
        required: f.checked("required"),
        section: f.opt("section").and_then(|s| s.parse().ok()),
        ..Default::default()
    };
    for l in LANGS {
        raw.text.insert(l.into(), f.text(&format!("text_{l}")));
        raw.min_label
            .insert(l.into(), f.text(&format!("min_label_{l}")));
        raw.max_label
            .insert(l.into(), f.text(&format!("max_label_{l}")));
        // Options are one per line, and line n is the same option in every language.
        for (i, line) in f.text(&format!("options_{l}")).lines().enumerate() {
            if raw.options.len() <= i {
                raw.options.push(Texts::new());
            }
            raw.options[i].insert(l.into(), line.trim().to_string());
        }
    }
    for (field, slot) in [("min", &mut raw.min), ("max", &mut raw.max)] {
        if let Some(v) = f.opt(field) {
            match v.replace(',', ".").parse::<f64>() {
                Ok(n) => *slot = Some(n),
                Err(_) => errors.add(field, "must be a number"),
            }
        }
    }
    if let Some((q, c)) = f
        .opt("condition")
        .as_deref()
        .and_then(|v| v.split_once(':'))
    {
        raw.condition_question = q.parse().ok();
        raw.condition_equals = c.parse().ok();
    }
    raw
}

fn raw_question_from(q: &Question) -> RawQuestionInput {
    RawQuestionInput {
        section: Some(q.section),
        kind: q.kind.code().into(),
        required: q.required,
        text: q.text.clone(),
        options: q.options.iter().map(|o| o.text.clone()).collect(),
        min: q.min,
        max: q.max,
        min_label: q.min_label.clone(),
        max_label: q.max_label.clone(),
        condition_question: q.condition.map(|c| c.question),
        condition_equals: q.condition.map(|c| c.equals),
    }
}

fn condition_text(tr: &Tr, st: &Structure, c: Condition) -> Option<String> {
    let order = st.ordered();
    let (i, q) = order
        .iter()
        .enumerate()
        .find(|(_, q)| q.key == c.question)?;
    let answer = match q.kind {
        QuestionKind::Scale => tr.num(c.equals),
        _ => t(tr, &q.option(c.equals)?.text),
    };
    Some(tr.ta(
        "survey-shown-if",
        [
            ("question", (i + 1).to_string().as_str()),
            ("answer", answer.as_str()),
        ],
    ))
}

async fn builder_page(
    ctx: &Ctx,
    s: &Survey,
    raw: &RawQuestionInput,
    errors: FieldErrors,
    section_errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let st = &s.structure;
    let order = st.ordered();
    let number = |k: i64| {
        order
            .iter()
            .position(|q| q.key == k)
            .map(|p| p + 1)
            .unwrap_or(0)
    };
    let row = |q: &Question| QuestionRow {
        key: q.key,
        number: number(q.key),
        kind: tr.t(&format!("survey-kind-{}", q.kind.code())),
        text: t(tr, &q.text),
        required: q.required,
        options: match q.kind {
            QuestionKind::Scale => vec![format!(
                "{} ({}) – {} ({})",
                format_number(q.min.unwrap_or(1.0)),
                t(tr, &q.min_label),
                format_number(q.max.unwrap_or(5.0)),
                t(tr, &q.max_label)
            )],
            QuestionKind::Number => match (q.min, q.max) {
                (Some(a), Some(b)) => vec![format!("{} – {}", tr.dec(a, 0), tr.dec(b, 0))],
                _ => Vec::new(),
            },
            _ => q.options.iter().map(|o| t(tr, &o.text)).collect(),
        },
        condition: q.condition.and_then(|c| condition_text(tr, st, c)),
    };
    let sections = st
        .sections
        .iter()
        .enumerate()
        .map(|(i, sec)| SectionRow {
            key: sec.key,
            title: match t(tr, &sec.title) {
                x if x.is_empty() => {
                    tr.ta("survey-section-n", [("n", (i + 1).to_string().as_str())])
                }
                x => x,
            },
            questions: st
                .questions
                .iter()
                .filter(|q| q.section == sec.key)
                .map(row)
                .collect(),
        })
        .collect();
    let title = t(tr, &s.title);
    let status = if errors.is_empty() && section_errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &BuilderPage {
            c: Chrome::new(ctx, &title),
            langs: LANGS,
            id: s.id,
            title,
            status: status_label(tr, s.status),
            is_draft: s.status == SurveyStatus::Draft,
            is_open: s.status == SurveyStatus::Open,
            sections,
            q: question_fields(tr, st, raw, None),
            section_errors,
            errors,
        },
    )
}

fn empty_question() -> RawQuestionInput {
    RawQuestionInput {
        kind: "single".into(),
        min: Some(1.0),
        max: Some(5.0),
        ..Default::default()
    }
}

/// Where a change made from the builder lands: the survey's `page` (e.g. "edit") on success; when
/// refused, the builder again with the messages, next to the sections form or above the questions.
async fn builder_outcome(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    result: DomainResult<()>,
    page: &str,
    section_errors: bool,
) -> PageResult {
    match result {
        Ok(()) if page.is_empty() => Ok(see_other(&format!("/surveys/{id}"))),
        Ok(()) => Ok(see_other(&format!("/surveys/{id}/{page}"))),
        Err(DomainError::Validation(e)) => {
            let s = owned(state, ctx, id).await?;
            let (errors, for_sections) = if section_errors {
                (FieldErrors::new(), e)
            } else {
                (e, FieldErrors::new())
            };
            builder_page(ctx, &s, &empty_question(), errors, for_sections).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn builder(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let s = owned(&state, &ctx, id).await?;
    builder_page(
        &ctx,
        &s,
        &empty_question(),
        FieldErrors::new(),
        FieldErrors::new(),
    )
    .await
}

async fn add_section(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let title: Texts = LANGS
        .iter()
        .map(|l| (l.to_string(), f.text(&format!("section_{l}"))))
        .collect();
    let result = surveys(&state).add_section(&ctx.actor, id, &title).await;
    builder_outcome(&state, &ctx, id, result.map(|_| ()), "edit", true).await
}

async fn delete_section(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, key)): Path<(Id, i64)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let result = surveys(&state).delete_section(&ctx.actor, id, key).await;
    builder_outcome(&state, &ctx, id, result, "edit", true).await
}

async fn add_question(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let mut errors = FieldErrors::new();
    let raw = raw_question_from_form(&f, &mut errors);
    let result = if errors.is_empty() {
        surveys(&state)
            .add_question(&ctx.actor, id, &raw)
            .await
            .map(|_| ())
    } else {
        Err(DomainError::Validation(errors))
    };
    match result {
        Ok(()) => Ok(see_other(&format!("/surveys/{id}/edit#questions"))),
        Err(DomainError::Validation(e)) => {
            let s = owned(&state, &ctx, id).await?;
            builder_page(&ctx, &s, &raw, e, FieldErrors::new()).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn question_page(
    ctx: &Ctx,
    s: &Survey,
    key: i64,
    raw: &RawQuestionInput,
    errors: FieldErrors,
) -> PageResult {
    let title = format!(
        "{} · {}",
        ctx.tr.t("survey-edit-question"),
        t(&ctx.tr, &s.title)
    );
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &QuestionPage {
            c: Chrome::new(ctx, &title),
            id: s.id,
            key,
            title,
            q: question_fields(&ctx.tr, &s.structure, raw, Some(key)),
            errors,
        },
    )
}

async fn question_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, key)): Path<(Id, i64)>,
) -> PageResult {
    let s = owned(&state, &ctx, id).await?;
    let q = s.structure.question(key).ok_or(DomainError::NotFound)?;
    let raw = raw_question_from(q);
    question_page(&ctx, &s, key, &raw, FieldErrors::new()).await
}

async fn update_question(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, key)): Path<(Id, i64)>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let mut errors = FieldErrors::new();
    let raw = raw_question_from_form(&f, &mut errors);
    let result = if errors.is_empty() {
        surveys(&state)
            .update_question(&ctx.actor, id, key, &raw)
            .await
    } else {
        Err(DomainError::Validation(errors))
    };
    match result {
        Ok(()) => Ok(see_other(&format!("/surveys/{id}/edit#questions"))),
        Err(DomainError::Validation(e)) => {
            let s = owned(&state, &ctx, id).await?;
            question_page(&ctx, &s, key, &raw, e).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn delete_question(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, key)): Path<(Id, i64)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let result = surveys(&state).delete_question(&ctx.actor, id, key).await;
    builder_outcome(&state, &ctx, id, result, "edit#questions", false).await
}

async fn move_question(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, key)): Path<(Id, i64)>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let up = f.text("direction") == "up";
    let result = surveys(&state).move_question(&ctx.actor, id, key, up).await;
    builder_outcome(&state, &ctx, id, result, "edit#questions", false).await
}

async fn set_status(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let status =
        SurveyStatus::parse(&f.text("status")).map_err(|m| DomainError::field("status", m))?;
    let result = surveys(&state).set_status(&ctx.actor, id, status).await;
    builder_outcome(&state, &ctx, id, result, "", false).await
}

async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    surveys(&state).delete(&ctx.actor, id).await?;
    Ok(see_other("/surveys"))
}

// ---- answering ----

struct ChoiceField {
    value: String,
    label: String,
    checked: bool,
}

struct RankField {
    /// The select's name: `q{question}_r{option}`.
    name: String,
    label: String,
    positions: Vec<Opt>,
}

struct AnswerField {
    /// The input's name, `q{key}`, also naming its errors.
    field: String,
    number: usize,
    kind: &'static str,
    text: String,
    required: bool,
    choices: Vec<ChoiceField>,
    ranks: Vec<RankField>,
    value: String,
    min: String,
    max: String,
    min_label: String,
    max_label: String,
    /// `data-` attributes of a conditional question: the question and the answer it waits for.
    cond_question: String,
    cond_value: String,
    condition: Option<String>,
}

struct AnswerSection {
    title: String,
    fields: Vec<AnswerField>,
}

#[derive(Template)]
#[template(path = "survey_show.html")]
struct ShowPage {
    c: Chrome,
    id: Id,
    title: String,
    intro: String,
    owner: String,
    owner_href: String,
    status: String,
    closes: Option<String>,
    anonymous: bool,
    per_org: bool,
    is_demo: bool,
    audience: String,
    can_edit: bool,
    can_see_results: bool,
    responses: String,
    /// Why the viewer cannot answer, if they cannot.
    blocked: Option<String>,
    answering_for: Option<String>,
    submitted: Option<String>,
    draft_saved: Option<String>,
    consent: bool,
    sections: Vec<AnswerSection>,
    errors: FieldErrors,
}

fn browser_token(headers: &HeaderMap) -> Option<String> {
    cookies(headers)
        .into_iter()
        .find(|(k, _)| k == BROWSER_COOKIE)
        .map(|(_, v)| v)
        .filter(|v| {
            v.len() >= 32
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
}

fn new_browser_token() -> String {
    crate::auth::new_token("")
}

/// The form's answers: `q{key}` (repeated for multiple choice) and `q{key}_r{option}` = place.
fn answers_from_form(st: &Structure, f: &FormData, errors: &mut FieldErrors) -> Vec<Answer> {
    let mut out = Vec::new();
    for q in &st.questions {
        let field = format!("q{}", q.key);
        let mut a = Answer {
            question: q.key,
            ..Default::default()
        };
        match q.kind {
            QuestionKind::Single | QuestionKind::Multiple => {
                for v in f.all(&field) {
                    match v.parse::<i64>() {
                        Ok(c) => a.choices.push(c),
                        Err(_) => errors.add(&field, "is not one of the options"),
                    }
                }
            }
            QuestionKind::Rank => {
                let mut placed: Vec<(i64, i64)> = Vec::new();
                for o in &q.options {
                    if let Some(v) = f.opt(&format!("{field}_r{}", o.key)) {
                        match v.parse::<i64>() {
                            Ok(p) => placed.push((p, o.key)),
                            Err(_) => errors.add(&field, "must rank every option once"),
                        }
                    }
                }
                placed.sort();
                let mut places: Vec<i64> = placed.iter().map(|p| p.0).collect();
                places.dedup();
                if !placed.is_empty()
                    && (places.len() != placed.len() || placed.len() != q.options.len())
                {
                    errors.add(&field, "must rank every option once");
                }
                a.choices = placed.into_iter().map(|p| p.1).collect();
            }
            QuestionKind::Scale | QuestionKind::Number => {
                if let Some(v) = f.opt(&field) {
                    match v
                        .replace(',', ".")
                        .replace([' ', '\u{a0}'], "")
                        .parse::<f64>()
                    {
                        Ok(n) => a.number = Some(n),
                        Err(_) => errors.add(&field, "must be a number"),
                    }
                }
            }
            QuestionKind::ShortText | QuestionKind::LongText => a.text = f.opt(&field),
        }
        out.push(a);
    }
    out
}

fn answer_sections(tr: &Tr, s: &Survey, answers: &[Answer]) -> Vec<AnswerSection> {
    let st = &s.structure;
    let order = st.ordered();
    let number = |k: i64| {
        order
            .iter()
            .position(|q| q.key == k)
            .map(|p| p + 1)
            .unwrap_or(0)
    };
    let given: HashMap<i64, &Answer> = answers.iter().map(|a| (a.question, a)).collect();
    let field = |q: &Question| -> AnswerField {
        let a = given.get(&q.key);
        let has = |c: i64| a.is_some_and(|a| a.has(c));
        let choices = match q.kind {
            QuestionKind::Scale => q
                .scale_values()
                .into_iter()
                .map(|v| ChoiceField {
                    value: v.to_string(),
                    label: tr.num(v),
                    checked: has(v),
                })
                .collect(),
            _ => q
                .options
                .iter()
                .map(|o| ChoiceField {
                    value: o.key.to_string(),
                    label: t(tr, &o.text),
                    checked: has(o.key),
                })
                .collect(),
        };
        let ranks = if q.kind == QuestionKind::Rank {
            q.options
                .iter()
                .map(|o| {
                    let place = a
                        .and_then(|a| a.choices.iter().position(|c| *c == o.key))
                        .map(|p| p + 1);
                    let mut positions = vec![Opt {
                        value: String::new(),
                        label: "–".into(),
                        selected: place.is_none(),
                    }];
                    positions.extend((1..=q.options.len()).map(|p| Opt {
                        value: p.to_string(),
                        label: tr.num(p as i64),
                        selected: place == Some(p),
                    }));
                    RankField {
                        name: format!("q{}_r{}", q.key, o.key),
                        label: t(tr, &o.text),
                        positions,
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        let value = match q.kind {
            QuestionKind::Number => a
                .and_then(|a| a.number)
                .map(format_number)
                .unwrap_or_default(),
            _ => a.and_then(|a| a.text.clone()).unwrap_or_default(),
        };
        AnswerField {
            field: format!("q{}", q.key),
            number: number(q.key),
            kind: q.kind.code(),
            text: t(tr, &q.text),
            required: q.required,
            choices,
            ranks,
            value,
            min: q.min.map(format_number).unwrap_or_default(),
            max: q.max.map(format_number).unwrap_or_default(),
            min_label: t(tr, &q.min_label),
            max_label: t(tr, &q.max_label),
            cond_question: q
                .condition
                .map(|c| c.question.to_string())
                .unwrap_or_default(),
            cond_value: q
                .condition
                .map(|c| c.equals.to_string())
                .unwrap_or_default(),
            condition: q.condition.and_then(|c| condition_text(tr, st, c)),
        }
    };
    let mut out: Vec<AnswerSection> = st
        .sections
        .iter()
        .map(|sec| AnswerSection {
            title: t(tr, &sec.title),
            fields: st
                .questions
                .iter()
                .filter(|q| q.section == sec.key)
                .map(field)
                .collect(),
        })
        .filter(|s| !s.fields.is_empty())
        .collect();
    let loose: Vec<AnswerField> = st
        .questions
        .iter()
        .filter(|q| !st.sections.iter().any(|s| s.key == q.section))
        .map(field)
        .collect();
    if !loose.is_empty() {
        out.push(AnswerSection {
            title: String::new(),
            fields: loose,
        });
    }
    out
}

#[allow(clippy::too_many_arguments)]
async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    token: Option<&str>,
    form_answers: Option<(Vec<Answer>, bool)>,
    errors: FieldErrors,
) -> PageResult {
    let sv = surveys(state);
    let tr = &ctx.tr;
    let (s, access) = sv.get(&ctx.actor, id).await?;
    let who = Respondent {
        actor: &ctx.actor,
        browser_token: token,
    };
    let eligibility = sv.eligibility(&s, &who).await?;
    let mine = sv.my_response(&s, &who).await?;
    let count = state
        .repo
        .survey_response_counts()
        .await?
        .get(&id)
        .copied()
        .unwrap_or(0);
    let (blocked, answering_for) = match &eligibility {
        Eligibility::Eligible { org_name, .. } => (None, org_name.clone()),
        Eligibility::NotOpen => (
            Some(tr.t(if s.status == SurveyStatus::Draft {
                "survey-blocked-draft"
            } else {
                "survey-blocked-closed"
            })),
            None,
        ),
        Eligibility::SignIn => (Some(tr.t("survey-blocked-sign-in")), None),
        Eligibility::NotInAudience => (Some(tr.t("survey-blocked-audience")), None),
        Eligibility::NoOrganisation => (Some(tr.t("survey-blocked-no-org")), None),
    };
    let submitted = mine
        .as_ref()
        .and_then(|r| r.submitted_at)
        .map(|at| tr.ta("survey-submitted-at", [("date", tr.datetime(at).as_str())]));
    let draft_saved = mine
        .as_ref()
        .filter(|r| r.status == ResponseStatus::Draft)
        .map(|r| {
            tr.ta(
                "survey-draft-saved",
                [("date", tr.datetime(r.updated_at).as_str())],
            )
        });
    let (answers, consent) = match form_answers {
        Some(x) => x,
        None => mine
            .as_ref()
            .map(|r| (r.answers.clone(), r.consent))
            .unwrap_or_default(),
    };
    let title = t(tr, &s.title);
    let audience = match s.audience.kind {
        AudienceKind::RegionOrgs => tr.ta(
            "survey-audience-region-of",
            [("nuts", s.audience.nuts.clone().unwrap_or_default().as_str())],
        ),
        k => tr.t(&format!("survey-audience-{}", k.code())),
    };
    let page = ShowPage {
        c: Chrome::new(ctx, &title),
        id,
        title,
        intro: t(tr, &s.intro),
        owner: s.owner_name.clone(),
        owner_href: match (s.owner_org_id, s.owner_project_id) {
            (Some(o), _) => format!("/organisations/{o}"),
            (_, Some(p)) => format!("/projects/{p}"),
            _ => "/surveys".into(),
        },
        status: status_label(tr, s.status),
        closes: closes_text(tr, &s),
        anonymous: s.anonymous,
        per_org: s.per_org,
        is_demo: s.is_demo,
        audience,
        can_edit: access.can_edit,
        can_see_results: access.can_see_results,
        responses: tr.tn("survey-responses", count),
        blocked,
        answering_for,
        submitted,
        draft_saved,
        consent,
        sections: answer_sections(tr, &s, &answers),
        errors: errors.clone(),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(status, &page)
}

/// Public surveys give visitors without an account a browser token, so their draft can be found
/// again and they answer once.
fn with_token(mut r: HttpResponse, new_token: Option<String>, secure: bool) -> HttpResponse {
    if let Some(tok) = new_token {
        r.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(BROWSER_COOKIE, &tok, 365 * 86400, true, secure),
        );
    }
    r
}

async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<Id>,
) -> PageResult {
    let existing = browser_token(&headers);
    let fresh = (existing.is_none() && ctx.actor.user.is_none()).then(new_browser_token);
    let token = existing.or(fresh.clone());
    let page = show_page(&state, &ctx, id, token.as_deref(), None, FieldErrors::new()).await?;
    Ok(with_token(page, fresh, state.config.secure_cookies))
}

async fn respond(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<Id>,
    CsrfForm(f): CsrfForm,
) -> PageResult {
    let token = browser_token(&headers);
    let sv = surveys(&state);
    let (s, _) = sv.get(&ctx.actor, id).await?;
    let submit = f.text("action") == "submit";
    let consent = f.checked("consent");
    let mut errors = FieldErrors::new();
    let answers = answers_from_form(&s.structure, &f, &mut errors);
    let who = Respondent {
        actor: &ctx.actor,
        browser_token: token.as_deref(),
    };
    let result = if errors.is_empty() {
        sv.answer(id, &who, &answers, consent, submit)
            .await
            .map(|_| ())
    } else {
        // Name every problem at once: what the form could not read, and what the rules refuse.
        if let Err(more) = check_answers(&s.structure, &answers, submit) {
            for fe in more.fields {
                if errors.get(&fe.field).is_none() {
                    errors.add(fe.field, fe.message);
                }
            }
        }
        Err(DomainError::Validation(errors))
    };
    match result {
        Ok(()) if submit => {
            let access = sv.access(&ctx.actor, &s).await?;
            Ok(see_other(&if access.can_see_results {
                format!("/surveys/{id}/results")
            } else {
                format!("/surveys/{id}")
            }))
        }
        Ok(()) => Ok(see_other(&format!("/surveys/{id}#answer"))),
        Err(DomainError::Validation(e)) => {
            show_page(
                &state,
                &ctx,
                id,
                token.as_deref(),
                Some((answers, consent)),
                e,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

// ---- results ----

struct ChartBlock {
    number: usize,
    text: String,
    answered: String,
    svg: String,
    stats: Option<String>,
    texts: Vec<String>,
}

struct Breakdown {
    title: String,
    svg: String,
    hidden: Option<String>,
}

struct CrossTable {
    rows_title: String,
    cols_title: String,
    cols: Vec<String>,
    rows: Vec<(String, Vec<String>)>,
}

#[derive(Template)]
#[template(path = "survey_results.html")]
struct ResultsPage {
    c: Chrome,
    p: ResultsData,
}

/// What the results page, its live refresh and the printable report show.
struct ResultsData {
    id: Id,
    title: String,
    anonymous: bool,
    can_edit: bool,
    respondents: String,
    withheld: bool,
    charts: Vec<ChartBlock>,
    breakdowns: Vec<Breakdown>,
    answer_filters: Vec<Opt>,
    countries: Vec<Opt>,
    kinds: Vec<Opt>,
    questions: Vec<Opt>,
    questions_cols: Vec<Opt>,
    cross: Option<CrossTable>,
    filtered: bool,
    live_src: String,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "survey_results_live.html")]
struct LivePart<'a> {
    c: &'a Chrome,
    p: &'a ResultsData,
}

fn category_label(tr: &Tr, q: &Question, c: i64) -> String {
    match q.kind {
        QuestionKind::Scale => tr.num(c),
        _ => q.option(c).map(|o| t(tr, &o.text)).unwrap_or_default(),
    }
}

fn percent(tr: &Tr, n: i64, of: i64) -> String {
    let p = if of > 0 {
        n as f64 * 100.0 / of as f64
    } else {
        0.0
    };
    format!("{}%", tr.dec(p, 1))
}

/// A number in the locale, with one decimal only when it has a fraction.
fn plain(tr: &Tr, v: f64) -> String {
    tr.dec(v, if v.fract() == 0.0 { 0 } else { 1 })
}

fn chart_block(tr: &Tr, q: &Question, number: usize, r: &QuestionResult) -> ChartBlock {
    let title = t(tr, &q.text);
    let count_text = |n: i64| format!("{} ({})", tr.num(n), percent(tr, n, r.answered));
    let (svg, stats) = match q.kind {
        QuestionKind::Single | QuestionKind::Multiple => (
            bars(
                &title,
                &r.counts
                    .iter()
                    .map(|c| BarItem {
                        label: category_label(tr, q, c.category),
                        value: c.count as f64,
                        text: count_text(c.count),
                    })
                    .collect::<Vec<_>>(),
            ),
            None,
        ),
        QuestionKind::Scale => (
            columns(
                &title,
                &r.counts
                    .iter()
                    .map(|c| BarItem {
                        label: category_label(tr, q, c.category),
                        value: c.count as f64,
                        text: tr.num(c.count),
                    })
                    .collect::<Vec<_>>(),
            ),
            r.mean.map(|m| {
                tr.ta(
                    "survey-stats-scale",
                    [
                        ("mean", tr.dec(m, 2).as_str()),
                        ("median", tr.dec(r.median.unwrap_or(0.0), 1).as_str()),
                        ("low", t(tr, &q.min_label).as_str()),
                        ("high", t(tr, &q.max_label).as_str()),
                    ],
                )
            }),
        ),
        QuestionKind::Number => (
            columns(
                &title,
                &r.bins
                    .iter()
                    .map(|b| BarItem {
                        label: format!("{}–{}", tr.dec(b.from, 0), tr.dec(b.to, 0)),
                        value: b.count as f64,
                        text: tr.num(b.count),
                    })
                    .collect::<Vec<_>>(),
            ),
            r.mean.map(|m| {
                tr.ta(
                    "survey-stats-number",
                    [
                        ("mean", tr.dec(m, 1).as_str()),
                        ("median", tr.dec(r.median.unwrap_or(0.0), 1).as_str()),
                        ("min", plain(tr, r.min.unwrap_or(0.0)).as_str()),
                        ("max", plain(tr, r.max.unwrap_or(0.0)).as_str()),
                    ],
                )
            }),
        ),
        QuestionKind::Rank => {
            let n = q.options.len() as f64;
            (
                bars(
                    &title,
                    &r.ranks
                        .iter()
                        .map(|s| BarItem {
                            label: category_label(tr, q, s.option),
                            // Longer is better: first place everywhere fills the bar.
                            value: n + 1.0 - s.mean_rank,
                            text: tr.ta(
                                "survey-rank-mean",
                                [
                                    ("rank", tr.dec(s.mean_rank, 2).as_str()),
                                    ("first", tr.num(s.first_places).as_str()),
                                ],
                            ),
                        })
                        .collect::<Vec<_>>(),
                ),
                Some(tr.t("survey-rank-hint")),
            )
        }
        QuestionKind::ShortText | QuestionKind::LongText => (String::new(), None),
    };
    ChartBlock {
        number,
        text: title,
        answered: tr.tn("survey-answered", r.answered),
        svg,
        stats,
        texts: r.texts.clone(),
    }
}

fn breakdown(
    tr: &Tr,
    title: String,
    groups: &[GroupCount],
    label: impl Fn(&str) -> String,
) -> Breakdown {
    let shown: Vec<BarItem> = groups
        .iter()
        .filter_map(|g| {
            g.count.map(|n| BarItem {
                label: label(&g.code),
                value: n as f64,
                text: tr.num(n),
            })
        })
        .collect();
    let hidden = groups.iter().filter(|g| g.count.is_none()).count() as i64;
    Breakdown {
        svg: bars(&title, &shown),
        title,
        hidden: (hidden > 0).then(|| tr.tn("survey-hidden-groups", hidden)),
    }
}

async fn results_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    q: &FilterQuery,
) -> Result<ResultsPage, PageError> {
    let tr = &ctx.tr;
    let sv = surveys(state);
    let mut errors = FieldErrors::new();
    let filter = match q.filter() {
        Ok(f) => f,
        Err(DomainError::Validation(e)) => {
            errors = e;
            ResultFilter::default()
        }
        Err(e) => return Err(e.into()),
    };
    let (s, res) = sv.results(&ctx.actor, id, &filter).await?;
    let access = sv.access(&ctx.actor, &s).await?;
    let st = &s.structure;
    let order = st.ordered();
    let charts = res
        .questions
        .iter()
        .filter_map(|r| {
            let q = st.question(r.question)?;
            let n = order.iter().position(|x| x.key == q.key)? + 1;
            Some(chart_block(tr, q, n, r))
        })
        .collect();
    let countries = state.repo.countries().await?;
    let country_name = |code: &str| {
        countries
            .iter()
            .find(|c| c.code.as_str() == code)
            .map(|c| c.name(tr.code()).to_string())
            .unwrap_or_else(|| {
                if code == "-" {
                    tr.t("survey-unknown")
                } else {
                    code.to_string()
                }
            })
    };
    let kind_name = |code: &str| {
        if code == "-" {
            tr.t("survey-unknown")
        } else {
            tr.t(&format!("kind-{code}"))
        }
    };
    let breakdowns = if res.withheld {
        Vec::new()
    } else {
        vec![
            breakdown(tr, tr.t("survey-by-country"), &res.by_country, country_name),
            breakdown(tr, tr.t("survey-by-region"), &res.by_region, |c| {
                if c == "-" {
                    tr.t("survey-unknown")
                } else {
                    c.to_string()
                }
            }),
            breakdown(tr, tr.t("survey-by-kind"), &res.by_org_kind, kind_name),
        ]
    };
    let mut answer_filters = vec![Opt {
        value: String::new(),
        label: tr.t("survey-filter-any"),
        selected: filter.answer.is_none(),
    }];
    let mut questions = vec![Opt {
        value: String::new(),
        label: "–".into(),
        selected: q.rows.is_none(),
    }];
    let mut questions_cols = vec![Opt {
        value: String::new(),
        label: "–".into(),
        selected: q.cols.is_none(),
    }];
    for (i, x) in order.iter().enumerate() {
        if !x.kind.is_categorical() {
            continue;
        }
        let label = short_text(&question_label(tr, x, i + 1), 70);
        for c in x.categories() {
            answer_filters.push(Opt {
                value: format!("{}:{}", x.key, c),
                label: format!("{} = {}", short_text(&label, 50), category_label(tr, x, c)),
                selected: filter.answer == Some((x.key, c)),
            });
        }
        questions.push(Opt {
            value: x.key.to_string(),
            label: label.clone(),
            selected: q.rows == Some(x.key),
        });
        questions_cols.push(Opt {
            value: x.key.to_string(),
            label,
            selected: q.cols == Some(x.key),
        });
    }
    let mut country_opts = vec![Opt {
        value: String::new(),
        label: tr.t("survey-filter-any"),
        selected: filter.country.is_none(),
    }];
    // The countries of the unfiltered results, as shown there: a country hidden as a small group
    // in an anonymous survey is not offered either, so the list does not reveal it.
    let all = if filter.is_empty() {
        res.by_country.clone()
    } else {
        sv.results(&ctx.actor, id, &ResultFilter::default())
            .await?
            .1
            .by_country
    };
    let mut seen: Vec<String> = all
        .into_iter()
        .filter(|g| g.count.is_some() && g.code != "-")
        .map(|g| g.code)
        .collect();
    if let Some(c) = filter.country.as_ref().filter(|c| !seen.contains(c)) {
        seen.push(c.clone());
    }
    seen.sort();
    country_opts.extend(seen.iter().map(|c| Opt {
        value: c.clone(),
        label: country_name(c),
        selected: filter.country.as_deref() == Some(c.as_str()),
    }));
    let mut kinds = vec![Opt {
        value: String::new(),
        label: tr.t("survey-filter-any"),
        selected: filter.org_kind.is_none(),
    }];
    kinds.extend(OrgKind::ALL.iter().map(|k| Opt {
        value: k.code().into(),
        label: tr.t(&format!("kind-{}", k.code())),
        selected: filter.org_kind == Some(*k),
    }));
    let cross = match (q.rows, q.cols) {
        (Some(r), Some(c)) => match sv.cross_tab(&ctx.actor, id, &filter, r, c).await {
            Ok(ct) => {
                let (rq, cq) = (st.question(r), st.question(c));
                match (rq, cq) {
                    (Some(rq), Some(cq)) => Some(CrossTable {
                        rows_title: t(tr, &rq.text),
                        cols_title: t(tr, &cq.text),
                        cols: ct.cols.iter().map(|x| category_label(tr, cq, *x)).collect(),
                        rows: ct
                            .rows
                            .iter()
                            .zip(&ct.cells)
                            .map(|(x, cells)| {
                                (
                                    category_label(tr, rq, *x),
                                    cells
                                        .iter()
                                        .map(|n| match n {
                                            Some(n) => tr.num(*n),
                                            None => format!("<{MIN_GROUP}"),
                                        })
                                        .collect(),
                                )
                            })
                            .collect(),
                    }),
                    _ => None,
                }
            }
            Err(DomainError::Validation(e)) => {
                for fe in e.fields.iter() {
                    errors.add(fe.field.clone(), fe.message.clone());
                }
                None
            }
            Err(e) => return Err(e.into()),
        },
        _ => None,
    };
    let query = serde_urlencoded::to_string([
        ("answer", q.answer.clone().unwrap_or_default()),
        ("country", q.country.clone().unwrap_or_default()),
        ("org_kind", q.org_kind.clone().unwrap_or_default()),
        ("rows", q.rows.map(|x| x.to_string()).unwrap_or_default()),
        ("cols", q.cols.map(|x| x.to_string()).unwrap_or_default()),
    ])
    .unwrap_or_default();
    let title = t(tr, &s.title);
    Ok(ResultsPage {
        c: Chrome::new(ctx, &format!("{} · {}", tr.t("survey-results"), title)),
        p: ResultsData {
            id,
            title,
            anonymous: s.anonymous,
            can_edit: access.can_edit,
            respondents: tr.tn("survey-respondents", res.respondents),
            withheld: res.withheld,
            charts,
            breakdowns,
            answer_filters,
            countries: country_opts,
            kinds,
            questions,
            questions_cols,
            cross,
            filtered: !filter.is_empty(),
            live_src: format!("/surveys/{id}/results?{query}&partial=1"),
            errors,
        },
    })
}

/// Query values from a form arrive as text: empty numbers mean "none".
fn filter_query(raw: &[(String, String)]) -> (FilterQuery, bool) {
    let get = |k: &str| {
        raw.iter()
            .find(|(x, _)| x == k)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
    };
    (
        FilterQuery {
            answer: get("answer"),
            country: get("country"),
            org_kind: get("org_kind"),
            rows: get("rows").and_then(|v| v.parse().ok()),
            cols: get("cols").and_then(|v| v.parse().ok()),
        },
        get("partial").is_some(),
    )
}

async fn results(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(raw): Query<Vec<(String, String)>>,
) -> PageResult {
    let (q, partial) = filter_query(&raw);
    let page = results_page(&state, &ctx, id, &q).await?;
    if partial {
        let html = LivePart {
            c: &page.c,
            p: &page.p,
        }
        .render()
        .map_err(|e| PageError(DomainError::Internal(format!("template: {e}"))))?;
        return Ok(Html(html).into_response());
    }
    let status = if page.p.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(status, &page)
}

#[derive(Template)]
#[template(path = "survey_report.html")]
struct ReportPage<'a> {
    c: &'a Chrome,
    p: &'a ResultsData,
    intro: String,
    owner: String,
    generated: String,
}

async fn report(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let page = results_page(&state, &ctx, id, &FilterQuery::default()).await?;
    let s = state.repo.survey(id).await?.ok_or(DomainError::NotFound)?;
    render(&ReportPage {
        c: &page.c,
        p: &page.p,
        intro: t(&ctx.tr, &s.intro),
        owner: s.owner_name.clone(),
        generated: ctx.tr.datetime(time::OffsetDateTime::now_utc()),
    })
}

async fn responses_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<HttpResponse, PageError> {
    let body = surveys(&state)
        .export_responses(&ctx.actor, id, ctx.lang())
        .await?;
    Ok(csv_response(format!("survey-{id}-responses.csv"), body).into_response())
}

async fn results_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<HttpResponse, PageError> {
    let body = surveys(&state)
        .export_aggregates(&ctx.actor, id, ctx.lang())
        .await?;
    Ok(csv_response(format!("survey-{id}-results.csv"), body).into_response())
}
