//! Events: what they are, how a form or JSON body becomes one, who may see and edit them, and
//! the listing filters. Agenda, registration, voting, working groups and reports build on these.

use crate::directory::nuts_in_country;
use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::model::{Id, LocalizedText};
use crate::policy::Actor;
use crate::repo::Repository;
use crate::types::*;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;
use time::OffsetDateTime;

code_enum!(
    /// The kinds of events the reports describe.
    EventKind {
        Conference = "conference",
        Brokerage = "brokerage",
        StakeholderMeeting = "stakeholder_meeting",
        StudyVisit = "study_visit",
        Workshop = "workshop",
        Webinar = "webinar",
        WorkingGroupMeeting = "working_group_meeting",
    }
);

code_enum!(
    /// Who can see an event: everyone, or the members of the organising organisations and
    /// clusters.
    EventVisibility {
        Public = "public",
        Members = "members",
    }
);

/// An organisation as an event shows it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct OrgRef {
    pub id: Id,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Event {
    pub id: Id,
    pub kind: EventKind,
    pub title: String,
    pub descriptions: Vec<LocalizedText>,
    /// The cooperation project the event belongs to, if any.
    pub project: Option<String>,
    pub organisers: Vec<OrgRef>,
    pub venue: Option<String>,
    pub city: Option<String>,
    #[schema(value_type = Option<String>, example = "PL")]
    pub country: Option<CountryCode>,
    #[schema(value_type = Option<String>, example = "PL81")]
    pub nuts: Option<NutsCode>,
    #[schema(value_type = Option<String>)]
    pub online_url: Option<Website>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub starts_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub ends_at: OffsetDateTime,
    /// The IANA time zone the event's times are shown in, e.g. `Europe/Warsaw`.
    pub timezone: String,
    /// The source gives the day but not the year (or not the exact date).
    pub date_approximate: bool,
    #[schema(value_type = Vec<String>)]
    pub languages: Vec<LanguageTag>,
    pub visibility: EventVisibility,
    /// Places on site; `None` means unlimited.
    pub capacity: Option<i64>,
    pub requires_approval: bool,
    pub registration_open: bool,
    /// For study visits: what came of it.
    pub outcome_note: Option<String>,
    /// The proposal (of a stakeholder meeting) this study visit was made from.
    pub source_proposal_id: Option<Id>,
    pub created_by: Option<Id>,
    pub is_demo: bool,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

impl Event {
    pub fn is_online_only(&self) -> bool {
        self.city.is_none() && self.online_url.is_some()
    }
    pub fn has_ended(&self, now: OffsetDateTime) -> bool {
        self.ends_at < now
    }
    pub fn organised_by(&self, org_id: Id) -> bool {
        self.organisers.iter().any(|o| o.id == org_id)
    }
    /// The description in `lang`, else English, else the first one.
    pub fn description(&self, lang: &str) -> Option<&LocalizedText> {
        pick_language(&self.descriptions, lang)
    }
}

/// The text in `lang`, else English, else the first one.
pub fn pick_language<'a>(texts: &'a [LocalizedText], lang: &str) -> Option<&'a LocalizedText> {
    texts
        .iter()
        .find(|d| d.lang.as_str() == lang)
        .or_else(|| texts.iter().find(|d| d.lang.as_str() == "en"))
        .or_else(|| texts.first())
}

/// Everything an organiser sets on an event, parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct EventInput {
    pub kind: EventKind,
    pub title: String,
    pub descriptions: Vec<LocalizedText>,
    pub project: Option<String>,
    pub organiser_ids: Vec<Id>,
    pub venue: Option<String>,
    pub city: Option<String>,
    pub country: Option<CountryCode>,
    pub nuts: Option<NutsCode>,
    pub online_url: Option<Website>,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub timezone: String,
    pub date_approximate: bool,
    pub languages: Vec<LanguageTag>,
    pub visibility: EventVisibility,
    pub capacity: Option<i64>,
    pub requires_approval: bool,
    pub registration_open: bool,
    pub is_demo: bool,
    /// The proposal a study visit is made from; stored with the event in one transaction.
    pub source_proposal_id: Option<Id>,
}

/// An event as text fields, before parsing: what a form or a JSON body carries. Times are local
/// to `timezone` (`2014-10-20T09:00`).
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawEventInput {
    /// conference, brokerage, stakeholder_meeting, study_visit, workshop, webinar, working_group_meeting
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub descriptions: Vec<RawText>,
    pub project: Option<String>,
    /// Ids of the organising organisations (at least one).
    pub organisers: Vec<Id>,
    pub venue: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub nuts: Option<String>,
    pub online_url: Option<String>,
    /// Local start, `YYYY-MM-DDTHH:MM`.
    pub starts: String,
    /// Local end, `YYYY-MM-DDTHH:MM`.
    pub ends: String,
    /// IANA time zone, e.g. `Europe/Brussels`.
    pub timezone: String,
    pub date_approximate: bool,
    pub languages: Vec<String>,
    /// public or members
    pub visibility: String,
    pub capacity: Option<String>,
    pub requires_approval: bool,
    /// Defaults to open when the field is absent.
    pub registration_open: Option<bool>,
}

/// A text in one language before parsing.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
pub struct RawText {
    pub lang: String,
    pub text: String,
}

pub const MAX_TITLE: usize = 200;
pub const MAX_DESCRIPTION: usize = 20_000;
pub const MAX_CAPACITY: i64 = 100_000;
/// Longer events are almost certainly a typing mistake (a wrong year).
pub const MAX_EVENT_DAYS: i64 = 31;

fn blank(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Checks a length in characters, recording a message under `field`.
pub fn check_text(e: &mut FieldErrors, field: &str, text: &str, min: usize, max: usize) {
    match text.trim().chars().count() {
        0 if min > 0 => e.add(field, "must not be empty"),
        n if n < min => e.add(field, format!("must be at least {min} characters long")),
        n if n > max => e.add(field, format!("must be at most {max} characters long")),
        _ => {}
    }
}

/// Parses localised texts, dropping empty ones; each language at most once.
pub fn parse_texts(
    e: &mut FieldErrors,
    field: &str,
    raw: &[RawText],
    max: usize,
) -> Vec<LocalizedText> {
    let mut out: Vec<LocalizedText> = Vec::new();
    for t in raw.iter().filter(|t| !t.text.trim().is_empty()) {
        let Some(lang) = e.check(field, LanguageTag::parse(&t.lang)) else {
            continue;
        };
        if out.iter().any(|d| d.lang == lang) {
            e.add(field, format!("{lang} is given twice"));
            continue;
        }
        if t.text.trim().chars().count() > max {
            e.add(field, format!("must be at most {max} characters long"));
            continue;
        }
        out.push(LocalizedText {
            lang,
            text: t.text.trim().to_string(),
        });
    }
    out
}

/// Parses a local date-time (`2014-10-20T09:00`, seconds optional) in an IANA time zone.
pub fn parse_local_time(raw: &str, timezone: &str) -> Result<OffsetDateTime, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("must not be empty".into());
    }
    let civil: jiff::civil::DateTime = raw
        .replace(' ', "T")
        .parse()
        .map_err(|_| format!("'{raw}' is not a date and time like 2014-10-20T09:00"))?;
    let tz = jiff::tz::TimeZone::get(timezone)
        .map_err(|_| format!("'{timezone}' is not a time zone"))?;
    let zoned = civil
        .to_zoned(tz)
        .map_err(|_| format!("'{raw}' does not exist in {timezone}"))?;
    OffsetDateTime::from_unix_timestamp(zoned.timestamp().as_second())
        .map_err(|_| format!("'{raw}' is out of range"))
}

/// Checks an IANA time zone name.
pub fn parse_timezone(raw: &str) -> Result<String, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("must not be empty".into());
    }
    jiff::tz::TimeZone::get(raw)
        .map(|_| raw.to_string())
        .map_err(|_| format!("'{raw}' is not a time zone"))
}

/// The wall-clock time of an instant in a time zone (UTC when the zone is unknown), as a
/// `PrimitiveDateTime` the locale formatters take.
pub fn local_time(at: OffsetDateTime, timezone: &str) -> time::PrimitiveDateTime {
    let utc = time::PrimitiveDateTime::new(at.date(), at.time());
    let Ok(tz) = jiff::tz::TimeZone::get(timezone) else {
        return utc;
    };
    let Ok(ts) = jiff::Timestamp::from_second(at.unix_timestamp()) else {
        return utc;
    };
    let offset = tz.to_offset(ts).seconds();
    let shifted = at + time::Duration::seconds(offset as i64);
    time::PrimitiveDateTime::new(shifted.date(), shifted.time())
}

/// The form value (`YYYY-MM-DDTHH:MM`) of an instant in a time zone.
pub fn local_input(at: OffsetDateTime, timezone: &str) -> String {
    let l = local_time(at, timezone);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        l.year(),
        l.month() as u8,
        l.day(),
        l.hour(),
        l.minute()
    )
}

impl RawEventInput {
    /// Parses every field, collecting all problems rather than stopping at the first.
    pub fn parse(&self) -> Result<EventInput, FieldErrors> {
        let mut e = FieldErrors::new();
        let kind = e.check("type", EventKind::parse(&self.kind));
        check_text(&mut e, "title", &self.title, 3, MAX_TITLE);
        let descriptions = parse_texts(&mut e, "descriptions", &self.descriptions, MAX_DESCRIPTION);
        let project = blank(&self.project).map(String::from);
        if project
            .as_ref()
            .is_some_and(|p| p.chars().count() > MAX_TITLE)
        {
            e.add(
                "project",
                format!("must be at most {MAX_TITLE} characters long"),
            );
        }
        let mut organiser_ids: Vec<Id> = Vec::new();
        for id in &self.organisers {
            if !organiser_ids.contains(id) {
                organiser_ids.push(*id);
            }
        }
        if organiser_ids.is_empty() {
            e.add("organisers", "name at least one organising organisation");
        }
        let venue = blank(&self.venue).map(String::from);
        let city = blank(&self.city).map(String::from);
        for (field, v) in [("venue", &venue), ("city", &city)] {
            if v.as_ref().is_some_and(|v| v.chars().count() > MAX_TITLE) {
                e.add(
                    field,
                    format!("must be at most {MAX_TITLE} characters long"),
                );
            }
        }
        let country = blank(&self.country).and_then(|c| e.check("country", CountryCode::parse(c)));
        let nuts = blank(&self.nuts).and_then(|n| e.check("nuts", NutsCode::parse(n)));
        if let (Some(c), Some(n)) = (&country, &nuts) {
            if !nuts_in_country(n, c) {
                e.add("nuts", format!("{n} is not a region of {c}"));
            }
        }
        let online_url =
            blank(&self.online_url).and_then(|u| e.check("online_url", Website::parse(u)));
        if city.is_some() && country.is_none() && blank(&self.country).is_none() {
            e.add("country", "must not be empty when a city is given");
        }
        if city.is_none() && online_url.is_none() {
            e.add("city", "give a city (on site) or an online link");
        }
        let timezone = e.check("timezone", parse_timezone(&self.timezone));
        let (mut starts_at, mut ends_at) = (None, None);
        if let Some(tz) = &timezone {
            starts_at = e.check("starts", parse_local_time(&self.starts, tz));
            ends_at = e.check("ends", parse_local_time(&self.ends, tz));
        }
        if let (Some(s), Some(en)) = (starts_at, ends_at) {
            if en <= s {
                e.add("ends", "must be after the start");
            } else if en - s > time::Duration::days(MAX_EVENT_DAYS) {
                e.add(
                    "ends",
                    format!("an event lasts at most {MAX_EVENT_DAYS} days"),
                );
            }
        }
        let mut languages = Vec::new();
        for raw in self.languages.iter().filter(|l| !l.trim().is_empty()) {
            if let Some(l) = e.check("languages", LanguageTag::parse(raw)) {
                if !languages.contains(&l) {
                    languages.push(l);
                }
            }
        }
        let visibility = if self.visibility.trim().is_empty() {
            Some(EventVisibility::Public)
        } else {
            e.check("visibility", EventVisibility::parse(&self.visibility))
        };
        let capacity = match blank(&self.capacity) {
            None => None,
            Some(c) => match c.parse::<i64>() {
                Ok(n) if (1..=MAX_CAPACITY).contains(&n) => Some(n),
                _ => {
                    e.add(
                        "capacity",
                        format!("must be a whole number from 1 to {MAX_CAPACITY}"),
                    );
                    None
                }
            },
        };
        match (e.is_empty(), kind, visibility, timezone, starts_at, ends_at) {
            (
                true,
                Some(kind),
                Some(visibility),
                Some(timezone),
                Some(starts_at),
                Some(ends_at),
            ) => Ok(EventInput {
                kind,
                title: self.title.trim().to_string(),
                descriptions,
                project,
                organiser_ids,
                venue,
                city,
                country,
                nuts,
                online_url,
                starts_at,
                ends_at,
                timezone,
                date_approximate: self.date_approximate,
                languages,
                visibility,
                capacity,
                requires_approval: self.requires_approval,
                registration_open: self.registration_open.unwrap_or(true),
                is_demo: false,
                source_proposal_id: None,
            }),
            _ => Err(e),
        }
    }

    /// The form values of a stored event.
    pub fn from_event(ev: &Event) -> Self {
        RawEventInput {
            kind: ev.kind.code().into(),
            title: ev.title.clone(),
            descriptions: ev
                .descriptions
                .iter()
                .map(|d| RawText {
                    lang: d.lang.to_string(),
                    text: d.text.clone(),
                })
                .collect(),
            project: ev.project.clone(),
            organisers: ev.organisers.iter().map(|o| o.id).collect(),
            venue: ev.venue.clone(),
            city: ev.city.clone(),
            country: ev.country.as_ref().map(|c| c.to_string()),
            nuts: ev.nuts.as_ref().map(|n| n.to_string()),
            online_url: ev.online_url.as_ref().map(|u| u.to_string()),
            starts: local_input(ev.starts_at, &ev.timezone),
            ends: local_input(ev.ends_at, &ev.timezone),
            timezone: ev.timezone.clone(),
            date_approximate: ev.date_approximate,
            languages: ev.languages.iter().map(|l| l.to_string()).collect(),
            visibility: ev.visibility.code().into(),
            capacity: ev.capacity.map(|c| c.to_string()),
            requires_approval: ev.requires_approval,
            registration_open: Some(ev.registration_open),
        }
    }
}

/// Which events a listing shows, by time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum When {
    #[default]
    Upcoming,
    Past,
    All,
}

/// Listing filters (all optional).
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub when: When,
    pub kind: Option<EventKind>,
    pub country: Option<CountryCode>,
    /// A NUTS code of any level: events in it or below it.
    pub region: Option<NutsCode>,
    pub organiser: Option<Id>,
    /// Events that end on or after this instant.
    pub from: Option<OffsetDateTime>,
    /// Events that start before this instant.
    pub to: Option<OffsetDateTime>,
    /// Words to find in the title, descriptions, project, place or organisers.
    pub q: Option<String>,
}

impl EventFilter {
    pub fn matches(&self, ev: &Event, now: OffsetDateTime) -> bool {
        let when = match self.when {
            When::Upcoming => ev.ends_at >= now,
            When::Past => ev.ends_at < now,
            When::All => true,
        };
        let words_found = || {
            let q = self.q.as_deref().unwrap_or("").to_lowercase();
            let mut haystack = format!(
                "{} {} {} {} {}",
                ev.title,
                ev.project.as_deref().unwrap_or(""),
                ev.venue.as_deref().unwrap_or(""),
                ev.city.as_deref().unwrap_or(""),
                ev.organisers
                    .iter()
                    .map(|o| o.name.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            );
            for d in &ev.descriptions {
                haystack.push(' ');
                haystack.push_str(&d.text);
            }
            let haystack = haystack.to_lowercase();
            q.split_whitespace().all(|w| haystack.contains(w))
        };
        when && self.kind.is_none_or(|k| ev.kind == k)
            && self
                .country
                .as_ref()
                .is_none_or(|c| ev.country.as_ref() == Some(c))
            && self.region.as_ref().is_none_or(|r| {
                ev.nuts
                    .as_ref()
                    .is_some_and(|n| n.as_str().starts_with(r.as_str()))
            })
            && self.organiser.is_none_or(|o| ev.organised_by(o))
            && self.from.is_none_or(|f| ev.ends_at >= f)
            && self.to.is_none_or(|t| ev.starts_at < t)
            && words_found()
    }
}

/// What one person may see and do with events: computed once per request.
#[derive(Debug, Clone, Default)]
pub struct EventViewer {
    pub user_id: Option<Id>,
    pub platform_admin: bool,
    /// Organisations the person administers (they organise these organisations' events).
    pub admin_of: HashSet<Id>,
    /// Organisations whose members-only events the person may see: their own and the clusters
    /// their organisations are members of.
    pub member_of: HashSet<Id>,
}

impl EventViewer {
    pub async fn of(repo: &dyn Repository, actor: &Actor) -> DomainResult<Self> {
        let mut v = EventViewer {
            user_id: actor.user_id(),
            platform_admin: actor.is_platform_admin(),
            ..Default::default()
        };
        for m in &actor.memberships {
            v.member_of.insert(m.organisation_id);
            if m.role == OrgRole::Admin {
                v.admin_of.insert(m.organisation_id);
            }
            for (cluster, _) in repo.clusters_of(m.organisation_id).await? {
                v.member_of.insert(cluster);
            }
        }
        Ok(v)
    }

    /// Organisers edit the event, its agenda, registrations, statements, groups and report.
    pub fn is_organiser(&self, ev: &Event) -> bool {
        self.platform_admin || ev.organisers.iter().any(|o| self.admin_of.contains(&o.id))
    }

    /// Members-only events are hidden from everyone outside the organisers' circle.
    pub fn can_see(&self, ev: &Event) -> bool {
        ev.visibility == EventVisibility::Public
            || self.is_organiser(ev)
            || ev.organisers.iter().any(|o| self.member_of.contains(&o.id))
    }

    pub fn require_organiser(&self, ev: &Event) -> DomainResult<()> {
        match (self.user_id, self.is_organiser(ev)) {
            (_, true) => Ok(()),
            (None, false) => Err(DomainError::Unauthenticated),
            (Some(_), false) => Err(DomainError::Forbidden),
        }
    }

    pub fn require_user(&self) -> DomainResult<Id> {
        self.user_id.ok_or(DomainError::Unauthenticated)
    }
}

/// The event service: the rules around the repository.
pub struct Events<'a> {
    pub repo: &'a dyn Repository,
}

impl Events<'_> {
    /// The event, if the viewer may see it; hidden events are reported as missing.
    pub async fn get(&self, viewer: &EventViewer, id: Id) -> DomainResult<Event> {
        match self.repo.event(id).await? {
            Some(ev) if viewer.can_see(&ev) => Ok(ev),
            _ => Err(DomainError::NotFound),
        }
    }

    /// The event, if the viewer organises it.
    pub async fn get_as_organiser(&self, viewer: &EventViewer, id: Id) -> DomainResult<Event> {
        let ev = self.get(viewer, id).await?;
        viewer.require_organiser(&ev)?;
        Ok(ev)
    }

    /// The events the viewer may see that pass the filter, soonest first (latest first for
    /// past events).
    pub async fn list(
        &self,
        viewer: &EventViewer,
        filter: &EventFilter,
        now: OffsetDateTime,
    ) -> DomainResult<Vec<Event>> {
        let mut events: Vec<Event> = self
            .repo
            .all_events()
            .await?
            .into_iter()
            .filter(|ev| viewer.can_see(ev) && filter.matches(ev, now))
            .collect();
        if filter.when == When::Past {
            events.sort_by_key(|e| std::cmp::Reverse(e.starts_at));
        } else {
            events.sort_by_key(|e| e.starts_at);
        }
        Ok(events)
    }

    /// Anyone who administers one of the organising organisations may announce an event.
    pub async fn create(&self, viewer: &EventViewer, raw: &RawEventInput) -> DomainResult<Event> {
        self.create_from(viewer, raw, None).await
    }

    /// Creates the event; with `proposal`, also marks that proposal as having become this event
    /// (both links in the same transaction; `Conflict` if it already became one).
    pub async fn create_from(
        &self,
        viewer: &EventViewer,
        raw: &RawEventInput,
        proposal: Option<Id>,
    ) -> DomainResult<Event> {
        let user_id = viewer.require_user()?;
        let mut input = raw.parse().map_err(DomainError::Validation)?;
        input.source_proposal_id = proposal;
        self.check_organisers(viewer, &input, None).await?;
        let ev = self.repo.create_event(&input, Some(user_id)).await?;
        self.repo
            .audit(Some(user_id), "event.create", &format!("event:{}", ev.id))
            .await?;
        Ok(ev)
    }

    pub async fn update(
        &self,
        viewer: &EventViewer,
        id: Id,
        raw: &RawEventInput,
    ) -> DomainResult<Event> {
        let current = self.get_as_organiser(viewer, id).await?;
        let mut input = raw.parse().map_err(DomainError::Validation)?;
        // The link to the proposal is history, not a form field: an edit keeps it.
        input.source_proposal_id = current.source_proposal_id;
        self.check_organisers(viewer, &input, Some(&current))
            .await?;
        let ev = self.repo.update_event(id, &input).await?;
        // More places (or no more approval) may let people off the waiting list at once.
        self.repo.fill_free_places(id).await?;
        self.repo
            .audit(viewer.user_id, "event.update", &format!("event:{id}"))
            .await?;
        Ok(ev)
    }

    /// Every organiser must exist; a new organiser list must keep one the viewer administers
    /// (so nobody locks themselves out by accident); a region must be known.
    async fn check_organisers(
        &self,
        viewer: &EventViewer,
        input: &EventInput,
        current: Option<&Event>,
    ) -> DomainResult<()> {
        let mut e = FieldErrors::new();
        let found = self.repo.orgs_by_ids(&input.organiser_ids).await?;
        for id in &input.organiser_ids {
            if !found.iter().any(|o| o.id == *id) {
                e.add("organisers", format!("organisation {id} does not exist"));
            }
        }
        let keeps_own = input
            .organiser_ids
            .iter()
            .any(|id| viewer.admin_of.contains(id));
        let unchanged = current.is_some_and(|c| {
            let mut before: Vec<Id> = c.organisers.iter().map(|o| o.id).collect();
            let mut after = input.organiser_ids.clone();
            before.sort_unstable();
            after.sort_unstable();
            before == after
        });
        if e.is_empty() && !viewer.platform_admin && !keeps_own && !unchanged {
            e.add("organisers", "include an organisation you administer");
        }
        if let Some(n) = &input.nuts {
            if self.repo.nuts_region(n.as_str()).await?.is_none() {
                e.add("nuts", format!("{n} is not a known NUTS region"));
            }
        }
        e.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw() -> RawEventInput {
        RawEventInput {
            kind: "conference".into(),
            title: "European Cluster Conference".into(),
            organisers: vec![1],
            venue: Some("The Square".into()),
            city: Some("Brussels".into()),
            country: Some("BE".into()),
            nuts: Some("BE10".into()),
            starts: "2014-10-20T09:00".into(),
            ends: "2014-10-21T17:00".into(),
            timezone: "Europe/Brussels".into(),
            languages: vec!["en".into()],
            ..Default::default()
        }
    }

    #[test]
    fn local_times_use_the_events_time_zone() {
        let ev = raw().parse().unwrap();
        // Brussels is UTC+2 in October 2014 (summer time until the 26th).
        assert_eq!(ev.starts_at.unix_timestamp(), 1_413_788_400);
        assert_eq!(
            local_input(ev.starts_at, "Europe/Brussels"),
            "2014-10-20T09:00"
        );
        assert_eq!(local_input(ev.starts_at, "UTC"), "2014-10-20T07:00");
    }

    #[test]
    fn bad_input_names_each_field() {
        let mut r = raw();
        r.kind = "party".into();
        r.title = "".into();
        r.organisers.clear();
        r.nuts = Some("PL81".into());
        r.ends = "2014-10-19T09:00".into();
        r.capacity = Some("-3".into());
        let e = r.parse().unwrap_err();
        for field in ["type", "title", "organisers", "nuts", "ends", "capacity"] {
            assert!(e.get(field).is_some(), "{field}: {e}");
        }
        let mut r = raw();
        r.timezone = "Mars/Olympus".into();
        assert!(r.parse().unwrap_err().get("timezone").is_some());
        let mut r = raw();
        r.city = None;
        assert!(r.parse().unwrap_err().get("city").is_some());
        r.online_url = Some("https://meet.example.org/ecc".into());
        assert!(r.parse().is_ok());
    }

    #[test]
    fn round_trips_through_the_form() {
        let input = raw().parse().unwrap();
        assert_eq!(input.timezone, "Europe/Brussels");
        assert_eq!(input.visibility, EventVisibility::Public);
        assert!(input.registration_open);
    }
}
