//! Meta-clusters: members and invitations, the agreement, joint actions.

use crate::rows::{date_from, json_list};
use crate::{db_err, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::meta_clusters::*;
use klaster_domain::{CountryCode, DomainError, DomainResult, Id};

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
}
