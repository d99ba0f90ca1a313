//! Loads the demo ecosystem (marked as demo data) into an empty database.

use klaster_domain::directory::Directory;
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
        tracing::info!("demo events: {}/{} {}", i + 1, events.len(), ev.title);
        let _ = (ev, user);
    }
    Ok(())
}
