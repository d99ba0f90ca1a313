//! News: posts by organisations, projects and meta-clusters, in several languages with images and
//! links; published event reports appear among them. Lists per author and globally, and Atom feeds.

use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{check_text, EventViewer, Events};
use crate::model::{Id, LocalizedText};
use crate::policy::Actor;
use crate::projects::ProjectAccess;
use crate::repo::Repository;
use crate::reports::sniff_image;
use crate::types::{code_enum, LanguageTag, ParseError, Website};
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::fmt;
use time::OffsetDateTime;

pub const MAX_NEWS_TITLE: usize = 200;
pub const MAX_NEWS_BODY: usize = 20_000;
pub const MAX_NEWS_LINKS: usize = 20;
pub const MAX_LINK_LABEL: usize = 200;
pub const MAX_NEWS_IMAGES: i64 = 10;
pub const MAX_NEWS_IMAGE_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_NEWS_CAPTION: usize = 300;
/// The languages the post form always offers; one more may be added.
pub const NEWS_LANGS: [&str; 3] = ["en", "pl", "bg"];
/// Entries on one page of a list, and in a feed.
pub const NEWS_PAGE_SIZE: usize = 20;
pub const NEWS_FEED_SIZE: usize = 50;

code_enum!(
    /// What kind of author a post has.
    NewsAuthorKind {
        Organisation = "organisation",
        Project = "project",
        MetaCluster = "meta_cluster",
    }
);

/// Who a post is by: exactly one organisation, project or meta-cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum NewsAuthor {
    Organisation(Id),
    Project(Id),
    MetaCluster(Id),
}

impl NewsAuthor {
    pub fn kind(self) -> NewsAuthorKind {
        match self {
            NewsAuthor::Organisation(_) => NewsAuthorKind::Organisation,
            NewsAuthor::Project(_) => NewsAuthorKind::Project,
            NewsAuthor::MetaCluster(_) => NewsAuthorKind::MetaCluster,
        }
    }

    pub fn id(self) -> Id {
        match self {
            NewsAuthor::Organisation(id)
            | NewsAuthor::Project(id)
            | NewsAuthor::MetaCluster(id) => id,
        }
    }

    pub fn new(kind: NewsAuthorKind, id: Id) -> Self {
        match kind {
            NewsAuthorKind::Organisation => NewsAuthor::Organisation(id),
            NewsAuthorKind::Project => NewsAuthor::Project(id),
            NewsAuthorKind::MetaCluster => NewsAuthor::MetaCluster(id),
        }
    }

    /// `organisation:12`, `project:3`, `meta_cluster:7`.
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let (kind, id) = raw
            .trim()
            .split_once(':')
            .ok_or_else(|| "must be organisation:ID, project:ID or meta_cluster:ID".to_string())?;
        let kind = NewsAuthorKind::parse(kind)?;
        let id = id
            .trim()
            .parse::<Id>()
            .map_err(|_| "must be organisation:ID, project:ID or meta_cluster:ID".to_string())?;
        Ok(NewsAuthor::new(kind, id))
    }

    /// The author's own page.
    pub fn path(self) -> String {
        match self {
            NewsAuthor::Organisation(id) => format!("/organisations/{id}"),
            NewsAuthor::Project(id) => format!("/projects/{id}"),
            NewsAuthor::MetaCluster(id) => format!("/meta-clusters/{id}"),
        }
    }
}

impl fmt::Display for NewsAuthor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.kind().code(), self.id())
    }
}

/// A post's title and body in one language. The body is plain text; blank lines separate
/// paragraphs and web addresses in it become links.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewsText {
    #[schema(value_type = String, example = "pl")]
    pub lang: LanguageTag,
    pub title: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewsLink {
    /// An http(s) address.
    pub url: String,
    pub label: String,
}

/// An image's description; the bytes are served at `/news/{id}/images/{image}`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NewsImage {
    pub id: Id,
    pub caption: String,
    pub content_type: String,
    pub size: i64,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NewsPost {
    pub id: Id,
    pub author: NewsAuthor,
    /// The organisation's name, the project's acronym or the meta-cluster's name.
    pub author_name: String,
    pub texts: Vec<NewsText>,
    pub links: Vec<NewsLink>,
    pub images: Vec<NewsImage>,
    /// None for a draft.
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub published_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawNewsText {
    pub lang: String,
    pub title: String,
    pub body: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawNewsLink {
    pub url: String,
    pub label: String,
}

/// A post as written: at least one language (en, pl, bg and at most one other).
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawNewsPost {
    /// Who the post is by (when creating; a post keeps its author).
    pub author: Option<NewsAuthor>,
    pub texts: Vec<RawNewsText>,
    /// At most 20 http(s) links with labels.
    pub links: Vec<RawNewsLink>,
    pub published: bool,
}

/// The parsed post.
#[derive(Debug, Clone, PartialEq)]
pub struct NewsInput {
    pub texts: Vec<NewsText>,
    pub links: Vec<NewsLink>,
}

code_enum!(
    /// What a news entry is.
    NewsEntryKind {
        Post = "post",
        Report = "report",
    }
);

/// One item of a news list or feed: a post, or a published event report.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NewsEntry {
    pub kind: NewsEntryKind,
    /// The post (for posts).
    pub post_id: Option<Id>,
    /// The event (for reports).
    pub event_id: Option<Id>,
    /// The post's author (reports are by the event's organisers, see `author_name`).
    pub author: Option<NewsAuthor>,
    pub author_name: String,
    /// For reports the title is the event's title in every language.
    pub texts: Vec<NewsText>,
    /// None for a draft (only those who may edit it see it).
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub published_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

impl NewsEntry {
    /// The entry's page.
    pub fn path(&self) -> String {
        match (self.post_id, self.event_id) {
            (Some(id), _) => format!("/news/{id}"),
            (None, Some(ev)) => format!("/events/{ev}/report"),
            _ => "/news".into(),
        }
    }

    /// When it appeared (drafts: when last changed), for sorting.
    pub fn when(&self) -> OffsetDateTime {
        self.published_at.unwrap_or(self.updated_at)
    }

    pub fn has_lang(&self, lang: &str) -> bool {
        self.texts.iter().any(|t| t.lang.as_str() == lang)
    }
}

impl From<NewsPost> for NewsEntry {
    fn from(p: NewsPost) -> Self {
        NewsEntry {
            kind: NewsEntryKind::Post,
            post_id: Some(p.id),
            event_id: None,
            author: Some(p.author),
            author_name: p.author_name,
            texts: p.texts,
            published_at: p.published_at,
            updated_at: p.updated_at,
        }
    }
}

/// The text in `lang`, else English, else the first one.
pub fn pick_text<'a>(texts: &'a [NewsText], lang: &str) -> Option<&'a NewsText> {
    texts
        .iter()
        .find(|t| t.lang.as_str() == lang)
        .or_else(|| texts.iter().find(|t| t.lang.as_str() == "en"))
        .or_else(|| texts.first())
}

/// Which entries a list shows.
#[derive(Debug, Clone, Default)]
pub struct NewsQuery {
    /// One author's news (organisations' lists include their events' reports).
    pub author: Option<NewsAuthor>,
    /// Only one kind of author (reports count as organisations').
    pub kind: Option<NewsAuthorKind>,
    /// Only entries with a text in this language.
    pub lang: Option<LanguageTag>,
    /// 1-based.
    pub page: usize,
    pub per_page: usize,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NewsPage {
    pub entries: Vec<NewsEntry>,
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
}

#[async_trait]
pub trait NewsRepo: Send + Sync {
    /// How many posts exist (published or not).
    async fn count_news_posts(&self) -> DomainResult<i64>;
    /// The author's display name, or None when it does not exist.
    async fn news_author_name(&self, author: NewsAuthor) -> DomainResult<Option<String>>;
    async fn create_news_post(
        &self,
        author: NewsAuthor,
        input: &NewsInput,
        published_at: Option<OffsetDateTime>,
        created_by: Option<Id>,
    ) -> DomainResult<Id>;
    /// Returns false when the post does not exist.
    async fn update_news_post(
        &self,
        id: Id,
        input: &NewsInput,
        published_at: Option<OffsetDateTime>,
    ) -> DomainResult<bool>;
    async fn delete_news_post(&self, id: Id) -> DomainResult<bool>;
    async fn news_post(&self, id: Id) -> DomainResult<Option<NewsPost>>;
    /// Posts, newest first (by publication, drafts by change): one author's or everyone's;
    /// drafts only when `drafts`. Images are not loaded.
    async fn news_posts(
        &self,
        author: Option<NewsAuthor>,
        kind: Option<NewsAuthorKind>,
        drafts: bool,
    ) -> DomainResult<Vec<NewsPost>>;
    /// Events with a published report (organised by `org_id` when given), newest report first.
    async fn news_report_events(&self, org_id: Option<Id>) -> DomainResult<Vec<Id>>;
    /// Stores an image unless the post has `max` already (then `Conflict`), in one transaction.
    async fn add_news_image(
        &self,
        post_id: Id,
        caption: &str,
        content_type: &str,
        data: &[u8],
        max: i64,
    ) -> DomainResult<NewsImage>;
    async fn news_image(
        &self,
        post_id: Id,
        image_id: Id,
    ) -> DomainResult<Option<(String, Vec<u8>)>>;
    async fn delete_news_image(&self, post_id: Id, image_id: Id) -> DomainResult<bool>;
}

/// Parses a post; field names: `texts`, `title_LANG`, `body_LANG`, `links`.
pub fn parse_post(raw: &RawNewsPost) -> Result<NewsInput, DomainError> {
    let mut e = FieldErrors::new();
    let mut texts: Vec<NewsText> = Vec::new();
    for t in raw
        .texts
        .iter()
        .filter(|t| !t.title.trim().is_empty() || !t.body.trim().is_empty())
    {
        let Some(lang) = e.check("texts", LanguageTag::parse(&t.lang)) else {
            continue;
        };
        if texts.iter().any(|x| x.lang == lang) {
            e.add("texts", format!("{lang} is given twice"));
            continue;
        }
        check_text(
            &mut e,
            &format!("title_{lang}"),
            &t.title,
            1,
            MAX_NEWS_TITLE,
        );
        check_text(&mut e, &format!("body_{lang}"), &t.body, 1, MAX_NEWS_BODY);
        texts.push(NewsText {
            lang,
            title: t.title.split_whitespace().collect::<Vec<_>>().join(" "),
            body: t.body.trim().replace("\r\n", "\n"),
        });
    }
    if texts.is_empty() && e.get("texts").is_none() {
        e.add("texts", "give a title and text in at least one language");
    }
    if texts
        .iter()
        .filter(|t| !NEWS_LANGS.contains(&t.lang.as_str()))
        .count()
        > 1
    {
        e.add(
            "texts",
            "besides en, pl and bg give at most one other language",
        );
    }
    let given: Vec<&RawNewsLink> = raw
        .links
        .iter()
        .filter(|l| !l.url.trim().is_empty() || !l.label.trim().is_empty())
        .collect();
    if given.len() > MAX_NEWS_LINKS {
        e.add("links", format!("give at most {MAX_NEWS_LINKS} links"));
    }
    let mut links = Vec::new();
    for l in given {
        let Some(url) = e.check("links", Website::parse(&l.url)) else {
            continue;
        };
        if l.label.trim().chars().count() > MAX_LINK_LABEL {
            e.add(
                "links",
                format!("must be at most {MAX_LINK_LABEL} characters long"),
            );
            continue;
        }
        let label = l.label.split_whitespace().collect::<Vec<_>>().join(" ");
        links.push(NewsLink {
            label: if label.is_empty() {
                url.to_string()
            } else {
                label
            },
            url: url.to_string(),
        });
    }
    e.into_result()?;
    Ok(NewsInput { texts, links })
}

/// The news service.
pub struct News<'a> {
    pub repo: &'a dyn Repository,
}

impl News<'_> {
    /// The author's name; `NotFound` when it does not exist.
    pub async fn author_name(&self, author: NewsAuthor) -> DomainResult<String> {
        self.repo
            .news_author_name(author)
            .await?
            .ok_or(DomainError::NotFound)
    }

    /// Whether the actor may write the author's posts (the author exists).
    pub async fn may_write(&self, actor: &Actor, author: NewsAuthor) -> DomainResult<bool> {
        match self.require_writer(actor, author).await {
            Ok(()) => Ok(true),
            Err(DomainError::Forbidden | DomainError::Unauthenticated) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Organisations: their administrators; projects: administrators of partner organisations;
    /// meta-clusters: the coordinator's administrators; platform administrators always.
    pub async fn require_writer(&self, actor: &Actor, author: NewsAuthor) -> DomainResult<()> {
        match author {
            NewsAuthor::Organisation(id) => {
                self.repo.org(id).await?.ok_or(DomainError::NotFound)?;
                actor.can_admin_org(id)
            }
            NewsAuthor::Project(id) => {
                self.repo.project(id).await?.ok_or(DomainError::NotFound)?;
                let partners = self.repo.project_partners(id).await?;
                ProjectAccess::of(actor, &partners).require_edit(actor)
            }
            NewsAuthor::MetaCluster(id) => self
                .repo
                .meta_cluster(id)
                .await?
                .ok_or(DomainError::NotFound)?
                .require_coordinator(actor),
        }
    }

    pub async fn create(
        &self,
        actor: &Actor,
        raw: &RawNewsPost,
        now: OffsetDateTime,
    ) -> DomainResult<NewsPost> {
        let Some(author) = raw.author else {
            return Err(DomainError::field(
                "author",
                "must be organisation:ID, project:ID or meta_cluster:ID",
            ));
        };
        actor.require_user()?;
        match self.require_writer(actor, author).await {
            Err(DomainError::NotFound) => {
                return Err(DomainError::field("author", "does not exist"))
            }
            other => other?,
        }
        let input = parse_post(raw)?;
        let id = self
            .repo
            .create_news_post(
                author,
                &input,
                raw.published.then_some(now),
                actor.user_id(),
            )
            .await?;
        self.repo
            .audit(actor.user_id(), "news.create", &format!("news:{id}"))
            .await?;
        self.repo.news_post(id).await?.ok_or(DomainError::NotFound)
    }

    /// The post if the actor may read it: published, or they may write it.
    pub async fn get(&self, actor: &Actor, id: Id) -> DomainResult<NewsPost> {
        let post = self
            .repo
            .news_post(id)
            .await?
            .ok_or(DomainError::NotFound)?;
        if post.published_at.is_none() && !self.may_write(actor, post.author).await? {
            return Err(DomainError::NotFound);
        }
        Ok(post)
    }

    /// The post for its editors (drafts are missing to everyone else).
    pub async fn get_for_edit(&self, actor: &Actor, id: Id) -> DomainResult<NewsPost> {
        let post = self.get(actor, id).await?;
        self.require_writer(actor, post.author).await?;
        Ok(post)
    }

    pub async fn update(
        &self,
        actor: &Actor,
        id: Id,
        raw: &RawNewsPost,
        now: OffsetDateTime,
    ) -> DomainResult<NewsPost> {
        let post = self.get_for_edit(actor, id).await?;
        let input = parse_post(raw)?;
        let published_at = raw.published.then(|| post.published_at.unwrap_or(now));
        if !self.repo.update_news_post(id, &input, published_at).await? {
            return Err(DomainError::NotFound);
        }
        self.repo
            .audit(actor.user_id(), "news.update", &format!("news:{id}"))
            .await?;
        self.repo.news_post(id).await?.ok_or(DomainError::NotFound)
    }

    pub async fn delete(&self, actor: &Actor, id: Id) -> DomainResult<()> {
        self.get_for_edit(actor, id).await?;
        if !self.repo.delete_news_post(id).await? {
            return Err(DomainError::NotFound);
        }
        self.repo
            .audit(actor.user_id(), "news.delete", &format!("news:{id}"))
            .await?;
        Ok(())
    }

    pub async fn add_image(
        &self,
        actor: &Actor,
        id: Id,
        caption: &str,
        data: &[u8],
    ) -> DomainResult<NewsImage> {
        self.get_for_edit(actor, id).await?;
        let mut e = FieldErrors::new();
        let content_type = if data.is_empty() {
            e.add("image", "must not be empty");
            None
        } else if data.len() > MAX_NEWS_IMAGE_BYTES {
            e.add("image", "an image may be at most 5 MB");
            None
        } else {
            let t = sniff_image(data);
            if t.is_none() {
                e.add("image", "must be a JPEG, PNG or WebP image");
            }
            t
        };
        check_text(&mut e, "caption", caption, 0, MAX_NEWS_CAPTION);
        e.into_result()?;
        let content_type = content_type.ok_or(DomainError::NotFound)?;
        self.repo
            .add_news_image(id, caption.trim(), content_type, data, MAX_NEWS_IMAGES)
            .await
            .map_err(|err| match err {
                DomainError::Conflict(_) => DomainError::field(
                    "image",
                    format!("a post has at most {MAX_NEWS_IMAGES} images"),
                ),
                other => other,
            })
    }

    pub async fn image(
        &self,
        actor: &Actor,
        id: Id,
        image_id: Id,
    ) -> DomainResult<(String, Vec<u8>)> {
        self.get(actor, id).await?;
        self.repo
            .news_image(id, image_id)
            .await?
            .ok_or(DomainError::NotFound)
    }

    pub async fn delete_image(&self, actor: &Actor, id: Id, image_id: Id) -> DomainResult<()> {
        self.get_for_edit(actor, id).await?;
        if !self.repo.delete_news_image(id, image_id).await? {
            return Err(DomainError::NotFound);
        }
        Ok(())
    }

    /// Published reports the viewer may see (organised by `org_id` when given), as entries.
    async fn reports(
        &self,
        viewer: &EventViewer,
        org_id: Option<Id>,
    ) -> DomainResult<Vec<NewsEntry>> {
        let events = Events { repo: self.repo };
        let mut out = Vec::new();
        for event_id in self.repo.news_report_events(org_id).await? {
            let Ok(ev) = events.get(viewer, event_id).await else {
                continue;
            };
            let Some(r) = self.repo.report(event_id).await? else {
                continue;
            };
            let Some(published_at) = r.published_at else {
                continue;
            };
            out.push(NewsEntry {
                kind: NewsEntryKind::Report,
                post_id: None,
                event_id: Some(event_id),
                author: None,
                author_name: ev
                    .organisers
                    .iter()
                    .map(|o| o.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                texts: r
                    .texts
                    .iter()
                    .map(|t: &LocalizedText| NewsText {
                        lang: t.lang.clone(),
                        title: ev.title.clone(),
                        body: t.text.clone(),
                    })
                    .collect(),
                published_at: Some(published_at),
                updated_at: r.updated_at,
            });
        }
        Ok(out)
    }

    /// A page of news as `actor` sees it: published posts (and the author's drafts for those who
    /// may write them), with the published reports of events the actor may see merged in,
    /// newest first. Feeds pass an anonymous actor. `NotFound` for an author that does not exist.
    pub async fn list(&self, actor: &Actor, q: &NewsQuery) -> DomainResult<NewsPage> {
        let drafts = match q.author {
            Some(a) => {
                self.author_name(a).await?;
                self.may_write(actor, a).await?
            }
            None => false,
        };
        let mut entries: Vec<NewsEntry> = self
            .repo
            .news_posts(q.author, q.kind, drafts)
            .await?
            .into_iter()
            .map(NewsEntry::from)
            .collect();
        let with_reports = matches!(
            (q.author, q.kind),
            (
                Some(NewsAuthor::Organisation(_)) | None,
                None | Some(NewsAuthorKind::Organisation)
            )
        );
        if with_reports {
            let viewer = EventViewer::of(self.repo, actor).await?;
            let org = q.author.map(|a| a.id());
            entries.extend(self.reports(&viewer, org).await?);
        }
        if let Some(lang) = &q.lang {
            entries.retain(|e| e.has_lang(lang.as_str()));
        }
        // Drafts first (their authors are working on them), then newest first.
        entries.sort_by(|a, b| {
            a.published_at
                .is_some()
                .cmp(&b.published_at.is_some())
                .then(b.when().cmp(&a.when()))
                .then(b.post_id.cmp(&a.post_id))
                .then(b.event_id.cmp(&a.event_id))
        });
        let total = entries.len();
        let per_page = q.per_page.clamp(1, 100);
        let page = q.page.max(1);
        let entries = entries
            .into_iter()
            .skip((page - 1) * per_page)
            .take(per_page)
            .collect();
        Ok(NewsPage {
            entries,
            total,
            page,
            per_page,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(texts: &[(&str, &str, &str)], links: &[(&str, &str)]) -> RawNewsPost {
        RawNewsPost {
            author: None,
            texts: texts
                .iter()
                .map(|(l, t, b)| RawNewsText {
                    lang: l.to_string(),
                    title: t.to_string(),
                    body: b.to_string(),
                })
                .collect(),
            links: links
                .iter()
                .map(|(u, l)| RawNewsLink {
                    url: u.to_string(),
                    label: l.to_string(),
                })
                .collect(),
            published: false,
        }
    }

    fn fields(r: Result<NewsInput, DomainError>) -> Vec<String> {
        match r {
            Err(DomainError::Validation(e)) => e.fields.iter().map(|f| f.field.clone()).collect(),
            other => panic!("expected validation errors, got {other:?}"),
        }
    }

    #[test]
    fn posts_are_checked_field_by_field() {
        let ok = parse_post(&raw(
            &[
                ("pl", " Konferencja  w Lublinie ", "Akapit.\r\n\r\nDrugi."),
                ("en", "", ""),
            ],
            &[("https://clusters3.eu", "")],
        ))
        .unwrap();
        assert_eq!(ok.texts.len(), 1);
        assert_eq!(ok.texts[0].title, "Konferencja w Lublinie");
        assert_eq!(ok.texts[0].body, "Akapit.\n\nDrugi.");
        assert_eq!(ok.links[0].label, "https://clusters3.eu");
        assert_eq!(fields(parse_post(&raw(&[], &[]))), ["texts"]);
        assert_eq!(
            fields(parse_post(&raw(&[("pl", "", "Treść")], &[]))),
            ["title_pl"]
        );
        assert_eq!(
            fields(parse_post(&raw(
                &[("en", "T", "B")],
                &[("javascript:alert(1)", "x")]
            ))),
            ["links"]
        );
        assert_eq!(
            fields(parse_post(&raw(
                &[("en", "T", "B"), ("de", "T", "B"), ("fr", "T", "B")],
                &[]
            ))),
            ["texts"]
        );
        assert_eq!(
            NewsAuthor::parse("meta_cluster:7").unwrap(),
            NewsAuthor::MetaCluster(7)
        );
        assert!(NewsAuthor::parse("user:7").is_err());
    }
}
