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
    let n = Directory { repo, index }.rebuild_index().await?;
    tracing::info!(
        organisations = n,
        users = eco.users.len(),
        "demo ecosystem loaded"
    );
    Ok(true)
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
