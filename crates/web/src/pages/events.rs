//! Events: the listing with filters and search, the event page, the announce/edit forms.

use super::directory::Labels;
use super::event_common::{events, kind_label, load, place_text, when_text, EventNav};
use super::layout::{with_param, Chrome};
use super::orgs::{Opt, RegionGroup};
use super::{render, render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx, FormData};
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use klaster_domain::directory::split_list;
use klaster_domain::events::*;
use klaster_domain::*;
use serde::Deserialize;
use time::OffsetDateTime;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events", get(list).post(create))
        .route("/events/new", get(new_form))
        .route("/events/{id}", get(show).post(update))
        .route("/events/{id}/edit", get(edit_form))
}

/// The listing's filters as query parameters (the page and `GET /api/v1/events` share them).
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
pub struct EventParams {
    /// upcoming (default), past or all
    pub when: Option<String>,
    /// An event type: conference, brokerage, stakeholder_meeting, study_visit, workshop,
    /// webinar, working_group_meeting
    #[serde(rename = "type")]
    #[param(rename = "type")]
    pub kind: Option<String>,
    /// Two-letter country code
    pub country: Option<String>,
    /// A NUTS code of any level: events in that region or below it
    pub region: Option<String>,
    /// Id of an organising organisation
    pub organiser: Option<String>,
    /// Events that end on or after this day (YYYY-MM-DD, UTC)
    pub from: Option<String>,
    /// Events that start on or before this day (YYYY-MM-DD, UTC)
    pub to: Option<String>,
    /// Words to find in the title, descriptions, project, place and organisers
    pub q: Option<String>,
}

fn given(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// A day as `YYYY-MM-DD`, midnight UTC.
fn parse_day(raw: &str) -> Result<OffsetDateTime, String> {
    let bad = || format!("'{raw}' is not a date like 2017-03-07");
    let mut parts = raw.splitn(3, '-').map(|p| p.parse::<i32>());
    let (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) = (parts.next(), parts.next(), parts.next()) else {
        return Err(bad());
    };
    let month = time::Month::try_from(u8::try_from(m).map_err(|_| bad())?).map_err(|_| bad())?;
    let date = time::Date::from_calendar_date(y, month, u8::try_from(d).map_err(|_| bad())?)
        .map_err(|_| bad())?;
    Ok(date.midnight().assume_utc())
}

impl EventParams {
    pub fn to_filter(&self) -> Result<EventFilter, FieldErrors> {
        let mut e = FieldErrors::new();
        let when = match given(&self.when) {
            None | Some("upcoming") => When::Upcoming,
            Some("past") => When::Past,
            Some("all") => When::All,
            Some(other) => {
                e.add(
                    "when",
                    format!("'{other}' is not one of: upcoming, past, all"),
                );
                When::Upcoming
            }
        };
        let kind = given(&self.kind).and_then(|k| e.check("type", EventKind::parse(k)));
        let country = given(&self.country).and_then(|c| e.check("country", CountryCode::parse(c)));
        let region = given(&self.region).and_then(|r| e.check("region", NutsCode::parse(r)));
        let organiser = given(&self.organiser).and_then(|o| match o.parse::<Id>() {
            Ok(id) => Some(id),
            Err(_) => {
                e.add("organiser", "must be an organisation's number");
                None
            }
        });
        let from = given(&self.from).and_then(|d| e.check("from", parse_day(d)));
        let to = given(&self.to)
            .and_then(|d| e.check("to", parse_day(d)))
            .map(|d| d + time::Duration::days(1));
        let q = given(&self.q).map(String::from);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(EventFilter {
            when,
            kind,
            country,
            region,
            organiser,
            from,
            to,
            q,
        })
    }
}

pub struct ListItem {
    pub id: Id,
    pub title: String,
    pub kind: String,
    pub when: String,
    pub place: String,
    pub members_only: bool,
    pub organisers: Vec<OrgRef>,
}

pub fn list_item(tr: &Tr, ev: &Event) -> ListItem {
    ListItem {
        id: ev.id,
        title: ev.title.clone(),
        kind: kind_label(tr, ev.kind),
        when: when_text(tr, ev),
        place: place_text(tr, ev),
        members_only: ev.visibility == EventVisibility::Members,
        organisers: ev.organisers.clone(),
    }
}

#[derive(Template)]
#[template(path = "event_list.html")]
struct ListPage {
    c: Chrome,
    items: Vec<ListItem>,
    summary: String,
    errors: Vec<String>,
    when_tabs: Vec<Opt>,
    kinds: Vec<Opt>,
    countries: Vec<Opt>,
    organisers: Vec<Opt>,
    when: String,
    region: String,
    from: String,
    to: String,
    q: String,
    can_announce: bool,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<EventParams>,
) -> PageResult {
    let tr = &ctx.tr;
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let (filter, errors) = match params.to_filter() {
        Ok(f) => (f, Vec::new()),
        Err(e) => (
            EventFilter::default(),
            e.fields
                .iter()
                .map(|f| format!("{}: {}", tr.t(&field_key(&f.field)), tr.msg(&f.message)))
                .collect(),
        ),
    };
    let now = OffsetDateTime::now_utc();
    let found = events(&state).list(&viewer, &filter, now).await?;
    // The organiser choice offers every organiser of an event this person may see.
    let mut organisers: Vec<Opt> = Vec::new();
    let chosen_org = given(&params.organiser).unwrap_or("").to_string();
    for ev in state.repo.all_events().await? {
        if !viewer.can_see(&ev) {
            continue;
        }
        for o in ev.organisers {
            if !organisers.iter().any(|x| x.value == o.id.to_string()) {
                organisers.push(Opt {
                    value: o.id.to_string(),
                    selected: chosen_org == o.id.to_string(),
                    label: o.name,
                });
            }
        }
    }
    organisers.sort_by(|a, b| a.label.cmp(&b.label));
    let chosen_kind = given(&params.kind).unwrap_or("");
    let kinds = EventKind::ALL
        .iter()
        .map(|k| Opt {
            value: k.code().into(),
            label: kind_label(tr, *k),
            selected: chosen_kind == k.code(),
        })
        .collect();
    let chosen_country = given(&params.country).unwrap_or("").to_uppercase();
    let mut countries: Vec<Opt> = state
        .repo
        .countries()
        .await?
        .iter()
        .map(|c| Opt {
            value: c.code.clone(),
            label: c.name(tr.code()).to_string(),
            selected: chosen_country == c.code,
        })
        .collect();
    countries.sort_by(|a, b| a.label.cmp(&b.label));
    let when = match filter.when {
        When::Upcoming => "upcoming",
        When::Past => "past",
        When::All => "all",
    };
    let when_tabs = ["upcoming", "past", "all"]
        .iter()
        .map(|w| Opt {
            value: with_param(&ctx.path_and_query, "when", w),
            label: tr.t(&format!("events-when-{w}")),
            selected: *w == when,
        })
        .collect();
    render(&ListPage {
        c: Chrome::new(&ctx, &tr.t("events-title")),
        summary: tr.tn("events-count", found.len() as i64),
        items: found.iter().map(|ev| list_item(tr, ev)).collect(),
        errors,
        when_tabs,
        kinds,
        countries,
        organisers,
        when: when.into(),
        region: given(&params.region).unwrap_or("").to_string(),
        from: given(&params.from).unwrap_or("").to_string(),
        to: given(&params.to).unwrap_or("").to_string(),
        q: given(&params.q).unwrap_or("").to_string(),
        can_announce: viewer.platform_admin || !viewer.admin_of.is_empty(),
    })
}

/// The label key of a form field, for error summaries.
fn field_key(field: &str) -> String {
    format!("ev-field-{}", field.replace('_', "-"))
}

/// The description languages with a box of their own; one more can be given.
const FORM_LANGS: [&str; 3] = ["en", "pl", "bg"];

/// The time zones the form offers: Europe's and UTC.
const TIME_ZONES: [&str; 44] = [
    "UTC",
    "Atlantic/Canary",
    "Europe/Amsterdam",
    "Europe/Andorra",
    "Europe/Athens",
    "Europe/Belgrade",
    "Europe/Berlin",
    "Europe/Bratislava",
    "Europe/Brussels",
    "Europe/Bucharest",
    "Europe/Budapest",
    "Europe/Chisinau",
    "Europe/Copenhagen",
    "Europe/Dublin",
    "Europe/Helsinki",
    "Europe/Istanbul",
    "Europe/Kyiv",
    "Europe/Lisbon",
    "Europe/Ljubljana",
    "Europe/London",
    "Europe/Luxembourg",
    "Europe/Madrid",
    "Europe/Malta",
    "Europe/Monaco",
    "Europe/Oslo",
    "Europe/Paris",
    "Europe/Podgorica",
    "Europe/Prague",
    "Europe/Riga",
    "Europe/Rome",
    "Europe/San_Marino",
    "Europe/Sarajevo",
    "Europe/Skopje",
    "Europe/Sofia",
    "Europe/Stockholm",
    "Europe/Tallinn",
    "Europe/Tirane",
    "Europe/Vaduz",
    "Europe/Vienna",
    "Europe/Vilnius",
    "Europe/Warsaw",
    "Europe/Zagreb",
    "Europe/Zurich",
    "Europe/Reykjavik",
];

fn raw_from_form(form: &FormData) -> RawEventInput {
    let mut descriptions: Vec<RawText> = FORM_LANGS
        .iter()
        .map(|l| RawText {
            lang: l.to_string(),
            text: form.text(&format!("description_{l}")),
        })
        .collect();
    if let Some(lang) = form.opt("description_other_lang") {
        descriptions.push(RawText {
            lang,
            text: form.text("description_other"),
        });
    }
    let mut organisers: Vec<Id> = Vec::new();
    let mut bad_ids = false;
    let typed = split_list(&form.text("organiser_ids"));
    for raw in form.all("organisers").iter().chain(typed.iter()) {
        match raw.trim().parse::<Id>() {
            Ok(id) => organisers.push(id),
            Err(_) => bad_ids = true,
        }
    }
    // An unreadable id must not silently vanish: an impossible id makes the check name it.
    if bad_ids {
        organisers.push(0);
    }
    RawEventInput {
        kind: form.text("type"),
        title: form.text("title"),
        descriptions,
        project: form.opt("project"),
        organisers,
        venue: form.opt("venue"),
        city: form.opt("city"),
        country: form.opt("country"),
        nuts: form.opt("nuts"),
        online_url: form.opt("online_url"),
        starts: form.text("starts"),
        ends: form.text("ends"),
        timezone: form.text("timezone"),
        date_approximate: form.checked("date_approximate"),
        languages: split_list(&form.text("languages")),
        visibility: form.text("visibility"),
        capacity: form.opt("capacity"),
        requires_approval: form.checked("requires_approval"),
        registration_open: Some(form.checked("registration_open")),
    }
}

pub struct ErrorLine {
    pub field: String,
    pub label: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "event_form.html")]
struct FormPage {
    c: Chrome,
    heading: String,
    action: String,
    v: RawEventInput,
    errors: FieldErrors,
    error_lines: Vec<ErrorLine>,
    kinds: Vec<Opt>,
    countries: Vec<Opt>,
    regions: Vec<RegionGroup>,
    zones: Vec<Opt>,
    org_choices: Vec<Opt>,
    typed_ids: String,
    may_type_ids: bool,
    desc: Vec<(String, String)>,
    other_lang: String,
    other_text: String,
    languages_text: String,
    members_only: bool,
    registration_open: bool,
}

#[allow(clippy::too_many_arguments)]
async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    viewer: &EventViewer,
    heading: String,
    action: String,
    v: RawEventInput,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let kinds = EventKind::ALL
        .iter()
        .map(|k| Opt {
            value: k.code().into(),
            label: kind_label(tr, *k),
            selected: v.kind == k.code(),
        })
        .collect();
    let (countries, regions) = super::orgs::place_options(
        state,
        tr,
        v.country.as_deref().unwrap_or_default(),
        v.nuts.as_deref().unwrap_or_default(),
    )
    .await?;
    let mut zone_names: Vec<String> = TIME_ZONES.iter().map(|z| z.to_string()).collect();
    if !v.timezone.is_empty() && !zone_names.contains(&v.timezone) {
        zone_names.push(v.timezone.clone());
    }
    let zones = zone_names
        .into_iter()
        .map(|z| Opt {
            selected: z == v.timezone,
            label: z.replace('_', " "),
            value: z,
        })
        .collect();
    // Checkboxes: the organisations this person administers and the current organisers.
    let mut ids: Vec<Id> = viewer.admin_of.iter().copied().collect();
    ids.extend(v.organisers.iter().copied().filter(|id| *id > 0));
    ids.sort_unstable();
    ids.dedup();
    let org_choices: Vec<Opt> = state
        .repo
        .orgs_by_ids(&ids)
        .await?
        .into_iter()
        .map(|o| Opt {
            value: o.id.to_string(),
            selected: v.organisers.contains(&o.id),
            label: o.name,
        })
        .collect();
    let shown: Vec<Id> = org_choices
        .iter()
        .filter_map(|o| o.value.parse().ok())
        .collect();
    let typed_ids = v
        .organisers
        .iter()
        .filter(|id| !shown.contains(id))
        .map(|id| id.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let desc = FORM_LANGS
        .iter()
        .map(|l| {
            (
                l.to_string(),
                v.descriptions
                    .iter()
                    .find(|d| d.lang == *l)
                    .map(|d| d.text.clone())
                    .unwrap_or_default(),
            )
        })
        .collect();
    let other = v
        .descriptions
        .iter()
        .find(|d| !FORM_LANGS.contains(&d.lang.as_str()));
    let error_lines = errors
        .fields
        .iter()
        .map(|f| ErrorLine {
            field: f.field.clone(),
            label: tr.t(&field_key(&f.field)),
            message: tr.msg(&f.message),
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &FormPage {
            c: Chrome::new(ctx, &heading),
            heading,
            action,
            errors,
            error_lines,
            kinds,
            countries,
            regions,
            zones,
            org_choices,
            typed_ids,
            may_type_ids: viewer.platform_admin,
            desc,
            other_lang: other.map(|d| d.lang.clone()).unwrap_or_default(),
            other_text: other.map(|d| d.text.clone()).unwrap_or_default(),
            languages_text: v.languages.join(", "),
            members_only: v.visibility == EventVisibility::Members.code(),
            registration_open: v.registration_open.unwrap_or(true),
            v,
        },
    )
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    viewer.require_user()?;
    if !viewer.platform_admin && viewer.admin_of.is_empty() {
        return Err(DomainError::Forbidden.into());
    }
    let mut organisers: Vec<Id> = viewer.admin_of.iter().copied().collect();
    organisers.truncate(1);
    let v = RawEventInput {
        kind: EventKind::Conference.code().into(),
        organisers,
        timezone: "Europe/Brussels".into(),
        visibility: EventVisibility::Public.code().into(),
        registration_open: Some(true),
        ..Default::default()
    };
    let heading = ctx.tr.t("event-new-title");
    form_page(
        &state,
        &ctx,
        &viewer,
        heading,
        "/events".into(),
        v,
        FieldErrors::new(),
    )
    .await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let raw = raw_from_form(&form);
    match events(&state).create(&viewer, &raw).await {
        Ok(ev) => Ok(see_other(&format!("/events/{}", ev.id))),
        Err(DomainError::Validation(e)) => {
            let heading = ctx.tr.t("event-new-title");
            form_page(&state, &ctx, &viewer, heading, "/events".into(), raw, e).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn edit_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let ev = events(&state).get_as_organiser(&viewer, id).await?;
    let heading = ctx
        .tr
        .ta("event-edit-title", [("title", ev.title.as_str())]);
    let raw = RawEventInput::from_event(&ev);
    form_page(
        &state,
        &ctx,
        &viewer,
        heading,
        format!("/events/{id}"),
        raw,
        FieldErrors::new(),
    )
    .await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let viewer = EventViewer::of(&*state.repo, &ctx.actor).await?;
    let ev = events(&state).get_as_organiser(&viewer, id).await?;
    let raw = raw_from_form(&form);
    match events(&state).update(&viewer, id, &raw).await {
        Ok(_) => Ok(see_other(&format!("/events/{id}"))),
        Err(DomainError::Validation(e)) => {
            let heading = ctx
                .tr
                .ta("event-edit-title", [("title", ev.title.as_str())]);
            form_page(
                &state,
                &ctx,
                &viewer,
                heading,
                format!("/events/{id}"),
                raw,
                e,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "event_show.html")]
struct ShowPage {
    c: Chrome,
    nav: EventNav,
    ev: Event,
    description: Option<LocalizedText>,
    other_descriptions: Vec<LocalizedText>,
    region: Option<String>,
    country: Option<String>,
    languages: Vec<String>,
    capacity: Option<String>,
    members_only: bool,
    /// The projects on the platform the event is part of: (id, acronym).
    projects: Vec<(Id, String)>,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let tr = &ctx.tr;
    let (ev, viewer) = load(&state, &ctx, id).await?;
    let regions: Vec<String> = ev.nuts.iter().map(|n| n.to_string()).collect();
    let labels = Labels::load(&*state.repo, tr, &regions).await?;
    let description = ev.description(tr.code()).cloned();
    let other_descriptions = ev
        .descriptions
        .iter()
        .filter(|d| Some(&d.lang) != description.as_ref().map(|x| &x.lang))
        .cloned()
        .collect();
    render(&ShowPage {
        c: Chrome::new(&ctx, &ev.title),
        nav: EventNav::new(tr, &ev, &viewer, ""),
        projects: state.repo.event_projects(id).await?,
        description,
        other_descriptions,
        region: ev.nuts.as_ref().map(|n| labels.region(n.as_str())),
        country: ev.country.as_ref().map(|c| labels.country(c.as_str())),
        languages: ev
            .languages
            .iter()
            .map(|l| tr.language(l.as_str()))
            .collect(),
        capacity: ev.capacity.map(|n| tr.num(n)),
        members_only: ev.visibility == EventVisibility::Members,
        ev,
    })
}
