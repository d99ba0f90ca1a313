//! Events and their organisers.

use crate::rows::json_list;
use crate::{db_err, now, ts, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::events::*;
use klaster_domain::*;
use std::collections::HashMap;

#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    kind: String,
    title: String,
    descriptions: String,
    project: Option<String>,
    venue: Option<String>,
    city: Option<String>,
    country: Option<String>,
    nuts: Option<String>,
    online_url: Option<String>,
    starts_at: i64,
    ends_at: i64,
    timezone: String,
    date_approximate: bool,
    languages: String,
    visibility: String,
    capacity: Option<i64>,
    requires_approval: bool,
    registration_open: bool,
    outcome_note: Option<String>,
    source_proposal_id: Option<i64>,
    created_by: Option<i64>,
    is_demo: bool,
    created_at: i64,
    updated_at: i64,
}

const EVENT_COLS: &str = "id, kind, title, descriptions, project, venue, city, country, nuts, online_url, \
     starts_at, ends_at, timezone, date_approximate, languages, visibility, capacity, requires_approval, \
     registration_open, outcome_note, source_proposal_id, created_by, is_demo, created_at, updated_at";

impl EventRow {
    /// Stored rows were validated on the way in; a row that no longer parses is a data error.
    fn into_event(self, organisers: Vec<OrgRef>) -> DomainResult<Event> {
        let id = self.id;
        let bad = |field: &str, e: String| {
            DomainError::Internal(format!("event {id} has a bad {field}: {e}"))
        };
        Ok(Event {
            id,
            kind: EventKind::parse(&self.kind).map_err(|e| bad("kind", e))?,
            title: self.title,
            descriptions: json_list(&self.descriptions),
            project: self.project,
            organisers,
            venue: self.venue,
            city: self.city,
            country: self
                .country
                .as_deref()
                .map(CountryCode::parse)
                .transpose()
                .map_err(|e| bad("country", e))?,
            nuts: self
                .nuts
                .as_deref()
                .map(NutsCode::parse)
                .transpose()
                .map_err(|e| bad("nuts", e))?,
            online_url: self
                .online_url
                .as_deref()
                .map(Website::parse)
                .transpose()
                .map_err(|e| bad("online_url", e))?,
            starts_at: ts(self.starts_at),
            ends_at: ts(self.ends_at),
            timezone: self.timezone,
            date_approximate: self.date_approximate,
            languages: json_list::<String>(&self.languages)
                .iter()
                .filter_map(|l| LanguageTag::parse(l).ok())
                .collect(),
            visibility: EventVisibility::parse(&self.visibility)
                .map_err(|e| bad("visibility", e))?,
            capacity: self.capacity,
            requires_approval: self.requires_approval,
            registration_open: self.registration_open,
            outcome_note: self.outcome_note,
            source_proposal_id: self.source_proposal_id,
            created_by: self.created_by,
            is_demo: self.is_demo,
            created_at: ts(self.created_at),
            updated_at: ts(self.updated_at),
        })
    }
}

/// The JSON columns of an input.
struct EventLists {
    descriptions: String,
    languages: String,
}

impl EventLists {
    fn of(i: &EventInput) -> Self {
        let languages: Vec<&str> = i.languages.iter().map(|l| l.as_str()).collect();
        EventLists {
            descriptions: serde_json::to_string(&i.descriptions).unwrap_or_else(|_| "[]".into()),
            languages: serde_json::to_string(&languages).unwrap_or_else(|_| "[]".into()),
        }
    }
}

/// Binds the user-settable columns in the order `INSERT_EVENT` and `UPDATE_EVENT` list them.
macro_rules! bind_event {
    ($q:expr, $i:expr, $l:expr) => {
        $q.bind($i.kind.code())
            .bind(&$i.title)
            .bind(&$l.descriptions)
            .bind($i.project.as_deref())
            .bind($i.venue.as_deref())
            .bind($i.city.as_deref())
            .bind($i.country.as_ref().map(|c| c.as_str()))
            .bind($i.nuts.as_ref().map(|n| n.as_str()))
            .bind($i.online_url.as_ref().map(|u| u.as_str()))
            .bind($i.starts_at.unix_timestamp())
            .bind($i.ends_at.unix_timestamp())
            .bind(&$i.timezone)
            .bind($i.date_approximate)
            .bind(&$l.languages)
            .bind($i.visibility.code())
            .bind($i.capacity)
            .bind($i.requires_approval)
            .bind($i.registration_open)
            .bind($i.is_demo)
            .bind($i.source_proposal_id)
    };
}

const INSERT_EVENT: &str = "INSERT INTO events (kind, title, descriptions, project, venue, city, country, nuts, \
     online_url, starts_at, ends_at, timezone, date_approximate, languages, visibility, capacity, \
     requires_approval, registration_open, is_demo, source_proposal_id, created_by, created_at, updated_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $22) \
     RETURNING id";

const UPDATE_EVENT: &str = "UPDATE events SET kind = $1, title = $2, descriptions = $3, project = $4, venue = $5, \
     city = $6, country = $7, nuts = $8, online_url = $9, starts_at = $10, ends_at = $11, timezone = $12, \
     date_approximate = $13, languages = $14, visibility = $15, capacity = $16, requires_approval = $17, \
     registration_open = $18, is_demo = $19, source_proposal_id = $20, updated_at = $21 WHERE id = $22";

impl Store {
    /// The organisers of the given events (all events when `event_id` is `None`).
    async fn organisers(&self, event_id: Option<Id>) -> DomainResult<HashMap<Id, Vec<OrgRef>>> {
        const ALL: &str = "SELECT eo.event_id, o.id, o.name FROM event_organisers eo \
                   JOIN organisations o ON o.id = eo.org_id ORDER BY eo.event_id, o.name";
        const ONE: &str = "SELECT eo.event_id, o.id, o.name FROM event_organisers eo \
                   JOIN organisations o ON o.id = eo.org_id WHERE eo.event_id = $1 ORDER BY o.name";
        let rows: Vec<(i64, i64, String)> = with_pool!(self, p => match event_id {
            Some(id) => sqlx::query_as(ONE).bind(id).fetch_all(p).await,
            None => sqlx::query_as(ALL).fetch_all(p).await,
        })
        .map_err(db_err)?;
        let mut by_event: HashMap<Id, Vec<OrgRef>> = HashMap::new();
        for (event, id, name) in rows {
            by_event.entry(event).or_default().push(OrgRef { id, name });
        }
        Ok(by_event)
    }
}

#[async_trait]
impl EventRepo for Store {
    #[tracing::instrument(skip(self, input), fields(title = %input.title))]
    async fn create_event(
        &self,
        input: &EventInput,
        created_by: Option<Id>,
    ) -> DomainResult<Event> {
        let lists = EventLists::of(input);
        let id: i64 = with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let id: i64 = bind_event!(sqlx::query_scalar(INSERT_EVENT), input, lists)
                .bind(created_by)
                .bind(now())
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
            if let Some(proposal) = input.source_proposal_id {
                let linked = sqlx::query("UPDATE proposals SET study_visit_id = $1 WHERE id = $2 AND study_visit_id IS NULL")
                    .bind(id)
                    .bind(proposal)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?
                    .rows_affected();
                if linked == 0 {
                    return Err(DomainError::Conflict("this proposal already became a study visit".into()));
                }
            }
            for org in &input.organiser_ids {
                sqlx::query("INSERT INTO event_organisers (event_id, org_id) VALUES ($1, $2)")
                    .bind(id)
                    .bind(org)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
            }
            tx.commit().await.map_err(db_err)?;
            id
        });
        self.event(id).await?.ok_or(DomainError::NotFound)
    }

    #[tracing::instrument(skip(self, input))]
    async fn update_event(&self, id: Id, input: &EventInput) -> DomainResult<Event> {
        let lists = EventLists::of(input);
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            let changed = bind_event!(sqlx::query(UPDATE_EVENT), input, lists)
                .bind(now())
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?
                .rows_affected();
            if changed == 0 {
                return Err(DomainError::NotFound);
            }
            sqlx::query("DELETE FROM event_organisers WHERE event_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            for org in &input.organiser_ids {
                sqlx::query("INSERT INTO event_organisers (event_id, org_id) VALUES ($1, $2)")
                    .bind(id)
                    .bind(org)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
            }
            tx.commit().await.map_err(db_err)?;
        });
        self.event(id).await?.ok_or(DomainError::NotFound)
    }

    async fn event(&self, id: Id) -> DomainResult<Option<Event>> {
        let sql = format!("SELECT {EVENT_COLS} FROM events WHERE id = $1");
        let row: Option<EventRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(p).await)
            .map_err(db_err)?;
        let Some(row) = row else { return Ok(None) };
        let organisers = self
            .organisers(Some(id))
            .await?
            .remove(&id)
            .unwrap_or_default();
        row.into_event(organisers).map(Some)
    }

    async fn all_events(&self) -> DomainResult<Vec<Event>> {
        let sql = format!("SELECT {EVENT_COLS} FROM events ORDER BY starts_at, id");
        let rows: Vec<EventRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(p).await)
            .map_err(db_err)?;
        let mut organisers = self.organisers(None).await?;
        rows.into_iter()
            .map(|r| {
                let orgs = organisers.remove(&r.id).unwrap_or_default();
                r.into_event(orgs)
            })
            .collect()
    }

    async fn count_events(&self) -> DomainResult<i64> {
        with_pool!(self, p => sqlx::query_scalar("SELECT COUNT(*) FROM events").fetch_one(p).await)
            .map_err(db_err)
    }
}
