//! iCalendar (RFC 5545) feeds of events: one event, an organisation's events, or the events a
//! person registered for (with their B2B meetings). A pure function: the caller picks the events
//! and the language.

use crate::events::Event;
use time::OffsetDateTime;

/// Whether the person's place is certain (`Tentative` while pending or waitlisted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryStatus {
    Confirmed,
    Tentative,
}

pub struct Feed<'a> {
    /// The calendar's name in clients (`X-WR-CALNAME`).
    pub name: &'a str,
    /// The language of the descriptions (falls back like the pages do).
    pub lang: &'a str,
    /// `https://klaster.example.org`, for each event's URL; none when unknown.
    pub base_url: Option<&'a str>,
}

/// A one-off appointment that is not an event of its own (a B2B meeting), with a stable UID.
pub struct Appointment {
    pub uid: String,
    pub stamp: OffsetDateTime,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub summary: String,
    pub description: String,
    pub location: Option<String>,
    /// A local path (`/events/7/brokerage/agenda`), made absolute with the feed's base URL.
    pub path: String,
}

/// The calendar of events and appointments as text with CRLF line endings and folded lines.
pub fn calendar(
    feed: &Feed,
    entries: &[(&Event, EntryStatus)],
    appointments: &[Appointment],
) -> String {
    let mut out = String::new();
    let mut line = |name: &str, value: &str| fold_into(&mut out, &format!("{name}:{value}"));
    line("BEGIN", "VCALENDAR");
    line("VERSION", "2.0");
    line("PRODID", "-//Klaster//Events//EN");
    line("CALSCALE", "GREGORIAN");
    line("METHOD", "PUBLISH");
    line("X-WR-CALNAME", &escape(feed.name));
    for (ev, status) in entries {
        line("BEGIN", "VEVENT");
        line("UID", &format!("event-{}@klaster", ev.id));
        line("DTSTAMP", &utc(ev.updated_at));
        line("DTSTART", &utc(ev.starts_at));
        line("DTEND", &utc(ev.ends_at));
        line("SUMMARY", &escape(&ev.title));
        if let Some(d) = ev.description(feed.lang) {
            line(
                &format!("DESCRIPTION;LANGUAGE={}", d.lang),
                &escape(&d.text),
            );
        }
        if let Some(place) = location(ev) {
            line("LOCATION", &escape(&place));
        }
        if let Some(base) = feed.base_url {
            line(
                "URL",
                &format!("{}/events/{}", base.trim_end_matches('/'), ev.id),
            );
        }
        let status = match status {
            EntryStatus::Confirmed => "CONFIRMED",
            EntryStatus::Tentative => "TENTATIVE",
        };
        line("STATUS", status);
        line("END", "VEVENT");
    }
    for a in appointments {
        line("BEGIN", "VEVENT");
        line("UID", &a.uid);
        line("DTSTAMP", &utc(a.stamp));
        line("DTSTART", &utc(a.starts_at));
        line("DTEND", &utc(a.ends_at));
        line("SUMMARY", &escape(&a.summary));
        if !a.description.is_empty() {
            line("DESCRIPTION", &escape(&a.description));
        }
        if let Some(place) = &a.location {
            line("LOCATION", &escape(place));
        }
        if let Some(base) = feed.base_url {
            line("URL", &format!("{}{}", base.trim_end_matches('/'), a.path));
        }
        line("STATUS", "CONFIRMED");
        line("END", "VEVENT");
    }
    line("END", "VCALENDAR");
    out
}

/// Venue, city and country; the online link for events without a place.
fn location(ev: &Event) -> Option<String> {
    let mut parts: Vec<String> = [&ev.venue, &ev.city]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    if parts.is_empty() {
        return ev.online_url.as_ref().map(|u| u.to_string());
    }
    if let Some(c) = &ev.country {
        parts.push(c.to_string());
    }
    Some(parts.join(", "))
}

/// `20141020T070000Z`
fn utc(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        at.year(),
        at.month() as u8,
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// TEXT values escape backslashes, semicolons, commas and newlines (RFC 5545 3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (continuations start with a space, which counts),
/// never inside a UTF-8 character, each line ending in CRLF.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a,b;c\\d\r\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn folds_at_75_octets_between_characters() {
        let mut out = String::new();
        let text = format!("SUMMARY:{}", "Żółć ёж ".repeat(20));
        fold_into(&mut out, &text);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        assert_eq!(out.replace("\r\n ", ""), format!("{text}\r\n"));
        assert!(out.ends_with("\r\n"));
    }

    #[test]
    fn times_are_utc() {
        let at = time::macros::datetime!(2014-10-20 09:00 +02:00);
        assert_eq!(utc(at), "20141020T070000Z");
    }
}
