//! Registration: the organiser's fields, capacity and waiting list, approval, cancellation, and the private calendar feeds.

use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{Event, EventViewer};
use crate::model::{csv_cell, Id, Membership};
use crate::repo::Repository;
use crate::types::*;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use time::OffsetDateTime;

code_enum!(
    /// Where a registration stands. Only `Confirmed` holds a place.
    RegistrationStatus {
        Pending = "pending",
        Confirmed = "confirmed",
        Waitlisted = "waitlisted",
        Cancelled = "cancelled",
        Rejected = "rejected",
    }
);

impl RegistrationStatus {
    /// Pending, confirmed and waitlisted people are still coming (or hope to).
    pub fn is_active(self) -> bool {
        matches!(
            self,
            RegistrationStatus::Pending
                | RegistrationStatus::Confirmed
                | RegistrationStatus::Waitlisted
        )
    }
}

code_enum!(
    /// How a participant attends.
    Attendance {
        OnSite = "onsite",
        Online = "online",
    }
);

code_enum!(
    /// Who sees a participant: `public` (name and organisation to other participants, e-mail in
    /// the organisers' export), `name_only` (no e-mail in the export), `hidden` (organisers only).
    ParticipantVisibility {
        Public = "public",
        NameOnly = "name_only",
        Hidden = "hidden",
    }
);

code_enum!(
    /// The kinds of the organiser's own registration fields.
    FieldKind {
        Text = "text",
        LongText = "long_text",
        Choice = "choice",
        Checkbox = "checkbox",
    }
);

pub const MAX_LABEL: usize = 200;
pub const MAX_ANSWER: usize = 2000;
pub const MAX_OPTIONS: usize = 50;
pub const MAX_FIELDS: usize = 30;

/// A question the organiser asks everyone who registers.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct RegistrationField {
    pub id: Id,
    pub event_id: Id,
    pub label: String,
    pub kind: FieldKind,
    /// The choices of a `choice` field.
    pub options: Vec<String>,
    pub required: bool,
    pub position: i64,
}

/// A field as a form or JSON body carries it; options one per line.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawFieldInput {
    pub label: String,
    /// text, long_text, choice or checkbox
    pub kind: String,
    /// The choices of a `choice` field, one per line.
    pub options: String,
    pub required: bool,
    pub position: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FieldInput {
    pub label: String,
    pub kind: FieldKind,
    pub options: Vec<String>,
    pub required: bool,
    pub position: i64,
}

impl RawFieldInput {
    pub fn parse(&self) -> Result<FieldInput, FieldErrors> {
        let mut e = FieldErrors::new();
        crate::events::check_text(&mut e, "label", &self.label, 1, MAX_LABEL);
        let kind = e.check("kind", FieldKind::parse(&self.kind));
        let mut options: Vec<String> = Vec::new();
        for o in self
            .options
            .lines()
            .map(str::trim)
            .filter(|o| !o.is_empty())
        {
            if o.chars().count() > MAX_LABEL {
                e.add(
                    "options",
                    format!("must be at most {MAX_LABEL} characters long"),
                );
            } else if !options.iter().any(|x| x == o) {
                options.push(o.to_string());
            }
        }
        if kind == Some(FieldKind::Choice) && options.len() < 2 {
            e.add("options", "give at least two choices, one per line");
        }
        if options.len() > MAX_OPTIONS {
            e.add("options", format!("at most {MAX_OPTIONS} choices"));
        }
        if kind != Some(FieldKind::Choice) {
            options.clear();
        }
        let position = match self.position.as_deref().map(str::trim) {
            None | Some("") => 0,
            Some(p) => p.parse::<i64>().unwrap_or_else(|_| {
                e.add("position", "must be a whole number");
                0
            }),
        };
        match (e.is_empty(), kind) {
            (true, Some(kind)) => Ok(FieldInput {
                label: self.label.trim().to_string(),
                kind,
                options,
                required: self.required,
                position,
            }),
            _ => Err(e),
        }
    }

    pub fn from_field(f: &RegistrationField) -> Self {
        RawFieldInput {
            label: f.label.clone(),
            kind: f.kind.code().into(),
            options: f.options.join("\n"),
            required: f.required,
            position: Some(f.position.to_string()),
        }
    }
}

/// One person's registration for an event, with the names the lists show.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Registration {
    pub id: Id,
    pub event_id: Id,
    pub event_title: String,
    pub user_id: Id,
    pub name: String,
    pub email: String,
    /// The organisation the person comes from.
    pub org_id: Option<Id>,
    pub org_name: Option<String>,
    pub status: RegistrationStatus,
    pub attendance: Attendance,
    pub visibility: ParticipantVisibility,
    /// Answers to the organiser's fields by field id.
    pub answers: BTreeMap<Id, String>,
    /// 1 for the next person to get a place, while waitlisted.
    pub waitlist_position: Option<i64>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

/// A registration as a form or JSON body carries it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawRegistration {
    /// onsite or online (default: onsite when the event has a place, else online)
    pub attendance: String,
    /// One of the person's organisations, or none.
    pub org_id: Option<Id>,
    /// public, name_only or hidden (default public)
    pub visibility: String,
    /// Answers by field id; a checkbox is "true" or "false".
    pub answers: BTreeMap<Id, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RegistrationInput {
    pub attendance: Attendance,
    pub org_id: Option<Id>,
    pub visibility: ParticipantVisibility,
    pub answers: BTreeMap<Id, String>,
}

/// The field name an answer's errors are reported under (forms use it too).
pub fn answer_field(id: Id) -> String {
    format!("answer_{id}")
}

fn is_checked(v: &str) -> bool {
    matches!(
        v.trim().to_lowercase().as_str(),
        "true" | "on" | "yes" | "1"
    )
}

impl RawRegistration {
    /// Checks the choices against the event, the person's memberships and the organiser's
    /// fields; messages about answers name the field's label.
    pub fn parse(
        &self,
        ev: &Event,
        memberships: &[Membership],
        fields: &[RegistrationField],
    ) -> Result<RegistrationInput, FieldErrors> {
        let mut e = FieldErrors::new();
        let on_site_possible = ev.city.is_some() || ev.venue.is_some();
        let attendance = if self.attendance.trim().is_empty() {
            Some(if on_site_possible {
                Attendance::OnSite
            } else {
                Attendance::Online
            })
        } else {
            e.check("attendance", Attendance::parse(&self.attendance))
        };
        match attendance {
            Some(Attendance::Online) if ev.online_url.is_none() => {
                e.add("attendance", "this event cannot be followed online")
            }
            Some(Attendance::OnSite) if !on_site_possible => {
                e.add("attendance", "this event takes place online only")
            }
            _ => {}
        }
        if let Some(org) = self.org_id {
            if !memberships.iter().any(|m| m.organisation_id == org) {
                e.add("org_id", "choose one of your own organisations");
            }
        }
        let visibility = if self.visibility.trim().is_empty() {
            Some(ParticipantVisibility::Public)
        } else {
            e.check("visibility", ParticipantVisibility::parse(&self.visibility))
        };
        let mut answers = BTreeMap::new();
        for id in self.answers.keys() {
            if !fields.iter().any(|f| f.id == *id) {
                e.add(answer_field(*id), format!("there is no field {id}"));
            }
        }
        for f in fields {
            let raw = self
                .answers
                .get(&f.id)
                .map(|s| s.trim())
                .unwrap_or_default();
            let key = answer_field(f.id);
            let label = &f.label;
            let value = match f.kind {
                FieldKind::Checkbox => {
                    let on = is_checked(raw);
                    if f.required && !on {
                        e.add(key, format!("{label}: must be ticked"));
                    }
                    if on {
                        "true".to_string()
                    } else {
                        String::new()
                    }
                }
                _ if raw.is_empty() => {
                    if f.required {
                        e.add(key, format!("{label}: must not be empty"));
                    }
                    String::new()
                }
                FieldKind::Choice if !f.options.iter().any(|o| o == raw) => {
                    e.add(
                        key,
                        format!("{label}: choose one of {}", f.options.join(", ")),
                    );
                    String::new()
                }
                _ if raw.chars().count() > MAX_ANSWER => {
                    e.add(
                        key,
                        format!("{label}: must be at most {MAX_ANSWER} characters long"),
                    );
                    String::new()
                }
                _ => raw.to_string(),
            };
            if !value.is_empty() {
                answers.insert(f.id, value);
            }
        }
        match (e.is_empty(), attendance, visibility) {
            (true, Some(attendance), Some(visibility)) => Ok(RegistrationInput {
                attendance,
                org_id: self.org_id,
                visibility,
                answers,
            }),
            _ => Err(e),
        }
    }
}

/// The places of an event at one moment, read inside the registration transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seats {
    /// `None`: unlimited.
    pub capacity: Option<i64>,
    pub confirmed_onsite: i64,
    pub pending_onsite: i64,
    pub requires_approval: bool,
}

impl Seats {
    pub fn full(&self) -> bool {
        self.capacity.is_some_and(|c| self.confirmed_onsite >= c)
    }

    /// A new registration: on site and full goes to the waiting list; otherwise it waits for
    /// approval when the event asks for it, else it is confirmed. Online is never full.
    pub fn status_for_new(&self, attendance: Attendance) -> RegistrationStatus {
        if attendance == Attendance::OnSite && self.full() {
            RegistrationStatus::Waitlisted
        } else if self.requires_approval {
            RegistrationStatus::Pending
        } else {
            RegistrationStatus::Confirmed
        }
    }

    /// An organiser's approval confirms when a place is free, else waitlists.
    pub fn status_on_approval(&self, attendance: Attendance) -> RegistrationStatus {
        if attendance == Attendance::OnSite && self.full() {
            RegistrationStatus::Waitlisted
        } else {
            RegistrationStatus::Confirmed
        }
    }

    /// How many waitlisted people to promote now. Promoted people go to pending when approval is
    /// required, and pending on-site people count against the free places, so a freed place is
    /// offered once and not to the whole list.
    pub fn places_to_fill(&self) -> i64 {
        let Some(capacity) = self.capacity else {
            return i64::MAX;
        };
        let held = if self.requires_approval {
            self.confirmed_onsite + self.pending_onsite
        } else {
            self.confirmed_onsite
        };
        (capacity - held).max(0)
    }

    pub fn promoted_status(&self) -> RegistrationStatus {
        if self.requires_approval {
            RegistrationStatus::Pending
        } else {
            RegistrationStatus::Confirmed
        }
    }
}

/// What an organiser (or the person, for `Cancel`) does to an existing registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Reject,
    Cancel,
}

impl Decision {
    /// Refuses changes that make no sense for the current status.
    pub fn check(self, from: RegistrationStatus) -> DomainResult<()> {
        use RegistrationStatus::*;
        let ok = match self {
            Decision::Approve | Decision::Reject => matches!(from, Pending | Waitlisted),
            Decision::Cancel => from.is_active(),
        };
        if ok {
            Ok(())
        } else {
            Err(DomainError::Conflict(format!(
                "the registration is {}",
                from.code()
            )))
        }
    }
}

#[async_trait]
pub trait RegistrationRepo: Send + Sync {
    /// The person's registration status for the event, if they registered.
    async fn registration_status(
        &self,
        event_id: Id,
        user_id: Id,
    ) -> DomainResult<Option<RegistrationStatus>>;

    async fn registration_fields(&self, event_id: Id) -> DomainResult<Vec<RegistrationField>>;
    async fn create_registration_field(
        &self,
        event_id: Id,
        input: &FieldInput,
    ) -> DomainResult<RegistrationField>;
    /// `NotFound` when the field is not the event's.
    async fn update_registration_field(
        &self,
        event_id: Id,
        field_id: Id,
        input: &FieldInput,
    ) -> DomainResult<RegistrationField>;
    async fn delete_registration_field(&self, event_id: Id, field_id: Id) -> DomainResult<bool>;

    /// Registers (or registers again after cancelling, reusing the row), or updates the details
    /// of an active registration; the status follows `Seats` read under a lock on the event, and
    /// waitlisted people are promoted first when places are free. `Conflict` after a rejection.
    async fn register(
        &self,
        event_id: Id,
        user_id: Id,
        input: &RegistrationInput,
    ) -> DomainResult<Registration>;
    /// Approves, rejects or cancels under the same lock; a freed place promotes the oldest
    /// waitlisted person.
    async fn decide_registration(
        &self,
        event_id: Id,
        registration_id: Id,
        decision: Decision,
    ) -> DomainResult<Registration>;
    /// Promotes waitlisted people into free places (after the capacity was raised); how many.
    async fn fill_free_places(&self, event_id: Id) -> DomainResult<i64>;

    async fn registration(&self, event_id: Id, user_id: Id) -> DomainResult<Option<Registration>>;
    async fn registration_by_id(
        &self,
        event_id: Id,
        registration_id: Id,
    ) -> DomainResult<Option<Registration>>;
    /// Every registration of the event, oldest first, with waitlist positions.
    async fn registrations(&self, event_id: Id) -> DomainResult<Vec<Registration>>;
    /// A person's registrations of every event, soonest event first.
    async fn user_registrations(&self, user_id: Id) -> DomainResult<Vec<Registration>>;

    /// The person's calendar feed token, storing `candidate` when they have none yet.
    async fn calendar_feed_token(&self, user_id: Id, candidate: &str) -> DomainResult<String>;
    /// Replaces the token; the old address stops working.
    async fn replace_calendar_feed_token(&self, user_id: Id, token: &str) -> DomainResult<()>;
    async fn calendar_feed_user(&self, token: &str) -> DomainResult<Option<Id>>;
}

/// The registration service: who may register and decide, around the repository.
pub struct Registrations<'a> {
    pub repo: &'a dyn Repository,
}

impl Registrations<'_> {
    /// Registration is possible while the organiser keeps it open and the event has not ended.
    pub fn is_open(ev: &Event, now: OffsetDateTime) -> bool {
        ev.registration_open && !ev.has_ended(now)
    }

    pub async fn register(
        &self,
        viewer: &EventViewer,
        memberships: &[Membership],
        ev: &Event,
        raw: &RawRegistration,
        now: OffsetDateTime,
    ) -> DomainResult<Registration> {
        let user_id = viewer.require_user()?;
        if !viewer.can_see(ev) {
            return Err(DomainError::NotFound);
        }
        if !Self::is_open(ev, now) {
            return Err(DomainError::Conflict(
                "registration for this event is closed".into(),
            ));
        }
        let fields = self.repo.registration_fields(ev.id).await?;
        let input = raw
            .parse(ev, memberships, &fields)
            .map_err(DomainError::Validation)?;
        if let Some(current) = self.repo.registration(ev.id, user_id).await? {
            if current.status.is_active() && current.attendance != input.attendance {
                return Err(DomainError::field(
                    "attendance",
                    "cancel your registration first to change how you attend",
                ));
            }
        }
        let reg = self.repo.register(ev.id, user_id, &input).await?;
        self.repo
            .audit(
                Some(user_id),
                "registration.register",
                &format!("event:{}", ev.id),
            )
            .await?;
        Ok(reg)
    }

    /// The person cancels their own registration.
    pub async fn cancel_own(&self, viewer: &EventViewer, ev: &Event) -> DomainResult<Registration> {
        let user_id = viewer.require_user()?;
        let reg = self
            .repo
            .registration(ev.id, user_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let reg = self
            .repo
            .decide_registration(ev.id, reg.id, Decision::Cancel)
            .await?;
        self.repo
            .audit(
                Some(user_id),
                "registration.cancel",
                &format!("event:{}", ev.id),
            )
            .await?;
        Ok(reg)
    }

    /// An organiser approves, rejects or cancels someone's registration.
    pub async fn decide(
        &self,
        viewer: &EventViewer,
        ev: &Event,
        registration_id: Id,
        decision: Decision,
    ) -> DomainResult<Registration> {
        viewer.require_organiser(ev)?;
        let reg = self
            .repo
            .decide_registration(ev.id, registration_id, decision)
            .await?;
        let action = match decision {
            Decision::Approve => "registration.approve",
            Decision::Reject => "registration.reject",
            Decision::Cancel => "registration.cancel",
        };
        self.repo
            .audit(
                viewer.user_id,
                action,
                &format!("registration:{registration_id}"),
            )
            .await?;
        Ok(reg)
    }

    pub async fn add_field(
        &self,
        viewer: &EventViewer,
        ev: &Event,
        raw: &RawFieldInput,
    ) -> DomainResult<RegistrationField> {
        viewer.require_organiser(ev)?;
        let input = raw.parse().map_err(DomainError::Validation)?;
        if self.repo.registration_fields(ev.id).await?.len() >= MAX_FIELDS {
            return Err(DomainError::field(
                "label",
                format!("an event has at most {MAX_FIELDS} fields"),
            ));
        }
        self.repo.create_registration_field(ev.id, &input).await
    }

    pub async fn update_field(
        &self,
        viewer: &EventViewer,
        ev: &Event,
        field_id: Id,
        raw: &RawFieldInput,
    ) -> DomainResult<RegistrationField> {
        viewer.require_organiser(ev)?;
        let input = raw.parse().map_err(DomainError::Validation)?;
        self.repo
            .update_registration_field(ev.id, field_id, &input)
            .await
    }

    pub async fn delete_field(
        &self,
        viewer: &EventViewer,
        ev: &Event,
        field_id: Id,
    ) -> DomainResult<()> {
        viewer.require_organiser(ev)?;
        if self.repo.delete_registration_field(ev.id, field_id).await? {
            Ok(())
        } else {
            Err(DomainError::NotFound)
        }
    }
}

/// What others may see of the participants: confirmed people who did not hide themselves.
pub fn visible_participants(regs: &[Registration]) -> Vec<&Registration> {
    regs.iter()
        .filter(|r| {
            r.status == RegistrationStatus::Confirmed
                && r.visibility != ParticipantVisibility::Hidden
        })
        .collect()
}

/// The column titles of the participant export, in the page's language.
pub struct CsvHeadings {
    pub name: String,
    pub organisation: String,
    pub email: String,
    pub attendance: String,
    pub status: String,
}

/// The participants (confirmed, pending, waitlisted) as CSV, respecting each person's choice:
/// hidden people are left out, `name_only` people have no e-mail.
pub fn participants_csv(
    h: &CsvHeadings,
    fields: &[RegistrationField],
    regs: &[Registration],
) -> DomainResult<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        h.name.clone(),
        h.organisation.clone(),
        h.email.clone(),
        h.attendance.clone(),
        h.status.clone(),
    ];
    header.extend(fields.iter().map(|f| csv_cell(&f.label)));
    w.write_record(&header).map_err(DomainError::internal)?;
    for r in regs
        .iter()
        .filter(|r| r.status.is_active() && r.visibility != ParticipantVisibility::Hidden)
    {
        let email = if r.visibility == ParticipantVisibility::Public {
            r.email.clone()
        } else {
            String::new()
        };
        let mut row = vec![
            csv_cell(&r.name),
            csv_cell(r.org_name.as_deref().unwrap_or("")),
            email,
            r.attendance.code().to_string(),
            r.status.code().to_string(),
        ];
        row.extend(
            fields
                .iter()
                .map(|f| csv_cell(r.answers.get(&f.id).map(String::as_str).unwrap_or(""))),
        );
        w.write_record(&row).map_err(DomainError::internal)?;
    }
    let bytes = w.into_inner().map_err(DomainError::internal)?;
    String::from_utf8(bytes).map_err(DomainError::internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seats(capacity: Option<i64>, confirmed: i64, pending: i64, approval: bool) -> Seats {
        Seats {
            capacity,
            confirmed_onsite: confirmed,
            pending_onsite: pending,
            requires_approval: approval,
        }
    }

    #[test]
    fn capacity_counts_confirmed_on_site_places() {
        use RegistrationStatus::*;
        let s = seats(Some(2), 2, 0, false);
        assert_eq!(s.status_for_new(Attendance::OnSite), Waitlisted);
        assert_eq!(s.status_for_new(Attendance::Online), Confirmed);
        let s = seats(Some(2), 1, 0, true);
        assert_eq!(s.status_for_new(Attendance::OnSite), Pending);
        assert_eq!(s.status_on_approval(Attendance::OnSite), Confirmed);
        assert_eq!(
            seats(Some(2), 2, 1, true).status_on_approval(Attendance::OnSite),
            Waitlisted
        );
        assert_eq!(
            seats(None, 500, 0, false).status_for_new(Attendance::OnSite),
            Confirmed
        );
    }

    #[test]
    fn a_freed_place_is_offered_once() {
        assert_eq!(seats(Some(3), 2, 0, false).places_to_fill(), 1);
        assert_eq!(seats(Some(3), 2, 1, true).places_to_fill(), 0);
        assert_eq!(seats(Some(3), 5, 0, false).places_to_fill(), 0);
        assert_eq!(
            seats(Some(3), 2, 0, true).promoted_status(),
            RegistrationStatus::Pending
        );
    }

    #[test]
    fn decisions_follow_the_status() {
        use RegistrationStatus::*;
        assert!(Decision::Approve.check(Pending).is_ok());
        assert!(Decision::Approve.check(Confirmed).is_err());
        assert!(Decision::Cancel.check(Waitlisted).is_ok());
        assert!(Decision::Cancel.check(Cancelled).is_err());
        assert!(Decision::Reject.check(Rejected).is_err());
    }

    #[test]
    fn fields_need_choices() {
        let raw = RawFieldInput {
            label: "Diet".into(),
            kind: "choice".into(),
            options: "vegan\n\nvegan\n".into(),
            ..Default::default()
        };
        assert!(raw.parse().unwrap_err().get("options").is_some());
        let raw = RawFieldInput {
            options: "vegan\nany".into(),
            ..raw
        };
        assert_eq!(raw.parse().unwrap().options, ["vegan", "any"]);
    }

    #[test]
    fn csv_cells_never_start_a_formula() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("Łódź"), "Łódź");
    }
}
