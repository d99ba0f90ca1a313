//! Organisation profiles, their users and invitations, cluster membership and verification.

use crate::rows::{OrgLists, OrgRow, ORG_COLS};
use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::*;
use std::collections::HashMap;

/// Binds the user-settable columns in the order `INPUT_COLS` lists them.
macro_rules! bind_input {
    ($q:expr, $i:expr, $l:expr) => {
        $q.bind($i.kind.code())
            .bind($i.size_class.map(|s| s.code()))
            .bind(&$i.name)
            .bind($i.short_name.as_deref())
            .bind($i.country.as_str())
            .bind($i.nuts.as_ref().map(|n| n.as_str()))
            .bind(&$l.nace)
            .bind(&$l.ecosystems)
            .bind(&$l.keywords)
            .bind($i.website.as_ref().map(|w| w.as_str()))
            .bind($i.year_founded)
            .bind(&$l.languages)
            .bind(&$l.descriptions)
            .bind($i.management_fte)
            .bind($i.is_demo)
    };
}

const INSERT_ORG: &str = "INSERT INTO organisations (kind, size_class, name, short_name, country, nuts, nace, ecosystems, \
     keywords, website, year_founded, languages, descriptions, management_fte, is_demo, created_at, updated_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id";

fn to_orgs(rows: Vec<OrgRow>) -> DomainResult<Vec<Organisation>> {
    rows.into_iter().map(Organisation::try_from).collect()
}

#[async_trait]
impl OrgRepo for Store {
    #[tracing::instrument(skip(self, input), fields(name = %input.name))]
    async fn create_org(
        &self,
        input: &OrganisationInput,
        admin: Option<Id>,
    ) -> DomainResult<Organisation> {
        let lists = OrgLists::of(input);
        let id: i64 = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let id: i64 = bind_input!(sqlx::query_scalar(INSERT_ORG), input, lists)
                .bind(now())
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
            if let Some(user_id) = admin {
                sqlx::query("INSERT INTO org_users (org_id, user_id, role) VALUES ($1, $2, $3)")
                    .bind(id)
                    .bind(user_id)
                    .bind(OrgRole::Admin.code())
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
            }
            tx.commit().await.map_err(db_err)?;
            id
        });
        self.org(id).await?.ok_or(DomainError::NotFound)
    }

    async fn create_orgs(&self, inputs: &[OrganisationInput]) -> DomainResult<Vec<Id>> {
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let mut ids = Vec::with_capacity(inputs.len());
            let at = now();
            for input in inputs {
                let lists = OrgLists::of(input);
                let id: i64 = bind_input!(sqlx::query_scalar(INSERT_ORG), input, lists)
                    .bind(at)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db_err)?;
                ids.push(id);
            }
            tx.commit().await.map_err(db_err)?;
            Ok(ids)
        })
    }

    async fn org(&self, id: Id) -> DomainResult<Option<Organisation>> {
        let sql = format!("SELECT {ORG_COLS} FROM organisations WHERE id = $1");
        let row: Option<OrgRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(p).await).map_err(db_err)?;
        row.map(Organisation::try_from).transpose()
    }

    async fn orgs_by_ids(&self, ids: &[Id]) -> DomainResult<Vec<Organisation>> {
        // In chunks: SQLite and PostgreSQL cap the number of bound parameters of a statement.
        const CHUNK: usize = 1000;
        let mut by_id: HashMap<Id, Organisation> = HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(CHUNK) {
            let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT {ORG_COLS} FROM organisations WHERE id IN ({})",
                placeholders.join(", ")
            );
            let rows: Vec<OrgRow> = with_pool!(self, p => {
                let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()));
                for id in chunk {
                    q = q.bind(*id);
                }
                q.fetch_all(p).await
            })
            .map_err(db_err)?;
            by_id.extend(to_orgs(rows)?.into_iter().map(|o| (o.id, o)));
        }
        Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
    }

    async fn all_orgs(&self) -> DomainResult<Vec<Organisation>> {
        let sql = format!("SELECT {ORG_COLS} FROM organisations ORDER BY id");
        let rows: Vec<OrgRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(p).await).map_err(db_err)?;
        to_orgs(rows)
    }

    async fn count_orgs(&self) -> DomainResult<i64> {
        with_pool!(self, p => sqlx::query_scalar("SELECT COUNT(*) FROM organisations").fetch_one(p).await).map_err(db_err)
    }

    #[tracing::instrument(skip(self, input))]
    async fn update_org(&self, id: Id, input: &OrganisationInput) -> DomainResult<Organisation> {
        let lists = OrgLists::of(input);
        let sql = "UPDATE organisations SET kind = $1, size_class = $2, name = $3, short_name = $4, country = $5, nuts = $6, \
             nace = $7, ecosystems = $8, keywords = $9, website = $10, year_founded = $11, languages = $12, \
             descriptions = $13, management_fte = $14, is_demo = $15, updated_at = $16 WHERE id = $17";
        let changed = with_pool!(self, p => bind_input!(sqlx::query(sql), input, lists)
            .bind(now())
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        if changed == 0 {
            return Err(DomainError::NotFound);
        }
        self.org(id).await?.ok_or(DomainError::NotFound)
    }

    async fn org_users(&self, org_id: Id) -> DomainResult<Vec<OrgUser>> {
        let rows: Vec<(i64, String, String, String)> = with_pool!(self, p => sqlx::query_as(
            "SELECT u.id, u.display_name, u.email, m.role FROM org_users m JOIN users u ON u.id = m.user_id \
             WHERE m.org_id = $1 ORDER BY m.role, u.display_name",
        )
        .bind(org_id)
        .fetch_all(p)
        .await)
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .filter_map(|(user_id, display_name, email, role)| {
                Some(OrgUser {
                    user_id,
                    display_name,
                    email: Email::parse(&email).ok()?,
                    role: OrgRole::parse(&role).ok()?,
                })
            })
            .collect())
    }

    async fn org_role(&self, org_id: Id, user_id: Id) -> DomainResult<Option<OrgRole>> {
        let role: Option<String> = with_pool!(self, p => sqlx::query_scalar("SELECT role FROM org_users WHERE org_id = $1 AND user_id = $2")
            .bind(org_id)
            .bind(user_id)
            .fetch_optional(p)
            .await)
        .map_err(db_err)?;
        Ok(role.and_then(|r| OrgRole::parse(&r).ok()))
    }

    async fn set_org_user(&self, org_id: Id, user_id: Id, role: OrgRole) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query(
            "INSERT INTO org_users (org_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (org_id, user_id) DO UPDATE SET role = $3",
        )
        .bind(org_id)
        .bind(user_id)
        .bind(role.code())
        .execute(p)
        .await.map(|_| ()))
        .map_err(db_err)?;
        Ok(())
    }

    async fn remove_org_user(&self, org_id: Id, user_id: Id) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query("DELETE FROM org_users WHERE org_id = $1 AND user_id = $2").bind(org_id).bind(user_id).execute(p).await.map(|_| ()))
            .map_err(db_err)?;
        Ok(())
    }

    async fn create_invitation(
        &self,
        org_id: Id,
        email: &Email,
        role: OrgRole,
        token_hash: &str,
        invited_by: Id,
    ) -> DomainResult<Invitation> {
        let id: i64 = with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO invitations (org_id, email, role, token_hash, invited_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(org_id)
        .bind(email.as_str())
        .bind(role.code())
        .bind(token_hash)
        .bind(invited_by)
        .bind(now())
        .fetch_one(p)
        .await)
        .map_err(db_err)?;
        self.invitation_where("i.id = $1", InvKey::Id(id))
            .await?
            .into_iter()
            .next()
            .ok_or(DomainError::NotFound)
    }

    async fn invitation_by_token(&self, token_hash: &str) -> DomainResult<Option<Invitation>> {
        Ok(self
            .invitation_where("i.token_hash = $1", InvKey::Token(token_hash))
            .await?
            .into_iter()
            .next())
    }

    async fn pending_invitations(&self, org_id: Id) -> DomainResult<Vec<Invitation>> {
        self.invitation_where(
            "i.org_id = $1 AND i.accepted_at IS NULL",
            InvKey::Id(org_id),
        )
        .await
    }

    async fn accept_invitation(&self, invitation_id: Id, user_id: Id) -> DomainResult<()> {
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let row: Option<(i64, String)> = sqlx::query_as(
                "UPDATE invitations SET accepted_at = $1 WHERE id = $2 AND accepted_at IS NULL RETURNING org_id, role",
            )
            .bind(now())
            .bind(invitation_id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_err)?;
            let Some((org_id, role)) = row else {
                return Err(DomainError::Conflict("the invitation was already used".into()));
            };
            // Accepting never lowers a role the user already has.
            sqlx::query(
                "INSERT INTO org_users (org_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (org_id, user_id) DO NOTHING",
            )
            .bind(org_id)
            .bind(user_id)
            .bind(role)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
            tx.commit().await.map_err(db_err)?;
            Ok(())
        })
    }

    async fn cluster_members(&self, cluster_id: Id) -> DomainResult<Vec<ClusterMember>> {
        let rows: Vec<(i64, String, String, String, bool, i64)> =
            with_pool!(self, p => sqlx::query_as(
            "SELECT o.id, o.name, o.kind, o.country, m.committed, m.since FROM cluster_members m \
             JOIN organisations o ON o.id = m.member_id WHERE m.cluster_id = $1 ORDER BY o.name",
        )
        .bind(cluster_id)
        .fetch_all(p)
        .await)
            .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, name, kind, country, committed, since)| {
                Some(ClusterMember {
                    organisation_id: id,
                    name,
                    kind: OrgKind::parse(&kind).ok()?,
                    country: CountryCode::parse(&country).ok()?,
                    committed,
                    since: ts(since),
                })
            })
            .collect())
    }

    async fn clusters_of(&self, org_id: Id) -> DomainResult<Vec<(Id, String)>> {
        with_pool!(self, p => sqlx::query_as(
            "SELECT o.id, o.name FROM cluster_members m JOIN organisations o ON o.id = m.cluster_id WHERE m.member_id = $1 ORDER BY o.name",
        )
        .bind(org_id)
        .fetch_all(p)
        .await)
        .map_err(db_err)
    }

    async fn set_cluster_member(
        &self,
        cluster_id: Id,
        member_id: Id,
        committed: bool,
    ) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query(
            "INSERT INTO cluster_members (cluster_id, member_id, committed, since) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (cluster_id, member_id) DO UPDATE SET committed = $3",
        )
        .bind(cluster_id)
        .bind(member_id)
        .bind(committed)
        .bind(now())
        .execute(p)
        .await.map(|_| ()))
        .map_err(db_err)?;
        Ok(())
    }

    async fn remove_cluster_member(&self, cluster_id: Id, member_id: Id) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query("DELETE FROM cluster_members WHERE cluster_id = $1 AND member_id = $2")
            .bind(cluster_id)
            .bind(member_id)
            .execute(p)
            .await.map(|_| ()))
        .map_err(db_err)?;
        Ok(())
    }

    async fn set_verification(
        &self,
        org_id: Id,
        status: VerificationStatus,
        note: Option<&str>,
    ) -> DomainResult<()> {
        let changed = with_pool!(self, p => sqlx::query(
            "UPDATE organisations SET verification = $1, verification_note = $2, updated_at = $3 WHERE id = $4",
        )
        .bind(status.code())
        .bind(note)
        .bind(now())
        .bind(org_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        if changed == 0 {
            return Err(DomainError::NotFound);
        }
        Ok(())
    }

    async fn orgs_with_verification(
        &self,
        status: VerificationStatus,
    ) -> DomainResult<Vec<Organisation>> {
        let sql = format!(
            "SELECT {ORG_COLS} FROM organisations WHERE verification = $1 ORDER BY updated_at, id"
        );
        let rows: Vec<OrgRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(status.code()).fetch_all(p).await).map_err(db_err)?;
        to_orgs(rows)
    }
}

enum InvKey<'a> {
    Id(i64),
    Token(&'a str),
}

impl Store {
    async fn invitation_where(&self, cond: &str, key: InvKey<'_>) -> DomainResult<Vec<Invitation>> {
        let sql = format!(
            "SELECT i.id, i.org_id, o.name, i.email, i.role, i.invited_by, i.created_at, i.accepted_at \
             FROM invitations i JOIN organisations o ON o.id = i.org_id WHERE {cond} ORDER BY i.id"
        );
        type Row = (i64, i64, String, String, String, i64, i64, Option<i64>);
        let rows: Vec<Row> = with_pool!(self, p => {
            let q = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()));
            let q = match key {
                InvKey::Id(id) => q.bind(id),
                InvKey::Token(t) => q.bind(t.to_string()),
            };
            q.fetch_all(p).await
        })
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .filter_map(
                |(
                    id,
                    organisation_id,
                    organisation_name,
                    email,
                    role,
                    invited_by,
                    created,
                    accepted,
                )| {
                    Some(Invitation {
                        id,
                        organisation_id,
                        organisation_name,
                        email: Email::parse(&email).ok()?,
                        role: OrgRole::parse(&role).ok()?,
                        invited_by,
                        created_at: ts(created),
                        accepted_at: accepted.map(ts),
                    })
                },
            )
            .collect())
    }
}
