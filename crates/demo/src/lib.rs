//! The demo ecosystem: a believable network of European clusters and their members, built on the facts of
//! the reports Klaster comes from (retold in the project's own words) and filled out with generated member
//! organisations. Everything is deterministic: [`ecosystem`] returns the same data on every call, so demo
//! databases, screenshots and tests agree.
//!
//! All organisations carry `is_demo = true`; websites live under `klaster.example`, e-mail addresses under
//! `klaster.example`, and every demo user logs in with [`DEMO_PASSWORD`].

pub mod brokerage;
pub mod events;
mod generate;
pub mod marketplace;
mod named;
mod places;
pub mod policy;
pub mod projects;
mod rng;
pub mod surveys;
mod text;

use klaster_domain::{OrgKind, OrgRole, OrganisationInput, VerificationStatus};

/// The password of every demo user (documented in the README).
pub const DEMO_PASSWORD: &str = "klaster-demo-2026";

/// The verification checklist thresholds for cluster organisations: the platform's own rule.
pub use klaster_domain::directory::{MIN_COMMITTED_MEMBERS, MIN_MANAGEMENT_FTE, MIN_MEMBER_KINDS};

#[derive(Debug, Clone, PartialEq)]
pub struct DemoEcosystem {
    pub organisations: Vec<DemoOrg>,
    pub cluster_members: Vec<DemoClusterMember>,
    pub users: Vec<DemoUser>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DemoOrg {
    /// A stable slug, unique in the ecosystem (e.g. `lke`, `pl-017`).
    pub key: String,
    pub input: OrganisationInput,
    pub verification: VerificationStatus,
    pub verification_note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoClusterMember {
    /// Key of the cluster organisation.
    pub cluster: String,
    /// Key of the member organisation.
    pub member: String,
    /// Has signed the cluster's membership declaration.
    pub committed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoUser {
    pub email: String,
    pub display_name: String,
    /// Key of the organisation the user belongs to.
    pub organisation: Option<String>,
    pub role: OrgRole,
    pub platform_admin: bool,
}

/// How a cluster organisation stands against the verification checklist.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClusterChecklist {
    pub committed_members: usize,
    /// Distinct organisation kinds among the committed members.
    pub member_kinds: usize,
    pub management_fte: f64,
}

impl ClusterChecklist {
    pub fn passes(&self) -> bool {
        self.committed_members >= MIN_COMMITTED_MEMBERS
            && self.member_kinds >= MIN_MEMBER_KINDS
            && self.management_fte >= MIN_MANAGEMENT_FTE
    }
}

impl DemoEcosystem {
    pub fn org(&self, key: &str) -> Option<&DemoOrg> {
        self.organisations.iter().find(|o| o.key == key)
    }

    /// The cluster organisations.
    pub fn clusters(&self) -> impl Iterator<Item = &DemoOrg> {
        self.organisations
            .iter()
            .filter(|o| o.input.kind == OrgKind::Cluster)
    }

    pub fn members_of<'a>(
        &'a self,
        cluster: &'a str,
    ) -> impl Iterator<Item = &'a DemoClusterMember> + 'a {
        self.cluster_members
            .iter()
            .filter(move |m| m.cluster == cluster)
    }

    /// The checklist figures of a cluster, computed from the membership list.
    pub fn checklist(&self, cluster: &str) -> ClusterChecklist {
        checklist_of(&self.organisations, &self.cluster_members, cluster)
    }
}

pub(crate) fn checklist_of(
    orgs: &[DemoOrg],
    members: &[DemoClusterMember],
    cluster: &str,
) -> ClusterChecklist {
    let mut kinds: Vec<OrgKind> = Vec::new();
    let mut committed = 0;
    for m in members
        .iter()
        .filter(|m| m.cluster == cluster && m.committed)
    {
        committed += 1;
        if let Some(o) = orgs.iter().find(|o| o.key == m.member) {
            if !kinds.contains(&o.input.kind) {
                kinds.push(o.input.kind);
            }
        }
    }
    let fte = orgs
        .iter()
        .find(|o| o.key == cluster)
        .and_then(|o| o.input.management_fte)
        .unwrap_or(0.0);
    ClusterChecklist {
        committed_members: committed,
        member_kinds: kinds.len(),
        management_fte: fte,
    }
}

/// The demo ecosystem. Deterministic: every call returns equal data.
pub fn ecosystem() -> DemoEcosystem {
    generate::build()
}

/// The sectors the demo's organisations work in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Sector {
    Energy,
    Green,
    Aviation,
    Health,
    Tourism,
    Child,
    Ict,
    Food,
    Automotive,
    Machinery,
}
