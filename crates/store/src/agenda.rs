//! Agenda: sessions in rooms (parallel tracks), their speakers and materials.

use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::agenda::{
    AgendaRepo, Material, MaterialInput, Session, SessionInput, Speaker, SpeakerInput,
};
use klaster_domain::{DomainError, DomainResult, Id};

type SessionRow = (i64, i64, String, String, Option<String>, i64, i64);
type SpeakerRow = (
    i64,
    i64,
    String,
    Option<String>,
    Option<i64>,
    Option<String>,
);
type MaterialRow = (i64, i64, String, String, i64);

const SESSION_COLS: &str = "id, event_id, title, description, room, starts_at, ends_at";
const SPEAKER_SQL: &str = "SELECT sp.id, sp.session_id, sp.name, sp.role, sp.org_id, o.name \
     FROM session_speakers sp JOIN event_sessions s ON s.id = sp.session_id \
     LEFT JOIN organisations o ON o.id = sp.org_id WHERE ";
const MATERIAL_SQL: &str = "SELECT m.id, m.session_id, m.filename, m.content_type, m.size \
     FROM session_materials m JOIN event_sessions s ON s.id = m.session_id WHERE ";

fn material(r: MaterialRow) -> Material {
    Material {
        id: r.0,
        session_id: r.1,
        filename: r.2,
        content_type: r.3,
        size: r.4,
    }
}

impl Store {
    /// Sessions with their speakers and materials; `by_event` picks the column the id filters.
    async fn load_sessions(&self, id: Id, by_event: bool) -> DomainResult<Vec<Session>> {
        let col = if by_event { "s.event_id" } else { "s.id" };
        let sessions_sql = format!(
            "SELECT {SESSION_COLS} FROM event_sessions s WHERE {col} = $1 \
             ORDER BY starts_at, room, id"
        );
        let speakers_sql = format!("{SPEAKER_SQL}{col} = $1 ORDER BY sp.position, sp.id");
        let materials_sql = format!("{MATERIAL_SQL}{col} = $1 ORDER BY m.id");
        let (rows, speakers, materials): (Vec<SessionRow>, Vec<SpeakerRow>, Vec<MaterialRow>) = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let rows = sqlx::query_as(sqlx::AssertSqlSafe(sessions_sql.as_str()))
                .bind(id)
                .fetch_all(&mut *tx)
                .await
                .map_err(db_err)?;
            let speakers = sqlx::query_as(sqlx::AssertSqlSafe(speakers_sql.as_str()))
                .bind(id)
                .fetch_all(&mut *tx)
                .await
                .map_err(db_err)?;
            let materials = sqlx::query_as(sqlx::AssertSqlSafe(materials_sql.as_str()))
                .bind(id)
                .fetch_all(&mut *tx)
                .await
                .map_err(db_err)?;
            tx.commit().await.map_err(db_err)?;
            (rows, speakers, materials)
        });
        Ok(rows
            .into_iter()
            .map(|r| Session {
                id: r.0,
                event_id: r.1,
                title: r.2,
                description: r.3,
                room: r.4,
                starts_at: ts(r.5),
                ends_at: ts(r.6),
                speakers: speakers
                    .iter()
                    .filter(|s| s.1 == r.0)
                    .map(|s| Speaker {
                        id: s.0,
                        name: s.2.clone(),
                        role: s.3.clone(),
                        org_id: s.4,
                        org_name: s.5.clone(),
                    })
                    .collect(),
                materials: materials
                    .iter()
                    .filter(|m| m.1 == r.0)
                    .cloned()
                    .map(material)
                    .collect(),
            })
            .collect())
    }
}

#[async_trait]
impl AgendaRepo for Store {
    async fn agenda_sessions(&self, event_id: Id) -> DomainResult<Vec<Session>> {
        self.load_sessions(event_id, true).await
    }

    async fn agenda_session(&self, id: Id) -> DomainResult<Option<Session>> {
        Ok(self.load_sessions(id, false).await?.pop())
    }

    async fn create_agenda_session(
        &self,
        event_id: Id,
        input: &SessionInput,
    ) -> DomainResult<Session> {
        let id: i64 = with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO event_sessions (event_id, title, description, room, starts_at, ends_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
            .bind(event_id)
            .bind(&input.title)
            .bind(&input.description)
            .bind(input.room.as_deref())
            .bind(input.starts_at.unix_timestamp())
            .bind(input.ends_at.unix_timestamp())
            .fetch_one(p)
            .await)
        .map_err(db_err)?;
        self.agenda_session(id).await?.ok_or(DomainError::NotFound)
    }

    async fn update_agenda_session(&self, id: Id, input: &SessionInput) -> DomainResult<Session> {
        let changed = with_pool!(self, p => sqlx::query(
            "UPDATE event_sessions SET title = $1, description = $2, room = $3, starts_at = $4, \
             ends_at = $5 WHERE id = $6")
            .bind(&input.title)
            .bind(&input.description)
            .bind(input.room.as_deref())
            .bind(input.starts_at.unix_timestamp())
            .bind(input.ends_at.unix_timestamp())
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        if changed == 0 {
            return Err(DomainError::NotFound);
        }
        self.agenda_session(id).await?.ok_or(DomainError::NotFound)
    }

    async fn delete_agenda_session(&self, id: Id) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query("DELETE FROM event_sessions WHERE id = $1")
            .bind(id)
            .execute(p)
            .await
            .map(|_| ()))
        .map_err(db_err)
    }

    async fn add_speaker(&self, session_id: Id, input: &SpeakerInput) -> DomainResult<Speaker> {
        let id: i64 = with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO session_speakers (session_id, name, role, org_id, position) \
             VALUES ($1, $2, $3, $4, (SELECT COUNT(*) FROM session_speakers WHERE session_id = $1)) \
             RETURNING id")
            .bind(session_id)
            .bind(&input.name)
            .bind(input.role.as_deref())
            .bind(input.org_id)
            .fetch_one(p)
            .await)
        .map_err(db_err)?;
        self.agenda_session(session_id)
            .await?
            .and_then(|s| s.speakers.into_iter().find(|sp| sp.id == id))
            .ok_or(DomainError::NotFound)
    }

    async fn remove_speaker(&self, session_id: Id, speaker_id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query(
            "DELETE FROM session_speakers WHERE id = $1 AND session_id = $2")
            .bind(speaker_id)
            .bind(session_id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn add_material(
        &self,
        session_id: Id,
        input: &MaterialInput,
        uploaded_by: Option<Id>,
    ) -> DomainResult<Material> {
        let size = input.data.len() as i64;
        let id: i64 = with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO session_materials (session_id, filename, content_type, size, data, uploaded_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
            .bind(session_id)
            .bind(&input.filename)
            .bind(&input.content_type)
            .bind(size)
            .bind(&input.data)
            .bind(uploaded_by)
            .bind(now())
            .fetch_one(p)
            .await)
        .map_err(db_err)?;
        Ok(Material {
            id,
            session_id,
            filename: input.filename.clone(),
            content_type: input.content_type.clone(),
            size,
        })
    }

    async fn material(&self, id: Id) -> DomainResult<Option<(Material, Vec<u8>)>> {
        let row: Option<(i64, i64, String, String, i64, Vec<u8>)> = with_pool!(self, p => sqlx::query_as(
            "SELECT id, session_id, filename, content_type, size, data FROM session_materials WHERE id = $1")
            .bind(id)
            .fetch_optional(p)
            .await)
        .map_err(db_err)?;
        Ok(row.map(|r| (material((r.0, r.1, r.2, r.3, r.4)), r.5)))
    }

    async fn delete_material(&self, session_id: Id, material_id: Id) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query(
            "DELETE FROM session_materials WHERE id = $1 AND session_id = $2")
            .bind(material_id)
            .bind(session_id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }
}
