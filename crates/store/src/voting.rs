//! Live statement voting: statements opened one at a time, one vote per participant.

use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::voting::*;
use klaster_domain::{DomainError, DomainResult, Id};

#[derive(sqlx::FromRow)]
struct StatementRow {
    id: i64,
    event_id: i64,
    session_id: Option<i64>,
    text: String,
    scale: String,
    status: String,
    position: i64,
    opened_at: Option<i64>,
    closed_at: Option<i64>,
}

const COLS: &str =
    "id, event_id, session_id, text, scale, status, position, opened_at, closed_at FROM statements";

impl StatementRow {
    fn into_statement(self) -> DomainResult<Statement> {
        let bad = |e: String| DomainError::Internal(format!("statement {}: {e}", self.id));
        Ok(Statement {
            scale: Scale::parse(&self.scale).map_err(bad)?,
            status: StatementStatus::parse(&self.status).map_err(bad)?,
            id: self.id,
            event_id: self.event_id,
            session_id: self.session_id,
            text: self.text,
            position: self.position,
            opened_at: self.opened_at.map(ts),
            closed_at: self.closed_at.map(ts),
        })
    }
}

#[async_trait]
impl VotingRepo for Store {
    async fn statements(&self, event_id: Id) -> DomainResult<Vec<Statement>> {
        let sql = format!("SELECT {COLS} WHERE event_id = $1 ORDER BY position, id");
        let rows: Vec<StatementRow> =
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(event_id)
            .fetch_all(p)
            .await)
            .map_err(db_err)?;
        rows.into_iter().map(StatementRow::into_statement).collect()
    }

    async fn statement(&self, id: Id) -> DomainResult<Option<Statement>> {
        let sql = format!("SELECT {COLS} WHERE id = $1");
        let row: Option<StatementRow> =
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(id)
            .fetch_optional(p)
            .await)
            .map_err(db_err)?;
        row.map(StatementRow::into_statement).transpose()
    }

    async fn create_statement(
        &self,
        event_id: Id,
        input: &StatementInput,
    ) -> DomainResult<Statement> {
        let id: i64 = with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO statements (event_id, session_id, text, scale, status, position, created_at) \
             VALUES ($1, $2, $3, $4, 'draft', \
                     (SELECT COALESCE(MAX(position), 0) + 1 FROM statements WHERE event_id = $1), $5) \
             RETURNING id",
        )
        .bind(event_id)
        .bind(input.session_id)
        .bind(&input.text)
        .bind(input.scale.code())
        .bind(now())
        .fetch_one(p)
        .await)
        .map_err(db_err)?;
        self.statement(id).await?.ok_or(DomainError::NotFound)
    }

    async fn update_statement(&self, id: Id, input: &StatementInput) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE statements SET text = $1, scale = $2, session_id = $3 WHERE id = $4 AND status = 'draft'",
        )
        .bind(&input.text)
        .bind(input.scale.code())
        .bind(input.session_id)
        .bind(id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n == 1)
    }

    async fn delete_statement(&self, id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query("DELETE FROM statements WHERE id = $1 AND status = 'draft'")
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n == 1)
    }

    async fn reorder_statements(&self, event_id: Id, ids: &[Id]) -> DomainResult<()> {
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            for (i, id) in ids.iter().enumerate() {
                sqlx::query("UPDATE statements SET position = $1 WHERE id = $2 AND event_id = $3")
                    .bind(i as i64 + 1)
                    .bind(id)
                    .bind(event_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
            }
            tx.commit().await.map_err(db_err)?;
        });
        Ok(())
    }

    async fn open_statement(&self, event_id: Id, id: Id) -> DomainResult<bool> {
        let at = now();
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            // Lock the event's statements first: of two organisers opening at once, the second
            // waits and then closes what the first opened, so only one stays open.
            sqlx::query("UPDATE statements SET position = position WHERE event_id = $1")
                .bind(event_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            let opened = sqlx::query(
                "UPDATE statements SET status = 'open', opened_at = $1 \
                 WHERE id = $2 AND event_id = $3 AND status = 'draft'",
            )
            .bind(at)
            .bind(id)
            .bind(event_id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?
            .rows_affected();
            if opened == 0 {
                return Ok(false);
            }
            sqlx::query(
                "UPDATE statements SET status = 'closed', closed_at = $1 \
                 WHERE event_id = $2 AND status = 'open' AND id <> $3",
            )
            .bind(at)
            .bind(event_id)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
            tx.commit().await.map_err(db_err)?;
        });
        Ok(true)
    }

    async fn close_statement(&self, id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE statements SET status = 'closed', closed_at = $1 WHERE id = $2 AND status = 'open'",
        )
        .bind(now())
        .bind(id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n == 1)
    }

    async fn cast_vote(&self, statement_id: Id, user_id: Id, value: i64) -> DomainResult<bool> {
        // One statement: the open check and the upsert cannot be separated by a close. The
        // WHERE also keeps SQLite's parser from reading ON CONFLICT as part of a join.
        let n = with_pool!(self, p => sqlx::query(
            "INSERT INTO votes (statement_id, user_id, value, updated_at) \
             SELECT $1, $2, $3, $4 WHERE EXISTS \
               (SELECT 1 FROM statements WHERE id = $1 AND status = 'open') \
             ON CONFLICT (statement_id, user_id) \
             DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )
        .bind(statement_id)
        .bind(user_id)
        .bind(value)
        .bind(now())
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n == 1)
    }

    async fn vote_counts(&self, statement_id: Id) -> DomainResult<Vec<(i64, i64)>> {
        with_pool!(self, p => sqlx::query_as(
            "SELECT value, COUNT(*) FROM votes WHERE statement_id = $1 GROUP BY value ORDER BY value",
        )
        .bind(statement_id)
        .fetch_all(p)
        .await)
        .map_err(db_err)
    }

    async fn my_vote(&self, statement_id: Id, user_id: Id) -> DomainResult<Option<i64>> {
        with_pool!(self, p => sqlx::query_scalar(
            "SELECT value FROM votes WHERE statement_id = $1 AND user_id = $2",
        )
        .bind(statement_id)
        .bind(user_id)
        .fetch_optional(p)
        .await)
        .map_err(db_err)
    }
}
