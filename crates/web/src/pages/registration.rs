//! Registration: the form with the organiser's fields, waiting list, approval, cancellation, participant lists and exports.

use super::event_common::{load, load_as_organiser, EventNav};
use super::layout::Chrome;
use super::{render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx, FormData};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::events::Event;
use klaster_domain::registration::*;
use klaster_domain::{DomainError, FieldErrors, Id};
use std::collections::BTreeMap;
use time::OffsetDateTime;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/registration", get(show).post(register))
        .route("/events/{id}/registration/cancel", post(cancel))
        .route(
            "/events/{id}/registration/fields",
            get(fields_page).post(add_field),
        )
        .route(
            "/events/{id}/registration/fields/{field}",
            post(update_field),
        )
        .route(
            "/events/{id}/registration/fields/{field}/delete",
            post(delete_field),
        )
        .route("/events/{id}/participants", get(participants))
        .route("/events/{id}/participants.csv", get(participants_csv))
        .route("/events/{id}/participants/{rid}/{action}", post(decide))
}

fn service(state: &AppState) -> Registrations<'_> {
    Registrations { repo: &*state.repo }
}

pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub fn status_label(tr: &Tr, s: RegistrationStatus) -> String {
    tr.t(&format!("reg-status-{}", s.code()))
}

fn attendance_label(tr: &Tr, a: Attendance) -> String {
    tr.t(&format!("reg-attendance-{}", a.code()))
}

fn visibility_label(tr: &Tr, v: ParticipantVisibility) -> String {
    tr.t(&format!("reg-visibility-{}", v.code()))
}

/// One of the organiser's fields in the registration form.
pub struct FieldView {
    pub name: String,
    pub label: String,
    pub kind: &'static str,
    pub required: bool,
    pub value: String,
    pub options: Vec<Opt>,
    pub error: Option<String>,
}

pub struct Participant {
    pub name: String,
    pub org: String,
}

#[derive(Template)]
#[template(path = "registration.html")]
struct RegistrationPage {
    c: Chrome,
    nav: EventNav,
    login_href: Option<String>,
    open: bool,
    mine: Option<Registration>,
    /// The person has a pending, confirmed or waitlisted registration.
    active: bool,
    mine_status: String,
    mine_position: Option<String>,
    mine_attendance: String,
    attendances: Vec<Opt>,
    orgs: Vec<Opt>,
    visibilities: Vec<Opt>,
    fields: Vec<FieldView>,
    errors: FieldErrors,
    /// The error list above the form: (field, translated message).
    summary: Vec<(String, String)>,
    problem: Option<String>,
    participants: Vec<Participant>,
    participants_count: String,
    calendar_href: String,
}

/// What the form shows: the submitted values after an error, else the current registration.
struct FormValues {
    attendance: String,
    org_id: Option<Id>,
    visibility: String,
    answers: BTreeMap<Id, String>,
}

fn raw_from_form(form: &FormData, fields: &[RegistrationField]) -> RawRegistration {
    RawRegistration {
        attendance: form.text("attendance"),
        org_id: form.opt("org_id").and_then(|o| o.parse().ok()),
        visibility: form.text("visibility"),
        answers: fields
            .iter()
            .filter_map(|f| form.get(&answer_field(f.id)).map(|v| (f.id, v.to_string())))
            .collect(),
    }
}

/// "Diet: must not be empty" with the part after the label translated.
fn answer_error(tr: &Tr, label: &str, message: &str) -> String {
    match message
        .strip_prefix(label)
        .and_then(|rest| rest.strip_prefix(": "))
    {
        Some(rest) => format!("{label}: {}", tr.msg(rest)),
        None => tr.msg(message),
    }
}

#[allow(clippy::too_many_arguments)]
async fn registration_page(
    state: &AppState,
    ctx: &Ctx,
    ev: &Event,
    viewer: &klaster_domain::events::EventViewer,
    submitted: Option<&RawRegistration>,
    errors: FieldErrors,
    problem: Option<String>,
    status: StatusCode,
) -> PageResult {
    let tr = &ctx.tr;
    let now = OffsetDateTime::now_utc();
    let fields_all = state.repo.registration_fields(ev.id).await?;
    let mine = match viewer.user_id {
        Some(u) => state.repo.registration(ev.id, u).await?,
        None => None,
    };
    let values = match (submitted, &mine) {
        (Some(raw), _) => FormValues {
            attendance: raw.attendance.clone(),
            org_id: raw.org_id,
            visibility: raw.visibility.clone(),
            answers: raw.answers.clone(),
        },
        (None, Some(r)) => FormValues {
            attendance: r.attendance.code().into(),
            org_id: r.org_id,
            visibility: r.visibility.code().into(),
            answers: r.answers.clone(),
        },
        (None, None) => FormValues {
            attendance: String::new(),
            org_id: None,
            visibility: ParticipantVisibility::Public.code().into(),
            answers: BTreeMap::new(),
        },
    };
    let mut attendances = Vec::new();
    if ev.city.is_some() || ev.venue.is_some() {
        attendances.push(Attendance::OnSite);
    }
    if ev.online_url.is_some() {
        attendances.push(Attendance::Online);
    }
    let attendances = attendances
        .into_iter()
        .map(|a| Opt {
            value: a.code().into(),
            label: attendance_label(tr, a),
            selected: values.attendance == a.code(),
        })
        .collect();
    let orgs = ctx
        .actor
        .memberships
        .iter()
        .map(|m| Opt {
            value: m.organisation_id.to_string(),
            label: m.organisation_name.clone(),
            selected: values.org_id == Some(m.organisation_id),
        })
        .collect();
    let visibilities = ParticipantVisibility::ALL
        .iter()
        .map(|v| Opt {
            value: v.code().into(),
            label: visibility_label(tr, *v),
            selected: values.visibility == v.code(),
        })
        .collect();
    let fields = fields_all
        .iter()
        .map(|f| {
            let value = values.answers.get(&f.id).cloned().unwrap_or_default();
            FieldView {
                name: answer_field(f.id),
                label: f.label.clone(),
                kind: f.kind.code(),
                required: f.required,
                options: f
                    .options
                    .iter()
                    .map(|o| Opt {
                        value: o.clone(),
                        label: o.clone(),
                        selected: *o == value,
                    })
                    .collect(),
                error: errors
                    .get(&answer_field(f.id))
                    .map(|m| answer_error(tr, &f.label, m)),
                value,
            }
        })
        .collect();
    // Confirmed participants (and organisers) see who else comes, unless people hid themselves.
    let sees_others = viewer.is_organiser(ev)
        || mine
            .as_ref()
            .is_some_and(|r| r.status == RegistrationStatus::Confirmed);
    let (participants, participants_count) = if sees_others {
        let all = state.repo.registrations(ev.id).await?;
        let confirmed = all
            .iter()
            .filter(|r| r.status == RegistrationStatus::Confirmed)
            .count() as i64;
        let shown = visible_participants(&all)
            .into_iter()
            .map(|r| Participant {
                name: r.name.clone(),
                org: r.org_name.clone().unwrap_or_default(),
            })
            .collect();
        (shown, tr.tn("reg-participants-count", confirmed))
    } else {
        (Vec::new(), String::new())
    };
    let summary = errors
        .fields
        .iter()
        .map(|e| {
            let label = fields_all
                .iter()
                .find(|f| answer_field(f.id) == e.field)
                .map(|f| f.label.as_str())
                .unwrap_or("");
            (e.field.clone(), answer_error(tr, label, &e.message))
        })
        .collect();
    let title = format!("{} · {}", tr.t("event-tab-registration"), ev.title);
    render_status(
        status,
        &RegistrationPage {
            c: Chrome::new(ctx, &title),
            nav: EventNav::new(tr, ev, viewer, "/registration"),
            login_href: viewer
                .user_id
                .is_none()
                .then(|| format!("/login?next=/events/{}/registration", ev.id)),
            open: Registrations::is_open(ev, now),
            mine_status: mine
                .as_ref()
                .map(|r| status_label(tr, r.status))
                .unwrap_or_default(),
            mine_position: mine
                .as_ref()
                .and_then(|r| r.waitlist_position)
                .map(|p| tr.ta("reg-waitlist-position", [("n", tr.num(p).as_str())])),
            mine_attendance: mine
                .as_ref()
                .map(|r| attendance_label(tr, r.attendance))
                .unwrap_or_default(),
            active: mine.as_ref().is_some_and(|r| r.status.is_active()),
            mine,
            attendances,
            orgs,
            visibilities,
            fields,
            errors,
            summary,
            problem,
            participants,
            participants_count,
            calendar_href: format!("/events/{}/calendar.ics?lang={}", ev.id, tr.code()),
        },
    )
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    registration_page(
        &state,
        &ctx,
        &ev,
        &viewer,
        None,
        FieldErrors::new(),
        None,
        StatusCode::OK,
    )
    .await
}

pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    let fields = state.repo.registration_fields(id).await?;
    let raw = raw_from_form(&form, &fields);
    let result = service(&state)
        .register(
            &viewer,
            &ctx.actor.memberships,
            &ev,
            &raw,
            OffsetDateTime::now_utc(),
        )
        .await;
    let (errors, problem, status) = match result {
        Ok(_) => return Ok(see_other(&format!("/events/{id}/registration"))),
        Err(DomainError::Validation(e)) => (e, None, StatusCode::UNPROCESSABLE_ENTITY),
        Err(DomainError::Conflict(m)) => (
            FieldErrors::new(),
            Some(ctx.tr.msg(&m)),
            StatusCode::CONFLICT,
        ),
        Err(e) => return Err(e.into()),
    };
    registration_page(
        &state,
        &ctx,
        &ev,
        &viewer,
        Some(&raw),
        errors,
        problem,
        status,
    )
    .await
}

pub async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let (ev, viewer) = load(&state, &ctx, id).await?;
    service(&state).cancel_own(&viewer, &ev).await?;
    Ok(see_other(&format!("/events/{id}/registration")))
}

/// One field of the organiser's list, as an editable form.
pub struct FieldForm {
    pub id: Option<Id>,
    /// Tells the forms' element ids apart.
    pub key: String,
    pub v: RawFieldInput,
    pub kinds: Vec<Opt>,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "registration_fields.html")]
struct FieldsPage {
    c: Chrome,
    nav: EventNav,
    /// The existing fields, then the empty form for a new one.
    forms: Vec<FieldForm>,
}

fn field_form(tr: &Tr, id: Option<Id>, v: RawFieldInput, errors: FieldErrors) -> FieldForm {
    let kinds = FieldKind::ALL
        .iter()
        .map(|k| Opt {
            value: k.code().into(),
            label: tr.t(&format!("reg-field-kind-{}", k.code())),
            selected: v.kind == k.code(),
        })
        .collect();
    FieldForm {
        id,
        key: id.map(|i| i.to_string()).unwrap_or_else(|| "new".into()),
        v,
        kinds,
        errors,
    }
}

/// The fields page; `failed` is the form (None: the new one) that came back with errors.
async fn render_fields(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    failed: Option<(Option<Id>, RawFieldInput, FieldErrors)>,
) -> PageResult {
    let (ev, viewer) = load_as_organiser(state, ctx, id).await?;
    let tr = &ctx.tr;
    let status = if failed.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut failed = failed;
    let mut take = |fid: Option<Id>| match &failed {
        Some((f, _, _)) if *f == fid => failed.take().map(|(_, v, e)| (v, e)),
        _ => None,
    };
    let mut forms: Vec<FieldForm> = state
        .repo
        .registration_fields(id)
        .await?
        .iter()
        .map(|f| {
            let (v, e) = take(Some(f.id))
                .unwrap_or_else(|| (RawFieldInput::from_field(f), FieldErrors::new()));
            field_form(tr, Some(f.id), v, e)
        })
        .collect();
    let (v, e) = take(None).unwrap_or_else(|| {
        (
            RawFieldInput {
                kind: FieldKind::Text.code().into(),
                ..Default::default()
            },
            FieldErrors::new(),
        )
    });
    forms.push(field_form(tr, None, v, e));
    let title = format!("{} · {}", tr.t("reg-fields-title"), ev.title);
    render_status(
        status,
        &FieldsPage {
            c: Chrome::new(ctx, &title),
            nav: EventNav::new(tr, &ev, &viewer, "/participants"),
            forms,
        },
    )
}

pub async fn fields_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> PageResult {
    render_fields(&state, &ctx, id, None).await
}

fn raw_field(form: &FormData) -> RawFieldInput {
    RawFieldInput {
        label: form.text("label"),
        kind: form.text("kind"),
        options: form.text("options"),
        required: form.checked("required"),
        position: form.opt("position"),
    }
}

pub async fn add_field(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let (ev, viewer) = load_as_organiser(&state, &ctx, id).await?;
    let raw = raw_field(&form);
    match service(&state).add_field(&viewer, &ev, &raw).await {
        Ok(_) => Ok(see_other(&format!("/events/{id}/registration/fields"))),
        Err(DomainError::Validation(e)) => {
            render_fields(&state, &ctx, id, Some((None, raw, e))).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn update_field(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, field)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let (ev, viewer) = load_as_organiser(&state, &ctx, id).await?;
    let raw = raw_field(&form);
    match service(&state)
        .update_field(&viewer, &ev, field, &raw)
        .await
    {
        Ok(_) => Ok(see_other(&format!("/events/{id}/registration/fields"))),
        Err(DomainError::Validation(e)) => {
            render_fields(&state, &ctx, id, Some((Some(field), raw, e))).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn delete_field(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, field)): Path<(Id, Id)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let (ev, viewer) = load_as_organiser(&state, &ctx, id).await?;
    service(&state).delete_field(&viewer, &ev, field).await?;
    Ok(see_other(&format!("/events/{id}/registration/fields")))
}

pub struct Row {
    pub id: Id,
    pub name: String,
    pub email: String,
    pub org: String,
    pub attendance: String,
    pub visibility: String,
    pub position: Option<String>,
    pub answers: Vec<(String, String)>,
    pub can_decide: bool,
    pub can_cancel: bool,
}

pub struct Group {
    pub heading: String,
    pub rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "participants.html")]
struct ParticipantsPage {
    c: Chrome,
    nav: EventNav,
    counts: Vec<String>,
    capacity: Option<String>,
    groups: Vec<Group>,
}

pub async fn participants(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> PageResult {
    let (ev, viewer) = load_as_organiser(&state, &ctx, id).await?;
    let tr = &ctx.tr;
    let fields = state.repo.registration_fields(id).await?;
    let regs = state.repo.registrations(id).await?;
    let order = [
        RegistrationStatus::Pending,
        RegistrationStatus::Confirmed,
        RegistrationStatus::Waitlisted,
        RegistrationStatus::Cancelled,
        RegistrationStatus::Rejected,
    ];
    let counts = order
        .iter()
        .map(|s| {
            let n = regs.iter().filter(|r| r.status == *s).count() as i64;
            tr.tn(&format!("reg-count-{}", s.code()), n)
        })
        .collect();
    let groups = order
        .iter()
        .map(|s| Group {
            heading: status_label(tr, *s),
            rows: regs
                .iter()
                .filter(|r| r.status == *s)
                .map(|r| Row {
                    id: r.id,
                    name: r.name.clone(),
                    email: r.email.clone(),
                    org: r.org_name.clone().unwrap_or_default(),
                    attendance: attendance_label(tr, r.attendance),
                    visibility: visibility_label(tr, r.visibility),
                    position: r.waitlist_position.map(|p| tr.num(p)),
                    answers: fields
                        .iter()
                        .filter_map(|f| {
                            let a = r.answers.get(&f.id)?;
                            let shown = if f.kind == FieldKind::Checkbox {
                                tr.t("yes")
                            } else {
                                a.clone()
                            };
                            Some((f.label.clone(), shown))
                        })
                        .collect(),
                    can_decide: Decision::Approve.check(r.status).is_ok(),
                    can_cancel: Decision::Cancel.check(r.status).is_ok(),
                })
                .collect(),
        })
        .filter(|g| !g.rows.is_empty())
        .collect();
    let title = format!("{} · {}", tr.t("event-tab-participants"), ev.title);
    render_status(
        StatusCode::OK,
        &ParticipantsPage {
            c: Chrome::new(&ctx, &title),
            nav: EventNav::new(tr, &ev, &viewer, "/participants"),
            counts,
            capacity: ev.capacity.map(|c| tr.tn("reg-capacity", c)),
            groups,
        },
    )
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, rid, action)): Path<(Id, Id, String)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    let decision = match action.as_str() {
        "approve" => Decision::Approve,
        "reject" => Decision::Reject,
        "cancel" => Decision::Cancel,
        _ => return Err(DomainError::NotFound.into()),
    };
    let (ev, viewer) = load_as_organiser(&state, &ctx, id).await?;
    service(&state).decide(&viewer, &ev, rid, decision).await?;
    Ok(see_other(&format!("/events/{id}/participants")))
}

pub async fn participants_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> Result<Response, PageError> {
    let (ev, _) = load_as_organiser(&state, &ctx, id).await?;
    let tr = &ctx.tr;
    let headings = CsvHeadings {
        name: tr.t("reg-csv-name"),
        organisation: tr.t("reg-csv-organisation"),
        email: tr.t("reg-csv-email"),
        attendance: tr.t("reg-csv-attendance"),
        status: tr.t("reg-csv-status"),
    };
    let fields = state.repo.registration_fields(id).await?;
    let regs = state.repo.registrations(id).await?;
    let csv = klaster_domain::registration::participants_csv(&headings, &fields, &regs)?;
    let disposition = format!("attachment; filename=\"participants-{}.csv\"", ev.id);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        csv,
    )
        .into_response())
}
