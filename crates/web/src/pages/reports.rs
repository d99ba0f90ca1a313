//! Reports published after an event: texts, photos and video links.

use super::event_common::viewer;
use super::event_common::{local_date, EventNav};
use super::layout::Chrome;
use super::{render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx, FormData};
use crate::error::PageError;
use crate::AppState;
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::events::{pick_language, RawText};
use klaster_domain::reports::*;
use klaster_domain::*;
use serde::Deserialize;
use time::OffsetDateTime;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/report", get(show).post(save))
        .route("/events/{id}/report/photos", post(upload))
        .route("/events/{id}/report/photos/{pid}", get(photo))
        .route(
            "/events/{id}/report/photos/{pid}/delete",
            post(delete_photo),
        )
}

pub fn reports(state: &AppState) -> Reports<'_> {
    Reports { repo: &*state.repo }
}

#[derive(Deserialize, Default)]
pub struct ShowParams {
    /// The language of the report's text to show (the page's language by default).
    pub text: Option<String>,
}

pub struct LangLink {
    pub code: String,
    pub name: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    c: Chrome,
    nav: EventNav,
    id: Id,
    report: Option<Report>,
    published: String,
    text: Option<LocalizedText>,
    langs: Vec<LangLink>,
    is_organiser: bool,
    /// Form values: (lang, text) for en, pl, bg.
    fixed: Vec<(String, String)>,
    other_lang: String,
    other_text: String,
    links: String,
    errors: FieldErrors,
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    want: Option<String>,
    form: Option<&FormData>,
    errors: FieldErrors,
) -> PageResult {
    let viewer = viewer(state, ctx).await?;
    let (ev, report) = reports(state).get(&viewer, id).await?;
    let texts = report.as_ref().map(|r| r.texts.clone()).unwrap_or_default();
    let want = want.unwrap_or_else(|| ctx.tr.code().to_string());
    let text = pick_language(&texts, &want).cloned();
    let langs = texts
        .iter()
        .map(|t| LangLink {
            code: t.lang.to_string(),
            name: ctx.tr.language(t.lang.as_str()),
            current: text.as_ref().is_some_and(|x| x.lang == t.lang),
        })
        .collect();
    let stored = |lang: &str| {
        texts
            .iter()
            .find(|t| t.lang.as_str() == lang)
            .map(|t| t.text.clone())
            .unwrap_or_default()
    };
    let other = texts
        .iter()
        .find(|t| !REPORT_LANGS.contains(&t.lang.as_str()));
    let (fixed, other_lang, other_text, links) = match form {
        Some(f) => (
            REPORT_LANGS
                .iter()
                .map(|l| (l.to_string(), f.text(&format!("text_{l}"))))
                .collect(),
            f.text("other_lang"),
            f.text("text_other"),
            f.text("video_links"),
        ),
        None => (
            REPORT_LANGS
                .iter()
                .map(|l| (l.to_string(), stored(l)))
                .collect(),
            other.map(|t| t.lang.to_string()).unwrap_or_default(),
            other.map(|t| t.text.clone()).unwrap_or_default(),
            report
                .as_ref()
                .map(|r| r.video_links.join("\n"))
                .unwrap_or_default(),
        ),
    };
    let published = report
        .as_ref()
        .and_then(|r| r.published_at)
        .map(|t| {
            ctx.tr.ta(
                "report-published-on",
                [("date", local_date(&ctx.tr, t, &ev.timezone).as_str())],
            )
        })
        .unwrap_or_default();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &ReportPage {
            c: Chrome::new(ctx, &ctx.tr.t("event-tab-report")),
            nav: EventNav::new(&ctx.tr, &ev, &viewer, "/report"),
            id,
            report,
            published,
            text,
            langs,
            is_organiser: viewer.is_organiser(&ev),
            fixed,
            other_lang,
            other_text,
            links,
            errors,
        },
    )
}

async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(q): Query<ShowParams>,
) -> PageResult {
    page(&state, &ctx, id, q.text, None, FieldErrors::new()).await
}

/// Saves the texts and links; the button pressed publishes, withdraws or keeps the state.
async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = viewer(&state, &ctx).await?;
    let (_, current) = reports(&state).get(&viewer, id).await?;
    let mut texts: Vec<RawText> = REPORT_LANGS
        .iter()
        .map(|l| RawText {
            lang: l.to_string(),
            text: form.text(&format!("text_{l}")),
        })
        .collect();
    if let Some(lang) = form.opt("other_lang") {
        texts.push(RawText {
            lang,
            text: form.text("text_other"),
        });
    }
    let raw = RawReport {
        texts,
        video_links: form
            .text("video_links")
            .lines()
            .map(str::to_string)
            .collect(),
        published: match form.get("action") {
            Some("publish") => true,
            Some("unpublish") => false,
            _ => current.is_some_and(|r| r.published_at.is_some()),
        },
    };
    match reports(&state)
        .save(&viewer, id, &raw, OffsetDateTime::now_utc())
        .await
    {
        Ok(_) => Ok(see_other(&format!("/events/{id}/report"))),
        Err(DomainError::Validation(e)) => page(&state, &ctx, id, None, Some(&form), e).await,
        Err(e) => Err(e.into()),
    }
}

/// A multipart upload: the CSRF token, a caption and the photo. The token is checked before
/// anything is stored.
async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    mut multipart: Multipart,
) -> PageResult {
    let upload = super::files::read_upload(&ctx, &mut multipart, "photo", |_| {
        PageError(DomainError::field("photo", "the upload could not be read"))
    })
    .await?;
    let viewer = viewer(&state, &ctx).await?;
    match reports(&state)
        .add_photo(&viewer, id, upload.text("caption"), &upload.data)
        .await
    {
        Ok(_) => Ok(see_other(&format!("/events/{id}/report#photos"))),
        Err(DomainError::Validation(e)) => page(&state, &ctx, id, None, None, e).await,
        Err(e) => Err(e.into()),
    }
}

/// A photo's bytes with their stored type, for those who may read the report.
async fn photo(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, pid)): Path<(Id, Id)>,
) -> Result<Response, PageError> {
    let viewer = viewer(&state, &ctx).await?;
    let (content_type, data) = reports(&state).photo(&viewer, id, pid).await?;
    Ok(super::files::image(&content_type, data))
}

async fn delete_photo(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, pid)): Path<(Id, Id)>,
    _form: CsrfForm,
) -> PageResult {
    let viewer = viewer(&state, &ctx).await?;
    reports(&state).delete_photo(&viewer, id, pid).await?;
    Ok(see_other(&format!("/events/{id}/report#photos")))
}

pub struct NewsView {
    pub href: String,
    pub title: String,
    pub date: String,
    pub excerpt: String,
    pub draft: bool,
}

/// The organisation page's news: its posts and the published reports of the events it
/// organised, newest first (the latest few; the rest on its news page).
pub async fn org_news(state: &AppState, ctx: &Ctx, org_id: Id) -> DomainResult<Vec<NewsView>> {
    use klaster_domain::news::{pick_text, NewsAuthor, NewsQuery};
    let page = super::news::news(state)
        .list(
            &ctx.actor,
            &NewsQuery {
                author: Some(NewsAuthor::Organisation(org_id)),
                page: 1,
                per_page: 5,
                ..Default::default()
            },
        )
        .await?;
    Ok(page
        .entries
        .into_iter()
        .map(|n| {
            let text = pick_text(&n.texts, ctx.tr.code());
            NewsView {
                href: n.path(),
                date: n.published_at.map(|t| ctx.tr.date(t)).unwrap_or_default(),
                excerpt: text.map(|t| excerpt(&t.body, 280)).unwrap_or_default(),
                title: text.map(|t| t.title.clone()).unwrap_or_default(),
                draft: n.published_at.is_none(),
            }
        })
        .collect())
}

/// The first `max` characters of the text, cut at a word, with an ellipsis when cut.
fn excerpt(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{cut}…")
}
