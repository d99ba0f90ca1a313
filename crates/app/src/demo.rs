//! Loads the demo ecosystem (marked as demo data) into an empty database.

use klaster_domain::directory::Directory;
use klaster_domain::registration::{Attendance, ParticipantVisibility, RegistrationInput};
use klaster_domain::*;
use std::collections::HashMap;

pub async fn load_if_empty(
    repo: &dyn Repository,
    index: &dyn DirectoryIndex,
) -> anyhow::Result<bool> {
    if repo.count_orgs().await? > 0 {
        tracing::info!("the database already holds organisations; the demo is not loaded again");
        return Ok(false);
    }
    let eco = klaster_demo::ecosystem();
    tracing::info!(
        organisations = eco.organisations.len(),
        "loading the demo ecosystem"
    );
    let inputs: Vec<OrganisationInput> =
        eco.organisations.iter().map(|o| o.input.clone()).collect();
    let ids = repo.create_orgs(&inputs).await?;
    let id_of: HashMap<&str, Id> = eco
        .organisations
        .iter()
        .zip(&ids)
        .map(|(o, id)| (o.key.as_str(), *id))
        .collect();
    for (o, id) in eco.organisations.iter().zip(&ids) {
        if o.verification != VerificationStatus::Unverified {
            repo.set_verification(*id, o.verification, o.verification_note.as_deref())
                .await?;
        }
    }
    for (i, m) in eco.cluster_members.iter().enumerate() {
        repo.set_cluster_member(
            id_of[m.cluster.as_str()],
            id_of[m.member.as_str()],
            m.committed,
        )
        .await?;
        if (i + 1) % 100 == 0 {
            tracing::info!("demo memberships: {}/{}", i + 1, eco.cluster_members.len());
        }
    }
    // One hash for every demo account: they share the documented demo password.
    let hash = klaster_web::auth::hash_password(klaster_demo::DEMO_PASSWORD)?;
    let mut user_of: HashMap<String, Id> = HashMap::new();
    for u in &eco.users {
        let email = Email::parse(&u.email).map_err(anyhow::Error::msg)?;
        let user = repo
            .create_user(&email, &u.display_name, &hash, u.platform_admin)
            .await?;
        user_of.insert(u.email.clone(), user.id);
        if let Some(org) = &u.organisation {
            repo.set_org_user(id_of[org.as_str()], user.id, u.role)
                .await?;
        }
    }
    load_events(repo, &id_of, &user_of).await?;
    let projects = load_projects_and_partnerships(repo, &eco.organisations, &ids).await?;
    let posts = load_news(repo, &eco.organisations, &ids, &projects).await?;
    tracing::info!(
        projects = projects.len(),
        news_posts = posts,
        "demo projects, meta-clusters and news loaded"
    );
    let profiles = load_marketplace(repo, &eco, &id_of, &user_of).await?;
    tracing::info!(profiles, "demo marketplace loaded");
    let (practices, actions) = crate::demo_plans::load(repo).await?;
    tracing::info!(
        practices,
        actions,
        "demo good practices and Action Plan loaded"
    );
    let brokerage = load_brokerage(repo, &eco, &id_of, &user_of, &hash).await?;
    let admin = eco
        .users
        .iter()
        .find(|u| u.platform_admin)
        .map(|u| user_of[&u.email]);
    let published = schedule_brokerage(repo, brokerage, admin).await?;
    tracing::info!(
        event = brokerage,
        published,
        "demo brokerage event loaded, scheduled and published"
    );
    let (survey, responses) = crate::demo_surveys::load_needs_survey(repo, &id_of).await?;
    tracing::info!(survey, responses, "demo needs survey loaded");
    let n = Directory { repo, index }.rebuild_index().await?;
    tracing::info!(
        organisations = n,
        users = eco.users.len(),
        "demo ecosystem loaded"
    );
    Ok(true)
}

/// The demo's brokerage event (`klaster_demo::brokerage`): accounts for the people of member
/// organisations who take part, the settings and sessions, the participants with their booths,
/// availability and linked profiles, and their requests. Returns the event's id.
async fn load_brokerage(
    repo: &dyn Repository,
    eco: &klaster_demo::DemoEcosystem,
    org: &HashMap<&str, Id>,
    user: &HashMap<String, Id>,
    hash: &str,
) -> anyhow::Result<Id> {
    use klaster_domain::brokerage::*;
    use klaster_domain::marketplace::ProfileStatus;
    let demo = klaster_demo::brokerage::brokerage(eco);
    let mut user = user.clone();
    for u in &demo.people {
        let email = Email::parse(&u.email).map_err(anyhow::Error::msg)?;
        let created = repo
            .create_user(&email, &u.display_name, hash, false)
            .await?;
        if let Some(o) = &u.organisation {
            repo.set_org_user(org[o.as_str()], created.id, u.role)
                .await?;
        }
        user.insert(u.email.clone(), created.id);
    }
    let mut raw = demo.input.clone();
    raw.organisers = demo.organisers.iter().map(|k| org[k]).collect();
    let mut input = raw
        .parse()
        .map_err(|e| anyhow::anyhow!("demo event {}: {e}", demo.key))?;
    input.is_demo = true;
    let ev = repo.create_event(&input, None).await?;
    let settings = demo
        .settings
        .parse(&ev)
        .map_err(|e| anyhow::anyhow!("demo brokerage settings: {e}"))?;
    repo.save_brokerage_settings(ev.id, &settings).await?;
    let mut sessions = Vec::new();
    for s in &demo.sessions {
        let input = s
            .parse(&ev, &sessions)
            .map_err(|e| anyhow::anyhow!("demo B2B session {}: {e}", s.starts))?;
        sessions.push(repo.create_b2b_session(ev.id, &input).await?);
    }
    let all = slots(&sessions, &ev.timezone);
    let mut ids = Vec::with_capacity(demo.participants.len());
    for p in &demo.participants {
        let org_id = org[p.org.as_str()];
        let person = user[&p.email];
        let attendance = if p.online {
            Attendance::Online
        } else {
            Attendance::OnSite
        };
        repo.register(
            ev.id,
            person,
            &RegistrationInput {
                attendance,
                org_id: Some(org_id),
                visibility: ParticipantVisibility::Public,
                answers: Default::default(),
            },
        )
        .await?;
        let profile_ids = repo
            .profiles_of_org(org_id)
            .await?
            .into_iter()
            .filter(|x| x.status == ProfileStatus::Published)
            .map(|x| x.id)
            .take(2)
            .collect();
        let input = ParticipantInput {
            org_id: Some(org_id),
            participant_type: Some(p.kind.to_string()),
            offer: p.offer.to_string(),
            seek: p.seek.to_string(),
            profile_ids,
            attendance,
        };
        let saved = repo
            .save_brokerage_participant(ev.id, person, &input)
            .await?;
        if p.booth.is_some() {
            repo.set_participant_booth(ev.id, saved.id, p.booth).await?;
        }
        if !p.unavailable.is_empty() {
            let starts: Vec<i64> = p
                .unavailable
                .iter()
                .map(|i| all[*i].starts_at.unix_timestamp())
                .collect();
            repo.set_participant_unavailable(ev.id, saved.id, &starts)
                .await?;
        }
        ids.push(saved.id);
    }
    let opened = settings.booking_opens_at.unwrap_or(ev.created_at);
    let rows: Vec<NewRequestRow> = demo
        .requests
        .iter()
        .map(|r| {
            let created_at = opened + time::Duration::hours(r.hours_after_opening);
            NewRequestRow {
                requester_id: ids[r.requester],
                recipient_id: ids[r.recipient],
                message: r.message.to_string(),
                priority: r.priority,
                status: r.status,
                created_at,
                decided_at: (r.status != RequestStatus::Pending)
                    .then(|| created_at + time::Duration::days(1)),
            }
        })
        .collect();
    repo.insert_meeting_requests(ev.id, &rows).await?;
    Ok(ev.id)
}

/// Runs the scheduler on the demo brokerage event and publishes the schedule, as its organiser
/// would, so the agendas and the dashboard have something to show; returns the published count.
async fn schedule_brokerage(
    repo: &dyn Repository,
    event_id: Id,
    admin: Option<Id>,
) -> anyhow::Result<usize> {
    use klaster_domain::brokerage_meetings::{BrokerageMeetings, RawRunOptions};
    let viewer = klaster_domain::events::EventViewer {
        user_id: admin,
        platform_admin: true,
        ..Default::default()
    };
    let service = BrokerageMeetings { repo };
    let now = time::OffsetDateTime::now_utc();
    let options = RawRunOptions {
        time_limit: Some(10),
        schedule_all: false,
        max_breaks: None,
    };
    let report = service
        .schedule(
            &viewer,
            event_id,
            &options,
            now,
            klaster_web::pages::brokerage_meetings::on_blocking_thread,
        )
        .await?;
    tracing::info!(
        scheduled = report.meetings_scheduled,
        requested = report.meetings_requested,
        breaks = report.breaks,
        breaks_lower_bound = report.breaks_lower_bound,
        "demo brokerage scheduled"
    );
    Ok(service.publish(&viewer, event_id, now).await?)
}

/// The demo brokerage event, once the demo is loaded (found by its title), e.g. to schedule its
/// meetings at start.
pub async fn brokerage_event(repo: &dyn Repository) -> anyhow::Result<Option<Id>> {
    Ok(repo
        .all_events()
        .await?
        .into_iter()
        .find(|e| e.is_demo && e.title == klaster_demo::brokerage::TITLE)
        .map(|e| e.id))
}

/// The events of the reports, with everything that happened at them.
async fn load_events(
    repo: &dyn Repository,
    org: &HashMap<&str, Id>,
    user: &HashMap<String, Id>,
) -> anyhow::Result<()> {
    let events = klaster_demo::events::events();
    for (i, demo) in events.iter().enumerate() {
        let mut raw = demo.input.clone();
        raw.organisers = demo.organisers.iter().map(|k| org[k]).collect();
        let mut input = raw
            .parse()
            .map_err(|e| anyhow::anyhow!("demo event {}: {e}", demo.key))?;
        input.is_demo = true;
        let ev = repo.create_event(&input, None).await?;
        for s in &demo.sessions {
            let raw = klaster_domain::agenda::RawSessionInput {
                title: s.title.into(),
                room: s.room.map(String::from),
                starts: s.starts.into(),
                ends: s.ends.into(),
                ..Default::default()
            };
            let input = raw
                .parse(&ev)
                .map_err(|e| anyhow::anyhow!("demo session {}: {e}", s.title))?;
            let session = repo.create_agenda_session(ev.id, &input).await?;
            for (name, role, org_key) in &s.speakers {
                let speaker = klaster_domain::agenda::SpeakerInput {
                    name: name.to_string(),
                    role: (!role.is_empty()).then(|| role.to_string()),
                    org_id: org_key.map(|k| org[k]),
                };
                repo.add_speaker(session.id, &speaker).await?;
            }
        }
        for (org_key, label, offer) in &demo.stands {
            let stand = repo.create_stand(ev.id, org[org_key], offer).await?;
            repo.set_stand_label(stand.id, Some(label)).await?;
        }
        let participants: Vec<Id> = demo.participants.iter().map(|e| user[e]).collect();
        let attendance = if ev.city.is_some() {
            Attendance::OnSite
        } else {
            Attendance::Online
        };
        for (email, person) in demo.participants.iter().zip(&participants) {
            // Demo people are `{organisation key}.{role}@klaster.example`.
            let org_key = email.split('.').next().unwrap_or_default();
            let input = RegistrationInput {
                attendance,
                org_id: org.get(org_key).copied(),
                visibility: ParticipantVisibility::Public,
                answers: Default::default(),
            };
            repo.register(ev.id, *person, &input).await?;
        }
        for st in &demo.statements {
            let raw = klaster_domain::voting::RawStatementInput {
                text: st.text.into(),
                scale: st.scale.into(),
                session_id: None,
            };
            let input = raw
                .parse()
                .map_err(|e| anyhow::anyhow!("demo statement {}: {e}", st.text))?;
            let statement = repo.create_statement(ev.id, &input).await?;
            repo.open_statement(ev.id, statement.id).await?;
            for (person, value) in participants.iter().zip(&st.votes) {
                repo.cast_vote(statement.id, *person, *value).await?;
            }
            repo.close_statement(statement.id).await?;
        }
        for (n, g) in demo.groups.iter().enumerate() {
            let input = klaster_domain::groups::GroupInput {
                title: g.title.into(),
                topic: g.topic.into(),
                moderator_id: user[g.moderator.unwrap_or("admin@klaster.example")],
                position: Some(n as i64),
            };
            let group = repo.create_group(Some(ev.id), None, &input).await?;
            // Each participant sits in two groups, taken in turn.
            for (p, person) in participants.iter().enumerate() {
                if p % demo.groups.len().max(1) == n || (p + 7) % demo.groups.len().max(1) == n {
                    repo.set_group_member(group.id, *person, true).await?;
                }
            }
            if !g.conclusions.is_empty() {
                repo.set_conclusions(group.id, g.conclusions, Some(ev.ends_at))
                    .await?;
            }
        }
        for p in &demo.proposals {
            let input = klaster_domain::proposals::ProposalInput {
                kind: klaster_domain::proposals::ProposalKind::parse(p.kind)
                    .map_err(anyhow::Error::msg)?,
                title: p.title.into(),
                body: p.body.into(),
                region: p.region.map(String::from),
            };
            let proposal = repo.create_proposal(ev.id, &input, user[p.author]).await?;
            for s in &p.supporters {
                repo.set_support(proposal.id, user[&format!("{s}@klaster.example")], true)
                    .await?;
            }
        }
        for (org_key, name) in &demo.delegates {
            repo.add_delegate(ev.id, org_key.map(|k| org[k]), name)
                .await?;
        }
        if let Some(note) = demo.outcome_note {
            repo.set_outcome_note(ev.id, Some(note)).await?;
        }
        if let Some(report) = &demo.report {
            let texts: Vec<LocalizedText> = report
                .bodies
                .iter()
                .map(|(lang, text)| {
                    Ok(LocalizedText {
                        lang: LanguageTag::parse(lang).map_err(anyhow::Error::msg)?,
                        text: text.to_string(),
                    })
                })
                .collect::<anyhow::Result<_>>()?;
            let links: Vec<String> = report.video_links.iter().map(|l| l.to_string()).collect();
            repo.save_report(
                ev.id,
                &texts,
                &links,
                Some(ev.ends_at + time::Duration::days(2)),
            )
            .await?;
        }
        tracing::info!("demo events: {}/{} {}", i + 1, events.len(), ev.title);
    }
    Ok(())
}

/// The projects and meta-clusters of the reports, linked to the demo organisations and events.
async fn load_projects_and_partnerships(
    repo: &dyn Repository,
    orgs: &[klaster_demo::DemoOrg],
    ids: &[Id],
) -> anyhow::Result<HashMap<&'static str, Id>> {
    use klaster_domain::meta_clusters::*;
    use klaster_domain::projects::*;
    let org_of: HashMap<&str, (Id, &CountryCode)> = orgs
        .iter()
        .zip(ids)
        .map(|(o, id)| (o.input.name.as_str(), (*id, &o.input.country)))
        .collect();
    let org = |name: &str| {
        org_of
            .get(name)
            .copied()
            .ok_or_else(|| anyhow::anyhow!("demo: no organisation named {name:?}"))
    };
    let event_of: HashMap<String, Id> = repo
        .all_events()
        .await?
        .into_iter()
        .map(|e| (e.title, e.id))
        .collect();
    let event = |title: &str| {
        event_of
            .get(title)
            .copied()
            .ok_or_else(|| anyhow::anyhow!("demo: no event titled {title:?}"))
    };
    let day = |s: &str| parse_day(s).map_err(|e| anyhow::anyhow!("demo date {s:?}: {e}"));
    let texts = |list: &[(&str, &str)]| -> anyhow::Result<Vec<LocalizedText>> {
        list.iter()
            .map(|(lang, text)| {
                Ok(LocalizedText {
                    lang: LanguageTag::parse(lang).map_err(anyhow::Error::msg)?,
                    text: text.to_string(),
                })
            })
            .collect()
    };
    let codes = |nace: &[&str], eco: &[&str]| -> anyhow::Result<(Vec<NaceCode>, Vec<Ecosystem>)> {
        Ok((
            nace.iter()
                .map(|c| NaceCode::parse(c))
                .collect::<Result<_, _>>()
                .map_err(anyhow::Error::msg)?,
            eco.iter()
                .map(|c| Ecosystem::parse(c))
                .collect::<Result<_, _>>()
                .map_err(anyhow::Error::msg)?,
        ))
    };
    let amount = |s: Option<&str>| -> anyhow::Result<Option<i64>> {
        s.map(|s| Money::parse_amount(s).map_err(anyhow::Error::msg))
            .transpose()
    };

    let mut project_of: HashMap<&'static str, Id> = HashMap::new();
    for p in klaster_demo::projects::projects() {
        let (nace, ecosystems) = codes(p.nace, p.ecosystems)?;
        let input = ProjectInput {
            acronym: p.acronym.into(),
            title: p.title.into(),
            programme: Programme::parse(p.programme).map_err(anyhow::Error::msg)?,
            call_topic: p.call_topic.map(String::from),
            starts_on: Some(day(p.starts_on)?),
            ends_on: Some(day(p.ends_on)?),
            status: ProjectStatus::parse(p.status).map_err(anyhow::Error::msg)?,
            currency: Currency::EUR,
            total_budget: amount(p.total_budget)?,
            eu_contribution: amount(p.eu_contribution)?,
            objectives: texts(p.objectives)?,
            website: p.website.map(String::from),
            nace,
            ecosystems,
            is_demo: true,
        };
        let mut partners = Vec::new();
        for partner in p.partners {
            let (org_id, country) = org(partner.org)?;
            partners.push(PartnerInput {
                org_id: Some(org_id),
                name: partner.org.into(),
                pic: None,
                role: PartnerRole::parse(partner.role).map_err(anyhow::Error::msg)?,
                country: country.clone(),
                nuts: partner
                    .nuts
                    .map(NutsCode::parse)
                    .transpose()
                    .map_err(anyhow::Error::msg)?,
                eu_contribution: None,
            });
        }
        let id = repo.create_project(&input, &partners, None).await?;
        project_of.insert(p.acronym, id);
        let mut wp_of: HashMap<&str, Id> = HashMap::new();
        for wp in p.work_packages {
            let input = WorkPackageInput {
                code: wp.code.into(),
                title: wp.title.into(),
                description: wp.description.into(),
                starts_on: Some(day(wp.starts_on)?),
                ends_on: Some(day(wp.ends_on)?),
                lead_org_id: wp.lead.map(|name| org(name).map(|o| o.0)).transpose()?,
            };
            wp_of.insert(wp.code, repo.add_work_package(id, &input).await?);
        }
        for r in p.results {
            let input = ResultInput {
                kind: ResultKind::parse(r.kind).map_err(anyhow::Error::msg)?,
                title: r.title.into(),
                description: r.description.into(),
                url: r.url.map(String::from),
                delivered_on: r.delivered_on.map(day).transpose()?,
                work_package_id: r.work_package.and_then(|code| wp_of.get(code).copied()),
            };
            repo.add_result(id, &input).await?;
        }
        for title in p.events {
            repo.link_event(id, event(title)?).await?;
        }
    }

    for m in klaster_demo::projects::meta_clusters() {
        let (nace, ecosystems) = codes(m.nace, m.ecosystems)?;
        let input = MetaClusterInput {
            name: m.name.into(),
            descriptions: texts(m.descriptions)?,
            sectors: m.sectors.iter().map(|s| s.to_string()).collect(),
            nace,
            ecosystems,
            website: None,
            project_id: m.project.map(|a| project_of[a]),
            status: MetaClusterStatus::parse(m.status).map_err(anyhow::Error::msg)?,
        };
        let coordinator = org(m.coordinator)?.0;
        let founded = m
            .members
            .iter()
            .find(|(name, _)| *name == m.coordinator)
            .map(|(_, on)| day(on))
            .transpose()?
            .ok_or_else(|| anyhow::anyhow!("demo: {} has no coordinator member", m.name))?;
        let meta = repo
            .create_meta_cluster(&input, coordinator, None, founded)
            .await?;
        for (name, joined_on) in m.members.iter().filter(|(n, _)| *n != m.coordinator) {
            let member = org(name)?.0;
            repo.invite_meta_member(meta.id, member, None, None).await?;
            repo.change_meta_member(
                meta.id,
                member,
                MemberState::Invited,
                Some(MemberState::Member),
                None,
                day(joined_on)?,
            )
            .await?;
        }
        for name in m.invited {
            repo.invite_meta_member(meta.id, org(name)?.0, None, None)
                .await?;
        }
        if let Some(a) = &m.agreement {
            let input = AgreementInput {
                signed_on: Some(day(a.signed_on)?),
                place: Some(a.place.into()),
                signatories: a
                    .signatories
                    .iter()
                    .map(|(name, organisation)| Signatory {
                        name: name.to_string(),
                        organisation: organisation.to_string(),
                    })
                    .collect(),
                summary: a.summary.into(),
            };
            repo.save_meta_agreement(meta.id, &input).await?;
        }
        for a in m.actions {
            let input = ActionInput {
                kind: ActionKind::parse(a.kind).map_err(anyhow::Error::msg)?,
                event_id: a.event.map(event).transpose()?,
                project_id: a.project.map(|p| project_of[p]),
                title: a.title.into(),
                happened_on: a.happened_on.map(day).transpose()?,
                note: a.note.into(),
            };
            repo.add_meta_action(meta.id, &input).await?;
        }
    }
    Ok(project_of)
}

/// The posts that retell the reports, by the organisations, projects and meta-clusters that report.
async fn load_news(
    repo: &dyn Repository,
    orgs: &[klaster_demo::DemoOrg],
    ids: &[Id],
    project_of: &HashMap<&'static str, Id>,
) -> anyhow::Result<usize> {
    use klaster_demo::projects::DemoAuthor;
    use klaster_domain::news::*;
    let org_of: HashMap<&str, Id> = orgs
        .iter()
        .zip(ids)
        .map(|(o, id)| (o.input.name.as_str(), *id))
        .collect();
    let meta_of: HashMap<String, Id> = repo
        .all_meta_clusters()
        .await?
        .into_iter()
        .map(|m| (m.name, m.id))
        .collect();
    let posts = klaster_demo::projects::news();
    for post in posts {
        let author = match post.author {
            DemoAuthor::Organisation(name) => NewsAuthor::Organisation(org_of[name]),
            DemoAuthor::Project(acronym) => NewsAuthor::Project(project_of[acronym]),
            DemoAuthor::MetaCluster(name) => NewsAuthor::MetaCluster(meta_of[name]),
        };
        let input = NewsInput {
            texts: post
                .texts
                .iter()
                .map(|(lang, title, body)| {
                    Ok(NewsText {
                        lang: LanguageTag::parse(lang).map_err(anyhow::Error::msg)?,
                        title: title.to_string(),
                        body: body.to_string(),
                    })
                })
                .collect::<anyhow::Result<_>>()?,
            links: post
                .links
                .iter()
                .map(|(url, label)| NewsLink {
                    url: url.to_string(),
                    label: label.to_string(),
                })
                .collect(),
        };
        let published = time::OffsetDateTime::parse(
            post.published_at,
            &time::format_description::well_known::Rfc3339,
        )?;
        repo.create_news_post(author, &input, Some(published), None)
            .await?;
    }
    Ok(posts.len())
}

/// The cooperation profiles of the demo marketplace in their lifecycle states, and the follows,
/// comments and expressions of interest around them, with the notifications their owners would
/// have received. Returns the number of profiles.
async fn load_marketplace(
    repo: &dyn Repository,
    eco: &klaster_demo::DemoEcosystem,
    org_of_key: &HashMap<&str, Id>,
    user_of: &HashMap<String, Id>,
) -> anyhow::Result<usize> {
    use klaster_demo::marketplace as demo;
    use klaster_domain::marketplace::*;
    use klaster_domain::notifications::NewNotification;

    let org = |name: &str| -> anyhow::Result<(&str, Id)> {
        let mut found = eco.organisations.iter().filter(|o| o.input.name == name);
        match (found.next(), found.next()) {
            (Some(o), None) => Ok((o.key.as_str(), org_of_key[o.key.as_str()])),
            (None, _) => Err(anyhow::anyhow!(
                "demo marketplace: no organisation named {name:?}"
            )),
            _ => Err(anyhow::anyhow!(
                "demo marketplace: two organisations named {name:?}"
            )),
        }
    };
    let user = |email: &str| {
        user_of
            .get(email)
            .copied()
            .ok_or_else(|| anyhow::anyhow!("demo marketplace: no demo user {email:?}"))
    };
    let platform_admin = eco
        .users
        .iter()
        .find(|u| u.platform_admin)
        .ok_or_else(|| anyhow::anyhow!("demo: no platform administrator"))?;
    let platform_admin = user(&platform_admin.email)?;
    // Who published a profile: an administrator of a cluster its organisation belongs to, else
    // the platform administrator.
    let reviewer = |org_key: &str| {
        eco.cluster_members
            .iter()
            .filter(|m| m.member == org_key)
            .find_map(|m| {
                eco.users.iter().find(|u| {
                    u.organisation.as_deref() == Some(m.cluster.as_str())
                        && u.role == OrgRole::Admin
                })
            })
            .map_or(Ok(platform_admin), |u| user(&u.email))
    };
    let at = |day: Option<&str>, hour: u8| -> anyhow::Result<Option<time::OffsetDateTime>> {
        day.map(|d| {
            let date =
                iso_date(d).ok_or_else(|| anyhow::anyhow!("demo marketplace: date {d:?}"))?;
            Ok(date.with_hms(hour, 0, 0)?.assume_utc())
        })
        .transpose()
    };
    fn codes<T>(
        key: &str,
        field: &str,
        raw: &[&str],
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> anyhow::Result<Vec<T>> {
        raw.iter()
            .map(|c| parse(c).map_err(|e| anyhow::anyhow!("demo profile {key}, {field}: {e}")))
            .collect()
    }

    let mut profile_of: HashMap<&str, Id> = HashMap::new();
    for p in demo::profiles() {
        let (org_key, org_id) = org(p.org)?;
        let input = ProfileInput {
            kind: p.kind,
            texts: p
                .texts
                .iter()
                .map(|(lang, title, summary, description)| {
                    Ok(ProfileText {
                        lang: LanguageTag::parse(lang).map_err(anyhow::Error::msg)?,
                        title: title.to_string(),
                        summary: summary.to_string(),
                        description: description.to_string(),
                    })
                })
                .collect::<anyhow::Result<_>>()?,
            nace: codes(p.key, "nace", p.nace, NaceCode::parse)?,
            keywords: p.keywords.iter().map(|k| k.to_string()).collect(),
            target_countries: codes(
                p.key,
                "target_countries",
                p.target_countries,
                CountryCode::parse,
            )?,
            target_regions: codes(p.key, "target_regions", p.target_regions, NutsCode::parse)?,
            partner_kinds: p.partner_kinds.to_vec(),
            partner_roles: p.partner_roles.to_vec(),
            deadline: p
                .deadline
                .map(|d| {
                    iso_date(d)
                        .ok_or_else(|| anyhow::anyhow!("demo profile {}: deadline {d:?}", p.key))
                })
                .transpose()?,
        };
        let author = p.author.map(user).transpose()?;
        let id = repo.create_profile(org_id, author, &input, true).await?;
        if p.status != ProfileStatus::Draft {
            let published_at = at(p.published_on, 10)?;
            let change = StatusChange {
                status: p.status,
                submitted_at: at(p.submitted_on, 9)?,
                published_at,
                // Published for a year (the marketplace's validity period).
                expires_on: published_at.map(|t| t.date() + time::Duration::days(365)),
                reviewed_by: published_at.map(|_| reviewer(org_key)).transpose()?,
                review_note: None,
            };
            repo.set_profile_status(id, &change).await?;
        }
        profile_of.insert(p.key, id);
    }
    let name_of = |email: &str| {
        eco.users
            .iter()
            .find(|u| u.email == email)
            .map(|u| u.display_name.clone())
            .unwrap_or_default()
    };
    let title_of =
        |p: &CooperationProfile| p.text("en").map(|t| t.title.clone()).unwrap_or_default();

    for f in demo::follows() {
        let p = stored(repo, &profile_of, f.profile).await?;
        repo.follow_profile(p.id, user(f.user)?).await?;
    }
    // As the marketplace does it: owners and followers hear of a comment, never the commenter.
    for c in demo::comments() {
        let p = stored(repo, &profile_of, c.profile).await?;
        let commenter = user(c.user)?;
        let cid = repo.add_comment(p.id, commenter, c.body).await?;
        let mut to = profile_owners(repo, &p).await?;
        to.extend(repo.profile_followers(p.id).await?);
        to.retain(|u| *u != commenter);
        let note = NewNotification::new(
            "profile_comment",
            &format!("/marketplace/{}#comment-{cid}", p.id),
            &[("title", &title_of(&p)), ("user", &name_of(c.user))],
        );
        repo.notify(&to, &note).await?;
    }
    // The owners hear of an expression of interest.
    for i in demo::interests() {
        let p = stored(repo, &profile_of, i.profile).await?;
        let org_id = i.org.map(|name| org(name).map(|o| o.1)).transpose()?;
        repo.add_interest(p.id, user(i.user)?, org_id, i.message)
            .await?;
        let note = NewNotification::new(
            "profile_interest",
            &format!("/marketplace/{}#interests", p.id),
            &[
                ("title", &title_of(&p)),
                ("user", &name_of(i.user)),
                ("org", i.org.unwrap_or("")),
            ],
        );
        repo.notify(&profile_owners(repo, &p).await?, &note).await?;
    }
    Ok(profile_of.len())
}

/// A demo profile as stored, by its demo key.
async fn stored(
    repo: &dyn Repository,
    profile_of: &HashMap<&str, Id>,
    key: &str,
) -> anyhow::Result<klaster_domain::marketplace::CooperationProfile> {
    let id = profile_of
        .get(key)
        .ok_or_else(|| anyhow::anyhow!("demo marketplace: no profile {key:?}"))?;
    repo.profile(*id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo marketplace: profile {key:?} is gone"))
}
