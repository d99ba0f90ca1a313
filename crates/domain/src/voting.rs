//! Live statement voting: statements opened one at a time, one vote per participant.

use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{check_text, Event, EventViewer};
use crate::model::Id;
use crate::registration::RegistrationStatus;
use crate::repo::Repository;
use crate::types::*;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::fmt;
use time::OffsetDateTime;

code_enum!(
    /// How participants answer: agree (1) / disagree (2) / abstain (3), or a 1–5 scale.
    Scale {
        Agree = "agree",
        Scale5 = "scale5",
    }
);

code_enum!(
    /// A statement goes draft → open → closed; only an open statement takes votes.
    StatementStatus {
        Draft = "draft",
        Open = "open",
        Closed = "closed",
    }
);

impl Scale {
    /// The values a vote may take on this scale.
    pub fn values(self) -> &'static [i64] {
        match self {
            Scale::Agree => &[1, 2, 3],
            Scale::Scale5 => &[1, 2, 3, 4, 5],
        }
    }
    /// The code of one answer: agree/disagree/abstain, or the number itself.
    pub fn answer_code(self, value: i64) -> String {
        match (self, value) {
            (Scale::Agree, 1) => "agree".into(),
            (Scale::Agree, 2) => "disagree".into(),
            (Scale::Agree, 3) => "abstain".into(),
            (_, v) => v.to_string(),
        }
    }
    pub fn check(self, value: i64) -> DomainResult<i64> {
        if self.values().contains(&value) {
            Ok(value)
        } else {
            let allowed: Vec<String> = self.values().iter().map(i64::to_string).collect();
            Err(DomainError::field(
                "value",
                format!("must be one of {} on this scale", allowed.join(", ")),
            ))
        }
    }
}

pub const MIN_TEXT: usize = 5;
pub const MAX_TEXT: usize = 500;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Statement {
    pub id: Id,
    pub event_id: Id,
    /// The agenda session the statement is voted in, if any.
    pub session_id: Option<Id>,
    pub text: String,
    pub scale: Scale,
    pub status: StatementStatus,
    pub position: i64,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub opened_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub closed_at: Option<OffsetDateTime>,
}

/// A statement as a form or JSON body carries it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawStatementInput {
    /// 5–500 characters.
    pub text: String,
    /// agree (agree/disagree/abstain) or scale5 (1–5); agree when empty.
    pub scale: String,
    /// An agenda session of the same event.
    pub session_id: Option<Id>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatementInput {
    pub text: String,
    pub scale: Scale,
    pub session_id: Option<Id>,
}

impl RawStatementInput {
    pub fn parse(&self) -> Result<StatementInput, FieldErrors> {
        let mut e = FieldErrors::new();
        check_text(&mut e, "text", &self.text, MIN_TEXT, MAX_TEXT);
        let scale = if self.scale.trim().is_empty() {
            Some(Scale::Agree)
        } else {
            e.check("scale", Scale::parse(&self.scale))
        };
        match (e.is_empty(), scale) {
            (true, Some(scale)) => Ok(StatementInput {
                text: self.text.trim().to_string(),
                scale,
                session_id: self.session_id,
            }),
            _ => Err(e),
        }
    }
}

/// How many chose one answer.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct AnswerCount {
    pub value: i64,
    /// agree, disagree, abstain, or the number on a 1–5 scale.
    pub answer: String,
    pub count: i64,
}

/// The counts of a statement, every answer of its scale listed (zeros included).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Tally {
    pub statement_id: Id,
    pub counts: Vec<AnswerCount>,
    pub total: i64,
}

impl Tally {
    /// Builds the tally from the database's `(value, count)` groups.
    pub fn new(st: &Statement, groups: &[(i64, i64)]) -> Self {
        let counts: Vec<AnswerCount> = st
            .scale
            .values()
            .iter()
            .map(|v| AnswerCount {
                value: *v,
                answer: st.scale.answer_code(*v),
                count: groups.iter().filter(|(g, _)| g == v).map(|(_, c)| c).sum(),
            })
            .collect();
        Tally {
            statement_id: st.id,
            total: counts.iter().map(|c| c.count).sum(),
            counts,
        }
    }
}

/// A statement with what this viewer may know about it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StatementView {
    #[serde(flatten)]
    pub statement: Statement,
    /// Present for closed statements, and for organisers always.
    pub results: Option<Tally>,
    /// The viewer's own vote, if any.
    pub my_vote: Option<i64>,
}

/// Whether the viewer may vote at this event, and if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoterStatus {
    Anonymous,
    NotRegistered,
    /// Registered, but not confirmed (pending, waitlisted, cancelled, rejected).
    NotConfirmed(RegistrationStatus),
    Confirmed,
}

#[async_trait]
pub trait VotingRepo: Send + Sync {
    /// The event's statements in their order.
    async fn statements(&self, event_id: Id) -> DomainResult<Vec<Statement>>;
    async fn statement(&self, id: Id) -> DomainResult<Option<Statement>>;
    /// Adds a draft statement at the end of the list.
    async fn create_statement(
        &self,
        event_id: Id,
        input: &StatementInput,
    ) -> DomainResult<Statement>;
    /// Changes a draft; false when the statement is not (any longer) a draft.
    async fn update_statement(&self, id: Id, input: &StatementInput) -> DomainResult<bool>;
    /// Deletes a draft; false when the statement is not (any longer) a draft.
    async fn delete_statement(&self, id: Id) -> DomainResult<bool>;
    /// Numbers the event's statements in the given order.
    async fn reorder_statements(&self, event_id: Id, ids: &[Id]) -> DomainResult<()>;
    /// Opens a draft and closes whatever else of the event was open, in one transaction;
    /// false when the statement is not a draft.
    async fn open_statement(&self, event_id: Id, id: Id) -> DomainResult<bool>;
    /// Closes an open statement; false when it was not open.
    async fn close_statement(&self, id: Id) -> DomainResult<bool>;
    /// Stores or replaces the person's vote, only while the statement is open (checked in the
    /// same statement, so a vote cannot slip in after closing); false when it was not open.
    async fn cast_vote(&self, statement_id: Id, user_id: Id, value: i64) -> DomainResult<bool>;
    /// `(value, count)` groups counted from the votes themselves.
    async fn vote_counts(&self, statement_id: Id) -> DomainResult<Vec<(i64, i64)>>;
    async fn my_vote(&self, statement_id: Id, user_id: Id) -> DomainResult<Option<i64>>;
}

/// The event's agenda sessions a statement can belong to: (id, title).
pub async fn session_titles(
    repo: &dyn Repository,
    event_id: Id,
) -> DomainResult<Vec<(Id, String)>> {
    Ok(repo
        .agenda_sessions(event_id)
        .await?
        .into_iter()
        .map(|s| (s.id, s.title))
        .collect())
}

/// The voting service: who may prepare, open, close, vote and see results.
pub struct Voting<'a> {
    pub repo: &'a dyn Repository,
}

impl Voting<'_> {
    pub async fn voter_status(
        &self,
        viewer: &EventViewer,
        ev: &Event,
    ) -> DomainResult<VoterStatus> {
        let Some(user) = viewer.user_id else {
            return Ok(VoterStatus::Anonymous);
        };
        Ok(match self.repo.registration_status(ev.id, user).await? {
            None => VoterStatus::NotRegistered,
            Some(RegistrationStatus::Confirmed) => VoterStatus::Confirmed,
            Some(s) => VoterStatus::NotConfirmed(s),
        })
    }

    /// The statement, if it belongs to the event.
    pub async fn get(&self, ev: &Event, id: Id) -> DomainResult<Statement> {
        match self.repo.statement(id).await? {
            Some(st) if st.event_id == ev.id => Ok(st),
            _ => Err(DomainError::NotFound),
        }
    }

    /// Organisers see every statement with its counts; others see drafts never, and counts
    /// only once a statement is closed.
    pub async fn list(&self, viewer: &EventViewer, ev: &Event) -> DomainResult<Vec<StatementView>> {
        let organiser = viewer.is_organiser(ev);
        let mut out = Vec::new();
        for st in self.repo.statements(ev.id).await? {
            if !organiser && st.status == StatementStatus::Draft {
                continue;
            }
            out.push(self.view(viewer, ev, st).await?);
        }
        Ok(out)
    }

    pub async fn view(
        &self,
        viewer: &EventViewer,
        ev: &Event,
        st: Statement,
    ) -> DomainResult<StatementView> {
        let results = if viewer.is_organiser(ev) || st.status == StatementStatus::Closed {
            Some(self.tally(&st).await?)
        } else {
            None
        };
        let my_vote = match viewer.user_id {
            Some(u) if st.status != StatementStatus::Draft => self.repo.my_vote(st.id, u).await?,
            _ => None,
        };
        Ok(StatementView {
            statement: st,
            results,
            my_vote,
        })
    }

    pub async fn tally(&self, st: &Statement) -> DomainResult<Tally> {
        Ok(Tally::new(st, &self.repo.vote_counts(st.id).await?))
    }

    /// The counts, for organisers at any time and for everyone who sees the event once closed.
    pub async fn results(&self, viewer: &EventViewer, ev: &Event, id: Id) -> DomainResult<Tally> {
        let st = self.get(ev, id).await?;
        if st.status != StatementStatus::Closed {
            viewer.require_organiser(ev)?;
        }
        self.tally(&st).await
    }

    /// The open statement of the event, if any.
    pub async fn open_one(&self, ev: &Event) -> DomainResult<Option<Statement>> {
        Ok(self
            .repo
            .statements(ev.id)
            .await?
            .into_iter()
            .find(|s| s.status == StatementStatus::Open))
    }

    async fn parse(&self, ev: &Event, raw: &RawStatementInput) -> DomainResult<StatementInput> {
        let input = raw.parse().map_err(DomainError::Validation)?;
        if let Some(s) = input.session_id {
            let sessions = session_titles(self.repo, ev.id).await?;
            if !sessions.iter().any(|(id, _)| *id == s) {
                return Err(DomainError::field(
                    "session_id",
                    "is not a session of this event",
                ));
            }
        }
        Ok(input)
    }

    pub async fn create(
        &self,
        viewer: &EventViewer,
        ev: &Event,
        raw: &RawStatementInput,
    ) -> DomainResult<Statement> {
        viewer.require_organiser(ev)?;
        let input = self.parse(ev, raw).await?;
        let st = self.repo.create_statement(ev.id, &input).await?;
        self.audit(viewer, "statement.create", st.id).await?;
        Ok(st)
    }

    pub async fn update(
        &self,
        viewer: &EventViewer,
        ev: &Event,
        id: Id,
        raw: &RawStatementInput,
    ) -> DomainResult<Statement> {
        viewer.require_organiser(ev)?;
        self.get(ev, id).await?;
        let input = self.parse(ev, raw).await?;
        if !self.repo.update_statement(id, &input).await? {
            return Err(not_draft());
        }
        self.audit(viewer, "statement.update", id).await?;
        self.get(ev, id).await
    }

    pub async fn delete(&self, viewer: &EventViewer, ev: &Event, id: Id) -> DomainResult<()> {
        viewer.require_organiser(ev)?;
        self.get(ev, id).await?;
        if !self.repo.delete_statement(id).await? {
            return Err(not_draft());
        }
        self.audit(viewer, "statement.delete", id).await
    }

    /// Moves a statement one place up (earlier) or down.
    pub async fn move_by(
        &self,
        viewer: &EventViewer,
        ev: &Event,
        id: Id,
        up: bool,
    ) -> DomainResult<()> {
        viewer.require_organiser(ev)?;
        let mut ids: Vec<Id> = self
            .repo
            .statements(ev.id)
            .await?
            .iter()
            .map(|s| s.id)
            .collect();
        let i = ids
            .iter()
            .position(|s| *s == id)
            .ok_or(DomainError::NotFound)?;
        let j = if up { i.checked_sub(1) } else { Some(i + 1) };
        if let Some(j) = j.filter(|j| *j < ids.len()) {
            ids.swap(i, j);
            self.repo.reorder_statements(ev.id, &ids).await?;
        }
        Ok(())
    }

    /// Opens a draft; any other open statement of the event closes (one at a time).
    pub async fn open(&self, viewer: &EventViewer, ev: &Event, id: Id) -> DomainResult<Statement> {
        viewer.require_organiser(ev)?;
        self.get(ev, id).await?;
        if !self.repo.open_statement(ev.id, id).await? {
            return Err(DomainError::Conflict(
                "only a draft statement can be opened".into(),
            ));
        }
        self.audit(viewer, "statement.open", id).await?;
        self.get(ev, id).await
    }

    pub async fn close(&self, viewer: &EventViewer, ev: &Event, id: Id) -> DomainResult<Statement> {
        viewer.require_organiser(ev)?;
        self.get(ev, id).await?;
        if !self.repo.close_statement(id).await? {
            return Err(DomainError::Conflict("the statement is not open".into()));
        }
        self.audit(viewer, "statement.close", id).await?;
        self.get(ev, id).await
    }

    /// Records (or changes) the viewer's vote: confirmed participants only, open statements
    /// only, values of the statement's scale only.
    pub async fn vote(
        &self,
        viewer: &EventViewer,
        ev: &Event,
        id: Id,
        value: i64,
    ) -> DomainResult<()> {
        let user = viewer.require_user()?;
        let st = self.get(ev, id).await?;
        if self.voter_status(viewer, ev).await? != VoterStatus::Confirmed {
            return Err(DomainError::Forbidden);
        }
        if st.status != StatementStatus::Open {
            return Err(not_open());
        }
        st.scale.check(value)?;
        if !self.repo.cast_vote(id, user, value).await? {
            return Err(not_open());
        }
        Ok(())
    }

    async fn audit(&self, viewer: &EventViewer, action: &str, id: Id) -> DomainResult<()> {
        self.repo
            .audit(viewer.user_id, action, &format!("statement:{id}"))
            .await
    }
}

fn not_draft() -> DomainError {
    DomainError::Conflict("only a draft statement can be changed or deleted".into())
}

fn not_open() -> DomainError {
    DomainError::Conflict("voting on this statement is not open".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(scale: Scale) -> Statement {
        Statement {
            id: 7,
            event_id: 1,
            session_id: None,
            text: "Clusters need stable funding.".into(),
            scale,
            status: StatementStatus::Open,
            position: 0,
            opened_at: None,
            closed_at: None,
        }
    }

    #[test]
    fn values_outside_the_scale_name_the_field() {
        assert!(Scale::Agree.check(3).is_ok());
        assert!(Scale::Scale5.check(5).is_ok());
        for (scale, v) in [(Scale::Agree, 4), (Scale::Scale5, 6), (Scale::Scale5, 0)] {
            match scale.check(v) {
                Err(DomainError::Validation(e)) => assert!(e.get("value").is_some()),
                other => panic!("{scale} {v}: {other:?}"),
            }
        }
    }

    #[test]
    fn tallies_list_every_answer() {
        let t = Tally::new(&st(Scale::Agree), &[(1, 4), (3, 1)]);
        let counts: Vec<(String, i64)> = t
            .counts
            .iter()
            .map(|c| (c.answer.clone(), c.count))
            .collect();
        assert_eq!(
            counts,
            [
                ("agree".into(), 4),
                ("disagree".into(), 0),
                ("abstain".into(), 1)
            ]
        );
        assert_eq!(t.total, 5);
        assert_eq!(Tally::new(&st(Scale::Scale5), &[]).counts.len(), 5);
    }

    #[test]
    fn statement_text_has_limits() {
        let raw = |text: &str, scale: &str| RawStatementInput {
            text: text.into(),
            scale: scale.into(),
            session_id: None,
        };
        assert!(raw("Yes.", "agree")
            .parse()
            .unwrap_err()
            .get("text")
            .is_some());
        assert!(raw(&"x".repeat(501), "").parse().is_err());
        assert!(raw("Clusters matter.", "stars")
            .parse()
            .unwrap_err()
            .get("scale")
            .is_some());
        assert_eq!(
            raw(" Clusters matter. ", "").parse().unwrap().scale,
            Scale::Agree
        );
    }
}
