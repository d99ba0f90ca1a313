//! Projects, their partners, work packages, results and events.

use crate::rows::{date_from, json_list};
use crate::{db_err, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::projects::*;
use klaster_domain::{CountryCode, DomainError, DomainResult, Id, NutsCode};

#[derive(sqlx::FromRow)]
pub(crate) struct ProjectRow {
    pub id: i64,
    pub acronym: String,
    pub title: String,
    pub programme: String,
    pub call_topic: Option<String>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub status: String,
    pub currency: String,
    pub total_budget: Option<i64>,
    pub eu_contribution: Option<i64>,
    pub objectives: String,
    pub website: Option<String>,
    pub nace: String,
    pub ecosystems: String,
    pub cordis_id: Option<String>,
    pub is_demo: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

pub(crate) const PROJECT_COLS: &str = "id, acronym, title, programme, call_topic, starts_on, ends_on, status, \
     currency, total_budget, eu_contribution, objectives, website, nace, ecosystems, cordis_id, is_demo, \
     created_at, updated_at";

impl TryFrom<ProjectRow> for Project {
    type Error = DomainError;
    fn try_from(r: ProjectRow) -> Result<Self, DomainError> {
        let bad = |field: &str, e: String| {
            DomainError::Internal(format!("project {} has a bad {field}: {e}", r.id))
        };
        let currency = Currency::parse(&r.currency).map_err(|e| bad("currency", e))?;
        let money = |minor: Option<i64>| minor.map(|minor| Money { minor, currency });
        Ok(Project {
            id: r.id,
            programme: Programme::parse(&r.programme).map_err(|e| bad("programme", e))?,
            status: ProjectStatus::parse(&r.status).map_err(|e| bad("status", e))?,
            starts_on: date_from(r.starts_on.as_deref()),
            ends_on: date_from(r.ends_on.as_deref()),
            total_budget: money(r.total_budget),
            eu_contribution: money(r.eu_contribution),
            objectives: json_list(&r.objectives),
            nace: json_list(&r.nace),
            ecosystems: json_list(&r.ecosystems),
            acronym: r.acronym,
            title: r.title,
            call_topic: r.call_topic,
            website: r.website,
            cordis_id: r.cordis_id,
            is_demo: r.is_demo,
            created_at: ts(r.created_at),
            updated_at: ts(r.updated_at),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct PartnerRow {
    pub id: i64,
    pub project_id: i64,
    pub org_id: Option<i64>,
    pub name: String,
    pub pic: Option<String>,
    pub role: String,
    pub country: String,
    pub nuts: Option<String>,
    pub eu_contribution: Option<i64>,
    pub position: i64,
    pub currency: String,
}

/// Partner columns, joined with `projects p` for the currency.
pub(crate) const PARTNER_COLS: &str =
    "pp.id, pp.project_id, pp.org_id, pp.name, pp.pic, pp.role, pp.country, \
     pp.nuts, pp.eu_contribution, pp.position, p.currency";

impl TryFrom<PartnerRow> for ProjectPartner {
    type Error = DomainError;
    fn try_from(r: PartnerRow) -> Result<Self, DomainError> {
        let bad = |field: &str, e: String| {
            DomainError::Internal(format!("project partner {} has a bad {field}: {e}", r.id))
        };
        let currency = Currency::parse(&r.currency).map_err(|e| bad("currency", e))?;
        Ok(ProjectPartner {
            id: r.id,
            project_id: r.project_id,
            org_id: r.org_id,
            role: PartnerRole::parse(&r.role).map_err(|e| bad("role", e))?,
            country: CountryCode::parse(&r.country).map_err(|e| bad("country", e))?,
            nuts: r
                .nuts
                .as_deref()
                .map(NutsCode::parse)
                .transpose()
                .map_err(|e| bad("nuts", e))?,
            eu_contribution: r.eu_contribution.map(|minor| Money { minor, currency }),
            name: r.name,
            pic: r.pic,
            position: r.position,
        })
    }
}

#[async_trait]
impl ProjectRepo for Store {
    async fn project(&self, id: Id) -> DomainResult<Option<Project>> {
        let sql = format!("SELECT {PROJECT_COLS} FROM projects WHERE id = $1");
        let row: Option<ProjectRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(p).await)
            .map_err(db_err)?;
        row.map(Project::try_from).transpose()
    }

    async fn project_partners(&self, project_id: Id) -> DomainResult<Vec<ProjectPartner>> {
        let sql = format!(
            "SELECT {PARTNER_COLS} FROM project_partners pp JOIN projects p ON p.id = pp.project_id \
             WHERE pp.project_id = $1 ORDER BY CASE WHEN pp.role = 'lead' THEN 0 ELSE 1 END, pp.position, pp.id"
        );
        let rows: Vec<PartnerRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(project_id).fetch_all(p).await)
            .map_err(db_err)?;
        rows.into_iter().map(ProjectPartner::try_from).collect()
    }
}
