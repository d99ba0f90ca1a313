//! Working groups of an event or a standing forum: members, moderator, discussion and conclusions.

use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::groups::*;
use klaster_domain::{DomainError, DomainResult, Id};
use time::OffsetDateTime;

#[derive(sqlx::FromRow)]
struct GroupRow {
    id: i64,
    event_id: Option<i64>,
    forum_org_id: Option<i64>,
    title: String,
    topic: String,
    moderator_id: Option<i64>,
    moderator_name: Option<String>,
    conclusions: String,
    conclusions_published_at: Option<i64>,
    position: i64,
    member_count: i64,
}

impl From<GroupRow> for WorkingGroup {
    fn from(r: GroupRow) -> Self {
        WorkingGroup {
            id: r.id,
            event_id: r.event_id,
            forum_org_id: r.forum_org_id,
            title: r.title,
            topic: r.topic,
            moderator: r
                .moderator_id
                .zip(r.moderator_name)
                .map(|(id, name)| Person { id, name }),
            conclusions: r.conclusions,
            conclusions_published_at: r.conclusions_published_at.map(ts),
            position: r.position,
            member_count: r.member_count,
        }
    }
}

const GROUP_SELECT: &str =
    "SELECT g.id, g.event_id, g.forum_org_id, g.title, g.topic, g.moderator_id, \
     u.display_name AS moderator_name, g.conclusions, g.conclusions_published_at, g.position, \
     (SELECT COUNT(*) FROM working_group_members m WHERE m.group_id = g.id) AS member_count \
     FROM working_groups g LEFT JOIN users u ON u.id = g.moderator_id";

#[derive(sqlx::FromRow)]
struct PostRow {
    id: i64,
    group_id: i64,
    user_id: Option<i64>,
    name: Option<String>,
    body: String,
    created_at: i64,
}

impl From<PostRow> for GroupPost {
    fn from(r: PostRow) -> Self {
        GroupPost {
            id: r.id,
            group_id: r.group_id,
            author: r.user_id.zip(r.name).map(|(id, name)| Person { id, name }),
            body: r.body,
            created_at: ts(r.created_at),
        }
    }
}

const POST_SELECT: &str =
    "SELECT p.id, p.group_id, p.user_id, u.display_name AS name, p.body, p.created_at \
     FROM working_group_posts p LEFT JOIN users u ON u.id = p.user_id";

impl Store {
    async fn groups_where(&self, clause: &str, id: Id) -> DomainResult<Vec<WorkingGroup>> {
        let sql = format!("{GROUP_SELECT} WHERE {clause} ORDER BY g.position, g.id");
        let rows: Vec<GroupRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_all(p).await)
            .map_err(db_err)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }
}

#[async_trait]
impl WorkingGroupRepo for Store {
    async fn create_group(
        &self,
        event_id: Option<Id>,
        forum_org_id: Option<Id>,
        input: &GroupInput,
    ) -> DomainResult<WorkingGroup> {
        const INSERT: &str = "INSERT INTO working_groups (event_id, forum_org_id, title, topic, moderator_id, position, created_at) \
             VALUES ($1, $2, $3, $4, $5, COALESCE($6, (SELECT COALESCE(MAX(position), 0) + 1 FROM working_groups \
             WHERE event_id IS NOT DISTINCT FROM $1 AND forum_org_id IS NOT DISTINCT FROM $2)), $7) RETURNING id";
        let id: i64 = with_pool!(self, p => sqlx::query_scalar(INSERT)
            .bind(event_id)
            .bind(forum_org_id)
            .bind(&input.title)
            .bind(&input.topic)
            .bind(input.moderator_id)
            .bind(input.position)
            .bind(now())
            .fetch_one(p)
            .await)
        .map_err(db_err)?;
        self.group(id).await?.ok_or(DomainError::NotFound)
    }

    async fn group(&self, id: Id) -> DomainResult<Option<WorkingGroup>> {
        Ok(self.groups_where("g.id = $1", id).await?.pop())
    }

    async fn event_groups(&self, event_id: Id) -> DomainResult<Vec<WorkingGroup>> {
        self.groups_where("g.event_id = $1", event_id).await
    }

    async fn forum_groups(&self, org_id: Id) -> DomainResult<Vec<WorkingGroup>> {
        self.groups_where("g.forum_org_id = $1 AND g.event_id IS NULL", org_id)
            .await
    }

    async fn set_group_member(&self, group_id: Id, user_id: Id, on: bool) -> DomainResult<()> {
        const JOIN: &str =
            "INSERT INTO working_group_members (group_id, user_id, joined_at) VALUES ($1, $2, $3) \
             ON CONFLICT (group_id, user_id) DO NOTHING";
        const LEAVE: &str =
            "DELETE FROM working_group_members WHERE group_id = $1 AND user_id = $2";
        with_pool!(self, p => if on {
            sqlx::query(JOIN).bind(group_id).bind(user_id).bind(now()).execute(p).await.map(|r| r.rows_affected())
        } else {
            sqlx::query(LEAVE).bind(group_id).bind(user_id).execute(p).await.map(|r| r.rows_affected())
        })
        .map_err(db_err)?;
        Ok(())
    }

    async fn group_members(&self, group_id: Id) -> DomainResult<Vec<Person>> {
        const SQL: &str = "SELECT u.id, u.display_name FROM working_group_members m JOIN users u ON u.id = m.user_id \
             WHERE m.group_id = $1 ORDER BY u.display_name, u.id";
        let rows: Vec<(i64, String)> =
            with_pool!(self, p => sqlx::query_as(SQL).bind(group_id).fetch_all(p).await)
                .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(id, name)| Person { id, name })
            .collect())
    }

    async fn groups_joined(&self, user_id: Id) -> DomainResult<Vec<Id>> {
        with_pool!(self, p => sqlx::query_scalar("SELECT group_id FROM working_group_members WHERE user_id = $1")
            .bind(user_id)
            .fetch_all(p)
            .await)
        .map_err(db_err)
    }

    async fn add_group_post(
        &self,
        group_id: Id,
        user_id: Id,
        body: &str,
    ) -> DomainResult<GroupPost> {
        const INSERT: &str =
            "INSERT INTO working_group_posts (group_id, user_id, body, created_at) \
             VALUES ($1, $2, $3, $4) RETURNING id";
        let id: i64 = with_pool!(self, p => sqlx::query_scalar(INSERT)
            .bind(group_id)
            .bind(user_id)
            .bind(body)
            .bind(now())
            .fetch_one(p)
            .await)
        .map_err(db_err)?;
        let sql = format!("{POST_SELECT} WHERE p.id = $1");
        let row: PostRow = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_one(p).await)
            .map_err(db_err)?;
        Ok(row.into())
    }

    async fn group_posts(&self, group_id: Id) -> DomainResult<Vec<GroupPost>> {
        let sql = format!("{POST_SELECT} WHERE p.group_id = $1 ORDER BY p.created_at, p.id");
        let rows: Vec<PostRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(group_id).fetch_all(p).await)
            .map_err(db_err)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn delete_group_post(&self, group_id: Id, post_id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query("DELETE FROM working_group_posts WHERE id = $1 AND group_id = $2")
            .bind(post_id)
            .bind(group_id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn set_conclusions(
        &self,
        group_id: Id,
        text: &str,
        published_at: Option<OffsetDateTime>,
    ) -> DomainResult<()> {
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE working_groups SET conclusions = $1, conclusions_published_at = $2 WHERE id = $3",
        )
        .bind(text)
        .bind(published_at.map(|t| t.unix_timestamp()))
        .bind(group_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        if n == 0 {
            return Err(DomainError::NotFound);
        }
        Ok(())
    }
}
