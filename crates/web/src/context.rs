//! Per-request context: who is asking (session cookie or API token), in which language, and the
//! CSRF token of their forms. A middleware builds it once per request and sets the cookies it needs.

use crate::auth::{new_token, same_secret, token_hash};
use crate::error::PageError;
use crate::i18n::{Lang, Tr};
use crate::AppState;
use axum::extract::{FromRequest, FromRequestParts, Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, AUTHORIZATION, COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use klaster_domain::{Actor, DomainError};

pub const SESSION_COOKIE: &str = "klaster_session";
pub const CSRF_COOKIE: &str = "klaster_csrf";
pub const LANG_COOKIE: &str = "klaster_lang";
pub const CSRF_FIELD: &str = "_csrf";
pub const CSRF_HEADER: &str = "x-csrf-token";
pub const SESSION_DAYS: i64 = 30;

/// How the request proved who it is.
#[derive(Debug, Clone, PartialEq)]
pub enum AuthMethod {
    None,
    /// The hash of the session token from the cookie.
    Session(String),
    ApiToken,
}

#[derive(Debug, Clone)]
pub struct Ctx {
    pub actor: Actor,
    pub tr: Tr,
    pub auth: AuthMethod,
    /// The CSRF token this client's forms must carry (the cookie's value).
    pub csrf: String,
    /// True when the request already carried that cookie (a POST without it cannot be genuine).
    pub csrf_from_cookie: bool,
    /// Path and query of the request, for the language switcher and redirects back.
    pub path_and_query: String,
    /// The signed-in user's unread notifications, for the page header (0 for API requests and
    /// anonymous visitors).
    pub unread_notifications: i64,
}

impl Ctx {
    pub fn lang(&self) -> &'static str {
        self.tr.code()
    }

    /// Checks a submitted form token against the cookie.
    pub fn check_csrf(&self, submitted: Option<&str>) -> Result<(), DomainError> {
        match submitted {
            Some(s) if self.csrf_from_cookie && same_secret(s, &self.csrf) => Ok(()),
            _ => Err(DomainError::Forbidden),
        }
    }
}

pub fn cookies(headers: &HeaderMap) -> Vec<(String, String)> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| {
            let (k, v) = kv.trim().split_once('=')?;
            Some((k.to_string(), v.to_string()))
        })
        .collect()
}

fn cookie<'a>(all: &'a [(String, String)], name: &str) -> Option<&'a str> {
    all.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

pub fn set_cookie(
    name: &str,
    value: &str,
    max_age_secs: i64,
    http_only: bool,
    secure: bool,
) -> HeaderValue {
    let mut s = format!("{name}={value}; Path=/; SameSite=Lax; Max-Age={max_age_secs}");
    if http_only {
        s.push_str("; HttpOnly");
    }
    if secure {
        s.push_str("; Secure");
    }
    HeaderValue::from_str(&s).expect("cookie values are URL-safe")
}

fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(query?)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

/// Builds the `Ctx`, runs the handler, then adds the cookies and turns error markers into pages.
pub async fn context_middleware(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let headers = req.headers();
    let jar = cookies(headers);
    let query_lang = query_param(req.uri().query(), "lang").and_then(|c| Lang::from_code(&c));
    let lang = query_lang
        .or_else(|| cookie(&jar, LANG_COOKIE).and_then(Lang::from_code))
        .or_else(|| {
            headers
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or(Lang::En);

    let bearer = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_string());
    let session_token = cookie(&jar, SESSION_COOKIE).map(str::to_string);
    let existing_csrf = cookie(&jar, CSRF_COOKIE)
        .filter(|c| c.len() >= 32)
        .map(str::to_string);

    let (actor, auth) =
        match resolve_actor(&state, bearer.as_deref(), session_token.as_deref()).await {
            Ok(found) => found,
            Err(e) if req.uri().path().starts_with("/api/") => {
                return crate::error::ApiError::Domain(e).into_response()
            }
            Err(e) => return PageError(e).into_response(),
        };
    let csrf_from_cookie = existing_csrf.is_some();
    let csrf = existing_csrf.unwrap_or_else(|| new_token(""));
    let path = req.uri().path();
    let unread_notifications = match actor.user_id() {
        Some(u) if !path.starts_with("/api/") && !path.starts_with("/static/") => {
            state.repo.unread_notifications(u).await.unwrap_or(0)
        }
        _ => 0,
    };
    let ctx = Ctx {
        actor,
        unread_notifications,
        tr: Tr::new(lang),
        auth: auth.clone(),
        csrf: csrf.clone(),
        csrf_from_cookie,
        path_and_query: req
            .uri()
            .path_and_query()
            .map(|p| p.to_string())
            .unwrap_or_else(|| "/".into()),
    };
    let stale_session = session_token.is_some() && auth == AuthMethod::None;
    req.extensions_mut().insert(ctx.clone());
    let mut response = next.run(req).await;

    if let Some(marker) = response
        .extensions()
        .get::<crate::error::ErrorMarker>()
        .cloned()
    {
        response = crate::error::render_error_page(&ctx, response.status(), &marker);
    }
    let secure = state.config.secure_cookies;
    let h = response.headers_mut();
    if !csrf_from_cookie {
        h.append(
            SET_COOKIE,
            set_cookie(CSRF_COOKIE, &csrf, SESSION_DAYS * 86400, true, secure),
        );
    }
    if let Some(l) = query_lang {
        h.append(
            SET_COOKIE,
            set_cookie(LANG_COOKIE, l.code(), 365 * 86400, false, secure),
        );
    }
    if stale_session
        && !h
            .get_all(SET_COOKIE)
            .iter()
            .any(|v| v.as_bytes().starts_with(SESSION_COOKIE.as_bytes()))
    {
        h.append(SET_COOKIE, set_cookie(SESSION_COOKIE, "", 0, true, secure));
    }
    response
}

async fn resolve_actor(
    state: &AppState,
    bearer: Option<&str>,
    session: Option<&str>,
) -> Result<(Actor, AuthMethod), DomainError> {
    let repo = &state.repo;
    if let Some(token) = bearer {
        // A wrong token is an error, not a silent anonymous request.
        let user = repo
            .user_by_api_token(&token_hash(token))
            .await?
            .ok_or(DomainError::Unauthenticated)?;
        let memberships = repo.memberships(user.id).await?;
        return Ok((
            Actor {
                user: Some(user),
                memberships,
            },
            AuthMethod::ApiToken,
        ));
    }
    if let Some(token) = session {
        let hash = token_hash(token);
        if let Some(s) = repo.session(&hash).await? {
            if let Some(user) = repo.user(s.user_id).await? {
                let memberships = repo.memberships(user.id).await?;
                return Ok((
                    Actor {
                        user: Some(user),
                        memberships,
                    },
                    AuthMethod::Session(hash),
                ));
            }
        }
    }
    Ok((Actor::anonymous(), AuthMethod::None))
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = PageError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Ctx>().cloned().ok_or_else(|| {
            PageError(DomainError::Internal(
                "the context middleware is not installed".into(),
            ))
        })
    }
}

/// An HTML form body as ordered pairs (repeated keys kept), accepted only with a valid CSRF token.
pub struct CsrfForm(pub FormData);

#[derive(Debug, Clone, Default)]
pub struct FormData(pub Vec<(String, String)>);

impl FormData {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
    pub fn text(&self, key: &str) -> String {
        self.get(key).unwrap_or("").to_string()
    }
    pub fn opt(&self, key: &str) -> Option<String> {
        self.get(key)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
    }
    pub fn all(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .collect()
    }
    pub fn checked(&self, key: &str) -> bool {
        self.get(key)
            .is_some_and(|v| v == "on" || v == "true" || v == "1")
    }
}

impl<S: Send + Sync> FromRequest<S> for CsrfForm {
    type Rejection = PageError;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let ctx = req.extensions().get::<Ctx>().cloned();
        let is_form = req
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(PageError(DomainError::field(
                "form",
                "expected a form (application/x-www-form-urlencoded)",
            )));
        }
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|_| PageError(DomainError::field("form", "the form could not be read")))?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).map_err(|_| {
            PageError(DomainError::field(
                "form",
                "the form is not valid URL-encoded data",
            ))
        })?;
        let data = FormData(pairs);
        let ctx = ctx.ok_or_else(|| PageError(DomainError::Internal("no context".into())))?;
        ctx.check_csrf(data.get(CSRF_FIELD))
            .map_err(|_| PageError(DomainError::Forbidden))?;
        Ok(CsrfForm(data))
    }
}

/// API requests that change something with a session cookie must also send the CSRF header;
/// API tokens are not sent by browsers on their own, so they need none.
pub fn check_api_csrf(ctx: &Ctx, method: &Method, headers: &HeaderMap) -> Result<(), DomainError> {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return Ok(());
    }
    match ctx.auth {
        AuthMethod::Session(_) => {
            ctx.check_csrf(headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok()))
        }
        _ => Ok(()),
    }
}

/// The client's address, for rate limits ("unknown" when the server was not started with
/// connection info, as in some tests).
pub struct ClientIp(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip().to_string())
            .unwrap_or_else(|| "unknown".into());
        Ok(ClientIp(ip))
    }
}
