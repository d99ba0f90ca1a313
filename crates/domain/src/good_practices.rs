//! The good-practice library: what partner regions and clusters do well (strategy, social
//! capital, cooperation chains, internationalisation, ...), with results, contacts, links, the
//! events where it was shown and the Action Plan actions that took it up. A member of an
//! organisation enters a practice for that organisation; its administrators edit it.

use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{check_text, EventViewer, Events};
use crate::model::Id;
use crate::policy::Actor;
use crate::repo::Repository;
use crate::types::{code_enum, CountryCode, NutsCode, OrgRole, ParseError, Website};
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::fmt;
use time::OffsetDateTime;

code_enum!(
    /// What a practice is about (the CLUSTERS3 exchange topics).
    PracticeTheme {
        ClusterStrategy = "cluster_strategy",
        SocialCapital = "social_capital",
        CooperationChain = "cooperation_chain",
        Internationalisation = "internationalisation",
        CrossSectoral = "cross_sectoral",
        Other = "other",
    }
);

/// A link to a document or page about the practice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Attachment {
    pub label: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct GoodPractice {
    pub id: Id,
    pub title: String,
    #[schema(value_type = String, example = "BG41")]
    pub nuts: NutsCode,
    /// The organisation the practice comes from.
    pub org_id: Option<Id>,
    pub org_name: Option<String>,
    /// The organisation whose administrators edit the practice.
    pub owner_org_id: Option<Id>,
    pub theme: PracticeTheme,
    pub description: String,
    pub results: String,
    pub contacts: String,
    pub attachments: Vec<Attachment>,
    /// Study visits and other events where the practice was shown.
    pub event_ids: Vec<Id>,
    pub created_by: Option<Id>,
    pub is_demo: bool,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

impl GoodPractice {
    pub fn country(&self) -> &str {
        self.nuts.country()
    }
}

/// An event linked to a practice, as the practice shows it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct LinkedEvent {
    pub id: Id,
    pub title: String,
    pub kind: crate::events::EventKind,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub starts_at: OffsetDateTime,
    pub timezone: String,
}

/// An Action Plan action that took the practice up.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct PracticeAction {
    pub plan_id: Id,
    pub plan_title: String,
    pub action_id: Id,
    pub action_title: String,
}

/// One practice with its events and the actions that come from it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GoodPracticeDetail {
    #[serde(flatten)]
    pub practice: GoodPractice,
    pub events: Vec<LinkedEvent>,
    pub actions: Vec<PracticeAction>,
    /// Whether the caller may edit it.
    pub can_edit: bool,
}

/// A practice's fields, parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct GoodPracticeInput {
    pub title: String,
    pub nuts: NutsCode,
    pub org_id: Option<Id>,
    pub theme: PracticeTheme,
    pub description: String,
    pub results: String,
    pub contacts: String,
    pub attachments: Vec<Attachment>,
    pub event_ids: Vec<Id>,
    pub is_demo: bool,
}

/// A practice as a form or a JSON body carries it.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawGoodPractice {
    pub title: String,
    /// NUTS 2021 code of the region, e.g. BG41 or PL81.
    pub nuts: String,
    /// The organisation the practice comes from (optional).
    pub org_id: Option<Id>,
    /// On creation: the caller's organisation whose administrators will edit the practice
    /// (the caller's first organisation when empty).
    pub owner_org_id: Option<Id>,
    /// cluster_strategy, social_capital, cooperation_chain, internationalisation, cross_sectoral, other
    pub theme: String,
    pub description: String,
    pub results: String,
    pub contacts: String,
    /// Links with a label, http(s) only.
    pub attachments: Vec<Attachment>,
    /// Ids of study visits and other events where the practice was shown.
    pub event_ids: Vec<Id>,
}

pub const MAX_TITLE: usize = 300;
pub const MAX_TEXT: usize = 20_000;
pub const MAX_CONTACTS: usize = 2_000;
pub const MAX_ATTACHMENTS: usize = 20;

impl RawGoodPractice {
    /// Parses every field, collecting all problems (the vocabularies are checked by the service).
    pub fn parse(&self) -> Result<GoodPracticeInput, FieldErrors> {
        let mut e = FieldErrors::new();
        check_text(&mut e, "title", &self.title, 3, MAX_TITLE);
        let nuts = if self.nuts.trim().is_empty() {
            e.add("nuts", "must not be empty");
            None
        } else {
            e.check("nuts", NutsCode::parse(&self.nuts))
        };
        let theme = if self.theme.trim().is_empty() {
            e.add("theme", "must not be empty");
            None
        } else {
            e.check("theme", PracticeTheme::parse(&self.theme))
        };
        check_text(&mut e, "description", &self.description, 10, MAX_TEXT);
        check_text(&mut e, "results", &self.results, 0, MAX_TEXT);
        check_text(&mut e, "contacts", &self.contacts, 0, MAX_CONTACTS);
        if self.attachments.len() > MAX_ATTACHMENTS {
            e.add(
                "attachments",
                format!("give at most {MAX_ATTACHMENTS} links"),
            );
        }
        let mut attachments = Vec::new();
        for (i, a) in self.attachments.iter().enumerate() {
            let label = a.label.trim();
            if label.is_empty() && a.url.trim().is_empty() {
                continue;
            }
            check_text(&mut e, &format!("attachments[{i}].label"), label, 1, 200);
            if let Some(url) = e.check(&format!("attachments[{i}].url"), Website::parse(&a.url)) {
                attachments.push(Attachment {
                    label: label.to_string(),
                    url: url.to_string(),
                });
            }
        }
        let mut event_ids: Vec<Id> = Vec::new();
        for id in &self.event_ids {
            if !event_ids.contains(id) {
                event_ids.push(*id);
            }
        }
        match (e.is_empty(), nuts, theme) {
            (true, Some(nuts), Some(theme)) => Ok(GoodPracticeInput {
                title: self.title.trim().to_string(),
                nuts,
                org_id: self.org_id,
                theme,
                description: self.description.trim().to_string(),
                results: self.results.trim().to_string(),
                contacts: self.contacts.trim().to_string(),
                attachments,
                event_ids,
                is_demo: false,
            }),
            _ => Err(e),
        }
    }
}

/// The library's filters, parsed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GoodPracticeFilter {
    pub text: Option<String>,
    pub theme: Option<PracticeTheme>,
    pub country: Option<CountryCode>,
    /// A NUTS region: practices in it or in its sub-regions.
    pub region: Option<NutsCode>,
}

/// The filters as query text, shared by the page and the API.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
pub struct RawGoodPracticeFilter {
    /// Words in the title, description, results or organisation.
    pub q: Option<String>,
    pub theme: Option<String>,
    /// The region's country, e.g. BG.
    pub country: Option<String>,
    /// A NUTS code, e.g. PL81 (its sub-regions match too).
    pub region: Option<String>,
}

fn nonblank(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl RawGoodPracticeFilter {
    pub fn parse(&self) -> Result<GoodPracticeFilter, FieldErrors> {
        let mut e = FieldErrors::new();
        let text = nonblank(&self.q).map(String::from);
        if text.as_ref().is_some_and(|t| t.chars().count() > 500) {
            e.add("q", "must be at most 500 characters long");
        }
        let f = GoodPracticeFilter {
            text,
            theme: nonblank(&self.theme).and_then(|t| e.check("theme", PracticeTheme::parse(t))),
            country: nonblank(&self.country)
                .and_then(|c| e.check("country", CountryCode::parse(c))),
            region: nonblank(&self.region).and_then(|r| e.check("region", NutsCode::parse(r))),
        };
        if e.is_empty() {
            Ok(f)
        } else {
            Err(e)
        }
    }
}

impl GoodPracticeFilter {
    pub fn matches(&self, p: &GoodPractice) -> bool {
        if self.theme.is_some_and(|t| t != p.theme) {
            return false;
        }
        if let Some(c) = &self.country {
            if !crate::directory::nuts_in_country(&p.nuts, c) {
                return false;
            }
        }
        if let Some(r) = &self.region {
            if !p.nuts.as_str().starts_with(r.as_str()) {
                return false;
            }
        }
        if let Some(t) = &self.text {
            let hay = format!(
                "{} {} {} {}",
                p.title,
                p.description,
                p.results,
                p.org_name.as_deref().unwrap_or("")
            )
            .to_lowercase();
            if !t
                .split_whitespace()
                .all(|w| hay.contains(&w.to_lowercase()))
            {
                return false;
            }
        }
        true
    }
}

#[async_trait]
pub trait GoodPracticeRepo: Send + Sync {
    /// Every practice, newest first.
    async fn list_good_practices(&self) -> DomainResult<Vec<GoodPractice>>;
    async fn good_practice(&self, id: Id) -> DomainResult<Option<GoodPractice>>;
    async fn create_good_practice(
        &self,
        input: &GoodPracticeInput,
        owner_org_id: Option<Id>,
        created_by: Option<Id>,
    ) -> DomainResult<Id>;
    async fn update_good_practice(&self, id: Id, input: &GoodPracticeInput) -> DomainResult<bool>;
    /// The Action Plan actions whose source is the practice: (plan id, action id, action title).
    async fn practice_actions(&self, practice_id: Id) -> DomainResult<Vec<(Id, Id, String)>>;
}

/// The good-practice service: parsing against the vocabularies and who may edit.
pub struct GoodPractices<'a> {
    pub repo: &'a dyn Repository,
}

impl GoodPractices<'_> {
    /// Administrators of the owning organisation, and platform administrators.
    pub fn can_edit(actor: &Actor, p: &GoodPractice) -> bool {
        actor.is_platform_admin()
            || p.owner_org_id
                .is_some_and(|o| actor.role_in(o) == Some(OrgRole::Admin))
    }

    /// A signed-in member of some organisation, or a platform administrator.
    pub fn require_create(actor: &Actor) -> DomainResult<()> {
        actor.require_user()?;
        actor.allow(actor.is_platform_admin() || !actor.memberships.is_empty())
    }

    pub async fn list(&self, filter: &GoodPracticeFilter) -> DomainResult<Vec<GoodPractice>> {
        Ok(self
            .repo
            .list_good_practices()
            .await?
            .into_iter()
            .filter(|p| filter.matches(p))
            .collect())
    }

    async fn existing(&self, id: Id) -> DomainResult<GoodPractice> {
        self.repo
            .good_practice(id)
            .await?
            .ok_or(DomainError::NotFound)
    }

    pub async fn get(&self, actor: &Actor, id: Id) -> DomainResult<GoodPracticeDetail> {
        let practice = self.existing(id).await?;
        let viewer = EventViewer::of(self.repo, actor).await?;
        let ev = Events { repo: self.repo };
        let mut events = Vec::new();
        for eid in &practice.event_ids {
            if let Ok(e) = ev.get(&viewer, *eid).await {
                events.push(LinkedEvent {
                    id: e.id,
                    title: e.title,
                    kind: e.kind,
                    starts_at: e.starts_at,
                    timezone: e.timezone,
                });
            }
        }
        events.sort_by_key(|e| e.starts_at);
        let plans = crate::action_plans::ActionPlans { repo: self.repo };
        let mut actions = Vec::new();
        for (plan_id, action_id, action_title) in self.repo.practice_actions(id).await? {
            // Drafts stay hidden from those who may not see them.
            if let Ok(plan) = plans.visible(actor, plan_id).await {
                actions.push(PracticeAction {
                    plan_id,
                    plan_title: plan.title,
                    action_id,
                    action_title,
                });
            }
        }
        Ok(GoodPracticeDetail {
            can_edit: Self::can_edit(actor, &practice),
            practice,
            events,
            actions,
        })
    }

    async fn parse(&self, actor: &Actor, raw: &RawGoodPractice) -> DomainResult<GoodPracticeInput> {
        let parsed = raw.parse();
        let mut e = parsed.clone().err().unwrap_or_default();
        if let Ok(n) = NutsCode::parse(&raw.nuts) {
            if self.repo.nuts_region(n.as_str()).await?.is_none() {
                e.add("nuts", format!("{n} is not a NUTS 2021 region"));
            }
        }
        if let Some(o) = raw.org_id {
            if self.repo.org(o).await?.is_none() {
                e.add("org_id", format!("organisation {o} does not exist"));
            }
        }
        let viewer = EventViewer::of(self.repo, actor).await?;
        let ev = Events { repo: self.repo };
        for id in &raw.event_ids {
            if ev.get(&viewer, *id).await.is_err() {
                e.add("event_ids", "is not the number of an existing event");
                break;
            }
        }
        match parsed {
            Ok(p) if e.is_empty() => Ok(p),
            _ => Err(DomainError::Validation(e)),
        }
    }

    pub async fn create(&self, actor: &Actor, raw: &RawGoodPractice) -> DomainResult<GoodPractice> {
        Self::require_create(actor)?;
        let user = actor.require_user()?;
        let owner = match raw.owner_org_id {
            Some(o) if actor.role_in(o).is_some() || actor.is_platform_admin() => Some(o),
            Some(_) => {
                return Err(DomainError::field(
                    "owner_org_id",
                    "choose an organisation you belong to",
                ))
            }
            None => actor.memberships.first().map(|m| m.organisation_id),
        };
        if let Some(o) = owner {
            if self.repo.org(o).await?.is_none() {
                return Err(DomainError::field(
                    "owner_org_id",
                    format!("organisation {o} does not exist"),
                ));
            }
        }
        let input = self.parse(actor, raw).await?;
        let id = self
            .repo
            .create_good_practice(&input, owner, Some(user.id))
            .await?;
        self.repo
            .audit(
                Some(user.id),
                "good_practice.create",
                &format!("good_practice:{id}"),
            )
            .await?;
        self.existing(id).await
    }

    pub async fn update(
        &self,
        actor: &Actor,
        id: Id,
        raw: &RawGoodPractice,
    ) -> DomainResult<GoodPractice> {
        let current = self.existing(id).await?;
        actor.allow(Self::can_edit(actor, &current))?;
        let mut input = self.parse(actor, raw).await?;
        input.is_demo = current.is_demo;
        if !self.repo.update_good_practice(id, &input).await? {
            return Err(DomainError::NotFound);
        }
        self.repo
            .audit(
                actor.user_id(),
                "good_practice.update",
                &format!("good_practice:{id}"),
            )
            .await?;
        self.existing(id).await
    }
}

impl PracticeTheme {
    /// The message key of its name.
    pub fn key(self) -> String {
        format!("gp-theme-{}", self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_names_bad_fields() {
        let raw = RawGoodPractice {
            title: "Cluster working groups".into(),
            nuts: "bg41".into(),
            theme: "social capital".into(),
            description: "Members meet monthly in thematic working groups.".into(),
            attachments: vec![Attachment {
                label: "Summary".into(),
                url: "https://klaster.example/gp.pdf".into(),
            }],
            event_ids: vec![3, 3],
            ..Default::default()
        };
        let p = raw.parse().unwrap();
        assert_eq!(p.nuts.as_str(), "BG41");
        assert_eq!(p.theme, PracticeTheme::SocialCapital);
        assert_eq!(p.event_ids, vec![3]);
        let bad = RawGoodPractice {
            theme: "gossip".into(),
            attachments: vec![Attachment {
                label: "x".into(),
                url: "javascript:alert(1)".into(),
            }],
            ..raw
        };
        let e = bad.parse().unwrap_err();
        assert!(e.get("theme").is_some());
        assert!(e.get("attachments[0].url").is_some());
    }
}
