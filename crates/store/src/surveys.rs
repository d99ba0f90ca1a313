//! Surveys and their responses.

use crate::rows::json;
use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::surveys::*;
use klaster_domain::{DomainError, DomainResult, Id, OrgKind};
use std::collections::HashMap;

#[derive(sqlx::FromRow)]
struct SurveyRow {
    id: i64,
    owner_org_id: Option<i64>,
    owner_project_id: Option<i64>,
    owner_name: Option<String>,
    title: String,
    intro: String,
    audience: String,
    audience_org_id: Option<i64>,
    audience_event_id: Option<i64>,
    audience_nuts: Option<String>,
    anonymous: bool,
    per_org: bool,
    results_public: bool,
    status: String,
    closes_at: Option<i64>,
    structure: String,
    salt: String,
    is_demo: bool,
    created_at: i64,
    updated_at: i64,
}

const SURVEY_SELECT: &str = "SELECT s.id, s.owner_org_id, s.owner_project_id, COALESCE(o.name, p.acronym) AS owner_name, \
     s.title, s.intro, s.audience, s.audience_org_id, s.audience_event_id, s.audience_nuts, s.anonymous, s.per_org, \
     s.results_public, s.status, s.closes_at, s.structure, s.salt, s.is_demo, s.created_at, s.updated_at \
     FROM surveys s LEFT JOIN organisations o ON o.id = s.owner_org_id LEFT JOIN projects p ON p.id = s.owner_project_id";

fn parse_json<T: serde::de::DeserializeOwned + Default>(s: &str) -> T {
    serde_json::from_str(s).unwrap_or_default()
}

fn survey_from(r: SurveyRow) -> DomainResult<Survey> {
    Ok(Survey {
        id: r.id,
        owner_org_id: r.owner_org_id,
        owner_project_id: r.owner_project_id,
        owner_name: r.owner_name.unwrap_or_default(),
        title: parse_json(&r.title),
        intro: parse_json(&r.intro),
        audience: Audience {
            kind: AudienceKind::parse(&r.audience).map_err(DomainError::Internal)?,
            org_id: r.audience_org_id,
            event_id: r.audience_event_id,
            nuts: r.audience_nuts,
        },
        anonymous: r.anonymous,
        per_org: r.per_org,
        results_public: r.results_public,
        status: SurveyStatus::parse(&r.status).map_err(DomainError::Internal)?,
        closes_at: r.closes_at.map(ts),
        structure: parse_json(&r.structure),
        is_demo: r.is_demo,
        created_at: ts(r.created_at),
        updated_at: ts(r.updated_at),
        salt: r.salt,
    })
}

#[derive(sqlx::FromRow)]
struct ResponseRow {
    id: i64,
    survey_id: i64,
    user_id: Option<i64>,
    respondent_name: Option<String>,
    org_id: Option<i64>,
    org_name: Option<String>,
    country: Option<String>,
    nuts: Option<String>,
    org_kind: Option<String>,
    status: String,
    consent: bool,
    answers: String,
    updated_at: i64,
    submitted_at: Option<i64>,
}

const RESPONSE_SELECT: &str = "SELECT r.id, r.survey_id, r.user_id, u.display_name AS respondent_name, r.org_id, \
     o.name AS org_name, r.country, r.nuts, r.org_kind, r.status, r.consent, r.answers, r.updated_at, r.submitted_at \
     FROM survey_responses r LEFT JOIN users u ON u.id = r.user_id LEFT JOIN organisations o ON o.id = r.org_id";

fn response_from(r: ResponseRow) -> DomainResult<Response> {
    Ok(Response {
        id: r.id,
        survey_id: r.survey_id,
        user_id: r.user_id,
        respondent_name: r.respondent_name,
        org_id: r.org_id,
        org_name: r.org_name,
        country: r.country,
        nuts: r.nuts,
        org_kind: r.org_kind.as_deref().and_then(|k| OrgKind::parse(k).ok()),
        status: ResponseStatus::parse(&r.status).map_err(DomainError::Internal)?,
        consent: r.consent,
        answers: parse_json(&r.answers),
        updated_at: ts(r.updated_at),
        submitted_at: r.submitted_at.map(ts),
    })
}

#[async_trait]
impl SurveyRepo for Store {
    async fn create_survey(
        &self,
        s: &SurveySettings,
        salt: &str,
        created_by: Option<Id>,
        is_demo: bool,
    ) -> DomainResult<Id> {
        let (title, intro) = (json(&s.title)?, json(&s.intro)?);
        let structure = json(&Structure::default())?;
        let t = now();
        with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO surveys (owner_org_id, owner_project_id, title, intro, audience, audience_org_id, \
             audience_event_id, audience_nuts, anonymous, per_org, results_public, status, closes_at, structure, \
             salt, created_by, is_demo, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'draft', $12, $13, $14, $15, $16, $17, $17) RETURNING id",
        )
        .bind(s.owner_org_id)
        .bind(s.owner_project_id)
        .bind(&title)
        .bind(&intro)
        .bind(s.audience.kind.code())
        .bind(s.audience.org_id)
        .bind(s.audience.event_id)
        .bind(&s.audience.nuts)
        .bind(s.anonymous)
        .bind(s.per_org)
        .bind(s.results_public)
        .bind(s.closes_at.map(|t| t.unix_timestamp()))
        .bind(&structure)
        .bind(salt)
        .bind(created_by)
        .bind(is_demo)
        .bind(t)
        .fetch_one(p)
        .await)
        .map_err(db_err)
    }

    async fn update_survey_settings(&self, id: Id, s: &SurveySettings) -> DomainResult<bool> {
        let (title, intro) = (json(&s.title)?, json(&s.intro)?);
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE surveys SET title = $1, intro = $2, audience = $3, audience_org_id = $4, audience_event_id = $5, \
             audience_nuts = $6, anonymous = $7, per_org = $8, results_public = $9, closes_at = $10, updated_at = $11 \
             WHERE id = $12",
        )
        .bind(&title)
        .bind(&intro)
        .bind(s.audience.kind.code())
        .bind(s.audience.org_id)
        .bind(s.audience.event_id)
        .bind(&s.audience.nuts)
        .bind(s.anonymous)
        .bind(s.per_org)
        .bind(s.results_public)
        .bind(s.closes_at.map(|t| t.unix_timestamp()))
        .bind(now())
        .bind(id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn save_survey_structure(&self, id: Id, st: &Structure) -> DomainResult<bool> {
        let structure = json(st)?;
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE surveys SET structure = $1, updated_at = $2 WHERE id = $3 AND status = 'draft'",
        )
        .bind(&structure)
        .bind(now())
        .bind(id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn set_survey_status(&self, id: Id, status: SurveyStatus) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query("UPDATE surveys SET status = $1, updated_at = $2 WHERE id = $3")
            .bind(status.code())
            .bind(now())
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn survey(&self, id: Id) -> DomainResult<Option<Survey>> {
        let sql = format!("{SURVEY_SELECT} WHERE s.id = $1");
        let row: Option<SurveyRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(p).await)
            .map_err(db_err)?;
        row.map(survey_from).transpose()
    }

    async fn surveys(&self) -> DomainResult<Vec<Survey>> {
        let sql = format!("{SURVEY_SELECT} ORDER BY s.created_at DESC, s.id DESC");
        let rows: Vec<SurveyRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(p).await)
            .map_err(db_err)?;
        rows.into_iter().map(survey_from).collect()
    }

    async fn delete_survey(&self, id: Id) -> DomainResult<bool> {
        // Responses first: SQLite cascades only with foreign keys switched on.
        let n = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            sqlx::query("DELETE FROM survey_responses WHERE survey_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            let n = sqlx::query("DELETE FROM surveys WHERE id = $1")
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

    async fn survey_response_by_key(
        &self,
        survey_id: Id,
        key: &str,
    ) -> DomainResult<Option<Response>> {
        let sql = format!("{RESPONSE_SELECT} WHERE r.survey_id = $1 AND r.respondent_key = $2");
        let row: Option<ResponseRow> =
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(survey_id)
            .bind(key)
            .fetch_optional(p)
            .await)
            .map_err(db_err)?;
        row.map(response_from).transpose()
    }

    async fn save_survey_response(
        &self,
        survey_id: Id,
        key: &str,
        who: &RespondentInfo,
        consent: bool,
        answers: &[Answer],
        submit: bool,
        is_demo: bool,
    ) -> DomainResult<Id> {
        let answers = json(&answers)?;
        let status = if submit {
            ResponseStatus::Submitted
        } else {
            ResponseStatus::Draft
        };
        let t = now();
        let submitted_at = submit.then_some(t);
        let already = || DomainError::Conflict("this survey has already been answered".into());
        // The update only touches a draft, and the insert meets the unique key: whichever of two
        // parallel submissions comes second finds no draft or a taken key, and gets `Conflict`.
        let id = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let updated: Option<i64> = sqlx::query_scalar(
                "UPDATE survey_responses SET answers = $1, status = $2, consent = $3, user_id = $4, org_id = $5, \
                 country = $6, nuts = $7, org_kind = $8, updated_at = $9, submitted_at = $10 \
                 WHERE survey_id = $11 AND respondent_key = $12 AND status = 'draft' RETURNING id",
            )
            .bind(&answers)
            .bind(status.code())
            .bind(consent)
            .bind(who.user_id)
            .bind(who.org_id)
            .bind(&who.country)
            .bind(&who.nuts)
            .bind(who.org_kind.map(|k| k.code()))
            .bind(t)
            .bind(submitted_at)
            .bind(survey_id)
            .bind(key)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_err)?;
            let id = match updated {
                Some(id) => id,
                None => sqlx::query_scalar(
                    "INSERT INTO survey_responses (survey_id, respondent_key, user_id, org_id, country, nuts, org_kind, \
                     status, consent, answers, is_demo, created_at, updated_at, submitted_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13) RETURNING id",
                )
                .bind(survey_id)
                .bind(key)
                .bind(who.user_id)
                .bind(who.org_id)
                .bind(&who.country)
                .bind(&who.nuts)
                .bind(who.org_kind.map(|k| k.code()))
                .bind(status.code())
                .bind(consent)
                .bind(&answers)
                .bind(is_demo)
                .bind(t)
                .bind(submitted_at)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| match db_err(e) {
                    DomainError::Conflict(_) => already(),
                    other => other,
                })?,
            };
            tx.commit().await.map_err(|e| match db_err(e) {
                DomainError::Conflict(_) => already(),
                other => other,
            })?;
            id
        });
        Ok(id)
    }

    async fn survey_responses(
        &self,
        survey_id: Id,
        submitted_only: bool,
    ) -> DomainResult<Vec<Response>> {
        let sql = format!(
            "{RESPONSE_SELECT} WHERE r.survey_id = $1{} ORDER BY r.id",
            if submitted_only {
                " AND r.status = 'submitted'"
            } else {
                ""
            }
        );
        let rows: Vec<ResponseRow> =
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(survey_id)
            .fetch_all(p)
            .await)
            .map_err(db_err)?;
        rows.into_iter().map(response_from).collect()
    }

    async fn survey_response_counts(&self) -> DomainResult<HashMap<Id, i64>> {
        let rows: Vec<(i64, i64)> = with_pool!(self, p => sqlx::query_as(
            "SELECT survey_id, COUNT(*) FROM survey_responses WHERE status = 'submitted' GROUP BY survey_id",
        )
        .fetch_all(p)
        .await)
        .map_err(db_err)?;
        Ok(rows.into_iter().collect())
    }
}
