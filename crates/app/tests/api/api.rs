//! The JSON API: search, CRUD with tokens, JSON errors, vocabularies, OpenAPI.

use crate::both_backends;
use crate::helpers::*;
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

fn profile(name: &str) -> Value {
    json!({
        "type": "company", "size_class": "medium", "name": name, "country": "BG", "nuts": "BG41",
        "nace": ["62"], "keywords": ["софтуер"], "languages": ["bg", "en"],
        "descriptions": [{"lang": "bg", "text": "Разработваме софтуер за енергийни клъстери."}]
    })
}

async fn organisations_crud_with_a_token(app: TestApp) {
    let (mut a, _) = app.user("api@example.bg", false).await;
    a.use_api_token().await;
    let r = a
        .api(
            Method::POST,
            "/api/v1/organisations",
            Some(profile("Софтуер ЕООД")),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let created: Value = r.json().await.unwrap();
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["country"], "BG");
    assert_eq!(created["verification"], "unverified");

    let anon = app.agent();
    let r = anon
        .get("/api/v1/organisations?q=%D1%81%D0%BE%D1%84%D1%82%D1%83%D0%B5%D1%80")
        .await;
    let list: Value = r.json().await.unwrap();
    assert_eq!(list["total"], 1, "found by a Bulgarian word");
    assert_eq!(list["items"][0]["name"], "Софтуер ЕООД");
    assert_eq!(list["facets"]["country"][0]["value"], "BG");
    let one: Value = anon
        .get(&format!("/api/v1/organisations/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(one["nace"][0], "62");

    let mut changed = profile("Софтуер ЕООД");
    changed["website"] = json!("https://softuer.example.bg");
    changed["year_founded"] = json!(2015);
    let r = a
        .api(
            Method::PUT,
            &format!("/api/v1/organisations/{id}"),
            Some(changed),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        r.json::<Value>().await.unwrap()["website"],
        "https://softuer.example.bg"
    );

    let me: Value = a.get("/api/v1/me").await.json().await.unwrap();
    assert_eq!(me["memberships"][0]["organisation_id"], id);
    assert_eq!(me["memberships"][0]["role"], "admin");
    assert_eq!(
        anon.get("/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED
    );

    // Tokens: listed without secrets, deletable, dead once deleted.
    let tokens: Value = a.get("/api/v1/tokens").await.json().await.unwrap();
    assert!(tokens[0].get("token").is_none());
    let token_id = tokens[0]["id"].as_i64().unwrap();
    assert_eq!(
        a.api(Method::DELETE, &format!("/api/v1/tokens/{token_id}"), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(a.get("/api/v1/me").await.status(), StatusCode::UNAUTHORIZED);
}
both_backends!(organisations_crud_with_a_token);

async fn errors_are_json_with_field_messages(app: TestApp) {
    let (mut a, _) = app.user("errors@example.bg", false).await;
    a.use_api_token().await;
    let before = app.org_count().await;

    let mut bad = profile("");
    bad["nace"] = json!(["99.99"]);
    bad["nuts"] = json!("PL81");
    let r = a
        .api(Method::POST, "/api/v1/organisations", Some(bad))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"], "validation");
    let fields: Vec<&str> = body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"name") && fields.contains(&"nace") && fields.contains(&"nuts"),
        "{fields:?}"
    );

    // Wrong content type, malformed JSON, wrong field types.
    let r = a
        .client
        .post(a.url("/api/v1/organisations"))
        .bearer_auth(a.token.as_ref().unwrap())
        .body("name=x")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "bad_request");
    let r = a
        .client
        .post(a.url("/api/v1/organisations"))
        .bearer_auth(a.token.as_ref().unwrap())
        .header("content-type", "application/json")
        .body("{\"name\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = a
        .api(
            Method::POST,
            "/api/v1/organisations",
            Some(json!({"name": 42})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.json::<Value>().await.unwrap()["message"]
        .as_str()
        .unwrap()
        .contains("name"));
    // A bad filter names the parameter.
    let r = a.get("/api/v1/organisations?type=rocket").await;
    assert_eq!(
        r.json::<Value>().await.unwrap()["fields"][0]["field"],
        "type"
    );
    assert_eq!(
        a.get("/api/v1/organisations/999999").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        a.get("/api/v1/nothing-here")
            .await
            .json::<Value>()
            .await
            .unwrap()["error"],
        "not_found"
    );
    // A wrong token is an error, not an anonymous request.
    let r = a
        .client
        .get(a.url("/api/v1/organisations"))
        .bearer_auth("kls_wrong")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(app.org_count().await, before);
}
both_backends!(errors_are_json_with_field_messages);

async fn session_writes_need_the_csrf_header(app: TestApp) {
    let (a, _) = app.user("session@example.bg", false).await;
    let r = a
        .client
        .post(a.url("/api/v1/organisations"))
        .json(&profile("Без токен ООД"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = a
        .api(
            Method::POST,
            "/api/v1/organisations",
            Some(profile("С токен ООД")),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
}
both_backends!(session_writes_need_the_csrf_header);

async fn api_import_of_csv(app: TestApp) {
    let (mut root, _) = app.user("root@example.bg", true).await;
    root.use_api_token().await;
    let token = root.token.clone().unwrap();
    let send = |body: &'static str, ct: &'static str| {
        root.client
            .post(root.url("/api/v1/organisations/import"))
            .bearer_auth(&token)
            .header("content-type", ct)
            .body(body)
            .send()
    };
    let r = send("name,type,country\nAlfa,company,PL\n", "application/json")
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let r = send(
        "name,type,country\nAlfa,company,PL\nBeta,company,ZZ\n",
        "text/csv",
    )
    .await
    .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["rows"][0]["line"], 3);
    assert_eq!(body["rows"][0]["field"], "country");
    let r = send(
        "name,type,country\nAlfa,company,PL\nBeta,university,CZ\n",
        "text/csv",
    )
    .await
    .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(r.json::<Value>().await.unwrap()["imported"], 2);
}
both_backends!(api_import_of_csv);

async fn vocabularies_and_openapi(app: TestApp) {
    let a = app.agent();
    let countries: Vec<Value> = a
        .get("/api/v1/vocabularies/countries")
        .await
        .json()
        .await
        .unwrap();
    let pl = countries.iter().find(|c| c["code"] == "PL").unwrap();
    assert_eq!(pl["name_pl"], "Polska");
    assert_eq!(pl["name_bg"], "Полша");
    let regions: Vec<Value> = a
        .get("/api/v1/vocabularies/nuts?country=PL&level=2")
        .await
        .json()
        .await
        .unwrap();
    assert!(regions
        .iter()
        .any(|r| r["code"] == "PL81" && r["name"] == "Lubelskie"));
    let sections: Vec<Value> = a
        .get("/api/v1/vocabularies/nace?lang=bg&level=1")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(sections.len(), 21);
    assert_eq!(sections[0]["lang"], "bg");
    assert_eq!(
        a.get("/api/v1/vocabularies/nace?level=7").await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let doc: Value = a.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/api/v1/organisations",
        "/api/v1/organisations/{id}",
        "/api/v1/organisations/import",
        "/api/v1/vocabularies/nace",
        "/api/v1/me",
        "/api/v1/tokens",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} documented");
    }
    assert!(doc["components"]["schemas"].get("Organisation").is_some());
}
both_backends!(vocabularies_and_openapi);

async fn the_q_parameter_scripts_rely_on(app: TestApp) {
    app.org("Śląski Klaster Lotniczy", OrgKind::Cluster, "PL", None)
        .await;
    app.org("Green Synergy", OrgKind::Cluster, "BG", None).await;
    let v: Value = app
        .agent()
        .get("/api/v1/organisations?q=lotniczy")
        .await
        .json()
        .await
        .unwrap();
    let names: Vec<&str> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["Śląski Klaster Lotniczy"]);
}
both_backends!(the_q_parameter_scripts_rely_on);
