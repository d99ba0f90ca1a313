//! News posts and their images.

use crate::rows::json_list;
use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::news::*;
use klaster_domain::{DomainError, DomainResult, Id};
use time::OffsetDateTime;

type PostRow = (
    i64,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    String,
    String,
    Option<i64>,
    i64,
    i64,
    String,
);

const POST_SELECT: &str = "SELECT n.id, n.org_id, n.project_id, n.meta_cluster_id, n.texts, n.links, \
     n.published_at, n.created_at, n.updated_at, COALESCE(o.name, p.acronym, m.name, '') \
     FROM news_posts n LEFT JOIN organisations o ON o.id = n.org_id \
     LEFT JOIN projects p ON p.id = n.project_id LEFT JOIN meta_clusters m ON m.id = n.meta_cluster_id";

fn post_from(r: PostRow) -> DomainResult<NewsPost> {
    let (id, org, project, meta, texts, links, published_at, created_at, updated_at, name) = r;
    let author = match (org, project, meta) {
        (Some(o), _, _) => NewsAuthor::Organisation(o),
        (_, Some(p), _) => NewsAuthor::Project(p),
        (_, _, Some(m)) => NewsAuthor::MetaCluster(m),
        _ => {
            return Err(DomainError::Internal(format!(
                "news post {id} has no author"
            )))
        }
    };
    Ok(NewsPost {
        id,
        author,
        author_name: name,
        texts: json_list(&texts),
        links: json_list(&links),
        images: Vec::new(),
        published_at: published_at.map(ts),
        created_at: ts(created_at),
        updated_at: ts(updated_at),
    })
}

fn author_columns(author: NewsAuthor) -> (Option<Id>, Option<Id>, Option<Id>) {
    match author {
        NewsAuthor::Organisation(id) => (Some(id), None, None),
        NewsAuthor::Project(id) => (None, Some(id), None),
        NewsAuthor::MetaCluster(id) => (None, None, Some(id)),
    }
}

#[async_trait]
impl NewsRepo for Store {
    async fn count_news_posts(&self) -> DomainResult<i64> {
        with_pool!(self, p => sqlx::query_scalar("SELECT COUNT(*) FROM news_posts").fetch_one(p).await)
            .map_err(db_err)
    }

    async fn news_author_name(&self, author: NewsAuthor) -> DomainResult<Option<String>> {
        let sql = match author {
            NewsAuthor::Organisation(_) => "SELECT name FROM organisations WHERE id = $1",
            NewsAuthor::Project(_) => "SELECT acronym FROM projects WHERE id = $1",
            NewsAuthor::MetaCluster(_) => "SELECT name FROM meta_clusters WHERE id = $1",
        };
        with_pool!(self, p => sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).bind(author.id()).fetch_optional(p).await)
            .map_err(db_err)
    }

    async fn create_news_post(
        &self,
        author: NewsAuthor,
        input: &NewsInput,
        published_at: Option<OffsetDateTime>,
        created_by: Option<Id>,
    ) -> DomainResult<Id> {
        let texts = serde_json::to_string(&input.texts).map_err(DomainError::internal)?;
        let links = serde_json::to_string(&input.links).map_err(DomainError::internal)?;
        let (org, project, meta) = author_columns(author);
        let t = now();
        with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO news_posts (org_id, project_id, meta_cluster_id, texts, links, published_at, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
        )
        .bind(org)
        .bind(project)
        .bind(meta)
        .bind(&texts)
        .bind(&links)
        .bind(published_at.map(|t| t.unix_timestamp()))
        .bind(created_by)
        .bind(t)
        .fetch_one(p)
        .await)
        .map_err(db_err)
    }

    async fn update_news_post(
        &self,
        id: Id,
        input: &NewsInput,
        published_at: Option<OffsetDateTime>,
    ) -> DomainResult<bool> {
        let texts = serde_json::to_string(&input.texts).map_err(DomainError::internal)?;
        let links = serde_json::to_string(&input.links).map_err(DomainError::internal)?;
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE news_posts SET texts = $1, links = $2, published_at = $3, updated_at = $4 WHERE id = $5",
        )
        .bind(&texts)
        .bind(&links)
        .bind(published_at.map(|t| t.unix_timestamp()))
        .bind(now())
        .bind(id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn delete_news_post(&self, id: Id) -> DomainResult<bool> {
        // Images go first: SQLite enforces the cascade only with foreign keys switched on.
        let n = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            sqlx::query("DELETE FROM news_images WHERE post_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            let n = sqlx::query("DELETE FROM news_posts WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
            tx.commit().await.map_err(db_err)?;
            n
        });
        Ok(n > 0)
    }

    async fn news_post(&self, id: Id) -> DomainResult<Option<NewsPost>> {
        let sql = format!("{POST_SELECT} WHERE n.id = $1");
        let row: Option<PostRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(p).await)
            .map_err(db_err)?;
        let Some(row) = row else { return Ok(None) };
        let mut post = post_from(row)?;
        let images: Vec<(i64, String, String, i64)> = with_pool!(self, p => sqlx::query_as(
            "SELECT id, caption, content_type, size FROM news_images WHERE post_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(p)
        .await)
        .map_err(db_err)?;
        post.images = images
            .into_iter()
            .map(|(id, caption, content_type, size)| NewsImage {
                id,
                caption,
                content_type,
                size,
            })
            .collect();
        Ok(Some(post))
    }

    async fn news_posts(
        &self,
        author: Option<NewsAuthor>,
        kind: Option<NewsAuthorKind>,
        drafts: bool,
    ) -> DomainResult<Vec<NewsPost>> {
        let mut conds: Vec<&str> = Vec::new();
        if !drafts {
            conds.push("n.published_at IS NOT NULL");
        }
        let kind = author.map(|a| a.kind()).or(kind);
        let column = kind.map(|k| match k {
            NewsAuthorKind::Organisation => "n.org_id",
            NewsAuthorKind::Project => "n.project_id",
            NewsAuthorKind::MetaCluster => "n.meta_cluster_id",
        });
        let cond;
        if let Some(c) = column {
            cond = if author.is_some() {
                format!("{c} = $1")
            } else {
                format!("{c} IS NOT NULL AND $1 = $1")
            };
            conds.push(&cond);
        }
        let mut sql = POST_SELECT.to_string();
        if !conds.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&conds.join(" AND "));
        }
        sql.push_str(" ORDER BY COALESCE(n.published_at, n.updated_at) DESC, n.id DESC");
        let bind = author.map(|a| a.id()).unwrap_or(0);
        let rows: Vec<PostRow> = if column.is_some() {
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(bind).fetch_all(p).await)
        } else {
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(p).await)
        }
        .map_err(db_err)?;
        rows.into_iter().map(post_from).collect()
    }

    async fn news_report_events(&self, org_id: Option<Id>) -> DomainResult<Vec<Id>> {
        match org_id {
            Some(org) => with_pool!(self, p => sqlx::query_scalar(
                "SELECT r.event_id FROM event_reports r JOIN event_organisers eo ON eo.event_id = r.event_id \
                 WHERE eo.org_id = $1 AND r.published_at IS NOT NULL ORDER BY r.published_at DESC, r.event_id DESC",
            )
            .bind(org)
            .fetch_all(p)
            .await),
            None => with_pool!(self, p => sqlx::query_scalar(
                "SELECT event_id FROM event_reports WHERE published_at IS NOT NULL \
                 ORDER BY published_at DESC, event_id DESC",
            )
            .fetch_all(p)
            .await),
        }
        .map_err(db_err)
    }

    async fn add_news_image(
        &self,
        post_id: Id,
        caption: &str,
        content_type: &str,
        data: &[u8],
        max: i64,
    ) -> DomainResult<NewsImage> {
        // The post row is locked (touched) first so that parallel uploads cannot pass the limit.
        let id: i64 = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let touched = sqlx::query("UPDATE news_posts SET updated_at = $1 WHERE id = $2")
                .bind(now())
                .bind(post_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
            if touched == 0 {
                return Err(DomainError::NotFound);
            }
            let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM news_images WHERE post_id = $1")
                .bind(post_id)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
            if count >= max {
                return Err(DomainError::Conflict(format!("at most {max} images")));
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO news_images (post_id, caption, content_type, size, data, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(post_id)
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
        Ok(NewsImage {
            id,
            caption: caption.to_string(),
            content_type: content_type.to_string(),
            size: data.len() as i64,
        })
    }

    async fn news_image(
        &self,
        post_id: Id,
        image_id: Id,
    ) -> DomainResult<Option<(String, Vec<u8>)>> {
        with_pool!(self, p => sqlx::query_as(
            "SELECT content_type, data FROM news_images WHERE id = $1 AND post_id = $2",
        )
        .bind(image_id)
        .bind(post_id)
        .fetch_optional(p)
        .await)
        .map_err(db_err)
    }

    async fn delete_news_image(&self, post_id: Id, image_id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query("DELETE FROM news_images WHERE id = $1 AND post_id = $2")
            .bind(image_id)
            .bind(post_id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }
}
