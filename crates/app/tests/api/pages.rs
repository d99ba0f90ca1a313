//! Every page answers in English, Polish and Bulgarian, with no untranslated message keys, and
//! the language is chosen by ?lang=, a remembered cookie or Accept-Language.

use crate::both_backends;
use crate::helpers::*;
use klaster_domain::*;
use reqwest::StatusCode;

/// Message keys of the English file: none may appear as visible text on a page.
fn message_keys() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../web/locales/en/main.ftl");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim().to_string()))
        .filter(|k| !k.starts_with('#') && !k.contains(' ') && !k.is_empty())
        .collect()
}

async fn every_page_in_three_languages(app: TestApp) {
    let (admin, admin_user) = app.user("root@example.pl", true).await;
    let cluster = app
        .org("Klaster Stron", OrgKind::Cluster, "PL", Some(admin_user.id))
        .await;
    let mut member = app.org("Członek Stron", OrgKind::Company, "PL", None).await;
    app.state
        .repo
        .set_cluster_member(cluster.id, member.id, true)
        .await
        .unwrap();
    member.descriptions = vec![];
    let keys = message_keys();
    assert!(keys.len() > 100);
    let public = [
        "/",
        "/organisations",
        "/organisations?q=klaster",
        "/login",
        "/register",
        "/vocabularies/nace",
        "/vocabularies/nace?level=1",
        "/vocabularies/nuts?country=BG",
    ];
    let with_ids = [
        format!("/organisations/{}", cluster.id),
        format!("/organisations/{}/members", cluster.id),
        format!("/organisations/{}/edit", cluster.id),
        format!("/organisations/{}/people", cluster.id),
        "/organisations/new".to_string(),
        "/account".to_string(),
        "/admin".to_string(),
    ];
    let expected_heading = [
        ("en", "Organisation directory"),
        ("pl", "lang=\"pl\""),
        ("bg", "lang=\"bg\""),
    ];
    for (lang, marker) in expected_heading {
        for path in public
            .iter()
            .map(|s| s.to_string())
            .chain(with_ids.iter().cloned())
        {
            let sep = if path.contains('?') { '&' } else { '?' };
            let (status, html) = admin.get_text(&format!("{path}{sep}lang={lang}")).await;
            assert_eq!(status, StatusCode::OK, "{path} in {lang}");
            assert!(
                html.contains(&format!("<html lang=\"{lang}\">")),
                "{path} in {lang}"
            );
            let leaked: Vec<&String> = keys
                .iter()
                .filter(|k| html.contains(&format!(">{k}<")) || html.contains(&format!(">{k} ")))
                .collect();
            assert!(
                leaked.is_empty(),
                "{path} in {lang} shows raw keys {leaked:?}"
            );
            assert!(html.contains("<main id=\"main\""), "landmarks");
            if path == "/organisations" && lang == "en" {
                assert!(html.contains(marker));
            }
        }
    }
    // Anonymous visitors get the login hint instead of private pages.
    let (status, html) = app.agent().get_text("/account?lang=pl").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(html.contains("lang=\"pl\""));
    let (status, _) = app.agent().get_text("/organisations/999999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, html) = app.agent().get_text("/no/such/page?lang=bg").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        html.contains("<html lang=\"bg\">"),
        "a translated error page"
    );
}
both_backends!(every_page_in_three_languages);

async fn language_choice_is_remembered(app: TestApp) {
    let a = app.agent();
    let r = a
        .client
        .get(a.url("/"))
        .header("accept-language", "bg-BG,bg;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("<html lang=\"bg\">"));
    let (_, html) = a.get_text("/?lang=pl").await;
    assert!(html.contains("<html lang=\"pl\">"));
    // The cookie keeps Polish on the next page, even against the browser's header.
    let r = a
        .client
        .get(a.url("/organisations"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    let html = r.text().await.unwrap();
    assert!(html.contains("<html lang=\"pl\">"));
    assert!(
        html.contains("href=\"/organisations?lang=bg\""),
        "the switcher keeps the page"
    );
}
both_backends!(language_choice_is_remembered);

async fn health_and_security_headers(app: TestApp) {
    let a = app.agent();
    let r = a.get("/healthz").await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = app.agent().get("/").await;
    assert_eq!(r.headers()["x-frame-options"], "DENY");
    assert!(r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("default-src 'self'"));
    let cookies: Vec<&str> = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert!(cookies.iter().any(|c| c.starts_with("klaster_csrf=")
        && c.contains("HttpOnly")
        && c.contains("SameSite=Lax")));
    assert_eq!(a.get("/static/app.css").await.status(), StatusCode::OK);
}
both_backends!(health_and_security_headers);
