//! Reports published after an event: texts in several languages, photos and video links.

use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{parse_texts, Event, EventViewer, Events, RawText};
use crate::model::{Id, LocalizedText};
use crate::repo::Repository;
use crate::types::Website;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

pub const MAX_REPORT_TEXT: usize = 20_000;
pub const MAX_VIDEO_LINKS: usize = 10;
pub const MAX_PHOTOS: i64 = 20;
pub const MAX_PHOTO_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_CAPTION: usize = 300;
/// The languages the report form always offers; one more may be added.
pub const REPORT_LANGS: [&str; 3] = ["en", "pl", "bg"];

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Report {
    pub event_id: Id,
    pub texts: Vec<LocalizedText>,
    pub video_links: Vec<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub published_at: Option<OffsetDateTime>,
    pub photos: Vec<Photo>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

/// A photo's description; the bytes are served at `/events/{id}/report/photos/{photo}`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Photo {
    pub id: Id,
    pub caption: String,
    pub content_type: String,
    pub size: i64,
}

#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawReport {
    /// One text per language: en, pl, bg and at most one other.
    pub texts: Vec<RawText>,
    /// http(s) links to videos, at most 10.
    pub video_links: Vec<String>,
    pub published: bool,
}

/// A published report of an event an organisation organised, for its news.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NewsItem {
    pub event_id: Id,
    pub title: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub starts_at: OffsetDateTime,
    pub timezone: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub published_at: OffsetDateTime,
    pub texts: Vec<LocalizedText>,
}

#[async_trait]
pub trait ReportRepo: Send + Sync {
    async fn report(&self, event_id: Id) -> DomainResult<Option<Report>>;
    /// Creates or replaces the texts and links; `published_at` None unpublishes.
    async fn save_report(
        &self,
        event_id: Id,
        texts: &[LocalizedText],
        video_links: &[String],
        published_at: Option<OffsetDateTime>,
    ) -> DomainResult<Report>;
    /// Stores a photo unless the event already has `max` (then `Conflict`), in one transaction.
    async fn add_photo(
        &self,
        event_id: Id,
        caption: &str,
        content_type: &str,
        data: &[u8],
        max: i64,
    ) -> DomainResult<Photo>;
    /// The content type and bytes.
    async fn photo(&self, event_id: Id, photo_id: Id) -> DomainResult<Option<(String, Vec<u8>)>>;
    async fn delete_photo(&self, event_id: Id, photo_id: Id) -> DomainResult<bool>;
    /// The ids of events the organisation organised that have a published report, newest
    /// publication first.
    async fn published_report_events(&self, org_id: Id) -> DomainResult<Vec<Id>>;
}

/// The image types photos may have, recognised by their first bytes (not by the name or the
/// type the browser claims).
pub fn sniff_image(data: &[u8]) -> Option<&'static str> {
    if data.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if data.len() >= 12 && &data[..4] == b"RIFF" && &data[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// The report service.
pub struct Reports<'a> {
    pub repo: &'a dyn Repository,
}

impl Reports<'_> {
    fn events(&self) -> Events<'_> {
        Events { repo: self.repo }
    }

    /// The event and its report when the viewer may read it: published, or the viewer
    /// organises the event.
    pub async fn get(
        &self,
        viewer: &EventViewer,
        event_id: Id,
    ) -> DomainResult<(Event, Option<Report>)> {
        let ev = self.events().get(viewer, event_id).await?;
        let report = self
            .repo
            .report(event_id)
            .await?
            .filter(|r| r.published_at.is_some() || viewer.is_organiser(&ev));
        Ok((ev, report))
    }

    pub async fn save(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        raw: &RawReport,
        now: OffsetDateTime,
    ) -> DomainResult<Report> {
        self.events().get_as_organiser(viewer, event_id).await?;
        let mut e = FieldErrors::new();
        let texts = parse_texts(&mut e, "texts", &raw.texts, MAX_REPORT_TEXT);
        if texts
            .iter()
            .filter(|t| !REPORT_LANGS.contains(&t.lang.as_str()))
            .count()
            > 1
        {
            e.add(
                "texts",
                "besides en, pl and bg give at most one other language",
            );
        }
        let links: Vec<&str> = raw
            .video_links
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            .collect();
        if links.len() > MAX_VIDEO_LINKS {
            e.add(
                "video_links",
                format!("give at most {MAX_VIDEO_LINKS} links"),
            );
        }
        let mut video_links = Vec::new();
        for l in links {
            if let Some(w) = e.check("video_links", Website::parse(l)) {
                video_links.push(w.to_string());
            }
        }
        if raw.published && texts.is_empty() {
            e.add("texts", "write the report before publishing it");
        }
        e.into_result()?;
        let previous = self
            .repo
            .report(event_id)
            .await?
            .and_then(|r| r.published_at);
        let published_at = raw.published.then(|| previous.unwrap_or(now));
        let r = self
            .repo
            .save_report(event_id, &texts, &video_links, published_at)
            .await?;
        self.repo
            .audit(viewer.user_id, "report.save", &format!("event:{event_id}"))
            .await?;
        Ok(r)
    }

    pub async fn add_photo(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        caption: &str,
        data: &[u8],
    ) -> DomainResult<Photo> {
        self.events().get_as_organiser(viewer, event_id).await?;
        let mut e = FieldErrors::new();
        let content_type = if data.is_empty() {
            e.add("photo", "must not be empty");
            None
        } else if data.len() > MAX_PHOTO_BYTES {
            e.add("photo", "a photo may be at most 5 MB");
            None
        } else {
            let t = sniff_image(data);
            if t.is_none() {
                e.add("photo", "must be a JPEG, PNG or WebP image");
            }
            t
        };
        crate::events::check_text(&mut e, "caption", caption, 0, MAX_CAPTION);
        e.into_result()?;
        let content_type = content_type.ok_or(DomainError::NotFound)?;
        self.repo
            .add_photo(event_id, caption.trim(), content_type, data, MAX_PHOTOS)
            .await
            .map_err(|err| match err {
                DomainError::Conflict(_) => {
                    DomainError::field("photo", format!("a report has at most {MAX_PHOTOS} photos"))
                }
                other => other,
            })
    }

    /// A photo's type and bytes, for those who may read the report.
    pub async fn photo(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        photo_id: Id,
    ) -> DomainResult<(String, Vec<u8>)> {
        let (_, report) = self.get(viewer, event_id).await?;
        report.ok_or(DomainError::NotFound)?;
        self.repo
            .photo(event_id, photo_id)
            .await?
            .ok_or(DomainError::NotFound)
    }

    pub async fn delete_photo(
        &self,
        viewer: &EventViewer,
        event_id: Id,
        photo_id: Id,
    ) -> DomainResult<()> {
        self.events().get_as_organiser(viewer, event_id).await?;
        if !self.repo.delete_photo(event_id, photo_id).await? {
            return Err(DomainError::NotFound);
        }
        Ok(())
    }

    /// The published reports of the events the organisation organised that the viewer may see,
    /// newest first.
    pub async fn news(&self, viewer: &EventViewer, org_id: Id) -> DomainResult<Vec<NewsItem>> {
        let mut items = Vec::new();
        for event_id in self.repo.published_report_events(org_id).await? {
            let Ok(ev) = self.events().get(viewer, event_id).await else {
                continue;
            };
            let Some(r) = self.repo.report(event_id).await? else {
                continue;
            };
            let Some(published_at) = r.published_at else {
                continue;
            };
            items.push(NewsItem {
                event_id,
                title: ev.title,
                starts_at: ev.starts_at,
                timezone: ev.timezone,
                published_at,
                texts: r.texts,
            });
        }
        Ok(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photos_are_recognised_by_their_bytes() {
        assert_eq!(sniff_image(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
        assert_eq!(sniff_image(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(sniff_image(b"RIFF\0\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(sniff_image(b"GIF89a"), None);
        assert_eq!(sniff_image(b"<svg>"), None);
    }
}
