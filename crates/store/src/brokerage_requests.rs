//! Writing meeting requests and blocks of brokerage events.
//!
//! Writes whose rules depend on other rows (the caps, one open request per pair, blocks) run in
//! one transaction that first locks the event's brokerage settings row (`BEGIN IMMEDIATE` on
//! SQLite, the row's update lock on PostgreSQL), then counts and writes under that lock, so two
//! parallel requests or acceptances cannot both pass a cap.

use crate::brokerage::{RequestRow, REQUESTS};
use crate::{db_err, now, ts, with_pool, Backend, Store};
use async_trait::async_trait;
use klaster_domain::brokerage::{MeetingRequest, ParticipantRef, RequestStatus};
use klaster_domain::brokerage_requests::*;
use klaster_domain::{DomainError, DomainResult, Id};

/// Takes the event's brokerage lock; `NotFound` when the event has no brokerage settings.
macro_rules! lock_brokerage {
    ($tx:expr, $event_id:expr) => {{
        let locked = sqlx::query(
            "UPDATE brokerage_settings SET updated_at = updated_at WHERE event_id = $1",
        )
        .bind($event_id)
        .execute(&mut *$tx)
        .await
        .map_err(db_err)?
        .rows_affected();
        if locked == 0 {
            return Err(DomainError::NotFound);
        }
    }};
}

/// One number from a query with up to two id parameters.
macro_rules! count {
    ($tx:expr, $sql:expr, $($arg:expr),+) => {{
        let n: i64 = sqlx::query_scalar($sql)
            $(.bind($arg))+
            .fetch_one(&mut *$tx)
            .await
            .map_err(db_err)?;
        n
    }};
}

const ACCEPTED_OF: &str = "SELECT COUNT(*) FROM brokerage_requests \
     WHERE status = 'accepted' AND (requester_id = $1 OR recipient_id = $1)";

/// The first of the two participants who already has `max` accepted meetings.
macro_rules! full {
    ($tx:expr, $max:expr, $a:expr, $b:expr) => {{
        let mut full = None;
        if let Some(max) = $max {
            for p in [$a, $b] {
                if full.is_none() && count!($tx, ACCEPTED_OF, p) >= max {
                    full = Some(p);
                }
            }
        }
        full
    }};
}

impl Store {
    fn lock_begin(&self) -> &'static str {
        match self.backend() {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            Backend::Postgres => "BEGIN",
        }
    }
}

#[derive(sqlx::FromRow)]
struct BlockRow {
    participant_id: i64,
    blocked_id: i64,
    blocked_user: i64,
    blocked_name: String,
    blocked_org: Option<String>,
    created_at: i64,
}

impl From<BlockRow> for Block {
    fn from(r: BlockRow) -> Self {
        Block {
            participant_id: r.participant_id,
            blocked: ParticipantRef {
                id: r.blocked_id,
                user_id: r.blocked_user,
                name: r.blocked_name,
                org_name: r.blocked_org,
            },
            created_at: ts(r.created_at),
        }
    }
}

#[async_trait]
impl BrokerageRequestRepo for Store {
    async fn meeting_requests_of(
        &self,
        event_id: Id,
        participant_id: Id,
    ) -> DomainResult<Vec<MeetingRequest>> {
        let sql = format!(
            "{REQUESTS} WHERE r.event_id = $1 AND (r.requester_id = $2 OR r.recipient_id = $2) \
             ORDER BY r.created_at DESC, r.id DESC"
        );
        let rows: Vec<RequestRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(event_id)
            .bind(participant_id)
            .fetch_all(p)
            .await)
        .map_err(db_err)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    #[tracing::instrument(skip(self, new), fields(event_id = new.event_id))]
    async fn create_meeting_request(
        &self,
        new: &NewMeetingRequest,
        max_meetings: Option<i64>,
    ) -> DomainResult<Result<Id, Refusal>> {
        let (a, b) = (new.requester_id, new.recipient_id);
        let (low, high) = (a.min(b), a.max(b));
        let now = now();
        let accepted = new.status == RequestStatus::Accepted;
        Ok(with_pool!(self, p => {
            let mut tx = p.begin_with(self.lock_begin()).await.map_err(db_err)?;
            lock_brokerage!(tx, new.event_id);
            let blocks = count!(tx,
                "SELECT COUNT(*) FROM brokerage_blocks WHERE (participant_id = $1 AND blocked_id = $2) \
                 OR (participant_id = $2 AND blocked_id = $1)", a, b);
            let open = count!(tx,
                "SELECT COUNT(*) FROM brokerage_requests WHERE event_id = $1 AND low_id = $2 AND high_id = $3 \
                 AND status IN ('pending', 'accepted')", new.event_id, low, high);
            let sent = match max_meetings {
                Some(_) => count!(tx,
                    "SELECT COUNT(*) FROM brokerage_requests WHERE requester_id = $1 \
                     AND status IN ('pending', 'accepted')", a),
                None => 0,
            };
            let refusal = if blocks > 0 {
                Some(Refusal::Blocked)
            } else if open > 0 {
                Some(Refusal::PairOpen)
            } else if max_meetings.is_some_and(|max| sent >= max) {
                Some(Refusal::TooManySent)
            } else {
                full!(tx, max_meetings, a, b).map(Refusal::Full)
            };
            match refusal {
                Some(r) => Err(r),
                None => {
                    let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
                        "INSERT INTO brokerage_requests (event_id, requester_id, recipient_id, low_id, high_id, \
                         message, priority, status, created_at, decided_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
                    )
                    .bind(new.event_id)
                    .bind(a)
                    .bind(b)
                    .bind(low)
                    .bind(high)
                    .bind(&new.message)
                    .bind(new.priority.code())
                    .bind(new.status.code())
                    .bind(now)
                    .bind(accepted.then_some(now))
                    .fetch_one(&mut *tx)
                    .await;
                    match inserted {
                        // The partial unique index on open pairs backs the count above.
                        Err(sqlx::Error::Database(d)) if d.is_unique_violation() => Err(Refusal::PairOpen),
                        Err(e) => return Err(db_err(e)),
                        Ok(id) => {
                            tx.commit().await.map_err(db_err)?;
                            Ok(id)
                        }
                    }
                }
            }
        }))
    }

    #[tracing::instrument(skip(self))]
    async fn accept_meeting_request(
        &self,
        event_id: Id,
        request_id: Id,
        max_meetings: Option<i64>,
    ) -> DomainResult<Result<(), Refusal>> {
        let now = now();
        Ok(with_pool!(self, p => {
            let mut tx = p.begin_with(self.lock_begin()).await.map_err(db_err)?;
            lock_brokerage!(tx, event_id);
            let row: Option<(i64, i64, String)> = sqlx::query_as(
                "SELECT requester_id, recipient_id, status FROM brokerage_requests WHERE id = $1 AND event_id = $2",
            )
            .bind(request_id)
            .bind(event_id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_err)?;
            let (a, b, status) = row.ok_or(DomainError::NotFound)?;
            if status != RequestStatus::Pending.code() {
                Err(Refusal::NotPending)
            } else if let Some(p) = full!(tx, max_meetings, b, a) {
                Err(Refusal::Full(p))
            } else {
                sqlx::query("UPDATE brokerage_requests SET status = 'accepted', decided_at = $1 WHERE id = $2")
                    .bind(now)
                    .bind(request_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                tx.commit().await.map_err(db_err)?;
                Ok(())
            }
        }))
    }

    #[tracing::instrument(skip(self))]
    async fn close_meeting_request(
        &self,
        event_id: Id,
        request_id: Id,
        from: RequestStatus,
        to: RequestStatus,
    ) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE brokerage_requests SET status = $1, decided_at = $2, slot_start = NULL, table_no = NULL, \
             locked = FALSE, published = FALSE WHERE id = $3 AND event_id = $4 AND status = $5",
        )
        .bind(to.code())
        .bind(now())
        .bind(request_id)
        .bind(event_id)
        .bind(from.code())
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn brokerage_blocks(&self, participant_id: Id) -> DomainResult<Vec<Block>> {
        let rows: Vec<BlockRow> = with_pool!(self, p => sqlx::query_as(
            "SELECT k.participant_id, k.blocked_id, b.user_id AS blocked_user, u.display_name AS blocked_name, \
             o.name AS blocked_org, k.created_at FROM brokerage_blocks k \
             JOIN brokerage_participants b ON b.id = k.blocked_id JOIN users u ON u.id = b.user_id \
             LEFT JOIN organisations o ON o.id = b.org_id \
             WHERE k.participant_id = $1 OR k.blocked_id = $1 ORDER BY u.display_name, k.blocked_id",
        )
        .bind(participant_id)
        .fetch_all(p)
        .await)
        .map_err(db_err)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    #[tracing::instrument(skip(self))]
    async fn block_participant(
        &self,
        event_id: Id,
        participant_id: Id,
        blocked_id: Id,
    ) -> DomainResult<u64> {
        let (low, high) = (
            participant_id.min(blocked_id),
            participant_id.max(blocked_id),
        );
        let now = now();
        with_pool!(self, p => {
            let mut tx = p.begin_with(self.lock_begin()).await.map_err(db_err)?;
            lock_brokerage!(tx, event_id);
            sqlx::query(
                "INSERT INTO brokerage_blocks (participant_id, blocked_id, created_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (participant_id, blocked_id) DO NOTHING",
            )
            .bind(participant_id)
            .bind(blocked_id)
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
            let cancelled = sqlx::query(
                "UPDATE brokerage_requests SET status = 'cancelled', decided_at = $1, slot_start = NULL, \
                 table_no = NULL, locked = FALSE, published = FALSE \
                 WHERE event_id = $2 AND low_id = $3 AND high_id = $4 AND status IN ('pending', 'accepted')",
            )
            .bind(now)
            .bind(event_id)
            .bind(low)
            .bind(high)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?
            .rows_affected();
            tx.commit().await.map_err(db_err)?;
            Ok(cancelled)
        })
    }

    async fn unblock_participant(&self, participant_id: Id, blocked_id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query(
            "DELETE FROM brokerage_blocks WHERE participant_id = $1 AND blocked_id = $2",
        )
        .bind(participant_id)
        .bind(blocked_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }
}
