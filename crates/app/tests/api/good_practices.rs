//! HTTP tests of the good-practice library (both backends): entering practices through the API
//! and the form, search and filters, links to events and Action Plan actions, bad input refused
//! with field names and nothing stored, and who may create and edit.

use crate::both_backends;
use crate::helpers::*;
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

/// A valid practice entered for `owner` (an internationalisation practice from Lubelskie).
pub fn practice_json(owner: Id) -> Value {
    json!({
        "title": "Cluster offer at the stands of policy conferences",
        "nuts": "pl81",
        "owner_org_id": owner,
        "theme": "internationalisation",
        "description": "The cluster presents its members' offer at a stand of every international conference the region hosts.",
        "results": "Contacts with foreign partners.",
        "contacts": "office@lke.example",
        "attachments": [{"label": "Summary", "url": "https://lke.example/gp.pdf"}]
    })
}

async fn count(app: &TestApp) -> i64 {
    app.sql("SELECT COUNT(*) FROM good_practices")
        .await
        .unwrap_or(0)
}

async fn library_with_search_filters_and_links(app: TestApp) {
    let (agent, user) = app.user("manager@lke.pl", false).await;
    let lke = app
        .org(
            "Lubelski Klaster Ekoenergetyczny",
            OrgKind::Cluster,
            "PL",
            Some(user.id),
        )
        .await;
    let (bg_agent, bg_user) = app.user("manager@greensynergy.bg", false).await;
    let gs = app
        .org(
            "Клъстер Зелена синергия",
            OrgKind::Cluster,
            "BG",
            Some(bg_user.id),
        )
        .await;
    let visit = app
        .event({
            let mut e = app.event_input(gs.id);
            e.kind = klaster_domain::events::EventKind::StudyVisit;
            e.title = "Study visit to Green Synergy".into();
            e
        })
        .await;
    let r = agent
        .api(
            Method::POST,
            "/api/v1/good-practices",
            Some(practice_json(lke.id)),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let p = json_of(r).await;
    assert_eq!(p["nuts"], "PL81");
    assert_eq!(p["owner_org_id"], lke.id);
    assert_eq!(p["attachments"][0]["url"], "https://lke.example/gp.pdf");
    // The Bulgarian cluster enters one through the form, linked to its study visit.
    let gs_id = gs.id.to_string();
    let ev_id = visit.id.to_string();
    let r = bg_agent
        .post_form(
            "/good-practices",
            &[
                ("owner_org_id", gs_id.as_str()),
                ("org_id", gs_id.as_str()),
                ("title", "Member working groups"),
                ("theme", "social_capital"),
                ("nuts", "BG41"),
                ("description", "Members meet in thematic working groups led by a member company."),
                ("attachments", "Service catalogue | https://greensynergy.example/services\nhttps://greensynergy.example/groups"),
                ("event_ids", ev_id.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let loc = r.headers()["location"].to_str().unwrap().to_string();
    let gid: Id = loc.rsplit('/').next().unwrap().parse().unwrap();
    let d = json_of(
        app.agent()
            .get(&format!("/api/v1/good-practices/{gid}"))
            .await,
    )
    .await;
    assert_eq!(d["org_name"], gs.name);
    assert_eq!(d["attachments"].as_array().unwrap().len(), 2);
    assert_eq!(d["events"][0]["title"], "Study visit to Green Synergy");
    assert_eq!(d["can_edit"], false, "anonymous may not edit");

    // Search and filters, in the API and on the page.
    let find = |q: &'static str| {
        let a = app.agent();
        async move {
            let v = json_of(a.get(&format!("/api/v1/good-practices?{q}")).await).await;
            v["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["title"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(find("").await.len(), 2);
    assert_eq!(
        find("theme=social_capital").await,
        vec!["Member working groups"]
    );
    assert_eq!(find("country=PL").await.len(), 1);
    assert_eq!(find("region=BG4").await, vec!["Member working groups"]);
    assert_eq!(find("q=STAND+conferences").await.len(), 1);
    assert_eq!(
        find("q=Зелена").await,
        vec!["Member working groups"],
        "the organisation's name is searched"
    );
    let r = app.agent().get("/api/v1/good-practices?theme=gossip").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&json_of(r).await, "theme"));
    let (status, html) = app.agent().get_text("/good-practices?country=BG").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Member working groups"));
    assert!(!html.contains("Cluster offer at the stands"));
    let (_, html) = app
        .agent()
        .get_text(&format!("/good-practices/{gid}"))
        .await;
    assert!(html.contains("/events/"));
    assert!(html.contains("Service catalogue"));

    // An Action Plan action that learnt from it shows on the practice.
    let (plan_agent, plan_user) = app.user("plan@lubelskie.pl", false).await;
    let umwl = app
        .org(
            "Urząd Marszałkowski",
            OrgKind::PublicAuthority,
            "PL",
            Some(plan_user.id),
        )
        .await;
    let mut body = crate::action_plans::plan_json(umwl.id);
    body["status"] = json!("published");
    let plan = json_of(
        plan_agent
            .api(Method::POST, "/api/v1/action-plans", Some(body))
            .await,
    )
    .await;
    let pid = plan["id"].as_i64().unwrap();
    let r = plan_agent
        .api(
            Method::POST,
            &format!("/api/v1/action-plans/{pid}/actions"),
            Some(json!({"title": "Working groups in Lubelskie", "source_practice_id": gid, "source_event_id": visit.id})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let d = json_of(
        app.agent()
            .get(&format!("/api/v1/good-practices/{gid}"))
            .await,
    )
    .await;
    assert_eq!(
        d["actions"][0]["action_title"],
        "Working groups in Lubelskie"
    );
    assert_eq!(d["actions"][0]["plan_id"], pid);
    let (_, html) = app.agent().get_text(&format!("/action-plans/{pid}")).await;
    assert!(html.contains(&format!("/good-practices/{gid}")));
    assert!(html.contains(&format!("/events/{}", visit.id)));

    // The owner edits; PUT replaces the fields.
    let mut edit = practice_json(lke.id);
    edit["title"] = json!("Stands at policy conferences");
    let id = p["id"].as_i64().unwrap();
    let r = agent
        .api(
            Method::PUT,
            &format!("/api/v1/good-practices/{id}"),
            Some(edit),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(r).await["title"], "Stands at policy conferences");
}
both_backends!(library_with_search_filters_and_links);

async fn bad_input_names_the_field_and_stores_nothing(app: TestApp) {
    let (agent, user) = app.user("manager@lke.pl", false).await;
    let lke = app
        .org(
            "Lubelski Klaster Ekoenergetyczny",
            OrgKind::Cluster,
            "PL",
            Some(user.id),
        )
        .await;
    let r = agent
        .api(
            Method::POST,
            "/api/v1/good-practices",
            Some(practice_json(lke.id)),
        )
        .await;
    let id = json_of(r).await["id"].as_i64().unwrap();
    let before = count(&app).await;
    let bad = |field: &str, value: Value| {
        let mut v = practice_json(lke.id);
        v[field] = value;
        v
    };
    let cases = [
        (bad("theme", json!("gossip")), "theme"),
        (bad("nuts", json!("PL99")), "nuts"),
        (bad("nuts", json!("not a code")), "nuts"),
        (bad("title", json!("")), "title"),
        (bad("description", json!("short")), "description"),
        (bad("org_id", json!(999999)), "org_id"),
        (bad("event_ids", json!([999999])), "event_ids"),
        (
            bad(
                "attachments",
                json!([{"label": "x", "url": "javascript:alert(1)"}]),
            ),
            "attachments[0].url",
        ),
    ];
    for (body, field) in &cases {
        let r = agent
            .api(Method::POST, "/api/v1/good-practices", Some(body.clone()))
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert!(field_named(&json_of(r).await, field), "{field}");
        let r = agent
            .api(
                Method::PUT,
                &format!("/api/v1/good-practices/{id}"),
                Some(body.clone()),
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
    }
    assert_eq!(count(&app).await, before);
    let d = json_of(agent.get(&format!("/api/v1/good-practices/{id}")).await).await;
    assert_eq!(
        d["title"],
        "Cluster offer at the stands of policy conferences"
    );
    assert_eq!(d["theme"], "internationalisation");
    // The form shows the message on its field, with a 422.
    let r = agent
        .post_form(
            "/good-practices",
            &[
                ("title", "Something"),
                ("theme", "social_capital"),
                ("nuts", "XX"),
                ("description", "Long enough description."),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("data-field=\"nuts\""));
    assert_eq!(count(&app).await, before);
}
both_backends!(bad_input_names_the_field_and_stores_nothing);
