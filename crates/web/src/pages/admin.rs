//! Platform administration: the verification queue, organisation import, and the audit trail.

use super::layout::Chrome;
use super::{render_status, see_other, PageResult};
use crate::context::{Ctx, CSRF_FIELD};
use crate::error::PageError;
use crate::AppState;
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use klaster_domain::directory::{Checklist, ImportReport, RowError};
use klaster_domain::*;

pub struct QueueItem {
    pub org: Organisation,
    pub kind: String,
    pub checklist: Checklist,
}

#[derive(Template)]
#[template(path = "admin.html")]
struct AdminPage {
    c: Chrome,
    queue: Vec<QueueItem>,
    audit: Vec<AuditEntry>,
    import_errors: Vec<RowError>,
    imported: Option<String>,
    decision_error: Option<String>,
}

async fn admin_page(
    state: &AppState,
    ctx: &Ctx,
    import: Option<Result<ImportReport, Vec<RowError>>>,
    decision_error: Option<String>,
) -> PageResult {
    ctx.actor.can_moderate()?;
    let mut queue = Vec::new();
    for org in state
        .repo
        .orgs_with_verification(VerificationStatus::Pending)
        .await?
    {
        let checklist = state.directory().checklist(&org).await?;
        queue.push(QueueItem {
            kind: ctx.tr.t(&format!("kind-{}", org.kind.code())),
            checklist,
            org,
        });
    }
    let (import_errors, imported) = match import {
        None => (vec![], None),
        Some(Ok(r)) => (vec![], Some(ctx.tr.tn("import-done", r.imported as i64))),
        Some(Err(rows)) => (rows, None),
    };
    let status = if import_errors.is_empty() && decision_error.is_none() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &AdminPage {
            c: Chrome::new(ctx, &ctx.tr.t("admin-title")),
            queue,
            audit: state.repo.audit_log(50).await?,
            import_errors,
            imported,
            decision_error,
        },
    )
}

pub async fn dashboard(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    admin_page(&state, &ctx, None, None).await
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    crate::context::CsrfForm(form): crate::context::CsrfForm,
) -> PageResult {
    let approve = form.get("decision") == Some("approve");
    match state
        .directory()
        .decide_verification(&ctx.actor, id, approve, form.get("reason"))
        .await
    {
        Ok(()) => Ok(see_other("/admin")),
        Err(DomainError::Validation(e)) => {
            let msg = e
                .fields
                .iter()
                .map(|f| ctx.tr.msg(&f.message))
                .collect::<Vec<_>>()
                .join("; ");
            admin_page(&state, &ctx, None, Some(msg)).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Accepts the CSV as an uploaded file (multipart form with the CSRF field first).
pub async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    mut multipart: Multipart,
) -> PageResult {
    ctx.actor.can_moderate()?;
    let mut csrf = None;
    let mut csv = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| PageError(DomainError::field("file", e.body_text())))?
    {
        match field.name() {
            Some(CSRF_FIELD) => {
                csrf = Some(
                    field
                        .text()
                        .await
                        .map_err(|e| PageError(DomainError::field("file", e.body_text())))?,
                )
            }
            Some("file") => {
                let bytes = field
                    .bytes()
                    .await
                    .map_err(|e| PageError(DomainError::field("file", e.body_text())))?;
                csv = Some(
                    String::from_utf8(bytes.to_vec())
                        .map_err(|_| DomainError::field("file", "is not UTF-8 text"))?,
                );
            }
            _ => {}
        }
    }
    ctx.check_csrf(csrf.as_deref())?;
    let csv = csv
        .filter(|c| !c.trim().is_empty())
        .ok_or_else(|| DomainError::field("file", "no file was uploaded"))?;
    match state.directory().import_csv(&ctx.actor, &csv).await {
        Ok(report) => admin_page(&state, &ctx, Some(Ok(report)), None).await,
        Err(DomainError::Rows(rows)) => admin_page(&state, &ctx, Some(Err(rows)), None).await,
        Err(e) => Err(e.into()),
    }
}
