//! Action Plans, their actions, indicators, progress reports and history. Every change writes
//! its history entry in the same transaction.

use crate::rows::{date_from, date_text, json, json_list};
use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::action_plans::*;
use klaster_domain::projects::{day_text, Currency, Money};
use klaster_domain::{DomainError, DomainResult, Id, NutsCode};

#[derive(sqlx::FromRow)]
struct PlanRow {
    id: i64,
    title: String,
    owner_org_id: Option<i64>,
    owner_project_id: Option<i64>,
    owner_name: String,
    nuts: String,
    context: String,
    objectives: String,
    status: String,
    is_demo: bool,
    created_at: i64,
    updated_at: i64,
}

const PLAN_COLS: &str = "a.id, a.title, a.owner_org_id, a.owner_project_id, \
     COALESCE(o.name, pr.acronym, '') AS owner_name, a.nuts, a.context, a.objectives, a.status, \
     a.is_demo, a.created_at, a.updated_at";
const PLAN_FROM: &str = "action_plans a LEFT JOIN organisations o ON o.id = a.owner_org_id \
     LEFT JOIN projects pr ON pr.id = a.owner_project_id";

fn bad(what: &str, id: i64, e: String) -> DomainError {
    DomainError::Internal(format!("{what} {id}: {e}"))
}

impl TryFrom<PlanRow> for ActionPlan {
    type Error = DomainError;
    fn try_from(r: PlanRow) -> Result<Self, DomainError> {
        Ok(ActionPlan {
            id: r.id,
            nuts: NutsCode::parse(&r.nuts).map_err(|e| bad("action plan nuts", r.id, e))?,
            status: PlanStatus::parse(&r.status).map_err(|e| bad("action plan status", r.id, e))?,
            title: r.title,
            owner_org_id: r.owner_org_id,
            owner_project_id: r.owner_project_id,
            owner_name: r.owner_name,
            context: r.context,
            objectives: r.objectives,
            is_demo: r.is_demo,
            created_at: ts(r.created_at),
            updated_at: ts(r.updated_at),
        })
    }
}

#[derive(sqlx::FromRow)]
struct ActionRow {
    id: i64,
    plan_id: i64,
    title: String,
    description: String,
    responsible_org_id: Option<i64>,
    responsible_name: Option<String>,
    partner_org_ids: String,
    starts_on: Option<String>,
    ends_on: Option<String>,
    budget: Option<i64>,
    currency: String,
    funding: String,
    source_practice_id: Option<i64>,
    source_event_id: Option<i64>,
    status: String,
    position: i64,
}

const ACTION_COLS: &str = "x.id, x.plan_id, x.title, x.description, x.responsible_org_id, \
     o.name AS responsible_name, x.partner_org_ids, x.starts_on, x.ends_on, x.budget, x.currency, \
     x.funding, x.source_practice_id, x.source_event_id, x.status, x.position";

impl TryFrom<ActionRow> for PlanAction {
    type Error = DomainError;
    fn try_from(r: ActionRow) -> Result<Self, DomainError> {
        let currency = Currency::parse(&r.currency).map_err(|e| bad("action currency", r.id, e))?;
        Ok(PlanAction {
            id: r.id,
            plan_id: r.plan_id,
            status: ActionStatus::parse(&r.status).map_err(|e| bad("action status", r.id, e))?,
            budget: r.budget.map(|minor| Money { minor, currency }),
            partner_org_ids: json_list(&r.partner_org_ids),
            starts_on: date_from(r.starts_on.as_deref()),
            ends_on: date_from(r.ends_on.as_deref()),
            title: r.title,
            description: r.description,
            responsible_org_id: r.responsible_org_id,
            responsible_name: r.responsible_name,
            funding: r.funding,
            source_practice_id: r.source_practice_id,
            source_event_id: r.source_event_id,
            position: r.position,
        })
    }
}

#[derive(sqlx::FromRow)]
struct IndicatorRow {
    id: i64,
    plan_id: i64,
    action_id: i64,
    name: String,
    unit: String,
    baseline: f64,
    target: f64,
    target_on: Option<String>,
    current_value: f64,
    position: i64,
}

#[derive(sqlx::FromRow)]
struct ProgressRow {
    id: i64,
    indicator_id: i64,
    value: f64,
    comment: String,
    reported_on: String,
    author_id: Option<i64>,
    author_name: Option<String>,
    created_at: i64,
}

#[derive(sqlx::FromRow)]
struct HistoryRow {
    id: i64,
    plan_id: i64,
    user_id: Option<i64>,
    user_name: Option<String>,
    kind: String,
    params: String,
    at: i64,
}

const INSERT_HISTORY: &str =
    "INSERT INTO ap_history (plan_id, user_id, kind, params, at) VALUES ($1, $2, $3, $4, $5)";

/// Writes one history entry inside the caller's transaction.
macro_rules! history {
    ($tx:expr, $plan:expr, $note:expr) => {
        sqlx::query(INSERT_HISTORY)
            .bind($plan)
            .bind($note.user_id)
            .bind($note.kind)
            .bind(json(&$note.params)?)
            .bind(now())
            .execute(&mut *$tx)
            .await
            .map_err(db_err)?
    };
}

#[async_trait]
impl ActionPlanRepo for Store {
    async fn list_action_plans(&self) -> DomainResult<Vec<ActionPlan>> {
        let sql = format!("SELECT {PLAN_COLS} FROM {PLAN_FROM} ORDER BY a.title, a.id");
        let rows: Vec<PlanRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(p).await)
            .map_err(db_err)?;
        rows.into_iter().map(ActionPlan::try_from).collect()
    }

    async fn action_plan(&self, id: Id) -> DomainResult<Option<ActionPlan>> {
        let sql = format!("SELECT {PLAN_COLS} FROM {PLAN_FROM} WHERE a.id = $1");
        let row: Option<PlanRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(p).await)
            .map_err(db_err)?;
        row.map(ActionPlan::try_from).transpose()
    }

    async fn create_action_plan(
        &self,
        input: &PlanInput,
        created_by: Option<Id>,
        note: &HistoryNote,
    ) -> DomainResult<Id> {
        const INSERT: &str =
            "INSERT INTO action_plans (title, owner_org_id, owner_project_id, nuts, context, \
             objectives, status, created_by, is_demo, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id";
        let id: i64 = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let id: i64 = sqlx::query_scalar(INSERT)
                .bind(&input.title)
                .bind(input.owner_org_id)
                .bind(input.owner_project_id)
                .bind(input.nuts.as_str())
                .bind(&input.context)
                .bind(&input.objectives)
                .bind(input.status.code())
                .bind(created_by)
                .bind(input.is_demo)
                .bind(now())
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
            history!(tx, id, note);
            tx.commit().await.map_err(db_err)?;
            id
        });
        Ok(id)
    }

    async fn update_action_plan(
        &self,
        id: Id,
        input: &PlanInput,
        note: &HistoryNote,
    ) -> DomainResult<bool> {
        const UPDATE: &str =
            "UPDATE action_plans SET title = $1, nuts = $2, context = $3, objectives = $4, \
             status = $5, updated_at = $6 WHERE id = $7";
        let n = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let n = sqlx::query(UPDATE)
                .bind(&input.title)
                .bind(input.nuts.as_str())
                .bind(&input.context)
                .bind(&input.objectives)
                .bind(input.status.code())
                .bind(now())
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
            if n > 0 {
                history!(tx, id, note);
            }
            tx.commit().await.map_err(db_err)?;
            n
        });
        Ok(n > 0)
    }

    async fn plan_actions(&self, plan_id: Id) -> DomainResult<Vec<PlanAction>> {
        let sql = format!(
            "SELECT {ACTION_COLS} FROM ap_actions x LEFT JOIN organisations o ON o.id = x.responsible_org_id \
             WHERE x.plan_id = $1 ORDER BY x.position, x.id"
        );
        let rows: Vec<ActionRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(plan_id).fetch_all(p).await)
            .map_err(db_err)?;
        rows.into_iter().map(PlanAction::try_from).collect()
    }

    async fn add_action(
        &self,
        plan_id: Id,
        input: &ActionInput,
        note: &HistoryNote,
    ) -> DomainResult<Id> {
        const INSERT: &str = "INSERT INTO ap_actions (plan_id, title, description, responsible_org_id, \
             partner_org_ids, starts_on, ends_on, budget, currency, funding, source_practice_id, source_event_id, \
             status, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, \
             (SELECT COALESCE(MAX(position), -1) + 1 FROM ap_actions WHERE plan_id = $1)) RETURNING id";
        let partners = json(&input.partner_org_ids)?;
        let id: i64 = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let id: i64 = sqlx::query_scalar(INSERT)
                .bind(plan_id)
                .bind(&input.title)
                .bind(&input.description)
                .bind(input.responsible_org_id)
                .bind(&partners)
                .bind(date_text(input.starts_on))
                .bind(date_text(input.ends_on))
                .bind(input.budget)
                .bind(input.currency.as_str())
                .bind(&input.funding)
                .bind(input.source_practice_id)
                .bind(input.source_event_id)
                .bind(input.status.code())
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
            history!(tx, plan_id, note);
            tx.commit().await.map_err(db_err)?;
            id
        });
        Ok(id)
    }

    async fn update_action(
        &self,
        plan_id: Id,
        action_id: Id,
        input: &ActionInput,
        note: &HistoryNote,
    ) -> DomainResult<bool> {
        const UPDATE: &str = "UPDATE ap_actions SET title = $1, description = $2, responsible_org_id = $3, \
             partner_org_ids = $4, starts_on = $5, ends_on = $6, budget = $7, currency = $8, funding = $9, \
             source_practice_id = $10, source_event_id = $11, status = $12 WHERE id = $13 AND plan_id = $14";
        let partners = json(&input.partner_org_ids)?;
        let n = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let n = sqlx::query(UPDATE)
                .bind(&input.title)
                .bind(&input.description)
                .bind(input.responsible_org_id)
                .bind(&partners)
                .bind(date_text(input.starts_on))
                .bind(date_text(input.ends_on))
                .bind(input.budget)
                .bind(input.currency.as_str())
                .bind(&input.funding)
                .bind(input.source_practice_id)
                .bind(input.source_event_id)
                .bind(input.status.code())
                .bind(action_id)
                .bind(plan_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
            if n > 0 {
                history!(tx, plan_id, note);
            }
            tx.commit().await.map_err(db_err)?;
            n
        });
        Ok(n > 0)
    }

    async fn set_action_status(
        &self,
        plan_id: Id,
        action_id: Id,
        status: ActionStatus,
        note: &HistoryNote,
    ) -> DomainResult<bool> {
        let n = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let n = sqlx::query("UPDATE ap_actions SET status = $1 WHERE id = $2 AND plan_id = $3")
                .bind(status.code())
                .bind(action_id)
                .bind(plan_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
            if n > 0 {
                history!(tx, plan_id, note);
            }
            tx.commit().await.map_err(db_err)?;
            n
        });
        Ok(n > 0)
    }

    async fn plan_indicators(&self, plan_id: Id) -> DomainResult<Vec<Indicator>> {
        const SQL: &str = "SELECT i.id, i.plan_id, i.action_id, i.name, i.unit, i.baseline, i.target, \
             i.target_on, i.current_value, i.position FROM ap_indicators i JOIN ap_actions x ON x.id = i.action_id \
             WHERE i.plan_id = $1 ORDER BY x.position, x.id, i.position, i.id";
        let rows: Vec<IndicatorRow> =
            with_pool!(self, p => sqlx::query_as(SQL).bind(plan_id).fetch_all(p).await)
                .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|r| Indicator {
                id: r.id,
                plan_id: r.plan_id,
                action_id: r.action_id,
                name: r.name,
                unit: r.unit,
                baseline: r.baseline,
                target: r.target,
                target_on: date_from(r.target_on.as_deref()),
                current: r.current_value,
                position: r.position,
            })
            .collect())
    }

    async fn add_indicator(
        &self,
        plan_id: Id,
        action_id: Id,
        input: &IndicatorInput,
        note: &HistoryNote,
    ) -> DomainResult<Id> {
        const INSERT: &str = "INSERT INTO ap_indicators (plan_id, action_id, name, unit, baseline, target, \
             target_on, current_value, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $5, \
             (SELECT COALESCE(MAX(position), -1) + 1 FROM ap_indicators WHERE action_id = $2)) RETURNING id";
        let id: i64 = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let id: i64 = sqlx::query_scalar(INSERT)
                .bind(plan_id)
                .bind(action_id)
                .bind(&input.name)
                .bind(&input.unit)
                .bind(input.baseline)
                .bind(input.target)
                .bind(date_text(input.target_on))
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
            history!(tx, plan_id, note);
            tx.commit().await.map_err(db_err)?;
            id
        });
        Ok(id)
    }

    async fn add_progress(
        &self,
        indicator_id: Id,
        input: &ProgressInput,
        author: Option<Id>,
        note: &HistoryNote,
        plan_id: Id,
    ) -> DomainResult<Id> {
        const INSERT: &str = "INSERT INTO ap_progress (indicator_id, value, comment, reported_on, author_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
        // The current value is the latest report's (by date, then entry): a report dated earlier
        // than the last one fills in history without moving the current value back.
        const LATEST: &str =
            "UPDATE ap_indicators SET current_value = (SELECT value FROM ap_progress \
             WHERE indicator_id = $1 ORDER BY reported_on DESC, id DESC LIMIT 1) WHERE id = $1";
        let id: i64 = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let id: i64 = sqlx::query_scalar(INSERT)
                .bind(indicator_id)
                .bind(input.value)
                .bind(&input.comment)
                .bind(day_text(input.reported_on))
                .bind(author)
                .bind(now())
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
            sqlx::query(LATEST).bind(indicator_id).execute(&mut *tx).await.map_err(db_err)?;
            history!(tx, plan_id, note);
            tx.commit().await.map_err(db_err)?;
            id
        });
        Ok(id)
    }

    async fn plan_progress(&self, plan_id: Id) -> DomainResult<Vec<ProgressReport>> {
        const SQL: &str =
            "SELECT r.id, r.indicator_id, r.value, r.comment, r.reported_on, r.author_id, \
             u.display_name AS author_name, r.created_at FROM ap_progress r \
             JOIN ap_indicators i ON i.id = r.indicator_id LEFT JOIN users u ON u.id = r.author_id \
             WHERE i.plan_id = $1 ORDER BY r.reported_on, r.id";
        let rows: Vec<ProgressRow> =
            with_pool!(self, p => sqlx::query_as(SQL).bind(plan_id).fetch_all(p).await)
                .map_err(db_err)?;
        rows.into_iter()
            .map(|r| {
                Ok(ProgressReport {
                    id: r.id,
                    indicator_id: r.indicator_id,
                    value: r.value,
                    comment: r.comment,
                    reported_on: date_from(Some(&r.reported_on))
                        .ok_or_else(|| bad("progress report date", r.id, r.reported_on.clone()))?,
                    author_id: r.author_id,
                    author_name: r.author_name,
                    created_at: ts(r.created_at),
                })
            })
            .collect()
    }

    async fn plan_history(&self, plan_id: Id) -> DomainResult<Vec<HistoryEntry>> {
        const SQL: &str = "SELECT h.id, h.plan_id, h.user_id, u.display_name AS user_name, h.kind, h.params, h.at \
             FROM ap_history h LEFT JOIN users u ON u.id = h.user_id WHERE h.plan_id = $1 ORDER BY h.id DESC";
        let rows: Vec<HistoryRow> =
            with_pool!(self, p => sqlx::query_as(SQL).bind(plan_id).fetch_all(p).await)
                .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|r| {
                let params: std::collections::BTreeMap<String, String> =
                    serde_json::from_str(&r.params).unwrap_or_default();
                HistoryEntry {
                    id: r.id,
                    plan_id: r.plan_id,
                    user_id: r.user_id,
                    user_name: r.user_name,
                    detail: history_detail(&r.kind, &params),
                    kind: r.kind,
                    params,
                    at: ts(r.at),
                }
            })
            .collect())
    }
}
