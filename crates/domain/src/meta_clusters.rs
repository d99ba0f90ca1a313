//! Meta-clusters: cross-border strategic partnerships of cluster organisations in one sector, with
//! a coordinator, a cooperation agreement, joint actions, and invitations that the invited cluster
//! accepts or declines.

use crate::error::{DomainError, DomainResult};
use crate::model::{Id, LocalizedText};
use crate::policy::Actor;
use crate::types::{code_enum, CountryCode, Ecosystem, NaceCode, OrgRole, ParseError};
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
        allow(
            actor,
            actor.is_platform_admin() || actor.role_in(self.coordinator_id) == Some(OrgRole::Admin),
        )
    }
}

/// Only the invited cluster's administrators answer its invitation (not even platform
/// administrators: joining is the cluster's own decision).
pub fn require_invitee(actor: &Actor, org_id: Id) -> DomainResult<()> {
    allow(actor, actor.role_in(org_id) == Some(OrgRole::Admin))
}

fn allow(actor: &Actor, allowed: bool) -> DomainResult<()> {
    match (&actor.user, allowed) {
        (_, true) => Ok(()),
        (None, false) => Err(DomainError::Unauthenticated),
        (Some(_), false) => Err(DomainError::Forbidden),
    }
}

#[async_trait]
pub trait MetaClusterRepo: Send + Sync {
    async fn meta_cluster(&self, id: Id) -> DomainResult<Option<MetaCluster>>;
    /// Members and invitations, coordinator first, then by name.
    async fn meta_members(&self, meta_cluster_id: Id) -> DomainResult<Vec<MetaMember>>;
}
