//! Working groups: topics, members, moderator, discussion and conclusions.

use super::event_common::viewer;
use super::event_common::EventNav;
use super::layout::Chrome;
use super::{render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx};
use crate::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::groups::*;
use klaster_domain::*;
use time::OffsetDateTime;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/groups", get(event_list).post(event_create))
        .route(
            "/organisations/{id}/groups",
            get(forum_list).post(forum_create),
        )
        .route("/groups/{gid}", get(show))
        .route("/groups/{gid}/join", post(join))
        .route("/groups/{gid}/leave", post(leave))
        .route("/groups/{gid}/posts", post(add_post))
        .route("/groups/{gid}/posts/{pid}/delete", post(delete_post))
        .route("/groups/{gid}/conclusions", post(conclusions))
}

pub fn groups(state: &AppState) -> Groups<'_> {
    Groups { repo: &*state.repo }
}

pub struct GroupItem {
    pub id: Id,
    pub title: String,
    pub topic: String,
    pub moderator: String,
    pub members: String,
    pub published: bool,
    pub joined: bool,
}

#[derive(Template)]
#[template(path = "groups.html")]
struct GroupsPage {
    c: Chrome,
    nav: Option<EventNav>,
    heading: String,
    /// The forum's organisation (id, name) when these are a forum's groups.
    forum: Option<(Id, String)>,
    groups: Vec<GroupItem>,
    can_create: bool,
    action: String,
    v: RawGroupInput,
    position: String,
    errors: FieldErrors,
}

fn items(ctx: &Ctx, list: Vec<WorkingGroup>, joined: &[Id]) -> Vec<GroupItem> {
    list.into_iter()
        .map(|g| GroupItem {
            id: g.id,
            joined: joined.contains(&g.id),
            moderator: g.moderator.map(|m| m.name).unwrap_or_default(),
            members: ctx.tr.tn("group-members-count", g.member_count),
            published: g.conclusions_published_at.is_some(),
            title: g.title,
            topic: g.topic,
        })
        .collect()
}

/// The list of an event's or a forum's groups, with the creation form for organisers.
async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    owner: Owner,
    v: RawGroupInput,
    errors: FieldErrors,
) -> PageResult {
    let viewer = viewer(state, ctx).await?;
    let (nav, heading, forum, list, can_create, action) = match owner {
        Owner::Event(id) => {
            let (ev, list) = groups(state).of_event(&viewer, id).await?;
            let nav = EventNav::new(&ctx.tr, &ev, &viewer, "/groups");
            let heading = ctx.tr.t("event-tab-groups");
            (
                Some(nav),
                heading,
                None,
                list,
                viewer.is_organiser(&ev),
                format!("/events/{id}/groups"),
            )
        }
        Owner::Forum(id) => {
            let (org, list) = groups(state).of_forum(&viewer, id).await?;
            let heading = ctx
                .tr
                .ta("groups-forum-title", [("name", org.name.as_str())]);
            (
                None,
                heading,
                Some((org.id, org.name)),
                list,
                forum_organiser(&viewer, id),
                format!("/organisations/{id}/groups"),
            )
        }
    };
    let joined = match viewer.user_id {
        Some(uid) => state.repo.groups_joined(uid).await?,
        None => vec![],
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &GroupsPage {
            c: Chrome::new(ctx, &heading),
            nav,
            heading,
            forum,
            groups: items(ctx, list, &joined),
            can_create,
            action,
            position: v.position.map(|p| p.to_string()).unwrap_or_default(),
            v,
            errors,
        },
    )
}

enum Owner {
    Event(Id),
    Forum(Id),
}

async fn event_list(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    list_page(
        &state,
        &ctx,
        Owner::Event(id),
        Default::default(),
        FieldErrors::new(),
    )
    .await
}

async fn forum_list(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    list_page(
        &state,
        &ctx,
        Owner::Forum(id),
        Default::default(),
        FieldErrors::new(),
    )
    .await
}

fn raw_group(form: &crate::context::FormData) -> Result<RawGroupInput, FieldErrors> {
    let position = match form.opt("position") {
        None => None,
        Some(p) => match p.parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => {
                let mut e = FieldErrors::new();
                e.add("position", "write a whole number here");
                return Err(e);
            }
        },
    };
    Ok(RawGroupInput {
        title: form.text("title"),
        topic: form.text("topic"),
        moderator_email: form.text("moderator_email"),
        position,
    })
}

async fn create(state: AppState, ctx: Ctx, owner: Owner, form: CsrfForm) -> PageResult {
    let raw = match raw_group(&form.0) {
        Ok(r) => r,
        Err(e) => {
            let v = RawGroupInput {
                title: form.0.text("title"),
                topic: form.0.text("topic"),
                moderator_email: form.0.text("moderator_email"),
                position: None,
            };
            return list_page(&state, &ctx, owner, v, e).await;
        }
    };
    let viewer = viewer(&state, &ctx).await?;
    let made = match owner {
        Owner::Event(id) => groups(&state).create_for_event(&viewer, id, &raw).await,
        Owner::Forum(id) => groups(&state).create_for_forum(&viewer, id, &raw).await,
    };
    match made {
        Ok(g) => Ok(see_other(&format!("/groups/{}", g.id))),
        Err(DomainError::Validation(e)) => list_page(&state, &ctx, owner, raw, e).await,
        Err(e) => Err(e.into()),
    }
}

async fn event_create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    form: CsrfForm,
) -> PageResult {
    create(state, ctx, Owner::Event(id), form).await
}

async fn forum_create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    form: CsrfForm,
) -> PageResult {
    create(state, ctx, Owner::Forum(id), form).await
}

pub struct PostItem {
    pub id: Id,
    pub author: String,
    pub when: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "group_show.html")]
struct GroupPage {
    c: Chrome,
    nav: Option<EventNav>,
    /// Where the group's list is, and its label.
    back: (String, String),
    g: WorkingGroup,
    members: Vec<String>,
    members_text: String,
    posts: Vec<PostItem>,
    member: bool,
    can_join: bool,
    can_post: bool,
    can_moderate: bool,
    can_see_conclusions: bool,
    published: String,
    post_body: String,
    conclusions: String,
    errors: FieldErrors,
}

async fn group_page(
    state: &AppState,
    ctx: &Ctx,
    gid: Id,
    post_body: String,
    conclusions: Option<String>,
    errors: FieldErrors,
) -> PageResult {
    let viewer = viewer(state, ctx).await?;
    let a = groups(state).access(&viewer, gid).await?;
    let (nav, back) = match &a.owner {
        GroupOwner::Event(ev) => (
            Some(EventNav::new(&ctx.tr, ev, &viewer, "/groups")),
            (
                format!("/events/{}/groups", ev.id),
                ctx.tr.t("event-tab-groups"),
            ),
        ),
        GroupOwner::Forum(org) => (
            None,
            (
                format!("/organisations/{}/groups", org.id),
                ctx.tr
                    .ta("groups-forum-title", [("name", org.name.as_str())]),
            ),
        ),
    };
    let members: Vec<String> = state
        .repo
        .group_members(gid)
        .await?
        .into_iter()
        .map(|p| p.name)
        .collect();
    let posts = state
        .repo
        .group_posts(gid)
        .await?
        .into_iter()
        .map(|p| PostItem {
            id: p.id,
            author: p
                .author
                .map(|a| a.name)
                .unwrap_or_else(|| ctx.tr.t("group-post-deleted-user")),
            when: ctx.tr.datetime(p.created_at),
            body: p.body,
        })
        .collect();
    let published = a
        .group
        .conclusions_published_at
        .map(|t| {
            ctx.tr.ta(
                "group-conclusions-published-on",
                [("date", ctx.tr.date(t).as_str())],
            )
        })
        .unwrap_or_default();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &GroupPage {
            c: Chrome::new(ctx, &a.group.title),
            nav,
            back,
            members_text: ctx.tr.tn("group-members-count", a.group.member_count),
            members,
            posts,
            member: a.member,
            can_join: a.participant && !a.member,
            can_post: a.can_post(),
            can_moderate: a.can_edit_conclusions(),
            can_see_conclusions: a.can_see_conclusions(),
            published,
            post_body,
            conclusions: conclusions.unwrap_or_else(|| a.group.conclusions.clone()),
            g: a.group,
            errors,
        },
    )
}

async fn show(State(state): State<AppState>, ctx: Ctx, Path(gid): Path<Id>) -> PageResult {
    group_page(&state, &ctx, gid, String::new(), None, FieldErrors::new()).await
}

async fn membership(state: AppState, ctx: Ctx, gid: Id, on: bool) -> PageResult {
    let viewer = viewer(&state, &ctx).await?;
    groups(&state).set_membership(&viewer, gid, on).await?;
    Ok(see_other(&format!("/groups/{gid}")))
}

async fn join(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(gid): Path<Id>,
    _form: CsrfForm,
) -> PageResult {
    membership(state, ctx, gid, true).await
}

async fn leave(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(gid): Path<Id>,
    _form: CsrfForm,
) -> PageResult {
    membership(state, ctx, gid, false).await
}

async fn add_post(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(gid): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = viewer(&state, &ctx).await?;
    let body = form.text("body");
    match groups(&state).post(&viewer, gid, &body).await {
        Ok(p) => Ok(see_other(&format!("/groups/{gid}#post-{}", p.id))),
        Err(DomainError::Validation(e)) => group_page(&state, &ctx, gid, body, None, e).await,
        Err(e) => Err(e.into()),
    }
}

async fn delete_post(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((gid, pid)): Path<(Id, Id)>,
    _form: CsrfForm,
) -> PageResult {
    let viewer = viewer(&state, &ctx).await?;
    groups(&state).delete_post(&viewer, gid, pid).await?;
    Ok(see_other(&format!("/groups/{gid}")))
}

/// Saves the conclusions; the button pressed says whether to publish, keep or withdraw them.
async fn conclusions(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(gid): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = viewer(&state, &ctx).await?;
    let text = form.text("conclusions");
    let published = groups(&state)
        .access(&viewer, gid)
        .await?
        .group
        .conclusions_published_at
        .is_some();
    let publish = match form.get("action") {
        Some("publish") => true,
        Some("unpublish") => false,
        _ => published,
    };
    match groups(&state)
        .set_conclusions(&viewer, gid, &text, publish, OffsetDateTime::now_utc())
        .await
    {
        Ok(_) => Ok(see_other(&format!("/groups/{gid}#conclusions"))),
        Err(DomainError::Validation(e)) => {
            group_page(&state, &ctx, gid, String::new(), Some(text), e).await
        }
        Err(e) => Err(e.into()),
    }
}
