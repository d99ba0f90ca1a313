//! Regional Action Plans: a region (through its authority) or a project plans actions, measures
//! them with indicators and reports progress. Every change is written to the plan's history in
//! the same transaction as the change itself. Owners edit; everyone reads published plans.

use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{check_text, EventViewer, Events, OrgRef};
use crate::model::Id;
use crate::policy::Actor;
use crate::projects::{day_text, parse_day, parse_money, Currency, Money, ProjectAccess};
use crate::repo::Repository;
use crate::types::{code_enum, NutsCode, OrgRole, ParseError};
use async_trait::async_trait;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use time::{Date, OffsetDateTime};

code_enum!(
    /// Drafts are seen by their owners only.
    PlanStatus {
        Draft = "draft",
        Published = "published",
    }
);

code_enum!(
    /// Where an action stands.
    ActionStatus {
        Planned = "planned",
        InProgress = "in_progress",
        Done = "done",
        Dropped = "dropped",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ActionPlan {
    pub id: Id,
    pub title: String,
    /// The owning organisation (e.g. a regional authority), or None when a project owns it.
    pub owner_org_id: Option<Id>,
    pub owner_project_id: Option<Id>,
    /// The owner's name or the project's acronym.
    pub owner_name: String,
    #[schema(value_type = String, example = "PL81")]
    pub nuts: NutsCode,
    pub context: String,
    pub objectives: String,
    pub status: PlanStatus,
    pub is_demo: bool,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct PlanAction {
    pub id: Id,
    pub plan_id: Id,
    pub title: String,
    pub description: String,
    pub responsible_org_id: Option<Id>,
    pub responsible_name: Option<String>,
    pub partner_org_ids: Vec<Id>,
    #[serde(with = "crate::model::iso_date_option")]
    #[schema(value_type = Option<String>, format = Date)]
    pub starts_on: Option<Date>,
    #[serde(with = "crate::model::iso_date_option")]
    #[schema(value_type = Option<String>, format = Date)]
    pub ends_on: Option<Date>,
    #[schema(value_type = Option<crate::projects::MoneySchema>)]
    pub budget: Option<Money>,
    /// Where the money comes from, e.g. "Regional Operational Programme 2021–2027".
    pub funding: String,
    /// The good practice the action was learnt from.
    pub source_practice_id: Option<Id>,
    /// The study visit (or other event) the action came from.
    pub source_event_id: Option<Id>,
    pub status: ActionStatus,
    pub position: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Indicator {
    pub id: Id,
    pub plan_id: Id,
    pub action_id: Id,
    pub name: String,
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
    #[serde(with = "crate::model::iso_date_option")]
    #[schema(value_type = Option<String>, format = Date)]
    pub target_on: Option<Date>,
    /// The value of the latest progress report (the baseline before any).
    pub current: f64,
    pub position: i64,
}

impl Indicator {
    /// How far from baseline to target the current value is, 0–100 (clamped).
    pub fn percent(&self) -> f64 {
        let span = self.target - self.baseline;
        if span == 0.0 {
            return if self.current >= self.target {
                100.0
            } else {
                0.0
            };
        }
        ((self.current - self.baseline) / span * 100.0).clamp(0.0, 100.0)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ProgressReport {
    pub id: Id,
    pub indicator_id: Id,
    pub value: f64,
    pub comment: String,
    #[serde(serialize_with = "iso_date")]
    #[schema(value_type = String, format = Date)]
    pub reported_on: Date,
    pub author_id: Option<Id>,
    pub author_name: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

fn iso_date<S: serde::Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&day_text(*d))
}

/// One recorded change of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct HistoryEntry {
    pub id: Id,
    pub plan_id: Id,
    pub user_id: Option<Id>,
    pub user_name: Option<String>,
    /// plan_created, plan_updated, plan_published, plan_unpublished, action_added,
    /// action_updated, action_status, indicator_added, progress_reported
    pub kind: String,
    /// What changed, language-neutral: names as written (`title`, `action`, `indicator`, `unit`,
    /// `comment`), codes (`from`/`to` statuses, `fields` as a comma-separated list of
    /// title,nuts,context,objectives), plain numbers ("7.5") and ISO dates (`on`). Pages put
    /// them into a translated sentence per kind.
    #[schema(example = json!({"action": "Cluster animation vouchers", "from": "planned", "to": "in_progress"}))]
    pub params: BTreeMap<String, String>,
    /// The change in English, made from kind and params, e.g.
    /// "Cluster animation vouchers: planned → in_progress".
    pub detail: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub at: OffsetDateTime,
}

/// What the store writes to the history with a change.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryNote {
    pub user_id: Option<Id>,
    pub kind: &'static str,
    /// See [`HistoryEntry::params`].
    pub params: BTreeMap<String, String>,
}

impl HistoryNote {
    pub fn new(user_id: Option<Id>, kind: &'static str, params: &[(&str, &str)]) -> Self {
        HistoryNote {
            user_id,
            kind,
            params: params
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }
}

/// The English text of a history entry (for the API and logs); pages translate instead.
pub fn history_detail(kind: &str, params: &BTreeMap<String, String>) -> String {
    let p = |k: &str| params.get(k).map(String::as_str).unwrap_or("");
    match kind {
        "plan_created" | "action_added" => p(if kind == "plan_created" {
            "title"
        } else {
            "action"
        })
        .to_string(),
        "plan_updated" | "plan_published" | "plan_unpublished" => {
            let changed: Vec<String> = p("fields")
                .split(',')
                .filter(|f| !f.is_empty())
                .map(|f| match f {
                    "title" => format!("title: {} → {}", p("title_from"), p("title")),
                    "nuts" => format!("region: {} → {}", p("nuts_from"), p("nuts")),
                    other => other.to_string(),
                })
                .collect();
            if changed.is_empty() {
                p("title").to_string()
            } else {
                changed.join("; ")
            }
        }
        "action_updated" | "action_status" if !p("from").is_empty() => {
            format!("{}: {} → {}", p("action"), p("from"), p("to"))
        }
        "action_updated" | "action_status" => p("action").to_string(),
        "indicator_added" => format!(
            "{}: {} ({} → {} {})",
            p("action"),
            p("indicator"),
            p("baseline"),
            p("target"),
            p("unit")
        )
        .trim_end()
        .to_string(),
        "progress_reported" => {
            let mut s = format!(
                "{}: {} → {}, {}",
                p("indicator"),
                p("from"),
                p("to"),
                p("on")
            );
            if !p("comment").is_empty() {
                s.push_str(&format!(" ({})", p("comment")));
            }
            s
        }
        _ => params
            .iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct IndicatorDetail {
    #[serde(flatten)]
    pub indicator: Indicator,
    /// The progress reports, oldest first.
    pub reports: Vec<ProgressReport>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ActionDetail {
    #[serde(flatten)]
    pub action: PlanAction,
    pub partners: Vec<OrgRef>,
    pub indicators: Vec<IndicatorDetail>,
}

/// Everything about one plan.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ActionPlanDetail {
    #[serde(flatten)]
    pub plan: ActionPlan,
    pub actions: Vec<ActionDetail>,
    /// Newest first.
    pub history: Vec<HistoryEntry>,
    /// Whether the caller may edit the plan.
    pub can_edit: bool,
}

/// A plan in a list, with counts.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ActionPlanSummary {
    #[serde(flatten)]
    pub plan: ActionPlan,
    pub actions: usize,
    pub actions_done: usize,
    pub indicators: usize,
}

// ---------------------------------------------------------------- inputs

#[derive(Debug, Clone, PartialEq)]
pub struct PlanInput {
    pub title: String,
    pub owner_org_id: Option<Id>,
    pub owner_project_id: Option<Id>,
    pub nuts: NutsCode,
    pub context: String,
    pub objectives: String,
    pub status: PlanStatus,
    pub is_demo: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActionInput {
    pub title: String,
    pub description: String,
    pub responsible_org_id: Option<Id>,
    pub partner_org_ids: Vec<Id>,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub budget: Option<i64>,
    pub currency: Currency,
    pub funding: String,
    pub source_practice_id: Option<Id>,
    pub source_event_id: Option<Id>,
    pub status: ActionStatus,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorInput {
    pub name: String,
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
    pub target_on: Option<Date>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProgressInput {
    pub value: f64,
    pub comment: String,
    pub reported_on: Date,
}

/// Accepts a JSON number or text for a numeric field ("12,5" as people write it).
fn num_or_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum N {
        Num(f64),
        Text(String),
    }
    Ok(match Option::<N>::deserialize(d)? {
        None => None,
        Some(N::Num(x)) => Some(x.to_string()),
        Some(N::Text(s)) => Some(s),
    })
}

/// A plan as a form or JSON body carries it.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawPlan {
    pub title: String,
    /// On creation: the owning organisation (one the caller administers)...
    pub owner_org_id: Option<Id>,
    /// ...or the owning project (one the caller may edit). Ignored on update.
    pub owner_project_id: Option<Id>,
    /// NUTS 2021 code of the region, e.g. PL81.
    pub nuts: String,
    pub context: String,
    pub objectives: String,
    /// draft or published (draft when empty)
    pub status: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawAction {
    pub title: String,
    pub description: String,
    pub responsible_org_id: Option<Id>,
    pub partner_org_ids: Vec<Id>,
    /// YYYY-MM-DD
    pub starts_on: Option<String>,
    /// YYYY-MM-DD, on or after the start
    pub ends_on: Option<String>,
    /// An amount as people write it, e.g. "250 000,00".
    pub budget: Option<String>,
    /// ISO 4217, EUR when empty (EUR, PLN, BGN, ...).
    pub currency: Option<String>,
    pub funding: String,
    pub source_practice_id: Option<Id>,
    pub source_event_id: Option<Id>,
    /// planned, in_progress, done, dropped (planned when empty)
    pub status: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawIndicator {
    pub name: String,
    pub unit: String,
    /// A number (JSON number or text).
    #[serde(deserialize_with = "num_or_text")]
    pub baseline: Option<String>,
    #[serde(deserialize_with = "num_or_text")]
    pub target: Option<String>,
    /// YYYY-MM-DD
    pub target_on: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawProgress {
    /// The indicator's new value (JSON number or text).
    #[serde(deserialize_with = "num_or_text")]
    pub value: Option<String>,
    pub comment: String,
    /// YYYY-MM-DD, today when empty; not in the future.
    pub reported_on: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawActionStatus {
    /// planned, in_progress, done, dropped
    pub status: String,
}

pub const MAX_TITLE: usize = 300;
pub const MAX_TEXT: usize = 20_000;

fn nonblank(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// A decimal number as people write it: "12.5", "12,5", "1 200".
pub fn parse_number(raw: &str) -> Result<f64, ParseError> {
    let s: String = raw
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    match s.parse::<f64>() {
        Ok(x) if x.is_finite() && x.abs() < 1e15 => Ok(x),
        _ => Err("is not a number like 12.5".into()),
    }
}

fn number(e: &mut FieldErrors, field: &str, raw: &Option<String>) -> Option<f64> {
    match nonblank(raw) {
        None => {
            e.add(field, "must not be empty");
            None
        }
        Some(v) => e.check(field, parse_number(v)),
    }
}

fn opt_day(e: &mut FieldErrors, field: &str, raw: &Option<String>) -> Option<Date> {
    nonblank(raw).and_then(|d| e.check(field, parse_day(d)))
}

impl RawPlan {
    pub fn parse(&self) -> Result<PlanInput, FieldErrors> {
        let mut e = FieldErrors::new();
        check_text(&mut e, "title", &self.title, 3, MAX_TITLE);
        let nuts = if self.nuts.trim().is_empty() {
            e.add("nuts", "must not be empty");
            None
        } else {
            e.check("nuts", NutsCode::parse(&self.nuts))
        };
        check_text(&mut e, "context", &self.context, 0, MAX_TEXT);
        check_text(&mut e, "objectives", &self.objectives, 0, MAX_TEXT);
        let status = if self.status.trim().is_empty() {
            Some(PlanStatus::Draft)
        } else {
            e.check("status", PlanStatus::parse(&self.status))
        };
        match (e.is_empty(), nuts, status) {
            (true, Some(nuts), Some(status)) => Ok(PlanInput {
                title: self.title.trim().to_string(),
                owner_org_id: self.owner_org_id,
                owner_project_id: self.owner_project_id,
                nuts,
                context: self.context.trim().to_string(),
                objectives: self.objectives.trim().to_string(),
                status,
                is_demo: false,
            }),
            _ => Err(e),
        }
    }
}

impl RawAction {
    pub fn parse(&self) -> Result<ActionInput, FieldErrors> {
        let mut e = FieldErrors::new();
        check_text(&mut e, "title", &self.title, 3, MAX_TITLE);
        check_text(&mut e, "description", &self.description, 0, MAX_TEXT);
        check_text(&mut e, "funding", &self.funding, 0, 500);
        let starts_on = opt_day(&mut e, "starts_on", &self.starts_on);
        let ends_on = opt_day(&mut e, "ends_on", &self.ends_on);
        if let (Some(s), Some(en)) = (starts_on, ends_on) {
            if en < s {
                e.add("ends_on", "must be on or after the start");
            }
        }
        let budget = parse_money(&mut e, "budget", &self.budget);
        let currency = match nonblank(&self.currency) {
            None => Some(Currency::EUR),
            Some(c) => e.check("currency", Currency::parse(c)),
        };
        let status = if self.status.trim().is_empty() {
            Some(ActionStatus::Planned)
        } else {
            e.check("status", ActionStatus::parse(&self.status))
        };
        let mut partners: Vec<Id> = Vec::new();
        for p in &self.partner_org_ids {
            if !partners.contains(p) {
                partners.push(*p);
            }
        }
        match (e.is_empty(), currency, status) {
            (true, Some(currency), Some(status)) => Ok(ActionInput {
                title: self.title.trim().to_string(),
                description: self.description.trim().to_string(),
                responsible_org_id: self.responsible_org_id,
                partner_org_ids: partners,
                starts_on,
                ends_on,
                budget,
                currency,
                funding: self.funding.trim().to_string(),
                source_practice_id: self.source_practice_id,
                source_event_id: self.source_event_id,
                status,
            }),
            _ => Err(e),
        }
    }
}

impl RawIndicator {
    pub fn parse(&self) -> Result<IndicatorInput, FieldErrors> {
        let mut e = FieldErrors::new();
        check_text(&mut e, "name", &self.name, 3, MAX_TITLE);
        check_text(&mut e, "unit", &self.unit, 0, 50);
        let baseline = number(&mut e, "baseline", &self.baseline);
        let target = number(&mut e, "target", &self.target);
        if baseline.is_some() && baseline == target {
            e.add("target", "must differ from the baseline");
        }
        let target_on = opt_day(&mut e, "target_on", &self.target_on);
        match (e.is_empty(), baseline, target) {
            (true, Some(baseline), Some(target)) => Ok(IndicatorInput {
                name: self.name.trim().to_string(),
                unit: self.unit.trim().to_string(),
                baseline,
                target,
                target_on,
            }),
            _ => Err(e),
        }
    }
}

impl RawProgress {
    /// `today` fills an empty date and is the latest date accepted.
    pub fn parse(&self, today: Date) -> Result<ProgressInput, FieldErrors> {
        let mut e = FieldErrors::new();
        let value = number(&mut e, "value", &self.value);
        check_text(&mut e, "comment", &self.comment, 0, 2000);
        let reported_on = match nonblank(&self.reported_on) {
            None => Some(today),
            Some(d) => e.check("reported_on", parse_day(d)),
        };
        if reported_on.is_some_and(|d| d > today) {
            e.add("reported_on", "must not be in the future");
        }
        match (e.is_empty(), value, reported_on) {
            (true, Some(value), Some(reported_on)) => Ok(ProgressInput {
                value,
                comment: self.comment.trim().to_string(),
                reported_on,
            }),
            _ => Err(e),
        }
    }
}

/// A number for history parameters: plain, no trailing ".0".
pub fn num_text(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

#[async_trait]
pub trait ActionPlanRepo: Send + Sync {
    /// Every plan, by title.
    async fn list_action_plans(&self) -> DomainResult<Vec<ActionPlan>>;
    async fn action_plan(&self, id: Id) -> DomainResult<Option<ActionPlan>>;
    async fn create_action_plan(
        &self,
        input: &PlanInput,
        created_by: Option<Id>,
        note: &HistoryNote,
    ) -> DomainResult<Id>;
    /// Owners are not changed.
    async fn update_action_plan(
        &self,
        id: Id,
        input: &PlanInput,
        note: &HistoryNote,
    ) -> DomainResult<bool>;
    /// The plan's actions by position.
    async fn plan_actions(&self, plan_id: Id) -> DomainResult<Vec<PlanAction>>;
    async fn add_action(
        &self,
        plan_id: Id,
        input: &ActionInput,
        note: &HistoryNote,
    ) -> DomainResult<Id>;
    async fn update_action(
        &self,
        plan_id: Id,
        action_id: Id,
        input: &ActionInput,
        note: &HistoryNote,
    ) -> DomainResult<bool>;
    async fn set_action_status(
        &self,
        plan_id: Id,
        action_id: Id,
        status: ActionStatus,
        note: &HistoryNote,
    ) -> DomainResult<bool>;
    /// The plan's indicators by action, then position.
    async fn plan_indicators(&self, plan_id: Id) -> DomainResult<Vec<Indicator>>;
    /// The new indicator's current value is its baseline.
    async fn add_indicator(
        &self,
        plan_id: Id,
        action_id: Id,
        input: &IndicatorInput,
        note: &HistoryNote,
    ) -> DomainResult<Id>;
    /// Stores the report and sets the indicator's current value to the latest report's value,
    /// in one transaction.
    async fn add_progress(
        &self,
        indicator_id: Id,
        input: &ProgressInput,
        author: Option<Id>,
        note: &HistoryNote,
        plan_id: Id,
    ) -> DomainResult<Id>;
    /// Every progress report of the plan's indicators, oldest first (by date, then entry).
    async fn plan_progress(&self, plan_id: Id) -> DomainResult<Vec<ProgressReport>>;
    /// Newest first.
    async fn plan_history(&self, plan_id: Id) -> DomainResult<Vec<HistoryEntry>>;
}

/// Who may change a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PlanAccess {
    pub can_edit: bool,
}

/// The Action Plan service: ownership, visibility, parsing against the data and the history.
pub struct ActionPlans<'a> {
    pub repo: &'a dyn Repository,
}

impl ActionPlans<'_> {
    /// Administrators of the owning organisation; for a project's plan, those who may edit the
    /// project (its partners' administrators); platform administrators.
    pub async fn access(&self, actor: &Actor, plan: &ActionPlan) -> DomainResult<PlanAccess> {
        if actor.is_platform_admin() {
            return Ok(PlanAccess { can_edit: true });
        }
        let can_edit = match (plan.owner_org_id, plan.owner_project_id) {
            (Some(org), _) => actor.role_in(org) == Some(OrgRole::Admin),
            (None, Some(project)) => {
                let partners = self.repo.project_partners(project).await?;
                ProjectAccess::of(actor, &partners).can_edit
            }
            (None, None) => false,
        };
        Ok(PlanAccess { can_edit })
    }

    /// The plan if the actor may see it (published, or theirs); hidden drafts are missing.
    pub async fn visible(&self, actor: &Actor, id: Id) -> DomainResult<ActionPlan> {
        let plan = self
            .repo
            .action_plan(id)
            .await?
            .ok_or(DomainError::NotFound)?;
        if plan.status == PlanStatus::Published || self.access(actor, &plan).await?.can_edit {
            Ok(plan)
        } else {
            Err(DomainError::NotFound)
        }
    }

    /// The plan if the actor may edit it: `NotFound` for hidden drafts, else 401/403.
    pub async fn editable(&self, actor: &Actor, id: Id) -> DomainResult<ActionPlan> {
        let plan = self.visible(actor, id).await?;
        actor.allow(self.access(actor, &plan).await?.can_edit)?;
        Ok(plan)
    }

    /// The plans the actor may see, with counts.
    pub async fn list(&self, actor: &Actor) -> DomainResult<Vec<ActionPlanSummary>> {
        let mut out = Vec::new();
        for plan in self.repo.list_action_plans().await? {
            if plan.status != PlanStatus::Published && !self.access(actor, &plan).await?.can_edit {
                continue;
            }
            let actions = self.repo.plan_actions(plan.id).await?;
            let indicators = self.repo.plan_indicators(plan.id).await?.len();
            out.push(ActionPlanSummary {
                actions: actions.len(),
                actions_done: actions
                    .iter()
                    .filter(|a| a.status == ActionStatus::Done)
                    .count(),
                indicators,
                plan,
            });
        }
        Ok(out)
    }

    pub async fn get(&self, actor: &Actor, id: Id) -> DomainResult<ActionPlanDetail> {
        let plan = self.visible(actor, id).await?;
        let can_edit = self.access(actor, &plan).await?.can_edit;
        let actions = self.repo.plan_actions(id).await?;
        let indicators = self.repo.plan_indicators(id).await?;
        let reports = self.repo.plan_progress(id).await?;
        let mut org_ids: Vec<Id> = actions
            .iter()
            .flat_map(|a| a.partner_org_ids.iter().copied())
            .collect();
        org_ids.sort();
        org_ids.dedup();
        let orgs = self.repo.orgs_by_ids(&org_ids).await?;
        let actions = actions
            .into_iter()
            .map(|a| ActionDetail {
                partners: a
                    .partner_org_ids
                    .iter()
                    .filter_map(|p| orgs.iter().find(|o| o.id == *p))
                    .map(|o| OrgRef {
                        id: o.id,
                        name: o.name.clone(),
                    })
                    .collect(),
                indicators: indicators
                    .iter()
                    .filter(|i| i.action_id == a.id)
                    .map(|i| IndicatorDetail {
                        reports: reports
                            .iter()
                            .filter(|r| r.indicator_id == i.id)
                            .cloned()
                            .collect(),
                        indicator: i.clone(),
                    })
                    .collect(),
                action: a,
            })
            .collect();
        Ok(ActionPlanDetail {
            history: self.repo.plan_history(id).await?,
            plan,
            actions,
            can_edit,
        })
    }

    async fn check_nuts(&self, e: &mut FieldErrors, raw: &str) -> DomainResult<()> {
        if let Ok(n) = NutsCode::parse(raw) {
            if self.repo.nuts_region(n.as_str()).await?.is_none() {
                e.add("nuts", format!("{n} is not a NUTS 2021 region"));
            }
        }
        Ok(())
    }

    async fn parse_plan(&self, raw: &RawPlan) -> DomainResult<PlanInput> {
        let parsed = raw.parse();
        let mut e = parsed.clone().err().unwrap_or_default();
        self.check_nuts(&mut e, &raw.nuts).await?;
        match parsed {
            Ok(p) if e.is_empty() => Ok(p),
            _ => Err(DomainError::Validation(e)),
        }
    }

    /// Creates a plan owned by an organisation the caller administers or a project they edit.
    pub async fn create(&self, actor: &Actor, raw: &RawPlan) -> DomainResult<ActionPlan> {
        let user = actor.require_user()?;
        let parsed = self.parse_plan(raw).await;
        let mut e = match &parsed {
            Err(DomainError::Validation(f)) => f.clone(),
            _ => FieldErrors::new(),
        };
        match (raw.owner_org_id, raw.owner_project_id) {
            (Some(_), Some(_)) => e.add(
                "owner_org_id",
                "choose either an organisation or a project as the owner",
            ),
            (None, None) => e.add("owner_org_id", "choose an organisation you administer"),
            (Some(org), None) => {
                if self.repo.org(org).await?.is_none()
                    || !(actor.is_platform_admin() || actor.role_in(org) == Some(OrgRole::Admin))
                {
                    e.add("owner_org_id", "choose an organisation you administer");
                }
            }
            (None, Some(project)) => {
                let partners = self.repo.project_partners(project).await?;
                if self.repo.project(project).await?.is_none()
                    || !ProjectAccess::of(actor, &partners).can_edit
                {
                    e.add("owner_project_id", "choose a project you may edit");
                }
            }
        }
        e.into_result()?;
        let input = parsed?;
        let note = HistoryNote::new(Some(user.id), "plan_created", &[("title", &input.title)]);
        let id = self
            .repo
            .create_action_plan(&input, Some(user.id), &note)
            .await?;
        self.repo
            .audit(
                Some(user.id),
                "action_plan.create",
                &format!("action_plan:{id}"),
            )
            .await?;
        self.visible(actor, id).await
    }

    pub async fn update(&self, actor: &Actor, id: Id, raw: &RawPlan) -> DomainResult<ActionPlan> {
        let current = self.editable(actor, id).await?;
        let mut input = self.parse_plan(raw).await?;
        input.owner_org_id = current.owner_org_id;
        input.owner_project_id = current.owner_project_id;
        input.is_demo = current.is_demo;
        let kind = match (current.status, input.status) {
            (PlanStatus::Draft, PlanStatus::Published) => "plan_published",
            (PlanStatus::Published, PlanStatus::Draft) => "plan_unpublished",
            _ => "plan_updated",
        };
        let mut fields = Vec::new();
        let mut note = HistoryNote::new(actor.user_id(), kind, &[("title", &input.title)]);
        if current.title != input.title {
            fields.push("title");
            note.params
                .insert("title_from".into(), current.title.clone());
        }
        if current.nuts != input.nuts {
            fields.push("nuts");
            note.params
                .insert("nuts_from".into(), current.nuts.to_string());
            note.params.insert("nuts".into(), input.nuts.to_string());
        }
        if current.context != input.context {
            fields.push("context");
        }
        if current.objectives != input.objectives {
            fields.push("objectives");
        }
        note.params.insert("fields".into(), fields.join(","));
        if !self.repo.update_action_plan(id, &input, &note).await? {
            return Err(DomainError::NotFound);
        }
        self.visible(actor, id).await
    }

    async fn parse_action(&self, actor: &Actor, raw: &RawAction) -> DomainResult<ActionInput> {
        let parsed = raw.parse();
        let mut e = parsed.clone().err().unwrap_or_default();
        if let Some(o) = raw.responsible_org_id {
            if self.repo.org(o).await?.is_none() {
                e.add(
                    "responsible_org_id",
                    format!("organisation {o} does not exist"),
                );
            }
        }
        let found = self.repo.orgs_by_ids(&raw.partner_org_ids).await?;
        if let Some(p) = raw
            .partner_org_ids
            .iter()
            .find(|p| !found.iter().any(|o| o.id == **p))
        {
            e.add(
                "partner_org_ids",
                format!("organisation {p} does not exist"),
            );
        }
        if let Some(gp) = raw.source_practice_id {
            if self.repo.good_practice(gp).await?.is_none() {
                e.add("source_practice_id", "is not the number of a good practice");
            }
        }
        if let Some(ev) = raw.source_event_id {
            let viewer = EventViewer::of(self.repo, actor).await?;
            if (Events { repo: self.repo }).get(&viewer, ev).await.is_err() {
                e.add("source_event_id", "is not the number of an existing event");
            }
        }
        match parsed {
            Ok(a) if e.is_empty() => Ok(a),
            _ => Err(DomainError::Validation(e)),
        }
    }

    async fn action(&self, plan_id: Id, action_id: Id) -> DomainResult<PlanAction> {
        self.repo
            .plan_actions(plan_id)
            .await?
            .into_iter()
            .find(|a| a.id == action_id)
            .ok_or(DomainError::NotFound)
    }

    pub async fn add_action(
        &self,
        actor: &Actor,
        plan_id: Id,
        raw: &RawAction,
    ) -> DomainResult<PlanAction> {
        self.editable(actor, plan_id).await?;
        let input = self.parse_action(actor, raw).await?;
        let note = HistoryNote::new(actor.user_id(), "action_added", &[("action", &input.title)]);
        let aid = self.repo.add_action(plan_id, &input, &note).await?;
        self.action(plan_id, aid).await
    }

    pub async fn update_action(
        &self,
        actor: &Actor,
        plan_id: Id,
        action_id: Id,
        raw: &RawAction,
    ) -> DomainResult<PlanAction> {
        self.editable(actor, plan_id).await?;
        let current = self.action(plan_id, action_id).await?;
        let input = self.parse_action(actor, raw).await?;
        let mut note = HistoryNote::new(
            actor.user_id(),
            "action_updated",
            &[("action", &input.title)],
        );
        if current.status != input.status {
            note.params
                .insert("from".into(), current.status.code().to_string());
            note.params
                .insert("to".into(), input.status.code().to_string());
        }
        if !self
            .repo
            .update_action(plan_id, action_id, &input, &note)
            .await?
        {
            return Err(DomainError::NotFound);
        }
        self.action(plan_id, action_id).await
    }

    pub async fn set_action_status(
        &self,
        actor: &Actor,
        plan_id: Id,
        action_id: Id,
        raw: &RawActionStatus,
    ) -> DomainResult<PlanAction> {
        self.editable(actor, plan_id).await?;
        let current = self.action(plan_id, action_id).await?;
        let status = if raw.status.trim().is_empty() {
            return Err(DomainError::field("status", "must not be empty"));
        } else {
            ActionStatus::parse(&raw.status).map_err(|m| DomainError::field("status", m))?
        };
        let note = HistoryNote::new(
            actor.user_id(),
            "action_status",
            &[
                ("action", &current.title),
                ("from", current.status.code()),
                ("to", status.code()),
            ],
        );
        if !self
            .repo
            .set_action_status(plan_id, action_id, status, &note)
            .await?
        {
            return Err(DomainError::NotFound);
        }
        self.action(plan_id, action_id).await
    }

    async fn indicator(&self, plan_id: Id, indicator_id: Id) -> DomainResult<Indicator> {
        self.repo
            .plan_indicators(plan_id)
            .await?
            .into_iter()
            .find(|i| i.id == indicator_id)
            .ok_or(DomainError::NotFound)
    }

    pub async fn add_indicator(
        &self,
        actor: &Actor,
        plan_id: Id,
        action_id: Id,
        raw: &RawIndicator,
    ) -> DomainResult<Indicator> {
        self.editable(actor, plan_id).await?;
        let action = self.action(plan_id, action_id).await?;
        let input = raw.parse().map_err(DomainError::Validation)?;
        let note = HistoryNote::new(
            actor.user_id(),
            "indicator_added",
            &[
                ("action", &action.title),
                ("indicator", &input.name),
                ("baseline", &num_text(input.baseline)),
                ("target", &num_text(input.target)),
                ("unit", &input.unit),
            ],
        );
        let iid = self
            .repo
            .add_indicator(plan_id, action_id, &input, &note)
            .await?;
        self.indicator(plan_id, iid).await
    }

    /// Records a progress report: the indicator's current value becomes the reported value.
    pub async fn report_progress(
        &self,
        actor: &Actor,
        plan_id: Id,
        indicator_id: Id,
        raw: &RawProgress,
        today: Date,
    ) -> DomainResult<IndicatorDetail> {
        self.editable(actor, plan_id).await?;
        let indicator = self.indicator(plan_id, indicator_id).await?;
        let input = raw.parse(today).map_err(DomainError::Validation)?;
        let note = HistoryNote::new(
            actor.user_id(),
            "progress_reported",
            &[
                ("indicator", &indicator.name),
                ("from", &num_text(indicator.current)),
                ("to", &num_text(input.value)),
                ("on", &day_text(input.reported_on)),
                ("comment", &input.comment),
            ],
        );
        self.repo
            .add_progress(indicator_id, &input, actor.user_id(), &note, plan_id)
            .await?;
        let indicator = self.indicator(plan_id, indicator_id).await?;
        let reports = self
            .repo
            .plan_progress(plan_id)
            .await?
            .into_iter()
            .filter(|r| r.indicator_id == indicator_id)
            .collect();
        Ok(IndicatorDetail { indicator, reports })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_progress() {
        assert_eq!(parse_number("12,5").unwrap(), 12.5);
        assert_eq!(parse_number("1 200").unwrap(), 1200.0);
        assert!(parse_number("abc").is_err());
        assert!(parse_number("NaN").is_err());
        let today = time::macros::date!(2026 - 11 - 23);
        let p = RawProgress {
            value: Some("7".into()),
            ..Default::default()
        }
        .parse(today)
        .unwrap();
        assert_eq!(p.reported_on, today);
        let e = RawProgress {
            value: Some("x".into()),
            reported_on: Some("2030-01-01".into()),
            ..Default::default()
        }
        .parse(today)
        .unwrap_err();
        assert!(e.get("value").is_some() && e.get("reported_on").is_some());
        let i = Indicator {
            id: 1,
            plan_id: 1,
            action_id: 1,
            name: "n".into(),
            unit: String::new(),
            baseline: 10.0,
            target: 30.0,
            target_on: None,
            current: 15.0,
            position: 0,
        };
        assert_eq!(i.percent(), 25.0);
    }

    #[test]
    fn history_detail_in_english_from_params() {
        let status = HistoryNote::new(
            None,
            "action_status",
            &[
                ("action", "Vouchers"),
                ("from", "planned"),
                ("to", "in_progress"),
            ],
        );
        assert_eq!(
            history_detail(status.kind, &status.params),
            "Vouchers: planned → in_progress"
        );
        let plan = HistoryNote::new(
            None,
            "plan_updated",
            &[
                ("title", "New"),
                ("title_from", "Old"),
                ("fields", "title,context"),
            ],
        );
        assert_eq!(
            history_detail(plan.kind, &plan.params),
            "title: Old → New; context"
        );
        let progress = HistoryNote::new(
            None,
            "progress_reported",
            &[
                ("indicator", "Clusters"),
                ("from", &num_text(4.0)),
                ("to", &num_text(7.5)),
                ("on", "2024-09-01"),
                ("comment", ""),
            ],
        );
        assert_eq!(
            history_detail(progress.kind, &progress.params),
            "Clusters: 4 → 7.5, 2024-09-01"
        );
    }

    #[test]
    fn json_numbers_or_text() {
        let r: RawIndicator = serde_json::from_value(
            serde_json::json!({"name": "Clusters", "baseline": 3, "target": "5,5"}),
        )
        .unwrap();
        assert_eq!(r.baseline.as_deref(), Some("3"));
        assert_eq!(r.parse().unwrap().target, 5.5);
    }
}
