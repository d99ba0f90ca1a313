//! Projects, their partners, work packages, results and events.

use crate::rows::json;
use crate::rows::{date_from, date_text, json_list};
use crate::{db_err, now, ts, with_pool, Store};
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

const INSERT_PARTNER: &str = "INSERT INTO project_partners (project_id, org_id, name, pic, role, country, nuts, \
     eu_contribution, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, \
     (SELECT COALESCE(MAX(position), -1) + 1 FROM project_partners WHERE project_id = $1)) RETURNING id";

const LEAD_COUNT: &str =
    "SELECT COUNT(*) FROM project_partners WHERE project_id = $1 AND role = 'lead'";

#[derive(sqlx::FromRow)]
struct WpRow {
    id: i64,
    project_id: i64,
    code: String,
    title: String,
    description: String,
    starts_on: Option<String>,
    ends_on: Option<String>,
    lead_org_id: Option<i64>,
    position: i64,
}

#[derive(sqlx::FromRow)]
struct ResultRow {
    id: i64,
    project_id: i64,
    kind: String,
    title: String,
    description: String,
    url: Option<String>,
    delivered_on: Option<String>,
    work_package_id: Option<i64>,
    position: i64,
}

#[derive(sqlx::FromRow)]
struct LinkRow {
    id: i64,
    acronym: String,
    title: String,
    programme: String,
    status: String,
    starts_on: Option<String>,
    ends_on: Option<String>,
    role: String,
}

fn bad(what: &str, e: String) -> DomainError {
    DomainError::Internal(format!("stored {what}: {e}"))
}

/// A lead-partner rule broken inside a transaction: the caller's transaction is dropped (rolled
/// back) with this error.
fn lead_conflict() -> DomainError {
    DomainError::Conflict("a project has exactly one lead partner".into())
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

    async fn list_projects(&self, filter: &ProjectFilter) -> DomainResult<Vec<Project>> {
        // Every filter is a parameter; an absent one is NULL and passes.
        let sql = format!(
            "SELECT {PROJECT_COLS} FROM projects WHERE ($1 IS NULL OR programme = $1) \
             AND ($2 IS NULL OR status = $2) \
             AND ($3 IS NULL OR EXISTS (SELECT 1 FROM project_partners pp WHERE pp.project_id = projects.id AND pp.country = $3)) \
             AND ($4 IS NULL OR ((starts_on IS NOT NULL OR ends_on IS NOT NULL) \
             AND (starts_on IS NULL OR starts_on <= $4) AND (ends_on IS NULL OR ends_on >= $5))) \
             ORDER BY (starts_on IS NULL), starts_on DESC, acronym, id"
        );
        let programme = filter.programme.map(|p| p.code().to_string());
        let status = filter.status.map(|p| p.code().to_string());
        let country = filter.country.as_ref().map(|c| c.to_string());
        let year_end = filter.year.map(|y| format!("{y:04}-12-31"));
        let year_start = filter.year.map(|y| format!("{y:04}-01-01"));
        let rows: Vec<ProjectRow> =
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(&programme)
            .bind(&status)
            .bind(&country)
            .bind(&year_end)
            .bind(&year_start)
            .fetch_all(p)
            .await)
            .map_err(db_err)?;
        rows.into_iter().map(Project::try_from).collect()
    }

    async fn partners_of_projects(&self, ids: &[Id]) -> DomainResult<Vec<ProjectPartner>> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        // Integers only, so the list is safe to write into the statement.
        let list: Vec<String> = ids.iter().map(|i| i.to_string()).collect();
        let sql = format!(
            "SELECT {PARTNER_COLS} FROM project_partners pp JOIN projects p ON p.id = pp.project_id \
             WHERE pp.project_id IN ({}) ORDER BY pp.project_id, CASE WHEN pp.role = 'lead' THEN 0 ELSE 1 END, pp.position, pp.id",
            list.join(", ")
        );
        let rows: Vec<PartnerRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(p).await)
            .map_err(db_err)?;
        rows.into_iter().map(ProjectPartner::try_from).collect()
    }

    async fn create_project(
        &self,
        input: &ProjectInput,
        partners: &[PartnerInput],
        created_by: Option<Id>,
    ) -> DomainResult<Id> {
        const INSERT: &str = "INSERT INTO projects (acronym, title, programme, call_topic, starts_on, ends_on, status, \
             currency, total_budget, eu_contribution, objectives, website, nace, ecosystems, is_demo, created_by, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) \
             RETURNING id";
        let objectives = json(&input.objectives)?;
        let nace = json(&input.nace.iter().map(|n| n.as_str()).collect::<Vec<_>>())?;
        let ecosystems = json(&input.ecosystems)?;
        let id: i64 = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let id: i64 = sqlx::query_scalar(INSERT)
                .bind(&input.acronym)
                .bind(&input.title)
                .bind(input.programme.code())
                .bind(&input.call_topic)
                .bind(date_text(input.starts_on))
                .bind(date_text(input.ends_on))
                .bind(input.status.code())
                .bind(input.currency.as_str())
                .bind(input.total_budget)
                .bind(input.eu_contribution)
                .bind(&objectives)
                .bind(&input.website)
                .bind(&nace)
                .bind(&ecosystems)
                .bind(input.is_demo)
                .bind(created_by)
                .bind(now())
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
            for pi in partners {
                sqlx::query_scalar::<_, i64>(INSERT_PARTNER)
                    .bind(id)
                    .bind(pi.org_id)
                    .bind(&pi.name)
                    .bind(&pi.pic)
                    .bind(pi.role.code())
                    .bind(pi.country.as_str())
                    .bind(pi.nuts.as_ref().map(|n| n.as_str()))
                    .bind(pi.eu_contribution)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db_err)?;
            }
            // Projects created on the platform always name their lead (the domain sees to it);
            // demo and imported projects whose lead is not known have none, never two.
            let leads: i64 = sqlx::query_scalar(LEAD_COUNT).bind(id).fetch_one(&mut *tx).await.map_err(db_err)?;
            if leads > 1 {
                return Err(lead_conflict());
            }
            tx.commit().await.map_err(db_err)?;
            id
        });
        Ok(id)
    }

    async fn update_project(&self, id: Id, input: &ProjectInput) -> DomainResult<bool> {
        const UPDATE: &str = "UPDATE projects SET acronym = $1, title = $2, programme = $3, call_topic = $4, \
             starts_on = $5, ends_on = $6, status = $7, currency = $8, total_budget = $9, eu_contribution = $10, \
             objectives = $11, website = $12, nace = $13, ecosystems = $14, updated_at = $15 WHERE id = $16";
        let objectives = json(&input.objectives)?;
        let nace = json(&input.nace.iter().map(|n| n.as_str()).collect::<Vec<_>>())?;
        let ecosystems = json(&input.ecosystems)?;
        let n = with_pool!(self, p => sqlx::query(UPDATE)
            .bind(&input.acronym)
            .bind(&input.title)
            .bind(input.programme.code())
            .bind(&input.call_topic)
            .bind(date_text(input.starts_on))
            .bind(date_text(input.ends_on))
            .bind(input.status.code())
            .bind(input.currency.as_str())
            .bind(input.total_budget)
            .bind(input.eu_contribution)
            .bind(&objectives)
            .bind(&input.website)
            .bind(&nace)
            .bind(&ecosystems)
            .bind(now())
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn delete_project(&self, id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            // The project's own rows explicitly; news and meta-cluster links follow the cascades.
            for sql in [
                "DELETE FROM project_results WHERE project_id = $1",
                "DELETE FROM work_packages WHERE project_id = $1",
                "DELETE FROM project_events WHERE project_id = $1",
                "DELETE FROM project_partners WHERE project_id = $1",
            ] {
                sqlx::query(sql).bind(id).execute(&mut *tx).await.map_err(db_err)?;
            }
            let n = sqlx::query("DELETE FROM projects WHERE id = $1")
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

    async fn add_partner(&self, project_id: Id, pi: &PartnerInput) -> DomainResult<Id> {
        let id: i64 = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let id: i64 = sqlx::query_scalar(INSERT_PARTNER)
                .bind(project_id)
                .bind(pi.org_id)
                .bind(&pi.name)
                .bind(&pi.pic)
                .bind(pi.role.code())
                .bind(pi.country.as_str())
                .bind(pi.nuts.as_ref().map(|n| n.as_str()))
                .bind(pi.eu_contribution)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
            let leads: i64 = sqlx::query_scalar(LEAD_COUNT).bind(project_id).fetch_one(&mut *tx).await.map_err(db_err)?;
            if leads > 1 {
                return Err(lead_conflict());
            }
            tx.commit().await.map_err(db_err)?;
            id
        });
        Ok(id)
    }

    async fn update_partner(
        &self,
        project_id: Id,
        partner_id: Id,
        pi: &PartnerInput,
    ) -> DomainResult<bool> {
        const UPDATE: &str = "UPDATE project_partners SET org_id = $1, name = $2, pic = $3, role = $4, country = $5, \
             nuts = $6, eu_contribution = $7 WHERE id = $8 AND project_id = $9";
        let n = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            if pi.role == PartnerRole::Lead {
                sqlx::query("UPDATE project_partners SET role = 'partner' WHERE project_id = $1 AND role = 'lead' AND id <> $2")
                    .bind(project_id)
                    .bind(partner_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
            }
            let n = sqlx::query(UPDATE)
                .bind(pi.org_id)
                .bind(&pi.name)
                .bind(&pi.pic)
                .bind(pi.role.code())
                .bind(pi.country.as_str())
                .bind(pi.nuts.as_ref().map(|n| n.as_str()))
                .bind(pi.eu_contribution)
                .bind(partner_id)
                .bind(project_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
            let leads: i64 = sqlx::query_scalar(LEAD_COUNT).bind(project_id).fetch_one(&mut *tx).await.map_err(db_err)?;
            if n > 0 && leads != 1 {
                return Err(lead_conflict());
            }
            tx.commit().await.map_err(db_err)?;
            n
        });
        Ok(n > 0)
    }

    async fn remove_partner(&self, project_id: Id, partner_id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let n = sqlx::query("DELETE FROM project_partners WHERE id = $1 AND project_id = $2")
                .bind(partner_id)
                .bind(project_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
            let leads: i64 = sqlx::query_scalar(LEAD_COUNT).bind(project_id).fetch_one(&mut *tx).await.map_err(db_err)?;
            if n > 0 && leads != 1 {
                return Err(lead_conflict());
            }
            tx.commit().await.map_err(db_err)?;
            n
        });
        Ok(n > 0)
    }

    async fn work_packages(&self, project_id: Id) -> DomainResult<Vec<WorkPackage>> {
        let rows: Vec<WpRow> = with_pool!(self, p => sqlx::query_as(
            "SELECT id, project_id, code, title, description, starts_on, ends_on, lead_org_id, position \
             FROM work_packages WHERE project_id = $1 ORDER BY position, id")
            .bind(project_id)
            .fetch_all(p)
            .await)
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|r| WorkPackage {
                id: r.id,
                project_id: r.project_id,
                code: r.code,
                title: r.title,
                description: r.description,
                starts_on: date_from(r.starts_on.as_deref()),
                ends_on: date_from(r.ends_on.as_deref()),
                lead_org_id: r.lead_org_id,
                position: r.position,
            })
            .collect())
    }

    async fn add_work_package(&self, project_id: Id, w: &WorkPackageInput) -> DomainResult<Id> {
        with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO work_packages (project_id, code, title, description, starts_on, ends_on, lead_org_id, position) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT COALESCE(MAX(position), -1) + 1 FROM work_packages WHERE project_id = $1)) RETURNING id")
            .bind(project_id)
            .bind(&w.code)
            .bind(&w.title)
            .bind(&w.description)
            .bind(date_text(w.starts_on))
            .bind(date_text(w.ends_on))
            .bind(w.lead_org_id)
            .fetch_one(p)
            .await)
        .map_err(db_err)
    }

    async fn update_work_package(
        &self,
        project_id: Id,
        wp_id: Id,
        w: &WorkPackageInput,
    ) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE work_packages SET code = $1, title = $2, description = $3, starts_on = $4, ends_on = $5, \
             lead_org_id = $6 WHERE id = $7 AND project_id = $8")
            .bind(&w.code)
            .bind(&w.title)
            .bind(&w.description)
            .bind(date_text(w.starts_on))
            .bind(date_text(w.ends_on))
            .bind(w.lead_org_id)
            .bind(wp_id)
            .bind(project_id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn delete_work_package(&self, project_id: Id, wp_id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            sqlx::query("UPDATE project_results SET work_package_id = NULL WHERE work_package_id = $1 AND project_id = $2")
                .bind(wp_id)
                .bind(project_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            let n = sqlx::query("DELETE FROM work_packages WHERE id = $1 AND project_id = $2")
                .bind(wp_id)
                .bind(project_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
            tx.commit().await.map_err(db_err)?;
            n
        });
        Ok(n > 0)
    }

    async fn project_results(&self, project_id: Id) -> DomainResult<Vec<ProjectResult>> {
        let rows: Vec<ResultRow> = with_pool!(self, p => sqlx::query_as(
            "SELECT id, project_id, kind, title, description, url, delivered_on, work_package_id, position \
             FROM project_results WHERE project_id = $1 ORDER BY position, id")
            .bind(project_id)
            .fetch_all(p)
            .await)
        .map_err(db_err)?;
        rows.into_iter()
            .map(|r| {
                Ok(ProjectResult {
                    id: r.id,
                    project_id: r.project_id,
                    kind: ResultKind::parse(&r.kind).map_err(|e| bad("result kind", e))?,
                    title: r.title,
                    description: r.description,
                    url: r.url,
                    delivered_on: date_from(r.delivered_on.as_deref()),
                    work_package_id: r.work_package_id,
                    position: r.position,
                })
            })
            .collect()
    }

    async fn add_result(&self, project_id: Id, r: &ResultInput) -> DomainResult<Id> {
        with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO project_results (project_id, kind, title, description, url, delivered_on, work_package_id, position) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT COALESCE(MAX(position), -1) + 1 FROM project_results WHERE project_id = $1)) RETURNING id")
            .bind(project_id)
            .bind(r.kind.code())
            .bind(&r.title)
            .bind(&r.description)
            .bind(&r.url)
            .bind(date_text(r.delivered_on))
            .bind(r.work_package_id)
            .fetch_one(p)
            .await)
        .map_err(db_err)
    }

    async fn update_result(
        &self,
        project_id: Id,
        result_id: Id,
        r: &ResultInput,
    ) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE project_results SET kind = $1, title = $2, description = $3, url = $4, delivered_on = $5, \
             work_package_id = $6 WHERE id = $7 AND project_id = $8")
            .bind(r.kind.code())
            .bind(&r.title)
            .bind(&r.description)
            .bind(&r.url)
            .bind(date_text(r.delivered_on))
            .bind(r.work_package_id)
            .bind(result_id)
            .bind(project_id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn delete_result(&self, project_id: Id, result_id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query("DELETE FROM project_results WHERE id = $1 AND project_id = $2")
            .bind(result_id)
            .bind(project_id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn project_event_ids(&self, project_id: Id) -> DomainResult<Vec<Id>> {
        with_pool!(self, p => sqlx::query_scalar(
            "SELECT pe.event_id FROM project_events pe JOIN events e ON e.id = pe.event_id \
             WHERE pe.project_id = $1 ORDER BY e.starts_at, e.id")
            .bind(project_id)
            .fetch_all(p)
            .await)
        .map_err(db_err)
    }

    async fn event_projects(&self, event_id: Id) -> DomainResult<Vec<(Id, String)>> {
        with_pool!(self, p => sqlx::query_as(
            "SELECT p.id, p.acronym FROM project_events pe JOIN projects p ON p.id = pe.project_id \
             WHERE pe.event_id = $1 ORDER BY p.acronym, p.id")
            .bind(event_id)
            .fetch_all(p)
            .await)
        .map_err(db_err)
    }

    async fn link_event(&self, project_id: Id, event_id: Id) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query("INSERT INTO project_events (project_id, event_id) VALUES ($1, $2)")
            .bind(project_id)
            .bind(event_id)
            .execute(p)
            .await
            .map(|_| ()))
        .map_err(db_err)?;
        Ok(())
    }

    async fn unlink_event(&self, project_id: Id, event_id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query("DELETE FROM project_events WHERE project_id = $1 AND event_id = $2")
            .bind(project_id)
            .bind(event_id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn org_projects(&self, org_id: Id) -> DomainResult<Vec<ProjectLink>> {
        let rows: Vec<LinkRow> = with_pool!(self, p => sqlx::query_as(
            "SELECT p.id, p.acronym, p.title, p.programme, p.status, p.starts_on, p.ends_on, pp.role \
             FROM project_partners pp JOIN projects p ON p.id = pp.project_id WHERE pp.org_id = $1 \
             ORDER BY (p.starts_on IS NULL), p.starts_on DESC, p.acronym, p.id")
            .bind(org_id)
            .fetch_all(p)
            .await)
        .map_err(db_err)?;
        rows.into_iter()
            .map(|r| {
                Ok(ProjectLink {
                    id: r.id,
                    programme: Programme::parse(&r.programme).map_err(|e| bad("programme", e))?,
                    status: ProjectStatus::parse(&r.status).map_err(|e| bad("status", e))?,
                    role: PartnerRole::parse(&r.role).map_err(|e| bad("role", e))?,
                    starts_on: date_from(r.starts_on.as_deref()),
                    ends_on: date_from(r.ends_on.as_deref()),
                    acronym: r.acronym,
                    title: r.title,
                })
            })
            .collect()
    }
}
