//! Pages: following, commenting on and expressing interest in cooperation profiles (issue 5).
//! The section is rendered into the profile's page by the marketplace; its forms post here and
//! come back to the page they were sent from. A refused form is shown again on the section's own
//! page (`/marketplace/{id}/engagement`) with the message next to the field.

use super::layout::Chrome;
use super::{render, render_status, safe_next, see_other, PageResult};
use crate::context::{CsrfForm, Ctx, FormData};
use crate::error::PageError;
use crate::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::engagement::{is_owner_side, Engagement, FollowedProfile};
use klaster_domain::marketplace::{profile_owners, CooperationProfile, ProfileStatus};
use klaster_domain::{DomainError, FieldErrors, Id};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/marketplace/following", get(following))
        .route("/marketplace/{id}/engagement", get(page))
        .route("/marketplace/{id}/follow", post(follow))
        .route("/marketplace/{id}/unfollow", post(unfollow))
        .route("/marketplace/{id}/comments", post(add_comment))
        .route(
            "/marketplace/{id}/comments/{cid}/delete",
            post(delete_comment),
        )
        .route("/marketplace/{id}/interest", post(interest))
}

pub fn engagement(state: &AppState) -> Engagement<'_> {
    Engagement { repo: &*state.repo }
}

/// What a refused form had in it, to show it again with the messages.
#[derive(Default)]
struct Draft {
    comment: String,
    message: String,
    org_id: Option<Id>,
    errors: FieldErrors,
}

pub struct CommentView {
    pub id: Id,
    pub author: String,
    pub date: String,
    pub lines: Vec<String>,
    pub can_delete: bool,
}

pub struct InterestView {
    pub user: String,
    pub org: String,
    pub date: String,
    pub lines: Vec<String>,
}

pub struct OrgChoice {
    pub id: Id,
    pub name: String,
    pub selected: bool,
}

/// The section's data, shared by the fragment and its own page.
pub struct SectionData {
    pub id: Id,
    pub signed_in: bool,
    pub login_href: String,
    pub published: bool,
    pub followers: String,
    pub following: bool,
    pub comments: Vec<CommentView>,
    pub comments_label: String,
    pub comment: String,
    pub owner_side: bool,
    pub my_interest: String,
    pub my_message: Vec<String>,
    pub orgs: Vec<OrgChoice>,
    pub message: String,
    pub sees_all: bool,
    pub interests: Vec<InterestView>,
    pub interests_label: String,
    pub errors: FieldErrors,
    /// Where the forms come back to.
    pub back: String,
}

#[derive(Template)]
#[template(path = "engage_section.html")]
struct Section {
    c: Chrome,
    s: SectionData,
}

#[derive(Template)]
#[template(path = "engage_page.html")]
struct SectionPage {
    c: Chrome,
    title: String,
    s: SectionData,
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_string).collect()
}

async fn section_data(
    state: &AppState,
    ctx: &Ctx,
    p: &CooperationProfile,
    draft: Draft,
    back: String,
) -> Result<SectionData, PageError> {
    let tr = &ctx.tr;
    let svc = engagement(state);
    let actor = &ctx.actor;
    let signed_in = actor.user.is_some();
    let owners = if signed_in {
        profile_owners(&*state.repo, p).await?
    } else {
        Vec::new()
    };
    let comments = state.repo.comments(p.id).await?;
    let sees_all = signed_in && Engagement::sees_all_interests(actor, p);
    let interests = if sees_all {
        state.repo.interests(p.id).await?
    } else {
        Vec::new()
    };
    let mine = svc.interest_of(actor, p.id).await?;
    let login_href = format!(
        "/login?{}",
        serde_urlencoded::to_string([("next", ctx.path_and_query.as_str())]).unwrap_or_default()
    );
    Ok(SectionData {
        id: p.id,
        signed_in,
        login_href,
        published: p.status == ProfileStatus::Published,
        followers: tr.tn("engage-followers", svc.follower_count(p.id).await?),
        following: svc.follows(actor, p.id).await?,
        comments_label: tr.tn("engage-comments-count", comments.len() as i64),
        comments: comments
            .iter()
            .map(|c| CommentView {
                id: c.id,
                author: if c.user_name.is_empty() {
                    tr.t("engage-deleted-user")
                } else {
                    c.user_name.clone()
                },
                date: tr.date(c.created_at),
                lines: lines(&c.body),
                can_delete: Engagement::may_delete_comment(actor, &owners, c),
            })
            .collect(),
        comment: draft.comment,
        owner_side: is_owner_side(actor, p),
        my_interest: mine
            .as_ref()
            .map(|i| {
                tr.ta(
                    "engage-interest-done",
                    [("date", tr.date(i.created_at).as_str())],
                )
            })
            .unwrap_or_default(),
        my_message: mine.as_ref().map(|i| lines(&i.message)).unwrap_or_default(),
        orgs: actor
            .memberships
            .iter()
            .map(|m| OrgChoice {
                id: m.organisation_id,
                name: m.organisation_name.clone(),
                selected: draft.org_id == Some(m.organisation_id),
            })
            .collect(),
        message: draft.message,
        sees_all,
        interests_label: tr.tn("engage-interests-count", interests.len() as i64),
        interests: interests
            .iter()
            .map(|i| InterestView {
                user: i.user_name.clone(),
                org: i
                    .org_name
                    .as_deref()
                    .map(|o| tr.ta("engage-interest-from-org", [("org", o)]))
                    .unwrap_or_default(),
                date: tr.date(i.created_at),
                lines: lines(&i.message),
            })
            .collect(),
        errors: draft.errors,
        back,
    })
}

/// The follow / comment / interest section of a profile's page, rendered for this viewer
/// (the marketplace page includes it as HTML).
pub async fn section(
    state: &AppState,
    ctx: &Ctx,
    profile: &CooperationProfile,
) -> Result<String, PageError> {
    let s = section_data(
        state,
        ctx,
        profile,
        Draft::default(),
        ctx.path_and_query.clone(),
    )
    .await?;
    Section {
        c: Chrome::new(ctx, ""),
        s,
    }
    .render()
    .map_err(|e| PageError(DomainError::Internal(format!("template: {e}"))))
}

fn title_of(ctx: &Ctx, p: &CooperationProfile) -> String {
    p.text(ctx.lang())
        .map(|t| t.title.clone())
        .unwrap_or_default()
}

async fn section_page(
    state: &AppState,
    ctx: &Ctx,
    p: &CooperationProfile,
    draft: Draft,
    status: StatusCode,
) -> PageResult {
    let title = title_of(ctx, p);
    let back = format!("/marketplace/{}/engagement", p.id);
    let s = section_data(state, ctx, p, draft, back).await?;
    let page = SectionPage {
        c: Chrome::new(
            ctx,
            &ctx.tr.ta("engage-page-title", [("title", title.as_str())]),
        ),
        title,
        s,
    };
    render_status(status, &page)
}

/// The section on a page of its own: where refused forms are shown again.
async fn page(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let p = engagement(&state).visible(&ctx.actor, id).await?;
    section_page(&state, &ctx, &p, Draft::default(), StatusCode::OK).await
}

/// Back to the page the form was on (a marketplace page), at the part that changed.
fn back_to(form: &FormData, id: Id, anchor: &str) -> String {
    let back = form
        .get("back")
        .filter(|b| b.starts_with("/marketplace/"))
        .map(|b| safe_next(Some(b)))
        .unwrap_or_else(|| format!("/marketplace/{id}"));
    let back = back.split('#').next().unwrap_or_default().to_string();
    if anchor.is_empty() {
        back
    } else {
        format!("{back}#{anchor}")
    }
}

async fn follow(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    engagement(&state).follow(&ctx.actor, id).await?;
    Ok(see_other(&back_to(&form, id, "follow")))
}

async fn unfollow(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    engagement(&state).unfollow(&ctx.actor, id).await?;
    Ok(see_other(&back_to(&form, id, "follow")))
}

async fn add_comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let svc = engagement(&state);
    let body = form.text("body");
    match svc.add_comment(&ctx.actor, id, &body).await {
        Ok(c) => Ok(see_other(&back_to(&form, id, &format!("comment-{}", c.id)))),
        Err(DomainError::Validation(errors)) => {
            let p = svc.visible(&ctx.actor, id).await?;
            let draft = Draft {
                comment: body,
                errors,
                ..Draft::default()
            };
            section_page(&state, &ctx, &p, draft, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn delete_comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, cid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    engagement(&state)
        .delete_comment(&ctx.actor, id, cid)
        .await?;
    Ok(see_other(&back_to(&form, id, "comments")))
}

async fn interest(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let svc = engagement(&state);
    let message = form.text("message");
    // An unreadable choice is no organisation of theirs: the domain names the field.
    let org_id = form.opt("org_id").map(|o| o.parse::<Id>().unwrap_or(0));
    match svc.express_interest(&ctx.actor, id, org_id, &message).await {
        Ok(_) => Ok(see_other(&back_to(&form, id, "interest"))),
        Err(DomainError::Validation(errors)) => {
            let p = svc.visible(&ctx.actor, id).await?;
            let draft = Draft {
                message,
                org_id,
                errors,
                ..Draft::default()
            };
            section_page(&state, &ctx, &p, draft, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

pub struct FollowedView {
    pub id: Id,
    pub title: String,
    pub org_id: Id,
    pub org_name: String,
    pub inactive: bool,
}

#[derive(Template)]
#[template(path = "engage_following.html")]
struct FollowingPage {
    c: Chrome,
    profiles: Vec<FollowedView>,
    summary: String,
}

/// The profiles the signed-in user follows.
async fn following(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    let list: Vec<FollowedProfile> = engagement(&state).following(&ctx.actor, ctx.lang()).await?;
    let tr = &ctx.tr;
    render(&FollowingPage {
        c: Chrome::new(&ctx, &tr.t("engage-following-title")),
        summary: tr.tn("engage-following-count", list.len() as i64),
        profiles: list
            .into_iter()
            .map(|f| FollowedView {
                id: f.profile_id,
                title: f.title,
                org_id: f.org_id,
                org_name: f.org_name,
                inactive: f.status != ProfileStatus::Published,
            })
            .collect(),
    })
}
