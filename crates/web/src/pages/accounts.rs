//! Registering, logging in and out, the account page (password, API tokens) and invitations.

use super::layout::Chrome;
use super::{render, render_status, safe_next, see_other, PageResult};
use crate::auth::{burn_password_check, hash_password, new_token, token_hash, verify_password};
use crate::context::{
    set_cookie, AuthMethod, ClientIp, CsrfForm, Ctx, SESSION_COOKIE, SESSION_DAYS,
};
use crate::error::PageError;
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::StatusCode;
use axum::response::Response;
use klaster_domain::*;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage {
    c: Chrome,
    email: String,
    name: String,
    next: String,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    c: Chrome,
    email: String,
    next: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
    email: Option<String>,
}

pub async fn register_form(ctx: Ctx, Query(q): Query<NextQuery>) -> PageResult {
    render(&RegisterPage {
        c: Chrome::new(&ctx, &ctx.tr.t("register-title")),
        email: q.email.unwrap_or_default(),
        name: String::new(),
        next: safe_next(q.next.as_deref()),
        errors: FieldErrors::new(),
    })
}

/// Starts a server-side session and returns its cookie.
async fn start_session(
    state: &AppState,
    user_id: Id,
) -> Result<axum::http::HeaderValue, DomainError> {
    let token = new_token("");
    let expires = time::OffsetDateTime::now_utc() + time::Duration::days(SESSION_DAYS);
    state
        .repo
        .create_session(&token_hash(&token), user_id, expires)
        .await?;
    Ok(set_cookie(
        SESSION_COOKIE,
        &token,
        SESSION_DAYS * 86400,
        true,
        state.config.secure_cookies,
    ))
}

fn with_cookie(mut r: Response, cookie: axum::http::HeaderValue) -> Response {
    r.headers_mut().append(SET_COOKIE, cookie);
    r
}

pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    if !state.registrations.hit(&ip.clone()) {
        return Err(PageError(DomainError::RateLimited));
    }
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(&form.text("email")));
    let name = form.text("display_name").trim().to_string();
    if name.is_empty() {
        errors.add("display_name", "must not be empty");
    } else if name.chars().count() > 100 {
        errors.add("display_name", "must be at most 100 characters long");
    }
    let password = errors.check("password", NewPassword::parse(&form.text("password")));
    if form.get("password") != form.get("password_confirm") {
        errors.add("password_confirm", "does not match the password");
    }
    let next = safe_next(form.get("next"));
    let user = match (email, password, errors.is_empty()) {
        (Some(email), Some(password), true) => {
            let hash = hash_password(password.expose())?;
            match state.repo.create_user(&email, &name, &hash, false).await {
                Ok(u) => Some(u),
                Err(DomainError::Validation(e)) => {
                    errors = e;
                    None
                }
                Err(e) => return Err(e.into()),
            }
        }
        _ => None,
    };
    let Some(user) = user else {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &RegisterPage {
                c: Chrome::new(&ctx, &ctx.tr.t("register-title")),
                email: form.text("email"),
                name,
                next,
                errors,
            },
        );
    };
    state
        .repo
        .audit(Some(user.id), "user.register", &format!("user:{}", user.id))
        .await?;
    let cookie = start_session(&state, user.id).await?;
    Ok(with_cookie(see_other(&next), cookie))
}

pub async fn login_form(ctx: Ctx, Query(q): Query<NextQuery>) -> PageResult {
    render(&LoginPage {
        c: Chrome::new(&ctx, &ctx.tr.t("login-title")),
        email: q.email.unwrap_or_default(),
        next: safe_next(q.next.as_deref()),
        error: None,
    })
}

pub async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let email_raw = form.text("email");
    let next = safe_next(form.get("next"));
    let fail = |status: StatusCode, key: &str| {
        render_status(
            status,
            &LoginPage {
                c: Chrome::new(&ctx, &ctx.tr.t("login-title")),
                email: email_raw.clone(),
                next: next.clone(),
                error: Some(ctx.tr.t(key)),
            },
        )
    };
    let email_key = format!("email:{}", email_raw.trim().to_lowercase());
    if !state.login_by_ip.hit(&ip.clone()) || state.login_failures.is_limited(&email_key) {
        return fail(StatusCode::TOO_MANY_REQUESTS, "error-rate-limited");
    }
    let password = form.text("password");
    let found = match Email::parse(&email_raw) {
        Ok(email) => state.repo.user_with_hash(&email).await?,
        Err(_) => None,
    };
    let user = match found {
        Some((user, hash)) if verify_password(&password, &hash) => user,
        Some(_) => {
            state.login_failures.hit(&email_key);
            return fail(StatusCode::UNAUTHORIZED, "login-failed");
        }
        None => {
            burn_password_check(&password);
            state.login_failures.hit(&email_key);
            return fail(StatusCode::UNAUTHORIZED, "login-failed");
        }
    };
    state.login_failures.clear(&email_key);
    let cookie = start_session(&state, user.id).await?;
    Ok(with_cookie(see_other(&next), cookie))
}

pub async fn logout(State(state): State<AppState>, ctx: Ctx, CsrfForm(_): CsrfForm) -> PageResult {
    if let AuthMethod::Session(hash) = &ctx.auth {
        state.repo.delete_session(hash).await?;
    }
    Ok(with_cookie(
        see_other("/"),
        set_cookie(SESSION_COOKIE, "", 0, true, state.config.secure_cookies),
    ))
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    c: Chrome,
    user: User,
    tokens: Vec<ApiToken>,
    new_token: Option<String>,
    errors: FieldErrors,
    notice: Option<String>,
    /// The private address of the person's calendar of registered events.
    calendar_feed: String,
}

async fn account_page(
    state: &AppState,
    ctx: &Ctx,
    new_token: Option<String>,
    errors: FieldErrors,
    notice: Option<String>,
) -> PageResult {
    let user = ctx.actor.require_user()?.clone();
    let tokens = state.repo.api_tokens(user.id).await?;
    let calendar_feed = super::calendar::feed_path(state, ctx, user.id).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &AccountPage {
            c: Chrome::new(ctx, &ctx.tr.t("account-title")),
            user,
            tokens,
            new_token,
            errors,
            notice,
            calendar_feed,
        },
    )
}

pub async fn account(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    account_page(&state, &ctx, None, FieldErrors::new(), None).await
}

pub async fn change_password(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let user = ctx.actor.require_user()?.clone();
    let mut errors = FieldErrors::new();
    let current = state.repo.password_hash(user.id).await?;
    if !verify_password(&form.text("current_password"), &current) {
        errors.add("current_password", "is not your current password");
    }
    let new = errors.check(
        "new_password",
        NewPassword::parse(&form.text("new_password")),
    );
    if form.get("new_password") != form.get("new_password_confirm") {
        errors.add("new_password_confirm", "does not match the new password");
    }
    match new {
        Some(new) if errors.is_empty() => {
            state
                .repo
                .set_password_hash(user.id, &hash_password(new.expose())?)
                .await?;
            // Other browsers logged in as this user are logged out.
            if let AuthMethod::Session(hash) = &ctx.auth {
                state.repo.delete_other_sessions(user.id, hash).await?;
            }
            state
                .repo
                .audit(Some(user.id), "user.password", &format!("user:{}", user.id))
                .await?;
            account_page(
                &state,
                &ctx,
                None,
                errors,
                Some(ctx.tr.t("password-changed")),
            )
            .await
        }
        _ => account_page(&state, &ctx, None, errors, None).await,
    }
}

pub async fn create_token(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let user = ctx.actor.require_user()?.clone();
    let name = form.text("name").trim().to_string();
    if name.is_empty() || name.chars().count() > 80 {
        let mut errors = FieldErrors::new();
        errors.add("name", "must be 1 to 80 characters long");
        return account_page(&state, &ctx, None, errors, None).await;
    }
    let token = new_token("kls_");
    state
        .repo
        .create_api_token(user.id, &name, &token_hash(&token))
        .await?;
    state
        .repo
        .audit(Some(user.id), "token.create", &format!("user:{}", user.id))
        .await?;
    account_page(&state, &ctx, Some(token), FieldErrors::new(), None).await
}

pub async fn delete_token(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let user = ctx.actor.require_user()?;
    if !state.repo.delete_api_token(user.id, id).await? {
        return Err(DomainError::NotFound.into());
    }
    Ok(see_other("/account"))
}

#[derive(Template)]
#[template(path = "invitation.html")]
struct InvitationPage {
    c: Chrome,
    invitation: Invitation,
    token: String,
    /// The logged-in user's e-mail differs from the invited one.
    wrong_user: bool,
}

async fn find_invitation(state: &AppState, token: &str) -> Result<Invitation, DomainError> {
    let inv = state
        .repo
        .invitation_by_token(&token_hash(token))
        .await?
        .ok_or(DomainError::NotFound)?;
    if inv.accepted_at.is_some() {
        return Err(DomainError::Conflict(
            "the invitation was already used".into(),
        ));
    }
    Ok(inv)
}

pub async fn invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> PageResult {
    let invitation = find_invitation(&state, &token).await?;
    let wrong_user = ctx
        .actor
        .user
        .as_ref()
        .is_some_and(|u| u.email != invitation.email);
    render(&InvitationPage {
        c: Chrome::new(&ctx, &ctx.tr.t("invitation-title")),
        invitation,
        token,
        wrong_user,
    })
}

pub async fn accept_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let user = ctx.actor.require_user()?;
    let inv = find_invitation(&state, &token).await?;
    // The link is a secret, and it is also bound to the address it was sent to.
    if user.email != inv.email {
        return Err(DomainError::Forbidden.into());
    }
    state.repo.accept_invitation(inv.id, user.id).await?;
    state
        .repo
        .audit(
            Some(user.id),
            "invitation.accept",
            &format!("organisation:{}", inv.organisation_id),
        )
        .await?;
    Ok(see_other(&format!(
        "/organisations/{}",
        inv.organisation_id
    )))
}
