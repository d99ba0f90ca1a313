//! Repository traits: what the services need from storage. `klaster-store` implements them for
//! SQLite and PostgreSQL. Every method is one transaction: it either happens whole or not at all.

use crate::action_plans::ActionPlanRepo;
use crate::agenda::AgendaRepo;
use crate::brokerage::BrokerageRepo;
use crate::brokerage_meetings::BrokerageMeetingRepo;
use crate::brokerage_requests::BrokerageRequestRepo;
use crate::cordis::CordisRepo;
use crate::engagement::EngagementRepo;
use crate::error::DomainResult;
use crate::events::{Event, EventInput};
use crate::good_practices::GoodPracticeRepo;
use crate::groups::WorkingGroupRepo;
use crate::marketplace::MarketplaceRepo;
use crate::matchmaking::MatchmakingRepo;
use crate::meta_clusters::MetaClusterRepo;
use crate::model::*;
use crate::news::NewsRepo;
use crate::notifications::NotificationRepo;
use crate::projects::ProjectRepo;
use crate::proposals::ProposalRepo;
use crate::registration::RegistrationRepo;
use crate::reports::ReportRepo;
use crate::stands::StandRepo;
use crate::surveys::SurveyRepo;
use crate::types::*;
use crate::voting::VotingRepo;
use async_trait::async_trait;
use time::OffsetDateTime;

#[async_trait]
pub trait UserRepo: Send + Sync {
    /// Fails with `Conflict` when the e-mail is taken.
    async fn create_user(
        &self,
        email: &Email,
        display_name: &str,
        password_hash: &str,
        platform_admin: bool,
    ) -> DomainResult<User>;
    async fn user(&self, id: Id) -> DomainResult<Option<User>>;
    /// The user and their password hash, for logging in.
    async fn user_with_hash(&self, email: &Email) -> DomainResult<Option<(User, String)>>;
    async fn password_hash(&self, user_id: Id) -> DomainResult<String>;
    async fn set_password_hash(&self, user_id: Id, hash: &str) -> DomainResult<()>;
    async fn set_platform_admin(&self, user_id: Id, on: bool) -> DomainResult<()>;
    async fn memberships(&self, user_id: Id) -> DomainResult<Vec<Membership>>;
}

#[async_trait]
pub trait SessionRepo: Send + Sync {
    async fn create_session(
        &self,
        token_hash: &str,
        user_id: Id,
        expires_at: OffsetDateTime,
    ) -> DomainResult<()>;
    async fn session(&self, token_hash: &str) -> DomainResult<Option<Session>>;
    async fn delete_session(&self, token_hash: &str) -> DomainResult<()>;
    /// Ends every session of a user but the one given (after a password change).
    async fn delete_other_sessions(&self, user_id: Id, keep_token_hash: &str) -> DomainResult<()>;
    async fn create_api_token(
        &self,
        user_id: Id,
        name: &str,
        token_hash: &str,
    ) -> DomainResult<ApiToken>;
    async fn api_tokens(&self, user_id: Id) -> DomainResult<Vec<ApiToken>>;
    /// Returns false when the token does not exist or belongs to someone else.
    async fn delete_api_token(&self, user_id: Id, token_id: Id) -> DomainResult<bool>;
    /// Finds the token's user and records the use.
    async fn user_by_api_token(&self, token_hash: &str) -> DomainResult<Option<User>>;
}

#[async_trait]
pub trait OrgRepo: Send + Sync {
    /// Creates the profile; `admin` (if any) becomes its first organisation administrator.
    async fn create_org(
        &self,
        input: &OrganisationInput,
        admin: Option<Id>,
    ) -> DomainResult<Organisation>;
    /// Creates all profiles in one transaction, or none.
    async fn create_orgs(&self, inputs: &[OrganisationInput]) -> DomainResult<Vec<Id>>;
    async fn org(&self, id: Id) -> DomainResult<Option<Organisation>>;
    /// The profiles with these ids, in the order given (missing ids are skipped).
    async fn orgs_by_ids(&self, ids: &[Id]) -> DomainResult<Vec<Organisation>>;
    async fn all_orgs(&self) -> DomainResult<Vec<Organisation>>;
    async fn count_orgs(&self) -> DomainResult<i64>;
    async fn update_org(&self, id: Id, input: &OrganisationInput) -> DomainResult<Organisation>;
    async fn org_users(&self, org_id: Id) -> DomainResult<Vec<OrgUser>>;
    async fn org_role(&self, org_id: Id, user_id: Id) -> DomainResult<Option<OrgRole>>;
    async fn set_org_user(&self, org_id: Id, user_id: Id, role: OrgRole) -> DomainResult<()>;
    async fn remove_org_user(&self, org_id: Id, user_id: Id) -> DomainResult<()>;
    async fn create_invitation(
        &self,
        org_id: Id,
        email: &Email,
        role: OrgRole,
        token_hash: &str,
        invited_by: Id,
    ) -> DomainResult<Invitation>;
    async fn invitation_by_token(&self, token_hash: &str) -> DomainResult<Option<Invitation>>;
    async fn pending_invitations(&self, org_id: Id) -> DomainResult<Vec<Invitation>>;
    /// Marks the invitation accepted and gives the user the invited role, in one transaction.
    async fn accept_invitation(&self, invitation_id: Id, user_id: Id) -> DomainResult<()>;
    async fn cluster_members(&self, cluster_id: Id) -> DomainResult<Vec<ClusterMember>>;
    /// The clusters an organisation is a member of: (id, name).
    async fn clusters_of(&self, org_id: Id) -> DomainResult<Vec<(Id, String)>>;
    /// Adds or updates a member of a cluster.
    async fn set_cluster_member(
        &self,
        cluster_id: Id,
        member_id: Id,
        committed: bool,
    ) -> DomainResult<()>;
    async fn remove_cluster_member(&self, cluster_id: Id, member_id: Id) -> DomainResult<()>;
    async fn set_verification(
        &self,
        org_id: Id,
        status: VerificationStatus,
        note: Option<&str>,
    ) -> DomainResult<()>;
    async fn orgs_with_verification(
        &self,
        status: VerificationStatus,
    ) -> DomainResult<Vec<Organisation>>;
}

#[async_trait]
pub trait VocabRepo: Send + Sync {
    async fn upsert_countries(&self, countries: &[Country]) -> DomainResult<()>;
    async fn countries(&self) -> DomainResult<Vec<Country>>;
    /// Inserts or renames regions (one transaction).
    async fn upsert_nuts(&self, regions: &[NutsRegion]) -> DomainResult<()>;
    async fn nuts_regions(
        &self,
        country: Option<&str>,
        level: Option<u8>,
    ) -> DomainResult<Vec<NutsRegion>>;
    async fn nuts_region(&self, code: &str) -> DomainResult<Option<NutsRegion>>;
    /// Inserts or updates codes and their labels in the entries' languages (one transaction).
    async fn upsert_nace(&self, entries: &[NaceEntry]) -> DomainResult<()>;
    /// All codes (of one level, if given) labelled in `lang`, falling back to English.
    async fn nace(&self, lang: &str, level: Option<u8>) -> DomainResult<Vec<NaceEntry>>;
    async fn nace_entry(&self, code: &str, lang: &str) -> DomainResult<Option<NaceEntry>>;
    /// How many NACE labels exist per language, e.g. [("bg", 996), ("en", 996)].
    async fn nace_label_counts(&self) -> DomainResult<Vec<(String, i64)>>;
}

#[async_trait]
pub trait AuditRepo: Send + Sync {
    async fn audit(&self, actor: Option<Id>, action: &str, subject: &str) -> DomainResult<()>;
    async fn audit_log(&self, limit: i64) -> DomainResult<Vec<AuditEntry>>;
}

#[async_trait]
pub trait EventRepo: Send + Sync {
    /// Creates the event with its organisers (one transaction).
    async fn create_event(&self, input: &EventInput, created_by: Option<Id>)
        -> DomainResult<Event>;
    /// Replaces every field and the organiser list (one transaction).
    async fn update_event(&self, id: Id, input: &EventInput) -> DomainResult<Event>;
    async fn event(&self, id: Id) -> DomainResult<Option<Event>>;
    /// Every event with its organisers, by start.
    async fn all_events(&self) -> DomainResult<Vec<Event>>;
    async fn count_events(&self) -> DomainResult<i64>;
}

#[async_trait]
pub trait Health: Send + Sync {
    /// True when the database answers.
    async fn ping(&self) -> bool;
}

/// Everything the platform stores.
pub trait Repository:
    UserRepo
    + SessionRepo
    + OrgRepo
    + VocabRepo
    + AuditRepo
    + EventRepo
    + AgendaRepo
    + StandRepo
    + RegistrationRepo
    + VotingRepo
    + WorkingGroupRepo
    + ProposalRepo
    + ReportRepo
    + ProjectRepo
    + MetaClusterRepo
    + NewsRepo
    + CordisRepo
    + MarketplaceRepo
    + EngagementRepo
    + NotificationRepo
    + MatchmakingRepo
    + BrokerageRepo
    + BrokerageRequestRepo
    + BrokerageMeetingRepo
    + GoodPracticeRepo
    + ActionPlanRepo
    + SurveyRepo
    + Health
{
}
impl<T> Repository for T where
    T: UserRepo
        + SessionRepo
        + OrgRepo
        + VocabRepo
        + AuditRepo
        + EventRepo
        + AgendaRepo
        + StandRepo
        + RegistrationRepo
        + VotingRepo
        + WorkingGroupRepo
        + ProposalRepo
        + ReportRepo
        + ProjectRepo
        + MetaClusterRepo
        + NewsRepo
        + CordisRepo
        + MarketplaceRepo
        + EngagementRepo
        + NotificationRepo
        + MatchmakingRepo
        + BrokerageRepo
        + BrokerageRequestRepo
        + BrokerageMeetingRepo
        + GoodPracticeRepo
        + ActionPlanRepo
        + SurveyRepo
        + Health
{
}
