//! Applying a CORDIS import plan, and the identifiers organisations are matched by.

use crate::projects::{PartnerRow, ProjectRow, PARTNER_COLS, PROJECT_COLS};
use crate::rows::{date_text, OrgLists};
use crate::{db_err, now, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::cordis::*;
use klaster_domain::projects::{Project, ProjectPartner};
use klaster_domain::{DomainResult, Id};
use std::collections::HashMap;

const INSERT_ORG: &str = "INSERT INTO organisations (kind, size_class, name, short_name, country, nuts, nace, ecosystems, \
     keywords, website, year_founded, languages, descriptions, management_fte, is_demo, created_at, updated_at) \
     VALUES ($1, NULL, $2, $3, $4, $5, $6, $7, $8, $9, NULL, $10, $11, NULL, FALSE, $12, $12) RETURNING id";

const INSERT_PROJECT: &str =
    "INSERT INTO projects (acronym, title, programme, call_topic, starts_on, ends_on, status, \
     currency, total_budget, eu_contribution, objectives, cordis_id, created_at, updated_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'EUR', $8, $9, $10, $11, $12, $12) RETURNING id";

const UPDATE_PROJECT: &str = "UPDATE projects SET acronym = $1, title = $2, programme = $3, call_topic = $4, \
     starts_on = $5, ends_on = $6, status = $7, currency = 'EUR', total_budget = $8, eu_contribution = $9, \
     objectives = $10, cordis_id = $11, updated_at = $12 WHERE id = $13";

const INSERT_PARTNER: &str =
    "INSERT INTO project_partners (project_id, org_id, name, pic, role, country, nuts, \
     eu_contribution, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

const UPDATE_PARTNER: &str =
    "UPDATE project_partners SET project_id = $1, org_id = $2, name = $3, pic = $4, role = $5, \
     country = $6, nuts = $7, eu_contribution = $8, position = $9 WHERE id = $10";

macro_rules! bind_project {
    ($q:expr, $v:expr) => {
        $q.bind(&$v.acronym)
            .bind(&$v.title)
            .bind($v.programme.code())
            .bind($v.call_topic.as_deref())
            .bind(date_text($v.starts_on))
            .bind(date_text($v.ends_on))
            .bind($v.status.code())
            .bind($v.total_budget)
            .bind($v.eu_contribution)
            .bind(serde_json::to_string(&$v.objectives).expect("texts serialise"))
            .bind(&$v.cordis_id)
    };
}

#[async_trait]
impl CordisRepo for Store {
    async fn org_by_identifier(&self, scheme: &str, value: &str) -> DomainResult<Option<Id>> {
        with_pool!(self, p => sqlx::query_scalar(
            "SELECT org_id FROM org_identifiers WHERE scheme = $1 AND value = $2",
        )
        .bind(scheme)
        .bind(value)
        .fetch_optional(p)
        .await)
        .map_err(db_err)
    }

    async fn apply_cordis(&self, bundle: &Bundle, progress: Progress<'_>) -> DomainResult<Report> {
        let projects_sql =
            format!("SELECT {PROJECT_COLS} FROM projects WHERE cordis_id IS NOT NULL");
        let partners_sql = format!(
            "SELECT {PARTNER_COLS} FROM project_partners pp JOIN projects p ON p.id = pp.project_id \
             WHERE p.cordis_id IS NOT NULL ORDER BY pp.id"
        );
        // SQLite takes the write lock before the snapshot is read, so a concurrent writer cannot
        // make the transaction fail half-way; on PostgreSQL two racing imports that create the same
        // organisation collide on its unique PIC and the later one is refused whole.
        let begin = match self.backend() {
            crate::Backend::Sqlite => "BEGIN IMMEDIATE",
            crate::Backend::Postgres => "BEGIN",
        };
        with_pool!(self, pool => {
            let mut tx = pool.begin_with(begin).await.map_err(db_err)?;
            progress("comparing with the database".into());
            let mut snap = Snapshot::default();
            let idents: Vec<(String, String, i64)> =
                sqlx::query_as("SELECT scheme, value, org_id FROM org_identifiers")
                    .fetch_all(&mut *tx)
                    .await
                    .map_err(db_err)?;
            snap.identifiers = idents.into_iter().map(|(s, v, id)| ((s, v), id)).collect();
            snap.orgs = sqlx::query_as("SELECT id, name, country FROM organisations")
                .fetch_all(&mut *tx)
                .await
                .map_err(db_err)?;
            let nuts: Vec<String> = sqlx::query_scalar("SELECT code FROM nuts_regions")
                .fetch_all(&mut *tx)
                .await
                .map_err(db_err)?;
            snap.nuts = nuts.into_iter().collect();
            let countries: Vec<String> = sqlx::query_scalar("SELECT code FROM countries")
                .fetch_all(&mut *tx)
                .await
                .map_err(db_err)?;
            snap.countries = countries.into_iter().collect();
            let rows: Vec<ProjectRow> = sqlx::query_as(sqlx::AssertSqlSafe(projects_sql.as_str()))
                .fetch_all(&mut *tx)
                .await
                .map_err(db_err)?;
            for row in rows {
                let project = Project::try_from(row)?;
                if let Some(cid) = project.cordis_id.clone() {
                    snap.projects.insert(cid, project);
                }
            }
            let rows: Vec<PartnerRow> = sqlx::query_as(sqlx::AssertSqlSafe(partners_sql.as_str()))
                .fetch_all(&mut *tx)
                .await
                .map_err(db_err)?;
            for row in rows {
                let partner = ProjectPartner::try_from(row)?;
                snap.partners.entry(partner.project_id).or_default().push(partner);
            }

            let plan = plan(bundle, &snap);
            let mut report = plan.report.clone();
            let at = now();

            // New profiles.
            let mut org_ids: Vec<Id> = Vec::with_capacity(plan.new_orgs.len());
            let total = plan.new_orgs.len();
            for (i, input) in plan.new_orgs.iter().enumerate() {
                let lists = OrgLists::of(input);
                let id: i64 = sqlx::query_scalar(INSERT_ORG)
                    .bind(input.kind.code())
                    .bind(&input.name)
                    .bind(input.short_name.as_deref())
                    .bind(input.country.as_str())
                    .bind(input.nuts.as_ref().map(|n| n.as_str()))
                    .bind(&lists.nace)
                    .bind(&lists.ecosystems)
                    .bind(&lists.keywords)
                    .bind(input.website.as_ref().map(|w| w.as_str()))
                    .bind(&lists.languages)
                    .bind(&lists.descriptions)
                    .bind(at)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db_err)?;
                org_ids.push(id);
                if (i + 1) % 500 == 0 || i + 1 == total {
                    progress(format!("new organisations: {}/{total}", i + 1));
                }
            }
            let org_id = |r: OrgRef| match r {
                OrgRef::Existing(id) => id,
                OrgRef::New(i) => org_ids[i],
            };
            for (org, scheme, value) in &plan.identifiers {
                sqlx::query(
                    "INSERT INTO org_identifiers (org_id, scheme, value) VALUES ($1, $2, $3) \
                     ON CONFLICT DO NOTHING",
                )
                .bind(org_id(*org))
                .bind(*scheme)
                .bind(value)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            }

            // Projects.
            let mut project_ids: Vec<Id> = Vec::with_capacity(plan.new_projects.len());
            let total = plan.new_projects.len() + plan.updated_projects.len();
            let mut done = 0;
            for values in &plan.new_projects {
                let id: i64 = bind_project!(sqlx::query_scalar(INSERT_PROJECT), values)
                    .bind(at)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db_err)?;
                project_ids.push(id);
                done += 1;
                if done % 500 == 0 || done == total {
                    progress(format!("projects: {done}/{total}"));
                }
            }
            for (id, values) in &plan.updated_projects {
                bind_project!(sqlx::query(UPDATE_PROJECT), values)
                    .bind(at)
                    .bind(*id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                done += 1;
                if done % 500 == 0 || done == total {
                    progress(format!("projects: {done}/{total}"));
                }
            }
            let project_id = |r: ProjectRef| match r {
                ProjectRef::Existing(id) => id,
                ProjectRef::New(i) => project_ids[i],
            };

            // Partners. Updates first, so that a row moving its profile never meets itself.
            let mut touched: HashMap<Id, ()> = HashMap::new();
            let total = plan.partners.len();
            let mut ordered: Vec<&PartnerValues> = plan.partners.iter().filter(|p| p.existing.is_some()).collect();
            ordered.extend(plan.partners.iter().filter(|p| p.existing.is_none()));
            for (i, v) in ordered.into_iter().enumerate() {
                let pid = project_id(v.project);
                let sql = if v.existing.is_some() { UPDATE_PARTNER } else { INSERT_PARTNER };
                let mut q = sqlx::query(sql)
                    .bind(pid)
                    .bind(v.org.map(org_id))
                    .bind(&v.name)
                    .bind(&v.pic)
                    .bind(v.role.code())
                    .bind(v.country.as_str())
                    .bind(v.nuts.as_ref().map(|n| n.as_str()))
                    .bind(v.eu_contribution)
                    .bind(v.position);
                if let Some(id) = v.existing {
                    q = q.bind(id);
                }
                q.execute(&mut *tx).await.map_err(db_err)?;
                touched.insert(pid, ());
                if (i + 1) % 500 == 0 || i + 1 == total {
                    progress(format!("partners: {}/{total}", i + 1));
                }
            }
            // A project whose consortium changed counts as changed.
            for pid in touched.keys() {
                if !project_ids.contains(pid)
                    && !plan.updated_projects.iter().any(|(id, _)| id == pid)
                {
                    sqlx::query("UPDATE projects SET updated_at = $1 WHERE id = $2")
                        .bind(at)
                        .bind(*pid)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                }
            }
            tx.commit().await.map_err(db_err)?;
            progress("done".into());
            report.new_organisation_ids = org_ids;
            Ok(report)
        })
    }
}
