//! Pages of meta-clusters: cross-border partnerships of clusters, their members and invitations,
//! the cooperation agreement and joint actions.

use super::layout::Chrome;
use super::{render, render_status, see_other, PageResult};
use crate::context::{CsrfForm, Ctx, FormData};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;
use askama::Template;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use klaster_domain::agenda::MAX_MATERIAL_BYTES;
use klaster_domain::events::{pick_language, RawText};
use klaster_domain::meta_clusters::*;
use klaster_domain::*;
use std::collections::BTreeMap;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/meta-clusters", get(list).post(create))
        .route("/meta-clusters/new", get(new_form))
        .route("/meta-clusters/invitations", get(invitations))
        .route("/meta-clusters/{id}", get(show).post(update))
        .route("/meta-clusters/{id}/edit", get(edit_form))
        .route("/meta-clusters/{id}/members", get(members))
        .route("/meta-clusters/{id}/invitations", post(invite))
        .route("/meta-clusters/{id}/invitations/{org}/accept", post(accept))
        .route(
            "/meta-clusters/{id}/invitations/{org}/decline",
            post(decline),
        )
        .route(
            "/meta-clusters/{id}/invitations/{org}/withdraw",
            post(withdraw),
        )
        .route(
            "/meta-clusters/{id}/members/{org}/remove",
            post(remove_member),
        )
        .route(
            "/meta-clusters/{id}/agreement",
            get(agreement).post(save_agreement),
        )
        .route(
            "/meta-clusters/{id}/agreement/document",
            get(download)
                .post(upload)
                .layer(DefaultBodyLimit::max(MAX_MATERIAL_BYTES + 64 * 1024)),
        )
        .route("/meta-clusters/{id}/actions", get(actions).post(add_action))
        .route(
            "/meta-clusters/{id}/actions/{aid}/delete",
            post(delete_action),
        )
}

pub fn service(state: &AppState) -> MetaClusters<'_> {
    MetaClusters { repo: &*state.repo }
}

/// A choice in a select or a list of checkboxes.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

fn status_label(tr: &Tr, s: MetaClusterStatus) -> String {
    tr.t(&format!("meta-status-{}", s.code()))
}

fn kind_label(tr: &Tr, k: ActionKind) -> String {
    tr.t(&format!("meta-kind-{}", k.code().replace('_', "-")))
}

fn country_name(tr: &Tr, countries: &[Country], code: &str) -> String {
    countries
        .iter()
        .find(|c| c.code == code)
        .map(|c| match tr.code() {
            "pl" => c.name_pl.clone(),
            "bg" => c.name_bg.clone(),
            _ => c.name_en.clone(),
        })
        .unwrap_or_else(|| code.to_string())
}

fn is_admin_of(ctx: &Ctx, org_id: Id) -> bool {
    ctx.actor.role_in(org_id) == Some(OrgRole::Admin)
}

fn status_of(errors: &FieldErrors) -> StatusCode {
    if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

// ---------------------------------------------------------------- the header with tabs

/// The meta-cluster's heading and tabs, shared by its pages.
pub struct MetaNav {
    pub id: Id,
    pub name: String,
    pub status: String,
    pub tabs: Vec<(String, String, bool)>,
}

impl MetaNav {
    fn new(tr: &Tr, m: &MetaCluster, can_coordinate: bool, current: &str) -> Self {
        let mut tabs = vec![
            ("", "meta-tab-overview"),
            ("/members", "meta-tab-members"),
            ("/agreement", "meta-tab-agreement"),
            ("/actions", "meta-tab-actions"),
            ("/news", "meta-tab-news"),
        ];
        if can_coordinate {
            tabs.push(("/edit", "meta-tab-edit"));
        }
        MetaNav {
            id: m.id,
            name: m.name.clone(),
            status: status_label(tr, m.status),
            tabs: tabs
                .into_iter()
                .map(|(path, key)| {
                    (
                        format!("/meta-clusters/{}{path}", m.id),
                        tr.t(key),
                        path == current,
                    )
                })
                .collect(),
        }
    }
}

// ---------------------------------------------------------------- list

#[derive(Template)]
#[template(path = "meta_list.html")]
struct ListPage {
    c: Chrome,
    items: Vec<ListItem>,
    statuses: Vec<Choice>,
    sectors: Vec<Choice>,
    countries: Vec<Choice>,
    q: String,
    summary: String,
    can_propose: bool,
    has_invitations: bool,
}

struct ListItem {
    id: Id,
    name: String,
    status: String,
    sectors: String,
    members: i64,
    countries: String,
}

async fn list(State(state): State<AppState>, ctx: Ctx, Query(f): Query<MetaFilter>) -> PageResult {
    let tr = &ctx.tr;
    let svc = service(&state);
    let all = svc.list(&MetaFilter::default()).await?;
    let shown = svc.list(&f).await?;
    let countries_all = state.repo.countries().await?;
    let pick = |o: &Option<String>| o.clone().unwrap_or_default();
    let statuses = MetaClusterStatus::ALL
        .iter()
        .map(|s| Choice {
            value: s.code().into(),
            label: status_label(tr, *s),
            selected: pick(&f.status) == s.code(),
        })
        .collect();
    let mut sector_names: Vec<String> = all
        .iter()
        .flat_map(|(m, _)| m.sectors.iter().cloned())
        .collect();
    sector_names.sort_by_key(|s| s.to_lowercase());
    sector_names.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    let mut sectors: Vec<Choice> = sector_names
        .into_iter()
        .map(|s| Choice {
            selected: pick(&f.sector).eq_ignore_ascii_case(&s),
            label: s.clone(),
            value: s,
        })
        .collect();
    let mut ecos: Vec<Ecosystem> = all
        .iter()
        .flat_map(|(m, _)| m.ecosystems.iter().copied())
        .collect();
    ecos.sort();
    ecos.dedup();
    sectors.extend(ecos.into_iter().map(|e| Choice {
        value: e.code().into(),
        label: tr.t(&format!("ecosystem-{}", e.code())),
        selected: pick(&f.sector) == e.code(),
    }));
    let mut codes: Vec<String> = all
        .iter()
        .flat_map(|(_, ms)| {
            ms.iter()
                .filter(|x| x.state == MemberState::Member)
                .map(|x| x.country.to_string())
        })
        .collect();
    codes.sort();
    codes.dedup();
    let countries = codes
        .into_iter()
        .map(|code| Choice {
            label: country_name(tr, &countries_all, &code),
            selected: pick(&f.country).eq_ignore_ascii_case(&code),
            value: code,
        })
        .collect();
    let items: Vec<ListItem> = shown
        .iter()
        .map(|(m, ms)| {
            let members: Vec<&MetaMember> = ms
                .iter()
                .filter(|x| x.state == MemberState::Member)
                .collect();
            let mut cs: Vec<String> = members.iter().map(|x| x.country.to_string()).collect();
            cs.sort();
            cs.dedup();
            ListItem {
                id: m.id,
                name: m.name.clone(),
                status: status_label(tr, m.status),
                sectors: m.sectors.join(", "),
                members: members.len() as i64,
                countries: cs.join(", "),
            }
        })
        .collect();
    let can_propose = !svc.proposing_clusters(&ctx.actor).await?.is_empty();
    let has_invitations = !svc.invitations_for(&ctx.actor).await?.is_empty();
    render(&ListPage {
        c: Chrome::new(&ctx, &tr.t("meta-title")),
        summary: tr.tn("meta-count", items.len() as i64),
        items,
        statuses,
        sectors,
        countries,
        q: pick(&f.q),
        can_propose,
        has_invitations,
    })
}

// ---------------------------------------------------------------- create and edit

#[derive(Template)]
#[template(path = "meta_form.html")]
struct FormPage {
    c: Chrome,
    nav: Option<MetaNav>,
    action: String,
    name: String,
    descriptions: Vec<(String, String, String)>,
    sectors: String,
    nace: String,
    ecosystems: Vec<Choice>,
    website: String,
    project_id: String,
    statuses: Vec<Choice>,
    coordinators: Vec<Choice>,
    errors: FieldErrors,
}

const FORM_LANGS: [&str; 3] = ["en", "pl", "bg"];

/// The form's fields as the service reads them.
fn raw_from_form(f: &FormData) -> RawMetaCluster {
    let split = |s: String, seps: &[char]| -> Vec<String> {
        s.split(seps)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    };
    RawMetaCluster {
        name: f.text("name"),
        descriptions: FORM_LANGS
            .iter()
            .map(|l| RawText {
                lang: l.to_string(),
                text: f.text(&format!("description_{l}")),
            })
            .collect(),
        sectors: split(f.text("sectors"), &['\n', ';']),
        nace: split(f.text("nace"), &[',', ' ', ';']),
        ecosystems: f.all("ecosystems"),
        website: f.opt("website"),
        // A number field: anything else is no project (0 exists nowhere and is refused).
        project_id: f.opt("project_id").map(|p| p.parse().unwrap_or(0)),
        status: f.opt("status"),
        coordinator_id: f.opt("coordinator_id").map(|p| p.parse().unwrap_or(0)),
    }
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    meta: Option<&MetaCluster>,
    raw: &RawMetaCluster,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let text = |l: &str| {
        raw.descriptions
            .iter()
            .find(|d| d.lang == l)
            .map(|d| d.text.clone())
            .unwrap_or_default()
    };
    let coordinators = if meta.is_none() {
        let mut mine = service(state).proposing_clusters(&ctx.actor).await?;
        if ctx.actor.is_platform_admin() {
            // Platform administrators may start one for any cluster.
            mine = state
                .repo
                .all_orgs()
                .await?
                .into_iter()
                .filter(|o| o.kind == OrgKind::Cluster)
                .map(|o| (o.id, o.name))
                .collect();
        }
        mine.into_iter()
            .map(|(id, name)| Choice {
                value: id.to_string(),
                label: name,
                selected: raw.coordinator_id == Some(id),
            })
            .collect()
    } else {
        vec![]
    };
    let title = match meta {
        Some(m) => tr.ta("meta-edit-title", [("name", m.name.as_str())]),
        None => tr.t("meta-new-title"),
    };
    let page = FormPage {
        c: Chrome::new(ctx, &title),
        nav: meta.map(|m| MetaNav::new(tr, m, true, "/edit")),
        action: meta
            .map(|m| format!("/meta-clusters/{}", m.id))
            .unwrap_or_else(|| "/meta-clusters".into()),
        name: raw.name.clone(),
        descriptions: FORM_LANGS
            .iter()
            .map(|l| (l.to_string(), tr.language(l), text(l)))
            .collect(),
        sectors: raw.sectors.join("\n"),
        nace: raw.nace.join(", "),
        ecosystems: Ecosystem::ALL
            .iter()
            .map(|e| Choice {
                value: e.code().into(),
                label: tr.t(&format!("ecosystem-{}", e.code())),
                selected: raw.ecosystems.iter().any(|x| x == e.code()),
            })
            .collect(),
        website: raw.website.clone().unwrap_or_default(),
        project_id: raw.project_id.map(|p| p.to_string()).unwrap_or_default(),
        statuses: if meta.is_some() {
            MetaClusterStatus::ALL
                .iter()
                .map(|s| Choice {
                    value: s.code().into(),
                    label: status_label(tr, *s),
                    selected: raw.status.as_deref() == Some(s.code()),
                })
                .collect()
        } else {
            vec![]
        },
        coordinators,
        errors,
    };
    let status = status_of(&page.errors);
    render_status(status, &page)
}

async fn new_form(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    ctx.actor.require_user()?;
    if service(&state)
        .proposing_clusters(&ctx.actor)
        .await?
        .is_empty()
        && !ctx.actor.is_platform_admin()
    {
        return Err(DomainError::Forbidden.into());
    }
    form_page(
        &state,
        &ctx,
        None,
        &RawMetaCluster::default(),
        FieldErrors::new(),
    )
    .await
}

async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(form): CsrfForm) -> PageResult {
    let raw = raw_from_form(&form);
    match service(&state).create(&ctx.actor, &raw, today()).await {
        Ok(m) => Ok(see_other(&format!("/meta-clusters/{}", m.id))),
        Err(DomainError::Validation(e)) => form_page(&state, &ctx, None, &raw, e).await,
        Err(e) => Err(e.into()),
    }
}

async fn edit_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let m = service(&state).get(id).await?;
    m.require_coordinator(&ctx.actor)?;
    form_page(
        &state,
        &ctx,
        Some(&m),
        &RawMetaCluster::from_meta(&m),
        FieldErrors::new(),
    )
    .await
}

async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let raw = raw_from_form(&form);
    match service(&state).update(&ctx.actor, id, &raw).await {
        Ok(_) => Ok(see_other(&format!("/meta-clusters/{id}"))),
        Err(DomainError::Validation(e)) => {
            let m = service(&state).get(id).await?;
            form_page(&state, &ctx, Some(&m), &raw, e).await
        }
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------- the overview

pub struct MemberView {
    pub org_id: Id,
    pub name: String,
    pub country: String,
    pub country_name: String,
    pub joined: String,
    pub coordinator: bool,
    pub message: String,
    /// The viewer administers this cluster.
    pub mine: bool,
}

struct CountryGroup {
    name: String,
    members: Vec<MemberView>,
}

pub struct ActionView {
    pub id: Id,
    pub kind: String,
    pub title: String,
    pub link: Option<String>,
    pub date: String,
    pub note: String,
}

pub struct AgreementView {
    pub signed: String,
    pub place: String,
    pub signatories: Vec<Signatory>,
    pub summary: String,
    pub document: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "meta_show.html")]
struct ShowPage {
    c: Chrome,
    nav: MetaNav,
    description: Option<LocalizedText>,
    sectors: Vec<String>,
    ecosystems: Vec<String>,
    nace: String,
    website: Option<String>,
    coordinator: Option<MemberView>,
    project: Option<(Id, String)>,
    members: Vec<MemberView>,
    by_country: Vec<CountryGroup>,
    /// Invitations of clusters the viewer administers.
    my_invitations: Vec<MemberView>,
    agreement: Option<AgreementView>,
    actions: Vec<ActionView>,
}

fn member_view(
    tr: &Tr,
    ctx: &Ctx,
    countries: &[Country],
    m: &MetaCluster,
    x: &MetaMember,
) -> MemberView {
    MemberView {
        org_id: x.org_id,
        name: x.org_name.clone(),
        country: x.country.to_string(),
        country_name: country_name(tr, countries, x.country.as_str()),
        joined: x.joined_on.map(|d| tr.day(d)).unwrap_or_default(),
        coordinator: x.org_id == m.coordinator_id,
        message: x.message.clone().unwrap_or_default(),
        mine: is_admin_of(ctx, x.org_id),
    }
}

fn action_view(tr: &Tr, a: &JointAction) -> ActionView {
    ActionView {
        id: a.id,
        kind: kind_label(tr, a.kind),
        title: a.title.clone(),
        link: a.link(),
        date: a.happened_on.map(|d| tr.day(d)).unwrap_or_default(),
        note: a.note.clone(),
    }
}

fn agreement_view(tr: &Tr, id: Id, a: &Agreement) -> AgreementView {
    AgreementView {
        signed: a.signed_on.map(|d| tr.day(d)).unwrap_or_default(),
        place: a.place.clone().unwrap_or_default(),
        signatories: a.signatories.clone(),
        summary: a.summary.clone(),
        document: a.document.as_ref().map(|d| {
            (
                format!("/meta-clusters/{id}/agreement/document"),
                format!("{} ({})", d.filename, super::agenda::size_text(tr, d.size)),
            )
        }),
    }
}

async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let tr = &ctx.tr;
    let svc = service(&state);
    let m = svc.get(id).await?;
    let rows = state.repo.meta_members(id).await?;
    let countries = state.repo.countries().await?;
    let members: Vec<MemberView> = rows
        .iter()
        .filter(|x| x.state == MemberState::Member)
        .map(|x| member_view(tr, &ctx, &countries, &m, x))
        .collect();
    let mut groups: BTreeMap<String, Vec<MemberView>> = BTreeMap::new();
    for x in rows.iter().filter(|x| x.state == MemberState::Member) {
        let v = member_view(tr, &ctx, &countries, &m, x);
        groups.entry(v.country_name.clone()).or_default().push(v);
    }
    let my_invitations = rows
        .iter()
        .filter(|x| x.state == MemberState::Invited && is_admin_of(&ctx, x.org_id))
        .map(|x| member_view(tr, &ctx, &countries, &m, x))
        .collect();
    let project = match m.project_id {
        Some(p) => state.repo.project(p).await?.map(|p| (p.id, p.acronym)),
        None => None,
    };
    let agreement = state
        .repo
        .meta_agreement(id)
        .await?
        .map(|a| agreement_view(tr, id, &a));
    let actions = state
        .repo
        .meta_actions(id)
        .await?
        .iter()
        .map(|a| action_view(tr, a))
        .collect();
    let can_coordinate = m.require_coordinator(&ctx.actor).is_ok();
    render(&ShowPage {
        c: Chrome::new(&ctx, &m.name),
        nav: MetaNav::new(tr, &m, can_coordinate, ""),
        description: pick_language(&m.descriptions, tr.code()).cloned(),
        sectors: m.sectors.clone(),
        ecosystems: m
            .ecosystems
            .iter()
            .map(|e| tr.t(&format!("ecosystem-{}", e.code())))
            .collect(),
        nace: m
            .nace
            .iter()
            .map(|c| c.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        website: m.website.clone(),
        coordinator: members.iter().find(|x| x.coordinator).map(|x| MemberView {
            org_id: x.org_id,
            name: x.name.clone(),
            country: x.country.clone(),
            country_name: x.country_name.clone(),
            joined: x.joined.clone(),
            coordinator: true,
            message: String::new(),
            mine: x.mine,
        }),
        project,
        members,
        by_country: groups
            .into_iter()
            .map(|(name, members)| CountryGroup { name, members })
            .collect(),
        my_invitations,
        agreement,
        actions,
    })
}

// ---------------------------------------------------------------- members and invitations

#[derive(Template)]
#[template(path = "meta_members.html")]
struct MembersPage {
    c: Chrome,
    nav: MetaNav,
    can_coordinate: bool,
    members: Vec<MemberView>,
    invited: Vec<MemberView>,
    former: Vec<(MemberView, String)>,
    candidates: Vec<Choice>,
    message: String,
    errors: FieldErrors,
}

async fn members_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    form: Option<&FormData>,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let m = service(state).get(id).await?;
    let rows = state.repo.meta_members(id).await?;
    let countries = state.repo.countries().await?;
    let can_coordinate = m.require_coordinator(&ctx.actor).is_ok();
    let view = |x: &MetaMember| member_view(tr, ctx, &countries, &m, x);
    let chosen = form.and_then(|f| f.opt("org_id"));
    let candidates = if can_coordinate {
        let taken: Vec<Id> = rows
            .iter()
            .filter(|x| matches!(x.state, MemberState::Member | MemberState::Invited))
            .map(|x| x.org_id)
            .collect();
        state
            .repo
            .all_orgs()
            .await?
            .into_iter()
            .filter(|o| o.kind == OrgKind::Cluster && !taken.contains(&o.id))
            .map(|o| Choice {
                selected: chosen.as_deref() == Some(o.id.to_string().as_str()),
                value: o.id.to_string(),
                label: format!("{} ({})", o.name, o.country),
            })
            .collect()
    } else {
        vec![]
    };
    let page = MembersPage {
        c: Chrome::new(ctx, &format!("{} — {}", m.name, tr.t("meta-tab-members"))),
        nav: MetaNav::new(tr, &m, can_coordinate, "/members"),
        can_coordinate,
        members: rows
            .iter()
            .filter(|x| x.state == MemberState::Member)
            .map(view)
            .collect(),
        invited: rows
            .iter()
            .filter(|x| x.state == MemberState::Invited)
            .map(view)
            .collect(),
        former: rows
            .iter()
            .filter(|x| matches!(x.state, MemberState::Declined | MemberState::Left))
            .map(|x| (view(x), tr.t(&format!("meta-state-{}", x.state.code()))))
            .collect(),
        candidates,
        message: form.map(|f| f.text("message")).unwrap_or_default(),
        errors,
    };
    let status = status_of(&page.errors);
    render_status(status, &page)
}

async fn members(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    members_page(&state, &ctx, id, None, FieldErrors::new()).await
}

async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let org = form.opt("org_id").map(|o| o.parse().unwrap_or(0));
    match service(&state)
        .invite(&ctx.actor, id, org, &form.text("message"))
        .await
    {
        Ok(()) => Ok(see_other(&format!("/meta-clusters/{id}/members"))),
        Err(DomainError::Validation(e)) => members_page(&state, &ctx, id, Some(&form), e).await,
        Err(e) => Err(e.into()),
    }
}

/// Where to go after answering: back where the form was (a local path), else the meta-cluster.
fn back(form: &FormData, id: Id) -> String {
    match form.opt("next") {
        Some(n) if n.starts_with('/') && !n.starts_with("//") => super::safe_next(Some(&n)),
        _ => format!("/meta-clusters/{id}"),
    }
}

async fn accept(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, org)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    service(&state)
        .answer(&ctx.actor, id, org, true, today())
        .await?;
    Ok(see_other(&back(&form, id)))
}

async fn decline(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, org)): Path<(Id, Id)>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    service(&state)
        .answer(&ctx.actor, id, org, false, today())
        .await?;
    Ok(see_other(&back(&form, id)))
}

async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, org)): Path<(Id, Id)>,
    _form: CsrfForm,
) -> PageResult {
    service(&state).withdraw(&ctx.actor, id, org).await?;
    Ok(see_other(&format!("/meta-clusters/{id}/members")))
}

async fn remove_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, org)): Path<(Id, Id)>,
    _form: CsrfForm,
) -> PageResult {
    match service(&state).remove_member(&ctx.actor, id, org).await {
        Ok(()) => Ok(see_other(&format!("/meta-clusters/{id}/members"))),
        Err(DomainError::Validation(e)) => members_page(&state, &ctx, id, None, e).await,
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------- pending invitations

pub struct InvitationView {
    pub meta_cluster_id: Id,
    pub meta_name: String,
    pub org_id: Id,
    pub org_name: String,
    pub message: String,
    pub invited: String,
}

#[derive(Template)]
#[template(path = "meta_invitations.html")]
struct InvitationsPage {
    c: Chrome,
    items: Vec<InvitationView>,
}

fn invitation_view(tr: &Tr, r: &OrgMetaCluster) -> InvitationView {
    InvitationView {
        meta_cluster_id: r.meta_cluster_id,
        meta_name: r.name.clone(),
        org_id: r.member.org_id,
        org_name: r.member.org_name.clone(),
        message: r.member.message.clone().unwrap_or_default(),
        invited: r.member.invited_at.map(|t| tr.date(t)).unwrap_or_default(),
    }
}

async fn invitations(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    ctx.actor.require_user()?;
    let items = service(&state)
        .invitations_for(&ctx.actor)
        .await?
        .iter()
        .map(|r| invitation_view(&ctx.tr, r))
        .collect();
    render(&InvitationsPage {
        c: Chrome::new(&ctx, &ctx.tr.t("meta-invitations-title")),
        items,
    })
}

// ---------------------------------------------------------------- the agreement

#[derive(Template)]
#[template(path = "meta_agreement.html")]
struct AgreementPage {
    c: Chrome,
    nav: MetaNav,
    can_coordinate: bool,
    agreement: Option<AgreementView>,
    signed_on: String,
    place: String,
    signatories: String,
    summary: String,
    errors: FieldErrors,
}

fn raw_agreement(form: &FormData) -> RawAgreement {
    RawAgreement {
        signed_on: form.text("signed_on"),
        place: form.text("place"),
        signatories: form
            .text("signatories")
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let (name, org) = l.split_once(',').unwrap_or((l, ""));
                Signatory {
                    name: name.trim().to_string(),
                    organisation: org.trim().to_string(),
                }
            })
            .collect(),
        summary: form.text("summary"),
    }
}

async fn agreement_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    form: Option<&FormData>,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let m = service(state).get(id).await?;
    let a = state.repo.meta_agreement(id).await?;
    let can_coordinate = m.require_coordinator(&ctx.actor).is_ok();
    let (signed_on, place, signatories, summary) = match (form, &a) {
        (Some(f), _) => (
            f.text("signed_on"),
            f.text("place"),
            f.text("signatories"),
            f.text("summary"),
        ),
        (None, Some(a)) => (
            a.signed_on.map(|d| d.to_string()).unwrap_or_default(),
            a.place.clone().unwrap_or_default(),
            a.signatories
                .iter()
                .map(|s| {
                    if s.organisation.is_empty() {
                        s.name.clone()
                    } else {
                        format!("{}, {}", s.name, s.organisation)
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
            a.summary.clone(),
        ),
        (None, None) => Default::default(),
    };
    let page = AgreementPage {
        c: Chrome::new(ctx, &format!("{} — {}", m.name, tr.t("meta-tab-agreement"))),
        nav: MetaNav::new(tr, &m, can_coordinate, "/agreement"),
        can_coordinate,
        agreement: a.as_ref().map(|a| agreement_view(tr, id, a)),
        signed_on,
        place,
        signatories,
        summary,
        errors,
    };
    let status = status_of(&page.errors);
    render_status(status, &page)
}

async fn agreement(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    agreement_page(&state, &ctx, id, None, FieldErrors::new()).await
}

async fn save_agreement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    match service(&state)
        .save_agreement(&ctx.actor, id, &raw_agreement(&form))
        .await
    {
        Ok(_) => Ok(see_other(&format!("/meta-clusters/{id}/agreement"))),
        Err(DomainError::Validation(e)) => agreement_page(&state, &ctx, id, Some(&form), e).await,
        Err(e) => Err(e.into()),
    }
}

/// The signed document as a multipart upload (`_csrf`, `file`); the token is checked before
/// anything is stored.
async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    mut multipart: Multipart,
) -> PageResult {
    let unreadable = |e: axum::extract::multipart::MultipartError| {
        let msg = if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            "must be at most 10 MB"
        } else {
            "the upload could not be read"
        };
        PageError(DomainError::field("file", msg))
    };
    let upload = super::files::read_upload(&ctx, &mut multipart, "file", unreadable).await?;
    match service(&state)
        .upload_agreement(&ctx.actor, id, &upload.filename, &upload.data)
        .await
    {
        Ok(_) => Ok(see_other(&format!("/meta-clusters/{id}/agreement"))),
        Err(DomainError::Validation(e)) => agreement_page(&state, &ctx, id, None, e).await,
        Err(e) => Err(e.into()),
    }
}

async fn download(
    State(state): State<AppState>,
    Path(id): Path<Id>,
) -> Result<Response, PageError> {
    let (doc, data) = service(&state).agreement_document(id).await?;
    Ok(document_response(&doc, data))
}

/// The agreement's document as an attachment with its stored type.
pub(crate) fn document_response(doc: &AgreementDocument, data: Vec<u8>) -> Response {
    super::files::attachment(&doc.content_type, &doc.filename, data)
}

// ---------------------------------------------------------------- joint actions

#[derive(Template)]
#[template(path = "meta_actions.html")]
struct ActionsPage {
    c: Chrome,
    nav: MetaNav,
    can_coordinate: bool,
    actions: Vec<ActionView>,
    kinds: Vec<Choice>,
    event_id: String,
    project_id: String,
    title: String,
    happened_on: String,
    note: String,
    errors: FieldErrors,
}

fn raw_action(f: &FormData) -> RawAction {
    RawAction {
        kind: f.text("kind"),
        event_id: f.opt("event_id").map(|p| p.parse().unwrap_or(0)),
        project_id: f.opt("project_id").map(|p| p.parse().unwrap_or(0)),
        title: f.text("title"),
        happened_on: f.text("happened_on"),
        note: f.text("note"),
    }
}

async fn actions_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    form: Option<&FormData>,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let m = service(state).get(id).await?;
    let can_coordinate = m.require_coordinator(&ctx.actor).is_ok();
    let v = |k: &str| form.map(|f| f.text(k)).unwrap_or_default();
    let kind = v("kind");
    let page = ActionsPage {
        c: Chrome::new(ctx, &format!("{} — {}", m.name, tr.t("meta-tab-actions"))),
        nav: MetaNav::new(tr, &m, can_coordinate, "/actions"),
        can_coordinate,
        actions: state
            .repo
            .meta_actions(id)
            .await?
            .iter()
            .map(|a| action_view(tr, a))
            .collect(),
        kinds: ActionKind::ALL
            .iter()
            .map(|k| Choice {
                value: k.code().into(),
                label: kind_label(tr, *k),
                selected: kind == k.code(),
            })
            .collect(),
        event_id: v("event_id"),
        project_id: v("project_id"),
        title: v("title"),
        happened_on: v("happened_on"),
        note: v("note"),
        errors,
    };
    let status = status_of(&page.errors);
    render_status(status, &page)
}

async fn actions(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    actions_page(&state, &ctx, id, None, FieldErrors::new()).await
}

async fn add_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    match service(&state)
        .add_action(&ctx.actor, id, &raw_action(&form))
        .await
    {
        Ok(_) => Ok(see_other(&format!("/meta-clusters/{id}/actions"))),
        Err(DomainError::Validation(e)) => actions_page(&state, &ctx, id, Some(&form), e).await,
        Err(e) => Err(e.into()),
    }
}

async fn delete_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, aid)): Path<(Id, Id)>,
    _form: CsrfForm,
) -> PageResult {
    service(&state).delete_action(&ctx.actor, id, aid).await?;
    Ok(see_other(&format!("/meta-clusters/{id}/actions")))
}

// ---------------------------------------------------------------- the organisation page's part

/// An organisation's meta-clusters for its page: memberships, and for its administrators the
/// pending invitations with accept and decline buttons. Rendered by `_org_meta_clusters.html`
/// (variables `meta` and `c`).
pub struct OrgMetaClusters {
    pub org_id: Id,
    /// (meta-cluster id, name, status, "coordinator" or empty, join date).
    pub memberships: Vec<OrgMembershipView>,
    pub invitations: Vec<InvitationView>,
}

pub struct OrgMembershipView {
    pub meta_cluster_id: Id,
    pub name: String,
    pub status: String,
    pub coordinator: bool,
    pub joined: String,
}

impl OrgMetaClusters {
    pub fn is_empty(&self) -> bool {
        self.memberships.is_empty() && self.invitations.is_empty()
    }
}

pub async fn org_meta_clusters(
    state: &AppState,
    ctx: &Ctx,
    org_id: Id,
) -> Result<OrgMetaClusters, PageError> {
    let tr = &ctx.tr;
    let rows = service(state).of_orgs(&[org_id]).await?;
    let admin = is_admin_of(ctx, org_id);
    Ok(OrgMetaClusters {
        org_id,
        memberships: rows
            .iter()
            .filter(|r| r.member.state == MemberState::Member)
            .map(|r| OrgMembershipView {
                meta_cluster_id: r.meta_cluster_id,
                name: r.name.clone(),
                status: status_label(tr, r.status),
                coordinator: r.is_coordinator,
                joined: r.member.joined_on.map(|d| tr.day(d)).unwrap_or_default(),
            })
            .collect(),
        invitations: if admin {
            rows.iter()
                .filter(|r| r.member.state == MemberState::Invited)
                .map(|r| invitation_view(tr, r))
                .collect()
        } else {
            vec![]
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// The organisation page includes `_org_meta_clusters.html` with `meta` and `c`; this
    /// renders it the same way, so that the partial keeps compiling and translating.
    #[derive(Template)]
    #[template(source = r#"{% include "_org_meta_clusters.html" %}"#, ext = "html")]
    struct Host {
        c: Chrome,
        meta: OrgMetaClusters,
    }

    #[test]
    fn the_organisation_partial_renders_memberships_and_invitations() {
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            let c = Chrome {
                tr: tr.clone(),
                title: String::new(),
                user: None,
                memberships: vec![],
                csrf: "token".into(),
                langs: vec![],
                here: "/organisations/7".into(),
                unread_notifications: 0,
            };
            let html = Host {
                c,
                meta: OrgMetaClusters {
                    org_id: 7,
                    memberships: vec![OrgMembershipView {
                        meta_cluster_id: 3,
                        name: "Energy & Environment".into(),
                        status: status_label(&tr, MetaClusterStatus::Active),
                        coordinator: true,
                        joined: "6 February 2024".into(),
                    }],
                    invitations: vec![InvitationView {
                        meta_cluster_id: 4,
                        meta_name: "Tourism".into(),
                        org_id: 7,
                        org_name: "LKE".into(),
                        message: "Join us".into(),
                        invited: String::new(),
                    }],
                },
            }
            .render()
            .unwrap();
            assert!(html.contains(r#"href="/meta-clusters/3""#), "{html}");
            assert!(html.contains(r#"action="/meta-clusters/4/invitations/7/accept""#));
            assert!(html.contains(r#"action="/meta-clusters/4/invitations/7/decline""#));
            assert!(
                !html.contains(">meta-"),
                "a raw key in {}: {html}",
                lang.code()
            );
        }
    }
}
