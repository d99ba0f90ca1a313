//! Loads the demo's CLUSTERS3 needs survey (`klaster_demo::surveys`) with generated answers from
//! the Lubelskie organisations, one per organisation, all marked as demo data.

use klaster_domain::surveys::{hash_key, RespondentInfo, Structure, SurveyRepo, SurveyStatus};
use klaster_domain::*;
use std::collections::HashMap;

/// Returns the survey's id and how many responses were stored.
pub async fn load_needs_survey(
    repo: &dyn Repository,
    id_of: &HashMap<&str, Id>,
) -> anyhow::Result<(Id, usize)> {
    let demo = klaster_demo::surveys::needs_survey();
    let mut raw = demo.settings.clone();
    raw.owner_org_id = Some(id_of[klaster_demo::surveys::OWNER]);
    let settings = raw
        .parse()
        .map_err(|e| anyhow::anyhow!("demo survey settings: {e:?}"))?;
    let salt = klaster_web::auth::new_token("");
    let id = repo.create_survey(&settings, &salt, None, true).await?;
    let mut st = Structure::default();
    let sections: Vec<i64> = demo
        .sections
        .iter()
        .map(|t| st.add_section(t.clone()))
        .collect();
    let mut keys: Vec<i64> = Vec::new();
    for (section, q, condition) in &demo.questions {
        let mut q = q.clone();
        q.section = Some(sections[*section]);
        if let Some((question, option)) = condition {
            let cond = st
                .question(keys[*question])
                .ok_or_else(|| anyhow::anyhow!("demo survey condition"))?;
            q.condition_question = Some(cond.key);
            q.condition_equals = Some(cond.options[*option].key);
        }
        let key = st
            .add_question(&q)
            .map_err(|e| anyhow::anyhow!("demo survey question: {e:?}"))?;
        keys.push(key);
    }
    SurveyRepo::save_survey_structure(repo, id, &st).await?;
    repo.set_survey_status(id, SurveyStatus::Open).await?;
    let left_out = id_of[klaster_demo::surveys::LEFT_FOR_LIVE];
    let prefix = settings.audience.nuts.clone().unwrap_or_default();
    let mut n = 0;
    for org in repo.all_orgs().await? {
        let in_region = org
            .nuts
            .as_ref()
            .is_some_and(|c| c.as_str().starts_with(&prefix));
        if !in_region || org.id == left_out {
            continue;
        }
        let answers = klaster_demo::surveys::answers_for(&st, org.kind, org.id as u64);
        let checked = klaster_domain::surveys::check_answers(&st, &answers, true)
            .map_err(|e| anyhow::anyhow!("demo survey answers: {e:?}"))?;
        // The same key as a live answer from this organisation would get.
        let key = hash_key(&salt, &format!("org:{}", org.id));
        let who = RespondentInfo {
            user_id: None,
            org_id: None,
            country: Some(org.country.as_str().to_string()),
            nuts: org.nuts.as_ref().map(|c| c.as_str().to_string()),
            org_kind: Some(org.kind),
        };
        repo.save_survey_response(id, &key, &who, false, &checked, true, true)
            .await?;
        n += 1;
    }
    Ok((id, n))
}
