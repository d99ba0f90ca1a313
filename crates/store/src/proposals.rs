//! Proposals collected at stakeholder meetings, their supporters, and the study visits made from them.

use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::groups::Person;
use klaster_domain::proposals::*;
use klaster_domain::{DomainError, DomainResult, Id};

#[derive(sqlx::FromRow)]
struct ProposalRow {
    id: i64,
    event_id: i64,
    kind: String,
    title: String,
    body: String,
    region: Option<String>,
    author_id: Option<i64>,
    author_name: Option<String>,
    study_visit_id: Option<i64>,
    supports: i64,
    supported: i64,
    created_at: i64,
}

impl ProposalRow {
    fn into_proposal(self) -> DomainResult<Proposal> {
        Ok(Proposal {
            id: self.id,
            event_id: self.event_id,
            kind: ProposalKind::parse(&self.kind).map_err(DomainError::Internal)?,
            title: self.title,
            body: self.body,
            region: self.region,
            author: self
                .author_id
                .zip(self.author_name)
                .map(|(id, name)| Person { id, name }),
            study_visit_id: self.study_visit_id,
            supports: self.supports,
            supported: self.supported > 0,
            created_at: ts(self.created_at),
        })
    }
}

/// `$1` is the viewer (or NULL), `$2` the event or proposal id.
const PROPOSAL_SELECT: &str = "SELECT p.id, p.event_id, p.kind, p.title, p.body, p.region, p.author_id, \
     u.display_name AS author_name, p.study_visit_id, \
     (SELECT COUNT(*) FROM proposal_supports s WHERE s.proposal_id = p.id) AS supports, \
     (SELECT COUNT(*) FROM proposal_supports s WHERE s.proposal_id = p.id AND s.user_id = $1) AS supported, \
     p.created_at FROM proposals p LEFT JOIN users u ON u.id = p.author_id";

impl Store {
    async fn proposals_where(
        &self,
        clause: &str,
        viewer: Option<Id>,
        id: Id,
    ) -> DomainResult<Vec<Proposal>> {
        let sql =
            format!("{PROPOSAL_SELECT} WHERE {clause} ORDER BY supports DESC, p.created_at, p.id");
        let rows: Vec<ProposalRow> =
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(viewer)
            .bind(id)
            .fetch_all(p)
            .await)
            .map_err(db_err)?;
        rows.into_iter().map(ProposalRow::into_proposal).collect()
    }
}

#[async_trait]
impl ProposalRepo for Store {
    async fn create_proposal(
        &self,
        event_id: Id,
        input: &ProposalInput,
        author_id: Id,
    ) -> DomainResult<Proposal> {
        const INSERT: &str =
            "INSERT INTO proposals (event_id, kind, title, body, region, author_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
        let id: i64 = with_pool!(self, p => sqlx::query_scalar(INSERT)
            .bind(event_id)
            .bind(input.kind.code())
            .bind(&input.title)
            .bind(&input.body)
            .bind(input.region.as_deref())
            .bind(author_id)
            .bind(now())
            .fetch_one(p)
            .await)
        .map_err(db_err)?;
        self.proposal(id, Some(author_id))
            .await?
            .ok_or(DomainError::NotFound)
    }

    async fn proposals(&self, event_id: Id, viewer: Option<Id>) -> DomainResult<Vec<Proposal>> {
        self.proposals_where("p.event_id = $2", viewer, event_id)
            .await
    }

    async fn proposal(&self, id: Id, viewer: Option<Id>) -> DomainResult<Option<Proposal>> {
        Ok(self.proposals_where("p.id = $2", viewer, id).await?.pop())
    }

    async fn set_support(&self, proposal_id: Id, user_id: Id, on: bool) -> DomainResult<()> {
        const ADD: &str =
            "INSERT INTO proposal_supports (proposal_id, user_id, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (proposal_id, user_id) DO NOTHING";
        const REMOVE: &str =
            "DELETE FROM proposal_supports WHERE proposal_id = $1 AND user_id = $2";
        with_pool!(self, p => if on {
            sqlx::query(ADD).bind(proposal_id).bind(user_id).bind(now()).execute(p).await.map(|r| r.rows_affected())
        } else {
            sqlx::query(REMOVE).bind(proposal_id).bind(user_id).execute(p).await.map(|r| r.rows_affected())
        })
        .map_err(db_err)?;
        Ok(())
    }

    async fn delegates(&self, event_id: Id) -> DomainResult<Vec<Delegate>> {
        let rows: Vec<(i64, Option<i64>, String)> = with_pool!(self, p => sqlx::query_as(
            "SELECT id, org_id, name FROM study_visit_delegates WHERE event_id = $1 ORDER BY id",
        )
        .bind(event_id)
        .fetch_all(p)
        .await)
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(id, org_id, name)| Delegate { id, org_id, name })
            .collect())
    }

    async fn add_delegate(
        &self,
        event_id: Id,
        org_id: Option<Id>,
        name: &str,
    ) -> DomainResult<Delegate> {
        let id: i64 = with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO study_visit_delegates (event_id, org_id, name) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(event_id)
        .bind(org_id)
        .bind(name)
        .fetch_one(p)
        .await)
        .map_err(db_err)?;
        Ok(Delegate {
            id,
            org_id,
            name: name.to_string(),
        })
    }

    async fn remove_delegate(&self, event_id: Id, delegate_id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query("DELETE FROM study_visit_delegates WHERE id = $1 AND event_id = $2")
            .bind(delegate_id)
            .bind(event_id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn set_outcome_note(&self, event_id: Id, note: Option<&str>) -> DomainResult<()> {
        let n = with_pool!(self, p => sqlx::query("UPDATE events SET outcome_note = $1, updated_at = $2 WHERE id = $3")
            .bind(note)
            .bind(now())
            .bind(event_id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        if n == 0 {
            return Err(DomainError::NotFound);
        }
        Ok(())
    }
}
