//! HTTP tests of news (both backends): posts by organisations, projects and meta-clusters,
//! drafts, filters, images, event reports among the news, who may write, and the Atom feeds.

use crate::both_backends;
use crate::helpers::{field_named, json_of};
use crate::helpers::{Agent, TestApp};
use klaster_domain::events::EventVisibility;
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

const NEWS_KEYS: &str = include_str!("../../../web/locales/en/news.ftl");

/// The page renders in every language without any of our message keys showing raw.
async fn renders_translated(agent: &Agent, path: &str) {
    for lang in ["pl", "bg", "en"] {
        let sep = if path.contains('?') { '&' } else { '?' };
        let (status, body) = agent.get_text(&format!("{path}{sep}lang={lang}")).await;
        assert_eq!(status, StatusCode::OK, "{path} in {lang}");
        for key in NEWS_KEYS
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
            .filter(|k| !k.starts_with('#') && !k.starts_with("v-"))
        {
            assert!(
                !body.contains(key),
                "{path} in {lang} shows the raw key {key}"
            );
        }
    }
}

async fn post_count(app: &TestApp) -> i64 {
    app.sql("SELECT COUNT(*) FROM news_posts").await.unwrap()
}

fn post_body(author: &str, title: &str, published: bool) -> Value {
    json!({
        "author": parse_author(author),
        "texts": [{"lang": "pl", "title": title, "body": format!("{title}: treść wpisu.\n\nDrugi akapit z https://clusters3.eu.")}],
        "links": [{"url": "https://www.interregeurope.eu/clusters3", "label": "CLUSTERS3"}],
        "published": published,
    })
}

fn parse_author(a: &str) -> Value {
    let (kind, id) = a.split_once(':').unwrap();
    json!({"kind": kind, "id": id.parse::<i64>().unwrap()})
}

/// Everyone the authorization tests need: an organisation with an administrator and a plain
/// member, another organisation's administrator, an outsider and a platform administrator; a
/// project led by the first organisation with the second as partner; a meta-cluster
/// coordinated by the first organisation with the second as member.
struct World {
    org: Organisation,
    other: Organisation,
    admin: Agent,
    member: Agent,
    other_admin: Agent,
    outsider: Agent,
    platform: Agent,
    anon: Agent,
    project: Id,
    meta: Id,
}

async fn world(app: &TestApp) -> World {
    let (admin, admin_user) = app.user("admin@lke.pl", false).await;
    let (member, member_user) = app.user("member@lke.pl", false).await;
    let (other_admin, other_user) = app.user("admin@cleantech.bg", false).await;
    let (outsider, _) = app.user("someone@example.pl", false).await;
    let (platform, _) = app.user("root@klaster.eu", true).await;
    let org = app
        .org(
            "Lubelski Klaster Ekoenergetyczny",
            OrgKind::Cluster,
            "PL",
            Some(admin_user.id),
        )
        .await;
    let other = app
        .org(
            "Cleantech Bulgaria",
            OrgKind::Cluster,
            "BG",
            Some(other_user.id),
        )
        .await;
    app.state
        .repo
        .set_org_user(org.id, member_user.id, OrgRole::Member)
        .await
        .unwrap();
    let project = app.project_fixture("CLUSTERS3", &org, &[&other]).await;
    let meta = app
        .meta_cluster_fixture("Energy & Environment", &org, &[&other])
        .await;
    World {
        org,
        other,
        admin,
        member,
        other_admin,
        outsider,
        platform,
        anon: app.agent(),
        project,
        meta,
    }
}

async fn posts_by_each_author_kind(app: TestApp) {
    let w = world(&app).await;
    // An organisation's administrator writes through the form.
    let author = format!("organisation:{}", w.org.id);
    renders_translated(&w.admin, &format!("/news/new?author={author}")).await;
    let r = w
        .admin
        .post_form(
            "/news",
            &[
                ("author", author.as_str()),
                ("title_pl", "Konferencja RIS3 w Lublinie"),
                (
                    "body_pl",
                    "Ponad 120 uczestników.\n\nZobacz https://lke.pl/ris3.",
                ),
                ("title_en", "RIS3 conference in Lublin"),
                ("body_en", "More than 120 participants."),
                (
                    "links",
                    "https://www.interregeurope.eu/clusters3 Project page",
                ),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let org_post = r.headers()["location"].to_str().unwrap().to_string();
    assert!(org_post.starts_with("/news/"));
    // A project partner's administrator and the meta-cluster's coordinator write through the API.
    let r = w
        .admin
        .api(
            Method::POST,
            "/api/v1/news",
            Some(post_body(
                &format!("project:{}", w.project),
                "Spotkanie partnerów CLUSTERS3",
                true,
            )),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let project_post = json_of(r).await;
    assert_eq!(project_post["author"]["kind"], "project");
    assert_eq!(project_post["author_name"], "CLUSTERS3");
    let mut bg = post_body(&format!("meta_cluster:{}", w.meta), "x", true);
    bg["texts"] = json!([{"lang": "bg", "title": "Среща на мета-клъстера", "body": "Енергия и околна среда."}]);
    let r = w.admin.api(Method::POST, "/api/v1/news", Some(bg)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let meta_post = json_of(r).await;
    assert_eq!(post_count(&app).await, 3);

    // Everyone reads them: the post page (Polish by default for a Polish reader, a switch to
    // English, a note when the page's language is missing), the lists and the API.
    let (s, page) = w.anon.get_text(&format!("{org_post}?lang=pl")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("Konferencja RIS3 w Lublinie"));
    assert!(
        page.contains("href=\"https://lke.pl/ris3\""),
        "links in the text"
    );
    assert!(page.contains("href=\"https://www.interregeurope.eu/clusters3\""));
    let (_, page) = w
        .anon
        .get_text(&format!("{org_post}?lang=pl&text=en"))
        .await;
    assert!(page.contains("RIS3 conference in Lublin"));
    let (_, page) = w
        .anon
        .get_text(&format!("/news/{}?lang=en", meta_post["id"]))
        .await;
    assert!(page.contains("Среща на мета-клъстера"));
    assert!(page.contains("not available in your language"));
    renders_translated(&w.anon, &org_post).await;
    renders_translated(&w.admin, &org_post).await;
    for (path, title) in [
        (
            format!("/organisations/{}/news", w.org.id),
            "Konferencja RIS3",
        ),
        (
            format!("/projects/{}/news", w.project),
            "Spotkanie partnerów CLUSTERS3",
        ),
        (
            format!("/meta-clusters/{}/news", w.meta),
            "Среща на мета-клъстера",
        ),
        ("/news".to_string(), "Spotkanie partnerów CLUSTERS3"),
    ] {
        let (s, page) = w.anon.get_text(&format!("{path}?lang=pl")).await;
        assert_eq!(s, StatusCode::OK, "{path}");
        assert!(page.contains(title), "{path} lists {title}");
        assert!(
            page.contains("application/atom+xml"),
            "{path} links its feed"
        );
        renders_translated(&w.anon, &path).await;
    }
    let (_, page) = w
        .anon
        .get_text(&format!("/projects/{}/news", w.project))
        .await;
    assert!(page.contains("<title>CLUSTERS3 · Klaster</title>"));
    let (_, page) = w
        .anon
        .get_text(&format!("/organisations/{}", w.org.id))
        .await;
    assert!(
        page.contains(&org_post),
        "the organisation's page shows its posts"
    );
    // Lists of authors that do not exist are missing.
    for path in [
        "/organisations/999999/news",
        "/projects/999999/news",
        "/meta-clusters/999999/news",
    ] {
        assert_eq!(
            w.anon.get(path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert_eq!(
        w.admin
            .get("/news/new?author=project:999999")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // Filters: by kind of author and by language (the UI language does not filter).
    let all = json_of(w.anon.api(Method::GET, "/api/v1/news", None).await).await;
    assert_eq!(all["total"], 3);
    let projects = json_of(
        w.anon
            .api(Method::GET, "/api/v1/news?kind=project", None)
            .await,
    )
    .await;
    assert_eq!(projects["total"], 1);
    assert_eq!(projects["entries"][0]["post_id"], project_post["id"]);
    let bg_only = json_of(w.anon.api(Method::GET, "/api/v1/news?in=bg", None).await).await;
    assert_eq!(bg_only["total"], 1);
    assert_eq!(bg_only["entries"][0]["post_id"], meta_post["id"]);
    let en = json_of(
        w.anon
            .api(Method::GET, "/api/v1/news?in=en&lang=bg", None)
            .await,
    )
    .await;
    assert_eq!(en["total"], 1);
    let (_, page) = w.anon.get_text("/news?in=bg&lang=pl").await;
    assert!(page.contains("Среща на мета-клъстера") && !page.contains("Spotkanie partnerów"));
    let (_, page) = w.anon.get_text("/news?kind=meta_cluster").await;
    assert!(page.contains("Среща на мета-клъстера") && !page.contains("Konferencja RIS3"));
    let by_author = json_of(
        w.anon
            .api(
                Method::GET,
                &format!("/api/v1/news?author=meta_cluster:{}", w.meta),
                None,
            )
            .await,
    )
    .await;
    assert_eq!(by_author["total"], 1);
    let paged = json_of(
        w.anon
            .api(Method::GET, "/api/v1/news?per_page=2&page=2", None)
            .await,
    )
    .await;
    assert_eq!(paged["entries"].as_array().unwrap().len(), 1);
    let r = w
        .anon
        .api(Method::GET, "/api/v1/news?kind=person", None)
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let combined = json_of(
        w.anon
            .api(
                Method::GET,
                &format!("/api/v1/organisations/{}/news", w.org.id),
                None,
            )
            .await,
    )
    .await;
    assert_eq!(combined.as_array().unwrap().len(), 1);
    assert_eq!(combined[0]["kind"], "post");

    // The API documents all of it.
    let doc = json_of(w.anon.get("/api/v1/openapi.json").await).await;
    for p in [
        "/api/v1/news",
        "/api/v1/news/{id}",
        "/api/v1/news/{id}/images",
        "/api/v1/news/{id}/images/{iid}",
        "/api/v1/organisations/{id}/news",
    ] {
        assert!(doc["paths"][p].is_object(), "{p} is documented");
    }
}
both_backends!(posts_by_each_author_kind);

async fn bad_input_is_refused_per_field(app: TestApp) {
    let w = world(&app).await;
    let author = format!("organisation:{}", w.org.id);
    let good = post_body(&author, "Dobry tytuł", true);
    let cases: Vec<(&str, Value)> = vec![
        ("texts", {
            let mut b = good.clone();
            b["texts"] = json!([]);
            b
        }),
        ("title_pl", {
            let mut b = good.clone();
            b["texts"] = json!([{"lang": "pl", "title": "", "body": "Treść"}]);
            b
        }),
        ("body_en", {
            let mut b = good.clone();
            b["texts"] = json!([{"lang": "en", "title": "Title", "body": ""}]);
            b
        }),
        ("title_pl", {
            let mut b = good.clone();
            b["texts"] = json!([{"lang": "pl", "title": "x".repeat(201), "body": "Treść"}]);
            b
        }),
        ("texts", {
            let mut b = good.clone();
            b["texts"] = json!([{"lang": "pl", "title": "A", "body": "B"}, {"lang": "pl", "title": "C", "body": "D"}]);
            b
        }),
        ("texts", {
            let mut b = good.clone();
            b["texts"] = json!([{"lang": "de", "title": "A", "body": "B"}, {"lang": "fr", "title": "C", "body": "D"}]);
            b
        }),
        ("texts", {
            let mut b = good.clone();
            b["texts"] = json!([{"lang": "not a language!", "title": "A", "body": "B"}]);
            b
        }),
        ("links", {
            let mut b = good.clone();
            b["links"] = json!([{"url": "javascript:alert(1)", "label": "x"}]);
            b
        }),
        ("links", {
            let mut b = good.clone();
            b["links"] = json!([{"url": "ftp://example.com/file", "label": "x"}]);
            b
        }),
        ("links", {
            let mut b = good.clone();
            b["links"] = (0..21)
                .map(|i| json!({"url": format!("https://example.com/{i}"), "label": ""}))
                .collect();
            b
        }),
        ("author", {
            let mut b = good.clone();
            b.as_object_mut().unwrap().remove("author");
            b
        }),
        ("author", {
            let mut b = good.clone();
            b["author"] = json!({"kind": "project", "id": 999999});
            b
        }),
    ];
    for (field, body) in cases {
        let r = w.admin.api(Method::POST, "/api/v1/news", Some(body)).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert!(field_named(&json_of(r).await, field), "{field} is named");
    }
    assert_eq!(post_count(&app).await, 0, "nothing stored");
    // The form names the field and keeps what was typed, in every language.
    for lang in ["en", "pl", "bg"] {
        let r = w
            .admin
            .post_form(
                &format!("/news?lang={lang}"),
                &[
                    ("author", author.as_str()),
                    ("title_pl", "Tytuł zostaje"),
                    ("body_pl", "Treść"),
                    ("links", "javascript:alert(1) zły"),
                    ("action", "publish"),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = r.text().await.unwrap();
        assert!(page.contains("links-error") && page.contains("Tytuł zostaje"));
        assert!(
            !page.contains("v-must-start"),
            "the message is translated or plain"
        );
    }
    assert_eq!(post_count(&app).await, 0, "nothing stored");
    // Editing with bad input changes nothing.
    let r = w
        .admin
        .api(Method::POST, "/api/v1/news", Some(good.clone()))
        .await;
    let id = json_of(r).await["id"].as_i64().unwrap();
    let mut bad = good.clone();
    bad["texts"] = json!([{"lang": "pl", "title": "", "body": "Nowa treść"}]);
    let r = w
        .admin
        .api(Method::PUT, &format!("/api/v1/news/{id}"), Some(bad))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let stored = json_of(
        w.anon
            .api(Method::GET, &format!("/api/v1/news/{id}"), None)
            .await,
    )
    .await;
    assert_eq!(stored["texts"][0]["title"], "Dobry tytuł");
}
both_backends!(bad_input_is_refused_per_field);

async fn drafts_are_hidden_from_others(app: TestApp) {
    let w = world(&app).await;
    let r = w
        .admin
        .api(
            Method::POST,
            "/api/v1/news",
            Some(post_body(
                &format!("organisation:{}", w.org.id),
                "Szkic wpisu",
                false,
            )),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let post = json_of(r).await;
    assert!(post["published_at"].is_null());
    let id = post["id"].as_i64().unwrap();
    let path = format!("/news/{id}");
    for agent in [&w.anon, &w.outsider, &w.member, &w.other_admin] {
        assert_eq!(agent.get(&path).await.status(), StatusCode::NOT_FOUND);
        assert_eq!(
            agent
                .api(Method::GET, &format!("/api/v1/news/{id}"), None)
                .await
                .status(),
            StatusCode::NOT_FOUND
        );
        let (_, list) = agent
            .get_text(&format!("/organisations/{}/news", w.org.id))
            .await;
        assert!(!list.contains("Szkic wpisu"));
        let (_, list) = agent.get_text("/news").await;
        assert!(!list.contains("Szkic wpisu"));
    }
    let all = json_of(w.admin.api(Method::GET, "/api/v1/news", None).await).await;
    assert_eq!(all["total"], 0, "the global list has no drafts");
    // Its writers see it, marked as a draft, on the author's list and the organisation's page.
    for agent in [&w.admin, &w.platform] {
        assert_eq!(agent.get(&path).await.status(), StatusCode::OK);
        let (_, list) = agent
            .get_text(&format!("/organisations/{}/news", w.org.id))
            .await;
        assert!(list.contains("Szkic wpisu") && list.contains("badge pending"));
    }
    renders_translated(&w.admin, &path).await;
    renders_translated(&w.admin, &format!("{path}/edit")).await;
    // Published with the form's button: everyone sees it.
    let r = w
        .admin
        .post_form(
            &path,
            &[
                ("title_pl", "Szkic wpisu"),
                ("body_pl", "Gotowe."),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (s, page) = w.anon.get_text(&path).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("Gotowe."));
    let all = json_of(w.anon.api(Method::GET, "/api/v1/news", None).await).await;
    assert_eq!(all["total"], 1);
    // Withdrawn again: hidden again.
    let r = w
        .admin
        .post_form(
            &path,
            &[
                ("title_pl", "Szkic wpisu"),
                ("body_pl", "Gotowe."),
                ("action", "unpublish"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(w.anon.get(&path).await.status(), StatusCode::NOT_FOUND);
}
both_backends!(drafts_are_hidden_from_others);

/// Who may create, edit and delete a post of each kind of author.
async fn only_the_authors_editors_write(app: TestApp) {
    let w = world(&app).await;
    let authors = [
        ("organisation", w.org.id),
        ("project", w.project),
        ("meta_cluster", w.meta),
    ];
    for (kind, id) in authors {
        let author = format!("{kind}:{id}");
        // (agent, may write, expected status when refused)
        let matrix: Vec<(&str, &Agent, bool, StatusCode)> = vec![
            ("anonymous", &w.anon, false, StatusCode::UNAUTHORIZED),
            ("outsider", &w.outsider, false, StatusCode::FORBIDDEN),
            ("member, not admin", &w.member, false, StatusCode::FORBIDDEN),
            // The other organisation is a partner of the project (its admin may write there)
            // and a non-coordinating member of the meta-cluster (may not).
            (
                "other organisation's admin",
                &w.other_admin,
                kind == "project",
                StatusCode::FORBIDDEN,
            ),
            ("platform admin", &w.platform, true, StatusCode::OK),
            ("the author's admin", &w.admin, true, StatusCode::OK),
        ];
        // A published post to edit and delete.
        let r = w
            .admin
            .api(
                Method::POST,
                "/api/v1/news",
                Some(post_body(&author, "Wpis do zmiany", true)),
            )
            .await;
        assert_eq!(r.status(), StatusCode::CREATED, "{author}");
        let target = json_of(r).await["id"].as_i64().unwrap();
        for (who, agent, allowed, refused) in matrix {
            let before = post_count(&app).await;
            let r = agent
                .api(
                    Method::POST,
                    "/api/v1/news",
                    Some(post_body(&author, &format!("Nowy wpis {who}"), true)),
                )
                .await;
            let form = agent
                .post_form(
                    "/news",
                    &[
                        ("author", author.as_str()),
                        ("title_en", "By form"),
                        ("body_en", "Text"),
                        ("action", "publish"),
                    ],
                )
                .await;
            let page = agent.get(&format!("/news/new?author={author}")).await;
            let edit_page = agent.get(&format!("/news/{target}/edit")).await;
            if allowed {
                assert_eq!(r.status(), StatusCode::CREATED, "{who} creates as {author}");
                assert_eq!(
                    form.status(),
                    StatusCode::SEE_OTHER,
                    "{who} creates by form as {author}"
                );
                assert_eq!(page.status(), StatusCode::OK);
                assert_eq!(edit_page.status(), StatusCode::OK);
                assert_eq!(post_count(&app).await, before + 2);
            } else {
                assert_eq!(r.status(), refused, "{who} may not create as {author}");
                assert_ne!(
                    form.status(),
                    StatusCode::SEE_OTHER,
                    "{who} may not create by form as {author}"
                );
                assert_ne!(page.status(), StatusCode::OK);
                assert_ne!(edit_page.status(), StatusCode::OK);
                assert_eq!(post_count(&app).await, before, "nothing stored");
            }
            let mut changed = post_body(&author, &format!("Zmienione przez {who}"), true);
            changed.as_object_mut().unwrap().remove("author");
            let r = agent
                .api(
                    Method::PUT,
                    &format!("/api/v1/news/{target}"),
                    Some(changed),
                )
                .await;
            let form = agent
                .post_form(
                    &format!("/news/{target}"),
                    &[("title_en", "Hijacked"), ("body_en", "x")],
                )
                .await;
            let stored = json_of(
                w.anon
                    .api(Method::GET, &format!("/api/v1/news/{target}"), None)
                    .await,
            )
            .await;
            if allowed {
                assert_eq!(r.status(), StatusCode::OK, "{who} edits a post of {author}");
                assert_eq!(form.status(), StatusCode::SEE_OTHER);
                assert_eq!(stored["texts"][0]["title"], "Hijacked");
            } else {
                assert_eq!(r.status(), refused, "{who} may not edit a post of {author}");
                assert_ne!(form.status(), StatusCode::SEE_OTHER);
                assert_eq!(stored["texts"][0]["title"], "Wpis do zmiany", "unchanged");
                let r = agent
                    .api(Method::DELETE, &format!("/api/v1/news/{target}"), None)
                    .await;
                assert_eq!(
                    r.status(),
                    refused,
                    "{who} may not delete a post of {author}"
                );
                let r = agent
                    .post_form(&format!("/news/{target}/delete"), &[])
                    .await;
                assert_ne!(r.status(), StatusCode::SEE_OTHER);
                assert_eq!(
                    w.anon
                        .api(Method::GET, &format!("/api/v1/news/{target}"), None)
                        .await
                        .status(),
                    StatusCode::OK,
                    "still there"
                );
            }
            if allowed {
                // Put the title back for the next person.
                let mut back = post_body(&author, "Wpis do zmiany", true);
                back.as_object_mut().unwrap().remove("author");
                w.admin
                    .api(Method::PUT, &format!("/api/v1/news/{target}"), Some(back))
                    .await;
            }
        }
        // Those who may, delete: by the API and by the form.
        let r = w
            .platform
            .api(Method::DELETE, &format!("/api/v1/news/{target}"), None)
            .await;
        assert_eq!(r.status(), StatusCode::NO_CONTENT);
        assert_eq!(
            w.anon
                .api(Method::GET, &format!("/api/v1/news/{target}"), None)
                .await
                .status(),
            StatusCode::NOT_FOUND
        );
        let r = w
            .admin
            .api(
                Method::POST,
                "/api/v1/news",
                Some(post_body(&author, "Do usunięcia", true)),
            )
            .await;
        let id = json_of(r).await["id"].as_i64().unwrap();
        let r = w.admin.post_form(&format!("/news/{id}/delete"), &[]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            w.anon.get(&format!("/news/{id}")).await.status(),
            StatusCode::NOT_FOUND
        );
    }
    // Forms without the CSRF token are refused.
    let r = w
        .admin
        .post_form_without_csrf(
            "/news",
            &[
                ("author", &format!("organisation:{}", w.org.id)),
                ("title_en", "T"),
                ("body_en", "B"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let _ = &w.other;
}
both_backends!(only_the_authors_editors_write);

async fn publish_report(agent: &Agent, event_id: Id, text: &str) {
    let r = agent
        .api(
            Method::PUT,
            &format!("/api/v1/events/{event_id}/report"),
            Some(json!({"texts": [{"lang": "pl", "text": text}], "published": true})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
}

async fn event_reports_appear_as_news(app: TestApp) {
    let (org_agent, _, org, ev) = app.organised_event(|_| {}).await;
    publish_report(&org_agent, ev.id, "Ponad 120 uczestników z 7 regionów.").await;
    let mut hidden = app.event_input(org.id);
    hidden.title = "Zamknięte spotkanie członków".into();
    hidden.visibility = EventVisibility::Members;
    let hidden = app.event(hidden).await;
    publish_report(&org_agent, hidden.id, "Tylko dla członków.").await;
    let anon = app.agent();

    let all = json_of(anon.api(Method::GET, "/api/v1/news", None).await).await;
    assert_eq!(all["total"], 1, "members-only reports are not public news");
    assert_eq!(all["entries"][0]["kind"], "report");
    assert_eq!(all["entries"][0]["event_id"], ev.id);
    let mine = json_of(org_agent.api(Method::GET, "/api/v1/news", None).await).await;
    assert_eq!(mine["total"], 2, "the organiser sees both");
    let combined = json_of(
        anon.api(
            Method::GET,
            &format!("/api/v1/organisations/{}/news", org.id),
            None,
        )
        .await,
    )
    .await;
    assert_eq!(combined.as_array().unwrap().len(), 1);
    assert_eq!(combined[0]["event_id"], ev.id);
    for path in [
        "/news".to_string(),
        format!("/organisations/{}/news", org.id),
    ] {
        let (_, page) = anon.get_text(&format!("{path}?lang=pl")).await;
        assert!(
            page.contains(&format!("/events/{}/report", ev.id)),
            "{path}"
        );
        assert!(page.contains("Ponad 120 uczestników"));
        assert!(!page.contains("Zamknięte spotkanie"));
        renders_translated(&anon, &path).await;
    }
    let (_, page) = org_agent
        .get_text(&format!("/organisations/{}/news", org.id))
        .await;
    assert!(page.contains("Zamknięte spotkanie"));
    // Reports follow the language filter and count as organisations' news.
    let en = json_of(anon.api(Method::GET, "/api/v1/news?in=en", None).await).await;
    assert_eq!(en["total"], 0);
    let projects = json_of(
        anon.api(Method::GET, "/api/v1/news?kind=project", None)
            .await,
    )
    .await;
    assert_eq!(projects["total"], 0);
    let orgs = json_of(
        anon.api(Method::GET, "/api/v1/news?kind=organisation", None)
            .await,
    )
    .await;
    assert_eq!(orgs["total"], 1);
}
both_backends!(event_reports_appear_as_news);

fn png(len: usize) -> Vec<u8> {
    let mut v = b"\x89PNG\r\n\x1a\n".to_vec();
    v.resize(len, 7);
    v
}

async fn api_upload(agent: &Agent, post: Id, bytes: Vec<u8>) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("caption", "Panel dyskusyjny")
        .part(
            "image",
            reqwest::multipart::Part::bytes(bytes).file_name("image.png"),
        );
    let mut req = agent
        .client
        .post(agent.url(&format!("/api/v1/news/{post}/images")))
        .multipart(form);
    if let Some(t) = &agent.token {
        req = req.bearer_auth(t);
    } else {
        req = req.header("X-CSRF-Token", agent.csrf().await);
    }
    req.send().await.unwrap()
}

async fn images(app: TestApp) {
    let w = world(&app).await;
    let r = w
        .admin
        .api(
            Method::POST,
            "/api/v1/news",
            Some(post_body(
                &format!("project:{}", w.project),
                "Zdjęcia z wizyty",
                true,
            )),
        )
        .await;
    let id = json_of(r).await["id"].as_i64().unwrap();
    let r = api_upload(&w.admin, id, png(1000)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let image = json_of(r).await;
    assert_eq!(image["content_type"], "image/png");
    // Refused: wrong type (by the bytes, whatever the name), empty, someone else.
    for bytes in [b"GIF89a....".to_vec(), b"<svg></svg>".to_vec(), vec![]] {
        let r = api_upload(&w.admin, id, bytes).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(field_named(&json_of(r).await, "image"));
    }
    assert_eq!(
        api_upload(&w.outsider, id, png(100)).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        api_upload(&w.anon, id, png(100)).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let count = app
        .sql(&format!(
            "SELECT COUNT(*) FROM news_images WHERE post_id = {id}"
        ))
        .await
        .unwrap();
    assert_eq!(count, 1);
    // Served with its type, listed on the post.
    let src = format!("/news/{id}/images/{}", image["id"]);
    let r = w.anon.get(&src).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "image/png");
    assert_eq!(r.bytes().await.unwrap().len(), 1000);
    let (_, page) = w.anon.get_text(&format!("/news/{id}")).await;
    assert!(page.contains(&src) && page.contains("Panel dyskusyjny"));
    // The page's form refuses a bad type and names the field.
    let form = reqwest::multipart::Form::new()
        .text("_csrf", w.admin.csrf().await)
        .text("caption", "")
        .part(
            "image",
            reqwest::multipart::Part::bytes(b"GIF89a....".to_vec()).file_name("x.png"),
        );
    let r = w
        .admin
        .client
        .post(w.admin.url(&format!("/news/{id}/images")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("image-error"));
    let form = reqwest::multipart::Form::new()
        .text("_csrf", w.admin.csrf().await)
        .text("caption", "Drugie")
        .part(
            "image",
            reqwest::multipart::Part::bytes(png(500)).file_name("x.png"),
        );
    let r = w
        .admin
        .client
        .post(w.admin.url(&format!("/news/{id}/images")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // Deleted by its editors only.
    let r = w
        .outsider
        .api(
            Method::DELETE,
            &format!("/api/v1/news/{id}/images/{}", image["id"]),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = w
        .admin
        .api(
            Method::DELETE,
            &format!("/api/v1/news/{id}/images/{}", image["id"]),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(w.anon.get(&src).await.status(), StatusCode::NOT_FOUND);
    // Deleting the post removes its images.
    let r = w
        .admin
        .api(Method::DELETE, &format!("/api/v1/news/{id}"), None)
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let left = app.sql("SELECT COUNT(*) FROM news_images").await.unwrap();
    assert_eq!(left, 0);
}
both_backends!(images);

const ATOM: &str = "http://www.w3.org/2005/Atom";

fn child<'a>(n: roxmltree::Node<'a, 'a>, name: &str) -> Option<roxmltree::Node<'a, 'a>> {
    n.children().find(|c| c.has_tag_name((ATOM, name)))
}

fn is_rfc3339(s: &str) -> bool {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).is_ok()
}

/// Fetches and checks a feed; returns its entries as (id, title, content).
async fn check_feed(agent: &Agent, path: &str) -> Vec<(String, String, String)> {
    let r = agent.get(path).await;
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    assert_eq!(
        r.headers()["content-type"],
        "application/atom+xml; charset=utf-8",
        "{path}"
    );
    let text = r.text().await.unwrap();
    let doc =
        roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{path} is XML: {e}\n{text}"));
    let feed = doc.root_element();
    assert!(feed.has_tag_name((ATOM, "feed")), "{path}: an Atom feed");
    for name in ["id", "title", "updated", "author", "generator"] {
        assert!(child(feed, name).is_some(), "{path}: feed has {name}");
    }
    assert!(is_rfc3339(child(feed, "updated").unwrap().text().unwrap()));
    let links: Vec<_> = feed
        .children()
        .filter(|c| c.has_tag_name((ATOM, "link")))
        .collect();
    for rel in ["self", "alternate"] {
        let l = links
            .iter()
            .find(|l| l.attribute("rel") == Some(rel))
            .unwrap_or_else(|| panic!("{path}: link rel={rel}"));
        assert!(
            l.attribute("href").unwrap().starts_with("http://"),
            "absolute"
        );
    }
    let mut out = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for e in feed.children().filter(|c| c.has_tag_name((ATOM, "entry"))) {
        for name in [
            "id",
            "title",
            "updated",
            "published",
            "link",
            "author",
            "summary",
            "content",
        ] {
            assert!(child(e, name).is_some(), "{path}: entry has {name}");
        }
        assert!(e
            .attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
            .is_some());
        let id = child(e, "id").unwrap().text().unwrap().to_string();
        assert!(ids.insert(id.clone()), "{path}: ids are unique");
        assert!(is_rfc3339(child(e, "updated").unwrap().text().unwrap()));
        assert!(is_rfc3339(child(e, "published").unwrap().text().unwrap()));
        assert!(child(child(e, "author").unwrap(), "name").is_some());
        out.push((
            id,
            child(e, "title").unwrap().text().unwrap_or("").to_string(),
            child(e, "content")
                .unwrap()
                .text()
                .unwrap_or("")
                .to_string(),
        ));
    }
    out
}

async fn atom_feeds(app: TestApp) {
    let w = world(&app).await;
    // Empty feeds are valid too.
    assert!(check_feed(&w.anon, "/feeds/news.atom").await.is_empty());
    let tricky = "R&D <Klaster> \"Łódź\" — Пловдив & Żółć";
    let mut body = post_body(&format!("organisation:{}", w.org.id), tricky, true);
    body["texts"][0]["body"] = json!("Ciało z <b>znacznikami</b> & znakami\u{1} sterującymi.");
    let r = w.admin.api(Method::POST, "/api/v1/news", Some(body)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    for (author, title) in [
        (format!("project:{}", w.project), "Wieści projektu"),
        (
            format!("meta_cluster:{}", w.meta),
            "Новини на мета-клъстера",
        ),
    ] {
        let r = w
            .admin
            .api(
                Method::POST,
                "/api/v1/news",
                Some(post_body(&author, title, true)),
            )
            .await;
        assert_eq!(r.status(), StatusCode::CREATED);
    }
    let r = w
        .admin
        .api(
            Method::POST,
            "/api/v1/news",
            Some(post_body(
                &format!("organisation:{}", w.org.id),
                "Tajny szkic",
                false,
            )),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    // A public and a members-only report of the organisation's events.
    let public = app.event(app.event_input(w.org.id)).await;
    publish_report(&w.admin, public.id, "Relacja publiczna.").await;
    let mut hidden = app.event_input(w.org.id);
    hidden.title = "Zamknięte spotkanie członków".into();
    hidden.visibility = EventVisibility::Members;
    let hidden = app.event(hidden).await;
    publish_report(&w.admin, hidden.id, "Tylko dla członków.").await;

    // Even a logged-in member gets the public feed.
    let global = check_feed(&w.member, "/feeds/news.atom").await;
    assert_eq!(global.len(), 4, "3 posts and the public report");
    assert!(global
        .iter()
        .any(|(_, t, c)| t == tricky && c.contains("<b>znacznikami</b> & znakami")));
    assert!(!global
        .iter()
        .any(|(_, t, _)| t.contains("Zamknięte") || t.contains("Tajny")));
    assert!(global
        .iter()
        .any(|(id, _, _)| id.ends_with(&format!("/events/{}/report", public.id))));
    let org = check_feed(&w.anon, &format!("/organisations/{}/news.atom", w.org.id)).await;
    assert_eq!(org.len(), 2);
    assert!(org.iter().any(|(_, t, _)| t == tricky));
    let project = check_feed(&w.anon, &format!("/projects/{}/news.atom", w.project)).await;
    assert_eq!(project.len(), 1);
    assert_eq!(project[0].1, "Wieści projektu");
    let meta = check_feed(&w.anon, &format!("/meta-clusters/{}/news.atom", w.meta)).await;
    assert_eq!(meta.len(), 1);
    assert_eq!(meta[0].1, "Новини на мета-клъстера");
    // The other organisation has nothing: an empty, valid feed.
    assert!(
        check_feed(&w.anon, &format!("/organisations/{}/news.atom", w.other.id))
            .await
            .is_empty()
    );
    for path in [
        "/organisations/999999/news.atom",
        "/projects/999999/news.atom",
        "/meta-clusters/999999/news.atom",
    ] {
        assert_eq!(
            w.anon.get(path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
}
both_backends!(atom_feeds);
