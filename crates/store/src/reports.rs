//! Reports published after an event: texts in several languages, photos and video links.

use crate::rows::json_list;
use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::reports::*;
use klaster_domain::{DomainError, DomainResult, Id, LocalizedText};
use time::OffsetDateTime;

#[async_trait]
impl ReportRepo for Store {
    async fn report(&self, event_id: Id) -> DomainResult<Option<Report>> {
        let row: Option<(String, String, Option<i64>, i64)> = with_pool!(self, p => sqlx::query_as(
            "SELECT bodies, video_links, published_at, updated_at FROM event_reports WHERE event_id = $1",
        )
        .bind(event_id)
        .fetch_optional(p)
        .await)
        .map_err(db_err)?;
        let Some((bodies, links, published_at, updated_at)) = row else {
            return Ok(None);
        };
        let photos: Vec<(i64, String, String, i64)> = with_pool!(self, p => sqlx::query_as(
            "SELECT id, caption, content_type, size FROM report_photos WHERE event_id = $1 ORDER BY id",
        )
        .bind(event_id)
        .fetch_all(p)
        .await)
        .map_err(db_err)?;
        Ok(Some(Report {
            event_id,
            texts: json_list(&bodies),
            video_links: json_list(&links),
            published_at: published_at.map(ts),
            photos: photos
                .into_iter()
                .map(|(id, caption, content_type, size)| Photo {
                    id,
                    caption,
                    content_type,
                    size,
                })
                .collect(),
            updated_at: ts(updated_at),
        }))
    }

    async fn save_report(
        &self,
        event_id: Id,
        texts: &[LocalizedText],
        video_links: &[String],
        published_at: Option<OffsetDateTime>,
    ) -> DomainResult<Report> {
        const UPSERT: &str = "INSERT INTO event_reports (event_id, bodies, video_links, published_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id) DO UPDATE SET bodies = excluded.bodies, \
             video_links = excluded.video_links, published_at = excluded.published_at, updated_at = excluded.updated_at";
        let bodies = serde_json::to_string(texts).map_err(DomainError::internal)?;
        let links = serde_json::to_string(video_links).map_err(DomainError::internal)?;
        with_pool!(self, p => sqlx::query(UPSERT)
            .bind(event_id)
            .bind(&bodies)
            .bind(&links)
            .bind(published_at.map(|t| t.unix_timestamp()))
            .bind(now())
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        self.report(event_id).await?.ok_or(DomainError::NotFound)
    }

    async fn add_photo(
        &self,
        event_id: Id,
        caption: &str,
        content_type: &str,
        data: &[u8],
        max: i64,
    ) -> DomainResult<Photo> {
        // The report row is created (empty, unpublished) with the first photo, and locked so
        // that parallel uploads cannot pass the limit together.
        const ENSURE: &str = "INSERT INTO event_reports (event_id, updated_at) VALUES ($1, $2) \
             ON CONFLICT (event_id) DO UPDATE SET updated_at = excluded.updated_at";
        let id: i64 = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            sqlx::query(ENSURE)
                .bind(event_id)
                .bind(now())
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM report_photos WHERE event_id = $1")
                .bind(event_id)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
            if count >= max {
                return Err(DomainError::Conflict(format!("at most {max} photos")));
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO report_photos (event_id, caption, content_type, size, data, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(event_id)
            .bind(caption)
            .bind(content_type)
            .bind(data.len() as i64)
            .bind(data)
            .bind(now())
            .fetch_one(&mut *tx)
            .await
            .map_err(db_err)?;
            tx.commit().await.map_err(db_err)?;
            id
        });
        Ok(Photo {
            id,
            caption: caption.to_string(),
            content_type: content_type.to_string(),
            size: data.len() as i64,
        })
    }

    async fn photo(&self, event_id: Id, photo_id: Id) -> DomainResult<Option<(String, Vec<u8>)>> {
        with_pool!(self, p => sqlx::query_as(
            "SELECT content_type, data FROM report_photos WHERE id = $1 AND event_id = $2",
        )
        .bind(photo_id)
        .bind(event_id)
        .fetch_optional(p)
        .await)
        .map_err(db_err)
    }

    async fn delete_photo(&self, event_id: Id, photo_id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query("DELETE FROM report_photos WHERE id = $1 AND event_id = $2")
            .bind(photo_id)
            .bind(event_id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn published_report_events(&self, org_id: Id) -> DomainResult<Vec<Id>> {
        with_pool!(self, p => sqlx::query_scalar(
            "SELECT r.event_id FROM event_reports r JOIN event_organisers eo ON eo.event_id = r.event_id \
             WHERE eo.org_id = $1 AND r.published_at IS NOT NULL ORDER BY r.published_at DESC, r.event_id DESC",
        )
        .bind(org_id)
        .fetch_all(p)
        .await)
        .map_err(db_err)
    }
}
