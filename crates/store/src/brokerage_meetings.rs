//! Placements and outcomes of brokerage meetings.
//!
//! Writes that depend on which places are free (a run's placements, a move by hand) run in one
//! transaction that first locks the event's brokerage — `BEGIN IMMEDIATE` on SQLite, the settings
//! row `FOR UPDATE` on PostgreSQL — so two organisers never put two meetings at one table.

use crate::brokerage::{RequestRow, REQUESTS};
use crate::{db_err, now, with_pool, Backend, Store};
use async_trait::async_trait;
use klaster_domain::brokerage::{MeetingOutcome, MeetingRequest, Placement};
use klaster_domain::brokerage_meetings::{BrokerageMeetingRepo, StoredPlacement};
use klaster_domain::{DomainResult, Id};
use time::OffsetDateTime;

impl Store {
    /// How to begin the transaction, and the statement that locks the event's brokerage.
    fn brokerage_lock(&self) -> (&'static str, &'static str) {
        match self.backend() {
            Backend::Sqlite => (
                "BEGIN IMMEDIATE",
                "SELECT event_id FROM brokerage_settings WHERE event_id = $1",
            ),
            Backend::Postgres => (
                "BEGIN",
                "SELECT event_id FROM brokerage_settings WHERE event_id = $1 FOR UPDATE",
            ),
        }
    }
}

#[async_trait]
impl BrokerageMeetingRepo for Store {
    async fn store_schedule(
        &self,
        event_id: Id,
        placements: &[StoredPlacement],
        report: &str,
    ) -> DomainResult<()> {
        let (begin, lock) = self.brokerage_lock();
        with_pool!(self, p => {
            let mut tx = p.begin_with(begin).await.map_err(db_err)?;
            sqlx::query(lock).bind(event_id).fetch_optional(&mut *tx).await.map_err(db_err)?;
            for s in placements {
                // A request cancelled while the scheduler ran is no meeting any more: left alone.
                sqlx::query(
                    "UPDATE brokerage_requests SET slot_start = $1, table_no = $2, locked = $3, published = $4 \
                     WHERE id = $5 AND event_id = $6 AND status = 'accepted'",
                )
                .bind(s.placement.map(|p| p.slot_start.unix_timestamp()))
                .bind(s.placement.and_then(|p| p.table))
                .bind(s.locked)
                .bind(s.published)
                .bind(s.request_id)
                .bind(event_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            }
            sqlx::query("UPDATE brokerage_settings SET last_run = $1, updated_at = $2 WHERE event_id = $3")
                .bind(report)
                .bind(now())
                .bind(event_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            tx.commit().await.map_err(db_err)?;
        });
        Ok(())
    }

    async fn publish_schedule(&self, event_id: Id, at: OffsetDateTime) -> DomainResult<()> {
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            sqlx::query(
                "UPDATE brokerage_requests SET published = (slot_start IS NOT NULL) \
                 WHERE event_id = $1 AND status = 'accepted'",
            )
            .bind(event_id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
            sqlx::query("UPDATE brokerage_settings SET published_at = $1, updated_at = $2 WHERE event_id = $3")
                .bind(at.unix_timestamp())
                .bind(now())
                .bind(event_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            tx.commit().await.map_err(db_err)?;
        });
        Ok(())
    }

    async fn set_meeting_locked(
        &self,
        event_id: Id,
        request_id: Id,
        locked: bool,
    ) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE brokerage_requests SET locked = $1 WHERE id = $2 AND event_id = $3 AND status = 'accepted'",
        )
        .bind(locked)
        .bind(request_id)
        .bind(event_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n == 1)
    }

    async fn move_meeting(
        &self,
        event_id: Id,
        request_id: Id,
        placement: &Placement,
    ) -> DomainResult<bool> {
        let (begin, lock) = self.brokerage_lock();
        let start = placement.slot_start.unix_timestamp();
        with_pool!(self, p => {
            let mut tx = p.begin_with(begin).await.map_err(db_err)?;
            sqlx::query(lock).bind(event_id).fetch_optional(&mut *tx).await.map_err(db_err)?;
            let pair: Option<(i64, i64)> = sqlx::query_as(
                "SELECT requester_id, recipient_id FROM brokerage_requests \
                 WHERE id = $1 AND event_id = $2 AND status = 'accepted'",
            )
            .bind(request_id)
            .bind(event_id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_err)?;
            let Some((a, b)) = pair else {
                return Ok(false);
            };
            let clash: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM brokerage_requests \
                 WHERE event_id = $1 AND status = 'accepted' AND id <> $2 AND slot_start = $3 \
                 AND (requester_id IN ($4, $5) OR recipient_id IN ($4, $5) OR table_no = $6) LIMIT 1",
            )
            .bind(event_id)
            .bind(request_id)
            .bind(start)
            .bind(a)
            .bind(b)
            .bind(placement.table)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_err)?;
            if clash.is_some() {
                return Ok(false);
            }
            sqlx::query(
                "UPDATE brokerage_requests SET slot_start = $1, table_no = $2, locked = TRUE WHERE id = $3",
            )
            .bind(start)
            .bind(placement.table)
            .bind(request_id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
            tx.commit().await.map_err(db_err)?;
        });
        Ok(true)
    }

    async fn set_meeting_outcome(
        &self,
        event_id: Id,
        request_id: Id,
        outcome: MeetingOutcome,
        note: Option<&str>,
    ) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE brokerage_requests SET outcome = $1, outcome_note = $2 \
             WHERE id = $3 AND event_id = $4 AND status = 'accepted'",
        )
        .bind(outcome.code())
        .bind(note)
        .bind(request_id)
        .bind(event_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n == 1)
    }

    async fn published_meetings_of_user(&self, user_id: Id) -> DomainResult<Vec<MeetingRequest>> {
        let sql = format!(
            "{REQUESTS} WHERE r.status = 'accepted' AND r.published = TRUE AND r.slot_start IS NOT NULL \
             AND (a.user_id = $1 OR b.user_id = $1) ORDER BY r.slot_start, r.id"
        );
        let rows: Vec<RequestRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(user_id).fetch_all(p).await)
            .map_err(db_err)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }
}
