//! Brokerage setup, participants, and reading requests (writing them: `brokerage_requests.rs`,
//! placements and outcomes: `brokerage_meetings.rs`).

use crate::rows::{json, json_list};
use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::brokerage::*;
use klaster_domain::registration::Attendance;
use klaster_domain::{DomainError, DomainResult, Id};
use time::OffsetDateTime;

fn secs(t: Option<OffsetDateTime>) -> Option<i64> {
    t.map(|t| t.unix_timestamp())
}

#[derive(sqlx::FromRow)]
struct SettingsRow {
    event_id: i64,
    tables_count: i64,
    max_meetings: Option<i64>,
    booking_opens_at: Option<i64>,
    booking_closes_at: Option<i64>,
    request_mode: String,
    participant_types: String,
    only_across_types: bool,
    published_at: Option<i64>,
    last_run: Option<String>,
    updated_at: i64,
}

impl From<SettingsRow> for BrokerageSettings {
    fn from(r: SettingsRow) -> Self {
        BrokerageSettings {
            event_id: r.event_id,
            input: SettingsInput {
                tables: r.tables_count,
                max_meetings: r.max_meetings,
                booking_opens_at: r.booking_opens_at.map(ts),
                booking_closes_at: r.booking_closes_at.map(ts),
                // Codes were written by this program; an unknown one means a newer version wrote it.
                request_mode: RequestMode::parse(&r.request_mode)
                    .unwrap_or(RequestMode::NeedsAcceptance),
                participant_types: json_list(&r.participant_types),
                only_across_types: r.only_across_types,
            },
            published_at: r.published_at.map(ts),
            last_run: r.last_run,
            updated_at: ts(r.updated_at),
        }
    }
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    id: i64,
    event_id: i64,
    starts_at: i64,
    ends_at: i64,
    slot_minutes: i64,
    breaks: String,
}

impl From<SessionRow> for B2bSession {
    fn from(r: SessionRow) -> Self {
        B2bSession {
            id: r.id,
            event_id: r.event_id,
            input: B2bSessionInput {
                starts_at: ts(r.starts_at),
                ends_at: ts(r.ends_at),
                slot_minutes: r.slot_minutes,
                breaks: json_list(&r.breaks),
            },
        }
    }
}

#[derive(sqlx::FromRow)]
struct ParticipantRow {
    id: i64,
    event_id: i64,
    user_id: i64,
    name: String,
    org_id: Option<i64>,
    org_name: Option<String>,
    participant_type: Option<String>,
    offer: String,
    seek: String,
    profile_ids: String,
    attendance: String,
    booth: Option<String>,
    unavailable: String,
    created_at: i64,
    updated_at: i64,
}

const PARTICIPANTS: &str = "SELECT b.id, b.event_id, b.user_id, u.display_name AS name, b.org_id, o.name AS org_name, \
     b.participant_type, b.offer, b.seek, b.profile_ids, b.attendance, b.booth, b.unavailable, b.created_at, b.updated_at \
     FROM brokerage_participants b JOIN users u ON u.id = b.user_id LEFT JOIN organisations o ON o.id = b.org_id";

impl From<ParticipantRow> for Participant {
    fn from(r: ParticipantRow) -> Self {
        Participant {
            id: r.id,
            event_id: r.event_id,
            user_id: r.user_id,
            name: r.name,
            org_id: r.org_id,
            org_name: r.org_name,
            input: ParticipantInput {
                org_id: r.org_id,
                participant_type: r.participant_type,
                offer: r.offer,
                seek: r.seek,
                profile_ids: json_list(&r.profile_ids),
                attendance: Attendance::parse(&r.attendance).unwrap_or(Attendance::OnSite),
            },
            booth: r.booth,
            unavailable: json_list(&r.unavailable),
            created_at: ts(r.created_at),
            updated_at: ts(r.updated_at),
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct RequestRow {
    id: i64,
    event_id: i64,
    requester_id: i64,
    requester_user: i64,
    requester_name: String,
    requester_org: Option<String>,
    recipient_id: i64,
    recipient_user: i64,
    recipient_name: String,
    recipient_org: Option<String>,
    message: String,
    priority: String,
    status: String,
    created_at: i64,
    decided_at: Option<i64>,
    slot_start: Option<i64>,
    table_no: Option<i64>,
    locked: bool,
    published: bool,
    outcome: Option<String>,
    outcome_note: Option<String>,
}

/// Every column a [`MeetingRequest`] needs; add `WHERE r.… ` and an order.
pub(crate) const REQUESTS: &str = "SELECT r.id, r.event_id, \
     r.requester_id, a.user_id AS requester_user, ua.display_name AS requester_name, oa.name AS requester_org, \
     r.recipient_id, b.user_id AS recipient_user, ub.display_name AS recipient_name, ob.name AS recipient_org, \
     r.message, r.priority, r.status, r.created_at, r.decided_at, r.slot_start, r.table_no, r.locked, r.published, \
     r.outcome, r.outcome_note \
     FROM brokerage_requests r \
     JOIN brokerage_participants a ON a.id = r.requester_id JOIN users ua ON ua.id = a.user_id \
     LEFT JOIN organisations oa ON oa.id = a.org_id \
     JOIN brokerage_participants b ON b.id = r.recipient_id JOIN users ub ON ub.id = b.user_id \
     LEFT JOIN organisations ob ON ob.id = b.org_id";

impl From<RequestRow> for MeetingRequest {
    fn from(r: RequestRow) -> Self {
        MeetingRequest {
            id: r.id,
            event_id: r.event_id,
            requester: ParticipantRef {
                id: r.requester_id,
                user_id: r.requester_user,
                name: r.requester_name,
                org_name: r.requester_org,
            },
            recipient: ParticipantRef {
                id: r.recipient_id,
                user_id: r.recipient_user,
                name: r.recipient_name,
                org_name: r.recipient_org,
            },
            message: r.message,
            priority: Priority::parse(&r.priority).unwrap_or(Priority::NiceToMeet),
            status: RequestStatus::parse(&r.status).unwrap_or(RequestStatus::Pending),
            created_at: ts(r.created_at),
            decided_at: r.decided_at.map(ts),
            placement: r.slot_start.map(|s| Placement {
                slot_start: ts(s),
                table: r.table_no,
            }),
            locked: r.locked,
            published: r.published,
            outcome: r
                .outcome
                .as_deref()
                .and_then(|o| MeetingOutcome::parse(o).ok()),
            outcome_note: r.outcome_note,
        }
    }
}

/// Takes meetings out of their slots (add a `WHERE`): they are accepted meetings to place again.
const UNPLACE: &str = "UPDATE brokerage_requests SET slot_start = NULL, table_no = NULL, locked = FALSE, published = FALSE";

#[async_trait]
impl BrokerageRepo for Store {
    async fn brokerage_settings(&self, event_id: Id) -> DomainResult<Option<BrokerageSettings>> {
        let row: Option<SettingsRow> = with_pool!(self, p => sqlx::query_as(
            "SELECT event_id, tables_count, max_meetings, booking_opens_at, booking_closes_at, request_mode, \
             participant_types, only_across_types, published_at, last_run, updated_at \
             FROM brokerage_settings WHERE event_id = $1",
        )
        .bind(event_id)
        .fetch_optional(p)
        .await)
        .map_err(db_err)?;
        Ok(row.map(Into::into))
    }

    async fn save_brokerage_settings(
        &self,
        event_id: Id,
        i: &SettingsInput,
    ) -> DomainResult<BrokerageSettings> {
        let types = json(&i.participant_types)?;
        with_pool!(self, p => sqlx::query(
            "INSERT INTO brokerage_settings (event_id, tables_count, max_meetings, booking_opens_at, booking_closes_at, \
             request_mode, participant_types, only_across_types, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (event_id) DO UPDATE SET tables_count = $2, max_meetings = $3, booking_opens_at = $4, \
             booking_closes_at = $5, request_mode = $6, participant_types = $7, only_across_types = $8, updated_at = $9",
        )
        .bind(event_id)
        .bind(i.tables)
        .bind(i.max_meetings)
        .bind(secs(i.booking_opens_at))
        .bind(secs(i.booking_closes_at))
        .bind(i.request_mode.code())
        .bind(&types)
        .bind(i.only_across_types)
        .bind(now())
        .execute(p)
        .await
        .map(|_| ()))
        .map_err(db_err)?;
        self.brokerage_settings(event_id)
            .await?
            .ok_or(DomainError::NotFound)
    }

    async fn set_brokerage_run(
        &self,
        event_id: Id,
        published_at: Option<OffsetDateTime>,
        last_run: Option<&str>,
    ) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query(
            "UPDATE brokerage_settings SET published_at = $1, last_run = $2, updated_at = $3 WHERE event_id = $4",
        )
        .bind(secs(published_at))
        .bind(last_run)
        .bind(now())
        .bind(event_id)
        .execute(p)
        .await
        .map(|_| ()))
        .map_err(db_err)
    }

    async fn b2b_sessions(&self, event_id: Id) -> DomainResult<Vec<B2bSession>> {
        let rows: Vec<SessionRow> = with_pool!(self, p => sqlx::query_as(
            "SELECT id, event_id, starts_at, ends_at, slot_minutes, breaks FROM brokerage_sessions \
             WHERE event_id = $1 ORDER BY starts_at, id",
        )
        .bind(event_id)
        .fetch_all(p)
        .await)
        .map_err(db_err)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn create_b2b_session(
        &self,
        event_id: Id,
        i: &B2bSessionInput,
    ) -> DomainResult<B2bSession> {
        let breaks = json(&i.breaks)?;
        let id: i64 = with_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO brokerage_sessions (event_id, starts_at, ends_at, slot_minutes, breaks) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(event_id)
        .bind(i.starts_at.unix_timestamp())
        .bind(i.ends_at.unix_timestamp())
        .bind(i.slot_minutes)
        .bind(&breaks)
        .fetch_one(p)
        .await)
        .map_err(db_err)?;
        Ok(B2bSession {
            id,
            event_id,
            input: i.clone(),
        })
    }

    async fn update_b2b_session(
        &self,
        event_id: Id,
        session_id: Id,
        i: &B2bSessionInput,
    ) -> DomainResult<B2bSession> {
        let breaks = json(&i.breaks)?;
        // Slot starts the session keeps; meetings placed at any other start of its old range
        // lose their placement (the time zone only names days, which do not matter here).
        let kept: Vec<i64> = slots(
            &[B2bSession {
                id: session_id,
                event_id,
                input: i.clone(),
            }],
            "UTC",
        )
        .iter()
        .map(|s| s.starts_at.unix_timestamp())
        .collect();
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let old: Option<(i64, i64)> = sqlx::query_as(
                "SELECT starts_at, ends_at FROM brokerage_sessions WHERE id = $1 AND event_id = $2",
            )
            .bind(session_id)
            .bind(event_id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_err)?;
            let Some((old_start, old_end)) = old else {
                return Err(DomainError::NotFound);
            };
            sqlx::query(
                "UPDATE brokerage_sessions SET starts_at = $1, ends_at = $2, slot_minutes = $3, breaks = $4 \
                 WHERE id = $5 AND event_id = $6",
            )
            .bind(i.starts_at.unix_timestamp())
            .bind(i.ends_at.unix_timestamp())
            .bind(i.slot_minutes)
            .bind(&breaks)
            .bind(session_id)
            .bind(event_id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
            let placed: Vec<(i64, i64)> = sqlx::query_as(
                "SELECT id, slot_start FROM brokerage_requests \
                 WHERE event_id = $1 AND slot_start >= $2 AND slot_start < $3",
            )
            .bind(event_id)
            .bind(old_start)
            .bind(old_end)
            .fetch_all(&mut *tx)
            .await
            .map_err(db_err)?;
            for (id, _) in placed.iter().filter(|(_, start)| !kept.contains(start)) {
                sqlx::query(sqlx::AssertSqlSafe(format!("{UNPLACE} WHERE id = $1")))
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
            }
            tx.commit().await.map_err(db_err)?;
        });
        Ok(B2bSession {
            id: session_id,
            event_id,
            input: i.clone(),
        })
    }

    async fn delete_b2b_session(&self, event_id: Id, session_id: Id) -> DomainResult<bool> {
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let old: Option<(i64, i64)> = sqlx::query_as(
                "SELECT starts_at, ends_at FROM brokerage_sessions WHERE id = $1 AND event_id = $2",
            )
            .bind(session_id)
            .bind(event_id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_err)?;
            let Some((start, end)) = old else {
                return Ok(false);
            };
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "{UNPLACE} WHERE event_id = $1 AND slot_start >= $2 AND slot_start < $3"
            )))
            .bind(event_id)
            .bind(start)
            .bind(end)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
            sqlx::query("DELETE FROM brokerage_sessions WHERE id = $1")
                .bind(session_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            tx.commit().await.map_err(db_err)?;
        });
        Ok(true)
    }

    async fn brokerage_participants(&self, event_id: Id) -> DomainResult<Vec<Participant>> {
        let sql = format!("{PARTICIPANTS} WHERE b.event_id = $1 ORDER BY u.display_name, b.id");
        let rows: Vec<ParticipantRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(event_id).fetch_all(p).await)
            .map_err(db_err)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn brokerage_participant(
        &self,
        event_id: Id,
        participant_id: Id,
    ) -> DomainResult<Option<Participant>> {
        let sql = format!("{PARTICIPANTS} WHERE b.event_id = $1 AND b.id = $2");
        let row: Option<ParticipantRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(event_id).bind(participant_id).fetch_optional(p).await)
            .map_err(db_err)?;
        Ok(row.map(Into::into))
    }

    async fn brokerage_participant_of_user(
        &self,
        event_id: Id,
        user_id: Id,
    ) -> DomainResult<Option<Participant>> {
        let sql = format!("{PARTICIPANTS} WHERE b.event_id = $1 AND b.user_id = $2");
        let row: Option<ParticipantRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(event_id).bind(user_id).fetch_optional(p).await)
            .map_err(db_err)?;
        Ok(row.map(Into::into))
    }

    async fn save_brokerage_participant(
        &self,
        event_id: Id,
        user_id: Id,
        i: &ParticipantInput,
    ) -> DomainResult<Participant> {
        let profiles = json(&i.profile_ids)?;
        with_pool!(self, p => sqlx::query(
            "INSERT INTO brokerage_participants (event_id, user_id, org_id, participant_type, offer, seek, profile_ids, \
             attendance, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) \
             ON CONFLICT (event_id, user_id) DO UPDATE SET org_id = $3, participant_type = $4, offer = $5, seek = $6, \
             profile_ids = $7, attendance = $8, updated_at = $9",
        )
        .bind(event_id)
        .bind(user_id)
        .bind(i.org_id)
        .bind(&i.participant_type)
        .bind(&i.offer)
        .bind(&i.seek)
        .bind(&profiles)
        .bind(i.attendance.code())
        .bind(now())
        .execute(p)
        .await
        .map(|_| ()))
        .map_err(db_err)?;
        self.brokerage_participant_of_user(event_id, user_id)
            .await?
            .ok_or(DomainError::NotFound)
    }

    async fn set_participant_unavailable(
        &self,
        event_id: Id,
        participant_id: Id,
        slot_starts: &[i64],
    ) -> DomainResult<bool> {
        let list = json(&slot_starts)?;
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE brokerage_participants SET unavailable = $1, updated_at = $2 WHERE id = $3 AND event_id = $4",
        )
        .bind(&list)
        .bind(now())
        .bind(participant_id)
        .bind(event_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn set_participant_booth(
        &self,
        event_id: Id,
        participant_id: Id,
        booth: Option<&str>,
    ) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query(
            "UPDATE brokerage_participants SET booth = $1, updated_at = $2 WHERE id = $3 AND event_id = $4",
        )
        .bind(booth)
        .bind(now())
        .bind(participant_id)
        .bind(event_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn delete_brokerage_participant(
        &self,
        event_id: Id,
        participant_id: Id,
    ) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query("DELETE FROM brokerage_participants WHERE id = $1 AND event_id = $2")
            .bind(participant_id).bind(event_id).execute(p).await.map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn meeting_requests(&self, event_id: Id) -> DomainResult<Vec<MeetingRequest>> {
        let sql = format!("{REQUESTS} WHERE r.event_id = $1 ORDER BY r.created_at, r.id");
        let rows: Vec<RequestRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(event_id).fetch_all(p).await)
            .map_err(db_err)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn meeting_request(
        &self,
        event_id: Id,
        request_id: Id,
    ) -> DomainResult<Option<MeetingRequest>> {
        let sql = format!("{REQUESTS} WHERE r.event_id = $1 AND r.id = $2");
        let row: Option<RequestRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(event_id).bind(request_id).fetch_optional(p).await)
            .map_err(db_err)?;
        Ok(row.map(Into::into))
    }

    async fn insert_meeting_requests(
        &self,
        event_id: Id,
        rows: &[NewRequestRow],
    ) -> DomainResult<()> {
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            for r in rows {
                // Both participants must be the event's: otherwise nothing is inserted.
                let n = sqlx::query(
                    "INSERT INTO brokerage_requests (event_id, requester_id, recipient_id, low_id, high_id, message, \
                     priority, status, created_at, decided_at) \
                     SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 \
                     WHERE (SELECT COUNT(*) FROM brokerage_participants WHERE event_id = $1 AND id IN ($2, $3)) = 2",
                )
                .bind(event_id)
                .bind(r.requester_id)
                .bind(r.recipient_id)
                .bind(r.requester_id.min(r.recipient_id))
                .bind(r.requester_id.max(r.recipient_id))
                .bind(&r.message)
                .bind(r.priority.code())
                .bind(r.status.code())
                .bind(r.created_at.unix_timestamp())
                .bind(secs(r.decided_at))
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
                if n == 0 {
                    return Err(DomainError::NotFound);
                }
            }
            tx.commit().await.map_err(db_err)?;
        });
        Ok(())
    }
}
