//! Pages: news posts by organisations, projects and meta-clusters, lists with published event
//! reports merged in, and Atom feeds (RFC 4287).

use super::calendar::base_url;
use super::layout::{with_param, Chrome};
use super::{render, render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx, FormData};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::news::*;
use klaster_domain::*;
use serde::Deserialize;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/news", get(global_list).post(create))
        .route("/news/new", get(new_form))
        .route("/news/{id}", get(show).post(save))
        .route("/news/{id}/edit", get(edit_form))
        .route("/news/{id}/delete", post(delete))
        .route("/news/{id}/images", post(upload))
        .route("/news/{id}/images/{iid}", get(image))
        .route("/news/{id}/images/{iid}/delete", post(delete_image))
        .route("/organisations/{id}/news", get(org_list))
        .route("/projects/{id}/news", get(project_list))
        .route("/meta-clusters/{id}/news", get(meta_list))
        .route("/feeds/news.atom", get(global_feed))
        .route("/organisations/{id}/news.atom", get(org_feed))
        .route("/projects/{id}/news.atom", get(project_feed))
        .route("/meta-clusters/{id}/news.atom", get(meta_feed))
}

pub fn news(state: &AppState) -> News<'_> {
    News { repo: &*state.repo }
}

// ---------------------------------------------------------------- lists

#[derive(Deserialize, Default)]
pub struct ListParams {
    /// Only entries with a text in this language (`lang` is the page's language).
    #[serde(rename = "in")]
    pub in_lang: Option<String>,
    /// Only posts by this kind of author: organisation, project, meta_cluster.
    pub kind: Option<String>,
    pub page: Option<usize>,
}

pub struct EntryView {
    pub href: String,
    pub title: String,
    pub lang: String,
    pub author_name: String,
    pub author_href: String,
    pub date: String,
    pub excerpt: String,
    pub draft: bool,
    pub report: bool,
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "news_list.html")]
struct ListPage {
    c: Chrome,
    heading: String,
    /// The author's page, for author lists.
    author_href: String,
    action: String,
    feed: String,
    new_href: String,
    show_kinds: bool,
    langs: Vec<Choice>,
    kinds: Vec<Choice>,
    entries: Vec<EntryView>,
    summary: String,
    prev: String,
    next: String,
}

fn entry_view(tr: &Tr, e: &NewsEntry, prefer: &str) -> EntryView {
    let text = pick_text(&e.texts, prefer);
    EntryView {
        href: e.path(),
        title: text.map(|t| t.title.clone()).unwrap_or_default(),
        lang: text.map(|t| t.lang.to_string()).unwrap_or_default(),
        author_name: e.author_name.clone(),
        author_href: e.author.map(|a| a.path()).unwrap_or_default(),
        date: e.published_at.map(|t| tr.date(t)).unwrap_or_default(),
        excerpt: text.map(|t| excerpt(&t.body, 280)).unwrap_or_default(),
        draft: e.published_at.is_none(),
        report: e.kind == NewsEntryKind::Report,
    }
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    author: Option<NewsAuthor>,
    p: ListParams,
) -> PageResult {
    let tr = &ctx.tr;
    let lang = p
        .in_lang
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .and_then(|s| LanguageTag::parse(s).ok());
    let kind = if author.is_none() {
        p.kind
            .as_deref()
            .and_then(|k| NewsAuthorKind::parse(k).ok())
    } else {
        None
    };
    let q = NewsQuery {
        author,
        kind,
        lang: lang.clone(),
        page: p.page.unwrap_or(1),
        per_page: NEWS_PAGE_SIZE,
    };
    let svc = news(state);
    let page = svc.list(&ctx.actor, &q).await?;
    let (heading, author_href, action, feed, new_href) = match author {
        Some(a) => {
            let name = svc.author_name(a).await?;
            let base = a.path();
            let new_href = if svc.may_write(&ctx.actor, a).await? {
                format!("/news/new?author={a}")
            } else {
                String::new()
            };
            (
                name,
                base.clone(),
                format!("{base}/news"),
                format!("{base}/news.atom"),
                new_href,
            )
        }
        None => (
            tr.t("news-title"),
            String::new(),
            "/news".to_string(),
            "/feeds/news.atom".to_string(),
            String::new(),
        ),
    };
    let prefer = lang
        .as_ref()
        .map(|l| l.to_string())
        .unwrap_or_else(|| tr.code().to_string());
    let entries = page
        .entries
        .iter()
        .map(|e| entry_view(tr, e, &prefer))
        .collect();
    let mut lang_codes: Vec<String> = ["en", "pl", "bg"].iter().map(|s| s.to_string()).collect();
    if let Some(l) = &lang {
        if !lang_codes.contains(&l.to_string()) {
            lang_codes.push(l.to_string());
        }
    }
    let langs = lang_codes
        .into_iter()
        .map(|code| Choice {
            selected: lang.as_ref().is_some_and(|l| l.as_str() == code),
            label: tr.language(&code),
            value: code,
        })
        .collect();
    let kinds = NewsAuthorKind::ALL
        .iter()
        .map(|k| Choice {
            value: k.code().to_string(),
            label: tr.t(&format!("news-kind-{}", k.code().replace('_', "-"))),
            selected: kind == Some(*k),
        })
        .collect();
    let pages = page.total.div_ceil(page.per_page).max(1);
    let here = &ctx.path_and_query;
    let prev = if page.page > 1 {
        with_param(here, "page", &(page.page - 1).to_string())
    } else {
        String::new()
    };
    let next = if page.page < pages {
        with_param(here, "page", &(page.page + 1).to_string())
    } else {
        String::new()
    };
    let title = heading.clone();
    render(&ListPage {
        c: Chrome::new(ctx, &title),
        summary: tr.tn("news-count", page.total as i64),
        heading,
        author_href,
        action,
        feed,
        new_href,
        show_kinds: author.is_none(),
        langs,
        kinds,
        entries,
        prev,
        next,
    })
}

async fn global_list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<ListParams>,
) -> PageResult {
    list_page(&state, &ctx, None, p).await
}

async fn org_list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(p): Query<ListParams>,
) -> PageResult {
    list_page(&state, &ctx, Some(NewsAuthor::Organisation(id)), p).await
}

async fn project_list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(p): Query<ListParams>,
) -> PageResult {
    list_page(&state, &ctx, Some(NewsAuthor::Project(id)), p).await
}

async fn meta_list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(p): Query<ListParams>,
) -> PageResult {
    list_page(&state, &ctx, Some(NewsAuthor::MetaCluster(id)), p).await
}

/// The first `max` characters of the text, cut at a word, with an ellipsis when cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{cut}…")
}

// ---------------------------------------------------------------- one post

#[derive(Deserialize, Default)]
pub struct ShowParams {
    /// The language of the post's text to show (the page's language by default).
    pub text: Option<String>,
}

/// A piece of a paragraph: text, or a web address found in it.
pub struct Seg {
    pub text: String,
    pub url: Option<String>,
}

/// Paragraphs (one a line, blank lines skipped) with web addresses turned into links.
pub fn paragraphs(body: &str) -> Vec<Vec<Seg>> {
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let mut segs: Vec<Seg> = Vec::new();
            let mut plain = String::new();
            for (i, word) in line.split(' ').enumerate() {
                if i > 0 {
                    plain.push(' ');
                }
                let core = word.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
                let tail = &word[core.len()..];
                match Website::parse(core) {
                    Ok(url) if core.starts_with("http") => {
                        if !plain.is_empty() {
                            segs.push(Seg {
                                text: std::mem::take(&mut plain),
                                url: None,
                            });
                        }
                        segs.push(Seg {
                            text: core.to_string(),
                            url: Some(url.to_string()),
                        });
                        plain.push_str(tail);
                    }
                    _ => plain.push_str(word),
                }
            }
            if !plain.is_empty() {
                segs.push(Seg {
                    text: plain,
                    url: None,
                });
            }
            segs
        })
        .collect()
}

pub struct LangLink {
    pub code: String,
    pub name: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "news_show.html")]
struct ShowPage {
    c: Chrome,
    post: NewsPost,
    title: String,
    lang: String,
    /// Shown when the text is not in the page's language.
    other_note: String,
    paras: Vec<Vec<Seg>>,
    langs: Vec<LangLink>,
    published: String,
    author_href: String,
    can_edit: bool,
    errors: FieldErrors,
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    want: Option<String>,
    errors: FieldErrors,
) -> PageResult {
    let svc = news(state);
    let post = svc.get(&ctx.actor, id).await?;
    let can_edit = svc.may_write(&ctx.actor, post.author).await?;
    let want = want.unwrap_or_else(|| ctx.tr.code().to_string());
    let text = pick_text(&post.texts, &want).cloned();
    let langs = post
        .texts
        .iter()
        .map(|t| LangLink {
            code: t.lang.to_string(),
            name: ctx.tr.language(t.lang.as_str()),
            current: text.as_ref().is_some_and(|x| x.lang == t.lang),
        })
        .collect();
    let other_note = match &text {
        Some(t) if t.lang.as_str() != ctx.tr.code() => ctx.tr.ta(
            "news-other-language",
            [("language", ctx.tr.language(t.lang.as_str()).as_str())],
        ),
        _ => String::new(),
    };
    let published = post
        .published_at
        .map(|t| {
            ctx.tr
                .ta("news-published-on", [("date", ctx.tr.date(t).as_str())])
        })
        .unwrap_or_default();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let title = text.as_ref().map(|t| t.title.clone()).unwrap_or_default();
    render_status(
        status,
        &ShowPage {
            c: Chrome::new(ctx, &title),
            title,
            lang: text
                .as_ref()
                .map(|t| t.lang.to_string())
                .unwrap_or_default(),
            other_note,
            paras: text
                .as_ref()
                .map(|t| paragraphs(&t.body))
                .unwrap_or_default(),
            langs,
            published,
            author_href: post.author.path(),
            post,
            can_edit,
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
    show_page(&state, &ctx, id, q.text, FieldErrors::new()).await
}

// ---------------------------------------------------------------- writing

#[derive(Deserialize, Default)]
pub struct NewParams {
    /// `organisation:ID`, `project:ID` or `meta_cluster:ID`.
    pub author: Option<String>,
}

pub struct TextFields {
    pub lang: String,
    pub title: String,
    pub body: String,
    pub title_field: String,
    pub body_field: String,
}

#[derive(Template)]
#[template(path = "news_form.html")]
struct FormPage {
    c: Chrome,
    heading: String,
    action: String,
    author: String,
    author_name: String,
    /// None for a new post.
    post_id: Option<Id>,
    published: bool,
    fixed: Vec<TextFields>,
    other: TextFields,
    links: String,
    errors: FieldErrors,
}

fn text_fields(lang: &str, title: String, body: String) -> TextFields {
    TextFields {
        title_field: format!("title_{lang}"),
        body_field: format!("body_{lang}"),
        lang: lang.to_string(),
        title,
        body,
    }
}

/// The form's values: from the submitted form, or from the stored post.
fn form_values(
    form: Option<&FormData>,
    post: Option<&NewsPost>,
) -> (Vec<TextFields>, TextFields, String) {
    match form {
        Some(f) => {
            let fixed = NEWS_LANGS
                .iter()
                .map(|l| {
                    text_fields(
                        l,
                        f.text(&format!("title_{l}")),
                        f.text(&format!("body_{l}")),
                    )
                })
                .collect();
            let lang = f.text("other_lang").trim().to_lowercase();
            let mut other = text_fields(&lang, f.text("title_other"), f.text("body_other"));
            other.title_field = format!("title_{lang}");
            other.body_field = format!("body_{lang}");
            (fixed, other, f.text("links"))
        }
        None => {
            let texts = post.map(|p| p.texts.clone()).unwrap_or_default();
            let stored = |lang: &str| {
                texts
                    .iter()
                    .find(|t| t.lang.as_str() == lang)
                    .map(|t| (t.title.clone(), t.body.clone()))
                    .unwrap_or_default()
            };
            let fixed = NEWS_LANGS
                .iter()
                .map(|l| {
                    let (t, b) = stored(l);
                    text_fields(l, t, b)
                })
                .collect();
            let other = texts
                .iter()
                .find(|t| !NEWS_LANGS.contains(&t.lang.as_str()))
                .map(|t| text_fields(t.lang.as_str(), t.title.clone(), t.body.clone()))
                .unwrap_or_else(|| text_fields("", String::new(), String::new()));
            let links = post
                .map(|p| {
                    p.links
                        .iter()
                        .map(|l| {
                            if l.label == l.url {
                                l.url.clone()
                            } else {
                                format!("{} {}", l.url, l.label)
                            }
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .unwrap_or_default();
            (fixed, other, links)
        }
    }
}

#[allow(clippy::too_many_arguments)]
async fn form_page(
    ctx: &Ctx,
    author: String,
    author_name: String,
    post: Option<&NewsPost>,
    form: Option<&FormData>,
    errors: FieldErrors,
) -> PageResult {
    let (fixed, other, links) = form_values(form, post);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let heading = if post.is_some() {
        ctx.tr.t("news-edit")
    } else {
        ctx.tr.t("news-new")
    };
    render_status(
        status,
        &FormPage {
            c: Chrome::new(ctx, &heading),
            heading,
            action: post
                .map(|p| format!("/news/{}", p.id))
                .unwrap_or_else(|| "/news".into()),
            author,
            author_name,
            post_id: post.map(|p| p.id),
            published: post.is_some_and(|p| p.published_at.is_some()),
            fixed,
            other,
            links,
            errors,
        },
    )
}

/// The post as the form gives it. Links: one a line, the address first, then its label.
fn raw_from_form(form: &FormData, published: bool) -> RawNewsPost {
    let mut texts: Vec<RawNewsText> = NEWS_LANGS
        .iter()
        .map(|l| RawNewsText {
            lang: l.to_string(),
            title: form.text(&format!("title_{l}")),
            body: form.text(&format!("body_{l}")),
        })
        .collect();
    let other = form.text("other_lang");
    if !other.trim().is_empty()
        || !form.text("title_other").trim().is_empty()
        || !form.text("body_other").trim().is_empty()
    {
        texts.push(RawNewsText {
            lang: other,
            title: form.text("title_other"),
            body: form.text("body_other"),
        });
    }
    let links = form
        .text("links")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (url, label) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
            RawNewsLink {
                url: url.to_string(),
                label: label.trim().to_string(),
            }
        })
        .collect();
    RawNewsPost {
        author: form.get("author").and_then(|a| NewsAuthor::parse(a).ok()),
        texts,
        links,
        published,
    }
}

async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<NewParams>,
) -> PageResult {
    let author = q
        .author
        .as_deref()
        .and_then(|a| NewsAuthor::parse(a).ok())
        .ok_or(DomainError::NotFound)?;
    let svc = news(&state);
    let name = svc.author_name(author).await?;
    svc.require_writer(&ctx.actor, author).await?;
    form_page(
        &ctx,
        author.to_string(),
        name,
        None,
        None,
        FieldErrors::new(),
    )
    .await
}

async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(form): CsrfForm) -> PageResult {
    let raw = raw_from_form(&form, form.get("action") == Some("publish"));
    match news(&state)
        .create(&ctx.actor, &raw, OffsetDateTime::now_utc())
        .await
    {
        Ok(p) => Ok(see_other(&format!("/news/{}", p.id))),
        Err(DomainError::Validation(e)) => {
            let name = match raw.author {
                Some(a) => news(&state).author_name(a).await.unwrap_or_default(),
                None => String::new(),
            };
            form_page(&ctx, form.text("author"), name, None, Some(&form), e).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn edit_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let post = news(&state).get_for_edit(&ctx.actor, id).await?;
    form_page(
        &ctx,
        post.author.to_string(),
        post.author_name.clone(),
        Some(&post),
        None,
        FieldErrors::new(),
    )
    .await
}

/// Saves the post; the button pressed publishes, withdraws or keeps the state.
async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let svc = news(&state);
    let post = svc.get_for_edit(&ctx.actor, id).await?;
    let published = match form.get("action") {
        Some("publish") => true,
        Some("unpublish") => false,
        _ => post.published_at.is_some(),
    };
    let raw = raw_from_form(&form, published);
    match svc
        .update(&ctx.actor, id, &raw, OffsetDateTime::now_utc())
        .await
    {
        Ok(_) => Ok(see_other(&format!("/news/{id}"))),
        Err(DomainError::Validation(e)) => {
            form_page(
                &ctx,
                post.author.to_string(),
                post.author_name.clone(),
                Some(&post),
                Some(&form),
                e,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    _form: CsrfForm,
) -> PageResult {
    let svc = news(&state);
    let post = svc.get_for_edit(&ctx.actor, id).await?;
    svc.delete(&ctx.actor, id).await?;
    Ok(see_other(&format!("{}/news", post.author.path())))
}

/// A multipart upload: the CSRF token, a caption and the image. The token is checked before
/// anything is stored.
async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    mut multipart: Multipart,
) -> PageResult {
    let upload = super::files::read_upload(&ctx, &mut multipart, "image", |_| {
        PageError(DomainError::field("image", "the upload could not be read"))
    })
    .await?;
    match news(&state)
        .add_image(&ctx.actor, id, upload.text("caption"), &upload.data)
        .await
    {
        Ok(_) => Ok(see_other(&format!("/news/{id}#images"))),
        Err(DomainError::Validation(e)) => show_page(&state, &ctx, id, None, e).await,
        Err(e) => Err(e.into()),
    }
}

/// An image's bytes with their stored type, for those who may read the post.
async fn image(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, iid)): Path<(Id, Id)>,
) -> Result<Response, PageError> {
    let (content_type, data) = news(&state).image(&ctx.actor, id, iid).await?;
    Ok(super::files::image(&content_type, data))
}

async fn delete_image(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, iid)): Path<(Id, Id)>,
    _form: CsrfForm,
) -> PageResult {
    news(&state).delete_image(&ctx.actor, id, iid).await?;
    Ok(see_other(&format!("/news/{id}#images")))
}

// ---------------------------------------------------------------- Atom

/// Text safe inside XML 1.0 content and attributes: markup characters escaped, characters XML
/// cannot hold (most control characters) dropped.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn rfc3339(t: OffsetDateTime) -> String {
    t.to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .unwrap_or(t)
        .format(&Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".into())
}

/// An Atom feed document of the entries, newest first.
pub fn atom(
    base: &str,
    self_path: &str,
    alternate_path: &str,
    title: &str,
    entries: &[NewsEntry],
) -> String {
    use std::fmt::Write;
    let updated = entries
        .iter()
        .map(|e| e.published_at.unwrap_or(e.updated_at).max(e.updated_at))
        .max()
        .unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let mut x = String::new();
    let _ = write!(
        x,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         <id>{id}</id>\n<title type=\"text\">{title}</title>\n<updated>{updated}</updated>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{id}\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{alt}\"/>\n\
         <author><name>{title}</name></author>\n<generator uri=\"{base}/\">Klaster</generator>\n",
        id = xml_escape(&format!("{base}{self_path}")),
        alt = xml_escape(&format!("{base}{alternate_path}")),
        title = xml_escape(title),
        updated = rfc3339(updated),
        base = xml_escape(base),
    );
    for e in entries {
        let Some(published) = e.published_at else {
            continue;
        };
        let Some(text) = pick_text(&e.texts, "en") else {
            continue;
        };
        let url = xml_escape(&format!("{base}{}", e.path()));
        let _ =
            write!(
            x,
            "<entry xml:lang=\"{lang}\">\n<id>{url}</id>\n<title type=\"text\">{title}</title>\n\
             <updated>{updated}</updated>\n<published>{published}</published>\n\
             <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n\
             <author><name>{author}</name></author>\n",
            lang = xml_escape(text.lang.as_str()),
            title = xml_escape(&text.title),
            updated = rfc3339(e.updated_at.max(published)),
            published = rfc3339(published),
            author = xml_escape(if e.author_name.is_empty() { "Klaster" } else { &e.author_name }),
        );
        if let Some(kind) = e.author.map(|a| a.kind()) {
            let _ = writeln!(x, "<category term=\"{}\"/>", kind.code());
        } else {
            let _ = writeln!(x, "<category term=\"event_report\"/>");
        }
        let _ = write!(
            x,
            "<summary type=\"text\">{}</summary>\n<content type=\"text\">{}</content>\n</entry>\n",
            xml_escape(&excerpt(&text.body, 280)),
            xml_escape(&text.body),
        );
    }
    x.push_str("</feed>\n");
    x
}

/// `scheme://host` for the feeds' absolute links: the configured public address, else the
/// request's Host header, else localhost.
pub fn feed_base(config: &crate::WebConfig, headers: &HeaderMap) -> String {
    config
        .public_url
        .as_deref()
        .map(|u| u.trim().trim_end_matches('/'))
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
        .map(String::from)
        .or_else(|| base_url(headers, config.secure_cookies))
        .unwrap_or_else(|| "http://localhost".into())
}

async fn feed(
    state: &AppState,
    headers: &HeaderMap,
    author: Option<NewsAuthor>,
) -> Result<Response, PageError> {
    let svc = news(state);
    // Feeds are public: what an anonymous visitor sees, never drafts or members-only reports.
    let anonymous = Actor::anonymous();
    let page = svc
        .list(
            &anonymous,
            &NewsQuery {
                author,
                page: 1,
                per_page: NEWS_FEED_SIZE,
                ..Default::default()
            },
        )
        .await?;
    let (title, self_path, alt) = match author {
        Some(a) => (
            format!("{} · Klaster", svc.author_name(a).await?),
            format!("{}/news.atom", a.path()),
            format!("{}/news", a.path()),
        ),
        None => (
            "Klaster".to_string(),
            "/feeds/news.atom".to_string(),
            "/news".to_string(),
        ),
    };
    let base = feed_base(&state.config, headers);
    let body = atom(&base, &self_path, &alt, &title, &page.entries);
    Ok((
        [
            (header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        body,
    )
        .into_response())
}

async fn global_feed(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    feed(&state, &headers, None).await
}

async fn org_feed(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<Id>,
) -> Result<Response, PageError> {
    feed(&state, &headers, Some(NewsAuthor::Organisation(id))).await
}

async fn project_feed(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<Id>,
) -> Result<Response, PageError> {
    feed(&state, &headers, Some(NewsAuthor::Project(id))).await
}

async fn meta_feed(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<Id>,
) -> Result<Response, PageError> {
    feed(&state, &headers, Some(NewsAuthor::MetaCluster(id))).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            xml_escape("R&D <Ośrodek> \"Ü\"\u{1}\u{b}"),
            "R&amp;D &lt;Ośrodek&gt; &quot;Ü&quot;"
        );
    }

    #[test]
    fn feeds_prefer_the_configured_address() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::HOST,
            axum::http::HeaderValue::from_static("10.0.0.5:8080"),
        );
        let mut config = crate::WebConfig::default();
        assert_eq!(feed_base(&config, &headers), "http://10.0.0.5:8080");
        config.public_url = Some("https://klaster.example.eu/".into());
        assert_eq!(feed_base(&config, &headers), "https://klaster.example.eu");
        assert_eq!(
            feed_base(&crate::WebConfig::default(), &HeaderMap::new()),
            "http://localhost"
        );
    }

    #[test]
    fn links_in_text_are_found() {
        let p = paragraphs("See https://clusters3.eu/results. Thanks\n\nNext");
        assert_eq!(p.len(), 2);
        assert_eq!(p[0][0].text, "See ");
        assert_eq!(p[0][1].url.as_deref(), Some("https://clusters3.eu/results"));
        assert_eq!(p[0][2].text, ". Thanks");
    }
}
