//! Platform administration: the verification queue, organisation import, and the audit trail.

use super::layout::Chrome;
use super::{render_status, see_other, PageResult};
use crate::context::{Ctx, CSRF_FIELD};
use crate::error::PageError;
use crate::AppState;
use askama::Template;
use axum::extract::multipart::MultipartError;
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
    cordis: CordisView,
}

/// The CORDIS import form's outcome: the report, or the rows/messages at fault.
#[derive(Default)]
struct CordisView {
    report: Option<klaster_domain::cordis::Report>,
    rows: Vec<RowError>,
    errors: Vec<String>,
}

impl CordisView {
    fn failed(&self) -> bool {
        !self.rows.is_empty() || !self.errors.is_empty()
    }
}

async fn admin_page(
    state: &AppState,
    ctx: &Ctx,
    import: Option<Result<ImportReport, Vec<RowError>>>,
    decision_error: Option<String>,
) -> PageResult {
    admin_page_with(state, ctx, import, decision_error, CordisView::default()).await
}

async fn admin_page_with(
    state: &AppState,
    ctx: &Ctx,
    import: Option<Result<ImportReport, Vec<RowError>>>,
    decision_error: Option<String>,
    cordis: CordisView,
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
    let status = if import_errors.is_empty() && decision_error.is_none() && !cordis.failed() {
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
            cordis,
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

/// Accepts the CSV as an uploaded file (multipart form with the CSRF field first). The CORDIS form
/// posts here too, with `import=cordis` first and its files.
pub async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    mut multipart: Multipart,
) -> PageResult {
    ctx.actor.can_moderate()?;
    let mut csrf = None;
    let mut csv = None;
    let mut first = true;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| PageError(DomainError::field("file", e.body_text())))?
    {
        let is_first = std::mem::replace(&mut first, false);
        match field.name() {
            Some("import") if is_first => {
                let kind = field
                    .text()
                    .await
                    .map_err(|e| PageError(DomainError::field("file", e.body_text())))?;
                if kind == "cordis" {
                    return import_cordis(&state, &ctx, multipart).await;
                }
            }
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
        Ok(report) => {
            state.matching.touch();
            admin_page(&state, &ctx, Some(Ok(report)), None).await
        }
        Err(DomainError::Rows(rows)) => admin_page(&state, &ctx, Some(Err(rows)), None).await,
        Err(e) => Err(e.into()),
    }
}

/// The CORDIS import from the admin page: several CSV files in one form, the report shown on the
/// page (or the rows at fault, and nothing stored).
async fn import_cordis(state: &AppState, ctx: &Ctx, multipart: Multipart) -> PageResult {
    let mut view = CordisView::default();
    match read_cordis_files(multipart).await {
        Ok((files, csrf)) => {
            ctx.check_csrf(csrf.as_deref())?;
            match run_cordis_import(state, &ctx.actor, &files).await {
                Ok(report) => view.report = Some(report),
                Err(DomainError::Rows(rows)) => view.rows = rows,
                Err(DomainError::Validation(e)) => {
                    view.errors = e.fields.iter().map(|f| ctx.tr.msg(&f.message)).collect()
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(DomainError::Validation(e)) => {
            view.errors = e.fields.iter().map(|f| ctx.tr.msg(&f.message)).collect()
        }
        Err(e) => return Err(e.into()),
    }
    admin_page_with(state, ctx, None, None, view).await
}

/// Reads uploaded CORDIS files: (file name, UTF-8 text) for every file part of the form.
pub async fn read_cordis_files(
    mut multipart: Multipart,
) -> Result<(Vec<(String, String)>, Option<String>), DomainError> {
    let unreadable = |e: MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            DomainError::field("files", "the files are too large to upload at once")
        } else {
            DomainError::field("files", "the upload could not be read")
        }
    };
    let mut files = Vec::new();
    let mut csrf = None;
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        if field.name() == Some(crate::context::CSRF_FIELD) {
            csrf = Some(field.text().await.map_err(unreadable)?);
            continue;
        }
        let Some(name) = field.file_name().map(|n| n.to_string()) else {
            continue;
        };
        let name = name.rsplit(['/', '\\']).next().unwrap_or(&name).to_string();
        let bytes = field.bytes().await.map_err(unreadable)?;
        if name.is_empty() && bytes.is_empty() {
            continue; // an empty file input
        }
        let text = String::from_utf8(bytes.to_vec())
            .map_err(|_| DomainError::field("files", format!("{name} is not UTF-8 text")))?;
        files.push((name, text));
    }
    if files.is_empty() {
        return Err(DomainError::field("files", "no file was uploaded"));
    }
    Ok((files, csrf))
}

/// Runs an import and adds the new profiles to the directory search.
pub async fn run_cordis_import(
    state: &AppState,
    actor: &Actor,
    files: &[(String, String)],
) -> DomainResult<klaster_domain::cordis::Report> {
    let report = klaster_domain::cordis::CordisImport {
        repo: state.repo.as_ref(),
    }
    .run(actor, files, &mut |m| tracing::debug!("cordis import: {m}"))
    .await?;
    // New partners and projects change who should meet whom.
    state.matching.touch();
    for org in state.repo.orgs_by_ids(&report.new_organisation_ids).await? {
        state
            .index
            .upsert(OrgDoc::from(&org))
            .map_err(DomainError::Internal)?;
    }
    Ok(report)
}
