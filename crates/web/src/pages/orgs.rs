//! One organisation: its profile page, the create/edit form, cluster members, people and
//! invitations, and the request for verification.

use super::directory::{sentence_case, Labels};
use super::layout::Chrome;
use super::{render, render_status, see_other, PageResult};
use crate::auth::{new_token, token_hash};
use crate::context::{CsrfForm, Ctx, FormData};
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use klaster_domain::directory::{members_by_kind, split_list, Checklist, RawOrgInput};
use klaster_domain::*;
use serde::Deserialize;

/// The languages that get their own description box; others go in the "another language" box.
const FORM_LANGS: [&str; 3] = ["en", "pl", "bg"];

pub fn raw_from_form(form: &FormData) -> RawOrgInput {
    let mut descriptions: Vec<LocalizedText> = FORM_LANGS
        .iter()
        .filter_map(|l| {
            Some(LocalizedText {
                lang: LanguageTag::parse(l).ok()?,
                text: form.text(&format!("description_{l}")),
            })
        })
        .collect();
    if let Some(lang) = form.opt("description_other_lang") {
        if let Ok(lang) = LanguageTag::parse(&lang) {
            descriptions.push(LocalizedText {
                lang,
                text: form.text("description_other"),
            });
        }
    }
    RawOrgInput {
        kind: form.text("type"),
        size_class: form.opt("size_class"),
        name: form.text("name"),
        short_name: form.opt("short_name"),
        country: form.text("country"),
        nuts: form.opt("nuts"),
        nace: split_list(&form.text("nace")),
        ecosystems: form.all("ecosystems"),
        keywords: split_list(&form.text("keywords")),
        website: form.opt("website"),
        year_founded: form.opt("year_founded"),
        languages: split_list(&form.text("languages")),
        descriptions,
        management_fte: form.opt("management_fte"),
    }
}

pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct RegionGroup {
    pub country: String,
    pub options: Vec<Opt>,
}

#[derive(Template)]
#[template(path = "org_form.html")]
struct OrgForm {
    c: Chrome,
    heading: String,
    action: String,
    v: RawOrgInput,
    errors: FieldErrors,
    kinds: Vec<Opt>,
    sizes: Vec<Opt>,
    countries: Vec<Opt>,
    regions: Vec<RegionGroup>,
    ecosystems: Vec<Opt>,
    nace_text: String,
    keywords_text: String,
    languages_text: String,
    desc: Vec<(String, String)>,
    other_lang: String,
    other_text: String,
}

/// The country select and the region select (grouped by country) of a form, with the given
/// values selected.
pub async fn place_options(
    state: &AppState,
    tr: &crate::i18n::Tr,
    country: &str,
    nuts: &str,
) -> Result<(Vec<Opt>, Vec<RegionGroup>), DomainError> {
    let all_countries = state.repo.countries().await?;
    let mut countries: Vec<Opt> = all_countries
        .iter()
        .map(|c| Opt {
            value: c.code.clone(),
            label: c.name(tr.code()).to_string(),
            selected: country.eq_ignore_ascii_case(&c.code),
        })
        .collect();
    countries.sort_by(|a, b| a.label.cmp(&b.label));
    let nuts = nuts.to_uppercase();
    let mut regions: Vec<RegionGroup> = Vec::new();
    for r in state
        .repo
        .nuts_regions(None, None)
        .await?
        .into_iter()
        .filter(|r| r.level > 0)
    {
        let group = all_countries
            .iter()
            .find(|c| c.code == r.country)
            .map(|c| c.name(tr.code()).to_string())
            .unwrap_or(r.country.clone());
        let o = Opt {
            selected: r.code == nuts,
            label: format!("{} {}", r.code, r.name),
            value: r.code,
        };
        match regions.last_mut() {
            Some(g) if g.country == group => g.options.push(o),
            _ => regions.push(RegionGroup {
                country: group,
                options: vec![o],
            }),
        }
    }
    Ok((countries, regions))
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    heading: String,
    action: String,
    v: RawOrgInput,
    errors: FieldErrors,
) -> PageResult {
    let tr = &ctx.tr;
    let opt = |value: &str, label: String, selected: bool| Opt {
        value: value.to_string(),
        label,
        selected,
    };
    let kinds = OrgKind::ALL
        .iter()
        .map(|k| {
            opt(
                k.code(),
                tr.t(&format!("kind-{}", k.code())),
                v.kind == k.code(),
            )
        })
        .collect();
    let size = v.size_class.clone().unwrap_or_default();
    let sizes = SizeClass::ALL
        .iter()
        .map(|s| {
            opt(
                s.code(),
                tr.t(&format!("size-{}", s.code())),
                size == s.code(),
            )
        })
        .collect();
    let (countries, regions) =
        place_options(state, tr, &v.country, v.nuts.as_deref().unwrap_or_default()).await?;
    let ecosystems = Ecosystem::ALL
        .iter()
        .map(|e| {
            opt(
                e.code(),
                tr.t(&format!("ecosystem-{}", e.code())),
                v.ecosystems.iter().any(|x| x == e.code()),
            )
        })
        .collect();
    let desc = FORM_LANGS
        .iter()
        .map(|l| {
            (
                l.to_string(),
                v.descriptions
                    .iter()
                    .find(|d| d.lang.as_str() == *l)
                    .map(|d| d.text.clone())
                    .unwrap_or_default(),
            )
        })
        .collect();
    let other = v
        .descriptions
        .iter()
        .find(|d| !FORM_LANGS.contains(&d.lang.as_str()));
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &OrgForm {
            c: Chrome::new(ctx, &heading),
            heading,
            action,
            nace_text: v.nace.join(", "),
            keywords_text: v.keywords.join(", "),
            languages_text: v.languages.join(", "),
            other_lang: other.map(|d| d.lang.to_string()).unwrap_or_default(),
            other_text: other.map(|d| d.text.clone()).unwrap_or_default(),
            v,
            errors,
            kinds,
            sizes,
            countries,
            regions,
            ecosystems,
            desc,
        },
    )
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> PageResult {
    ctx.actor.can_create_org()?;
    let v = RawOrgInput {
        kind: "company".into(),
        ..Default::default()
    };
    form_page(
        &state,
        &ctx,
        ctx.tr.t("org-new-title"),
        "/organisations".into(),
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
    let raw = raw_from_form(&form);
    match state.directory().create(&ctx.actor, &raw).await {
        Ok(org) => {
            state.matching.touch();
            Ok(see_other(&format!("/organisations/{}", org.id)))
        }
        Err(DomainError::Validation(e)) => {
            form_page(
                &state,
                &ctx,
                ctx.tr.t("org-new-title"),
                "/organisations".into(),
                raw,
                e,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

async fn existing(state: &AppState, id: Id) -> Result<Organisation, DomainError> {
    state.repo.org(id).await?.ok_or(DomainError::NotFound)
}

pub async fn edit_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let org = existing(&state, id).await?;
    ctx.actor.can_admin_org(id)?;
    let heading = ctx.tr.ta("org-edit-title", [("name", org.name.as_str())]);
    form_page(
        &state,
        &ctx,
        heading,
        format!("/organisations/{id}"),
        RawOrgInput::from_org(&org),
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
    let org = existing(&state, id).await?;
    let raw = raw_from_form(&form);
    match state.directory().update(&ctx.actor, id, &raw).await {
        Ok(_) => {
            state.matching.touch();
            Ok(see_other(&format!("/organisations/{id}")))
        }
        Err(DomainError::Validation(e)) => {
            let heading = ctx.tr.ta("org-edit-title", [("name", org.name.as_str())]);
            form_page(
                &state,
                &ctx,
                heading,
                format!("/organisations/{id}"),
                raw,
                e,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

pub struct KindCount {
    pub label: String,
    pub count: String,
}

#[derive(Template)]
#[template(path = "org_show.html")]
struct OrgPage {
    c: Chrome,
    org: Organisation,
    kind: String,
    size: Option<String>,
    country: String,
    region: Option<String>,
    nace: Vec<String>,
    ecosystems: Vec<String>,
    description: Option<LocalizedText>,
    other_descriptions: Vec<LocalizedText>,
    clusters: Vec<(Id, String)>,
    members_total: String,
    members_by_kind: Vec<KindCount>,
    projects: Vec<klaster_domain::projects::ProjectLink>,
    meta: super::meta_clusters::OrgMetaClusters,
    checklist: Checklist,
    can_admin: bool,
    can_see_people: bool,
    fte: Option<String>,
    news: Vec<super::reports::NewsView>,
    /// HTML fragments of other areas: the organisation's cooperation profiles and its suggested
    /// partners.
    marketplace: String,
    suggestions: String,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    let tr = &ctx.tr;
    let org = existing(&state, id).await?;
    let regions: Vec<String> = org.nuts.iter().map(|n| n.to_string()).collect();
    let labels = Labels::load(&*state.repo, tr, &regions).await?;
    let mut nace = Vec::new();
    for code in &org.nace {
        nace.push(
            match state.repo.nace_entry(code.as_str(), tr.code()).await? {
                Some(e) => format!("{} — {}", e.code, sentence_case(&e.label)),
                None => labels.nace(code.as_str()),
            },
        );
    }
    let members = state.repo.cluster_members(id).await?;
    let description = org.description_in(tr.code()).cloned();
    let other_descriptions = org
        .descriptions
        .iter()
        .filter(|d| Some(&d.lang) != description.as_ref().map(|x| &x.lang))
        .cloned()
        .collect();
    let checklist = Checklist::evaluate(&org, &members);
    render(&OrgPage {
        c: Chrome::new(&ctx, &org.name),
        kind: tr.t(&format!("kind-{}", org.kind.code())),
        size: org.size_class.map(|s| tr.t(&format!("size-{}", s.code()))),
        country: labels.country(org.country.as_str()),
        region: org.nuts.as_ref().map(|n| labels.region(n.as_str())),
        nace,
        ecosystems: org
            .ecosystems
            .iter()
            .map(|e| tr.t(&format!("ecosystem-{}", e.code())))
            .collect(),
        description,
        other_descriptions,
        clusters: state.repo.clusters_of(id).await?,
        members_total: tr.tn("members-count", members.len() as i64),
        members_by_kind: members_by_kind(&members)
            .into_iter()
            .map(|(k, n)| KindCount {
                label: tr.t(&format!("kind-{}", k.code())),
                count: tr.num(n as i64),
            })
            .collect(),
        projects: super::projects::org_projects(&state, id).await?,
        meta: super::meta_clusters::org_meta_clusters(&state, &ctx, id).await?,
        marketplace: super::marketplace::org_section(&state, &ctx, id).await?,
        suggestions: super::suggestions::section(&state, &ctx, &format!("org:{id}")).await?,
        checklist,
        can_admin: ctx.actor.can_admin_org(id).is_ok(),
        can_see_people: ctx.actor.can_see_org_people(id).is_ok(),
        fte: org.management_fte.map(|x| tr.dec(x, 1)),
        news: super::reports::org_news(&state, &ctx, id).await?,
        org,
    })
}

#[derive(Deserialize, Default)]
pub struct FindQuery {
    find: Option<String>,
}

pub struct MemberRow {
    pub member: ClusterMember,
    pub kind: String,
}

#[derive(Template)]
#[template(path = "org_members.html")]
struct MembersPage {
    c: Chrome,
    org: Organisation,
    rows: Vec<MemberRow>,
    find: String,
    candidates: Vec<(Id, String, String)>,
    can_admin: bool,
    checklist: Checklist,
}

pub async fn members(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    Query(q): Query<FindQuery>,
) -> PageResult {
    let org = existing(&state, id).await?;
    let members = state.repo.cluster_members(id).await?;
    let can_admin = ctx.actor.can_admin_org(id).is_ok();
    let find = q.find.unwrap_or_default();
    let mut candidates = Vec::new();
    if can_admin && !find.trim().is_empty() {
        let hits = state
            .index
            .search(&DirectoryQuery {
                text: Some(find.clone()),
                limit: 10,
                ..Default::default()
            })
            .map_err(DomainError::Internal)?;
        for o in state.repo.orgs_by_ids(&hits.ids).await? {
            if o.id != id && !members.iter().any(|m| m.organisation_id == o.id) {
                candidates.push((o.id, o.name, o.country.to_string()));
            }
        }
    }
    let checklist = Checklist::evaluate(&org, &members);
    let rows = members
        .into_iter()
        .map(|m| MemberRow {
            kind: ctx.tr.t(&format!("kind-{}", m.kind.code())),
            member: m,
        })
        .collect();
    render(&MembersPage {
        c: Chrome::new(
            &ctx,
            &ctx.tr.ta("members-title", [("name", org.name.as_str())]),
        ),
        org,
        rows,
        find,
        candidates,
        can_admin,
        checklist,
    })
}

pub async fn add_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    let member: Id = form
        .text("member")
        .trim()
        .parse()
        .map_err(|_| DomainError::field("member", "must be an organisation id"))?;
    state
        .directory()
        .set_cluster_member(&ctx.actor, id, member, form.checked("committed"))
        .await?;
    Ok(see_other(&format!("/organisations/{id}/members")))
}

pub async fn remove_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, member)): Path<(Id, Id)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    state
        .directory()
        .remove_cluster_member(&ctx.actor, id, member)
        .await?;
    Ok(see_other(&format!("/organisations/{id}/members")))
}

#[derive(Template)]
#[template(path = "org_people.html")]
struct PeoplePage {
    c: Chrome,
    org: Organisation,
    people: Vec<OrgUser>,
    invitations: Vec<Invitation>,
    can_admin: bool,
    invite_link: Option<String>,
    errors: FieldErrors,
    email: String,
}

async fn people_page(
    state: &AppState,
    ctx: &Ctx,
    id: Id,
    invite_link: Option<String>,
    errors: FieldErrors,
    email: String,
) -> PageResult {
    let org = existing(state, id).await?;
    ctx.actor.can_see_org_people(id)?;
    let can_admin = ctx.actor.can_admin_org(id).is_ok();
    let people = state.repo.org_users(id).await?;
    let invitations = if can_admin {
        state.repo.pending_invitations(id).await?
    } else {
        vec![]
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let title = ctx.tr.ta("people-title", [("name", org.name.as_str())]);
    render_status(
        status,
        &PeoplePage {
            c: Chrome::new(ctx, &title),
            org,
            people,
            invitations,
            can_admin,
            invite_link,
            errors,
            email,
        },
    )
}

pub async fn people(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Id>) -> PageResult {
    people_page(&state, &ctx, id, None, FieldErrors::new(), String::new()).await
}

pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(form): CsrfForm,
) -> PageResult {
    existing(&state, id).await?;
    ctx.actor.can_admin_org(id)?;
    let user = ctx.actor.require_user()?;
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(&form.text("email")));
    let role = errors.check("role", OrgRole::parse(&form.text("role")));
    let (Some(email), Some(role)) = (email, role) else {
        return people_page(&state, &ctx, id, None, errors, form.text("email")).await;
    };
    let token = new_token("inv_");
    state
        .repo
        .create_invitation(id, &email, role, &token_hash(&token), user.id)
        .await?;
    state
        .repo
        .audit(
            Some(user.id),
            "invitation.create",
            &format!("organisation:{id}"),
        )
        .await?;
    people_page(
        &state,
        &ctx,
        id,
        Some(format!("/invitations/{token}")),
        FieldErrors::new(),
        String::new(),
    )
    .await
}

pub async fn remove_person(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, user_id)): Path<(Id, Id)>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    existing(&state, id).await?;
    ctx.actor.can_admin_org(id)?;
    let people = state.repo.org_users(id).await?;
    let admins = people.iter().filter(|p| p.role == OrgRole::Admin).count();
    let removing_admin = people
        .iter()
        .any(|p| p.user_id == user_id && p.role == OrgRole::Admin);
    if removing_admin && admins == 1 {
        return Err(DomainError::Conflict(
            "an organisation keeps at least one administrator".into(),
        )
        .into());
    }
    state.repo.remove_org_user(id, user_id).await?;
    state
        .repo
        .audit(
            ctx.actor.user_id(),
            "organisation.user.remove",
            &format!("organisation:{id} user:{user_id}"),
        )
        .await?;
    Ok(see_other(&format!("/organisations/{id}/people")))
}

pub async fn request_verification(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Id>,
    CsrfForm(_): CsrfForm,
) -> PageResult {
    state
        .directory()
        .request_verification(&ctx.actor, id)
        .await?;
    Ok(see_other(&format!("/organisations/{id}")))
}
