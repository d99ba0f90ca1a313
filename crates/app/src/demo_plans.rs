//! Loads the demo's policy-learning loop (`klaster_demo::policy`): the good practices of the
//! partner regions and the Lubelskie Action Plan, written by its owner's administrator through
//! the Action Plan service so that the plan's history shows every step.

use klaster_domain::action_plans::*;
use klaster_domain::good_practices::*;
use klaster_domain::*;
use std::collections::HashMap;

/// Returns (good practices, actions) loaded.
pub async fn load(repo: &dyn Repository) -> anyhow::Result<(usize, usize)> {
    use klaster_demo::policy;
    let orgs: HashMap<String, Id> = repo
        .all_orgs()
        .await?
        .into_iter()
        .map(|o| (o.name, o.id))
        .collect();
    let events: HashMap<String, Id> = repo
        .all_events()
        .await?
        .into_iter()
        .map(|e| (e.title, e.id))
        .collect();
    let org = |name: &str| {
        let id = orgs.get(name).copied();
        if id.is_none() {
            tracing::warn!("demo policy: no organisation named {name:?}");
        }
        id
    };

    let mut practice_of: HashMap<&str, Id> = HashMap::new();
    for p in policy::practices() {
        let raw = RawGoodPractice {
            title: p.title.into(),
            nuts: p.nuts.into(),
            org_id: org(p.org),
            owner_org_id: None,
            theme: p.theme.into(),
            description: p.description.into(),
            results: p.results.into(),
            contacts: p.contacts.into(),
            attachments: p
                .links
                .iter()
                .map(|(label, url)| Attachment {
                    label: label.to_string(),
                    url: url.to_string(),
                })
                .collect(),
            event_ids: p
                .events
                .iter()
                .filter_map(|t| events.get(*t).copied())
                .collect(),
        };
        let mut input = raw
            .parse()
            .map_err(|e| anyhow::anyhow!("demo good practice {}: {e}", p.key))?;
        input.is_demo = true;
        // The practice's own organisation edits it.
        let id = repo
            .create_good_practice(&input, input.org_id, None)
            .await?;
        practice_of.insert(p.key, id);
    }

    let plan = policy::plan();
    let owner = org(plan.owner).ok_or_else(|| anyhow::anyhow!("demo plan owner missing"))?;
    let email = Email::parse(plan.author).map_err(anyhow::Error::msg)?;
    let (user, _) = repo
        .user_with_hash(&email)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo user {} missing", plan.author))?;
    let actor = Actor {
        memberships: repo.memberships(user.id).await?,
        user: Some(user),
    };
    let service = ActionPlans { repo };
    // Stored directly to mark it as demo data; the rest goes through the service.
    let mut input = RawPlan {
        title: plan.title.into(),
        owner_org_id: Some(owner),
        owner_project_id: None,
        nuts: plan.nuts.into(),
        context: plan.context.into(),
        objectives: plan.objectives.into(),
        status: "draft".into(),
    }
    .parse()
    .map_err(|e| anyhow::anyhow!("demo action plan: {e}"))?;
    input.is_demo = true;
    let note = HistoryNote::new(actor.user_id(), "plan_created", &[("title", &input.title)]);
    let plan_id = repo
        .create_action_plan(&input, actor.user_id(), &note)
        .await?;
    let today = time::OffsetDateTime::now_utc().date();
    for a in plan.actions {
        let raw = RawAction {
            title: a.title.into(),
            description: a.description.into(),
            responsible_org_id: org(a.responsible),
            partner_org_ids: a.partners.iter().filter_map(|p| org(p)).collect(),
            starts_on: Some(a.starts_on.into()),
            ends_on: Some(a.ends_on.into()),
            budget: Some(a.budget.into()),
            currency: Some(a.currency.into()),
            funding: a.funding.into(),
            source_practice_id: a.practice.and_then(|k| practice_of.get(k).copied()),
            source_event_id: a.event.and_then(|t| events.get(t).copied()),
            status: "planned".into(),
        };
        let action = service.add_action(&actor, plan_id, &raw).await?;
        for i in a.indicators {
            let raw = RawIndicator {
                name: i.name.into(),
                unit: i.unit.into(),
                baseline: Some(i.baseline.into()),
                target: Some(i.target.into()),
                target_on: Some(i.target_on.into()),
            };
            let ind = service
                .add_indicator(&actor, plan_id, action.id, &raw)
                .await?;
            for (date, value, comment) in i.reports {
                let raw = RawProgress {
                    value: Some(value.to_string()),
                    comment: comment.to_string(),
                    reported_on: Some(date.to_string()),
                };
                service
                    .report_progress(&actor, plan_id, ind.id, &raw, today)
                    .await?;
            }
        }
        if a.status != "planned" {
            let raw = RawActionStatus {
                status: a.status.into(),
            };
            service
                .set_action_status(&actor, plan_id, action.id, &raw)
                .await?;
        }
    }
    let mut publish = RawPlan {
        title: plan.title.into(),
        nuts: plan.nuts.into(),
        context: plan.context.into(),
        objectives: plan.objectives.into(),
        status: "published".into(),
        ..Default::default()
    };
    publish.owner_org_id = Some(owner);
    service.update(&actor, plan_id, &publish).await?;
    Ok((practice_of.len(), plan.actions.len()))
}
