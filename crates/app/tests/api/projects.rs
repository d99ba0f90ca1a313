//! HTTP tests of projects: forms and API, validation, partners by country, filters, CSV
//! exports, every page in three languages and the authorization matrix (both backends).

use crate::both_backends;
use crate::helpers::{Agent, TestApp};
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

async fn body(r: reqwest::Response) -> Value {
    r.json().await.expect("a JSON body")
}

fn fields(v: &Value) -> Vec<String> {
    v["fields"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|f| f["field"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    app.sql(sql).await.unwrap_or(0)
}

/// A valid project body with `lead` as the lead partner.
fn project_json(lead: Id) -> Value {
    json!({
        "acronym": "CLUSTERS3",
        "title": "Leveraging cluster policies for successful implementation of RIS3",
        "programme": "interreg_europe",
        "call_topic": "Interreg Europe, 1st call",
        "starts_on": "2016-04-01",
        "ends_on": "2021-03-31",
        "status": "closed",
        "total_budget": "1 499 998,00",
        "eu_contribution": "1,274,998.30",
        "objectives": [
            {"lang": "en", "text": "Improve cluster policies for smart specialisation."},
            {"lang": "pl", "text": "Poprawa polityk klastrowych dla inteligentnych specjalizacji."},
            {"lang": "bg", "text": "Подобряване на клъстерните политики за интелигентна специализация."}
        ],
        "website": "https://projects2014-2020.interregeurope.eu/clusters3/",
        "nace": ["M"],
        "ecosystems": ["digital"],
        "lead_org_id": lead
    })
}

/// A lead cluster administered by a logged-in user.
async fn lead_admin(app: &TestApp) -> (Agent, User, Organisation) {
    let (agent, user) = app.user("lead@spri.eus", false).await;
    let org = app
        .org(
            "SPRI Basque Business Development Agency",
            OrgKind::BusinessSupport,
            "ES",
            Some(user.id),
        )
        .await;
    (agent, user, org)
}

async fn project_created_by_form_and_api(app: TestApp) {
    let (agent, _, lead) = lead_admin(&app).await;
    let (status, html) = agent.get_text("/projects/new").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(&lead.name),
        "the lead choice lists the user's organisation"
    );
    let lead_id = lead.id.to_string();
    let r = agent
        .post_form(
            "/projects",
            &[
                ("lead_org_id", lead_id.as_str()),
                ("acronym", "TRACE-KEI"),
                (
                    "title",
                    "Transnational cluster excellence for key enabling industries",
                ),
                ("programme", "cosme"),
                ("status", "ongoing"),
                ("starts_on", "2019-01-01"),
                ("ends_on", "2021-06-30"),
                ("currency", "EUR"),
                ("total_budget", "2 450 000,50"),
                ("eu_contribution", ""),
                ("objectives_en", "Cluster excellence."),
                ("objectives_pl", "Doskonałość klastrów."),
                ("nace", "C, 26"),
                ("ecosystems", "electronics"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let to = r.headers()["location"].to_str().unwrap().to_string();
    assert!(to.starts_with("/projects/"));
    let (_, html) = agent.get_text(&format!("{to}?lang=en")).await;
    assert!(html.contains("TRACE-KEI"));
    assert!(html.contains("2,450,000.50"), "money in the English format");
    assert!(html.contains("Cluster excellence."));
    let (_, html) = agent.get_text(&format!("{to}?lang=pl")).await;
    assert!(
        html.contains("Doskonałość klastrów."),
        "objectives in the page language"
    );
    assert!(
        html.contains("450\u{a0}000,50") || html.contains("450 000,50"),
        "Polish money format"
    );
    let (_, html) = agent.get_text(&format!("{to}?lang=pl&text=en")).await;
    assert!(html.contains("Cluster excellence."), "the language switch");

    // The same through the API with a personal token.
    let mut agent = agent;
    agent.use_api_token().await;
    let r = agent
        .api(
            Method::POST,
            "/api/v1/projects",
            Some(project_json(lead.id)),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let p = body(r).await;
    assert_eq!(p["total_budget"]["amount"], "1499998.00");
    assert_eq!(p["eu_contribution"]["amount"], "1274998.30");
    assert_eq!(p["programme"], "interreg_europe");
    let v = body(app.agent().get("/api/v1/projects").await).await;
    assert_eq!(v["total"], 2);
    let items = v["items"].as_array().unwrap();
    assert!(items.iter().all(|i| i["partners_count"] == 1));
    assert!(items.iter().all(|i| i["lead"] == lead.name.as_str()));
    let one = body(
        app.agent()
            .get(&format!("/api/v1/projects/{}", p["id"]))
            .await,
    )
    .await;
    assert_eq!(one["partners"][0]["role"], "lead");
    assert_eq!(one["partners"][0]["org_id"], lead.id);
    assert_eq!(one["partners"][0]["country"], "ES");

    let doc = body(app.agent().get("/api/v1/openapi.json").await).await;
    for path in [
        "/api/v1/projects",
        "/api/v1/projects/{id}",
        "/api/v1/projects/{id}/partners",
        "/api/v1/projects/{id}/partners/{pid}",
        "/api/v1/projects/{id}/work-packages/{wid}",
        "/api/v1/projects/{id}/results/{rid}",
        "/api/v1/projects/{id}/events/{eid}",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} documented");
    }
    for schema in [
        "ProjectDetail",
        "ProjectSummary",
        "RawProject",
        "RawPartner",
        "Money",
    ] {
        assert!(
            doc["components"]["schemas"].get(schema).is_some(),
            "{schema} documented"
        );
    }
}
both_backends!(project_created_by_form_and_api);

async fn bad_input_names_the_field_and_stores_nothing(app: TestApp) {
    let (agent, _, lead) = lead_admin(&app).await;
    let cases: Vec<(&str, Value)> = vec![
        (
            "ends_on",
            json!({"starts_on": "2020-01-01", "ends_on": "2019-12-31"}),
        ),
        ("programme", json!({"programme": "fp7"})),
        ("total_budget", json!({"total_budget": "12,3,4"})),
        ("starts_on", json!({"starts_on": "31.12.2020"})),
        ("website", json!({"website": "ftp://x"})),
        ("nace", json!({"nace": ["99.99"]})),
        (
            "partners[0].country",
            json!({"partners": [{"name": "Cluster X", "country": "XX"}]}),
        ),
        (
            "partners[0].nuts",
            json!({"partners": [{"name": "Cluster X", "country": "PL", "nuts": "BG31"}]}),
        ),
        (
            "partners[0].role",
            json!({"partners": [{"name": "Second lead", "country": "PL", "role": "lead"}]}),
        ),
        (
            "partners[0].eu_contribution",
            json!({"partners": [{"name": "Cluster X", "country": "PL", "eu_contribution": "-5"}]}),
        ),
        ("lead_org_id", json!({"lead_org_id": 999_999})),
    ];
    for (field, change) in cases {
        let mut b = project_json(lead.id);
        for (k, v) in change.as_object().unwrap() {
            b[k] = v.clone();
        }
        let r = agent.api(Method::POST, "/api/v1/projects", Some(b)).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let f = fields(&body(r).await);
        assert!(f.contains(&field.to_string()), "{field} in {f:?}");
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM projects").await, 0);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM project_partners").await,
        0
    );

    // The form re-renders in the page's language with the message at the field.
    let lead_id = lead.id.to_string();
    let r = agent
        .post_form(
            "/projects?lang=pl",
            &[
                ("lead_org_id", lead_id.as_str()),
                ("acronym", "CluStrat"),
                ("title", "Boosting innovation through new cluster concepts"),
                ("programme", "interreg_central_europe"),
                ("starts_on", "2019-04-01"),
                ("ends_on", "2019-03-01"),
                ("total_budget", "12,3,4"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("id=\"ends_on-error\""));
    assert!(html.contains("id=\"total_budget-error\""));
    assert!(
        html.contains("musi przypadać w dniu rozpoczęcia lub później"),
        "translated"
    );
    assert!(html.contains("value=\"CluStrat\""), "the values stay");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM projects").await, 0);

    // A second lead partner is refused on a stored project, too.
    let p = app.project_fixture("CLUSTERS3", &lead, &[]).await;
    let other = app
        .org("Lubelski Klaster", OrgKind::Cluster, "PL", None)
        .await;
    let r = agent
        .api(
            Method::POST,
            &format!("/api/v1/projects/{p}/partners"),
            Some(json!({"org_id": other.id, "role": "lead"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&body(r).await), vec!["role"]);
    let r = agent
        .post_form(
            &format!("/projects/{p}/partners"),
            &[
                ("name", "Unknown cluster"),
                ("country", "XX"),
                ("role", "partner"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("data-field=\"country\""));
    let r = agent
        .api(
            Method::POST,
            &format!("/api/v1/projects/{p}/partners"),
            Some(json!({"name": "Region", "country": "PL", "nuts": "PL99"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&body(r).await), vec!["nuts"]);
    // The lead cannot stop being the lead without another one.
    let lead_pid = count(
        &app,
        &format!("SELECT id FROM project_partners WHERE project_id = {p}"),
    )
    .await;
    let r = agent
        .api(
            Method::PUT,
            &format!("/api/v1/projects/{p}/partners/{lead_pid}"),
            Some(json!({"org_id": lead.id, "role": "partner"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = agent
        .api(
            Method::DELETE,
            &format!("/api/v1/projects/{p}/partners/{lead_pid}"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM project_partners WHERE project_id = {p} AND role = 'lead'"
            )
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM project_partners WHERE project_id = {p}")
        )
        .await,
        1
    );
    // A work package ending before it starts.
    let r = agent
        .api(
            Method::POST,
            &format!("/api/v1/projects/{p}/work-packages"),
            Some(json!({"code": "WP1", "title": "Management", "starts_on": "2020-02-01", "ends_on": "2020-01-01"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&body(r).await), vec!["ends_on"]);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM work_packages").await, 0);
    // Events: one that does not exist, then one linked twice.
    let link = |id: Id| json!({"event_id": id});
    let api = format!("/api/v1/projects/{p}/events");
    let r = agent.api(Method::POST, &api, Some(link(999_999))).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&body(r).await), vec!["event_id"]);
    let ev = app.event(app.event_input(lead.id)).await;
    let r = agent.api(Method::POST, &api, Some(link(ev.id))).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = agent.api(Method::POST, &api, Some(link(ev.id))).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&body(r).await), vec!["event_id"]);
    let evs = body(app.agent().get(&api).await).await;
    assert_eq!(evs.as_array().unwrap().len(), 1);
    // The event's page names the project it is part of, with a link.
    let (_, page) = app.agent().get_text(&format!("/events/{}", ev.id)).await;
    assert!(
        page.contains(&format!("href=\"/projects/{p}\"")),
        "the event page links its project"
    );
    let r = agent
        .api(Method::DELETE, &format!("{api}/{}", ev.id), None)
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM project_events").await, 0);
    // A result pointing at another project's work package.
    let r = agent
        .api(
            Method::POST,
            &format!("/api/v1/projects/{p}/results"),
            Some(json!({"kind": "report", "title": "Study", "work_package_id": 424242, "url": "not a link"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&body(r).await), vec!["url"]);
    let r = agent
        .api(
            Method::POST,
            &format!("/api/v1/projects/{p}/results"),
            Some(json!({"kind": "report", "title": "Study", "work_package_id": 424242})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&body(r).await), vec!["work_package_id"]);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM project_results").await, 0);
}
both_backends!(bad_input_names_the_field_and_stores_nothing);

async fn partners_by_country_and_linking(app: TestApp) {
    let (agent, _, lead) = lead_admin(&app).await;
    let bg1 = app
        .org("Bulgarian ICT Cluster", OrgKind::Cluster, "BG", None)
        .await;
    let bg2 = app
        .org("Cluster Sofia Knowledge City", OrgKind::Cluster, "BG", None)
        .await;
    let pl = app
        .org(
            "Lubelski Klaster Ekoenergetyczny",
            OrgKind::Cluster,
            "PL",
            None,
        )
        .await;
    let p = app
        .project_fixture("Clusters-Cord", &lead, &[&bg1, &bg2, &pl])
        .await;
    // An imported partner without a profile.
    app.sql(&format!(
        "INSERT INTO project_partners (project_id, name, role, country, position) VALUES ({p}, 'Agencja Rozwoju', 'partner', 'PL', 9)"
    ))
    .await;
    let (status, html) = app
        .agent()
        .get_text(&format!("/projects/{p}?lang=en"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Partners by country"));
    assert!(html.contains("Bulgaria"));
    assert!(
        html.contains("(2 partners)"),
        "two in Bulgaria, two in Poland"
    );
    assert!(html.contains("(1 partner)"), "one in Spain");
    assert!(html.contains("no profile linked"));
    assert!(html.contains(&format!("/organisations/{}", bg1.id)));

    // The lead links the imported partner to a profile.
    let unlinked = count(
        &app,
        &format!("SELECT id FROM project_partners WHERE project_id = {p} AND org_id IS NULL"),
    )
    .await;
    let agency = app
        .org(
            "Agencja Rozwoju Regionalnego",
            OrgKind::BusinessSupport,
            "PL",
            None,
        )
        .await;
    let r = agent
        .post_form(
            &format!("/projects/{p}/partners/{unlinked}"),
            &[
                ("org_id", &agency.id.to_string()),
                ("name", "Agencja Rozwoju Regionalnego"),
                ("role", "partner"),
                ("country", "PL"),
                ("nuts", "PL81"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        count(
            &app,
            &format!("SELECT org_id FROM project_partners WHERE id = {unlinked}")
        )
        .await,
        agency.id
    );
    let ps = body(
        app.agent()
            .get(&format!("/api/v1/projects/{p}/partners"))
            .await,
    )
    .await;
    assert_eq!(ps.as_array().unwrap().len(), 5);
    assert_eq!(ps[0]["role"], "lead");

    // The lead hands its role over; the project still has exactly one lead.
    let pl_pid = count(
        &app,
        &format!(
            "SELECT id FROM project_partners WHERE project_id = {p} AND org_id = {}",
            pl.id
        ),
    )
    .await;
    let mut agent = agent;
    agent.use_api_token().await;
    let r = agent
        .api(
            Method::PUT,
            &format!("/api/v1/projects/{p}/partners/{pl_pid}"),
            Some(json!({"org_id": pl.id, "role": "lead", "eu_contribution": "250 000"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let v = body(r).await;
    assert_eq!(v["eu_contribution"]["amount"], "250000.00");
    let ps = body(
        app.agent()
            .get(&format!("/api/v1/projects/{p}/partners"))
            .await,
    )
    .await;
    assert_eq!(ps[0]["org_id"], pl.id);
    assert_eq!(
        ps.as_array()
            .unwrap()
            .iter()
            .filter(|x| x["role"] == "lead")
            .count(),
        1
    );
    // The former lead's administrators no longer manage the partner list.
    let r = agent
        .api(
            Method::DELETE,
            &format!("/api/v1/projects/{p}/partners/{pl_pid}"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}
both_backends!(partners_by_country_and_linking);

async fn filters_and_search(app: TestApp) {
    let (admin, _) = app.user("admin@klaster.eu", true).await;
    let es = app.org("SPRI", OrgKind::BusinessSupport, "ES", None).await;
    let bg = app
        .org("Bulgarian Cluster", OrgKind::Cluster, "BG", None)
        .await;
    let pl = app
        .org("Polish Cluster", OrgKind::Cluster, "PL", None)
        .await;
    let mk = |acronym: &str,
              programme: &str,
              status: &str,
              start: &str,
              end: &str,
              text: &str,
              nace: &[&str],
              eco: &[&str],
              lead: Id,
              partners: Value| {
        json!({
            "acronym": acronym, "title": format!("{acronym} project"), "programme": programme,
            "status": status, "starts_on": start, "ends_on": end,
            "objectives": [{"lang": "en", "text": text}], "nace": nace, "ecosystems": eco,
            "lead_org_id": lead, "partners": partners
        })
    };
    for b in [
        mk(
            "CLUSTERS3",
            "interreg_europe",
            "closed",
            "2016-04-01",
            "2021-03-31",
            "Smart specialisation policies",
            &["M"],
            &["digital"],
            es.id,
            json!([{"org_id": bg.id}]),
        ),
        mk(
            "ENERGIA",
            "cosme",
            "ongoing",
            "2022-01-01",
            "2024-12-31",
            "Odnawialne źródła energii",
            &["35"],
            &["renewable_energy"],
            pl.id,
            json!([]),
        ),
        mk(
            "TOURBG",
            "erasmus_plus",
            "planned",
            "2026-01-01",
            "2027-12-31",
            "Cluster tourism skills",
            &["I"],
            &["tourism"],
            bg.id,
            json!([]),
        ),
    ] {
        let r = admin.api(Method::POST, "/api/v1/projects", Some(b)).await;
        let status = r.status();
        assert_eq!(status, StatusCode::CREATED, "{}", r.text().await.unwrap());
    }
    let acronyms = |v: Value| -> Vec<String> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["acronym"].as_str().unwrap().to_string())
            .collect()
    };
    let anon = app.agent();
    for (query, expected) in [
        ("programme=cosme", vec!["ENERGIA"]),
        ("country=BG", vec!["TOURBG", "CLUSTERS3"]),
        ("status=closed", vec!["CLUSTERS3"]),
        ("sector=D", vec!["ENERGIA"]),
        ("sector=tourism", vec!["TOURBG"]),
        ("year=2017", vec!["CLUSTERS3"]),
        ("year=2023&country=PL", vec!["ENERGIA"]),
        ("q=%C5%BAr%C3%B3d%C5%82a", vec!["ENERGIA"]),
        ("q=clusters3", vec!["CLUSTERS3"]),
        ("q=nothing+like+this", vec![]),
    ] {
        let v = body(anon.get(&format!("/api/v1/projects?{query}")).await).await;
        assert_eq!(acronyms(v), expected, "API {query}");
        let (status, html) = anon.get_text(&format!("/projects?{query}")).await;
        assert_eq!(status, StatusCode::OK);
        for a in ["CLUSTERS3", "ENERGIA", "TOURBG"] {
            assert_eq!(
                html.contains(&format!("\">{a}</a>")),
                expected.contains(&a),
                "page {query}: {a}"
            );
        }
        if expected.is_empty() {
            assert!(html.contains("No project matches these filters."));
        }
    }
    let r = anon.get("/api/v1/projects?programme=fp7").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&body(r).await), vec!["programme"]);
    let v = body(anon.get("/api/v1/projects?per_page=2&page=2").await).await;
    assert_eq!(v["total"], 3);
    assert_eq!(v["items"].as_array().unwrap().len(), 1);
}
both_backends!(filters_and_search);

async fn csv_exports(app: TestApp) {
    let (agent, _, lead) = lead_admin(&app).await;
    let mut b = project_json(lead.id);
    b["title"] = json!("=HYPERLINK(\"http://evil.example\")");
    b["partners"] = json!([{"name": "@SUM(A1)", "country": "PL", "eu_contribution": "100 000,00"}]);
    let r = agent.api(Method::POST, "/api/v1/projects", Some(b)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let id = body(r).await["id"].as_i64().unwrap();
    let mut b = project_json(lead.id);
    b["acronym"] = json!("OTHER");
    b["programme"] = json!("cosme");
    agent.api(Method::POST, "/api/v1/projects", Some(b)).await;

    let r = app
        .agent()
        .get("/projects/export.csv?programme=interreg_europe")
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let text = r.text().await.unwrap();
    let mut lines = text.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("id,acronym,title,programme"));
    assert!(text.contains("'=HYPERLINK"), "formula neutralised: {text}");
    assert!(text.contains("1499998.00"));
    assert!(!text.contains("OTHER"), "the filters apply");

    let text = app
        .agent()
        .get(&format!("/projects/{id}/partners.csv"))
        .await
        .text()
        .await
        .unwrap();
    assert!(text.starts_with(
        "project_id,project,partner_id,org_id,name,pic,role,country,nuts,currency,eu_contribution"
    ));
    assert!(text.contains("'@SUM(A1)"));
    assert!(text.contains("100000.00"));
    assert_eq!(text.lines().count(), 3, "header, lead and partner");
    let text = app
        .agent()
        .get("/projects/partners.csv")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(text.lines().count(), 4, "both projects' partners");
    let r = app.agent().get("/projects/999999/partners.csv").await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}
both_backends!(csv_exports);

async fn every_project_page_in_three_languages(app: TestApp) {
    let (admin, _) = app.user("admin@klaster.eu", true).await;
    let (_, lead_user) = app.user("lead@x.pl", false).await;
    let lead = app
        .org("Lead Cluster", OrgKind::Cluster, "PL", Some(lead_user.id))
        .await;
    let other = app
        .org("Partner Cluster", OrgKind::Cluster, "BG", None)
        .await;
    let p = app.project_fixture("CLUSTERS3", &lead, &[&other]).await;
    let ev = app.event(app.event_input(lead.id)).await;
    app.sql(&format!(
        "INSERT INTO project_events (project_id, event_id) VALUES ({p}, {})",
        ev.id
    ))
    .await;
    app.sql(&format!("INSERT INTO work_packages (project_id, code, title, starts_on, ends_on, lead_org_id) VALUES ({p}, 'WP1', 'Management', '2024-01-01', '2024-06-30', {})", lead.id)).await;
    app.sql(&format!("INSERT INTO project_results (project_id, kind, title, url, delivered_on) VALUES ({p}, 'action_plan', 'Action plan Lubelskie', 'https://example.org/plan.pdf', '2024-05-01')")).await;
    let keys: Vec<String> = include_str!("../../../web/locales/en/projects.ftl")
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_string()))
        .filter(|k| !k.is_empty() && !k.starts_with('#'))
        .collect();
    assert!(keys.len() > 50);
    let pages = [
        "/projects".to_string(),
        "/projects?q=nothing-matches".to_string(),
        "/projects/new".to_string(),
        format!("/projects/{p}"),
        format!("/projects/{p}/edit"),
        format!("/projects/{p}/partners"),
        format!("/projects/{p}/work-packages"),
        format!("/projects/{p}/results"),
        format!("/projects/{p}/events"),
    ];
    for lang in ["en", "pl", "bg"] {
        for path in &pages {
            let sep = if path.contains('?') { '&' } else { '?' };
            let (status, html) = admin.get_text(&format!("{path}{sep}lang={lang}")).await;
            assert_eq!(status, StatusCode::OK, "{path} in {lang}");
            assert!(
                html.contains(&format!("<html lang=\"{lang}\">")),
                "{path} in {lang}"
            );
            let leaked: Vec<&String> = keys.iter().filter(|k| html.contains(k.as_str())).collect();
            assert!(
                leaked.is_empty(),
                "{path} in {lang} shows raw keys {leaked:?}"
            );
        }
    }
    let (_, html) = admin.get_text(&format!("/projects/{p}?lang=bg")).await;
    assert!(html.contains("Партньори по държави"));
    assert!(html.contains("Action plan Lubelskie"));
    assert!(html.contains("WP1"));
    assert!(html.contains(&format!("/events/{}", ev.id)));
    assert!(html.contains(&format!("/projects/{p}/news.atom")));
    // Section forms re-render with the message at the field, in the page's language.
    let r = admin
        .post_form(
            &format!("/projects/{p}/work-packages?lang=bg"),
            &[
                ("code", "WP2"),
                ("title", "Communication"),
                ("starts_on", "2024-03-01"),
                ("ends_on", "2024-02-01"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("data-field=\"ends_on\""));
    assert!(html.contains("трябва да е на или след началото"));
    assert!(html.contains("value=\"WP2\""), "the values stay");
    let r = admin
        .post_form(
            &format!("/projects/{p}/results?lang=pl"),
            &[
                ("kind", "tool"),
                ("title", "Cluster toolbox"),
                ("url", "https://example.org/toolbox"),
                ("delivered_on", "2024-13-01"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("nie jest datą w postaci 2024-01-31"));
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM work_packages WHERE project_id = {p}")
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM project_results WHERE project_id = {p}")
        )
        .await,
        1
    );
    let r = admin
        .post_form(
            &format!("/projects/{p}/results"),
            &[
                ("kind", "tool"),
                ("title", "Cluster toolbox"),
                ("url", "https://example.org/toolbox"),
                ("delivered_on", "2024-11-01"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    // The organisation page's list: projects the organisation is a partner of, with its role.
    use klaster_domain::projects::PartnerRole;
    let links = app.state.repo.org_projects(other.id).await.unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].acronym, "CLUSTERS3");
    assert_eq!(links[0].role, PartnerRole::Partner);
    assert!(app
        .state
        .repo
        .org_projects(999_999)
        .await
        .unwrap()
        .is_empty());

    let (status, _) = app.agent().get_text("/projects/999999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.agent().get_text("/projects/new").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}
both_backends!(every_project_page_in_three_languages);

/// Who may do what with a project. Every refused action changes nothing.
async fn authorization_matrix(app: TestApp) {
    let (lead_agent, lead_user) = app.user("lead@cluster.es", false).await;
    let (partner_agent, partner_user) = app.user("partner@cluster.bg", false).await;
    let (outsider, _) = app.user("outsider@example.org", false).await;
    let (platform, _) = app.user("admin@klaster.eu", true).await;
    let anonymous = app.agent();
    let lead = app
        .org("Lead Cluster", OrgKind::Cluster, "ES", Some(lead_user.id))
        .await;
    let partner = app
        .org(
            "Partner Cluster",
            OrgKind::Cluster,
            "BG",
            Some(partner_user.id),
        )
        .await;
    let newcomer = app
        .org("Newcomer Cluster", OrgKind::Cluster, "PL", None)
        .await;
    let ev = app.event(app.event_input(lead.id)).await;

    const ACTIONS: [&str; 7] = [
        "edit project",
        "add partner",
        "remove partner",
        "add work package",
        "add result",
        "link event",
        "delete",
    ];
    // (who, agent, allowed actions)
    let who: [(&str, &Agent, [bool; 7]); 5] = [
        ("anonymous", &anonymous, [false; 7]),
        ("outsider", &outsider, [false; 7]),
        (
            "partner admin",
            &partner_agent,
            [true, false, false, true, true, true, false],
        ),
        ("lead admin", &lead_agent, [true; 7]),
        ("platform admin", &platform, [true; 7]),
    ];
    for (name, agent, allowed) in who {
        for (i, action) in ACTIONS.iter().enumerate() {
            let p = app.project_fixture("MATRIX", &lead, &[&partner]).await;
            let partner_pid = count(
                &app,
                &format!(
                    "SELECT id FROM project_partners WHERE project_id = {p} AND org_id = {}",
                    partner.id
                ),
            )
            .await;
            let (method, path, payload) = match *action {
                "edit project" => (
                    Method::PUT,
                    format!("/api/v1/projects/{p}"),
                    Some(
                        json!({"acronym": "CHANGED", "title": "Changed title", "programme": "cosme"}),
                    ),
                ),
                "add partner" => (
                    Method::POST,
                    format!("/api/v1/projects/{p}/partners"),
                    Some(json!({"org_id": newcomer.id})),
                ),
                "remove partner" => (
                    Method::DELETE,
                    format!("/api/v1/projects/{p}/partners/{partner_pid}"),
                    None,
                ),
                "add work package" => (
                    Method::POST,
                    format!("/api/v1/projects/{p}/work-packages"),
                    Some(json!({"code": "WP1", "title": "Management"})),
                ),
                "add result" => (
                    Method::POST,
                    format!("/api/v1/projects/{p}/results"),
                    Some(json!({"kind": "report", "title": "Baseline study"})),
                ),
                "link event" => (
                    Method::POST,
                    format!("/api/v1/projects/{p}/events"),
                    Some(json!({"event_id": ev.id})),
                ),
                _ => (Method::DELETE, format!("/api/v1/projects/{p}"), None),
            };
            let r = agent.api(method, &path, payload).await;
            let status = r.status();
            let state = (
                count(
                    &app,
                    &format!("SELECT COUNT(*) FROM projects WHERE id = {p} AND acronym = 'MATRIX'"),
                )
                .await,
                count(
                    &app,
                    &format!("SELECT COUNT(*) FROM project_partners WHERE project_id = {p}"),
                )
                .await,
                count(
                    &app,
                    &format!("SELECT COUNT(*) FROM work_packages WHERE project_id = {p}"),
                )
                .await,
                count(
                    &app,
                    &format!("SELECT COUNT(*) FROM project_results WHERE project_id = {p}"),
                )
                .await,
                count(
                    &app,
                    &format!("SELECT COUNT(*) FROM project_events WHERE project_id = {p}"),
                )
                .await,
            );
            if allowed[i] {
                assert!(status.is_success(), "{name} may {action}: {status}");
                let expected = match *action {
                    "edit project" => (0, 2, 0, 0, 0),
                    "add partner" => (1, 3, 0, 0, 0),
                    "remove partner" => (1, 1, 0, 0, 0),
                    "add work package" => (1, 2, 1, 0, 0),
                    "add result" => (1, 2, 0, 1, 0),
                    "link event" => (1, 2, 0, 0, 1),
                    _ => (0, 0, 0, 0, 0),
                };
                assert_eq!(state, expected, "{name} {action}");
            } else {
                let expected_status = if name == "anonymous" {
                    StatusCode::UNAUTHORIZED
                } else {
                    StatusCode::FORBIDDEN
                };
                assert_eq!(status, expected_status, "{name} may not {action}");
                assert_eq!(state, (1, 2, 0, 0, 0), "{name} {action} changed nothing");
            }
        }
    }
    // The forms ask the same rules.
    let p = app.project_fixture("FORMS", &lead, &[&partner]).await;
    let r = partner_agent
        .post_form(&format!("/projects/{p}/delete"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = partner_agent
        .post_form(
            &format!("/projects/{p}/partners"),
            &[("org_id", &newcomer.id.to_string())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let (status, _) = partner_agent
        .get_text(&format!("/projects/{p}/partners"))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let r = outsider
        .post_form(
            &format!("/projects/{p}/work-packages"),
            &[("code", "WP9"), ("title", "Sneaky")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = partner_agent
        .post_form(
            &format!("/projects/{p}/work-packages"),
            &[("code", "WP1"), ("title", "Communication")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = lead_agent
        .post_form(&format!("/projects/{p}/delete"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM projects WHERE id = {p}")
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM work_packages WHERE project_id = {p}")
        )
        .await,
        0
    );
}
both_backends!(authorization_matrix);
