//! Pages: the cooperation marketplace — the public list with filters, a profile with its review
//! actions, the profile form (with NACE suggestions), the user's profiles, the review queue and
//! the organisation page's section.

use super::layout::{with_param, Chrome};
use super::{render, render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx, FormData};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::marketplace::*;
use klaster_domain::*;
use serde::Deserialize;
use time::OffsetDateTime;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/marketplace", get(list).post(create))
        .route("/marketplace/new", get(new_form))
        .route("/marketplace/mine", get(mine))
        .route("/marketplace/review", get(review))
        .route("/marketplace/{id}", get(show).post(save))
        .route("/marketplace/{id}/edit", get(edit_form))
        .route("/marketplace/{id}/submit", post(submit))
        .route("/marketplace/{id}/publish", post(publish))
        .route("/marketplace/{id}/return", post(return_to_author))
        .route("/marketplace/{id}/withdraw", post(withdraw))
        .route("/marketplace/{id}/renew", post(renew))
        .route("/marketplace/{id}/delete", post(delete))
}

pub fn market(state: &AppState) -> Marketplace<'_> {
    Marketplace { repo: &*state.repo }
}

// ---------------------------------------------------------------- shared views

/// A profile as a card of a list.
pub struct CardView {
    pub href: String,
    pub kind: String,
    pub title: String,
    pub lang: String,
    pub org_name: String,
    pub org_href: String,
    pub country: String,
    pub summary: String,
    pub deadline: String,
    pub nace: Vec<String>,
    pub status: String,
    pub status_code: String,
    pub published: bool,
}

fn kind_label(tr: &Tr, k: ProfileKind) -> String {
    tr.t(&format!("market-kind-{}", k.code().replace('_', "-")))
}

fn status_label(tr: &Tr, s: ProfileStatus) -> String {
    tr.t(&format!("market-status-{}", s.code()))
}

fn role_label(tr: &Tr, r: SoughtRole) -> String {
    tr.t(&format!("market-role-{}", r.code().replace('_', "-")))
}

/// Organisation types are named as in the directory.
fn org_kind_label(tr: &Tr, k: OrgKind) -> String {
    tr.t(&format!("kind-{}", k.code()))
}

fn card(tr: &Tr, p: &CooperationProfile) -> CardView {
    let text = p.text(tr.code());
    let summary = text
        .map(|t| {
            if t.summary.is_empty() {
                super::news::excerpt(&t.description, 240)
            } else {
                t.summary.clone()
            }
        })
        .unwrap_or_default();
    CardView {
        href: format!("/marketplace/{}", p.id),
        kind: kind_label(tr, p.input.kind),
        title: text.map(|t| t.title.clone()).unwrap_or_default(),
        lang: text.map(|t| t.lang.to_string()).unwrap_or_default(),
        org_name: p.org_name.clone(),
        org_href: format!("/organisations/{}", p.org_id),
        country: p.org_country.clone(),
        summary,
        deadline: p
            .input
            .deadline
            .map(|d| tr.ta("market-deadline-on", [("date", tr.day(d).as_str())]))
            .unwrap_or_default(),
        nace: p.input.nace.iter().map(|c| c.to_string()).collect(),
        status: status_label(tr, p.status),
        status_code: p.status.code().to_string(),
        published: p.status == ProfileStatus::Published,
    }
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

fn choices<T: Copy + PartialEq>(
    all: &[T],
    code: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> String,
    selected: impl Fn(T) -> bool,
) -> Vec<Choice> {
    all.iter()
        .map(|&v| Choice {
            value: code(v).to_string(),
            label: label(v),
            selected: selected(v),
        })
        .collect()
}

// ---------------------------------------------------------------- list

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Words found in titles, summaries, descriptions or keywords (case and diacritics ignored).
    pub q: Option<String>,
    /// business_offer, business_request, technology_offer, technology_request,
    /// rnd_partner_search, cluster_partnership.
    pub kind: Option<String>,
    /// A NACE code or prefix: `35` matches 35.11.
    pub nace: Option<String>,
    /// The owner organisation's country (ISO alpha-2).
    pub country: Option<String>,
    /// A target country (ISO alpha-2; regions in it count).
    pub target: Option<String>,
    /// A sought role: supplier, customer, distributor, research_partner, investor,
    /// project_partner.
    pub role: Option<String>,
    /// A sought partner kind: cluster, company, university, research, public_authority,
    /// business_support, other.
    pub partner: Option<String>,
    /// Only profiles with a text in this language.
    #[serde(rename = "in")]
    #[param(rename = "in")]
    pub in_lang: Option<String>,
    /// 1-based page.
    pub page: Option<usize>,
    /// Profiles a page (at most 100, default 20).
    pub per_page: Option<usize>,
}

fn given(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The filter the parameters ask for; errors name the parameter.
pub fn filter_from(p: &ListParams) -> Result<ProfileFilter, FieldErrors> {
    let mut e = FieldErrors::new();
    let f = ProfileFilter {
        q: given(&p.q).map(String::from),
        kind: given(&p.kind).and_then(|k| e.check("kind", ProfileKind::parse(k))),
        nace: given(&p.nace).map(str::to_uppercase),
        owner_country: given(&p.country).and_then(|c| e.check("country", CountryCode::parse(c))),
        target_country: given(&p.target).and_then(|c| e.check("target", CountryCode::parse(c))),
        role: given(&p.role).and_then(|r| e.check("role", SoughtRole::parse(r))),
        partner_kind: given(&p.partner).and_then(|k| e.check("partner", OrgKind::parse(k))),
        lang: given(&p.in_lang).and_then(|l| e.check("in", LanguageTag::parse(l))),
        page: p.page.unwrap_or(1),
        per_page: p.per_page.unwrap_or(PROFILE_PAGE_SIZE),
    };
    if let Some(n) = &f.nace {
        let ok = n.chars().all(|c| c.is_ascii_alphanumeric() || c == '.') && n.len() <= 5;
        if !ok {
            e.add(
                "nace",
                format!("'{n}' is not a NACE Rev. 2 code (e.g. C, 26, 26.1 or 26.11)"),
            );
        }
    }
    if e.is_empty() {
        Ok(f)
    } else {
        Err(e)
    }
}

#[derive(Template)]
#[template(path = "market_list.html")]
struct ListPage {
    c: Chrome,
    q: String,
    nace: String,
    country: String,
    target: String,
    kinds: Vec<Choice>,
    roles: Vec<Choice>,
    partners: Vec<Choice>,
    langs: Vec<Choice>,
    cards: Vec<CardView>,
    summary: String,
    prev: String,
    next: String,
    logged_in: bool,
    errors: FieldErrors,
}

async fn list(State(state): State<AppState>, ctx: Ctx, Query(p): Query<ListParams>) -> PageResult {
    let tr = &ctx.tr;
    let (filter, errors) = match filter_from(&p) {
        Ok(f) => (Some(f), FieldErrors::new()),
        Err(e) => (None, e),
    };
    let page = match &filter {
        Some(f) => Some(market(&state).search(f).await?),
        None => None,
    };
    let f = filter.clone().unwrap_or_default();
    let (total, cur, pages) = page
        .as_ref()
        .map(|pg| (pg.total, pg.page, pg.total.div_ceil(pg.per_page).max(1)))
        .unwrap_or((0, 1, 1));
    let here = &ctx.path_and_query;
    let prev = if cur > 1 {
        with_param(here, "page", &(cur - 1).to_string())
    } else {
        String::new()
    };
    let next = if cur < pages {
        with_param(here, "page", &(cur + 1).to_string())
    } else {
        String::new()
    };
    let lang_sel = f.lang.as_ref().map(|l| l.to_string()).unwrap_or_default();
    let mut lang_codes: Vec<String> = PROFILE_LANGS.iter().map(|s| s.to_string()).collect();
    if !lang_sel.is_empty() && !lang_codes.contains(&lang_sel) {
        lang_codes.push(lang_sel.clone());
    }
    let title = tr.t("market-title");
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &ListPage {
            c: Chrome::new(&ctx, &title),
            q: p.q.clone().unwrap_or_default(),
            nace: p.nace.clone().unwrap_or_default(),
            country: p.country.clone().unwrap_or_default(),
            target: p.target.clone().unwrap_or_default(),
            kinds: choices(
                ProfileKind::ALL,
                |k| k.code(),
                |k| kind_label(tr, k),
                |k| f.kind == Some(k),
            ),
            roles: choices(
                SoughtRole::ALL,
                |k| k.code(),
                |k| role_label(tr, k),
                |k| f.role == Some(k),
            ),
            partners: choices(
                OrgKind::ALL,
                |k| k.code(),
                |k| org_kind_label(tr, k),
                |k| f.partner_kind == Some(k),
            ),
            langs: lang_codes
                .into_iter()
                .map(|code| Choice {
                    selected: code == lang_sel,
                    label: tr.language(&code),
                    value: code,
                })
                .collect(),
            cards: page
                .as_ref()
                .map(|pg| pg.profiles.iter().map(|p| card(tr, p)).collect())
                .unwrap_or_default(),
            summary: tr.tn("market-count", total as i64),
            prev,
            next,
            logged_in: ctx.actor.user.is_some(),
            errors,
        },
    )
}

// ---------------------------------------------------------------- mine, review queue

#[derive(Template)]
#[template(path = "market_mine.html")]
struct MinePage {
    c: Chrome,
    heading: String,
    intro: String,
    empty: String,
    cards: Vec<CardView>,
    show_new: bool,
}

async fn mine(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    let profiles = market(&state).mine(&ctx.actor).await?;
    let heading = ctx.tr.t("market-mine");
    render(&MinePage {
        c: Chrome::new(&ctx, &heading),
        heading,
        intro: ctx.tr.t("market-mine-intro"),
        empty: ctx.tr.t("market-mine-none"),
        cards: profiles.iter().map(|p| card(&ctx.tr, p)).collect(),
        show_new: !ctx.actor.memberships.is_empty() || ctx.actor.is_platform_admin(),
    })
}

async fn review(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    let profiles = market(&state).review_queue(&ctx.actor).await?;
    let heading = ctx.tr.t("market-review");
    render(&MinePage {
        c: Chrome::new(&ctx, &heading),
        heading,
        intro: ctx.tr.t("market-review-intro"),
        empty: ctx.tr.t("market-review-none"),
        cards: profiles.iter().map(|p| card(&ctx.tr, p)).collect(),
        show_new: false,
    })
}

// ---------------------------------------------------------------- one profile

pub struct TextView {
    pub lang: String,
    pub language: String,
    pub title: String,
    pub summary: String,
    pub paras: Vec<String>,
}

pub struct CodeView {
    pub code: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "market_show.html")]
struct ShowPage {
    c: Chrome,
    p: CooperationProfile,
    rights: ProfileRights,
    title: String,
    kind: String,
    status: String,
    status_note: String,
    review_note: String,
    texts: Vec<TextView>,
    nace: Vec<CodeView>,
    regions: Vec<CodeView>,
    countries: Vec<CodeView>,
    roles: Vec<String>,
    partners: Vec<String>,
    deadline: String,
    expires: String,
    published: String,
    can_submit: bool,
    can_withdraw: bool,
    can_renew: bool,
    can_delete: bool,
    engagement: String,
    suggestions: String,
    note: String,
    errors: FieldErrors,
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    note: &str,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let (p, rights) = market(state).get(&ctx.actor, id).await?;
    let lang = tr.code();
    // The viewer's language first, then the others.
    let mut texts: Vec<&ProfileText> = p.input.texts.iter().collect();
    texts.sort_by_key(|t| t.lang.as_str() != lang);
    let texts: Vec<TextView> = texts
        .into_iter()
        .map(|t| TextView {
            lang: t.lang.to_string(),
            language: tr.language(t.lang.as_str()),
            title: t.title.clone(),
            summary: t.summary.clone(),
            paras: t
                .description
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect(),
        })
        .collect();
    let mut nace = Vec::new();
    for c in &p.input.nace {
        let label = state
            .repo
            .nace_entry(c.as_str(), lang)
            .await?
            .map(|e| e.label)
            .unwrap_or_default();
        nace.push(CodeView {
            code: c.to_string(),
            label,
        });
    }
    let mut regions = Vec::new();
    for r in &p.input.target_regions {
        let label = state
            .repo
            .nuts_region(r.as_str())
            .await?
            .map(|e| e.name)
            .unwrap_or_default();
        regions.push(CodeView {
            code: r.to_string(),
            label,
        });
    }
    let all_countries = if p.input.target_countries.is_empty() {
        Vec::new()
    } else {
        state.repo.countries().await?
    };
    let countries = p
        .input
        .target_countries
        .iter()
        .map(|c| CodeView {
            code: c.to_string(),
            label: all_countries
                .iter()
                .find(|x| x.code == c.as_str())
                .map(|x| x.name(lang).to_string())
                .unwrap_or_default(),
        })
        .collect();
    let today = OffsetDateTime::now_utc().date();
    let status_note = match p.status {
        ProfileStatus::Published => String::new(),
        s => tr.t(&format!("market-status-{}-note", s.code())),
    };
    let title = p.text(lang).map(|t| t.title.clone()).unwrap_or_default();
    let engagement = super::engagement::section(state, ctx, &p).await?;
    let suggestions = super::suggestions::section(state, ctx, &format!("profile:{id}")).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &ShowPage {
            c: Chrome::new(ctx, &title),
            title,
            kind: kind_label(tr, p.input.kind),
            status: status_label(tr, p.status),
            status_note,
            review_note: p.review_note.clone().unwrap_or_default(),
            texts,
            nace,
            regions,
            countries,
            roles: p
                .input
                .partner_roles
                .iter()
                .map(|r| role_label(tr, *r))
                .collect(),
            partners: p
                .input
                .partner_kinds
                .iter()
                .map(|k| org_kind_label(tr, *k))
                .collect(),
            deadline: p.input.deadline.map(|d| tr.day(d)).unwrap_or_default(),
            expires: p.expires_on.map(|d| tr.day(d)).unwrap_or_default(),
            published: p.published_at.map(|t| tr.date(t)).unwrap_or_default(),
            can_submit: rights.edit
                && matches!(p.status, ProfileStatus::Draft | ProfileStatus::Withdrawn),
            can_withdraw: rights.edit && p.status != ProfileStatus::Withdrawn,
            can_renew: rights.edit && Marketplace::renewable(&p, today),
            can_delete: rights.edit && p.status == ProfileStatus::Draft,
            engagement,
            suggestions,
            note: note.to_string(),
            errors,
            rights,
            p,
        },
    )
}

async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    show_page(&state, &ctx, id, "", FieldErrors::new()).await
}

async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    _form: CsrfForm,
) -> PageResult {
    match market(&state)
        .submit(&ctx.actor, id, OffsetDateTime::now_utc())
        .await
    {
        Ok(_) => {
            state.matching.touch();
            Ok(see_other(&format!("/marketplace/{id}")))
        }
        Err(DomainError::Validation(e)) => show_page(&state, &ctx, id, "", e).await,
        Err(e) => Err(e.into()),
    }
}

async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    _form: CsrfForm,
) -> PageResult {
    market(&state)
        .publish(&ctx.actor, id, OffsetDateTime::now_utc())
        .await?;
    state.matching.touch();
    Ok(see_other(&format!("/marketplace/{id}")))
}

async fn return_to_author(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let note = form.text("note");
    match market(&state).return_to_author(&ctx.actor, id, &note).await {
        Ok(_) => {
            state.matching.touch();
            Ok(see_other(&format!("/marketplace/{id}")))
        }
        Err(DomainError::Validation(e)) => show_page(&state, &ctx, id, &note, e).await,
        Err(e) => Err(e.into()),
    }
}

async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    _form: CsrfForm,
) -> PageResult {
    market(&state).withdraw(&ctx.actor, id).await?;
    state.matching.touch();
    Ok(see_other(&format!("/marketplace/{id}")))
}

async fn renew(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    _form: CsrfForm,
) -> PageResult {
    market(&state)
        .renew(&ctx.actor, id, OffsetDateTime::now_utc().date())
        .await?;
    state.matching.touch();
    Ok(see_other(&format!("/marketplace/{id}")))
}

async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    _form: CsrfForm,
) -> PageResult {
    market(&state).delete(&ctx.actor, id).await?;
    state.matching.touch();
    Ok(see_other("/marketplace/mine"))
}

// ---------------------------------------------------------------- form

pub struct TextFields {
    pub idx: usize,
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub description: String,
    pub lang_field: String,
    pub title_field: String,
    pub summary_field: String,
    pub description_field: String,
}

fn text_fields(idx: usize, t: RawProfileText) -> TextFields {
    TextFields {
        idx,
        lang_field: format!("texts[{idx}].lang"),
        title_field: format!("texts[{idx}].title"),
        summary_field: format!("texts[{idx}].summary"),
        description_field: format!("texts[{idx}].description"),
        lang: t.lang,
        title: t.title,
        summary: t.summary,
        description: t.description,
    }
}

pub struct OrgChoice {
    pub id: Id,
    pub name: String,
    pub selected: bool,
}

pub struct SuggestionView {
    pub code: String,
    pub label: String,
    pub explanation: String,
}

#[derive(Template)]
#[template(path = "market_form.html")]
struct FormPage {
    c: Chrome,
    heading: String,
    action: String,
    /// None for a new profile.
    profile_id: Option<Id>,
    published: bool,
    orgs: Vec<OrgChoice>,
    org_name: String,
    kinds: Vec<Choice>,
    fixed: Vec<TextFields>,
    other: TextFields,
    nace: String,
    keywords: String,
    target_countries: String,
    target_regions: String,
    roles: Vec<Choice>,
    partners: Vec<Choice>,
    deadline: String,
    /// Some after "Suggest NACE codes" was pressed.
    suggestions: Option<Vec<SuggestionView>>,
    errors: FieldErrors,
}

/// The four text blocks of the form (en, pl, bg, another language), in the raw list's order,
/// so that an error on `texts[i]` names block i.
fn form_texts(form: &FormData) -> Vec<RawProfileText> {
    let mut texts: Vec<RawProfileText> = PROFILE_LANGS
        .iter()
        .map(|l| RawProfileText {
            lang: l.to_string(),
            title: form.text(&format!("title_{l}")),
            summary: form.text(&format!("summary_{l}")),
            description: form.text(&format!("description_{l}")),
        })
        .collect();
    texts.push(RawProfileText {
        lang: form.text("other_lang"),
        title: form.text("title_other"),
        summary: form.text("summary_other"),
        description: form.text("description_other"),
    });
    texts
}

fn split(raw: &str) -> Vec<String> {
    raw.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Stored texts in the form's blocks: en, pl, bg, then the first other language.
fn form_shape(mut raw: RawProfile) -> RawProfile {
    let find = |lang: &str| {
        raw.texts
            .iter()
            .find(|t| t.lang == lang)
            .cloned()
            .unwrap_or(RawProfileText {
                lang: lang.to_string(),
                ..Default::default()
            })
    };
    let mut texts: Vec<RawProfileText> = PROFILE_LANGS.iter().map(|l| find(l)).collect();
    texts.push(
        raw.texts
            .iter()
            .find(|t| !PROFILE_LANGS.contains(&t.lang.as_str()))
            .cloned()
            .unwrap_or_default(),
    );
    raw.texts = texts;
    raw
}

/// The profile as the form gives it; codes ticked among the NACE suggestions are added.
fn raw_from_form(form: &FormData, submit: bool) -> RawProfile {
    let mut nace: Vec<String> = split(&form.text("nace"))
        .into_iter()
        .flat_map(|s| s.split_whitespace().map(String::from).collect::<Vec<_>>())
        .collect();
    for add in form.all("add_nace") {
        if !nace.iter().any(|c| c.eq_ignore_ascii_case(&add)) {
            nace.push(add);
        }
    }
    RawProfile {
        org_id: form.get("org_id").and_then(|s| s.trim().parse().ok()),
        kind: form.text("kind"),
        texts: form_texts(form),
        nace,
        keywords: split(&form.text("keywords")),
        target_countries: split(&form.text("target_countries").replace(' ', ",")),
        target_regions: split(&form.text("target_regions").replace(' ', ",")),
        partner_kinds: form.all("partner_kinds"),
        partner_roles: form.all("partner_roles"),
        deadline: form.opt("deadline"),
        submit,
    }
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    profile: Option<&CooperationProfile>,
    raw: &RawProfile,
    suggestions: Option<Vec<SuggestionView>>,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    // Blocks keep their positions (en, pl, bg, then another language; see `form_shape`), so
    // that an error on `texts[i]` names block i.
    let block = |i: usize| text_fields(i, raw.texts.get(i).cloned().unwrap_or_default());
    let fixed: Vec<TextFields> = (0..PROFILE_LANGS.len()).map(block).collect();
    let other = block(PROFILE_LANGS.len());
    let mut orgs: Vec<OrgChoice> = ctx
        .actor
        .memberships
        .iter()
        .map(|m| OrgChoice {
            id: m.organisation_id,
            name: m.organisation_name.clone(),
            selected: raw.org_id == Some(m.organisation_id),
        })
        .collect();
    if let Some(id) = raw.org_id {
        if !orgs.iter().any(|o| o.id == id) && ctx.actor.is_platform_admin() {
            if let Some(o) = state.repo.org(id).await? {
                orgs.push(OrgChoice {
                    id,
                    name: o.name,
                    selected: true,
                });
            }
        }
    }
    let heading = if profile.is_some() {
        tr.t("market-edit")
    } else {
        tr.t("market-new")
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let kind = ProfileKind::parse(&raw.kind).ok();
    render_status(
        status,
        &FormPage {
            c: Chrome::new(ctx, &heading),
            heading,
            action: profile
                .map(|p| format!("/marketplace/{}", p.id))
                .unwrap_or_else(|| "/marketplace".into()),
            profile_id: profile.map(|p| p.id),
            published: profile.is_some_and(|p| p.status == ProfileStatus::Published),
            orgs,
            org_name: profile.map(|p| p.org_name.clone()).unwrap_or_default(),
            kinds: choices(
                ProfileKind::ALL,
                |k| k.code(),
                |k| kind_label(tr, k),
                |k| kind == Some(k),
            ),
            fixed,
            other,
            nace: raw.nace.join(", "),
            keywords: raw.keywords.join(", "),
            target_countries: raw.target_countries.join(", "),
            target_regions: raw.target_regions.join(", "),
            roles: choices(
                SoughtRole::ALL,
                |k| k.code(),
                |k| role_label(tr, k),
                |k| raw.partner_roles.iter().any(|r| r == k.code()),
            ),
            partners: choices(
                OrgKind::ALL,
                |k| k.code(),
                |k| org_kind_label(tr, k),
                |k| raw.partner_kinds.iter().any(|r| r == k.code()),
            ),
            deadline: raw.deadline.clone().unwrap_or_default(),
            suggestions,
            errors,
        },
    )
}

#[derive(Deserialize, Default)]
pub struct NewParams {
    /// The organisation to preselect.
    pub org: Option<Id>,
}

async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<NewParams>,
) -> PageResult {
    ctx.actor.require_user()?;
    let org_id = q
        .org
        .or_else(|| ctx.actor.memberships.first().map(|m| m.organisation_id));
    if let Some(id) = q.org {
        ctx.actor
            .allow(ctx.actor.is_platform_admin() || ctx.actor.role_in(id).is_some())?;
    }
    let raw = form_shape(RawProfile {
        org_id,
        ..Default::default()
    });
    form_page(&state, &ctx, None, &raw, None, FieldErrors::new()).await
}

/// NACE suggestions for the form's texts, with labels in the page's language.
async fn suggest(
    state: &AppState,
    ctx: &Ctx,
    raw: &RawProfile,
) -> Result<Vec<SuggestionView>, PageError> {
    let text: String = raw
        .texts
        .iter()
        .map(|t| format!("{}\n{}\n{}", t.title, t.summary, t.description))
        .collect::<Vec<_>>()
        .join("\n");
    let lang = raw
        .texts
        .iter()
        .find(|t| !t.description.trim().is_empty() || !t.title.trim().is_empty())
        .map(|t| t.lang.trim().to_lowercase());
    let found = if text.trim().is_empty() {
        Vec::new()
    } else {
        state
            .matching
            .suggest_nace(&*state.repo, &text, lang.as_deref(), 8)
            .await?
    };
    let mut out = Vec::new();
    for s in found {
        if raw.nace.iter().any(|c| c.eq_ignore_ascii_case(&s.code)) {
            continue;
        }
        let label = state
            .repo
            .nace_entry(&s.code, ctx.tr.code())
            .await?
            .map(|e| e.label)
            .unwrap_or_default();
        out.push(SuggestionView {
            code: s.code,
            label,
            explanation: s.explanation,
        });
    }
    Ok(out)
}

async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(form): CsrfForm) -> PageResult {
    let action = form.get("action").unwrap_or("save");
    let raw = raw_from_form(&form, action == "submit");
    if action == "suggest_nace" {
        ctx.actor.require_user()?;
        let s = suggest(&state, &ctx, &raw).await?;
        return form_page(&state, &ctx, None, &raw, Some(s), FieldErrors::new()).await;
    }
    match market(&state)
        .create(&ctx.actor, &raw, OffsetDateTime::now_utc())
        .await
    {
        Ok(p) => {
            state.matching.touch();
            Ok(see_other(&format!("/marketplace/{}", p.id)))
        }
        Err(DomainError::Validation(e)) => form_page(&state, &ctx, None, &raw, None, e).await,
        Err(e) => Err(e.into()),
    }
}

async fn edit_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let (p, rights) = market(&state).get(&ctx.actor, id).await?;
    ctx.actor.allow(rights.edit)?;
    let mut raw = form_shape(RawProfile::from_input(&p.input));
    raw.org_id = Some(p.org_id);
    form_page(&state, &ctx, Some(&p), &raw, None, FieldErrors::new()).await
}

async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let (p, rights) = market(&state).get(&ctx.actor, id).await?;
    ctx.actor.allow(rights.edit)?;
    let action = form.get("action").unwrap_or("save");
    let mut raw = raw_from_form(&form, action == "submit");
    raw.org_id = Some(p.org_id);
    if action == "suggest_nace" {
        let s = suggest(&state, &ctx, &raw).await?;
        return form_page(&state, &ctx, Some(&p), &raw, Some(s), FieldErrors::new()).await;
    }
    match market(&state)
        .update(&ctx.actor, id, &raw, OffsetDateTime::now_utc())
        .await
    {
        Ok(_) => {
            state.matching.touch();
            Ok(see_other(&format!("/marketplace/{id}")))
        }
        Err(DomainError::Validation(e)) => form_page(&state, &ctx, Some(&p), &raw, None, e).await,
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------- organisation page

#[derive(Template)]
#[template(path = "_org_marketplace.html")]
struct OrgSection {
    c: Chrome,
    org_id: Id,
    cards: Vec<CardView>,
    member: bool,
}

/// The organisation page's "Cooperation profiles" section: its published profiles (and the
/// others for those who may see them), with a "New profile" link for its members.
pub async fn org_section(state: &AppState, ctx: &Ctx, org_id: Id) -> Result<String, PageError> {
    let profiles = market(state).of_org(&ctx.actor, org_id).await?;
    let member = ctx.actor.role_in(org_id).is_some() || ctx.actor.is_platform_admin();
    OrgSection {
        c: Chrome::new(ctx, ""),
        org_id,
        cards: profiles.iter().map(|p| card(&ctx.tr, p)).collect(),
        member,
    }
    .render()
    .map_err(|e| PageError(DomainError::Internal(format!("template: {e}"))))
}
