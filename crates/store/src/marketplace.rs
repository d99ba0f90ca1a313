//! Cooperation profiles of the marketplace.

use crate::rows::{date_from, date_text, json, json_list};
use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::marketplace::*;
use klaster_domain::{DomainResult, Id, OrgKind};
use time::Date;

#[derive(sqlx::FromRow)]
struct ProfileRow {
    id: i64,
    org_id: i64,
    org_name: String,
    org_country: String,
    author_id: Option<i64>,
    kind: String,
    status: String,
    texts: String,
    nace: String,
    keywords: String,
    target_countries: String,
    target_regions: String,
    partner_kinds: String,
    partner_roles: String,
    deadline: Option<String>,
    submitted_at: Option<i64>,
    published_at: Option<i64>,
    expires_on: Option<String>,
    reviewed_by: Option<i64>,
    review_note: Option<String>,
    is_demo: bool,
    created_at: i64,
    updated_at: i64,
}

const SELECT: &str = "SELECT c.id, c.org_id, o.name AS org_name, o.country AS org_country, c.author_id, c.kind, \
     c.status, c.texts, c.nace, c.keywords, c.target_countries, c.target_regions, c.partner_kinds, c.partner_roles, \
     c.deadline, c.submitted_at, c.published_at, c.expires_on, c.reviewed_by, c.review_note, c.is_demo, \
     c.created_at, c.updated_at FROM cooperation_profiles c JOIN organisations o ON o.id = c.org_id";

impl From<ProfileRow> for CooperationProfile {
    fn from(r: ProfileRow) -> Self {
        CooperationProfile {
            id: r.id,
            org_id: r.org_id,
            org_name: r.org_name,
            org_country: r.org_country,
            author_id: r.author_id,
            // Codes were written by this program; an unknown one means a newer version wrote it.
            status: ProfileStatus::parse(&r.status).unwrap_or(ProfileStatus::Draft),
            input: ProfileInput {
                kind: ProfileKind::parse(&r.kind).unwrap_or(ProfileKind::BusinessOffer),
                texts: json_list(&r.texts),
                nace: json_list(&r.nace),
                keywords: json_list(&r.keywords),
                target_countries: json_list(&r.target_countries),
                target_regions: json_list(&r.target_regions),
                partner_kinds: json_list::<OrgKind>(&r.partner_kinds),
                partner_roles: json_list(&r.partner_roles),
                deadline: date_from(r.deadline.as_deref()),
            },
            submitted_at: r.submitted_at.map(ts),
            published_at: r.published_at.map(ts),
            expires_on: date_from(r.expires_on.as_deref()),
            reviewed_by: r.reviewed_by,
            review_note: r.review_note,
            is_demo: r.is_demo,
            created_at: ts(r.created_at),
            updated_at: ts(r.updated_at),
        }
    }
}

/// The input's JSON columns, in the order of the INSERT and UPDATE statements.
fn columns(i: &ProfileInput) -> DomainResult<[String; 7]> {
    Ok([
        json(&i.texts)?,
        json(&i.nace)?,
        json(&i.keywords)?,
        json(&i.target_countries)?,
        json(&i.target_regions)?,
        json(&i.partner_kinds)?,
        json(&i.partner_roles)?,
    ])
}

#[async_trait]
impl MarketplaceRepo for Store {
    async fn create_profile(
        &self,
        org_id: Id,
        author_id: Option<Id>,
        input: &ProfileInput,
        is_demo: bool,
    ) -> DomainResult<Id> {
        let [texts, nace, keywords, countries, regions, kinds, roles] = columns(input)?;
        with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO cooperation_profiles (org_id, author_id, kind, status, texts, nace, keywords, \
             target_countries, target_regions, partner_kinds, partner_roles, deadline, is_demo, created_at, updated_at) \
             VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id",
        )
        .bind(org_id)
        .bind(author_id)
        .bind(input.kind.code())
        .bind(&texts)
        .bind(&nace)
        .bind(&keywords)
        .bind(&countries)
        .bind(&regions)
        .bind(&kinds)
        .bind(&roles)
        .bind(date_text(input.deadline))
        .bind(is_demo)
        .bind(now())
        .fetch_one(p)
        .await)
        .map_err(db_err)
    }

    async fn update_profile(&self, id: Id, input: &ProfileInput) -> DomainResult<bool> {
        let [texts, nace, keywords, countries, regions, kinds, roles] = columns(input)?;
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE cooperation_profiles SET kind = $1, texts = $2, nace = $3, keywords = $4, target_countries = $5, \
             target_regions = $6, partner_kinds = $7, partner_roles = $8, deadline = $9, updated_at = $10 WHERE id = $11",
        )
        .bind(input.kind.code())
        .bind(&texts)
        .bind(&nace)
        .bind(&keywords)
        .bind(&countries)
        .bind(&regions)
        .bind(&kinds)
        .bind(&roles)
        .bind(date_text(input.deadline))
        .bind(now())
        .bind(id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn set_profile_status(&self, id: Id, c: &StatusChange) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE cooperation_profiles SET status = $1, submitted_at = $2, published_at = $3, expires_on = $4, \
             reviewed_by = $5, review_note = $6, updated_at = $7 WHERE id = $8",
        )
        .bind(c.status.code())
        .bind(c.submitted_at.map(|t| t.unix_timestamp()))
        .bind(c.published_at.map(|t| t.unix_timestamp()))
        .bind(date_text(c.expires_on))
        .bind(c.reviewed_by)
        .bind(&c.review_note)
        .bind(now())
        .bind(id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn delete_profile(&self, id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query("DELETE FROM cooperation_profiles WHERE id = $1")
            .bind(id).execute(p).await.map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn profile(&self, id: Id) -> DomainResult<Option<CooperationProfile>> {
        let sql = format!("{SELECT} WHERE c.id = $1");
        let row: Option<ProfileRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(p).await)
            .map_err(db_err)?;
        Ok(row.map(Into::into))
    }

    async fn profiles(&self, statuses: &[ProfileStatus]) -> DomainResult<Vec<CooperationProfile>> {
        let sql =
            format!("{SELECT} ORDER BY COALESCE(c.published_at, c.created_at) DESC, c.id DESC");
        let rows: Vec<ProfileRow> =
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(p).await)
                .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(CooperationProfile::from)
            .filter(|c| statuses.is_empty() || statuses.contains(&c.status))
            .collect())
    }

    async fn profiles_of_org(&self, org_id: Id) -> DomainResult<Vec<CooperationProfile>> {
        let sql = format!("{SELECT} WHERE c.org_id = $1 ORDER BY c.created_at DESC, c.id DESC");
        let rows: Vec<ProfileRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(org_id).fetch_all(p).await)
            .map_err(db_err)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn count_profiles(&self) -> DomainResult<i64> {
        with_pool!(self, p => sqlx::query_scalar("SELECT COUNT(*) FROM cooperation_profiles").fetch_one(p).await)
            .map_err(db_err)
    }

    async fn expire_profiles(&self, today: Date) -> DomainResult<Vec<CooperationProfile>> {
        // One statement, so two sweeps running at once never expire (and report) a profile twice.
        let ids: Vec<i64> = with_pool!(self, p => sqlx::query_scalar(
            "UPDATE cooperation_profiles SET status = 'expired', updated_at = $1 \
             WHERE status = 'published' AND expires_on < $2 RETURNING id",
        )
        .bind(now())
        .bind(date_text(Some(today)))
        .fetch_all(p)
        .await)
        .map_err(db_err)?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.extend(self.profile(id).await?);
        }
        Ok(out)
    }

    async fn platform_admin_ids(&self) -> DomainResult<Vec<Id>> {
        with_pool!(self, p => sqlx::query_scalar("SELECT id FROM users WHERE is_platform_admin ORDER BY id").fetch_all(p).await)
            .map_err(db_err)
    }
}
