//! Users, sessions, API tokens and the audit trail.

use crate::rows::{UserRow, USER_COLS};
use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::*;
use time::OffsetDateTime;

#[async_trait]
impl UserRepo for Store {
    #[tracing::instrument(skip(self, password_hash))]
    async fn create_user(
        &self,
        email: &Email,
        display_name: &str,
        password_hash: &str,
        platform_admin: bool,
    ) -> DomainResult<User> {
        let sql = format!(
            "INSERT INTO users (email, display_name, password_hash, is_platform_admin, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING {USER_COLS}"
        );
        let row: UserRow = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(email.as_str())
            .bind(display_name)
            .bind(password_hash)
            .bind(platform_admin)
            .bind(now())
            .fetch_one(p)
            .await)
        .map_err(|e| match db_err(e) {
            DomainError::Conflict(_) => DomainError::field("email", "is already registered"),
            other => other,
        })?;
        Ok(row.into())
    }

    async fn user(&self, id: Id) -> DomainResult<Option<User>> {
        let sql = format!("SELECT {USER_COLS} FROM users WHERE id = $1");
        let row: Option<UserRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(p).await).map_err(db_err)?;
        Ok(row.map(Into::into))
    }

    async fn user_with_hash(&self, email: &Email) -> DomainResult<Option<(User, String)>> {
        let sql = format!("SELECT {USER_COLS} FROM users WHERE email = $1");
        let row: Option<UserRow> =
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(email.as_str()).fetch_optional(p).await).map_err(db_err)?;
        match row {
            Some(r) => {
                let hash = self.password_hash(r.id).await?;
                Ok(Some((r.into(), hash)))
            }
            None => Ok(None),
        }
    }

    async fn password_hash(&self, user_id: Id) -> DomainResult<String> {
        with_pool!(self, p => sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1").bind(user_id).fetch_optional(p).await)
            .map_err(db_err)?
            .ok_or(DomainError::NotFound)
    }

    async fn set_password_hash(&self, user_id: Id, hash: &str) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2").bind(hash).bind(user_id).execute(p).await.map(|_| ()))
            .map_err(db_err)?;
        Ok(())
    }

    async fn set_platform_admin(&self, user_id: Id, on: bool) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query("UPDATE users SET is_platform_admin = $1 WHERE id = $2").bind(on).bind(user_id).execute(p).await.map(|_| ()))
            .map_err(db_err)?;
        Ok(())
    }

    async fn memberships(&self, user_id: Id) -> DomainResult<Vec<Membership>> {
        let rows: Vec<(i64, String, String)> = with_pool!(self, p => sqlx::query_as(
            "SELECT o.id, o.name, u.role FROM org_users u JOIN organisations o ON o.id = u.org_id WHERE u.user_id = $1 ORDER BY o.name",
        )
        .bind(user_id)
        .fetch_all(p)
        .await)
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, name, role)| {
                Some(Membership {
                    organisation_id: id,
                    organisation_name: name,
                    role: OrgRole::parse(&role).ok()?,
                })
            })
            .collect())
    }
}

#[async_trait]
impl SessionRepo for Store {
    async fn create_session(
        &self,
        token_hash: &str,
        user_id: Id,
        expires_at: OffsetDateTime,
    ) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(token_hash)
            .bind(user_id)
            .bind(now())
            .bind(expires_at.unix_timestamp())
            .execute(p)
            .await.map(|_| ()))
        .map_err(db_err)?;
        Ok(())
    }

    async fn session(&self, token_hash: &str) -> DomainResult<Option<Session>> {
        let row: Option<(i64, i64)> = with_pool!(self, p => sqlx::query_as(
            "SELECT user_id, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now())
        .fetch_optional(p)
        .await)
        .map_err(db_err)?;
        Ok(row.map(|(user_id, exp)| Session {
            user_id,
            expires_at: ts(exp),
        }))
    }

    async fn delete_session(&self, token_hash: &str) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query("DELETE FROM sessions WHERE token_hash = $1 OR expires_at <= $2").bind(token_hash).bind(now()).execute(p).await.map(|_| ()))
            .map_err(db_err)?;
        Ok(())
    }

    async fn delete_other_sessions(&self, user_id: Id, keep_token_hash: &str) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user_id)
            .bind(keep_token_hash)
            .execute(p)
            .await.map(|_| ()))
        .map_err(db_err)?;
        Ok(())
    }

    async fn create_api_token(
        &self,
        user_id: Id,
        name: &str,
        token_hash: &str,
    ) -> DomainResult<ApiToken> {
        let created = now();
        let id: i64 = with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(user_id)
        .bind(name)
        .bind(token_hash)
        .bind(created)
        .fetch_one(p)
        .await)
        .map_err(db_err)?;
        Ok(ApiToken {
            id,
            name: name.to_string(),
            created_at: ts(created),
            last_used_at: None,
        })
    }

    async fn api_tokens(&self, user_id: Id) -> DomainResult<Vec<ApiToken>> {
        let rows: Vec<(i64, String, i64, Option<i64>)> = with_pool!(self, p => sqlx::query_as(
            "SELECT id, name, created_at, last_used_at FROM api_tokens WHERE user_id = $1 ORDER BY id",
        )
        .bind(user_id)
        .fetch_all(p)
        .await)
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(id, name, c, u)| ApiToken {
                id,
                name,
                created_at: ts(c),
                last_used_at: u.map(ts),
            })
            .collect())
    }

    async fn delete_api_token(&self, user_id: Id, token_id: Id) -> DomainResult<bool> {
        let done = with_pool!(self, p => sqlx::query("DELETE FROM api_tokens WHERE id = $1 AND user_id = $2")
            .bind(token_id)
            .bind(user_id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(done > 0)
    }

    async fn user_by_api_token(&self, token_hash: &str) -> DomainResult<Option<User>> {
        let user_id: Option<i64> = with_pool!(self, p => sqlx::query_scalar(
            "UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2 RETURNING user_id",
        )
        .bind(now())
        .bind(token_hash)
        .fetch_optional(p)
        .await)
        .map_err(db_err)?;
        match user_id {
            Some(id) => self.user(id).await,
            None => Ok(None),
        }
    }
}

#[async_trait]
impl AuditRepo for Store {
    async fn audit(&self, actor: Option<Id>, action: &str, subject: &str) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query("INSERT INTO audit_log (actor_user_id, action, subject, at) VALUES ($1, $2, $3, $4)")
            .bind(actor)
            .bind(action)
            .bind(subject)
            .bind(now())
            .execute(p)
            .await.map(|_| ()))
        .map_err(db_err)?;
        Ok(())
    }

    async fn audit_log(&self, limit: i64) -> DomainResult<Vec<AuditEntry>> {
        let rows: Vec<(i64, Option<i64>, String, String, i64)> = with_pool!(self, p => sqlx::query_as(
            "SELECT id, actor_user_id, action, subject, at FROM audit_log ORDER BY id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(p)
        .await)
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(id, actor_user_id, action, subject, at)| AuditEntry {
                id,
                actor_user_id,
                action,
                subject,
                at: ts(at),
            })
            .collect())
    }
}

#[async_trait]
impl Health for Store {
    async fn ping(&self) -> bool {
        Store::ping(self).await
    }
}
