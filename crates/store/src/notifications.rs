//! In-app notifications.

use crate::rows::json;
use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::notifications::*;
use klaster_domain::{DomainResult, Id};
use std::collections::BTreeSet;

type NoteRow = (i64, i64, String, String, String, i64, Option<i64>);

#[async_trait]
impl NotificationRepo for Store {
    async fn notify(&self, user_ids: &[Id], note: &NewNotification) -> DomainResult<()> {
        let params = json(&note.params)?;
        let users: BTreeSet<Id> = user_ids.iter().copied().collect();
        let t = now();
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            for u in &users {
                sqlx::query(
                    "INSERT INTO notifications (user_id, kind, link, params, created_at) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(u)
                .bind(&note.kind)
                .bind(&note.link)
                .bind(&params)
                .bind(t)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            }
            tx.commit().await.map_err(db_err)
        })
    }

    async fn notifications(&self, user_id: Id, limit: i64) -> DomainResult<Vec<Notification>> {
        self.note_list(user_id, false, limit).await
    }

    async fn unread_notification_list(
        &self,
        user_id: Id,
        limit: i64,
    ) -> DomainResult<Vec<Notification>> {
        self.note_list(user_id, true, limit).await
    }

    async fn unread_notifications(&self, user_id: Id) -> DomainResult<i64> {
        with_pool!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL",
        )
        .bind(user_id)
        .fetch_one(p)
        .await)
        .map_err(db_err)
    }

    async fn mark_notification_read(&self, user_id: Id, id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE notifications SET read_at = COALESCE(read_at, $1) WHERE id = $2 AND user_id = $3",
        )
        .bind(now())
        .bind(id)
        .bind(user_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn mark_all_notifications_read(&self, user_id: Id) -> DomainResult<u64> {
        with_pool!(self, p => sqlx::query(
            "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL",
        )
        .bind(now())
        .bind(user_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)
    }
}

impl Store {
    async fn note_list(
        &self,
        user_id: Id,
        unread_only: bool,
        limit: i64,
    ) -> DomainResult<Vec<Notification>> {
        let filter = if unread_only {
            " AND read_at IS NULL"
        } else {
            ""
        };
        let sql = format!(
            "SELECT id, user_id, kind, link, params, created_at, read_at FROM notifications \
             WHERE user_id = $1{filter} ORDER BY created_at DESC, id DESC LIMIT $2"
        );
        let rows: Vec<NoteRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(user_id)
            .bind(limit)
            .fetch_all(p)
            .await)
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(
                |(id, user_id, kind, link, params, created_at, read_at)| Notification {
                    id,
                    user_id,
                    kind,
                    link,
                    params: serde_json::from_str(&params).unwrap_or_default(),
                    created_at: ts(created_at),
                    read_at: read_at.map(ts),
                },
            )
            .collect())
    }
}
