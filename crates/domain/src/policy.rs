//! Who may do what. Every mutating action asks the `Actor` on the server; pages only hide
//! buttons as a courtesy.

use crate::error::{DomainError, DomainResult};
use crate::model::{Id, Membership, User};
use crate::types::OrgRole;

/// The person behind a request: anonymous, or a user with their organisation roles.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    pub user: Option<User>,
    pub memberships: Vec<Membership>,
}

impl Actor {
    pub fn anonymous() -> Self {
        Self::default()
    }

    pub fn user_id(&self) -> Option<Id> {
        self.user.as_ref().map(|u| u.id)
    }

    pub fn is_platform_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.is_platform_admin)
    }

    pub fn role_in(&self, org_id: Id) -> Option<OrgRole> {
        self.memberships
            .iter()
            .find(|m| m.organisation_id == org_id)
            .map(|m| m.role)
    }

    /// The logged-in user, or `Unauthenticated`.
    pub fn require_user(&self) -> DomainResult<&User> {
        self.user.as_ref().ok_or(DomainError::Unauthenticated)
    }

    /// `Ok` when allowed; otherwise `Unauthenticated` for anonymous callers, `Forbidden` for others.
    pub fn allow(&self, allowed: bool) -> DomainResult<()> {
        match (&self.user, allowed) {
            (_, true) => Ok(()),
            (None, false) => Err(DomainError::Unauthenticated),
            (Some(_), false) => Err(DomainError::Forbidden),
        }
    }

    /// Any logged-in user may create a profile (and becomes its administrator).
    pub fn can_create_org(&self) -> DomainResult<()> {
        self.allow(self.user.is_some())
    }

    /// Editing a profile, its cluster members, its people and asking for verification.
    pub fn can_admin_org(&self, org_id: Id) -> DomainResult<()> {
        self.allow(self.is_platform_admin() || self.role_in(org_id) == Some(OrgRole::Admin))
    }

    /// Seeing an organisation's user list and pending invitations.
    pub fn can_see_org_people(&self, org_id: Id) -> DomainResult<()> {
        self.allow(self.is_platform_admin() || self.role_in(org_id).is_some())
    }

    /// Verifying profiles, importing organisations: platform administrators only.
    pub fn can_moderate(&self) -> DomainResult<()> {
        self.allow(self.is_platform_admin())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Email;

    fn user(id: Id, admin: bool) -> User {
        User {
            id,
            email: Email::parse(&format!("u{id}@x.pl")).unwrap(),
            display_name: "U".into(),
            is_platform_admin: admin,
            created_at: time::OffsetDateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn matrix() {
        let anon = Actor::anonymous();
        let member = Actor {
            user: Some(user(1, false)),
            memberships: vec![Membership {
                organisation_id: 10,
                organisation_name: "A".into(),
                role: OrgRole::Member,
            }],
        };
        let org_admin = Actor {
            user: Some(user(2, false)),
            memberships: vec![Membership {
                organisation_id: 10,
                organisation_name: "A".into(),
                role: OrgRole::Admin,
            }],
        };
        let platform = Actor {
            user: Some(user(3, true)),
            memberships: vec![],
        };

        assert!(matches!(
            anon.can_create_org(),
            Err(DomainError::Unauthenticated)
        ));
        assert!(member.can_create_org().is_ok());
        assert!(matches!(
            member.can_admin_org(10),
            Err(DomainError::Forbidden)
        ));
        assert!(member.can_see_org_people(10).is_ok());
        assert!(org_admin.can_admin_org(10).is_ok());
        assert!(matches!(
            org_admin.can_admin_org(11),
            Err(DomainError::Forbidden)
        ));
        assert!(matches!(
            org_admin.can_moderate(),
            Err(DomainError::Forbidden)
        ));
        assert!(platform.can_admin_org(11).is_ok());
        assert!(platform.can_moderate().is_ok());
    }
}
