//! Pages: the signed-in user's in-app notifications, newest first, with "mark read" per item and
//! for all at once.

use super::layout::Chrome;
use super::{render, safe_next, see_other, PageResult};
use crate::context::{CsrfForm, Ctx};
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::notifications::{Notification, MAX_LISTED};
use klaster_domain::{DomainError, Id};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/notifications", get(list))
        .route("/notifications/read-all", post(read_all))
        .route("/notifications/{id}/read", post(read_one))
}

/// The notification as a sentence in the reader's language, filled from its parameters. Kinds
/// without a sentence of their own get a generic one (the link still leads to the subject).
pub fn sentence(tr: &Tr, n: &Notification) -> String {
    let p = |k: &str| n.param(k).to_string();
    let (key, names): (&str, &[&str]) = match n.kind.as_str() {
        "profile_interest" if !n.param("org").is_empty() => {
            ("notif-profile-interest-org", &["user", "org", "title"])
        }
        "profile_interest" => ("notif-profile-interest", &["user", "title"]),
        "profile_comment" => ("notif-profile-comment", &["user", "title"]),
        "profile_submitted" => ("notif-profile-submitted", &["title", "org"]),
        "profile_published" => ("notif-profile-published", &["title"]),
        "profile_returned" => ("notif-profile-returned", &["title", "note"]),
        "profile_expired" => ("notif-profile-expired", &["title"]),
        "profile_updated" => ("notif-profile-updated", &["title"]),
        // In auto-accept mode a request is a meeting at once.
        "b2b_request" if !n.param("accepted").is_empty() => {
            ("notif-b2b-booked", &["name", "event"])
        }
        "b2b_request" => ("notif-b2b-request", &["name", "event"]),
        "b2b_accepted" => ("notif-b2b-accepted", &["name", "event"]),
        "b2b_declined" => ("notif-b2b-declined", &["name", "event"]),
        "b2b_cancelled" if !n.param("withdrawn").is_empty() => {
            ("notif-b2b-withdrawn", &["name", "event"])
        }
        "b2b_cancelled" => ("notif-b2b-cancelled", &["name", "event"]),
        "b2b_schedule_published" => ("notif-b2b-schedule-published", &["event"]),
        "b2b_meeting_changed" => ("notif-b2b-meeting-changed", &["partner", "event", "time"]),
        _ => ("notif-generic", &[]),
    };
    let values: Vec<(&str, String)> = names.iter().map(|k| (*k, p(k))).collect();
    let args: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    tr.ta(key, args)
}

struct Item {
    id: Id,
    text: String,
    link: String,
    date: String,
    unread: bool,
}

#[derive(Template)]
#[template(path = "notif_list.html")]
struct ListPage {
    c: Chrome,
    items: Vec<Item>,
    summary: String,
    unread: i64,
}

async fn list(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    let user = ctx.actor.require_user()?;
    let notes = state.repo.notifications(user.id, MAX_LISTED).await?;
    let unread = state.repo.unread_notifications(user.id).await?;
    let tr = &ctx.tr;
    let items = notes
        .iter()
        .map(|n| Item {
            id: n.id,
            text: sentence(tr, n),
            // Only local paths are linked, whatever a sender stored.
            link: safe_next(Some(&n.link)),
            date: tr.datetime(n.created_at),
            unread: n.read_at.is_none(),
        })
        .collect();
    render(&ListPage {
        c: Chrome::new(&ctx, &tr.t("notif-title")),
        items,
        summary: tr.tn("notif-unread-count", unread),
        unread,
    })
}

async fn read_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let user = ctx.actor.require_user()?;
    if !state.repo.mark_notification_read(user.id, id).await? {
        return Err(DomainError::NotFound.into());
    }
    Ok(see_other(&format!("/notifications#n{id}")))
}

async fn read_all(State(state): State<AppState>, ctx: Ctx, CsrfForm(_): CsrfForm) -> PageResult {
    let user = ctx.actor.require_user()?;
    state.repo.mark_all_notifications_read(user.id).await?;
    Ok(see_other("/notifications"))
}

#[cfg(test)]
mod tests {
    use super::sentence;
    use crate::i18n::{Lang, Tr};
    use klaster_domain::notifications::{Notification, KNOWN_KINDS};

    /// Every kind a service sends has its own sentence in every language, with its values in it.
    #[test]
    fn every_known_kind_has_a_sentence() {
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            let generic = tr.t("notif-generic");
            for kind in KNOWN_KINDS {
                let n = Notification {
                    id: 1,
                    user_id: 1,
                    kind: kind.to_string(),
                    link: "/".into(),
                    params: [
                        ("event", "Baltic Meet"),
                        ("title", "Baltic Meet"),
                        ("partner", "Ana"),
                    ]
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
                    created_at: time::OffsetDateTime::UNIX_EPOCH,
                    read_at: None,
                };
                let text = sentence(&tr, &n);
                assert_ne!(text, generic, "{kind} in {}", tr.code());
                assert!(
                    text.contains("Baltic Meet") || text.contains("Ana"),
                    "{kind}: {text}"
                );
            }
        }
    }
}
