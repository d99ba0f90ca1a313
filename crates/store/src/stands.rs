//! Stands: organisations presenting their offer at an event.

use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::stands::*;
use klaster_domain::*;

type StandRow = (i64, i64, i64, String, Option<String>, String, i64);

const STAND_SQL: &str =
    "SELECT s.id, s.event_id, s.org_id, o.name, s.label, s.offer, s.created_at \
     FROM event_stands s JOIN organisations o ON o.id = s.org_id WHERE ";

fn stand(r: StandRow) -> Stand {
    Stand {
        id: r.0,
        event_id: r.1,
        org_id: r.2,
        org_name: r.3,
        label: r.4,
        offer: r.5,
        created_at: ts(r.6),
    }
}

#[async_trait]
impl StandRepo for Store {
    async fn stands(&self, event_id: Id) -> DomainResult<Vec<Stand>> {
        // Labelled stands first, in label order; then the others by name.
        let sql = format!(
            "{STAND_SQL}s.event_id = $1 ORDER BY CASE WHEN s.label IS NULL THEN 1 ELSE 0 END, \
             s.label, o.name, s.id"
        );
        let rows: Vec<StandRow> =
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(event_id)
            .fetch_all(p)
            .await)
            .map_err(db_err)?;
        Ok(rows.into_iter().map(stand).collect())
    }

    async fn stand(&self, id: Id) -> DomainResult<Option<Stand>> {
        let sql = format!("{STAND_SQL}s.id = $1");
        let row: Option<StandRow> =
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(id)
            .fetch_optional(p)
            .await)
            .map_err(db_err)?;
        Ok(row.map(stand))
    }

    async fn create_stand(&self, event_id: Id, org_id: Id, offer: &str) -> DomainResult<Stand> {
        let id: i64 = with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO event_stands (event_id, org_id, offer, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(event_id)
            .bind(org_id)
            .bind(offer)
            .bind(now())
            .fetch_one(p)
            .await)
        .map_err(db_err)?;
        self.stand(id).await?.ok_or(DomainError::NotFound)
    }

    async fn set_stand_offer(&self, id: Id, offer: &str) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query("UPDATE event_stands SET offer = $1 WHERE id = $2")
            .bind(offer)
            .bind(id)
            .execute(p)
            .await
            .map(|_| ()))
        .map_err(db_err)
    }

    async fn set_stand_label(&self, id: Id, label: Option<&str>) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query("UPDATE event_stands SET label = $1 WHERE id = $2")
            .bind(label)
            .bind(id)
            .execute(p)
            .await
            .map(|_| ()))
        .map_err(db_err)
    }

    async fn delete_stand(&self, id: Id) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query("DELETE FROM event_stands WHERE id = $1")
            .bind(id)
            .execute(p)
            .await
            .map(|_| ()))
        .map_err(db_err)
    }
}
