//! Meta-clusters: members and invitations, the agreement, joint actions.

use crate::rows::json;
use crate::rows::{date_from, date_text, json_list};
use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::meta_clusters::*;
use klaster_domain::{CountryCode, DomainError, DomainResult, Id};
use time::Date;

#[derive(sqlx::FromRow)]
pub(crate) struct MetaRow {
    pub id: i64,
    pub name: String,
    pub descriptions: String,
    pub sectors: String,
    pub nace: String,
    pub ecosystems: String,
    pub coordinator_id: i64,
    pub status: String,
    pub website: Option<String>,
    pub project_id: Option<i64>,
    pub is_demo: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

pub(crate) const META_COLS: &str =
    "id, name, descriptions, sectors, nace, ecosystems, coordinator_id, status, \
     website, project_id, is_demo, created_at, updated_at";

impl TryFrom<MetaRow> for MetaCluster {
    type Error = DomainError;
    fn try_from(r: MetaRow) -> Result<Self, DomainError> {
        Ok(MetaCluster {
            id: r.id,
            status: MetaClusterStatus::parse(&r.status).map_err(|e| {
                DomainError::Internal(format!("meta-cluster {} has a bad status: {e}", r.id))
            })?,
            name: r.name,
            descriptions: json_list(&r.descriptions),
            sectors: json_list(&r.sectors),
            nace: json_list(&r.nace),
            ecosystems: json_list(&r.ecosystems),
            coordinator_id: r.coordinator_id,
            website: r.website,
            project_id: r.project_id,
            is_demo: r.is_demo,
            created_at: ts(r.created_at),
            updated_at: ts(r.updated_at),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct MemberRow {
    pub meta_cluster_id: i64,
    pub org_id: i64,
    pub org_name: String,
    pub country: String,
    pub state: String,
    pub joined_on: Option<String>,
    pub message: Option<String>,
    pub invited_at: Option<i64>,
    pub answered_at: Option<i64>,
}

impl TryFrom<MemberRow> for MetaMember {
    type Error = DomainError;
    fn try_from(r: MemberRow) -> Result<Self, DomainError> {
        let bad = |field: &str, e: String| {
            DomainError::Internal(format!(
                "meta-cluster member {} has a bad {field}: {e}",
                r.org_id
            ))
        };
        Ok(MetaMember {
            meta_cluster_id: r.meta_cluster_id,
            org_id: r.org_id,
            org_name: r.org_name,
            country: CountryCode::parse(&r.country).map_err(|e| bad("country", e))?,
            state: MemberState::parse(&r.state).map_err(|e| bad("state", e))?,
            joined_on: date_from(r.joined_on.as_deref()),
            message: r.message,
            invited_at: r.invited_at.map(ts),
            answered_at: r.answered_at.map(ts),
        })
    }
}

#[async_trait]
impl MetaClusterRepo for Store {
    async fn meta_cluster(&self, id: Id) -> DomainResult<Option<MetaCluster>> {
        let sql = format!("SELECT {META_COLS} FROM meta_clusters WHERE id = $1");
        let row: Option<MetaRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(p).await)
            .map_err(db_err)?;
        row.map(MetaCluster::try_from).transpose()
    }

    async fn meta_members(&self, meta_cluster_id: Id) -> DomainResult<Vec<MetaMember>> {
        const SQL: &str = "SELECT m.meta_cluster_id, m.org_id, o.name AS org_name, o.country, m.state, m.joined_on, \
             m.message, m.invited_at, m.answered_at FROM meta_cluster_members m \
             JOIN organisations o ON o.id = m.org_id JOIN meta_clusters mc ON mc.id = m.meta_cluster_id \
             WHERE m.meta_cluster_id = $1 \
             ORDER BY CASE WHEN m.org_id = mc.coordinator_id THEN 0 ELSE 1 END, o.name, o.id";
        let rows: Vec<MemberRow> =
            with_pool!(self, p => sqlx::query_as(SQL).bind(meta_cluster_id).fetch_all(p).await)
                .map_err(db_err)?;
        rows.into_iter().map(MetaMember::try_from).collect()
    }

    async fn all_meta_clusters(&self) -> DomainResult<Vec<MetaCluster>> {
        let sql = format!("SELECT {META_COLS} FROM meta_clusters ORDER BY name, id");
        let rows: Vec<MetaRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(p).await)
            .map_err(db_err)?;
        rows.into_iter().map(MetaCluster::try_from).collect()
    }

    async fn create_meta_cluster(
        &self,
        input: &MetaClusterInput,
        coordinator_id: Id,
        created_by: Option<Id>,
        today: Date,
    ) -> DomainResult<MetaCluster> {
        const INSERT: &str = "INSERT INTO meta_clusters (name, descriptions, sectors, nace, ecosystems, coordinator_id, \
             status, website, project_id, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id";
        const MEMBER: &str = "INSERT INTO meta_cluster_members (meta_cluster_id, org_id, state, joined_on, answered_by, answered_at) \
             VALUES ($1, $2, 'member', $3, $4, $5)";
        let (d, s, n, e) = (
            json(&input.descriptions)?,
            json(&input.sectors)?,
            json(&input.nace)?,
            json(&input.ecosystems)?,
        );
        let t = now();
        let id: i64 = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let id: i64 = sqlx::query_scalar(INSERT)
                .bind(&input.name)
                .bind(&d)
                .bind(&s)
                .bind(&n)
                .bind(&e)
                .bind(coordinator_id)
                .bind(input.status.code())
                .bind(&input.website)
                .bind(input.project_id)
                .bind(created_by)
                .bind(t)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
            sqlx::query(MEMBER)
                .bind(id)
                .bind(coordinator_id)
                .bind(date_text(Some(today)))
                .bind(created_by)
                .bind(t)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            tx.commit().await.map_err(db_err)?;
            id
        });
        self.meta_cluster(id).await?.ok_or(DomainError::NotFound)
    }

    async fn update_meta_cluster(
        &self,
        id: Id,
        input: &MetaClusterInput,
    ) -> DomainResult<MetaCluster> {
        const UPDATE: &str = "UPDATE meta_clusters SET name = $1, descriptions = $2, sectors = $3, nace = $4, \
             ecosystems = $5, status = $6, website = $7, project_id = $8, updated_at = $9 WHERE id = $10";
        let (d, s, n, e) = (
            json(&input.descriptions)?,
            json(&input.sectors)?,
            json(&input.nace)?,
            json(&input.ecosystems)?,
        );
        let changed = with_pool!(self, p => sqlx::query(UPDATE)
            .bind(&input.name)
            .bind(&d)
            .bind(&s)
            .bind(&n)
            .bind(&e)
            .bind(input.status.code())
            .bind(&input.website)
            .bind(input.project_id)
            .bind(now())
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        if changed == 0 {
            return Err(DomainError::NotFound);
        }
        self.meta_cluster(id).await?.ok_or(DomainError::NotFound)
    }

    async fn invite_meta_member(
        &self,
        meta_cluster_id: Id,
        org_id: Id,
        message: Option<&str>,
        invited_by: Option<Id>,
    ) -> DomainResult<()> {
        // A declined or former member's row is reused; a pending invitation or a membership
        // is left alone (checked inside the transaction, so two invitations cannot race).
        const STATE: &str =
            "SELECT state FROM meta_cluster_members WHERE meta_cluster_id = $1 AND org_id = $2";
        const INSERT: &str = "INSERT INTO meta_cluster_members (meta_cluster_id, org_id, state, invited_by, invited_at, message) \
             VALUES ($1, $2, 'invited', $3, $4, $5)";
        const REINVITE: &str = "UPDATE meta_cluster_members SET state = 'invited', joined_on = NULL, invited_by = $3, \
             invited_at = $4, message = $5, answered_by = NULL, answered_at = NULL \
             WHERE meta_cluster_id = $1 AND org_id = $2 AND state IN ('declined', 'left')";
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let state: Option<String> = sqlx::query_scalar(STATE)
                .bind(meta_cluster_id)
                .bind(org_id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?;
            let sql = match state.as_deref() {
                None => INSERT,
                Some("declined") | Some("left") => REINVITE,
                Some(_) => return Err(DomainError::Conflict("invited or a member already".into())),
            };
            sqlx::query(sql)
                .bind(meta_cluster_id)
                .bind(org_id)
                .bind(invited_by)
                .bind(now())
                .bind(message)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            tx.commit().await.map_err(db_err)?;
        });
        Ok(())
    }

    async fn change_meta_member(
        &self,
        meta_cluster_id: Id,
        org_id: Id,
        from: MemberState,
        to: Option<MemberState>,
        by: Option<Id>,
        today: Date,
    ) -> DomainResult<bool> {
        const DELETE: &str = "DELETE FROM meta_cluster_members WHERE meta_cluster_id = $1 AND org_id = $2 AND state = $3";
        const JOIN: &str = "UPDATE meta_cluster_members SET state = $4, joined_on = $5, answered_by = $6, answered_at = $7 \
             WHERE meta_cluster_id = $1 AND org_id = $2 AND state = $3";
        const CHANGE: &str =
            "UPDATE meta_cluster_members SET state = $4, answered_by = $5, answered_at = $6 \
             WHERE meta_cluster_id = $1 AND org_id = $2 AND state = $3";
        let n = with_pool!(self, p => match to {
            None => sqlx::query(DELETE)
                .bind(meta_cluster_id)
                .bind(org_id)
                .bind(from.code())
                .execute(p)
                .await,
            Some(MemberState::Member) => sqlx::query(JOIN)
                .bind(meta_cluster_id)
                .bind(org_id)
                .bind(from.code())
                .bind(MemberState::Member.code())
                .bind(date_text(Some(today)))
                .bind(by)
                .bind(now())
                .execute(p)
                .await,
            Some(to) => sqlx::query(CHANGE)
                .bind(meta_cluster_id)
                .bind(org_id)
                .bind(from.code())
                .bind(to.code())
                .bind(by)
                .bind(now())
                .execute(p)
                .await,
        }
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn meta_rows_of_orgs(&self, org_ids: &[Id]) -> DomainResult<Vec<MetaMember>> {
        let mut out = Vec::new();
        for org_id in org_ids {
            let sql = format!("{MEMBER_SELECT} WHERE m.org_id = $1 ORDER BY m.meta_cluster_id");
            let rows: Vec<MemberRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(org_id).fetch_all(p).await)
                .map_err(db_err)?;
            for r in rows {
                out.push(MetaMember::try_from(r)?);
            }
        }
        Ok(out)
    }

    async fn meta_agreement(&self, meta_cluster_id: Id) -> DomainResult<Option<Agreement>> {
        let row: Option<AgreementRow> = with_pool!(self, p => sqlx::query_as(
            "SELECT signed_on, place, signatories, summary, filename, content_type, size, updated_at \
             FROM meta_cluster_agreements WHERE meta_cluster_id = $1",
        )
        .bind(meta_cluster_id)
        .fetch_optional(p)
        .await)
        .map_err(db_err)?;
        Ok(row.map(|r| Agreement {
            meta_cluster_id,
            signed_on: date_from(r.signed_on.as_deref()),
            place: r.place,
            signatories: json_list(&r.signatories),
            summary: r.summary,
            document: match (r.filename, r.content_type) {
                (Some(filename), Some(content_type)) => Some(AgreementDocument {
                    filename,
                    content_type,
                    size: r.size.unwrap_or(0),
                }),
                _ => None,
            },
            updated_at: ts(r.updated_at),
        }))
    }

    async fn save_meta_agreement(
        &self,
        meta_cluster_id: Id,
        input: &AgreementInput,
    ) -> DomainResult<Agreement> {
        const UPSERT: &str = "INSERT INTO meta_cluster_agreements (meta_cluster_id, signed_on, place, signatories, summary, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (meta_cluster_id) DO UPDATE SET signed_on = excluded.signed_on, \
             place = excluded.place, signatories = excluded.signatories, summary = excluded.summary, \
             updated_at = excluded.updated_at";
        let signatories = json(&input.signatories)?;
        with_pool!(self, p => sqlx::query(UPSERT)
            .bind(meta_cluster_id)
            .bind(date_text(input.signed_on))
            .bind(&input.place)
            .bind(&signatories)
            .bind(&input.summary)
            .bind(now())
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        self.meta_agreement(meta_cluster_id)
            .await?
            .ok_or(DomainError::NotFound)
    }

    async fn set_meta_agreement_document(
        &self,
        meta_cluster_id: Id,
        filename: &str,
        content_type: &str,
        data: &[u8],
    ) -> DomainResult<Agreement> {
        const UPSERT: &str = "INSERT INTO meta_cluster_agreements (meta_cluster_id, filename, content_type, size, data, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (meta_cluster_id) DO UPDATE SET filename = excluded.filename, \
             content_type = excluded.content_type, size = excluded.size, data = excluded.data, updated_at = excluded.updated_at";
        with_pool!(self, p => sqlx::query(UPSERT)
            .bind(meta_cluster_id)
            .bind(filename)
            .bind(content_type)
            .bind(data.len() as i64)
            .bind(data)
            .bind(now())
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        self.meta_agreement(meta_cluster_id)
            .await?
            .ok_or(DomainError::NotFound)
    }

    async fn meta_agreement_document(
        &self,
        meta_cluster_id: Id,
    ) -> DomainResult<Option<(AgreementDocument, Vec<u8>)>> {
        let row: Option<(Option<String>, Option<String>, Option<Vec<u8>>)> = with_pool!(self, p => sqlx::query_as(
            "SELECT filename, content_type, data FROM meta_cluster_agreements WHERE meta_cluster_id = $1",
        )
        .bind(meta_cluster_id)
        .fetch_optional(p)
        .await)
        .map_err(db_err)?;
        Ok(match row {
            Some((Some(filename), Some(content_type), Some(data))) => Some((
                AgreementDocument {
                    filename,
                    content_type,
                    size: data.len() as i64,
                },
                data,
            )),
            _ => None,
        })
    }

    async fn meta_actions(&self, meta_cluster_id: Id) -> DomainResult<Vec<JointAction>> {
        let sql = format!(
            "SELECT {ACTION_COLS} FROM meta_cluster_actions WHERE meta_cluster_id = $1 \
             ORDER BY CASE WHEN happened_on IS NULL THEN 1 ELSE 0 END, happened_on DESC, id DESC"
        );
        let rows: Vec<ActionRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(meta_cluster_id).fetch_all(p).await)
            .map_err(db_err)?;
        rows.into_iter().map(JointAction::try_from).collect()
    }

    async fn add_meta_action(
        &self,
        meta_cluster_id: Id,
        input: &ActionInput,
    ) -> DomainResult<JointAction> {
        let sql = format!(
            "INSERT INTO meta_cluster_actions (meta_cluster_id, kind, event_id, project_id, title, happened_on, note, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING {ACTION_COLS}"
        );
        let row: ActionRow =
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(meta_cluster_id)
            .bind(input.kind.code())
            .bind(input.event_id)
            .bind(input.project_id)
            .bind(&input.title)
            .bind(date_text(input.happened_on))
            .bind(&input.note)
            .bind(now())
            .fetch_one(p)
            .await)
            .map_err(db_err)?;
        JointAction::try_from(row)
    }

    async fn delete_meta_action(&self, meta_cluster_id: Id, action_id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query("DELETE FROM meta_cluster_actions WHERE id = $1 AND meta_cluster_id = $2")
            .bind(action_id)
            .bind(meta_cluster_id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }
}

const MEMBER_SELECT: &str =
    "SELECT m.meta_cluster_id, m.org_id, o.name AS org_name, o.country, m.state, m.joined_on, \
     m.message, m.invited_at, m.answered_at FROM meta_cluster_members m \
     JOIN organisations o ON o.id = m.org_id";

#[derive(sqlx::FromRow)]
struct AgreementRow {
    signed_on: Option<String>,
    place: Option<String>,
    signatories: String,
    summary: String,
    filename: Option<String>,
    content_type: Option<String>,
    size: Option<i64>,
    updated_at: i64,
}

#[derive(sqlx::FromRow)]
struct ActionRow {
    id: i64,
    meta_cluster_id: i64,
    kind: String,
    event_id: Option<i64>,
    project_id: Option<i64>,
    title: String,
    happened_on: Option<String>,
    note: String,
    created_at: i64,
}

impl TryFrom<ActionRow> for JointAction {
    type Error = DomainError;
    fn try_from(r: ActionRow) -> Result<Self, DomainError> {
        Ok(JointAction {
            id: r.id,
            meta_cluster_id: r.meta_cluster_id,
            kind: ActionKind::parse(&r.kind).map_err(|e| {
                DomainError::Internal(format!("joint action {} has a bad kind: {e}", r.id))
            })?,
            event_id: r.event_id,
            project_id: r.project_id,
            title: r.title,
            happened_on: date_from(r.happened_on.as_deref()),
            note: r.note,
            created_at: ts(r.created_at),
        })
    }
}

const ACTION_COLS: &str =
    "id, meta_cluster_id, kind, event_id, project_id, title, happened_on, note, created_at";
