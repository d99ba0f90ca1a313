//! Registration: the organiser's fields, capacity and waiting list, approval, cancellation, and the private calendar feeds.
//!
//! Every change that depends on the number of free places runs in one transaction that first
//! locks the event: `BEGIN IMMEDIATE` on SQLite (one writer at a time), `SELECT … FOR UPDATE` on
//! the event's row on PostgreSQL. Counting and writing then happen under that lock, so parallel
//! registrations never exceed the capacity.

use crate::{db_err, now, ts, with_pool, Backend, Store};
use async_trait::async_trait;
use klaster_domain::registration::*;
use klaster_domain::{DomainError, DomainResult, Id};

#[derive(sqlx::FromRow)]
struct RegRow {
    id: i64,
    event_id: i64,
    event_title: String,
    user_id: i64,
    name: String,
    email: String,
    org_id: Option<i64>,
    org_name: Option<String>,
    status: String,
    attendance: String,
    visibility: String,
    answers: String,
    created_at: i64,
    updated_at: i64,
}

const REG_SELECT: &str = "SELECT r.id, r.event_id, e.title AS event_title, r.user_id, \
     u.display_name AS name, u.email, r.org_id, o.name AS org_name, r.status, r.attendance, \
     r.visibility, r.answers, r.created_at, r.updated_at \
     FROM registrations r JOIN events e ON e.id = r.event_id JOIN users u ON u.id = r.user_id \
     LEFT JOIN organisations o ON o.id = r.org_id";

impl RegRow {
    fn into_registration(self) -> DomainResult<Registration> {
        let bad = |e: String| DomainError::Internal(format!("registration {}: {e}", self.id));
        Ok(Registration {
            id: self.id,
            event_id: self.event_id,
            status: RegistrationStatus::parse(&self.status).map_err(bad)?,
            attendance: Attendance::parse(&self.attendance).map_err(bad)?,
            visibility: ParticipantVisibility::parse(&self.visibility).map_err(bad)?,
            answers: serde_json::from_str(&self.answers).unwrap_or_default(),
            waitlist_position: None,
            event_title: self.event_title,
            user_id: self.user_id,
            name: self.name,
            email: self.email,
            org_id: self.org_id,
            org_name: self.org_name,
            created_at: ts(self.created_at),
            updated_at: ts(self.updated_at),
        })
    }
}

#[derive(sqlx::FromRow)]
struct FieldRow {
    id: i64,
    event_id: i64,
    label: String,
    kind: String,
    options: String,
    required: bool,
    position: i64,
}

impl FieldRow {
    fn into_field(self) -> DomainResult<RegistrationField> {
        Ok(RegistrationField {
            id: self.id,
            event_id: self.event_id,
            kind: FieldKind::parse(&self.kind).map_err(DomainError::Internal)?,
            label: self.label,
            options: serde_json::from_str(&self.options).unwrap_or_default(),
            required: self.required,
            position: self.position,
        })
    }
}

const FIELD_COLS: &str = "id, event_id, label, kind, options, required, position";

/// Locks the event and reads its capacity and approval setting: `(capacity, requires_approval)`.
macro_rules! lock_event {
    ($tx:expr, $sql:expr, $event_id:expr) => {{
        let row: Option<(Option<i64>, bool)> = sqlx::query_as($sql)
            .bind($event_id)
            .fetch_optional(&mut *$tx)
            .await
            .map_err(db_err)?;
        row.ok_or(DomainError::NotFound)?
    }};
}

/// The event's places as they are now, inside the transaction.
macro_rules! seats {
    ($tx:expr, $event_id:expr, $event:expr) => {{
        let counts: Vec<(String, i64)> = sqlx::query_as(
            "SELECT status, COUNT(*) FROM registrations \
             WHERE event_id = $1 AND attendance = 'onsite' GROUP BY status",
        )
        .bind($event_id)
        .fetch_all(&mut *$tx)
        .await
        .map_err(db_err)?;
        let count = |s: RegistrationStatus| {
            counts
                .iter()
                .find(|(c, _)| c == s.code())
                .map(|(_, n)| *n)
                .unwrap_or(0)
        };
        Seats {
            capacity: $event.0,
            requires_approval: $event.1,
            confirmed_onsite: count(RegistrationStatus::Confirmed),
            pending_onsite: count(RegistrationStatus::Pending),
        }
    }};
}

/// Promotes the oldest waitlisted people into the free places; how many.
macro_rules! fill_places {
    ($tx:expr, $event_id:expr, $event:expr, $now:expr) => {{
        let seats = seats!($tx, $event_id, $event);
        let free = seats.places_to_fill();
        let mut promoted = 0i64;
        if free > 0 {
            let ids: Vec<i64> = sqlx::query_scalar(
                "SELECT id FROM registrations WHERE event_id = $1 AND status = 'waitlisted' \
                 ORDER BY created_at, id LIMIT $2",
            )
            .bind($event_id)
            .bind(free)
            .fetch_all(&mut *$tx)
            .await
            .map_err(db_err)?;
            for id in ids {
                sqlx::query("UPDATE registrations SET status = $1, updated_at = $2 WHERE id = $3")
                    .bind(seats.promoted_status().code())
                    .bind($now)
                    .bind(id)
                    .execute(&mut *$tx)
                    .await
                    .map_err(db_err)?;
                promoted += 1;
            }
        }
        promoted
    }};
}

impl Store {
    /// How a registration transaction starts and locks the event on this backend.
    fn registration_lock(&self) -> (&'static str, &'static str) {
        match self.backend() {
            Backend::Sqlite => (
                "BEGIN IMMEDIATE",
                "SELECT capacity, requires_approval FROM events WHERE id = $1",
            ),
            Backend::Postgres => (
                "BEGIN",
                "SELECT capacity, requires_approval FROM events WHERE id = $1 FOR UPDATE",
            ),
        }
    }

    async fn load_registrations(
        &self,
        filter: &str,
        id: Id,
        order: &str,
    ) -> DomainResult<Vec<Registration>> {
        let sql = format!("{REG_SELECT} WHERE {filter} ORDER BY {order}");
        let rows: Vec<RegRow> =
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(id)
            .fetch_all(p)
            .await)
            .map_err(db_err)?;
        rows.into_iter().map(RegRow::into_registration).collect()
    }

    /// Sets the waitlist position of a waitlisted registration.
    async fn with_position(&self, mut reg: Registration) -> DomainResult<Registration> {
        if reg.status == RegistrationStatus::Waitlisted {
            let ahead: i64 = with_pool!(self, p => sqlx::query_scalar(
                "SELECT COUNT(*) FROM registrations WHERE event_id = $1 AND status = 'waitlisted' \
                 AND (created_at < $2 OR (created_at = $2 AND id < $3))",
            )
            .bind(reg.event_id)
            .bind(reg.created_at.unix_timestamp())
            .bind(reg.id)
            .fetch_one(p)
            .await)
            .map_err(db_err)?;
            reg.waitlist_position = Some(ahead + 1);
        }
        Ok(reg)
    }

    async fn one_registration(
        &self,
        filter: &str,
        a: Id,
        b: Id,
    ) -> DomainResult<Option<Registration>> {
        let sql = format!("{REG_SELECT} WHERE {filter}");
        let row: Option<RegRow> =
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(a)
            .bind(b)
            .fetch_optional(p)
            .await)
            .map_err(db_err)?;
        match row {
            Some(r) => Ok(Some(self.with_position(r.into_registration()?).await?)),
            None => Ok(None),
        }
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> DomainResult<String> {
    serde_json::to_string(v).map_err(DomainError::internal)
}

#[async_trait]
impl RegistrationRepo for Store {
    async fn registration_status(
        &self,
        event_id: Id,
        user_id: Id,
    ) -> DomainResult<Option<RegistrationStatus>> {
        let status: Option<String> = with_pool!(self, p => sqlx::query_scalar(
            "SELECT status FROM registrations WHERE event_id = $1 AND user_id = $2",
        )
        .bind(event_id)
        .bind(user_id)
        .fetch_optional(p)
        .await)
        .map_err(db_err)?;
        status
            .map(|s| RegistrationStatus::parse(&s).map_err(DomainError::Internal))
            .transpose()
    }

    async fn registration_fields(&self, event_id: Id) -> DomainResult<Vec<RegistrationField>> {
        let sql = format!(
            "SELECT {FIELD_COLS} FROM registration_fields WHERE event_id = $1 ORDER BY position, id"
        );
        let rows: Vec<FieldRow> =
            with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(event_id)
            .fetch_all(p)
            .await)
            .map_err(db_err)?;
        rows.into_iter().map(FieldRow::into_field).collect()
    }

    async fn create_registration_field(
        &self,
        event_id: Id,
        input: &FieldInput,
    ) -> DomainResult<RegistrationField> {
        let options = to_json(&input.options)?;
        let id: i64 = with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO registration_fields (event_id, label, kind, options, required, position) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(event_id)
        .bind(&input.label)
        .bind(input.kind.code())
        .bind(&options)
        .bind(input.required)
        .bind(input.position)
        .fetch_one(p)
        .await)
        .map_err(db_err)?;
        Ok(RegistrationField {
            id,
            event_id,
            label: input.label.clone(),
            kind: input.kind,
            options: input.options.clone(),
            required: input.required,
            position: input.position,
        })
    }

    async fn update_registration_field(
        &self,
        event_id: Id,
        field_id: Id,
        input: &FieldInput,
    ) -> DomainResult<RegistrationField> {
        let options = to_json(&input.options)?;
        let changed = with_pool!(self, p => sqlx::query(
            "UPDATE registration_fields SET label = $1, kind = $2, options = $3, required = $4, \
             position = $5 WHERE id = $6 AND event_id = $7",
        )
        .bind(&input.label)
        .bind(input.kind.code())
        .bind(&options)
        .bind(input.required)
        .bind(input.position)
        .bind(field_id)
        .bind(event_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        if changed == 0 {
            return Err(DomainError::NotFound);
        }
        Ok(RegistrationField {
            id: field_id,
            event_id,
            label: input.label.clone(),
            kind: input.kind,
            options: input.options.clone(),
            required: input.required,
            position: input.position,
        })
    }

    async fn delete_registration_field(&self, event_id: Id, field_id: Id) -> DomainResult<bool> {
        let deleted = with_pool!(self, p => sqlx::query(
            "DELETE FROM registration_fields WHERE id = $1 AND event_id = $2",
        )
        .bind(field_id)
        .bind(event_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(deleted > 0)
    }

    #[tracing::instrument(skip(self, input))]
    async fn register(
        &self,
        event_id: Id,
        user_id: Id,
        input: &RegistrationInput,
    ) -> DomainResult<Registration> {
        let (begin, lock) = self.registration_lock();
        let answers = to_json(&input.answers)?;
        let now = now();
        with_pool!(self, p => {
            let mut tx = p.begin_with(begin).await.map_err(db_err)?;
            let event = lock_event!(tx, lock, event_id);
            // People already waiting get free places before a newcomer is counted.
            fill_places!(tx, event_id, event, now);
            let current: Option<(i64, String)> = sqlx::query_as(
                "SELECT id, status FROM registrations WHERE event_id = $1 AND user_id = $2",
            )
            .bind(event_id)
            .bind(user_id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_err)?;
            let current = current
                .map(|(id, s)| RegistrationStatus::parse(&s).map(|s| (id, s)))
                .transpose()
                .map_err(DomainError::Internal)?;
            match current {
                Some((id, status)) if status.is_active() => {
                    sqlx::query(
                        "UPDATE registrations SET org_id = $1, visibility = $2, answers = $3, \
                         updated_at = $4 WHERE id = $5",
                    )
                    .bind(input.org_id)
                    .bind(input.visibility.code())
                    .bind(&answers)
                    .bind(now)
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                }
                Some((_, RegistrationStatus::Rejected)) => {
                    return Err(DomainError::Conflict(
                        "the organisers declined your registration".into(),
                    ));
                }
                Some((id, _)) => {
                    let status = seats!(tx, event_id, event).status_for_new(input.attendance);
                    // Registering again joins the end of the queue: created_at restarts, after
                    // everyone who came later than the old row (ties break by id, which the
                    // old row would win).
                    let later: Option<i64> = sqlx::query_scalar(
                        "SELECT MAX(created_at) FROM registrations WHERE event_id = $1 AND id > $2",
                    )
                    .bind(event_id)
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db_err)?;
                    let queued_at = later.map_or(now, |l| now.max(l + 1));
                    sqlx::query(
                        "UPDATE registrations SET status = $1, attendance = $2, org_id = $3, \
                         visibility = $4, answers = $5, created_at = $6, updated_at = $6 WHERE id = $7",
                    )
                    .bind(status.code())
                    .bind(input.attendance.code())
                    .bind(input.org_id)
                    .bind(input.visibility.code())
                    .bind(&answers)
                    .bind(queued_at)
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                }
                None => {
                    let status = seats!(tx, event_id, event).status_for_new(input.attendance);
                    sqlx::query(
                        "INSERT INTO registrations (event_id, user_id, org_id, status, attendance, \
                         visibility, answers, created_at, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
                    )
                    .bind(event_id)
                    .bind(user_id)
                    .bind(input.org_id)
                    .bind(status.code())
                    .bind(input.attendance.code())
                    .bind(input.visibility.code())
                    .bind(&answers)
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                }
            }
            tx.commit().await.map_err(db_err)?;
        });
        self.registration(event_id, user_id)
            .await?
            .ok_or_else(|| DomainError::Internal("the registration vanished".into()))
    }

    #[tracing::instrument(skip(self))]
    async fn decide_registration(
        &self,
        event_id: Id,
        registration_id: Id,
        decision: Decision,
    ) -> DomainResult<Registration> {
        let (begin, lock) = self.registration_lock();
        let now = now();
        with_pool!(self, p => {
            let mut tx = p.begin_with(begin).await.map_err(db_err)?;
            let event = lock_event!(tx, lock, event_id);
            let current: Option<(String, String)> = sqlx::query_as(
                "SELECT status, attendance FROM registrations WHERE id = $1 AND event_id = $2",
            )
            .bind(registration_id)
            .bind(event_id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_err)?;
            let (status, attendance) = current.ok_or(DomainError::NotFound)?;
            let status = RegistrationStatus::parse(&status).map_err(DomainError::Internal)?;
            let attendance = Attendance::parse(&attendance).map_err(DomainError::Internal)?;
            decision.check(status)?;
            let next = match decision {
                Decision::Approve => seats!(tx, event_id, event).status_on_approval(attendance),
                Decision::Reject => RegistrationStatus::Rejected,
                Decision::Cancel => RegistrationStatus::Cancelled,
            };
            sqlx::query("UPDATE registrations SET status = $1, updated_at = $2 WHERE id = $3")
                .bind(next.code())
                .bind(now)
                .bind(registration_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            fill_places!(tx, event_id, event, now);
            tx.commit().await.map_err(db_err)?;
        });
        self.registration_by_id(event_id, registration_id)
            .await?
            .ok_or(DomainError::NotFound)
    }

    async fn fill_free_places(&self, event_id: Id) -> DomainResult<i64> {
        let (begin, lock) = self.registration_lock();
        let now = now();
        Ok(with_pool!(self, p => {
            let mut tx = p.begin_with(begin).await.map_err(db_err)?;
            let event = lock_event!(tx, lock, event_id);
            let promoted = fill_places!(tx, event_id, event, now);
            tx.commit().await.map_err(db_err)?;
            promoted
        }))
    }

    async fn registration(&self, event_id: Id, user_id: Id) -> DomainResult<Option<Registration>> {
        self.one_registration("r.event_id = $1 AND r.user_id = $2", event_id, user_id)
            .await
    }

    async fn registration_by_id(
        &self,
        event_id: Id,
        registration_id: Id,
    ) -> DomainResult<Option<Registration>> {
        self.one_registration("r.event_id = $1 AND r.id = $2", event_id, registration_id)
            .await
    }

    async fn registrations(&self, event_id: Id) -> DomainResult<Vec<Registration>> {
        let mut regs = self
            .load_registrations("r.event_id = $1", event_id, "r.created_at, r.id")
            .await?;
        let mut position = 0;
        for r in regs
            .iter_mut()
            .filter(|r| r.status == RegistrationStatus::Waitlisted)
        {
            position += 1;
            r.waitlist_position = Some(position);
        }
        Ok(regs)
    }

    async fn user_registrations(&self, user_id: Id) -> DomainResult<Vec<Registration>> {
        let regs = self
            .load_registrations("r.user_id = $1", user_id, "e.starts_at, r.id")
            .await?;
        let mut out = Vec::with_capacity(regs.len());
        for r in regs {
            out.push(self.with_position(r).await?);
        }
        Ok(out)
    }

    async fn calendar_feed_token(&self, user_id: Id, candidate: &str) -> DomainResult<String> {
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            sqlx::query(
                "INSERT INTO calendar_feeds (user_id, token, created_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (user_id) DO NOTHING",
            )
            .bind(user_id)
            .bind(candidate)
            .bind(now())
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
            let token: String =
                sqlx::query_scalar("SELECT token FROM calendar_feeds WHERE user_id = $1")
                    .bind(user_id)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db_err)?;
            tx.commit().await.map_err(db_err)?;
            Ok(token)
        })
    }

    async fn replace_calendar_feed_token(&self, user_id: Id, token: &str) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query(
            "INSERT INTO calendar_feeds (user_id, token, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET token = excluded.token, created_at = excluded.created_at",
        )
        .bind(user_id)
        .bind(token)
        .bind(now())
        .execute(p)
        .await
        .map(|_| ()))
        .map_err(db_err)
    }

    async fn calendar_feed_user(&self, token: &str) -> DomainResult<Option<Id>> {
        with_pool!(self, p => sqlx::query_scalar(
            "SELECT user_id FROM calendar_feeds WHERE token = $1",
        )
        .bind(token)
        .fetch_optional(p)
        .await)
        .map_err(db_err)
    }
}
