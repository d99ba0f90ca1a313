//! HTTP tests of meta-clusters (both backends): proposing, inviting, answering, leaving, the
//! agreement and its document, joint actions, every page in three languages, and who may do what.

use crate::both_backends;
use crate::helpers::{field_named, json_of};
use crate::helpers::{Agent, TestApp};
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

const KEYS: &str = include_str!("../../../web/locales/en/meta-clusters.ftl");
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n%%EOF\n";

/// The page answers 200 in English, Polish and Bulgarian without any of our keys showing raw.
async fn renders_translated(agent: &Agent, path: &str) {
    for lang in ["pl", "bg", "en"] {
        let sep = if path.contains('?') { '&' } else { '?' };
        let (status, body) = agent.get_text(&format!("{path}{sep}lang={lang}")).await;
        assert_eq!(status, StatusCode::OK, "{path} in {lang}");
        for key in KEYS
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
            .filter(|k| !k.starts_with('#') && !k.starts_with("v-"))
        {
            assert!(
                !body.contains(&format!(">{key}<")) && !body.contains(&format!("\"{key}\"")),
                "{path} in {lang} shows the raw key {key}"
            );
        }
    }
}

async fn count(app: &TestApp, table: &str) -> i64 {
    app.sql(&format!("SELECT COUNT(*) FROM {table}"))
        .await
        .unwrap_or(0)
}

/// The stored state of a meta-cluster as the API shows it, to compare before and after.
async fn snapshot(app: &TestApp, id: Id) -> Value {
    let mut v = json_of(
        app.agent()
            .get(&format!("/api/v1/meta-clusters/{id}"))
            .await,
    )
    .await;
    v["can_coordinate"] = Value::Null;
    v
}

fn state_of(detail: &Value, org: Id) -> Option<String> {
    detail["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["org_id"] == org)
        .map(|m| m["state"].as_str().unwrap().to_string())
}

/// A multipart upload to the API: the bearer token or the session with its CSRF header.
async fn api_upload(agent: &Agent, path: &str, name: &str, data: Vec<u8>) -> reqwest::Response {
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(data).file_name(name.to_string()),
    );
    let mut req = agent.client.post(agent.url(path)).multipart(form);
    req = match &agent.token {
        Some(t) => req.bearer_auth(t),
        None => req.header("X-CSRF-Token", agent.csrf().await),
    };
    req.send().await.unwrap()
}

/// A multipart upload through the page's form (with the form's CSRF field).
async fn form_upload(agent: &Agent, path: &str, name: &str, data: Vec<u8>) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("_csrf", agent.csrf().await)
        .part(
            "file",
            reqwest::multipart::Part::bytes(data).file_name(name.to_string()),
        );
    agent
        .client
        .post(agent.url(path))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

fn valid_body() -> Value {
    json!({
        "name": "Energy & Environment meta-cluster",
        "descriptions": [
            {"lang": "en", "text": "Clusters of the Danube region working on renewable energy."},
            {"lang": "pl", "text": "Klastry regionu Dunaju pracujące nad energią odnawialną."}
        ],
        "sectors": ["Energy & Environment"],
        "nace": ["35.11", "71"],
        "ecosystems": ["renewable_energy"],
        "website": "https://clusters-cord.eu"
    })
}

/// A cluster administered by a fresh logged-in user.
async fn cluster_admin(
    app: &TestApp,
    email: &str,
    name: &str,
    country: &str,
) -> (Agent, Organisation) {
    let (agent, user) = app.user(email, false).await;
    let org = app
        .org(name, OrgKind::Cluster, country, Some(user.id))
        .await;
    (agent, org)
}

/// Propose through the form and through the API; only cluster administrators may.
async fn create_via_form_and_api(app: TestApp) {
    let (lke, lke_org) =
        cluster_admin(&app, "lke@lke.pl", "Lubelski Klaster Ekoenergetyczny", "PL").await;
    let form = [
        ("name", "Tourism meta-cluster"),
        ("description_en", "Cross-border tourism clusters."),
        ("description_bg", "Трансгранични туристически клъстери."),
        ("sectors", "Tourism\nCulture"),
        ("nace", "55, 79.1"),
        ("ecosystems", "tourism"),
        ("website", ""),
        ("project_id", ""),
    ];
    let r = lke.post_form("/meta-clusters", &form).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let path = location(&r);
    let id: Id = path.trim_start_matches("/meta-clusters/").parse().unwrap();
    let detail = snapshot(&app, id).await;
    assert_eq!(detail["meta_cluster"]["name"], "Tourism meta-cluster");
    assert_eq!(detail["meta_cluster"]["status"], "forming");
    assert_eq!(detail["meta_cluster"]["coordinator_id"], lke_org.id);
    assert_eq!(
        detail["meta_cluster"]["sectors"],
        json!(["Tourism", "Culture"])
    );
    assert_eq!(state_of(&detail, lke_org.id).as_deref(), Some("member"));
    let today = time::OffsetDateTime::now_utc().date().to_string();
    assert_eq!(detail["members"][0]["joined_on"], today);
    let (_, page) = lke.get_text(&path).await;
    assert!(
        page.contains("Tourism meta-cluster") && page.contains("Lubelski Klaster Ekoenergetyczny")
    );

    // Through the API, with a token; the project it came from is linked by acronym.
    let (mut api_user, user) = app.user("bgcluster@cluster.bg", false).await;
    api_user.use_api_token().await;
    let bg = app
        .org(
            "Bulgarian ICT Cluster",
            OrgKind::Cluster,
            "BG",
            Some(user.id),
        )
        .await;
    let project = app.project_fixture("CLUSTERSCORD", &bg, &[]).await;
    let mut body = valid_body();
    body["project_id"] = json!(project);
    body["status"] = json!("ended"); // ignored: a new meta-cluster is forming
    let r = api_user
        .api(Method::POST, "/api/v1/meta-clusters", Some(body))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let v = json_of(r).await;
    assert_eq!(v["meta_cluster"]["coordinator_id"], bg.id);
    assert_eq!(v["meta_cluster"]["status"], "forming");
    assert_eq!(v["meta_cluster"]["nace"], json!(["35.11", "71"]));
    assert_eq!(v["can_coordinate"], true);
    let id2 = v["meta_cluster"]["id"].as_i64().unwrap();
    let (_, page) = app.agent().get_text(&format!("/meta-clusters/{id2}")).await;
    assert!(
        page.contains(&format!("href=\"/projects/{project}\"")) && page.contains("CLUSTERSCORD")
    );
    assert!(page.contains(&format!("/meta-clusters/{id2}/news")));
    assert!(page.contains(&format!("/meta-clusters/{id2}/news.atom")));
    // The project names the meta-clusters that came out of it.
    let (_, page) = app.agent().get_text(&format!("/projects/{project}")).await;
    assert!(page.contains(&format!("href=\"/meta-clusters/{id2}\"")));

    // The list shows both; filters narrow it.
    let all = json_of(app.agent().get("/api/v1/meta-clusters").await).await;
    assert_eq!(all.as_array().unwrap().len(), 2);
    for (query, expect) in [
        ("?status=forming", 2),
        ("?status=active", 0),
        ("?sector=tourism", 1),
        ("?sector=renewable_energy", 1),
        ("?country=BG", 1),
        ("?country=PL", 1),
        ("?country=CZ", 0),
        ("?q=energy", 1),
    ] {
        let v = json_of(
            app.agent()
                .get(&format!("/api/v1/meta-clusters{query}"))
                .await,
        )
        .await;
        assert_eq!(v.as_array().unwrap().len(), expect, "{query}");
    }
    let (status, page) = app.agent().get_text("/meta-clusters?country=BG").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Environment meta-cluster") && !page.contains("Tourism meta-cluster"));

    // A company's administrator, or someone without an organisation, cannot propose.
    let (company_admin, cu) = app.user("ceo@firm.pl", false).await;
    app.org("Firma", OrgKind::Company, "PL", Some(cu.id)).await;
    let r = company_admin
        .api(Method::POST, "/api/v1/meta-clusters", Some(valid_body()))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        company_admin.get("/meta-clusters/new").await.status(),
        StatusCode::FORBIDDEN
    );
    let r = app
        .agent()
        .api(Method::POST, "/api/v1/meta-clusters", Some(valid_body()))
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(count(&app, "meta_clusters").await, 2);
    let _ = lke_org;
}
both_backends!(create_via_form_and_api);

/// Every field's bad value is refused naming the field, through the API and the form, and
/// nothing is stored.
async fn bad_input_per_field(app: TestApp) {
    let (agent, _) = cluster_admin(&app, "lke@lke.pl", "LKE", "PL").await;
    let (_, other) = cluster_admin(&app, "other@cluster.cz", "Moravian Cluster", "CZ").await;
    let cases: Vec<(&str, Value)> = vec![
        ("name", json!("")),
        ("name", json!("ab")),
        ("sectors", json!([])),
        ("sectors", json!(["  "])),
        ("nace", json!(["26.111"])),
        ("ecosystems", json!(["alien"])),
        ("website", json!("lke.pl")),
        ("project_id", json!(987654)),
        ("coordinator_id", json!(other.id)),
        ("descriptions", json!([{"lang": "polish", "text": "x"}])),
    ];
    for (field, value) in cases {
        let mut body = valid_body();
        body[field] = value.clone();
        let r = agent
            .api(Method::POST, "/api/v1/meta-clusters", Some(body))
            .await;
        assert_eq!(
            r.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field} = {value}"
        );
        assert!(field_named(&json_of(r).await, field), "{field} = {value}");
    }
    assert_eq!(count(&app, "meta_clusters").await, 0);
    assert_eq!(count(&app, "meta_cluster_members").await, 0);

    // The form shows the message next to the field, in Polish too, and stores nothing.
    let r = agent
        .post_form(
            "/meta-clusters?lang=pl",
            &[("name", "Energy"), ("sectors", ""), ("nace", "26.111")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text().await.unwrap();
    assert!(
        page.contains("sectors-error") && page.contains("podaj co najmniej jeden sektor"),
        "{page}"
    );
    assert!(page.contains("nace-error"));
    assert_eq!(count(&app, "meta_clusters").await, 0);

    // Editing: a bad status and an empty name are refused and change nothing.
    let r = agent
        .api(Method::POST, "/api/v1/meta-clusters", Some(valid_body()))
        .await;
    let id = json_of(r).await["meta_cluster"]["id"].as_i64().unwrap();
    let before = snapshot(&app, id).await;
    for (field, value) in [
        ("status", json!("dormant")),
        ("name", json!(" ")),
        ("website", json!("ftp://x")),
    ] {
        let mut body = valid_body();
        body[field] = value;
        let r = agent
            .api(
                Method::PUT,
                &format!("/api/v1/meta-clusters/{id}"),
                Some(body),
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(field_named(&json_of(r).await, field), "{field}");
    }
    assert_eq!(snapshot(&app, id).await, before);
    // A good edit changes the status.
    let mut body = valid_body();
    body["status"] = json!("active");
    let r = agent
        .api(
            Method::PUT,
            &format!("/api/v1/meta-clusters/{id}"),
            Some(body),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(r).await["meta_cluster"]["status"], "active");
    // And through the form.
    let r = agent
        .post_form(
            &format!("/meta-clusters/{id}"),
            &[("name", "E&E"), ("sectors", "Energy"), ("status", "ended")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(snapshot(&app, id).await["meta_cluster"]["status"], "ended");
}
both_backends!(bad_input_per_field);

/// Invite → accept, invite → decline → re-invite, leave, withdraw; bad invitations name the field.
async fn invitations_flow(app: TestApp) {
    let (coord, a) = cluster_admin(&app, "coord@lke.pl", "LKE", "PL").await;
    let (b_admin, b) = cluster_admin(&app, "b@cluster.cz", "Moravian Energy Cluster", "CZ").await;
    let (c_admin, c) = cluster_admin(&app, "c@cluster.bg", "Sofia Cleantech Cluster", "BG").await;
    let company = app.org("Firma", OrgKind::Company, "PL", None).await;
    let r = coord
        .api(Method::POST, "/api/v1/meta-clusters", Some(valid_body()))
        .await;
    let id = json_of(r).await["meta_cluster"]["id"].as_i64().unwrap();
    let inv = format!("/api/v1/meta-clusters/{id}/invitations");

    // Through the page's form, with a message.
    let r = coord
        .post_form(
            &format!("/meta-clusters/{id}/invitations"),
            &[
                ("org_id", &b.id.to_string()),
                ("message", "Join our Energy partnership"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let d = snapshot(&app, id).await;
    assert_eq!(state_of(&d, b.id).as_deref(), Some("invited"));

    // The invited cluster's admin sees it on the meta-cluster's page and on their list.
    let (_, page) = b_admin.get_text(&format!("/meta-clusters/{id}")).await;
    assert!(page.contains(&format!("/meta-clusters/{id}/invitations/{}/accept", b.id)));
    assert!(page.contains("Join our Energy partnership"));
    let (_, page) = b_admin.get_text("/meta-clusters/invitations").await;
    assert!(page.contains("Environment meta-cluster"));
    let v = json_of(
        b_admin
            .api(Method::GET, "/api/v1/meta-clusters/invitations", None)
            .await,
    )
    .await;
    assert_eq!(v.as_array().unwrap().len(), 1);
    // Others do not see the buttons.
    let (_, page) = c_admin.get_text(&format!("/meta-clusters/{id}")).await;
    assert!(!page.contains("/accept"));

    // Bad invitations: a company, a member, an already invited cluster, nobody, a ghost.
    for (org, field_msg) in [
        (json!(company.id), "only cluster"),
        (json!(a.id), "member already"),
        (json!(b.id), "invited already"),
        (json!(null), "choose a cluster"),
        (json!(999999), "no such organisation"),
    ] {
        let r = coord
            .api(Method::POST, &inv, Some(json!({"org_id": org})))
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{org}");
        let v = json_of(r).await;
        assert!(field_named(&v, "org_id"), "{org}");
        assert!(
            v["fields"][0]["message"]
                .as_str()
                .unwrap()
                .contains(field_msg),
            "{v}"
        );
    }
    let r = coord
        .post_form(
            &format!("/meta-clusters/{id}/invitations"),
            &[("org_id", &company.id.to_string())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("org_id-error"));
    assert_eq!(snapshot(&app, id).await, d);

    // Accept through the form: member since today.
    let r = b_admin
        .post_form(
            &format!("/meta-clusters/{id}/invitations/{}/accept", b.id),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let d = snapshot(&app, id).await;
    assert_eq!(state_of(&d, b.id).as_deref(), Some("member"));
    let today = time::OffsetDateTime::now_utc().date().to_string();
    let row = d["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["org_id"] == b.id)
        .unwrap()
        .clone();
    assert_eq!(row["joined_on"], today);
    // Answering again finds no invitation.
    let r = b_admin
        .api(Method::POST, &format!("{inv}/{}/accept", b.id), None)
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // Invite C, C declines; re-invite is allowed; then C accepts.
    let r = coord
        .api(
            Method::POST,
            &inv,
            Some(json!({"org_id": c.id, "message": "Welcome"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = c_admin
        .api(Method::POST, &format!("{inv}/{}/decline", c.id), None)
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        state_of(&snapshot(&app, id).await, c.id).as_deref(),
        Some("declined")
    );
    let (_, page) = app
        .agent()
        .get_text(&format!("/meta-clusters/{id}/members"))
        .await;
    assert!(page.contains("Sofia Cleantech Cluster"));
    let r = coord
        .api(Method::POST, &inv, Some(json!({"org_id": c.id})))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(
        state_of(&snapshot(&app, id).await, c.id).as_deref(),
        Some("invited")
    );
    // Withdrawn, then invited once more and accepted.
    let r = coord
        .api(Method::DELETE, &format!("{inv}/{}", c.id), None)
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(state_of(&snapshot(&app, id).await, c.id), None);
    coord
        .api(Method::POST, &inv, Some(json!({"org_id": c.id})))
        .await;
    let r = c_admin
        .api(Method::POST, &format!("{inv}/{}/accept", c.id), None)
        .await;
    assert_eq!(r.status(), StatusCode::OK);

    // The overview lists all three, and groups them by country.
    let (_, page) = app.agent().get_text(&format!("/meta-clusters/{id}")).await;
    for name in ["LKE", "Moravian Energy Cluster", "Sofia Cleantech Cluster"] {
        assert!(page.contains(name), "{name}");
    }
    assert!(page.contains("Members by country"));

    // B leaves (through the form); the coordinator cannot leave.
    let r = b_admin
        .post_form(&format!("/meta-clusters/{id}/members/{}/remove", b.id), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        state_of(&snapshot(&app, id).await, b.id).as_deref(),
        Some("left")
    );
    let r = coord
        .api(
            Method::DELETE,
            &format!("/api/v1/meta-clusters/{id}/members/{}", a.id),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        state_of(&snapshot(&app, id).await, a.id).as_deref(),
        Some("member")
    );
    // A former member may be invited again.
    let r = coord
        .api(Method::POST, &inv, Some(json!({"org_id": b.id})))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    // The coordinator removes C.
    let r = coord
        .api(
            Method::DELETE,
            &format!("/api/v1/meta-clusters/{id}/members/{}", c.id),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        state_of(&snapshot(&app, id).await, c.id).as_deref(),
        Some("left")
    );
}
both_backends!(invitations_flow);

/// The agreement: details with a bad date refused; the document checked by extension and
/// content, downloadable by anyone.
async fn agreement_and_document(app: TestApp) {
    let (coord, _) = cluster_admin(&app, "coord@lke.pl", "LKE", "PL").await;
    let r = coord
        .api(Method::POST, "/api/v1/meta-clusters", Some(valid_body()))
        .await;
    let id = json_of(r).await["meta_cluster"]["id"].as_i64().unwrap();
    let path = format!("/api/v1/meta-clusters/{id}/agreement");
    assert_eq!(app.agent().get(&path).await.status(), StatusCode::NOT_FOUND);

    let r = coord
        .api(
            Method::PUT,
            &path,
            Some(json!({"signed_on": "2024-02-30", "summary": "x"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&json_of(r).await, "signed_on"));
    let r = coord
        .api(
            Method::PUT,
            &path,
            Some(json!({"signatories": [{"name": "", "organisation": "LKE"}]})),
        )
        .await;
    assert!(field_named(&json_of(r).await, "signatories"));
    assert_eq!(count(&app, "meta_cluster_agreements").await, 0);

    let r = coord
        .api(
            Method::PUT,
            &path,
            Some(json!({
                "signed_on": "2019-06-12",
                "place": "Brno",
                "signatories": [{"name": "Jan Nowak", "organisation": "LKE"}, {"name": "Ivan Petrov", "organisation": "Sofia Cleantech"}],
                "summary": "The partners cooperate on energy efficiency."
            })),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let v = json_of(r).await;
    assert_eq!(v["signed_on"], "2019-06-12");
    assert_eq!(v["signatories"][1]["organisation"], "Sofia Cleantech");

    // The page's form keeps the details; signatories one per line.
    let r = coord
        .post_form(
            &format!("/meta-clusters/{id}/agreement"),
            &[
                ("signed_on", "2019-06-13"),
                ("place", "Brno"),
                (
                    "signatories",
                    "Jan Nowak, LKE\nIvan Petrov, Sofia Cleantech",
                ),
                ("summary", "Signed."),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = coord
        .post_form(
            &format!("/meta-clusters/{id}/agreement"),
            &[("signed_on", "13.06.2019")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("signed_on-error"));
    let (_, page) = app
        .agent()
        .get_text(&format!("/meta-clusters/{id}/agreement"))
        .await;
    assert!(page.contains("Ivan Petrov — Sofia Cleantech") && page.contains("13 June 2019"));

    // Bad documents: an executable, a renamed one, an empty file.
    let doc = format!("{path}/document");
    for (name, data) in [
        ("agreement.exe", b"MZ\x90\x00".to_vec()),
        ("agreement.pdf", b"MZ\x90\x00 not a pdf".to_vec()),
        ("agreement.pdf", vec![]),
    ] {
        let r = api_upload(&coord, &doc, name, data).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert!(field_named(&json_of(r).await, "file"));
    }
    let r = form_upload(
        &coord,
        &format!("/meta-clusters/{id}/agreement/document"),
        "x.docx",
        b"plain".to_vec(),
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("file-error"));
    assert_eq!(app.agent().get(&doc).await.status(), StatusCode::NOT_FOUND);

    // A PDF through the API, then one through the form; anyone downloads it.
    let r = api_upload(&coord, &doc, "Porozumienie.pdf", PDF.to_vec()).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(json_of(r).await["document"]["filename"], "Porozumienie.pdf");
    let r = form_upload(
        &coord,
        &format!("/meta-clusters/{id}/agreement/document"),
        "Agreement signed.pdf",
        PDF.to_vec(),
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    for url in [
        doc.clone(),
        format!("/meta-clusters/{id}/agreement/document"),
    ] {
        let r = app.agent().get(&url).await;
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(r.headers()["content-type"], "application/pdf");
        assert!(r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment"));
        assert_eq!(r.bytes().await.unwrap().as_ref(), PDF);
    }
    let (_, page) = app.agent().get_text(&format!("/meta-clusters/{id}")).await;
    assert!(page.contains(&format!("/meta-clusters/{id}/agreement/document")));
}
both_backends!(agreement_and_document);

/// Joint actions: an event and a project by number (linked, dated), a described study visit;
/// bad input names the field.
async fn joint_actions(app: TestApp) {
    let (coord, a) = cluster_admin(&app, "coord@lke.pl", "LKE", "PL").await;
    let r = coord
        .api(Method::POST, "/api/v1/meta-clusters", Some(valid_body()))
        .await;
    let id = json_of(r).await["meta_cluster"]["id"].as_i64().unwrap();
    let ev = app.event(app.event_input(a.id)).await;
    let project = app.project_fixture("CLUSTERS3", &a, &[]).await;
    let path = format!("/api/v1/meta-clusters/{id}/actions");
    for (body, field) in [
        (json!({"kind": "party"}), "kind"),
        (json!({"kind": "event"}), "event_id"),
        (json!({"kind": "event", "event_id": 999999}), "event_id"),
        (
            json!({"kind": "project", "project_id": 999999}),
            "project_id",
        ),
        (json!({"kind": "other", "title": ""}), "title"),
        (
            json!({"kind": "other", "title": "Matchmaking", "happened_on": "soon"}),
            "happened_on",
        ),
    ] {
        let r = coord.api(Method::POST, &path, Some(body.clone())).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(field_named(&json_of(r).await, field), "{body}");
    }
    assert_eq!(count(&app, "meta_cluster_actions").await, 0);

    let r = coord
        .api(
            Method::POST,
            &path,
            Some(json!({"kind": "event", "event_id": ev.id})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let v = json_of(r).await;
    assert_eq!(v["title"], ev.title);
    assert_eq!(v["happened_on"], ev.starts_at.date().to_string());
    let r = coord
        .api(
            Method::POST,
            &path,
            Some(json!({"kind": "project", "project_id": project})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(json_of(r).await["title"], "CLUSTERS3");
    let r = coord
        .post_form(
            &format!("/meta-clusters/{id}/actions"),
            &[
                ("kind", "study_visit"),
                ("title", "Study visit to Brno"),
                ("happened_on", "2019-06-12"),
                ("note", "12 participants"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = coord
        .post_form(
            &format!("/meta-clusters/{id}/actions"),
            &[("kind", "other"), ("title", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let v = json_of(app.agent().get(&path).await).await;
    assert_eq!(v.as_array().unwrap().len(), 3);
    let (_, page) = app.agent().get_text(&format!("/meta-clusters/{id}")).await;
    assert!(page.contains(&format!("href=\"/events/{}\"", ev.id)));
    assert!(page.contains(&format!("href=\"/projects/{project}\"")));
    assert!(page.contains("Study visit to Brno") && page.contains("12 June 2019"));

    let aid = v[0]["id"].as_i64().unwrap();
    let r = coord
        .api(Method::DELETE, &format!("{path}/{aid}"), None)
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(count(&app, "meta_cluster_actions").await, 2);
}
both_backends!(joint_actions);

/// Every page in English, Polish and Bulgarian, for the coordinator, an invited cluster's
/// administrator and an anonymous visitor.
async fn pages_in_three_languages(app: TestApp) {
    let (coord, a) = cluster_admin(&app, "coord@lke.pl", "LKE", "PL").await;
    let (invited, b) = cluster_admin(&app, "b@cluster.bg", "Sofia Cluster", "BG").await;
    let r = coord
        .api(Method::POST, "/api/v1/meta-clusters", Some(valid_body()))
        .await;
    let id = json_of(r).await["meta_cluster"]["id"].as_i64().unwrap();
    coord
        .api(
            Method::POST,
            &format!("/api/v1/meta-clusters/{id}/invitations"),
            Some(json!({"org_id": b.id, "message": "Hi"})),
        )
        .await;
    coord
        .api(Method::PUT, &format!("/api/v1/meta-clusters/{id}/agreement"), Some(json!({"signed_on": "2019-06-12", "signatories": [{"name": "Jan", "organisation": "LKE"}]})))
        .await;
    api_upload(
        &coord,
        &format!("/api/v1/meta-clusters/{id}/agreement/document"),
        "a.pdf",
        PDF.to_vec(),
    )
    .await;
    coord
        .api(
            Method::POST,
            &format!("/api/v1/meta-clusters/{id}/actions"),
            Some(json!({"kind": "other", "title": "Joint B2B", "happened_on": "2020-01-10"})),
        )
        .await;
    let pages = [
        "/meta-clusters".to_string(),
        "/meta-clusters?status=forming&sector=renewable_energy&country=PL&q=energy".to_string(),
        format!("/meta-clusters/{id}"),
        format!("/meta-clusters/{id}/members"),
        format!("/meta-clusters/{id}/agreement"),
        format!("/meta-clusters/{id}/actions"),
    ];
    for p in &pages {
        renders_translated(&coord, p).await;
        renders_translated(&invited, p).await;
        renders_translated(&app.agent(), p).await;
    }
    renders_translated(&coord, "/meta-clusters/new").await;
    renders_translated(&coord, &format!("/meta-clusters/{id}/edit")).await;
    renders_translated(&invited, "/meta-clusters/invitations").await;
    let (_, page) = coord
        .get_text(&format!("/meta-clusters/{id}?lang=bg"))
        .await;
    assert!(page.contains("Членове"));
    let (_, page) = coord
        .get_text(&format!("/meta-clusters/{id}?lang=pl"))
        .await;
    assert!(page.contains("Członkowie"));
    // Those who may not: the edit form and the invitations list.
    assert_eq!(
        invited
            .get(&format!("/meta-clusters/{id}/edit"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.agent().get("/meta-clusters/invitations").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.agent().get("/meta-clusters/999999").await.status(),
        StatusCode::NOT_FOUND
    );
    // The OpenAPI document names the routes.
    let doc = json_of(app.agent().get("/api/v1/openapi.json").await).await;
    for p in [
        "/api/v1/meta-clusters",
        "/api/v1/meta-clusters/{id}",
        "/api/v1/meta-clusters/{id}/invitations",
        "/api/v1/meta-clusters/{id}/invitations/{org}/accept",
        "/api/v1/meta-clusters/{id}/invitations/{org}/decline",
        "/api/v1/meta-clusters/{id}/members/{org}",
        "/api/v1/meta-clusters/{id}/agreement",
        "/api/v1/meta-clusters/{id}/agreement/document",
        "/api/v1/meta-clusters/{id}/actions",
    ] {
        assert!(doc["paths"][p].is_object(), "{p} missing from OpenAPI");
    }
    let _ = a;
}
both_backends!(pages_in_three_languages);

#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    Anonymous,
    Outsider,
    MemberAdmin,
    InviteeAdmin,
    CoordinatorAdmin,
    PlatformAdmin,
}

/// What the matrix tries; `AddAction` adds a joint action.
#[allow(clippy::enum_variant_names)]
#[derive(Clone, Copy, Debug, PartialEq)]
enum Action {
    Edit,
    Invite,
    Withdraw,
    RemoveMember,
    UploadAgreement,
    AddAction,
    Accept,
    Decline,
}

/// Who may do what: anonymous, a logged-in outsider, the admin of a member cluster, the admin
/// of the invited cluster, the coordinator's admin and a platform admin, each trying every
/// action on a fresh meta-cluster. Refused actions answer 401/403 and change nothing.
async fn authorization_matrix(app: TestApp) {
    let (coordinator, a) = cluster_admin(&app, "coord@lke.pl", "LKE", "PL").await;
    let (member, b) = cluster_admin(&app, "member@cluster.cz", "Member Cluster", "CZ").await;
    let (invitee, c) = cluster_admin(&app, "invitee@cluster.bg", "Invited Cluster", "BG").await;
    let e = app
        .org("Another Member", OrgKind::Cluster, "SK", None)
        .await;
    let d = app
        .org("Candidate Cluster", OrgKind::Cluster, "HU", None)
        .await;
    let (outsider, _) = app.user("outsider@example.org", false).await;
    let (platform, _) = app.user("root@klaster.eu", true).await;
    let anonymous = app.agent();
    let agents = [
        (Role::Anonymous, &anonymous),
        (Role::Outsider, &outsider),
        (Role::MemberAdmin, &member),
        (Role::InviteeAdmin, &invitee),
        (Role::CoordinatorAdmin, &coordinator),
        (Role::PlatformAdmin, &platform),
    ];
    let actions = [
        Action::Edit,
        Action::Invite,
        Action::Withdraw,
        Action::RemoveMember,
        Action::UploadAgreement,
        Action::AddAction,
        Action::Accept,
        Action::Decline,
    ];
    let mut n = 0;
    for (role, agent) in agents {
        for action in actions {
            n += 1;
            // A fresh meta-cluster: coordinator A, members B and E, C invited.
            let id = app
                .meta_cluster_fixture(&format!("Meta {n}"), &a, &[&b, &e])
                .await;
            app.sql(&format!(
                "INSERT INTO meta_cluster_members (meta_cluster_id, org_id, state, invited_at) VALUES ({id}, {}, 'invited', 0)",
                c.id
            ))
            .await;
            let base = format!("/api/v1/meta-clusters/{id}");
            let before = snapshot(&app, id).await;
            let r = match action {
                Action::Edit => {
                    let mut body = valid_body();
                    body["name"] = json!(format!("Renamed {n}"));
                    agent.api(Method::PUT, &base, Some(body)).await
                }
                Action::Invite => {
                    agent
                        .api(
                            Method::POST,
                            &format!("{base}/invitations"),
                            Some(json!({"org_id": d.id})),
                        )
                        .await
                }
                Action::Withdraw => {
                    agent
                        .api(
                            Method::DELETE,
                            &format!("{base}/invitations/{}", c.id),
                            None,
                        )
                        .await
                }
                // E's removal: its own admins are nobody here, so only the coordinator may.
                Action::RemoveMember => {
                    agent
                        .api(Method::DELETE, &format!("{base}/members/{}", e.id), None)
                        .await
                }
                Action::UploadAgreement => {
                    api_upload(
                        agent,
                        &format!("{base}/agreement/document"),
                        "a.pdf",
                        PDF.to_vec(),
                    )
                    .await
                }
                Action::AddAction => {
                    agent
                        .api(
                            Method::POST,
                            &format!("{base}/actions"),
                            Some(json!({"kind": "other", "title": "Joint B2B"})),
                        )
                        .await
                }
                Action::Accept => {
                    agent
                        .api(
                            Method::POST,
                            &format!("{base}/invitations/{}/accept", c.id),
                            None,
                        )
                        .await
                }
                Action::Decline => {
                    agent
                        .api(
                            Method::POST,
                            &format!("{base}/invitations/{}/decline", c.id),
                            None,
                        )
                        .await
                }
            };
            let allowed = match action {
                Action::Accept | Action::Decline => role == Role::InviteeAdmin,
                _ => matches!(role, Role::CoordinatorAdmin | Role::PlatformAdmin),
            };
            let status = r.status();
            if allowed {
                assert!(status.is_success(), "{role:?} {action:?}: {status}");
                assert_ne!(
                    snapshot(&app, id).await,
                    before,
                    "{role:?} {action:?} changed nothing"
                );
            } else {
                let expected = if role == Role::Anonymous {
                    StatusCode::UNAUTHORIZED
                } else {
                    StatusCode::FORBIDDEN
                };
                assert_eq!(status, expected, "{role:?} {action:?}");
                assert_eq!(
                    snapshot(&app, id).await,
                    before,
                    "{role:?} {action:?} changed something"
                );
                assert_eq!(
                    app.sql(&format!(
                        "SELECT COUNT(*) FROM meta_cluster_agreements WHERE meta_cluster_id = {id}"
                    ))
                    .await,
                    Some(0)
                );
            }
        }
    }
    // The same through the pages' forms for the answers: not the coordinator, not a platform
    // admin — only the invited cluster.
    let id = app.meta_cluster_fixture("Forms", &a, &[&b]).await;
    app.sql(&format!(
        "INSERT INTO meta_cluster_members (meta_cluster_id, org_id, state, invited_at) VALUES ({id}, {}, 'invited', 0)",
        c.id
    ))
    .await;
    let before = snapshot(&app, id).await;
    for agent in [&coordinator, &platform, &member, &outsider] {
        for answer in ["accept", "decline"] {
            let r = agent
                .post_form(
                    &format!("/meta-clusters/{id}/invitations/{}/{answer}", c.id),
                    &[],
                )
                .await;
            assert_eq!(r.status(), StatusCode::FORBIDDEN);
        }
    }
    let r = anonymous
        .post_form(
            &format!("/meta-clusters/{id}/invitations/{}/accept", c.id),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    // A forged form without the token is refused too.
    let r = invitee
        .post_form_without_csrf(
            &format!("/meta-clusters/{id}/invitations/{}/accept", c.id),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(snapshot(&app, id).await, before);
    let r = invitee
        .post_form(
            &format!("/meta-clusters/{id}/invitations/{}/accept", c.id),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        state_of(&snapshot(&app, id).await, c.id).as_deref(),
        Some("member")
    );
}
both_backends!(authorization_matrix);
