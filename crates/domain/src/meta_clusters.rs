//! Meta-clusters: cross-border strategic partnerships of cluster organisations in one sector, with
//! a coordinator, a cooperation agreement, joint actions, and invitations that the invited cluster
//! accepts or declines.

use crate::agenda::check_material;
use crate::error::{DomainError, DomainResult, FieldErrors};
use crate::events::{check_text, parse_texts};
use crate::model::{Id, LocalizedText};
use crate::policy::Actor;
use crate::repo::Repository;
use crate::types::{
    code_enum, CountryCode, Ecosystem, NaceCode, OrgKind, OrgRole, ParseError, Website,
};
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::fmt;
use time::{Date, OffsetDateTime};

code_enum!(
    /// Where a partnership is in its life.
    MetaClusterStatus {
        Forming = "forming",
        Active = "active",
        Ended = "ended",
    }
);

code_enum!(
    /// A cluster's relation to a meta-cluster: invited, then member or declined; members may leave.
    MemberState {
        Invited = "invited",
        Member = "member",
        Declined = "declined",
        Left = "left",
    }
);

code_enum!(
    /// What a joint action is.
    ActionKind {
        Event = "event",
        Project = "project",
        StudyVisit = "study_visit",
        Other = "other",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct MetaCluster {
    pub id: Id,
    pub name: String,
    pub descriptions: Vec<LocalizedText>,
    /// Sector names as the partnership uses them, e.g. "Energy & Environment".
    pub sectors: Vec<String>,
    #[schema(value_type = Vec<String>)]
    pub nace: Vec<NaceCode>,
    pub ecosystems: Vec<Ecosystem>,
    pub coordinator_id: Id,
    pub status: MetaClusterStatus,
    pub website: Option<String>,
    /// The project the partnership came out of, if any.
    pub project_id: Option<Id>,
    pub is_demo: bool,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

/// A cluster invited to, or member of, a meta-cluster.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct MetaMember {
    pub meta_cluster_id: Id,
    pub org_id: Id,
    pub org_name: String,
    #[schema(value_type = String, example = "CZ")]
    pub country: CountryCode,
    pub state: MemberState,
    #[schema(value_type = Option<String>, format = Date)]
    #[serde(with = "crate::model::iso_date_option")]
    pub joined_on: Option<Date>,
    /// The invitation's message, if any.
    pub message: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub invited_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub answered_at: Option<OffsetDateTime>,
}

impl MetaCluster {
    /// Edit the partnership, its agreement and actions, invite clusters, post its news:
    /// administrators of the coordinating cluster, and platform administrators.
    pub fn require_coordinator(&self, actor: &Actor) -> DomainResult<()> {
        actor.allow(
            actor.is_platform_admin() || actor.role_in(self.coordinator_id) == Some(OrgRole::Admin),
        )
    }
}

/// Only the invited cluster's administrators answer its invitation (not even platform
/// administrators: joining is the cluster's own decision).
pub fn require_invitee(actor: &Actor, org_id: Id) -> DomainResult<()> {
    actor.allow(actor.role_in(org_id) == Some(OrgRole::Admin))
}

/// The cooperation agreement the members signed.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Agreement {
    pub meta_cluster_id: Id,
    #[schema(value_type = Option<String>, format = Date)]
    #[serde(with = "crate::model::iso_date_option")]
    pub signed_on: Option<Date>,
    pub place: Option<String>,
    pub signatories: Vec<Signatory>,
    pub summary: String,
    /// The signed document, if uploaded; served at `/meta-clusters/{id}/agreement/document`.
    pub document: Option<AgreementDocument>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

/// A person who signed the agreement, with the organisation they signed for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Signatory {
    pub name: String,
    #[serde(default)]
    pub organisation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct AgreementDocument {
    pub filename: String,
    pub content_type: String,
    /// Bytes.
    pub size: i64,
}

/// The agreement's details before parsing.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawAgreement {
    /// YYYY-MM-DD, or empty.
    pub signed_on: String,
    pub place: String,
    pub signatories: Vec<Signatory>,
    pub summary: String,
}

/// The parsed agreement details.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementInput {
    pub signed_on: Option<Date>,
    pub place: Option<String>,
    pub signatories: Vec<Signatory>,
    pub summary: String,
}

/// A joint action: an event or a project on the platform, a study visit, or a described action.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct JointAction {
    pub id: Id,
    pub meta_cluster_id: Id,
    pub kind: ActionKind,
    pub event_id: Option<Id>,
    pub project_id: Option<Id>,
    pub title: String,
    #[schema(value_type = Option<String>, format = Date)]
    #[serde(with = "crate::model::iso_date_option")]
    pub happened_on: Option<Date>,
    pub note: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

impl JointAction {
    /// Where the action lives on the platform, if it does.
    pub fn link(&self) -> Option<String> {
        match (self.event_id, self.project_id) {
            (Some(e), _) => Some(format!("/events/{e}")),
            (None, Some(p)) => Some(format!("/projects/{p}")),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawAction {
    /// event, project, study_visit or other.
    pub kind: String,
    /// For kind event (required) and study_visit (optional): an event on the platform.
    pub event_id: Option<Id>,
    /// For kind project: a project on the platform.
    pub project_id: Option<Id>,
    /// Required unless an event or project is given (then its title is used).
    pub title: String,
    /// YYYY-MM-DD; taken from the event or project when empty.
    pub happened_on: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActionInput {
    pub kind: ActionKind,
    pub event_id: Option<Id>,
    pub project_id: Option<Id>,
    pub title: String,
    pub happened_on: Option<Date>,
    pub note: String,
}

/// A meta-cluster before parsing (form or JSON).
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RawMetaCluster {
    /// 3–200 characters.
    pub name: String,
    pub descriptions: Vec<crate::events::RawText>,
    /// Free sector names, at least one, e.g. "Energy & Environment".
    pub sectors: Vec<String>,
    /// NACE Rev. 2 codes.
    pub nace: Vec<String>,
    /// Industrial ecosystem codes, e.g. renewable_energy.
    pub ecosystems: Vec<String>,
    pub website: Option<String>,
    /// The project the partnership came out of.
    pub project_id: Option<Id>,
    /// forming, active or ended (when editing; a new meta-cluster is forming).
    pub status: Option<String>,
    /// When proposing: the cluster (administered by the caller) that coordinates.
    pub coordinator_id: Option<Id>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MetaClusterInput {
    pub name: String,
    pub descriptions: Vec<LocalizedText>,
    pub sectors: Vec<String>,
    pub nace: Vec<NaceCode>,
    pub ecosystems: Vec<Ecosystem>,
    pub website: Option<String>,
    pub project_id: Option<Id>,
    pub status: MetaClusterStatus,
}

pub const MAX_NAME: usize = 200;
pub const MAX_DESCRIPTION: usize = 20_000;
pub const MAX_SECTORS: usize = 10;
pub const MAX_SECTOR: usize = 100;
pub const MAX_MESSAGE: usize = 2_000;
pub const MAX_SUMMARY: usize = 10_000;
pub const MAX_SIGNATORIES: usize = 100;
pub const MAX_NOTE: usize = 2_000;

/// Parses 'YYYY-MM-DD'; empty is None.
pub fn parse_date(raw: &str) -> Result<Option<Date>, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    crate::model::iso_date(raw)
        .map(Some)
        .ok_or_else(|| "must be a date like 2024-02-06".to_string())
}

fn trimmed(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
}

impl RawMetaCluster {
    pub fn parse(&self, e: &mut FieldErrors) -> Option<MetaClusterInput> {
        check_text(e, "name", &self.name, 3, MAX_NAME);
        let descriptions = parse_texts(e, "descriptions", &self.descriptions, MAX_DESCRIPTION);
        let mut sectors: Vec<String> = Vec::new();
        for s in self
            .sectors
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
        {
            if s.chars().count() > MAX_SECTOR {
                e.add(
                    "sectors",
                    format!("must be at most {MAX_SECTOR} characters long"),
                );
            } else if !sectors.iter().any(|x| x.eq_ignore_ascii_case(s)) {
                sectors.push(s.to_string());
            }
        }
        if sectors.is_empty() {
            e.add("sectors", "name at least one sector");
        } else if sectors.len() > MAX_SECTORS {
            e.add("sectors", "name at most 10 sectors");
        }
        let mut nace = Vec::new();
        for c in self.nace.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
            if let Some(code) = e.check("nace", NaceCode::parse(c)) {
                if !nace.contains(&code) {
                    nace.push(code);
                }
            }
        }
        let mut ecosystems = Vec::new();
        for c in self
            .ecosystems
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
        {
            if let Some(x) = e.check("ecosystems", Ecosystem::parse(c)) {
                if !ecosystems.contains(&x) {
                    ecosystems.push(x);
                }
            }
        }
        let website = trimmed(&self.website).and_then(|w| {
            e.check("website", Website::parse(&w))
                .map(|w| w.to_string())
        });
        let status = match trimmed(&self.status) {
            None => Some(MetaClusterStatus::Forming),
            Some(s) => e.check("status", MetaClusterStatus::parse(&s)),
        };
        if !e.is_empty() {
            return None;
        }
        Some(MetaClusterInput {
            name: self.name.trim().to_string(),
            descriptions,
            sectors,
            nace,
            ecosystems,
            website,
            project_id: self.project_id,
            status: status?,
        })
    }

    pub fn from_meta(m: &MetaCluster) -> Self {
        RawMetaCluster {
            name: m.name.clone(),
            descriptions: m
                .descriptions
                .iter()
                .map(|d| crate::events::RawText {
                    lang: d.lang.to_string(),
                    text: d.text.clone(),
                })
                .collect(),
            sectors: m.sectors.clone(),
            nace: m.nace.iter().map(|c| c.to_string()).collect(),
            ecosystems: m.ecosystems.iter().map(|c| c.code().to_string()).collect(),
            website: m.website.clone(),
            project_id: m.project_id,
            status: Some(m.status.code().to_string()),
            coordinator_id: Some(m.coordinator_id),
        }
    }
}

impl RawAgreement {
    pub fn parse(&self) -> Result<AgreementInput, FieldErrors> {
        let mut e = FieldErrors::new();
        let signed_on = e.check("signed_on", parse_date(&self.signed_on)).flatten();
        check_text(&mut e, "place", &self.place, 0, MAX_NAME);
        check_text(&mut e, "summary", &self.summary, 0, MAX_SUMMARY);
        let mut signatories = Vec::new();
        for s in &self.signatories {
            let (name, org) = (s.name.trim(), s.organisation.trim());
            if name.is_empty() && org.is_empty() {
                continue;
            }
            if name.is_empty() {
                e.add("signatories", "give the name of every signatory");
            } else if name.chars().count() > MAX_NAME || org.chars().count() > MAX_NAME {
                e.add(
                    "signatories",
                    format!("must be at most {MAX_NAME} characters long"),
                );
            } else {
                signatories.push(Signatory {
                    name: name.to_string(),
                    organisation: org.to_string(),
                });
            }
        }
        if signatories.len() > MAX_SIGNATORIES {
            e.add("signatories", "name at most 100 signatories");
        }
        e.into_result().map_err(|err| match err {
            DomainError::Validation(f) => f,
            _ => FieldErrors::new(),
        })?;
        Ok(AgreementInput {
            signed_on,
            place: Some(self.place.trim().to_string()).filter(|s| !s.is_empty()),
            signatories,
            summary: self.summary.trim().to_string(),
        })
    }
}

/// Which meta-clusters a list shows.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MetaFilter {
    pub status: Option<String>,
    /// A sector name (any case) or an ecosystem code.
    pub sector: Option<String>,
    /// A member's country.
    pub country: Option<String>,
    /// Part of the name.
    pub q: Option<String>,
}

impl MetaFilter {
    pub fn matches(&self, m: &MetaCluster, members: &[MetaMember]) -> bool {
        let some = |o: &Option<String>| {
            o.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        if let Some(s) = some(&self.status) {
            if m.status.code() != s {
                return false;
            }
        }
        if let Some(s) = some(&self.sector) {
            let lower = s.to_lowercase();
            if !m.sectors.iter().any(|x| x.to_lowercase() == lower)
                && !m.ecosystems.iter().any(|x| x.code() == s)
            {
                return false;
            }
        }
        if let Some(c) = some(&self.country) {
            if !members.iter().any(|x| {
                x.state == MemberState::Member && x.country.as_str().eq_ignore_ascii_case(&c)
            }) {
                return false;
            }
        }
        if let Some(q) = some(&self.q) {
            if !m.name.to_lowercase().contains(&q.to_lowercase()) {
                return false;
            }
        }
        true
    }
}

/// A membership or invitation of an organisation, with the meta-cluster's name.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct OrgMetaCluster {
    pub meta_cluster_id: Id,
    pub name: String,
    pub status: MetaClusterStatus,
    pub is_coordinator: bool,
    pub member: MetaMember,
}

#[async_trait]
pub trait MetaClusterRepo: Send + Sync {
    async fn meta_cluster(&self, id: Id) -> DomainResult<Option<MetaCluster>>;
    /// Members and invitations, coordinator first, then by name.
    async fn meta_members(&self, meta_cluster_id: Id) -> DomainResult<Vec<MetaMember>>;
    /// Every meta-cluster by name.
    async fn all_meta_clusters(&self) -> DomainResult<Vec<MetaCluster>>;
    /// Creates the meta-cluster with its coordinator as the first member (joined `today`).
    async fn create_meta_cluster(
        &self,
        input: &MetaClusterInput,
        coordinator_id: Id,
        created_by: Option<Id>,
        today: Date,
    ) -> DomainResult<MetaCluster>;
    async fn update_meta_cluster(
        &self,
        id: Id,
        input: &MetaClusterInput,
    ) -> DomainResult<MetaCluster>;
    /// Invites the cluster unless it is invited or a member already (then `Conflict`).
    async fn invite_meta_member(
        &self,
        meta_cluster_id: Id,
        org_id: Id,
        message: Option<&str>,
        invited_by: Option<Id>,
    ) -> DomainResult<()>;
    /// Moves the row from state `from` to `to` (`None` deletes it); false when it was not in
    /// `from`. Becoming a member sets the join date.
    async fn change_meta_member(
        &self,
        meta_cluster_id: Id,
        org_id: Id,
        from: MemberState,
        to: Option<MemberState>,
        by: Option<Id>,
        today: Date,
    ) -> DomainResult<bool>;
    /// The memberships and invitations of these organisations.
    async fn meta_rows_of_orgs(&self, org_ids: &[Id]) -> DomainResult<Vec<MetaMember>>;
    async fn meta_agreement(&self, meta_cluster_id: Id) -> DomainResult<Option<Agreement>>;
    async fn save_meta_agreement(
        &self,
        meta_cluster_id: Id,
        input: &AgreementInput,
    ) -> DomainResult<Agreement>;
    async fn set_meta_agreement_document(
        &self,
        meta_cluster_id: Id,
        filename: &str,
        content_type: &str,
        data: &[u8],
    ) -> DomainResult<Agreement>;
    /// The document's name, type and bytes.
    async fn meta_agreement_document(
        &self,
        meta_cluster_id: Id,
    ) -> DomainResult<Option<(AgreementDocument, Vec<u8>)>>;
    /// Joint actions, newest first (undated last).
    async fn meta_actions(&self, meta_cluster_id: Id) -> DomainResult<Vec<JointAction>>;
    async fn add_meta_action(
        &self,
        meta_cluster_id: Id,
        input: &ActionInput,
    ) -> DomainResult<JointAction>;
    async fn delete_meta_action(&self, meta_cluster_id: Id, action_id: Id) -> DomainResult<bool>;
}

/// The meta-cluster service.
pub struct MetaClusters<'a> {
    pub repo: &'a dyn Repository,
}

impl MetaClusters<'_> {
    pub async fn get(&self, id: Id) -> DomainResult<MetaCluster> {
        self.repo
            .meta_cluster(id)
            .await?
            .ok_or(DomainError::NotFound)
    }

    /// The meta-clusters matching the filter, each with its members and invitations.
    pub async fn list(&self, f: &MetaFilter) -> DomainResult<Vec<(MetaCluster, Vec<MetaMember>)>> {
        let mut out = Vec::new();
        for m in self.repo.all_meta_clusters().await? {
            let members = self.repo.meta_members(m.id).await?;
            if f.matches(&m, &members) {
                out.push((m, members));
            }
        }
        Ok(out)
    }

    /// The clusters the actor may propose a meta-cluster for: those they administer.
    pub async fn proposing_clusters(&self, actor: &Actor) -> DomainResult<Vec<(Id, String)>> {
        let mut out = Vec::new();
        for m in actor
            .memberships
            .iter()
            .filter(|m| m.role == OrgRole::Admin)
        {
            if let Some(o) = self.repo.org(m.organisation_id).await? {
                if o.kind == OrgKind::Cluster {
                    out.push((o.id, o.name));
                }
            }
        }
        Ok(out)
    }

    async fn check_project(&self, e: &mut FieldErrors, project_id: Option<Id>) -> DomainResult<()> {
        if let Some(p) = project_id {
            if self.repo.project(p).await?.is_none() {
                e.add("project_id", "no project has this number");
            }
        }
        Ok(())
    }

    /// An administrator of a cluster proposes a partnership: their cluster coordinates and is
    /// its first member; it starts as forming.
    pub async fn create(
        &self,
        actor: &Actor,
        raw: &RawMetaCluster,
        today: Date,
    ) -> DomainResult<MetaCluster> {
        let user = actor.require_user()?;
        let mine = self.proposing_clusters(actor).await?;
        if mine.is_empty() && !actor.is_platform_admin() {
            return Err(DomainError::Forbidden);
        }
        let mut e = FieldErrors::new();
        let coordinator = match raw.coordinator_id {
            None if mine.len() == 1 => Some(mine[0].0),
            None => {
                e.add("coordinator_id", "choose the cluster that coordinates");
                None
            }
            Some(c) if mine.iter().any(|(id, _)| *id == c) => Some(c),
            Some(c) if actor.is_platform_admin() => match self.repo.org(c).await? {
                Some(o) if o.kind == OrgKind::Cluster => Some(c),
                _ => {
                    e.add("coordinator_id", "choose a cluster organisation");
                    None
                }
            },
            Some(_) => {
                e.add("coordinator_id", "choose a cluster you administer");
                None
            }
        };
        let mut raw = raw.clone();
        raw.status = None;
        let input = raw.parse(&mut e);
        self.check_project(&mut e, raw.project_id).await?;
        e.into_result()?;
        let (Some(input), Some(coordinator)) = (input, coordinator) else {
            return Err(DomainError::internal("parsed input missing"));
        };
        let m = self
            .repo
            .create_meta_cluster(&input, coordinator, Some(user.id), today)
            .await?;
        self.repo
            .audit(
                Some(user.id),
                "meta_cluster.create",
                &format!("meta_cluster:{}", m.id),
            )
            .await?;
        Ok(m)
    }

    pub async fn update(
        &self,
        actor: &Actor,
        id: Id,
        raw: &RawMetaCluster,
    ) -> DomainResult<MetaCluster> {
        let m = self.get(id).await?;
        m.require_coordinator(actor)?;
        let mut e = FieldErrors::new();
        let mut raw = raw.clone();
        if raw.status.as_deref().is_none_or(|s| s.trim().is_empty()) {
            raw.status = Some(m.status.code().to_string());
        }
        let input = raw.parse(&mut e);
        self.check_project(&mut e, raw.project_id).await?;
        e.into_result()?;
        let input = input.ok_or_else(|| DomainError::internal("parsed input missing"))?;
        let m = self.repo.update_meta_cluster(id, &input).await?;
        self.repo
            .audit(
                actor.user_id(),
                "meta_cluster.update",
                &format!("meta_cluster:{id}"),
            )
            .await?;
        Ok(m)
    }

    /// The coordinator invites a cluster that is not a member yet (declined and former members
    /// may be invited again).
    pub async fn invite(
        &self,
        actor: &Actor,
        id: Id,
        org_id: Option<Id>,
        message: &str,
    ) -> DomainResult<()> {
        let m = self.get(id).await?;
        m.require_coordinator(actor)?;
        let mut e = FieldErrors::new();
        check_text(&mut e, "message", message, 0, MAX_MESSAGE);
        let org = match org_id {
            None => {
                e.add("org_id", "choose a cluster to invite");
                None
            }
            Some(o) => match self.repo.org(o).await? {
                None => {
                    e.add("org_id", "no such organisation");
                    None
                }
                Some(org) if org.kind != OrgKind::Cluster => {
                    e.add(
                        "org_id",
                        "only cluster organisations can join a meta-cluster",
                    );
                    None
                }
                Some(org) => Some(org),
            },
        };
        if let Some(org) = &org {
            let members = self.repo.meta_members(id).await?;
            match members.iter().find(|x| x.org_id == org.id).map(|x| x.state) {
                Some(MemberState::Member) => e.add("org_id", "this cluster is a member already"),
                Some(MemberState::Invited) => e.add("org_id", "this cluster is invited already"),
                _ => {}
            }
        }
        e.into_result()?;
        let org = org.ok_or(DomainError::NotFound)?;
        let message = Some(message.trim()).filter(|s| !s.is_empty());
        self.repo
            .invite_meta_member(id, org.id, message, actor.user_id())
            .await
            .map_err(|err| match err {
                DomainError::Conflict(_) => {
                    DomainError::field("org_id", "this cluster is invited already")
                }
                other => other,
            })?;
        self.repo
            .audit(
                actor.user_id(),
                "meta_cluster.invite",
                &format!("meta_cluster:{id} org:{}", org.id),
            )
            .await
    }

    /// The coordinator withdraws a pending invitation.
    pub async fn withdraw(&self, actor: &Actor, id: Id, org_id: Id) -> DomainResult<()> {
        let m = self.get(id).await?;
        m.require_coordinator(actor)?;
        if !self
            .repo
            .change_meta_member(
                id,
                org_id,
                MemberState::Invited,
                None,
                actor.user_id(),
                today(),
            )
            .await?
        {
            return Err(DomainError::NotFound);
        }
        self.repo
            .audit(
                actor.user_id(),
                "meta_cluster.withdraw",
                &format!("meta_cluster:{id} org:{org_id}"),
            )
            .await
    }

    /// Only the invited cluster's administrators accept or decline its invitation.
    pub async fn answer(
        &self,
        actor: &Actor,
        id: Id,
        org_id: Id,
        accept: bool,
        today: Date,
    ) -> DomainResult<()> {
        self.get(id).await?;
        require_invitee(actor, org_id)?;
        let to = if accept {
            MemberState::Member
        } else {
            MemberState::Declined
        };
        if !self
            .repo
            .change_meta_member(
                id,
                org_id,
                MemberState::Invited,
                Some(to),
                actor.user_id(),
                today,
            )
            .await?
        {
            return Err(DomainError::NotFound);
        }
        let what = if accept { "accept" } else { "decline" };
        self.repo
            .audit(
                actor.user_id(),
                &format!("meta_cluster.{what}"),
                &format!("meta_cluster:{id} org:{org_id}"),
            )
            .await
    }

    /// A member leaves (its administrators) or is removed (by the coordinator). The coordinator
    /// itself stays.
    pub async fn remove_member(&self, actor: &Actor, id: Id, org_id: Id) -> DomainResult<()> {
        let m = self.get(id).await?;
        let own = require_invitee(actor, org_id).is_ok();
        if !own {
            m.require_coordinator(actor)?;
        }
        if org_id == m.coordinator_id {
            return Err(DomainError::field(
                "org_id",
                "the coordinator cannot leave the meta-cluster",
            ));
        }
        if !self
            .repo
            .change_meta_member(
                id,
                org_id,
                MemberState::Member,
                Some(MemberState::Left),
                actor.user_id(),
                today(),
            )
            .await?
        {
            return Err(DomainError::NotFound);
        }
        let what = if own { "leave" } else { "remove" };
        self.repo
            .audit(
                actor.user_id(),
                &format!("meta_cluster.{what}"),
                &format!("meta_cluster:{id} org:{org_id}"),
            )
            .await
    }

    /// The pending invitations of the clusters the actor administers.
    pub async fn invitations_for(&self, actor: &Actor) -> DomainResult<Vec<OrgMetaCluster>> {
        let admin_of: Vec<Id> = actor
            .memberships
            .iter()
            .filter(|m| m.role == OrgRole::Admin)
            .map(|m| m.organisation_id)
            .collect();
        let rows = self.of_orgs(&admin_of).await?;
        Ok(rows
            .into_iter()
            .filter(|r| r.member.state == MemberState::Invited)
            .collect())
    }

    /// Memberships and invitations of these organisations, with the meta-clusters' names.
    pub async fn of_orgs(&self, org_ids: &[Id]) -> DomainResult<Vec<OrgMetaCluster>> {
        if org_ids.is_empty() {
            return Ok(vec![]);
        }
        let mut out = Vec::new();
        for row in self.repo.meta_rows_of_orgs(org_ids).await? {
            if let Some(m) = self.repo.meta_cluster(row.meta_cluster_id).await? {
                out.push(OrgMetaCluster {
                    meta_cluster_id: m.id,
                    name: m.name,
                    status: m.status,
                    is_coordinator: m.coordinator_id == row.org_id,
                    member: row,
                });
            }
        }
        Ok(out)
    }

    pub async fn agreement(&self, id: Id) -> DomainResult<Option<Agreement>> {
        self.get(id).await?;
        self.repo.meta_agreement(id).await
    }

    pub async fn save_agreement(
        &self,
        actor: &Actor,
        id: Id,
        raw: &RawAgreement,
    ) -> DomainResult<Agreement> {
        let m = self.get(id).await?;
        m.require_coordinator(actor)?;
        let input = raw.parse().map_err(DomainError::Validation)?;
        let a = self.repo.save_meta_agreement(id, &input).await?;
        self.repo
            .audit(
                actor.user_id(),
                "meta_cluster.agreement",
                &format!("meta_cluster:{id}"),
            )
            .await?;
        Ok(a)
    }

    /// The signed document: at most 10 MB, of an allowed type whose content matches its name.
    pub async fn upload_agreement(
        &self,
        actor: &Actor,
        id: Id,
        filename: &str,
        data: &[u8],
    ) -> DomainResult<Agreement> {
        let m = self.get(id).await?;
        m.require_coordinator(actor)?;
        let filename = filename.rsplit(['/', '\\']).next().unwrap_or("").trim();
        if filename.is_empty() {
            return Err(DomainError::field("file", "choose a file to upload"));
        }
        let content_type =
            check_material(filename, data).map_err(|msg| DomainError::field("file", msg))?;
        let a = self
            .repo
            .set_meta_agreement_document(id, filename, &content_type, data)
            .await?;
        self.repo
            .audit(
                actor.user_id(),
                "meta_cluster.agreement_document",
                &format!("meta_cluster:{id}"),
            )
            .await?;
        Ok(a)
    }

    /// The document, for everyone who can see the meta-cluster.
    pub async fn agreement_document(&self, id: Id) -> DomainResult<(AgreementDocument, Vec<u8>)> {
        self.get(id).await?;
        self.repo
            .meta_agreement_document(id)
            .await?
            .ok_or(DomainError::NotFound)
    }

    pub async fn actions(&self, id: Id) -> DomainResult<Vec<JointAction>> {
        self.get(id).await?;
        self.repo.meta_actions(id).await
    }

    pub async fn add_action(
        &self,
        actor: &Actor,
        id: Id,
        raw: &RawAction,
    ) -> DomainResult<JointAction> {
        let m = self.get(id).await?;
        m.require_coordinator(actor)?;
        let mut e = FieldErrors::new();
        let kind = e.check("kind", ActionKind::parse(&raw.kind));
        let mut title = raw.title.trim().to_string();
        let mut happened_on = e
            .check("happened_on", parse_date(&raw.happened_on))
            .flatten();
        check_text(&mut e, "note", &raw.note, 0, MAX_NOTE);
        let (mut event_id, mut project_id) = (None, None);
        let wants_event = matches!(kind, Some(ActionKind::Event) | Some(ActionKind::StudyVisit));
        if wants_event {
            if let Some(eid) = raw.event_id {
                match self.repo.event(eid).await? {
                    Some(ev) if ev.visibility == crate::events::EventVisibility::Public => {
                        if title.is_empty() {
                            title = ev.title.clone();
                        }
                        if happened_on.is_none() {
                            happened_on = Some(ev.starts_at.date());
                        }
                        event_id = Some(eid);
                    }
                    _ => e.add("event_id", "no public event has this number"),
                }
            } else if kind == Some(ActionKind::Event) {
                e.add("event_id", "choose the event");
            }
        }
        if kind == Some(ActionKind::Project) {
            match raw.project_id {
                None => e.add("project_id", "choose the project"),
                Some(pid) => match self.repo.project(pid).await? {
                    Some(p) => {
                        if title.is_empty() {
                            title = p.acronym.clone();
                        }
                        if happened_on.is_none() {
                            happened_on = p.starts_on;
                        }
                        project_id = Some(pid);
                    }
                    None => e.add("project_id", "no project has this number"),
                },
            }
        }
        if kind.is_some()
            && !e
                .fields
                .iter()
                .any(|f| f.field == "event_id" || f.field == "project_id")
        {
            check_text(&mut e, "title", &title, 3, MAX_NAME);
        }
        e.into_result()?;
        let kind = kind.ok_or(DomainError::NotFound)?;
        let a = self
            .repo
            .add_meta_action(
                id,
                &ActionInput {
                    kind,
                    event_id,
                    project_id,
                    title,
                    happened_on,
                    note: raw.note.trim().to_string(),
                },
            )
            .await?;
        self.repo
            .audit(
                actor.user_id(),
                "meta_cluster.action",
                &format!("meta_cluster:{id} action:{}", a.id),
            )
            .await?;
        Ok(a)
    }

    pub async fn delete_action(&self, actor: &Actor, id: Id, action_id: Id) -> DomainResult<()> {
        let m = self.get(id).await?;
        m.require_coordinator(actor)?;
        if !self.repo.delete_meta_action(id, action_id).await? {
            return Err(DomainError::NotFound);
        }
        Ok(())
    }
}

/// Today's date in UTC.
pub fn today() -> Date {
    OffsetDateTime::now_utc().date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_serialise_as_iso_text() {
        #[derive(Serialize)]
        struct W {
            #[serde(with = "crate::model::iso_date_option")]
            d: Option<Date>,
        }
        let d = parse_date("2024-02-06").unwrap();
        assert_eq!(
            serde_json::to_value(W { d }).unwrap(),
            serde_json::json!({"d": "2024-02-06"})
        );
        assert!(parse_date("2024-02-30").is_err());
        assert_eq!(parse_date(" ").unwrap(), None);
    }
}
