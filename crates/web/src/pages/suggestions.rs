//! Pages: suggested partners with their explanation, dismissing a suggestion, suggesting NACE
//! codes for a description (issue 5).

use super::layout::Chrome;
use super::{render, render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::matchmaking::{parse_subject, SuggestedPartner};
use crate::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::*;
use serde::Deserialize;
use std::collections::HashMap;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/suggestions", get(partners_page))
        .route("/suggestions/dismiss", post(dismiss))
        .route("/suggestions/undo", post(undo))
        .route("/suggest-nace", get(nace_page))
}

/// Suggestions shown in the section.
const SECTION_SIZE: usize = 10;

/// The organisation a subject (`org:ID`, `profile:ID`) belongs to; NotFound when it does not
/// exist, or when it is a profile the actor may not see (not published, not theirs).
pub async fn subject_org(state: &AppState, actor: &Actor, subject: &str) -> DomainResult<Id> {
    let (kind, id) = parse_subject(subject)
        .ok_or_else(|| DomainError::field("subject", "must be org:ID or profile:ID"))?;
    if kind == "org" {
        state.repo.org(id).await?.ok_or(DomainError::NotFound)?;
        return Ok(id);
    }
    // Whoever may see the profile (its owners, reviewers, everyone once published) sees its
    // suggestions.
    let (p, _) = super::marketplace::market(state).get(actor, id).await?;
    Ok(p.org_id)
}

/// Members of the subject's organisation and platform administrators may dismiss.
pub fn may_dismiss(actor: &Actor, org_id: Id) -> bool {
    actor.is_platform_admin() || actor.role_in(org_id).is_some()
}

/// Dismisses (`undo` false) or restores a suggestion, after checking the actor's rights.
pub async fn set_dismissed(
    state: &AppState,
    actor: &Actor,
    subject: &str,
    candidate: &str,
    undo: bool,
) -> DomainResult<bool> {
    actor.require_user()?;
    let org = subject_org(state, actor, subject).await?;
    if parse_subject(candidate).is_none() {
        return Err(DomainError::field(
            "candidate",
            "must be org:ID or profile:ID",
        ));
    }
    actor.allow(may_dismiss(actor, org))?;
    if undo {
        state.repo.undo_dismissal(subject, candidate).await
    } else {
        state
            .repo
            .dismiss_suggestion(subject, candidate, actor.user_id())
            .await?;
        Ok(true)
    }
}

pub struct SignalView {
    pub name: String,
    pub label: String,
    /// Share of the candidate's score, 0..1 (a `meter`).
    pub share: f32,
    pub percent: String,
    pub detail: String,
}

pub struct PartnerView {
    pub candidate: String,
    pub href: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub score: String,
    pub score_value: f32,
    pub dismissed: bool,
    pub signals: Vec<SignalView>,
}

#[derive(Template)]
#[template(path = "suggest_section.html")]
struct Section {
    tr: Tr,
    csrf: String,
    subject: String,
    back: String,
    signed_in: bool,
    ready: bool,
    semantic: bool,
    /// The model's status for platform administrators (may name a path), else empty.
    admin_detail: String,
    can_dismiss: bool,
    cross_border: bool,
    show_dismissed: bool,
    cross_href: String,
    dismissed_href: String,
    items: Vec<PartnerView>,
}

/// The profile-kind or organisation-kind label.
fn kind_label(tr: &Tr, kind: &str) -> String {
    let key = format!("suggest-kind-{kind}");
    let t = tr.t(&key);
    if t != key {
        return t;
    }
    let key = format!("kind-{kind}");
    let t = tr.t(&key);
    if t != key {
        t
    } else {
        kind.replace('_', " ")
    }
}

fn detail_label(tr: &Tr, name: &str, detail: &str) -> String {
    match name {
        "complementarity" => detail
            .split(" ↔ ")
            .map(|k| kind_label(tr, k))
            .collect::<Vec<_>>()
            .join(" ↔ "),
        "taxonomy" => match detail.strip_prefix("value chain: ") {
            Some(chain) => format!("{} {chain}", tr.t("suggest-value-chain")),
            None => detail.to_string(),
        },
        _ => detail.to_string(),
    }
}

fn percent(x: f32) -> String {
    format!("{}%", (x * 100.0).round() as i64)
}

pub fn partner_views(tr: &Tr, list: Vec<SuggestedPartner>) -> Vec<PartnerView> {
    list.into_iter()
        .map(|s| {
            let total = s.score.max(f32::EPSILON);
            PartnerView {
                candidate: s.candidate.id.clone(),
                href: s.candidate.url.clone(),
                name: s.candidate.name.clone(),
                kind: kind_label(tr, &s.candidate.kind),
                country: s.candidate.country.clone(),
                score: format!("{:.2}", s.score),
                score_value: s.score.clamp(0.0, 1.0),
                dismissed: s.dismissed,
                signals: s
                    .signals
                    .iter()
                    .map(|g| SignalView {
                        name: g.name.clone(),
                        label: tr.t(&format!("suggest-signal-{}", g.name)),
                        share: (g.contribution / total).clamp(0.0, 1.0),
                        percent: percent(g.contribution / total),
                        detail: detail_label(tr, &g.name, &g.detail),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// `path` with `key=1` set or removed, keeping the other query parameters.
fn toggle(path_and_query: &str, key: &str, on: bool) -> String {
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    let mut parts: Vec<String> = query
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(key))
        .map(str::to_string)
        .collect();
    if on {
        parts.push(format!("{key}=1"));
    }
    if parts.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", parts.join("&"))
    }
}

fn flag(path_and_query: &str, key: &str) -> bool {
    path_and_query
        .split_once('?')
        .map(|(_, q)| {
            q.split('&')
                .any(|p| p == format!("{key}=1") || p == format!("{key}=true"))
        })
        .unwrap_or(false)
}

/// The "Suggested partners" section for `subject` (`org:12` or `profile:7`), rendered for this
/// viewer (organisation and profile pages include it as HTML). Reads `cross_border=1` and
/// `dismissed=1` from the page's query.
pub async fn section(state: &AppState, ctx: &Ctx, subject: &str) -> Result<String, PageError> {
    let pq = ctx.path_and_query.clone();
    let cross_border = flag(&pq, "cross_border");
    let show_dismissed = flag(&pq, "dismissed");
    let signed_in = ctx.actor.user.is_some();
    let m = &state.matching;
    let mut view = Section {
        tr: ctx.tr.clone(),
        csrf: ctx.csrf.clone(),
        subject: subject.to_string(),
        back: pq.clone(),
        signed_in,
        ready: m.ready(),
        semantic: m.semantic_enabled(),
        admin_detail: if ctx.actor.is_platform_admin() && !m.semantic_enabled() {
            m.model_status().to_string()
        } else {
            String::new()
        },
        can_dismiss: false,
        cross_border,
        show_dismissed,
        cross_href: toggle(&pq, "cross_border", !cross_border),
        dismissed_href: toggle(&pq, "dismissed", !show_dismissed),
        items: Vec::new(),
    };
    if signed_in {
        let org = subject_org(state, &ctx.actor, subject).await?;
        view.can_dismiss = may_dismiss(&ctx.actor, org);
        let list = m
            .partners(
                &*state.repo,
                subject,
                SECTION_SIZE,
                cross_border,
                show_dismissed && view.can_dismiss,
            )
            .await?;
        view.items = partner_views(&ctx.tr, list);
    }
    view.render()
        .map_err(|e| PageError(DomainError::Internal(format!("template: {e}"))))
}

#[derive(Deserialize)]
struct PartnersParams {
    subject: String,
}

#[derive(Template)]
#[template(path = "suggest_page.html")]
struct PartnersPage {
    c: Chrome,
    name: String,
    href: String,
    section: String,
}

/// `/suggestions?subject=org:12`: the section on a page of its own.
async fn partners_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<PartnersParams>,
) -> PageResult {
    subject_org(&state, &ctx.actor, &p.subject).await?;
    let (kind, id) = parse_subject(&p.subject).ok_or(DomainError::NotFound)?;
    let (name, href) = if kind == "org" {
        let o = state.repo.org(id).await?.ok_or(DomainError::NotFound)?;
        (o.name, format!("/organisations/{id}"))
    } else {
        let pr = state.repo.profile(id).await?.ok_or(DomainError::NotFound)?;
        let title = pr
            .text(ctx.lang())
            .map(|t| t.title.clone())
            .unwrap_or_default();
        (title, format!("/marketplace/{id}"))
    };
    let section = section(&state, &ctx, &p.subject).await?;
    render(&PartnersPage {
        c: Chrome::new(&ctx, &ctx.tr.t("suggest-title")),
        name,
        href,
        section,
    })
}

/// Where to go back to: a local path only.
fn back_to(form: &crate::context::FormData, subject: &str) -> String {
    let b = form.text("back");
    if b.starts_with('/') && !b.starts_with("//") && !b.contains('\\') {
        b
    } else {
        format!("/suggestions?subject={subject}")
    }
}

async fn dismiss(State(state): State<AppState>, ctx: Ctx, CsrfForm(form): CsrfForm) -> PageResult {
    let subject = form.text("subject");
    set_dismissed(&state, &ctx.actor, &subject, &form.text("candidate"), false).await?;
    Ok(see_other(&back_to(&form, &subject)))
}

async fn undo(State(state): State<AppState>, ctx: Ctx, CsrfForm(form): CsrfForm) -> PageResult {
    let subject = form.text("subject");
    set_dismissed(&state, &ctx.actor, &subject, &form.text("candidate"), true).await?;
    Ok(see_other(&back_to(&form, &subject)))
}

// ---------------------------------------------------------------- NACE

#[derive(Deserialize, Default)]
struct NaceParams {
    text: Option<String>,
}

pub struct NaceView {
    pub code: String,
    pub label: String,
    pub score: String,
    pub score_value: f32,
    pub explanation: String,
}

#[derive(Template)]
#[template(path = "suggest_nace.html")]
struct NacePage {
    c: Chrome,
    text: String,
    error: String,
    semantic: bool,
    asked: bool,
    results: Vec<NaceView>,
}

/// The NACE labels of one language by code (English where a label is missing).
pub async fn nace_labels(state: &AppState, lang: &str) -> DomainResult<HashMap<String, String>> {
    let mut labels: HashMap<String, String> = state
        .repo
        .nace("en", None)
        .await?
        .into_iter()
        .map(|e| (e.code, e.label))
        .collect();
    if lang != "en" {
        for e in state.repo.nace(lang, None).await? {
            labels.insert(e.code, e.label);
        }
    }
    Ok(labels)
}

/// `/suggest-nace?text=...`: a description in any language → NACE codes with an explanation.
async fn nace_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<NaceParams>,
) -> PageResult {
    let text = p.text.unwrap_or_default();
    let mut page = NacePage {
        c: Chrome::new(&ctx, &ctx.tr.t("suggest-nace-title")),
        text: text.clone(),
        error: String::new(),
        semantic: state.matching.semantic_enabled(),
        asked: !text.is_empty(),
        results: Vec::new(),
    };
    if text.is_empty() {
        return render(&page);
    }
    if text.trim().is_empty() {
        page.error = ctx.tr.t("suggest-nace-empty");
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    if text.chars().count() > 5000 {
        page.error = ctx.tr.t("suggest-nace-too-long");
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let found = state
        .matching
        .suggest_nace(&*state.repo, &text, None, 10)
        .await?;
    let labels = nace_labels(&state, ctx.lang()).await?;
    page.results = found
        .into_iter()
        .map(|s| NaceView {
            label: labels.get(&s.code).cloned().unwrap_or_default(),
            score: format!("{:.2}", s.score),
            score_value: s.score.clamp(0.0, 1.0),
            code: s.code,
            explanation: s.explanation,
        })
        .collect();
    render(&page)
}
