//! An event's agenda: days, sessions in rooms, speakers and materials.

use super::event_common::viewer;
use super::event_common::{clock, load, load_as_organiser, local_date, EventNav};
use super::layout::Chrome;
use super::{render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx, CSRF_FIELD};
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::multipart::MultipartError;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::agenda::{Agenda, RawSessionInput, Session, MAX_MATERIAL_BYTES};
use klaster_domain::events::{local_input, local_time, Event};
use klaster_domain::{DomainError, FieldErrors, Id};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/agenda", get(agenda).post(add_session))
        .route(
            "/events/{id}/agenda/{sid}",
            get(edit_form).post(update_session),
        )
        .route("/events/{id}/agenda/{sid}/delete", post(delete_session))
        .route("/events/{id}/agenda/{sid}/speakers", post(add_speaker))
        .route(
            "/events/{id}/agenda/{sid}/speakers/{spid}/delete",
            post(remove_speaker),
        )
        .route(
            "/events/{id}/agenda/{sid}/materials",
            // The form's own fields come on top of the largest file.
            post(upload).layer(DefaultBodyLimit::max(MAX_MATERIAL_BYTES + 64 * 1024)),
        )
        .route(
            "/events/{id}/agenda/{sid}/materials/{mid}/delete",
            post(delete_material),
        )
        .route("/events/{id}/materials/{mid}", get(download))
}

fn agenda_service(state: &AppState) -> Agenda<'_> {
    Agenda { repo: &*state.repo }
}

/// "1.5 MB", "320 kB", "12 B" with the page's decimal sign.
pub fn size_text(tr: &Tr, bytes: i64) -> String {
    match bytes {
        b if b >= 1024 * 1024 => format!("{} MB", tr.dec(b as f64 / (1024.0 * 1024.0), 1)),
        b if b >= 1024 => format!("{} kB", tr.num((b + 512) / 1024)),
        b => format!("{} B", tr.num(b)),
    }
}

pub struct SpeakerView {
    pub id: Id,
    pub name: String,
    pub role: Option<String>,
    pub org_id: Option<Id>,
    pub org_name: Option<String>,
}

pub struct MaterialView {
    pub id: Id,
    pub filename: String,
    pub size: String,
}

pub struct SessionView {
    pub id: Id,
    pub title: String,
    pub description: String,
    pub room: Option<String>,
    pub time: String,
    pub speakers: Vec<SpeakerView>,
    pub materials: Vec<MaterialView>,
}

/// Sessions that start together: side by side as tracks when there are several.
pub struct Slot {
    pub time: String,
    pub sessions: Vec<SessionView>,
}

pub struct Day {
    pub label: String,
    pub slots: Vec<Slot>,
}

fn session_view(tr: &Tr, ev: &Event, s: &Session) -> SessionView {
    SessionView {
        id: s.id,
        title: s.title.clone(),
        description: s.description.clone(),
        room: s.room.clone(),
        time: format!(
            "{}–{}",
            clock(s.starts_at, &ev.timezone),
            clock(s.ends_at, &ev.timezone)
        ),
        speakers: s
            .speakers
            .iter()
            .map(|sp| SpeakerView {
                id: sp.id,
                name: sp.name.clone(),
                role: sp.role.clone(),
                org_id: sp.org_id,
                org_name: sp.org_name.clone(),
            })
            .collect(),
        materials: s
            .materials
            .iter()
            .map(|m| MaterialView {
                id: m.id,
                filename: m.filename.clone(),
                size: size_text(tr, m.size),
            })
            .collect(),
    }
}

/// Groups sessions (already in time order) by local day, then by start time.
pub fn days(tr: &Tr, ev: &Event, sessions: &[Session]) -> Vec<Day> {
    let mut days: Vec<Day> = Vec::new();
    let mut last_day = None;
    let mut last_start = None;
    for s in sessions {
        let day = local_time(s.starts_at, &ev.timezone).date();
        if last_day != Some(day) {
            days.push(Day {
                label: local_date(tr, s.starts_at, &ev.timezone),
                slots: Vec::new(),
            });
            last_day = Some(day);
            last_start = None;
        }
        let view = session_view(tr, ev, s);
        let Some(d) = days.last_mut() else { continue };
        match d.slots.last_mut() {
            Some(slot) if last_start == Some(s.starts_at) => slot.sessions.push(view),
            _ => d.slots.push(Slot {
                time: clock(s.starts_at, &ev.timezone),
                sessions: vec![view],
            }),
        }
        last_start = Some(s.starts_at);
    }
    days
}

#[derive(Template)]
#[template(path = "agenda.html")]
struct AgendaPage {
    c: Chrome,
    nav: EventNav,
    days: Vec<Day>,
    /// Problems with the last submitted form, already translated.
    problems: Vec<String>,
    new: RawSessionInput,
    errors: FieldErrors,
}

async fn agenda_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    new: Option<RawSessionInput>,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let (ev, viewer) = load(state, ctx, id).await?;
    let sessions = agenda_service(state).list(&viewer, id).await?;
    let new = new.unwrap_or_else(|| RawSessionInput {
        starts: local_input(ev.starts_at, &ev.timezone),
        ends: local_input(ev.starts_at + time::Duration::hours(1), &ev.timezone),
        ..Default::default()
    });
    let problems = errors
        .fields
        .iter()
        .map(|f| {
            format!(
                "{}: {}",
                tr.t(&format!("agenda-field-{}", f.field.replace('_', "-"))),
                tr.msg(&f.message)
            )
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &AgendaPage {
            c: Chrome::new(ctx, &format!("{} · {}", tr.t("event-tab-agenda"), ev.title)),
            nav: EventNav::new(tr, &ev, &viewer, "/agenda"),
            days: days(tr, &ev, &sessions),
            problems,
            new,
            errors,
        },
    )
}

pub async fn agenda(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    agenda_page(&state, &ctx, id, None, FieldErrors::new()).await
}

fn raw_session(form: &crate::context::FormData) -> RawSessionInput {
    RawSessionInput {
        title: form.text("title"),
        description: form.text("description"),
        room: form.opt("room"),
        starts: form.text("starts"),
        ends: form.text("ends"),
    }
}

pub async fn add_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let v = viewer(&state, &ctx).await?;
    let raw = raw_session(&form);
    match agenda_service(&state).create_session(&v, id, &raw).await {
        Ok(s) => Ok(see_other(&format!("/events/{id}/agenda#session-{}", s.id))),
        Err(DomainError::Validation(e)) => agenda_page(&state, &ctx, id, Some(raw), e).await,
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "agenda_session.html")]
struct SessionForm {
    c: Chrome,
    nav: EventNav,
    session_id: Id,
    v: RawSessionInput,
    errors: FieldErrors,
}

async fn session_form(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    sid: Id,
    raw: Option<RawSessionInput>,
    errors: FieldErrors,
) -> PageResult {
    let (ev, viewer) = load_as_organiser(state, ctx, id).await?;
    let s = match state.repo.agenda_session(sid).await? {
        Some(s) if s.event_id == id => s,
        _ => return Err(DomainError::NotFound.into()),
    };
    let v = raw.unwrap_or_else(|| RawSessionInput {
        title: s.title.clone(),
        description: s.description.clone(),
        room: s.room.clone(),
        starts: local_input(s.starts_at, &ev.timezone),
        ends: local_input(s.ends_at, &ev.timezone),
    });
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &SessionForm {
            c: Chrome::new(ctx, &s.title),
            nav: EventNav::new(&ctx.tr, &ev, &viewer, "/agenda"),
            session_id: sid,
            v,
            errors,
        },
    )
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
) -> PageResult {
    session_form(&state, &ctx, id, sid, None, FieldErrors::new()).await
}

pub async fn update_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let v = viewer(&state, &ctx).await?;
    let raw = raw_session(&form);
    match agenda_service(&state)
        .update_session(&v, id, sid, &raw)
        .await
    {
        Ok(_) => Ok(see_other(&format!("/events/{id}/agenda#session-{sid}"))),
        Err(DomainError::Validation(e)) => session_form(&state, &ctx, id, sid, Some(raw), e).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn delete_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let v = viewer(&state, &ctx).await?;
    agenda_service(&state).delete_session(&v, id, sid).await?;
    Ok(see_other(&format!("/events/{id}/agenda")))
}

pub async fn add_speaker(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let v = viewer(&state, &ctx).await?;
    let org_id = form.opt("org_id");
    match agenda_service(&state)
        .add_speaker(
            &v,
            id,
            sid,
            &form.text("name"),
            form.opt("role"),
            org_id.as_deref(),
        )
        .await
    {
        Ok(_) => Ok(see_other(&format!("/events/{id}/agenda#session-{sid}"))),
        Err(DomainError::Validation(e)) => agenda_page(&state, &ctx, id, None, e).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn remove_speaker(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid, spid)): Path<(Id, Id, Id)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let v = viewer(&state, &ctx).await?;
    agenda_service(&state)
        .remove_speaker(&v, id, sid, spid)
        .await?;
    Ok(see_other(&format!("/events/{id}/agenda#session-{sid}")))
}

/// A multipart upload: the CSRF field is checked by hand (the form cannot be URL-encoded).
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid)): Path<(Id, Id)>,
    mut multipart: Multipart,
) -> PageResult {
    // Beyond the body limit the stream stops with 413; anything else is a broken upload.
    let unreadable = |e: MultipartError| {
        let msg = if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            "must be at most 10 MB"
        } else {
            "the upload could not be read"
        };
        DomainError::field("file", msg)
    };
    let mut csrf: Option<String> = None;
    let mut file: Option<(String, Vec<u8>)> = None;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return upload_failed(&state, &ctx, id, unreadable(e)).await,
        };
        match field.name() {
            Some(CSRF_FIELD) => csrf = field.text().await.ok(),
            Some("file") => {
                let name = field.file_name().unwrap_or("").to_string();
                match field.bytes().await {
                    Ok(bytes) => file = Some((name, bytes.to_vec())),
                    Err(e) => return upload_failed(&state, &ctx, id, unreadable(e)).await,
                }
            }
            _ => {}
        }
    }
    ctx.check_csrf(csrf.as_deref())?;
    let v = viewer(&state, &ctx).await?;
    let Some((name, data)) = file.filter(|(n, _)| !n.is_empty()) else {
        // Still only organisers learn that the file was missing.
        load_as_organiser(&state, &ctx, id).await?;
        let e = DomainError::field("file", "choose a file to upload");
        return upload_failed(&state, &ctx, id, e).await;
    };
    match agenda_service(&state)
        .upload(&v, id, sid, &name, data)
        .await
    {
        Ok(m) => Ok(see_other(&format!("/events/{id}/agenda#material-{}", m.id))),
        Err(e) => upload_failed(&state, &ctx, id, e).await,
    }
}

async fn upload_failed(state: &AppState, ctx: &Ctx, id: Id, e: DomainError) -> PageResult {
    match e {
        DomainError::Validation(f) => agenda_page(state, ctx, id, None, f).await,
        e => Err(e.into()),
    }
}

pub async fn delete_material(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sid, mid)): Path<(Id, Id, Id)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let v = viewer(&state, &ctx).await?;
    agenda_service(&state)
        .delete_material(&v, id, sid, mid)
        .await?;
    Ok(see_other(&format!("/events/{id}/agenda#session-{sid}")))
}

pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, mid)): Path<(Id, Id)>,
) -> PageResult {
    let v = viewer(&state, &ctx).await?;
    let (m, data) = agenda_service(&state).download(&v, id, mid).await?;
    Ok(material_response(&m, data))
}

/// A material as a download: its stored type, as an attachment, never cached by others.
pub(crate) fn material_response(m: &klaster_domain::agenda::Material, data: Vec<u8>) -> Response {
    super::files::attachment(&m.content_type, &m.filename, data)
}
