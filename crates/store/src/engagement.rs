//! Follows, comments and expressions of interest on cooperation profiles.

use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::engagement::*;
use klaster_domain::{DomainError, DomainResult, Id};

type CommentRow = (i64, i64, Option<i64>, Option<String>, String, i64);
const COMMENT_SELECT: &str =
    "SELECT c.id, c.profile_id, c.user_id, u.display_name, c.body, c.created_at \
     FROM profile_comments c LEFT JOIN users u ON u.id = c.user_id";

fn comment_from((id, profile_id, user_id, name, body, created_at): CommentRow) -> ProfileComment {
    ProfileComment {
        id,
        profile_id,
        user_id,
        user_name: name.unwrap_or_default(),
        body,
        created_at: ts(created_at),
    }
}

type InterestRow = (
    i64,
    i64,
    i64,
    String,
    Option<i64>,
    Option<String>,
    String,
    i64,
);
const INTEREST_SELECT: &str =
    "SELECT i.id, i.profile_id, i.user_id, u.display_name, i.org_id, o.name, i.message, \
     i.created_at FROM profile_interests i JOIN users u ON u.id = i.user_id \
     LEFT JOIN organisations o ON o.id = i.org_id";

fn interest_from(r: InterestRow) -> ProfileInterest {
    let (id, profile_id, user_id, user_name, org_id, org_name, message, created_at) = r;
    ProfileInterest {
        id,
        profile_id,
        user_id,
        user_name,
        org_id,
        org_name,
        message,
        created_at: ts(created_at),
    }
}

#[async_trait]
impl EngagementRepo for Store {
    async fn follow_profile(&self, profile_id: Id, user_id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query(
            "INSERT INTO profile_follows (profile_id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(profile_id)
        .bind(user_id)
        .bind(now())
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn unfollow_profile(&self, profile_id: Id, user_id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query("DELETE FROM profile_follows WHERE profile_id = $1 AND user_id = $2")
            .bind(profile_id).bind(user_id).execute(p).await.map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn follows_profile(&self, profile_id: Id, user_id: Id) -> DomainResult<bool> {
        let n: i64 = with_pool!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM profile_follows WHERE profile_id = $1 AND user_id = $2",
        )
        .bind(profile_id)
        .bind(user_id)
        .fetch_one(p)
        .await)
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn profile_followers(&self, profile_id: Id) -> DomainResult<Vec<Id>> {
        with_pool!(self, p => sqlx::query_scalar("SELECT user_id FROM profile_follows WHERE profile_id = $1 ORDER BY user_id")
            .bind(profile_id).fetch_all(p).await)
        .map_err(db_err)
    }

    async fn followed_profiles(&self, user_id: Id) -> DomainResult<Vec<Id>> {
        with_pool!(self, p => sqlx::query_scalar("SELECT profile_id FROM profile_follows WHERE user_id = $1 ORDER BY created_at DESC")
            .bind(user_id).fetch_all(p).await)
        .map_err(db_err)
    }

    async fn add_comment(&self, profile_id: Id, user_id: Id, body: &str) -> DomainResult<Id> {
        with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO profile_comments (profile_id, user_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(profile_id)
        .bind(user_id)
        .bind(body)
        .bind(now())
        .fetch_one(p)
        .await)
        .map_err(db_err)
    }

    async fn comment(&self, id: Id) -> DomainResult<Option<ProfileComment>> {
        let sql = format!("{COMMENT_SELECT} WHERE c.id = $1");
        let row: Option<CommentRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(p).await)
            .map_err(db_err)?;
        Ok(row.map(comment_from))
    }

    async fn comments(&self, profile_id: Id) -> DomainResult<Vec<ProfileComment>> {
        let sql = format!("{COMMENT_SELECT} WHERE c.profile_id = $1 ORDER BY c.created_at, c.id");
        let rows: Vec<CommentRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(profile_id).fetch_all(p).await)
            .map_err(db_err)?;
        Ok(rows.into_iter().map(comment_from).collect())
    }

    async fn delete_comment(&self, id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query("DELETE FROM profile_comments WHERE id = $1")
            .bind(id).execute(p).await.map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn add_interest(
        &self,
        profile_id: Id,
        user_id: Id,
        org_id: Option<Id>,
        message: &str,
    ) -> DomainResult<Id> {
        with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO profile_interests (profile_id, user_id, org_id, message, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(profile_id)
        .bind(user_id)
        .bind(org_id)
        .bind(message)
        .bind(now())
        .fetch_one(p)
        .await)
        .map_err(|e| match db_err(e) {
            DomainError::Conflict(_) => {
                DomainError::Conflict("you have already expressed interest in this profile".into())
            }
            other => other,
        })
    }

    async fn interests(&self, profile_id: Id) -> DomainResult<Vec<ProfileInterest>> {
        let sql = format!(
            "{INTEREST_SELECT} WHERE i.profile_id = $1 ORDER BY i.created_at DESC, i.id DESC"
        );
        let rows: Vec<InterestRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(profile_id).fetch_all(p).await)
            .map_err(db_err)?;
        Ok(rows.into_iter().map(interest_from).collect())
    }

    async fn interest_of(
        &self,
        profile_id: Id,
        user_id: Id,
    ) -> DomainResult<Option<ProfileInterest>> {
        let sql = format!("{INTEREST_SELECT} WHERE i.profile_id = $1 AND i.user_id = $2");
        let row: Option<InterestRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(profile_id).bind(user_id).fetch_optional(p).await)
            .map_err(db_err)?;
        Ok(row.map(interest_from))
    }
}
