//! What every event page shares: loading the event for the viewer, the event's header with its
//! tabs, and times shown in the event's own time zone and the page's language.

use crate::context::Ctx;
use crate::i18n::Tr;
use crate::AppState;
use klaster_domain::events::{local_time, Event, EventKind, EventViewer, Events};
use klaster_domain::DomainResult;
use time::OffsetDateTime;

/// What the person behind the request may see and do with events.
pub async fn viewer(state: &AppState, ctx: &Ctx) -> DomainResult<EventViewer> {
    EventViewer::of(&*state.repo, &ctx.actor).await
}

/// The event (if this viewer may see it) and what the viewer may do with it.
pub async fn load(state: &AppState, ctx: &Ctx, id: i64) -> DomainResult<(Event, EventViewer)> {
    let viewer = viewer(state, ctx).await?;
    let ev = events(state).get(&viewer, id).await?;
    Ok((ev, viewer))
}

/// The same, but only for the event's organisers (others get 401/403; hidden events 404).
pub async fn load_as_organiser(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
) -> DomainResult<(Event, EventViewer)> {
    let (ev, viewer) = load(state, ctx, id).await?;
    viewer.require_organiser(&ev)?;
    Ok((ev, viewer))
}

pub fn events(state: &AppState) -> Events<'_> {
    Events { repo: &*state.repo }
}

/// A wall-clock time of the event's zone, "09:00".
pub fn clock(at: OffsetDateTime, timezone: &str) -> String {
    let l = local_time(at, timezone);
    format!("{:02}:{:02}", l.hour(), l.minute())
}

/// A date of the event's zone in the page's language, "20 October 2014".
pub fn local_date(tr: &Tr, at: OffsetDateTime, timezone: &str) -> String {
    tr.date(local_time(at, timezone).assume_utc())
}

/// When an event takes place, in its own time zone: one day with hours, or a range of days.
pub fn when_text(tr: &Tr, ev: &Event) -> String {
    let (start, end) = (
        local_time(ev.starts_at, &ev.timezone),
        local_time(ev.ends_at, &ev.timezone),
    );
    let text = if start.date() == end.date() {
        format!(
            "{}, {}–{}",
            local_date(tr, ev.starts_at, &ev.timezone),
            clock(ev.starts_at, &ev.timezone),
            clock(ev.ends_at, &ev.timezone)
        )
    } else if start.year() == end.year() && start.month() == end.month() {
        // "20–21 October 2014": all three languages put the day first.
        format!(
            "{}–{}",
            start.day(),
            local_date(tr, ev.ends_at, &ev.timezone)
        )
    } else {
        format!(
            "{} – {}",
            local_date(tr, ev.starts_at, &ev.timezone),
            local_date(tr, ev.ends_at, &ev.timezone)
        )
    };
    if ev.date_approximate {
        tr.ta("event-date-approximate", [("when", text.as_str())])
    } else {
        text
    }
}

/// Where: venue and city, the online link, or both.
pub fn place_text(tr: &Tr, ev: &Event) -> String {
    let mut parts: Vec<String> = [&ev.venue, &ev.city]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    if ev.online_url.is_some() {
        parts.push(tr.t("event-online"));
    }
    parts.join(", ")
}

pub fn kind_label(tr: &Tr, kind: EventKind) -> String {
    tr.t(&format!("event-kind-{}", kind.code()))
}

pub struct Tab {
    pub href: String,
    pub label: String,
    pub active: bool,
}

/// The event's header on each of its pages: title, kind, when, where, and the tabs.
pub struct EventNav {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub when: String,
    pub place: String,
    pub is_organiser: bool,
    pub tabs: Vec<Tab>,
}

impl EventNav {
    /// `active` is the tab's path after `/events/{id}` ("" for the overview, "/agenda", ...).
    pub fn new(tr: &Tr, ev: &Event, viewer: &EventViewer, active: &str) -> Self {
        let is_organiser = viewer.is_organiser(ev);
        let mut tabs: Vec<(&str, &str)> = vec![
            ("", "event-tab-overview"),
            ("/agenda", "event-tab-agenda"),
            ("/registration", "event-tab-registration"),
            ("/stands", "event-tab-stands"),
            ("/groups", "event-tab-groups"),
        ];
        // Brokerage events always have B2B meetings; organisers may add them to any event.
        if ev.kind == EventKind::Brokerage || is_organiser {
            tabs.push(("/brokerage", "event-tab-brokerage"));
        }
        if ev.kind == EventKind::StudyVisit {
            tabs.push(("/visit", "event-tab-visit"));
        }
        if matches!(
            ev.kind,
            EventKind::StakeholderMeeting | EventKind::Workshop | EventKind::Conference
        ) {
            tabs.push(("/proposals", "event-tab-proposals"));
        }
        tabs.push(("/voting", "event-tab-voting"));
        tabs.push(("/report", "event-tab-report"));
        if is_organiser {
            tabs.push(("/participants", "event-tab-participants"));
        }
        EventNav {
            id: ev.id,
            title: ev.title.clone(),
            kind: kind_label(tr, ev.kind),
            when: when_text(tr, ev),
            place: place_text(tr, ev),
            is_organiser,
            tabs: tabs
                .into_iter()
                .map(|(path, key)| Tab {
                    href: format!("/events/{}{path}", ev.id),
                    label: tr.t(key),
                    active: path == active,
                })
                .collect(),
        }
    }
}
