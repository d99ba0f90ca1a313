//! The good-practice library.

use crate::rows::{json, json_list};
use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::good_practices::*;
use klaster_domain::{DomainError, DomainResult, Id, NutsCode};

#[derive(sqlx::FromRow)]
struct PracticeRow {
    id: i64,
    title: String,
    nuts: String,
    org_id: Option<i64>,
    org_name: Option<String>,
    owner_org_id: Option<i64>,
    theme: String,
    description: String,
    results: String,
    contacts: String,
    attachments: String,
    event_ids: String,
    created_by: Option<i64>,
    is_demo: bool,
    created_at: i64,
    updated_at: i64,
}

const COLS: &str = "g.id, g.title, g.nuts, g.org_id, o.name AS org_name, g.owner_org_id, g.theme, \
     g.description, g.results, g.contacts, g.attachments, g.event_ids, g.created_by, g.is_demo, \
     g.created_at, g.updated_at";

const FROM: &str = "good_practices g LEFT JOIN organisations o ON o.id = g.org_id";

impl TryFrom<PracticeRow> for GoodPractice {
    type Error = DomainError;
    fn try_from(r: PracticeRow) -> Result<Self, DomainError> {
        let bad = |field: &str, e: String| {
            DomainError::Internal(format!("good practice {} has a bad {field}: {e}", r.id))
        };
        Ok(GoodPractice {
            id: r.id,
            nuts: NutsCode::parse(&r.nuts).map_err(|e| bad("nuts", e))?,
            theme: PracticeTheme::parse(&r.theme).map_err(|e| bad("theme", e))?,
            attachments: json_list(&r.attachments),
            event_ids: json_list(&r.event_ids),
            title: r.title,
            org_id: r.org_id,
            org_name: r.org_name,
            owner_org_id: r.owner_org_id,
            description: r.description,
            results: r.results,
            contacts: r.contacts,
            created_by: r.created_by,
            is_demo: r.is_demo,
            created_at: ts(r.created_at),
            updated_at: ts(r.updated_at),
        })
    }
}

#[async_trait]
impl GoodPracticeRepo for Store {
    async fn list_good_practices(&self) -> DomainResult<Vec<GoodPractice>> {
        let sql = format!("SELECT {COLS} FROM {FROM} ORDER BY g.created_at DESC, g.id DESC");
        let rows: Vec<PracticeRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(p).await)
            .map_err(db_err)?;
        rows.into_iter().map(GoodPractice::try_from).collect()
    }

    async fn good_practice(&self, id: Id) -> DomainResult<Option<GoodPractice>> {
        let sql = format!("SELECT {COLS} FROM {FROM} WHERE g.id = $1");
        let row: Option<PracticeRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(p).await)
            .map_err(db_err)?;
        row.map(GoodPractice::try_from).transpose()
    }

    async fn create_good_practice(
        &self,
        input: &GoodPracticeInput,
        owner_org_id: Option<Id>,
        created_by: Option<Id>,
    ) -> DomainResult<Id> {
        const INSERT: &str = "INSERT INTO good_practices (title, nuts, org_id, owner_org_id, theme, description, \
             results, contacts, attachments, event_ids, created_by, is_demo, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id";
        let attachments = json(&input.attachments)?;
        let events = json(&input.event_ids)?;
        let id: i64 = with_pool!(self, p => sqlx::query_scalar(INSERT)
            .bind(&input.title)
            .bind(input.nuts.as_str())
            .bind(input.org_id)
            .bind(owner_org_id)
            .bind(input.theme.code())
            .bind(&input.description)
            .bind(&input.results)
            .bind(&input.contacts)
            .bind(&attachments)
            .bind(&events)
            .bind(created_by)
            .bind(input.is_demo)
            .bind(now())
            .fetch_one(p)
            .await)
        .map_err(db_err)?;
        Ok(id)
    }

    async fn update_good_practice(&self, id: Id, input: &GoodPracticeInput) -> DomainResult<bool> {
        const UPDATE: &str = "UPDATE good_practices SET title = $1, nuts = $2, org_id = $3, theme = $4, \
             description = $5, results = $6, contacts = $7, attachments = $8, event_ids = $9, updated_at = $10 \
             WHERE id = $11";
        let attachments = json(&input.attachments)?;
        let events = json(&input.event_ids)?;
        let n = with_pool!(self, p => sqlx::query(UPDATE)
            .bind(&input.title)
            .bind(input.nuts.as_str())
            .bind(input.org_id)
            .bind(input.theme.code())
            .bind(&input.description)
            .bind(&input.results)
            .bind(&input.contacts)
            .bind(&attachments)
            .bind(&events)
            .bind(now())
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn practice_actions(&self, practice_id: Id) -> DomainResult<Vec<(Id, Id, String)>> {
        const SQL: &str =
            "SELECT plan_id, id, title FROM ap_actions WHERE source_practice_id = $1 \
             ORDER BY plan_id, position, id";
        let rows: Vec<(i64, i64, String)> =
            with_pool!(self, p => sqlx::query_as(SQL).bind(practice_id).fetch_all(p).await)
                .map_err(db_err)?;
        Ok(rows)
    }
}
