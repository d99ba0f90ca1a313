//! Pages: regional Action Plans with their actions, indicators and progress reports; a timeline
//! and progress charts drawn as SVG on the server; the history of changes. Also the generic
//! form page the policy-learning areas share (`ap_form.html`).

use super::layout::Chrome;
use super::orgs::Opt;
use super::{render, render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx, FormData};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::action_plans::*;
use klaster_domain::events::EventViewer;
use klaster_domain::projects::{day_text, parse_day, ProjectAccess};
use klaster_domain::*;
use std::collections::BTreeMap;
use std::fmt::Write;
use time::Date;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/action-plans", get(list).post(create))
        .route("/action-plans/new", get(new_form))
        .route("/action-plans/{id}", get(show).post(update))
        .route("/action-plans/{id}/edit", get(edit_form))
        .route("/action-plans/{id}/timeline", get(timeline))
        .route("/action-plans/{id}/history", get(history))
        .route("/action-plans/{id}/actions", post(add_action))
        .route("/action-plans/{id}/actions/new", get(new_action_form))
        .route("/action-plans/{id}/actions/{aid}", post(update_action))
        .route(
            "/action-plans/{id}/actions/{aid}/edit",
            get(edit_action_form),
        )
        .route("/action-plans/{id}/actions/{aid}/status", post(set_status))
        .route(
            "/action-plans/{id}/actions/{aid}/indicators",
            post(add_indicator),
        )
        .route(
            "/action-plans/{id}/actions/{aid}/indicators/new",
            get(new_indicator_form),
        )
        .route("/action-plans/{id}/indicators/{iid}", get(indicator_page))
        .route(
            "/action-plans/{id}/indicators/{iid}/progress",
            post(report_progress),
        )
}

pub fn plans(state: &AppState) -> ActionPlans<'_> {
    ActionPlans { repo: &*state.repo }
}

pub fn action_status_label(tr: &Tr, s: ActionStatus) -> String {
    tr.t(&format!("ap-action-status-{}", s.code()))
}

fn plan_status_label(tr: &Tr, s: PlanStatus) -> String {
    tr.t(&format!("ap-status-{}", s.code()))
}

/// "1 January 2024 – 31 December 2026" in the page's language.
fn span(tr: &Tr, s: Option<Date>, e: Option<Date>) -> String {
    match (s, e) {
        (Some(s), Some(e)) => format!("{} – {}", tr.day(s), tr.day(e)),
        (Some(s), None) => format!("{} –", tr.day(s)),
        (None, Some(e)) => format!("– {}", tr.day(e)),
        (None, None) => String::new(),
    }
}

/// A number for people: whole numbers without decimals, others with up to two places.
pub fn num(tr: &Tr, x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        tr.num(x as i64)
    } else {
        let s = tr.dec(x, 2);
        s.trim_end_matches('0')
            .trim_end_matches(['.', ','])
            .to_string()
    }
}

/// Text made safe for SVG and HTML markup built here.
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

// ---------------------------------------------------------------- the shared form page

/// One field of a form page.
pub struct FormField {
    pub name: &'static str,
    pub label: String,
    /// text, textarea, date, number, select, multi (a multiple select)
    pub kind: &'static str,
    pub value: String,
    pub options: Vec<Opt>,
    pub error: Option<String>,
    pub hint: String,
    pub required: bool,
}

impl FormField {
    pub fn new(name: &'static str, label: String, kind: &'static str, value: String) -> Self {
        FormField {
            name,
            label,
            kind,
            value,
            options: vec![],
            error: None,
            hint: String::new(),
            required: false,
        }
    }
    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }
    pub fn hint(mut self, h: String) -> Self {
        self.hint = h;
        self
    }
    pub fn options(mut self, o: Vec<Opt>) -> Self {
        self.options = o;
        self
    }
}

#[derive(Template)]
#[template(path = "ap_form.html")]
pub struct FormPage {
    pub c: Chrome,
    pub heading: String,
    pub back_href: String,
    pub back_label: String,
    pub action: String,
    pub fields: Vec<FormField>,
    pub submit: String,
    /// (field, translated message) for the summary at the top.
    pub errors: Vec<(String, String)>,
}

/// Renders the form with the errors attached to their fields (a field also owns errors of its
/// parts, e.g. `attachments[0].url`); 422 when there are errors.
pub fn form_page(mut page: FormPage, tr: &Tr, errors: &FieldErrors) -> PageResult {
    for f in &mut page.fields {
        let own = errors
            .fields
            .iter()
            .find(|e| e.field == f.name || e.field.starts_with(&format!("{}[", f.name)));
        f.error = own.map(|e| tr.msg(&e.message));
    }
    page.errors = errors
        .fields
        .iter()
        .map(|e| (e.field.clone(), tr.msg(&e.message)))
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(status, &page)
}

/// Options with one pre-selected value and a blank first choice.
pub fn choices(blank: String, items: Vec<(String, String)>, current: &[String]) -> Vec<Opt> {
    let mut v = vec![Opt {
        value: String::new(),
        label: blank,
        selected: current.iter().all(|c| c.is_empty()),
    }];
    v.extend(items.into_iter().map(|(value, label)| Opt {
        selected: current.contains(&value),
        value,
        label,
    }));
    v
}

/// Every organisation as (id, name), by name.
pub async fn org_items(state: &AppState) -> Result<Vec<(String, String)>, PageError> {
    let mut orgs: Vec<(String, String)> = state
        .repo
        .all_orgs()
        .await?
        .into_iter()
        .map(|o| (o.id.to_string(), o.name))
        .collect();
    orgs.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(orgs)
}

/// The events the person may see as (id, "title (date)"), newest first.
pub async fn event_items(state: &AppState, ctx: &Ctx) -> Result<Vec<(String, String)>, PageError> {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let mut events: Vec<_> = state
        .repo
        .all_events()
        .await?
        .into_iter()
        .filter(|e| viewer.can_see(e))
        .collect();
    events.sort_by_key(|e| std::cmp::Reverse(e.starts_at));
    Ok(events
        .into_iter()
        .map(|e| {
            (
                e.id.to_string(),
                format!(
                    "{} ({})",
                    e.title,
                    super::event_common::local_date(&ctx.tr, e.starts_at, &e.timezone)
                ),
            )
        })
        .collect())
}

fn id_of(form: &FormData, key: &str) -> Option<Id> {
    form.get(key).and_then(|s| s.trim().parse().ok())
}

fn ids_of(form: &FormData, key: &str) -> Vec<Id> {
    form.all(key)
        .iter()
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

// ---------------------------------------------------------------- list

pub struct PlanRow {
    pub id: Id,
    pub title: String,
    pub owner: String,
    pub region: String,
    pub status: String,
    pub is_draft: bool,
    pub counts: String,
    pub is_demo: bool,
}

#[derive(Template)]
#[template(path = "ap_list.html")]
struct ListPage {
    c: Chrome,
    rows: Vec<PlanRow>,
}

async fn region_name(state: &AppState, code: &NutsCode) -> Result<String, PageError> {
    Ok(match state.repo.nuts_region(code.as_str()).await? {
        Some(r) => format!("{} ({})", r.name, r.code),
        None => code.to_string(),
    })
}

async fn list(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    let tr = &ctx.tr;
    let mut rows = Vec::new();
    for s in plans(&state).list(&ctx.actor).await? {
        rows.push(PlanRow {
            id: s.plan.id,
            title: s.plan.title.clone(),
            owner: s.plan.owner_name.clone(),
            region: region_name(&state, &s.plan.nuts).await?,
            status: plan_status_label(tr, s.plan.status),
            is_draft: s.plan.status == PlanStatus::Draft,
            counts: format!(
                "{} · {} · {}",
                tr.tn("ap-actions-count", s.actions as i64),
                tr.tn("ap-done-count", s.actions_done as i64),
                tr.tn("ap-indicators-count", s.indicators as i64)
            ),
            is_demo: s.plan.is_demo,
        });
    }
    render(&ListPage {
        c: Chrome::new(&ctx, &tr.t("ap-title")),
        rows,
    })
}

// ---------------------------------------------------------------- show

pub struct IndicatorView {
    pub id: Id,
    pub name: String,
    pub unit: String,
    pub baseline: String,
    pub current: String,
    pub target: String,
    pub target_on: String,
    pub percent: String,
    pub reports: String,
    /// Baseline, current and target as bars (SVG markup built here, values escaped).
    pub chart: String,
}

pub struct ActionView {
    pub id: Id,
    pub title: String,
    pub description: String,
    pub status: String,
    pub status_code: &'static str,
    pub responsible: Option<(Id, String)>,
    pub partners: Vec<(Id, String)>,
    pub when: String,
    pub budget: String,
    pub funding: String,
    pub practice: Option<(Id, String)>,
    pub event: Option<(Id, String)>,
    pub indicators: Vec<IndicatorView>,
    pub statuses: Vec<Opt>,
}

#[derive(Template)]
#[template(path = "ap_show.html")]
struct ShowPage {
    c: Chrome,
    p: ActionPlan,
    owner_href: String,
    region: String,
    status: String,
    is_draft: bool,
    actions: Vec<ActionView>,
    can_edit: bool,
    history_count: usize,
    updated: String,
}

/// Three horizontal bars — baseline, current value, target — on one scale.
pub fn progress_chart(tr: &Tr, i: &Indicator) -> String {
    let max = [i.baseline, i.current, i.target]
        .iter()
        .fold(0.0_f64, |m, x| m.max(x.abs()))
        .max(f64::MIN_POSITIVE);
    let (label_w, bar_w, row) = (140.0, 300.0, 22.0);
    let rows = [
        (tr.t("ap-baseline"), i.baseline, "#9e9e9e"),
        (tr.t("ap-current"), i.current, "#2e7d32"),
        (tr.t("ap-target"), i.target, "#1565c0"),
    ];
    let aria = format!(
        "{}: {} {} → {} {} → {} {}",
        i.name,
        tr.t("ap-baseline"),
        num(tr, i.baseline),
        tr.t("ap-current"),
        num(tr, i.current),
        tr.t("ap-target"),
        num(tr, i.target)
    );
    let mut s = format!(
        "<svg class=\"ap-chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">",
        esc(&aria),
        label_w + bar_w + 90.0,
        row * 3.0,
        label_w + bar_w + 90.0,
        row * 3.0
    );
    for (n, (label, value, class)) in rows.iter().enumerate() {
        let y = n as f64 * row;
        let w = (value.abs() / max * bar_w).max(1.0);
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{:.1}\" font-size=\"12\">{}</text><rect fill=\"{class}\" x=\"{label_w}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"14\" rx=\"2\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\">{}</text>",
            y + 15.0,
            esc(label),
            y + 4.0,
            label_w + w + 6.0,
            y + 15.0,
            esc(&num(tr, *value))
        );
    }
    s.push_str("</svg>");
    s
}

fn indicator_view(tr: &Tr, d: &IndicatorDetail) -> IndicatorView {
    let i = &d.indicator;
    IndicatorView {
        id: i.id,
        name: i.name.clone(),
        unit: i.unit.clone(),
        baseline: num(tr, i.baseline),
        current: num(tr, i.current),
        target: num(tr, i.target),
        target_on: i.target_on.map(|d| tr.day(d)).unwrap_or_default(),
        percent: format!("{}\u{a0}%", tr.num(i.percent().round() as i64)),
        reports: tr.tn("ap-reports-count", d.reports.len() as i64),
        chart: progress_chart(tr, i),
    }
}

async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let tr = &ctx.tr;
    let d = plans(&state).get(&ctx.actor, id).await?;
    let practices = state.repo.list_good_practices().await?;
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let mut actions = Vec::new();
    for a in &d.actions {
        let x = &a.action;
        let event = match x.source_event_id {
            Some(e) => state
                .repo
                .event(e)
                .await?
                .filter(|ev| viewer.can_see(ev))
                .map(|ev| (ev.id, ev.title)),
            None => None,
        };
        actions.push(ActionView {
            id: x.id,
            title: x.title.clone(),
            description: x.description.clone(),
            status: action_status_label(tr, x.status),
            status_code: x.status.code(),
            responsible: x.responsible_org_id.zip(x.responsible_name.clone()),
            partners: a.partners.iter().map(|o| (o.id, o.name.clone())).collect(),
            when: span(tr, x.starts_on, x.ends_on),
            budget: x
                .budget
                .map(|m| tr.money(m.minor, m.currency.as_str()))
                .unwrap_or_default(),
            funding: x.funding.clone(),
            practice: x.source_practice_id.and_then(|g| {
                practices
                    .iter()
                    .find(|p| p.id == g)
                    .map(|p| (p.id, p.title.clone()))
            }),
            event,
            indicators: a.indicators.iter().map(|i| indicator_view(tr, i)).collect(),
            statuses: ActionStatus::ALL
                .iter()
                .map(|s| Opt {
                    value: s.code().to_string(),
                    label: action_status_label(tr, *s),
                    selected: *s == x.status,
                })
                .collect(),
        });
    }
    let p = d.plan;
    render(&ShowPage {
        c: Chrome::new(&ctx, &p.title),
        owner_href: match (p.owner_org_id, p.owner_project_id) {
            (Some(o), _) => format!("/organisations/{o}"),
            (None, Some(pr)) => format!("/projects/{pr}"),
            _ => String::new(),
        },
        region: region_name(&state, &p.nuts).await?,
        status: plan_status_label(tr, p.status),
        is_draft: p.status == PlanStatus::Draft,
        actions,
        can_edit: d.can_edit,
        history_count: d.history.len(),
        updated: tr.date(p.updated_at),
        p,
    })
}

// ---------------------------------------------------------------- timeline

#[derive(Template)]
#[template(path = "ap_timeline.html")]
struct TimelinePage {
    c: Chrome,
    p: ActionPlan,
    chart: String,
    undated: Vec<(Id, String)>,
}

/// Bar colours of the timeline by status (presentation attributes: the CSP allows no inline styles).
fn status_colour(s: ActionStatus) -> &'static str {
    match s {
        ActionStatus::Planned => "#90a4ae",
        ActionStatus::InProgress => "#f9a825",
        ActionStatus::Done => "#2e7d32",
        ActionStatus::Dropped => "#c62828",
    }
}

fn days(d: Date) -> f64 {
    d.to_julian_day() as f64
}

/// A Gantt-like chart: one bar per dated action, coloured by status, with year lines.
fn gantt(tr: &Tr, actions: &[ActionDetail]) -> String {
    let dated: Vec<&PlanAction> = actions
        .iter()
        .map(|a| &a.action)
        .filter(|a| a.starts_on.is_some() || a.ends_on.is_some())
        .collect();
    if dated.is_empty() {
        return String::new();
    }
    let start_of = |a: &PlanAction| a.starts_on.or(a.ends_on).expect("dated");
    let end_of = |a: &PlanAction| a.ends_on.or(a.starts_on).expect("dated");
    let min = dated.iter().map(|a| start_of(a)).min().expect("some");
    let max = dated.iter().map(|a| end_of(a)).max().expect("some");
    let first_year = min.year();
    let last_year = max.year() + 1;
    let from = days(Date::from_calendar_date(first_year, time::Month::January, 1).expect("date"));
    let to = days(Date::from_calendar_date(last_year, time::Month::January, 1).expect("date"));
    let (label_w, chart_w, row, top) = (260.0, 640.0, 30.0, 24.0);
    let x = |d: f64| label_w + (d - from) / (to - from) * chart_w;
    let height = top + row * dated.len() as f64 + 8.0 + row;
    let width = label_w + chart_w + 10.0;
    let mut s = format!(
        "<svg class=\"ap-gantt\" role=\"img\" aria-labelledby=\"gantt-title\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"gantt-title\">{}</title>",
        esc(&tr.t("ap-timeline"))
    );
    for y in first_year..=last_year {
        let d = days(Date::from_calendar_date(y, time::Month::January, 1).expect("date"));
        let _ = write!(
            s,
            "<line stroke=\"#dddddd\" x1=\"{0:.1}\" y1=\"{1}\" x2=\"{0:.1}\" y2=\"{2:.1}\"/>",
            x(d),
            top - 6.0,
            height - row
        );
        if y < last_year {
            let _ = write!(
                s,
                "<text x=\"{:.1}\" y=\"14\" font-size=\"12\">{y}</text>",
                x(d) + 4.0
            );
        }
    }
    for (n, a) in dated.iter().enumerate() {
        let y = top + n as f64 * row;
        let (x1, x2) = (x(days(start_of(a))), x(days(end_of(a)) + 1.0));
        let title: String = a.title.chars().take(38).collect();
        let title = if title.len() < a.title.len() {
            format!("{title}…")
        } else {
            title
        };
        let _ = write!(
            s,
            "<a href=\"/action-plans/{}#action-{}\"><text x=\"0\" y=\"{:.1}\" font-size=\"12\">{}</text></a><rect fill=\"{}\" x=\"{x1:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"18\" rx=\"3\"><title>{} — {}: {}</title></rect>",
            a.plan_id,
            a.id,
            y + 14.0,
            esc(&title),
            status_colour(a.status),
            y + 1.0,
            (x2 - x1).max(2.0),
            esc(&a.title),
            esc(&span(tr, a.starts_on, a.ends_on)),
            esc(&action_status_label(tr, a.status))
        );
    }
    let legend_y = height - row + 10.0;
    for (n, st) in ActionStatus::ALL.iter().enumerate() {
        let lx = label_w + n as f64 * 160.0;
        let _ = write!(
            s,
            "<rect fill=\"{}\" x=\"{lx:.1}\" y=\"{legend_y:.1}\" width=\"14\" height=\"14\" rx=\"2\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\">{}</text>",
            status_colour(*st),
            lx + 20.0,
            legend_y + 12.0,
            esc(&action_status_label(tr, *st))
        );
    }
    s.push_str("</svg>");
    s
}

async fn timeline(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let tr = &ctx.tr;
    let d = plans(&state).get(&ctx.actor, id).await?;
    let chart = gantt(tr, &d.actions);
    let undated = d
        .actions
        .iter()
        .filter(|a| a.action.starts_on.is_none() && a.action.ends_on.is_none())
        .map(|a| (a.action.id, a.action.title.clone()))
        .collect();
    render(&TimelinePage {
        c: Chrome::new(&ctx, &format!("{} — {}", tr.t("ap-timeline"), d.plan.title)),
        p: d.plan,
        chart,
        undated,
    })
}

// ---------------------------------------------------------------- history

pub struct HistoryView {
    pub when: String,
    pub who: String,
    pub what: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "ap_history.html")]
struct HistoryPage {
    c: Chrome,
    p: ActionPlan,
    entries: Vec<HistoryView>,
}

/// A history entry's parameters in a sentence of the page's language: statuses and field names
/// translated, numbers and dates in the locale's format, names as written.
pub fn history_text(tr: &Tr, kind: &str, params: &BTreeMap<String, String>) -> String {
    let p = |k: &str| params.get(k).map(String::as_str).unwrap_or("");
    let number = |k: &str| match p(k).parse::<f64>() {
        Ok(x) => num(tr, x),
        Err(_) => p(k).to_string(),
    };
    let day = |k: &str| match parse_day(p(k)) {
        Ok(d) => tr.day(d),
        Err(_) => p(k).to_string(),
    };
    let action_status = |k: &str| tr.t(&format!("ap-action-status-{}", p(k)));
    match kind {
        "plan_created" | "plan_updated" | "plan_published" | "plan_unpublished" => {
            let changes: Vec<String> = p("fields")
                .split(',')
                .filter(|f| !f.is_empty())
                .map(|f| match f {
                    "title" => tr.ta(
                        "ap-history-detail-change",
                        [
                            ("field", tr.t("ap-field-title").as_str()),
                            ("from", p("title_from")),
                            ("to", p("title")),
                        ],
                    ),
                    "nuts" => tr.ta(
                        "ap-history-detail-change",
                        [
                            ("field", tr.t("ap-field-region").as_str()),
                            ("from", p("nuts_from")),
                            ("to", p("nuts")),
                        ],
                    ),
                    other => tr.t(&format!("ap-field-{other}")),
                })
                .collect();
            if changes.is_empty() {
                tr.ta("ap-history-detail-plan", [("title", p("title"))])
            } else {
                changes.join("; ")
            }
        }
        "action_added" => tr.ta("ap-history-detail-action-added", [("action", p("action"))]),
        "action_updated" | "action_status" if !p("from").is_empty() => tr.ta(
            "ap-history-detail-action-status",
            [
                ("action", p("action")),
                ("from", action_status("from").as_str()),
                ("to", action_status("to").as_str()),
            ],
        ),
        "action_updated" | "action_status" => tr.ta(
            "ap-history-detail-action-updated",
            [("action", p("action"))],
        ),
        "indicator_added" => tr
            .ta(
                "ap-history-detail-indicator-added",
                [
                    ("action", p("action")),
                    ("indicator", p("indicator")),
                    ("baseline", number("baseline").as_str()),
                    ("target", number("target").as_str()),
                    ("unit", p("unit")),
                ],
            )
            .trim_end()
            .to_string(),
        "progress_reported" => {
            let args = [
                ("indicator", p("indicator")),
                ("from", &number("from")),
                ("to", &number("to")),
                ("on", &day("on")),
                ("comment", p("comment")),
            ];
            if p("comment").is_empty() {
                tr.ta("ap-history-detail-progress-reported", args)
            } else {
                tr.ta("ap-history-detail-progress-commented", args)
            }
        }
        // A kind this version does not know: its values as they are.
        _ => history_detail(kind, params),
    }
}

async fn history(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let tr = &ctx.tr;
    let d = plans(&state).get(&ctx.actor, id).await?;
    let entries = d
        .history
        .iter()
        .map(|h| HistoryView {
            when: tr.datetime(h.at),
            who: h
                .user_name
                .clone()
                .unwrap_or_else(|| tr.t("ap-history-system")),
            what: tr.t(&format!("ap-history-{}", h.kind.replace('_', "-"))),
            detail: history_text(tr, &h.kind, &h.params),
        })
        .collect();
    render(&HistoryPage {
        c: Chrome::new(&ctx, &format!("{} — {}", tr.t("ap-history"), d.plan.title)),
        p: d.plan,
        entries,
    })
}

// ---------------------------------------------------------------- indicator page

pub struct ReportView {
    pub date: String,
    pub value: String,
    pub comment: String,
    pub author: String,
}

#[derive(Template)]
#[template(path = "ap_indicator.html")]
struct IndicatorPage {
    c: Chrome,
    p: ActionPlan,
    action_title: String,
    i: IndicatorView,
    line: String,
    reports: Vec<ReportView>,
    can_edit: bool,
    value: String,
    comment: String,
    reported_on: String,
    errors: std::collections::HashMap<String, String>,
}

/// The indicator's values over time as a line with points, the baseline and a dashed target.
fn line_chart(tr: &Tr, i: &Indicator, reports: &[ProgressReport]) -> String {
    if reports.is_empty() {
        return String::new();
    }
    let (w, h, left, right, top, bottom) = (640.0, 240.0, 60.0, 20.0, 16.0, 36.0);
    let mut lo = reports
        .iter()
        .map(|r| r.value)
        .fold(f64::INFINITY, f64::min);
    let mut hi = reports
        .iter()
        .map(|r| r.value)
        .fold(f64::NEG_INFINITY, f64::max);
    lo = lo.min(i.baseline).min(i.target);
    hi = hi.max(i.baseline).max(i.target);
    if hi == lo {
        hi = lo + 1.0;
    }
    let d0 = days(reports.first().expect("some").reported_on);
    let d1 = days(reports.last().expect("some").reported_on);
    let x = |d: f64| {
        if d1 == d0 {
            left + (w - left - right) / 2.0
        } else {
            left + (d - d0) / (d1 - d0) * (w - left - right)
        }
    };
    let y = |v: f64| top + (hi - v) / (hi - lo) * (h - top - bottom);
    let mut s = format!(
        "<svg class=\"ap-line\" role=\"img\" aria-labelledby=\"line-title\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"line-title\">{}</title>",
        esc(&format!("{} — {}", i.name, tr.t("ap-value-history")))
    );
    let _ = write!(
        s,
        "<line stroke=\"#555555\" x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{:.1}\"/><line stroke=\"#555555\" x1=\"{left}\" y1=\"{0:.1}\" x2=\"{:.1}\" y2=\"{0:.1}\"/>",
        h - bottom,
        w - right
    );
    for (v, class, label) in [
        (
            i.target,
            "stroke=\"#1565c0\" stroke-dasharray=\"6 4\"",
            tr.t("ap-target"),
        ),
        (i.baseline, "stroke=\"#9e9e9e\"", tr.t("ap-baseline")),
    ] {
        let _ = write!(
            s,
            "<line {class} x1=\"{left}\" y1=\"{0:.1}\" x2=\"{1:.1}\" y2=\"{0:.1}\"/><text x=\"4\" y=\"{2:.1}\" font-size=\"11\">{3}</text><text x=\"{4:.1}\" y=\"{5:.1}\" font-size=\"10\" text-anchor=\"end\">{6}</text>",
            y(v),
            w - right,
            y(v) + 4.0,
            esc(&num(tr, v)),
            w - right,
            y(v) - 3.0,
            esc(&label)
        );
    }
    let points: Vec<String> = reports
        .iter()
        .map(|r| format!("{:.1},{:.1}", x(days(r.reported_on)), y(r.value)))
        .collect();
    let _ = write!(
        s,
        "<polyline stroke=\"#2e7d32\" stroke-width=\"2\" fill=\"none\" points=\"{}\"/>",
        points.join(" ")
    );
    for r in reports {
        let _ = write!(
            s,
            "<circle fill=\"#2e7d32\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\"><title>{}: {}</title></circle>",
            x(days(r.reported_on)),
            y(r.value),
            esc(&tr.day(r.reported_on)),
            esc(&num(tr, r.value))
        );
    }
    let first = reports.first().expect("some").reported_on;
    let last = reports.last().expect("some").reported_on;
    let _ = write!(
        s,
        "<text x=\"{left}\" y=\"{:.1}\" font-size=\"11\">{}</text>",
        h - 12.0,
        esc(&tr.day(first))
    );
    if last != first {
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\">{}</text>",
            w - right,
            h - 12.0,
            esc(&tr.day(last))
        );
    }
    s.push_str("</svg>");
    s
}

async fn indicator_view_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    iid: Id,
    form: Option<&FormData>,
    errors: &FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let d = plans(state).get(&ctx.actor, id).await?;
    let (action, ind) = d
        .actions
        .iter()
        .find_map(|a| {
            a.indicators
                .iter()
                .find(|i| i.indicator.id == iid)
                .map(|i| (a, i))
        })
        .ok_or(DomainError::NotFound)?;
    let reports = ind
        .reports
        .iter()
        .map(|r| ReportView {
            date: tr.day(r.reported_on),
            value: num(tr, r.value),
            comment: r.comment.clone(),
            author: r.author_name.clone().unwrap_or_default(),
        })
        .collect();
    let f = |k: &str| form.map(|f| f.text(k)).unwrap_or_default();
    let mut errs = std::collections::HashMap::new();
    for e in &errors.fields {
        errs.entry(e.field.clone())
            .or_insert_with(|| tr.msg(&e.message));
    }
    let page = IndicatorPage {
        c: Chrome::new(ctx, &format!("{} — {}", ind.indicator.name, d.plan.title)),
        action_title: action.action.title.clone(),
        i: indicator_view(tr, ind),
        line: line_chart(tr, &ind.indicator, &ind.reports),
        reports,
        can_edit: d.can_edit,
        value: f("value"),
        comment: f("comment"),
        reported_on: form
            .map(|f| f.text("reported_on"))
            .unwrap_or_else(|| day_text(time::OffsetDateTime::now_utc().date())),
        errors: errs,
        p: d.plan,
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(status, &page)
}

async fn indicator_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, iid)): Path<(Id, Id)>,
) -> PageResult {
    indicator_view_page(&state, &ctx, id, iid, None, &FieldErrors::new()).await
}

async fn report_progress(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, iid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let raw = RawProgress {
        value: form.opt("value"),
        comment: form.text("comment"),
        reported_on: form.opt("reported_on"),
    };
    let today = time::OffsetDateTime::now_utc().date();
    match plans(&state)
        .report_progress(&ctx.actor, id, iid, &raw, today)
        .await
    {
        Ok(_) => Ok(see_other(&format!("/action-plans/{id}/indicators/{iid}"))),
        Err(DomainError::Validation(e)) => {
            indicator_view_page(&state, &ctx, id, iid, Some(&form), &e).await
        }
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------- plan form

fn raw_plan(form: &FormData) -> RawPlan {
    let owner = form.text("owner");
    let (org, project) = match owner.split_once(':') {
        Some(("org", n)) => (n.parse().ok(), None),
        Some(("project", n)) => (None, n.parse().ok()),
        _ => (None, None),
    };
    RawPlan {
        title: form.text("title"),
        owner_org_id: org,
        owner_project_id: project,
        nuts: form.text("nuts"),
        context: form.text("context"),
        objectives: form.text("objectives"),
        status: form.text("status"),
    }
}

/// What the person may own things as, as (`org:ID` or `project:ID`, label): organisations they
/// administer (every one for platform administrators) and projects they may edit. Action Plans
/// and surveys offer these as owners.
pub async fn owner_items(state: &AppState, ctx: &Ctx) -> Result<Vec<(String, String)>, PageError> {
    let tr = &ctx.tr;
    let admin = ctx.actor.is_platform_admin();
    let mut out: Vec<(String, String)> = if admin {
        org_items(state)
            .await?
            .into_iter()
            .map(|(id, name)| (format!("org:{id}"), name))
            .collect()
    } else {
        ctx.actor
            .memberships
            .iter()
            .filter(|m| m.role == OrgRole::Admin)
            .map(|m| {
                (
                    format!("org:{}", m.organisation_id),
                    m.organisation_name.clone(),
                )
            })
            .collect()
    };
    let projects = state
        .repo
        .list_projects(&klaster_domain::projects::ProjectFilter::default())
        .await?;
    let ids: Vec<Id> = projects.iter().map(|p| p.id).collect();
    let partners = state.repo.partners_of_projects(&ids).await?;
    for p in projects {
        let mine: Vec<_> = partners
            .iter()
            .filter(|pp| pp.project_id == p.id)
            .cloned()
            .collect();
        if ProjectAccess::of(&ctx.actor, &mine).can_edit {
            out.push((
                format!("project:{}", p.id),
                format!("{} — {}", tr.t("ap-owner-project"), p.acronym),
            ));
        }
    }
    Ok(out)
}

async fn plan_form(
    state: &AppState,
    ctx: &Ctx,
    plan: Option<&ActionPlan>,
    form: Option<&FormData>,
    errors: &FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let f = |k: &str, stored: String| form.map(|f| f.text(k)).unwrap_or(stored);
    let mut fields = Vec::new();
    if plan.is_none() {
        let owner = f("owner", String::new());
        fields.push(
            FormField::new("owner", tr.t("ap-field-owner"), "select", String::new())
                .required()
                .options(choices(
                    tr.t("ap-choose"),
                    owner_items(state, ctx).await?,
                    &[owner],
                ))
                .hint(tr.t("ap-owner-hint")),
        );
    }
    fields.push(
        FormField::new(
            "title",
            tr.t("ap-field-title"),
            "text",
            f("title", plan.map(|p| p.title.clone()).unwrap_or_default()),
        )
        .required(),
    );
    fields.push(
        FormField::new(
            "nuts",
            tr.t("ap-field-region"),
            "text",
            f("nuts", plan.map(|p| p.nuts.to_string()).unwrap_or_default()),
        )
        .required()
        .hint(tr.t("ap-region-hint")),
    );
    fields.push(FormField::new(
        "context",
        tr.t("ap-field-context"),
        "textarea",
        f(
            "context",
            plan.map(|p| p.context.clone()).unwrap_or_default(),
        ),
    ));
    fields.push(FormField::new(
        "objectives",
        tr.t("ap-field-objectives"),
        "textarea",
        f(
            "objectives",
            plan.map(|p| p.objectives.clone()).unwrap_or_default(),
        ),
    ));
    let status = f(
        "status",
        plan.map(|p| p.status.code().to_string())
            .unwrap_or_else(|| "draft".into()),
    );
    fields.push(
        FormField::new("status", tr.t("ap-field-status"), "select", String::new()).options(
            PlanStatus::ALL
                .iter()
                .map(|s| Opt {
                    value: s.code().to_string(),
                    label: plan_status_label(tr, *s),
                    selected: s.code() == status,
                })
                .collect(),
        ),
    );
    let (heading, action, back) = match plan {
        Some(p) => (
            tr.ta("ap-edit-heading", [("title", p.title.as_str())]),
            format!("/action-plans/{}", p.id),
            format!("/action-plans/{}", p.id),
        ),
        None => (
            tr.t("ap-new"),
            "/action-plans".to_string(),
            "/action-plans".to_string(),
        ),
    };
    form_page(
        FormPage {
            c: Chrome::new(ctx, &heading),
            heading,
            back_label: plan
                .map(|p| p.title.clone())
                .unwrap_or_else(|| tr.t("ap-title")),
            back_href: back,
            action,
            fields,
            submit: tr.t("save"),
            errors: vec![],
        },
        tr,
        errors,
    )
}

async fn new_form(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    ctx.actor.require_user()?;
    plan_form(&state, &ctx, None, None, &FieldErrors::new()).await
}

async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(form): CsrfForm) -> PageResult {
    match plans(&state).create(&ctx.actor, &raw_plan(&form)).await {
        Ok(p) => Ok(see_other(&format!("/action-plans/{}", p.id))),
        Err(DomainError::Validation(e)) => plan_form(&state, &ctx, None, Some(&form), &e).await,
        Err(e) => Err(e.into()),
    }
}

async fn edit_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let p = plans(&state).editable(&ctx.actor, id).await?;
    plan_form(&state, &ctx, Some(&p), None, &FieldErrors::new()).await
}

async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    match plans(&state).update(&ctx.actor, id, &raw_plan(&form)).await {
        Ok(_) => Ok(see_other(&format!("/action-plans/{id}"))),
        Err(DomainError::Validation(e)) => {
            let p = plans(&state).editable(&ctx.actor, id).await?;
            plan_form(&state, &ctx, Some(&p), Some(&form), &e).await
        }
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------- action form

fn raw_action(form: &FormData) -> RawAction {
    RawAction {
        title: form.text("title"),
        description: form.text("description"),
        responsible_org_id: id_of(form, "responsible_org_id"),
        partner_org_ids: ids_of(form, "partner_org_ids"),
        starts_on: form.opt("starts_on"),
        ends_on: form.opt("ends_on"),
        budget: form.opt("budget"),
        currency: form.opt("currency"),
        funding: form.text("funding"),
        source_practice_id: id_of(form, "source_practice_id"),
        source_event_id: id_of(form, "source_event_id"),
        status: form.text("status"),
    }
}

async fn action_form(
    state: &AppState,
    ctx: &Ctx,
    plan: &ActionPlan,
    action: Option<&PlanAction>,
    form: Option<&FormData>,
    errors: &FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let a = action;
    let f = |k: &str, stored: String| form.map(|f| f.text(k)).unwrap_or(stored);
    let opt_id = |x: Option<Id>| x.map(|i| i.to_string()).unwrap_or_default();
    let day = |d: Option<Date>| d.map(day_text).unwrap_or_default();
    let orgs = org_items(state).await?;
    let partners: Vec<String> = match form {
        Some(f) => f.all("partner_org_ids"),
        None => a
            .map(|a| a.partner_org_ids.iter().map(|i| i.to_string()).collect())
            .unwrap_or_default(),
    };
    let mut practices: Vec<(String, String)> = state
        .repo
        .list_good_practices()
        .await?
        .into_iter()
        .map(|p| (p.id.to_string(), p.title))
        .collect();
    practices.sort_by(|x, y| x.1.cmp(&y.1));
    let status = f(
        "status",
        a.map(|a| a.status.code().to_string())
            .unwrap_or_else(|| "planned".into()),
    );
    let fields = vec![
        FormField::new(
            "title",
            tr.t("ap-field-action-title"),
            "text",
            f("title", a.map(|a| a.title.clone()).unwrap_or_default()),
        )
        .required(),
        FormField::new(
            "description",
            tr.t("ap-field-description"),
            "textarea",
            f(
                "description",
                a.map(|a| a.description.clone()).unwrap_or_default(),
            ),
        ),
        FormField::new(
            "responsible_org_id",
            tr.t("ap-field-responsible"),
            "select",
            String::new(),
        )
        .options(choices(
            tr.t("ap-none"),
            orgs.clone(),
            &[f(
                "responsible_org_id",
                opt_id(a.and_then(|a| a.responsible_org_id)),
            )],
        )),
        FormField::new(
            "partner_org_ids",
            tr.t("ap-field-partners"),
            "multi",
            String::new(),
        )
        .options(
            orgs.into_iter()
                .map(|(value, label)| Opt {
                    selected: partners.contains(&value),
                    value,
                    label,
                })
                .collect(),
        )
        .hint(tr.t("ap-multi-hint")),
        FormField::new(
            "starts_on",
            tr.t("ap-field-starts-on"),
            "date",
            f("starts_on", day(a.and_then(|a| a.starts_on))),
        ),
        FormField::new(
            "ends_on",
            tr.t("ap-field-ends-on"),
            "date",
            f("ends_on", day(a.and_then(|a| a.ends_on))),
        ),
        FormField::new(
            "budget",
            tr.t("ap-field-budget"),
            "text",
            f(
                "budget",
                a.and_then(|a| a.budget)
                    .map(|m| m.plain())
                    .unwrap_or_default(),
            ),
        )
        .hint(tr.t("project-money-hint")),
        FormField::new(
            "currency",
            tr.t("ap-field-currency"),
            "text",
            f(
                "currency",
                a.and_then(|a| a.budget)
                    .map(|m| m.currency.to_string())
                    .unwrap_or_else(|| "EUR".into()),
            ),
        )
        .hint(tr.t("ap-currency-hint")),
        FormField::new(
            "funding",
            tr.t("ap-field-funding"),
            "text",
            f("funding", a.map(|a| a.funding.clone()).unwrap_or_default()),
        ),
        FormField::new(
            "source_practice_id",
            tr.t("ap-field-source-practice"),
            "select",
            String::new(),
        )
        .options(choices(
            tr.t("ap-none"),
            practices,
            &[f(
                "source_practice_id",
                opt_id(a.and_then(|a| a.source_practice_id)),
            )],
        )),
        FormField::new(
            "source_event_id",
            tr.t("ap-field-source-event"),
            "select",
            String::new(),
        )
        .options(choices(
            tr.t("ap-none"),
            event_items(state, ctx).await?,
            &[f(
                "source_event_id",
                opt_id(a.and_then(|a| a.source_event_id)),
            )],
        )),
        FormField::new("status", tr.t("ap-field-status"), "select", String::new()).options(
            ActionStatus::ALL
                .iter()
                .map(|s| Opt {
                    value: s.code().to_string(),
                    label: action_status_label(tr, *s),
                    selected: s.code() == status,
                })
                .collect(),
        ),
    ];
    let (heading, action_url) = match a {
        Some(a) => (
            tr.ta("ap-edit-action-heading", [("title", a.title.as_str())]),
            format!("/action-plans/{}/actions/{}", plan.id, a.id),
        ),
        None => (
            tr.t("ap-add-action"),
            format!("/action-plans/{}/actions", plan.id),
        ),
    };
    form_page(
        FormPage {
            c: Chrome::new(ctx, &heading),
            heading,
            back_href: format!("/action-plans/{}", plan.id),
            back_label: plan.title.clone(),
            action: action_url,
            fields,
            submit: tr.t("save"),
            errors: vec![],
        },
        tr,
        errors,
    )
}

async fn find_action(state: &AppState, plan_id: Id, aid: Id) -> Result<PlanAction, PageError> {
    Ok(state
        .repo
        .plan_actions(plan_id)
        .await?
        .into_iter()
        .find(|a| a.id == aid)
        .ok_or(DomainError::NotFound)?)
}

async fn new_action_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
) -> PageResult {
    let p = plans(&state).editable(&ctx.actor, id).await?;
    action_form(&state, &ctx, &p, None, None, &FieldErrors::new()).await
}

async fn add_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    match plans(&state)
        .add_action(&ctx.actor, id, &raw_action(&form))
        .await
    {
        Ok(a) => Ok(see_other(&format!("/action-plans/{id}#action-{}", a.id))),
        Err(DomainError::Validation(e)) => {
            let p = plans(&state).editable(&ctx.actor, id).await?;
            action_form(&state, &ctx, &p, None, Some(&form), &e).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn edit_action_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, aid)): Path<(Id, Id)>,
) -> PageResult {
    let p = plans(&state).editable(&ctx.actor, id).await?;
    let a = find_action(&state, id, aid).await?;
    action_form(&state, &ctx, &p, Some(&a), None, &FieldErrors::new()).await
}

async fn update_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, aid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    match plans(&state)
        .update_action(&ctx.actor, id, aid, &raw_action(&form))
        .await
    {
        Ok(_) => Ok(see_other(&format!("/action-plans/{id}#action-{aid}"))),
        Err(DomainError::Validation(e)) => {
            let p = plans(&state).editable(&ctx.actor, id).await?;
            let a = find_action(&state, id, aid).await?;
            action_form(&state, &ctx, &p, Some(&a), Some(&form), &e).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn set_status(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, aid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let raw = RawActionStatus {
        status: form.text("status"),
    };
    plans(&state)
        .set_action_status(&ctx.actor, id, aid, &raw)
        .await?;
    Ok(see_other(&format!("/action-plans/{id}#action-{aid}")))
}

// ---------------------------------------------------------------- indicator form

async fn indicator_form(
    ctx: &Ctx,
    plan: &ActionPlan,
    action: &PlanAction,
    form: Option<&FormData>,
    errors: &FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let f = |k: &str| form.map(|f| f.text(k)).unwrap_or_default();
    let heading = tr.ta(
        "ap-add-indicator-heading",
        [("title", action.title.as_str())],
    );
    form_page(
        FormPage {
            c: Chrome::new(ctx, &heading),
            heading,
            back_href: format!("/action-plans/{}#action-{}", plan.id, action.id),
            back_label: plan.title.clone(),
            action: format!("/action-plans/{}/actions/{}/indicators", plan.id, action.id),
            fields: vec![
                FormField::new("name", tr.t("ap-field-indicator-name"), "text", f("name"))
                    .required(),
                FormField::new("unit", tr.t("ap-field-unit"), "text", f("unit"))
                    .hint(tr.t("ap-unit-hint")),
                FormField::new("baseline", tr.t("ap-baseline"), "text", f("baseline")).required(),
                FormField::new("target", tr.t("ap-target"), "text", f("target")).required(),
                FormField::new(
                    "target_on",
                    tr.t("ap-field-target-on"),
                    "date",
                    f("target_on"),
                ),
            ],
            submit: tr.t("ap-add-indicator"),
            errors: vec![],
        },
        tr,
        errors,
    )
}

async fn new_indicator_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, aid)): Path<(Id, Id)>,
) -> PageResult {
    let p = plans(&state).editable(&ctx.actor, id).await?;
    let a = find_action(&state, id, aid).await?;
    indicator_form(&ctx, &p, &a, None, &FieldErrors::new()).await
}

async fn add_indicator(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, aid)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let raw = RawIndicator {
        name: form.text("name"),
        unit: form.text("unit"),
        baseline: form.opt("baseline"),
        target: form.opt("target"),
        target_on: form.opt("target_on"),
    };
    match plans(&state).add_indicator(&ctx.actor, id, aid, &raw).await {
        Ok(i) => Ok(see_other(&format!(
            "/action-plans/{id}/indicators/{}",
            i.id
        ))),
        Err(DomainError::Validation(e)) => {
            let p = plans(&state).editable(&ctx.actor, id).await?;
            let a = find_action(&state, id, aid).await?;
            indicator_form(&ctx, &p, &a, Some(&form), &e).await
        }
        Err(e) => Err(e.into()),
    }
}
