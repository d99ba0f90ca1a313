//! What every page shares: the header with navigation, the language switcher and the user menu.

use crate::context::Ctx;
use crate::i18n::{Lang, Tr};
use klaster_domain::{Membership, User};

pub struct LangLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// The page frame's data; templates reach the translator as `c.tr`.
pub struct Chrome {
    pub tr: Tr,
    pub title: String,
    pub user: Option<User>,
    pub memberships: Vec<Membership>,
    pub csrf: String,
    pub langs: Vec<LangLink>,
    /// Where a form's "back to where I was" points (the current path and query).
    pub here: String,
    pub unread_notifications: i64,
}

impl Chrome {
    pub fn new(ctx: &Ctx, title: &str) -> Self {
        Chrome {
            tr: ctx.tr.clone(),
            title: title.to_string(),
            user: ctx.actor.user.clone(),
            memberships: ctx.actor.memberships.clone(),
            csrf: ctx.csrf.clone(),
            langs: Lang::ALL
                .iter()
                .map(|l| LangLink {
                    code: l.code(),
                    name: l.native_name(),
                    href: with_param(&ctx.path_and_query, "lang", l.code()),
                    current: *l == ctx.tr.lang,
                })
                .collect(),
            here: ctx.path_and_query.clone(),
            unread_notifications: ctx.unread_notifications,
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    pub fn is_platform_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.is_platform_admin)
    }

    /// The header's link to the notifications, with the unread count when there are any.
    pub fn notifications_label(&self) -> String {
        self.tr.tn("notif-nav", self.unread_notifications)
    }

    pub fn has_unread_notifications(&self) -> bool {
        self.unread_notifications > 0
    }
}

/// The same URL with one query parameter set (replaced if present); `page` is reset when
/// filters change so that a narrower result never opens on an empty page.
pub fn with_param(path_and_query: &str, key: &str, value: &str) -> String {
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    let mut pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    pairs.retain(|(k, _)| k != key && (key == "page" || k != "page"));
    if !value.is_empty() {
        pairs.push((key.to_string(), value.to_string()));
    }
    if pairs.is_empty() {
        path.to_string()
    } else {
        format!(
            "{path}?{}",
            serde_urlencoded::to_string(&pairs).unwrap_or_default()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::with_param;

    #[test]
    fn sets_and_replaces_query_parameters() {
        assert_eq!(
            with_param("/organisations", "lang", "pl"),
            "/organisations?lang=pl"
        );
        assert_eq!(with_param("/o?q=x&lang=en", "lang", "bg"), "/o?q=x&lang=bg");
        assert_eq!(
            with_param("/o?q=x&page=3", "country", "PL"),
            "/o?q=x&country=PL"
        );
        assert_eq!(with_param("/o?q=x&page=3", "page", "4"), "/o?q=x&page=4");
        assert_eq!(with_param("/o?country=PL", "country", ""), "/o");
    }
}
