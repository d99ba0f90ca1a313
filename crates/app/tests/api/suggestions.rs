//! HTTP tests of partner suggestions (both backends, real model when installed): a Polish
//! technology offer finds a Bulgarian request first, with its explanation; dismiss and undo;
//! rights; withdrawn profiles disappear; model-off suggestions by codes.

use crate::both_backends;
use crate::helpers::TestApp;
use klaster_domain::marketplace::ProfileKind;
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

struct Setup {
    offer: Id,
    request: Id,
}

async fn setup(app: &TestApp, admin: Id) -> Setup {
    let pl = app
        .org(
            "Lubelski Klaster Ekoenergetyczny",
            OrgKind::Cluster,
            "PL",
            Some(admin),
        )
        .await;
    let bg = app
        .org("Green Economy Cluster", OrgKind::Cluster, "BG", None)
        .await;
    let de = app
        .org("Bayerische Molkerei", OrgKind::Company, "DE", None)
        .await;
    let en = app
        .org("Hill Walks Ltd", OrgKind::Company, "IE", None)
        .await;
    let offer = app
        .profile_fixture(&pl, ProfileKind::TechnologyOffer, "pl",
            "Magazyny energii i instalacje fotowoltaiczne",
            "Projektujemy i montujemy instalacje fotowoltaiczne z magazynami energii dla firm i gmin.",
            &["35.11"])
        .await;
    let request = app
        .profile_fixture(&bg, ProfileKind::TechnologyRequest, "bg",
            "Търсим технология за зелена енергия",
            "Клъстер за зелена икономика търси доставчик на соларни панели и системи за съхранение на енергия.",
            &["35.11"])
        .await;
    app.profile_fixture(
        &de,
        ProfileKind::BusinessRequest,
        "de",
        "Molkerei sucht Vertriebspartner",
        "Eine bayerische Molkerei sucht Händler für Käse und Joghurt.",
        &["10.51"],
    )
    .await;
    app.profile_fixture(
        &en,
        ProfileKind::TechnologyRequest,
        "en",
        "Travel agency seeks booking software",
        "We organise hiking holidays and look for an online booking system.",
        &["79.11"],
    )
    .await;
    Setup { offer, request }
}

async fn get_json(agent: &crate::helpers::Agent, path: &str) -> Value {
    let r = agent.api(Method::GET, path, None).await;
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    r.json().await.unwrap()
}

async fn bulgarian_request_first_dismiss_and_undo(app: TestApp) {
    let (agent, user) = app.user("admin@lke.pl", false).await;
    let s = setup(&app, user.id).await;
    app.state.matching.sync_now(&*app.state.repo).await.unwrap();
    let v = get_json(
        &agent,
        &format!("/api/v1/marketplace/{}/suggestions", s.offer),
    )
    .await;
    eprintln!(
        "semantic: {}; first: {:#}",
        app.state.matching.semantic_enabled(),
        v["suggestions"][0]
    );
    let first = &v["suggestions"][0];
    assert_eq!(first["id"], format!("profile:{}", s.request), "{v:#}");
    let signals = first["signals"].as_array().unwrap();
    let has = |n: &str| signals.iter().find(|g| g["name"] == n).cloned();
    assert!(has("complementarity").is_some(), "{v:#}");
    if app.state.matching.semantic_enabled() {
        assert_eq!(has("semantic").unwrap()["detail"], "pl → bg", "{v:#}");
    }
    // The page section shows it with its explanation.
    let (st, html) = agent
        .get_text(&format!("/suggestions?subject=profile:{}", s.offer))
        .await;
    assert_eq!(st, StatusCode::OK);
    assert!(
        html.contains("Търсим технология за зелена енергия"),
        "{html}"
    );
    assert!(html.contains("data-signal=\"complementarity\""));
    // An outsider may not dismiss.
    let (outsider, _) = app.user("someone@else.bg", false).await;
    let body = json!({"subject": format!("profile:{}", s.offer), "candidate": format!("profile:{}", s.request)});
    let r = outsider
        .api(
            Method::POST,
            "/api/v1/suggestions/dismiss",
            Some(body.clone()),
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // A member dismisses through the page; it disappears; undo brings it back.
    let r = agent
        .post_form(
            "/suggestions/dismiss",
            &[
                ("subject", &format!("profile:{}", s.offer)),
                ("candidate", &format!("profile:{}", s.request)),
                ("back", "/"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let v = get_json(
        &agent,
        &format!("/api/v1/marketplace/{}/suggestions", s.offer),
    )
    .await;
    assert!(v["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["id"] != format!("profile:{}", s.request)));
    let r = agent
        .api(
            Method::DELETE,
            "/api/v1/suggestions/dismiss",
            Some(body.clone()),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let v = get_json(
        &agent,
        &format!("/api/v1/marketplace/{}/suggestions", s.offer),
    )
    .await;
    assert_eq!(v["suggestions"][0]["id"], format!("profile:{}", s.request));
    // Bad candidate: 422 naming the field.
    let r = agent
        .api(
            Method::POST,
            "/api/v1/suggestions/dismiss",
            Some(json!({"subject": format!("profile:{}", s.offer), "candidate": "nonsense"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["fields"][0]["field"], "candidate");
    // Withdrawn: gone after touch + sync.
    app.sql(&format!(
        "UPDATE cooperation_profiles SET status = 'withdrawn' WHERE id = {}",
        s.request
    ))
    .await;
    app.state.matching.touch();
    app.state.matching.sync_now(&*app.state.repo).await.unwrap();
    let v = get_json(
        &agent,
        &format!("/api/v1/marketplace/{}/suggestions", s.offer),
    )
    .await;
    assert!(
        v["suggestions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["id"] != format!("profile:{}", s.request)),
        "{v:#}"
    );
}
both_backends!(bulgarian_request_first_dismiss_and_undo);

async fn org_suggestions_and_cross_border(app: TestApp) {
    let (agent, user) = app.user("admin@lke.pl", false).await;
    let _s = setup(&app, user.id).await;
    let pl2 = app
        .org("Polish Solar SME", OrgKind::Company, "PL", None)
        .await;
    app.profile_fixture(
        &pl2,
        ProfileKind::TechnologyRequest,
        "pl",
        "Szukamy paneli",
        "Szukamy dostawcy paneli słonecznych.",
        &["35.11"],
    )
    .await;
    app.state.matching.sync_now(&*app.state.repo).await.unwrap();
    let orgs = app.state.repo.all_orgs().await.unwrap();
    let lke = orgs
        .iter()
        .find(|o| o.name.starts_with("Lubelski"))
        .unwrap();
    let v = get_json(
        &agent,
        &format!("/api/v1/organisations/{}/suggestions", lke.id),
    )
    .await;
    assert!(!v["suggestions"].as_array().unwrap().is_empty(), "{v:#}");
    let all = get_json(
        &agent,
        &format!("/api/v1/organisations/{}/suggestions?k=50", lke.id),
    )
    .await;
    assert!(
        all["suggestions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["country"] == "PL"),
        "{all:#}"
    );
    let cross = get_json(
        &agent,
        &format!(
            "/api/v1/organisations/{}/suggestions?k=50&cross_border=true",
            lke.id
        ),
    )
    .await;
    let list = cross["suggestions"].as_array().unwrap();
    assert!(!list.is_empty());
    assert!(list.iter().all(|c| c["country"] != "PL"), "{cross:#}");
    assert!(list.iter().all(|c| c["signals"]
        .as_array()
        .unwrap()
        .iter()
        .any(|g| g["name"] == "geography")));
    let st = get_json(&agent, "/api/v1/suggestions/status").await;
    assert_eq!(st["semantic"], app.state.matching.semantic_enabled());
    // Anonymous: 401 on the API, a sentence on the page section.
    let anon = app.agent();
    let r = anon
        .get(&format!("/api/v1/organisations/{}/suggestions", lke.id))
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}
both_backends!(org_suggestions_and_cross_border);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn model_off_still_suggests_by_codes_and_says_so() {
    let app = crate::helpers::spawn_app_with(crate::helpers::Backend::Sqlite, false)
        .await
        .unwrap();
    let (agent, user) = app.user("admin@lke.pl", false).await;
    let s = setup(&app, user.id).await;
    app.state.matching.sync_now(&*app.state.repo).await.unwrap();
    let v = get_json(
        &agent,
        &format!("/api/v1/marketplace/{}/suggestions", s.offer),
    )
    .await;
    assert_eq!(v["semantic"], false);
    assert_eq!(
        v["suggestions"][0]["id"],
        format!("profile:{}", s.request),
        "{v:#}"
    );
    let (_, html) = agent
        .get_text(&format!("/suggestions?subject=profile:{}&lang=en", s.offer))
        .await;
    assert!(html.contains("Semantic matching is off"), "{html}");
    let st = get_json(&agent, "/api/v1/suggestions/status").await;
    assert_eq!(st["semantic"], false);
}

async fn nace_codes_for_polish_and_bulgarian_descriptions(app: TestApp) {
    let agent = app.agent();
    for text in [
        "Produkcja paneli fotowoltaicznych i wytwarzanie energii elektrycznej ze słońca",
        "Производство на електрическа енергия от слънчеви панели",
    ] {
        let r = agent
            .api(
                Method::POST,
                "/api/v1/suggestions/nace",
                Some(json!({"text": text, "k": 3})),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
        let v: Value = r.json().await.unwrap();
        let codes: Vec<&str> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["code"].as_str().unwrap())
            .collect();
        if app.state.matching.semantic_enabled() {
            assert!(
                codes
                    .iter()
                    .any(|c| c.starts_with("35") || c.starts_with("27") || c.starts_with("26")),
                "{text}: {v:#}"
            );
        }
    }
    let r = agent
        .api(
            Method::POST,
            "/api/v1/suggestions/nace",
            Some(json!({"text": "  "})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let (st, _) = agent.get_text("/suggest-nace?text=%20").await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
}
both_backends!(nace_codes_for_polish_and_bulgarian_descriptions);
