//! HTTP tests of regional Action Plans (both backends): a plan with actions, indicators and
//! progress reports whose history is kept in order; bad input refused with field names and
//! nothing stored; drafts hidden from everyone but the owners; plans owned by a project; the
//! pages (plan, timeline, charts, history, forms) in English, Polish and Bulgarian.

use crate::both_backends;
use crate::helpers::*;
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

/// A regional authority administered by a logged-in user, and a partner cluster.
async fn authority(app: &TestApp) -> (Agent, User, Organisation, Organisation) {
    let (agent, user) = app.user("plan@lubelskie.pl", false).await;
    let org = app
        .org(
            "Urząd Marszałkowski Województwa Lubelskiego",
            OrgKind::PublicAuthority,
            "PL",
            Some(user.id),
        )
        .await;
    let cluster = app
        .org(
            "Lubelski Klaster Ekoenergetyczny",
            OrgKind::Cluster,
            "PL",
            None,
        )
        .await;
    (agent, user, org, cluster)
}

pub fn plan_json(owner: Id) -> Value {
    json!({
        "title": "Action Plan for a more cluster-friendly Lubelskie",
        "owner_org_id": owner,
        "nuts": "PL81",
        "context": "CLUSTERS3 surveys, stakeholder meetings and study visits.",
        "objectives": "Clusters with strategies; more companies abroad.",
        "status": "draft"
    })
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    app.sql(sql).await.unwrap_or(0)
}

/// A plan with one action and one indicator (baseline 2, target 8), made through the API.
pub async fn plan_with_indicator(agent: &Agent, owner: Id, partner: Id) -> (Id, Id, Id) {
    let r = agent
        .api(Method::POST, "/api/v1/action-plans", Some(plan_json(owner)))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let plan = json_of(r).await;
    let id = plan["id"].as_i64().unwrap();
    let r = agent
        .api(
            Method::POST,
            &format!("/api/v1/action-plans/{id}/actions"),
            Some(json!({
                "title": "Strategy coaching for cluster coordinators",
                "description": "Workshops and coaching.",
                "responsible_org_id": owner,
                "partner_org_ids": [partner],
                "starts_on": "2024-01-15",
                "ends_on": "2025-12-31",
                "budget": "450 000,00",
                "currency": "PLN",
                "funding": "Regional Operational Programme"
            })),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let action = json_of(r).await;
    assert_eq!(action["budget"]["amount"], "450000.00");
    assert_eq!(action["budget"]["currency"], "PLN");
    assert_eq!(action["status"], "planned");
    let aid = action["id"].as_i64().unwrap();
    let r = agent
        .api(
            Method::POST,
            &format!("/api/v1/action-plans/{id}/actions/{aid}/indicators"),
            Some(json!({"name": "Clusters with a strategy", "unit": "clusters", "baseline": 2, "target": "8", "target_on": "2025-12-31"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let ind = json_of(r).await;
    assert_eq!(ind["current"], 2.0, "starts at the baseline");
    (id, aid, ind["id"].as_i64().unwrap())
}

async fn plan_flow_with_indicator_history(app: TestApp) {
    let (agent, _, owner, cluster) = authority(&app).await;
    let (id, aid, iid) = plan_with_indicator(&agent, owner.id, cluster.id).await;
    // Three progress reports: each one moves the current value.
    for (date, value, comment) in [
        ("2024-03-01", json!(4), "first strategies"),
        ("2024-06-01", json!("6"), ""),
        ("2024-09-01", json!("7,5"), "almost there"),
    ] {
        let r = agent
            .api(
                Method::POST,
                &format!("/api/v1/action-plans/{id}/indicators/{iid}/progress"),
                Some(json!({"value": value, "comment": comment, "reported_on": date})),
            )
            .await;
        assert_eq!(r.status(), StatusCode::CREATED);
        let d = json_of(r).await;
        let expected = match date {
            "2024-03-01" => 4.0,
            "2024-06-01" => 6.0,
            _ => 7.5,
        };
        assert_eq!(d["current"], expected, "after the report of {date}");
    }
    // The status changes; the plan is published.
    let r = agent
        .api(
            Method::POST,
            &format!("/api/v1/action-plans/{id}/actions/{aid}/status"),
            Some(json!({"status": "in_progress"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(r).await["status"], "in_progress");
    let mut body = plan_json(owner.id);
    body["status"] = json!("published");
    let r = agent
        .api(
            Method::PUT,
            &format!("/api/v1/action-plans/{id}"),
            Some(body),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);

    let d = json_of(app.agent().get(&format!("/api/v1/action-plans/{id}")).await).await;
    let ind = &d["actions"][0]["indicators"][0];
    assert_eq!(ind["current"], 7.5);
    let values: Vec<f64> = ind["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["value"].as_f64().unwrap())
        .collect();
    assert_eq!(values, vec![4.0, 6.0, 7.5], "reports in order");
    assert_eq!(ind["reports"][0]["reported_on"], "2024-03-01");
    assert_eq!(ind["reports"][2]["comment"], "almost there");
    assert_eq!(d["actions"][0]["partners"][0]["name"], cluster.name);
    let kinds: Vec<&str> = d["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        vec![
            "plan_published",
            "action_status",
            "progress_reported",
            "progress_reported",
            "progress_reported",
            "indicator_added",
            "action_added",
            "plan_created"
        ],
        "every change, newest first"
    );
    assert!(d["history"][3]["detail"]
        .as_str()
        .unwrap()
        .contains("4 → 6"));
    assert_eq!(d["history"][0]["user_name"], "plan");
    // The history keeps values, not sentences: codes, plain numbers and ISO dates.
    assert_eq!(d["history"][1]["params"]["from"], "planned");
    assert_eq!(d["history"][1]["params"]["to"], "in_progress");
    assert_eq!(d["history"][2]["params"]["from"], "6");
    assert_eq!(d["history"][2]["params"]["to"], "7.5");
    assert_eq!(d["history"][2]["params"]["on"], "2024-09-01");
    assert_eq!(d["history"][2]["params"]["comment"], "almost there");

    // A backdated report fills in the history without moving the current value back.
    let r = agent
        .api(
            Method::POST,
            &format!("/api/v1/action-plans/{id}/indicators/{iid}/progress"),
            Some(json!({"value": 3, "reported_on": "2024-01-31"})),
        )
        .await;
    assert_eq!(json_of(r).await["current"], 7.5);

    // The pages: the plan with its bars, the indicator's line and table, timeline, history.
    let (status, html) = agent.get_text(&format!("/action-plans/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Strategy coaching for cluster coordinators"));
    assert!(html.contains("<svg class=\"ap-chart\""));
    assert!(html.contains("450,000.00\u{a0}PLN"));
    let (_, html) = agent
        .get_text(&format!("/action-plans/{id}/indicators/{iid}"))
        .await;
    assert!(html.contains("<polyline"));
    let first = html.find("31 January 2024").unwrap();
    let last = html.find("1 September 2024").unwrap();
    assert!(first < last, "the table lists reports oldest first");
    let (_, html) = agent
        .get_text(&format!("/action-plans/{id}/timeline"))
        .await;
    assert!(html.contains("<svg class=\"ap-gantt\""));
    assert!(html.contains(">2024<") && html.contains(">2025<"));
    // A change of the title and the objectives names the fields in the page's language.
    let mut body = plan_json(owner.id);
    body["status"] = json!("published");
    body["title"] = json!("Lubelskie cluster plan");
    body["objectives"] = json!("More cooperation.");
    let r = agent
        .api(
            Method::PUT,
            &format!("/api/v1/action-plans/{id}"),
            Some(body),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let d = json_of(agent.get(&format!("/api/v1/action-plans/{id}")).await).await;
    assert_eq!(d["history"][0]["kind"], "plan_updated");
    assert_eq!(d["history"][0]["params"]["fields"], "title,objectives");
    assert_eq!(
        d["history"][0]["detail"],
        "title: Action Plan for a more cluster-friendly Lubelskie → Lubelskie cluster plan; objectives"
    );
    let (_, html) = agent.get_text(&format!("/action-plans/{id}/history")).await;
    assert_eq!(html.matches("Progress reported").count(), 4);
    assert!(html.contains("Title: Action Plan for a more cluster-friendly Lubelskie → Lubelskie cluster plan; Objectives"));
    assert!(html.contains("→ In progress"), "{html}");
    assert!(html.contains("6 → 7.5 on 1 September 2024 (almost there)"));
    // In Polish and Bulgarian the same entries read in the page's language and formats.
    let (status, html) = agent
        .get_text(&format!("/action-plans/{id}/history?lang=pl"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Zaplanowane → W realizacji"), "{html}");
    assert!(html.contains("6 → 7,5, stan na 1 września 2024 (almost there)"));
    assert!(!html.contains("in_progress") && !html.contains("2024-09-01"));
    assert!(html.contains(
        "Tytuł: Action Plan for a more cluster-friendly Lubelskie → Lubelskie cluster plan; Cele"
    ));
    let (_, html) = agent
        .get_text(&format!("/action-plans/{id}/history?lang=bg"))
        .await;
    assert!(html.contains("Планирана → В изпълнение"), "{html}");
    assert!(html.contains("6 → 7,5 към 1 септември 2024 г."));
    assert!(!html.contains("in_progress"));

    // Progress through the form as well.
    let r = agent
        .post_form(
            &format!("/action-plans/{id}/indicators/{iid}/progress"),
            &[
                ("value", "8"),
                ("comment", "target reached"),
                ("reported_on", "2024-12-01"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let d = json_of(agent.get(&format!("/api/v1/action-plans/{id}")).await).await;
    assert_eq!(d["actions"][0]["indicators"][0]["current"], 8.0);
    // And a status change through the form.
    let r = agent
        .post_form(
            &format!("/action-plans/{id}/actions/{aid}/status"),
            &[("status", "done")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let d = json_of(agent.get(&format!("/api/v1/action-plans/{id}")).await).await;
    assert_eq!(d["actions"][0]["status"], "done");
    assert_eq!(d["history"][0]["kind"], "action_status");
}
both_backends!(plan_flow_with_indicator_history);

async fn plans_made_through_the_forms(app: TestApp) {
    let (agent, _, owner, cluster) = authority(&app).await;
    let (status, html) = agent.get_text("/action-plans/new").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(&owner.name),
        "the owner choice lists the authority"
    );
    let owner_value = format!("org:{}", owner.id);
    let r = agent
        .post_form(
            "/action-plans",
            &[
                ("owner", owner_value.as_str()),
                ("title", "Plan from the form"),
                ("nuts", "pl81"),
                ("context", "Context"),
                ("objectives", "Objectives"),
                ("status", "published"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let loc = r.headers()["location"].to_str().unwrap().to_string();
    let id: Id = loc.rsplit('/').next().unwrap().parse().unwrap();
    let partner = cluster.id.to_string();
    let r = agent
        .post_form(
            &format!("/action-plans/{id}/actions"),
            &[
                ("title", "Joint trade missions"),
                ("partner_org_ids", partner.as_str()),
                ("starts_on", "2025-01-01"),
                ("ends_on", "2025-12-31"),
                ("budget", "300 000"),
                ("currency", "EUR"),
                ("status", "planned"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let d = json_of(agent.get(&format!("/api/v1/action-plans/{id}")).await).await;
    let aid = d["actions"][0]["id"].as_i64().unwrap();
    assert_eq!(d["nuts"], "PL81");
    assert_eq!(d["actions"][0]["partner_org_ids"], json!([cluster.id]));
    let r = agent
        .post_form(
            &format!("/action-plans/{id}/actions/{aid}/indicators"),
            &[
                ("name", "Companies at foreign fairs"),
                ("baseline", "12"),
                ("target", "60"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // Editing the action keeps its history.
    let (status, html) = agent
        .get_text(&format!("/action-plans/{id}/actions/{aid}/edit"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Joint trade missions"));
    let r = agent
        .post_form(
            &format!("/action-plans/{id}/actions/{aid}"),
            &[
                ("title", "Joint trade missions abroad"),
                ("status", "in_progress"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let d = json_of(agent.get(&format!("/api/v1/action-plans/{id}")).await).await;
    assert_eq!(d["actions"][0]["title"], "Joint trade missions abroad");
    assert_eq!(
        d["actions"][0]["indicators"][0]["name"],
        "Companies at foreign fairs"
    );
    assert_eq!(d["history"][0]["kind"], "action_updated");
    assert!(d["history"][0]["detail"]
        .as_str()
        .unwrap()
        .contains("planned → in_progress"));
    assert_eq!(
        d["history"][0]["params"]["action"],
        "Joint trade missions abroad"
    );
    let (_, html) = agent
        .get_text(&format!("/action-plans/{id}/history?lang=pl"))
        .await;
    assert!(html.contains("Joint trade missions abroad: Zaplanowane → W realizacji"));
}
both_backends!(plans_made_through_the_forms);

async fn bad_input_is_refused_and_nothing_changes(app: TestApp) {
    let (agent, _, owner, cluster) = authority(&app).await;
    let (id, aid, iid) = plan_with_indicator(&agent, owner.id, cluster.id).await;
    let before = (
        count(&app, "SELECT COUNT(*) FROM action_plans").await,
        count(&app, "SELECT COUNT(*) FROM ap_actions").await,
        count(&app, "SELECT COUNT(*) FROM ap_indicators").await,
        count(&app, "SELECT COUNT(*) FROM ap_progress").await,
        count(&app, "SELECT COUNT(*) FROM ap_history").await,
    );
    let cases: Vec<(Method, String, Value, &str)> = vec![
        (
            Method::POST,
            "/api/v1/action-plans".into(),
            json!({"title": "Plan", "owner_org_id": owner.id, "nuts": "PL99"}),
            "nuts",
        ),
        (
            Method::POST,
            "/api/v1/action-plans".into(),
            json!({"title": "A plan", "nuts": "PL81"}),
            "owner_org_id",
        ),
        (
            Method::PUT,
            format!("/api/v1/action-plans/{id}"),
            json!({"title": "", "nuts": "PL81"}),
            "title",
        ),
        (
            Method::POST,
            format!("/api/v1/action-plans/{id}/actions"),
            json!({"title": "Backwards", "starts_on": "2025-01-01", "ends_on": "2024-01-01"}),
            "ends_on",
        ),
        (
            Method::POST,
            format!("/api/v1/action-plans/{id}/actions"),
            json!({"title": "Money", "budget": "12,3,4"}),
            "budget",
        ),
        (
            Method::POST,
            format!("/api/v1/action-plans/{id}/actions"),
            json!({"title": "Money", "currency": "EURO"}),
            "currency",
        ),
        (
            Method::POST,
            format!("/api/v1/action-plans/{id}/actions"),
            json!({"title": "Ghost partner", "partner_org_ids": [999999]}),
            "partner_org_ids",
        ),
        (
            Method::POST,
            format!("/api/v1/action-plans/{id}/actions/{aid}/indicators"),
            json!({"name": "Indicator", "baseline": 1, "target": "lots"}),
            "target",
        ),
        (
            Method::POST,
            format!("/api/v1/action-plans/{id}/indicators/{iid}/progress"),
            json!({"value": ""}),
            "value",
        ),
        (
            Method::POST,
            format!("/api/v1/action-plans/{id}/indicators/{iid}/progress"),
            json!({"value": 5, "reported_on": "2999-01-01"}),
            "reported_on",
        ),
        (
            Method::POST,
            format!("/api/v1/action-plans/{id}/actions/{aid}/status"),
            json!({"status": "forgotten"}),
            "status",
        ),
    ];
    for (method, path, body, field) in cases {
        let r = agent.api(method.clone(), &path, Some(body)).await;
        assert_eq!(
            r.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{method} {path}"
        );
        let v = json_of(r).await;
        assert!(field_named(&v, field), "{path} names {field}: {v}");
    }
    // The form says the same, on its field.
    let r = agent
        .post_form(
            &format!("/action-plans/{id}/indicators/{iid}/progress"),
            &[("value", "x")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("data-field=\"value\""));
    let r = agent
        .post_form(&format!("/action-plans/{id}/actions"), &[("title", "x")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("data-field=\"title\""));
    let after = (
        count(&app, "SELECT COUNT(*) FROM action_plans").await,
        count(&app, "SELECT COUNT(*) FROM ap_actions").await,
        count(&app, "SELECT COUNT(*) FROM ap_indicators").await,
        count(&app, "SELECT COUNT(*) FROM ap_progress").await,
        count(&app, "SELECT COUNT(*) FROM ap_history").await,
    );
    assert_eq!(before, after, "nothing half-written");
    let d = json_of(agent.get(&format!("/api/v1/action-plans/{id}")).await).await;
    assert_eq!(
        d["title"],
        "Action Plan for a more cluster-friendly Lubelskie"
    );
    assert_eq!(d["actions"][0]["indicators"][0]["current"], 2.0);
    assert_eq!(d["actions"][0]["status"], "planned");
}
both_backends!(bad_input_is_refused_and_nothing_changes);

async fn drafts_are_hidden_and_the_list_is_json(app: TestApp) {
    let (agent, _, owner, cluster) = authority(&app).await;
    let (id, _, _) = plan_with_indicator(&agent, owner.id, cluster.id).await;
    let anonymous = app.agent();
    let (outsider, _) = app.user("outsider@example.bg", false).await;
    for who in [&anonymous, &outsider] {
        let list = json_of(who.get("/api/v1/action-plans").await).await;
        assert_eq!(list["total"], 0, "a draft is not listed");
        assert_eq!(
            who.get(&format!("/api/v1/action-plans/{id}"))
                .await
                .status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            who.get(&format!("/action-plans/{id}")).await.status(),
            StatusCode::NOT_FOUND
        );
    }
    let list = json_of(agent.get("/api/v1/action-plans").await).await;
    assert_eq!(list["total"], 1, "the owner sees the draft");
    assert_eq!(list["items"][0]["status"], "draft");
    let mut body = plan_json(owner.id);
    body["status"] = json!("published");
    agent
        .api(
            Method::PUT,
            &format!("/api/v1/action-plans/{id}"),
            Some(body),
        )
        .await;
    let list = json_of(anonymous.get("/api/v1/action-plans").await).await;
    assert_eq!(list["total"], 1);
    let item = &list["items"][0];
    assert_eq!(item["owner_name"], owner.name);
    assert_eq!(item["actions"], 1);
    assert_eq!(item["indicators"], 1);
    let (status, html) = anonymous.get_text("/action-plans").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Action Plan for a more cluster-friendly Lubelskie"));
    // The OpenAPI document describes the area.
    let doc = json_of(anonymous.get("/api/v1/openapi.json").await).await;
    for path in [
        "/api/v1/action-plans",
        "/api/v1/action-plans/{id}",
        "/api/v1/action-plans/{id}/indicators/{iid}/progress",
        "/api/v1/good-practices",
        "/api/v1/good-practices/{id}",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} documented");
    }
}
both_backends!(drafts_are_hidden_and_the_list_is_json);

async fn a_project_owns_a_plan(app: TestApp) {
    let (lead_admin, lead_user) = app.user("lead@clusters3.eu", false).await;
    let (partner_admin, partner_user) = app.user("partner@clusters3.eu", false).await;
    let (outsider, outsider_user) = app.user("outsider@clusters3.eu", false).await;
    let lead = app
        .org(
            "Lead Region",
            OrgKind::PublicAuthority,
            "PL",
            Some(lead_user.id),
        )
        .await;
    let partner = app
        .org(
            "Partner Cluster",
            OrgKind::Cluster,
            "BG",
            Some(partner_user.id),
        )
        .await;
    let other = app
        .org("Other Org", OrgKind::Company, "PL", Some(outsider_user.id))
        .await;
    let project = app.project_fixture("CLUSTERS3", &lead, &[&partner]).await;
    let body = json!({"title": "Joint plan of CLUSTERS3", "owner_project_id": project, "nuts": "PL81", "status": "published"});
    let r = outsider
        .api(Method::POST, "/api/v1/action-plans", Some(body.clone()))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&json_of(r).await, "owner_project_id"));
    let r = lead_admin
        .api(Method::POST, "/api/v1/action-plans", Some(body))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let plan = json_of(r).await;
    assert_eq!(plan["owner_name"], "CLUSTERS3");
    let id = plan["id"].as_i64().unwrap();
    // Any partner's administrator edits it; others may not.
    let action = json!({"title": "Study visit follow-up"});
    let r = partner_admin
        .api(
            Method::POST,
            &format!("/api/v1/action-plans/{id}/actions"),
            Some(action.clone()),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = outsider
        .api(
            Method::POST,
            &format!("/api/v1/action-plans/{id}/actions"),
            Some(action),
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let _ = other;
}
both_backends!(a_project_owns_a_plan);

/// Message keys of the policy-learning files: none may show as text.
fn keys() -> Vec<String> {
    let mut out = Vec::new();
    for f in ["action-plans.ftl", "good-practices.ftl"] {
        let path = format!("{}/../web/locales/en/{f}", env!("CARGO_MANIFEST_DIR"));
        for l in std::fs::read_to_string(path).unwrap().lines() {
            if let Some((k, _)) = l.split_once(" = ") {
                if !k.starts_with([' ', '#']) {
                    out.push(k.trim().to_string());
                }
            }
        }
    }
    out
}

async fn pages_in_three_languages(app: TestApp) {
    let (agent, _, owner, cluster) = authority(&app).await;
    let (id, aid, iid) = plan_with_indicator(&agent, owner.id, cluster.id).await;
    agent
        .api(
            Method::POST,
            &format!("/api/v1/action-plans/{id}/indicators/{iid}/progress"),
            Some(json!({"value": 5, "reported_on": "2024-05-01", "comment": "ok"})),
        )
        .await;
    let r = agent
        .api(
            Method::POST,
            "/api/v1/good-practices",
            Some(crate::good_practices::practice_json(owner.id)),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let gp = json_of(r).await["id"].as_i64().unwrap();
    let keys = keys();
    assert!(keys.len() > 80);
    let paths = [
        "/action-plans".to_string(),
        "/action-plans/new".to_string(),
        format!("/action-plans/{id}"),
        format!("/action-plans/{id}/edit"),
        format!("/action-plans/{id}/timeline"),
        format!("/action-plans/{id}/history"),
        format!("/action-plans/{id}/actions/new"),
        format!("/action-plans/{id}/actions/{aid}/edit"),
        format!("/action-plans/{id}/actions/{aid}/indicators/new"),
        format!("/action-plans/{id}/indicators/{iid}"),
        "/good-practices".to_string(),
        "/good-practices?theme=internationalisation&country=PL".to_string(),
        "/good-practices/new".to_string(),
        format!("/good-practices/{gp}"),
        format!("/good-practices/{gp}/edit"),
    ];
    let marks = [("en", "Progress"), ("pl", "Postęp"), ("bg", "Напредък")];
    for (lang, progress) in marks {
        for path in &paths {
            let sep = if path.contains('?') { '&' } else { '?' };
            let (status, html) = agent.get_text(&format!("{path}{sep}lang={lang}")).await;
            assert_eq!(status, StatusCode::OK, "{path} in {lang}");
            assert!(
                html.contains(&format!("<html lang=\"{lang}\">")),
                "{path} in {lang}"
            );
            let leaked: Vec<&String> = keys
                .iter()
                .filter(|k| {
                    html.contains(&format!(">{k}<"))
                        || html.contains(&format!(">{k} "))
                        || html.contains(&format!(" {k}<"))
                })
                .collect();
            assert!(
                leaked.is_empty(),
                "{path} in {lang} shows raw keys {leaked:?}"
            );
        }
        let (_, html) = agent
            .get_text(&format!("/action-plans/{id}?lang={lang}"))
            .await;
        assert!(html.contains(progress), "{lang}");
    }
    // Dates and money follow the locale.
    let (_, html) = agent.get_text(&format!("/action-plans/{id}?lang=pl")).await;
    assert!(html.contains("15 stycznia 2024"));
    assert!(html.contains("450\u{a0}000,00\u{a0}PLN"));
    let (_, html) = agent.get_text(&format!("/action-plans/{id}?lang=bg")).await;
    assert!(html.contains("15 януари 2024 г."));
}
both_backends!(pages_in_three_languages);

/// The demo tells the CLUSTERS3 loop: good practices of partner regions and the Lubelskie Action
/// Plan with actions, indicators, progress reports and its history, all marked as demo data.
async fn demo_has_the_lubelskie_plan(app: TestApp) {
    assert!(
        klaster::demo::load_if_empty(&*app.state.repo, &*app.state.index)
            .await
            .unwrap()
    );
    let anonymous = app.agent();
    let list = json_of(anonymous.get("/api/v1/action-plans").await).await;
    let plan = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["owner_name"] == "Urząd Marszałkowski Województwa Lubelskiego")
        .expect("the Lubelskie plan is published")
        .clone();
    assert_eq!(plan["is_demo"], true);
    assert_eq!(plan["nuts"], "PL81");
    assert_eq!(plan["status"], "published");
    let id = plan["id"].as_i64().unwrap();
    let d = json_of(anonymous.get(&format!("/api/v1/action-plans/{id}")).await).await;
    let actions = d["actions"].as_array().unwrap();
    assert!((3..=4).contains(&actions.len()));
    let statuses: Vec<&str> = actions
        .iter()
        .map(|a| a["status"].as_str().unwrap())
        .collect();
    assert!(statuses.contains(&"done") && statuses.contains(&"in_progress"));
    for a in actions {
        assert!(
            a["source_practice_id"].is_i64(),
            "{} comes from a practice",
            a["title"]
        );
        for i in a["indicators"].as_array().unwrap() {
            let reports = i["reports"].as_array().unwrap();
            assert!(reports.len() >= 2, "{}", i["name"]);
            assert_eq!(i["current"], reports.last().unwrap()["value"]);
        }
    }
    assert!(d["history"].as_array().unwrap().len() > 10);
    assert_eq!(d["history"][0]["kind"], "plan_published");
    let gps = json_of(anonymous.get("/api/v1/good-practices").await).await;
    let items = gps["items"].as_array().unwrap();
    assert!((6..=8).contains(&items.len()));
    assert!(items.iter().all(|g| g["is_demo"] == true));
    let mut themes: Vec<&str> = items.iter().map(|g| g["theme"].as_str().unwrap()).collect();
    themes.sort();
    themes.dedup();
    assert!(themes.len() >= 4, "various themes: {themes:?}");
    assert!(items
        .iter()
        .any(|g| !g["event_ids"].as_array().unwrap().is_empty()));
    // The owner's administrator may edit; the pages render.
    let (status, html) = anonymous
        .get_text(&format!("/action-plans/{id}/timeline?lang=pl"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<svg class=\"ap-gantt\""));
    let (status, html) = anonymous
        .get_text(&format!("/action-plans/{id}/history?lang=bg"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Krzysztof Kaczmarek"));
    assert!(!html.contains("in_progress") && !html.contains(" → done"));
}
both_backends!(demo_has_the_lubelskie_plan);
