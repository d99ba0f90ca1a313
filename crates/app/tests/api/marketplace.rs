//! HTTP tests of the cooperation marketplace (both backends): the review lifecycle through the
//! API and the forms, expiry and renewal, who may do what, validation, filters and pages.

use crate::both_backends;
use crate::helpers::json_of;
use crate::helpers::{Agent, TestApp};
use klaster_domain::marketplace::ProfileKind;
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

const KEYS: &str = include_str!("../../../web/locales/en/marketplace.ftl");

struct World {
    org: Organisation,
    admin: Agent,
    member: Agent,
    member_id: Id,
    cluster_admin: Agent,
    other_cluster_admin: Agent,
    outsider: Agent,
    platform: Agent,
    anon: Agent,
}

async fn world(app: &TestApp) -> World {
    let (admin, admin_user) = app.user("admin@solar.pl", false).await;
    let (member, member_user) = app.user("member@solar.pl", false).await;
    let (cluster_admin, ca) = app.user("admin@lke.pl", false).await;
    let (other_cluster_admin, oca) = app.user("admin@cleantech.bg", false).await;
    let (outsider, _) = app.user("someone@example.pl", false).await;
    let (platform, _) = app.user("root@klaster.eu", true).await;
    let org = app
        .org("Solar Lublin", OrgKind::Company, "PL", Some(admin_user.id))
        .await;
    let cluster = app
        .org(
            "Lubelski Klaster Ekoenergetyczny",
            OrgKind::Cluster,
            "PL",
            Some(ca.id),
        )
        .await;
    app.org("Cleantech Bulgaria", OrgKind::Cluster, "BG", Some(oca.id))
        .await;
    let repo = &app.state.repo;
    repo.set_org_user(org.id, member_user.id, OrgRole::Member)
        .await
        .unwrap();
    repo.set_cluster_member(cluster.id, org.id, true)
        .await
        .unwrap();
    World {
        org,
        admin,
        member,
        member_id: member_user.id,
        cluster_admin,
        other_cluster_admin,
        outsider,
        platform,
        anon: app.agent(),
    }
}

fn body(org_id: Id, title: &str, submit: bool) -> Value {
    json!({
        "org_id": org_id,
        "kind": "technology_offer",
        "texts": [{"lang": "pl", "title": title, "summary": "Magazyny energii dla gmin",
                   "description": "Projektujemy i montujemy magazyny energii oraz fotowoltaikę."}],
        "nace": ["35", "71"],
        "keywords": ["fotowoltaika", "Fotowoltaika ", "magazyny energii"],
        "target_countries": ["BG"],
        "target_regions": ["PL81"],
        "partner_kinds": ["company"],
        "partner_roles": ["customer"],
        "deadline": "2099-12-31",
        "submit": submit,
    })
}

async fn status_of(app: &TestApp, id: Id) -> String {
    app.state
        .repo
        .profile(id)
        .await
        .unwrap()
        .unwrap()
        .status
        .code()
        .to_string()
}

async fn notes(app: &TestApp, kind: &str) -> i64 {
    app.sql(&format!(
        "SELECT COUNT(*) FROM notifications WHERE kind = '{kind}'"
    ))
    .await
    .unwrap()
}

async fn create(agent: &Agent, org: Id, title: &str, submit: bool) -> Id {
    let r = agent
        .api(
            Method::POST,
            "/api/v1/marketplace",
            Some(body(org, title, submit)),
        )
        .await;
    let status = r.status();
    let v = json_of(r).await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    v["id"].as_i64().unwrap()
}

async fn lifecycle_through_the_api(app: TestApp) {
    let w = world(&app).await;
    let id = create(&w.member, w.org.id, "Magazyny energii", false).await;
    let v = json_of(w.member.get(&format!("/api/v1/marketplace/{id}")).await).await;
    assert_eq!(v["status"], "draft");
    assert_eq!(
        v["keywords"].as_array().unwrap().len(),
        2,
        "keywords deduplicated"
    );
    // Drafts are not public.
    assert_eq!(
        w.anon
            .get(&format!("/api/v1/marketplace/{id}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let r = w
        .member
        .api(
            Method::POST,
            &format!("/api/v1/marketplace/{id}/submit"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        notes(&app, "profile_submitted").await >= 2,
        "cluster and platform admins told"
    );
    // The owner's own administrator may not review it.
    let r = w
        .admin
        .api(
            Method::POST,
            &format!("/api/v1/marketplace/{id}/publish"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let queue = json_of(
        w.cluster_admin
            .get("/api/v1/marketplace/review-queue")
            .await,
    )
    .await;
    assert_eq!(queue.as_array().unwrap().len(), 1);
    let queue = json_of(
        w.other_cluster_admin
            .get("/api/v1/marketplace/review-queue")
            .await,
    )
    .await;
    assert!(queue.as_array().unwrap().is_empty());
    // Return needs a note.
    let r = w
        .cluster_admin
        .api(
            Method::POST,
            &format!("/api/v1/marketplace/{id}/return"),
            Some(json!({"note": " "})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(json_of(r).await["fields"][0]["field"], "note");
    assert_eq!(status_of(&app, id).await, "submitted");
    let r = w
        .cluster_admin
        .api(
            Method::POST,
            &format!("/api/v1/marketplace/{id}/return"),
            Some(json!({"note": "Dodaj opis po angielsku"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let v = json_of(r).await;
    assert_eq!(v["status"], "draft");
    assert_eq!(v["review_note"], "Dodaj opis po angielsku");
    assert_eq!(
        notes(&app, "profile_returned").await,
        2,
        "author and org admin"
    );
    // Resubmit with changes, then publish.
    let r = w
        .member
        .api(
            Method::PUT,
            &format!("/api/v1/marketplace/{id}"),
            Some(body(w.org.id, "Magazyny energii II", true)),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(r).await["status"], "submitted");
    let r = w
        .cluster_admin
        .api(
            Method::POST,
            &format!("/api/v1/marketplace/{id}/publish"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let v = json_of(r).await;
    assert_eq!(v["status"], "published");
    let expected = (time::OffsetDateTime::now_utc().date() + time::Duration::days(365)).to_string();
    assert_eq!(v["expires_on"], expected.as_str());
    assert_eq!(notes(&app, "profile_published").await, 2);
    let list = json_of(w.anon.get("/api/v1/marketplace").await).await;
    assert_eq!(list["total"], 1);
    // Editing a published profile sends it back to review and tells followers.
    app.state
        .repo
        .follow_profile(id, w.member_id)
        .await
        .unwrap();
    let r = w
        .admin
        .api(
            Method::PUT,
            &format!("/api/v1/marketplace/{id}"),
            Some(body(w.org.id, "Magazyny energii III", false)),
        )
        .await;
    assert_eq!(json_of(r).await["status"], "submitted");
    assert_eq!(notes(&app, "profile_updated").await, 1);
    assert_eq!(
        json_of(w.anon.get("/api/v1/marketplace").await).await["total"],
        0
    );
    // Withdraw; a withdrawn profile cannot be deleted, a draft can.
    let r = w
        .member
        .api(
            Method::POST,
            &format!("/api/v1/marketplace/{id}/withdraw"),
            None,
        )
        .await;
    assert_eq!(json_of(r).await["status"], "withdrawn");
    let r = w
        .member
        .api(Method::DELETE, &format!("/api/v1/marketplace/{id}"), None)
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let draft = create(&w.member, w.org.id, "Szkic", false).await;
    let r = w
        .member
        .api(
            Method::DELETE,
            &format!("/api/v1/marketplace/{draft}"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert!(app.state.repo.profile(draft).await.unwrap().is_none());
}
both_backends!(lifecycle_through_the_api);

async fn expiry_and_renewal(app: TestApp) {
    let w = world(&app).await;
    let id = app
        .profile_fixture(
            &w.org,
            ProfileKind::BusinessOffer,
            "en",
            "Solar panels",
            "We make solar panels.",
            &["27.11"],
        )
        .await;
    // Not yet renewable: it expires in a year.
    let r = w
        .admin
        .api(
            Method::POST,
            &format!("/api/v1/marketplace/{id}/renew"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    app.sql(&format!(
        "UPDATE cooperation_profiles SET expires_on = '2020-01-01' WHERE id = {id}"
    ))
    .await;
    let r = w
        .admin
        .api(Method::POST, "/api/v1/marketplace/expire", None)
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = w
        .platform
        .api(Method::POST, "/api/v1/marketplace/expire", None)
        .await;
    assert_eq!(json_of(r).await["expired"], 1);
    assert_eq!(status_of(&app, id).await, "expired");
    assert_eq!(
        notes(&app, "profile_expired").await,
        1,
        "the organisation's administrator"
    );
    assert_eq!(
        json_of(w.anon.get("/api/v1/marketplace").await).await["total"],
        0
    );
    assert_eq!(
        w.anon.get(&format!("/marketplace/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    // A second sweep finds nothing.
    let r = w
        .platform
        .api(Method::POST, "/api/v1/marketplace/expire", None)
        .await;
    assert_eq!(json_of(r).await["expired"], 0);
    let r = w
        .admin
        .post_form(&format!("/marketplace/{id}/renew"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let p = app.state.repo.profile(id).await.unwrap().unwrap();
    assert_eq!(p.status.code(), "published");
    assert_eq!(
        p.expires_on,
        Some(time::OffsetDateTime::now_utc().date() + time::Duration::days(365))
    );
}
both_backends!(expiry_and_renewal);

async fn authorization_matrix(app: TestApp) {
    let w = world(&app).await;
    use StatusCode as S;
    let who: [(&str, &Agent); 7] = [
        ("anonymous", &w.anon),
        ("outsider", &w.outsider),
        ("member", &w.member),
        ("org admin", &w.admin),
        ("cluster admin", &w.cluster_admin),
        ("other cluster admin", &w.other_cluster_admin),
        ("platform admin", &w.platform),
    ];
    // Expected statuses per actor, in the order of `who`.
    #[rustfmt::skip]
    let table: [(&str, [S; 7]); 10] = [
        ("create",         [S::UNAUTHORIZED, S::FORBIDDEN, S::CREATED, S::CREATED, S::FORBIDDEN, S::FORBIDDEN, S::CREATED]),
        ("edit draft",     [S::NOT_FOUND, S::NOT_FOUND, S::FORBIDDEN, S::OK, S::NOT_FOUND, S::NOT_FOUND, S::OK]),
        ("submit",         [S::NOT_FOUND, S::NOT_FOUND, S::FORBIDDEN, S::OK, S::NOT_FOUND, S::NOT_FOUND, S::OK]),
        ("publish",        [S::NOT_FOUND, S::NOT_FOUND, S::FORBIDDEN, S::FORBIDDEN, S::OK, S::NOT_FOUND, S::OK]),
        ("return",         [S::NOT_FOUND, S::NOT_FOUND, S::FORBIDDEN, S::FORBIDDEN, S::OK, S::NOT_FOUND, S::OK]),
        ("withdraw",       [S::UNAUTHORIZED, S::FORBIDDEN, S::FORBIDDEN, S::OK, S::FORBIDDEN, S::FORBIDDEN, S::OK]),
        ("renew expired",  [S::NOT_FOUND, S::NOT_FOUND, S::FORBIDDEN, S::OK, S::NOT_FOUND, S::NOT_FOUND, S::OK]),
        ("view draft",     [S::NOT_FOUND, S::NOT_FOUND, S::OK, S::OK, S::NOT_FOUND, S::NOT_FOUND, S::OK]),
        ("view submitted", [S::NOT_FOUND, S::NOT_FOUND, S::OK, S::OK, S::OK, S::NOT_FOUND, S::OK]),
        ("view published", [S::OK, S::OK, S::OK, S::OK, S::OK, S::OK, S::OK]),
    ];
    // Profiles written by the organisation's administrator (so the member is not the author).
    let repo = &app.state.repo;
    for (action, expected) in table {
        for ((name, agent), want) in who.iter().zip(expected) {
            let id = create(&w.admin, w.org.id, "Profil", false).await;
            let submit = || async {
                w.admin
                    .api(
                        Method::POST,
                        &format!("/api/v1/marketplace/{id}/submit"),
                        None,
                    )
                    .await
            };
            let path = format!("/api/v1/marketplace/{id}");
            let got = match action {
                "create" => agent
                    .api(
                        Method::POST,
                        "/api/v1/marketplace",
                        Some(body(w.org.id, "Nowy", false)),
                    )
                    .await
                    .status(),
                "edit draft" => agent
                    .api(Method::PUT, &path, Some(body(w.org.id, "Zmieniony", false)))
                    .await
                    .status(),
                "submit" => agent
                    .api(Method::POST, &format!("{path}/submit"), None)
                    .await
                    .status(),
                "publish" => {
                    submit().await;
                    agent
                        .api(Method::POST, &format!("{path}/publish"), None)
                        .await
                        .status()
                }
                "return" => {
                    submit().await;
                    agent
                        .api(
                            Method::POST,
                            &format!("{path}/return"),
                            Some(json!({"note": "popraw"})),
                        )
                        .await
                        .status()
                }
                "withdraw" | "view published" => {
                    submit().await;
                    w.platform
                        .api(Method::POST, &format!("{path}/publish"), None)
                        .await;
                    if action == "withdraw" {
                        agent
                            .api(Method::POST, &format!("{path}/withdraw"), None)
                            .await
                            .status()
                    } else {
                        agent.get(&path).await.status()
                    }
                }
                "renew expired" => {
                    submit().await;
                    w.platform
                        .api(Method::POST, &format!("{path}/publish"), None)
                        .await;
                    app.sql(&format!(
                        "UPDATE cooperation_profiles SET status = 'expired' WHERE id = {id}"
                    ))
                    .await;
                    agent
                        .api(Method::POST, &format!("{path}/renew"), None)
                        .await
                        .status()
                }
                "view draft" => agent.get(&path).await.status(),
                "view submitted" => {
                    submit().await;
                    agent.get(&path).await.status()
                }
                _ => unreachable!(),
            };
            assert_eq!(got, want, "{action} by {name}");
            // A refused action changed nothing.
            if !want.is_success() && action != "create" {
                let p = repo.profile(id).await.unwrap().unwrap();
                assert_eq!(p.input.texts[0].title, "Profil", "{action} by {name}");
            }
        }
    }
}
both_backends!(authorization_matrix);

async fn validation_names_fields(app: TestApp) {
    let w = world(&app).await;
    let before = app
        .sql("SELECT COUNT(*) FROM cooperation_profiles")
        .await
        .unwrap();
    let mut bad = body(w.org.id, "", true);
    bad["texts"] = json!([
        {"lang": "en", "title": "Fine", "description": "Fine"},
        {"lang": "pl", "title": "", "description": "Opis"},
        {"lang": "en", "title": "Twice", "description": "Twice"},
    ]);
    bad["nace"] = json!(["99.99", "xx"]);
    bad["target_countries"] = json!(["Poland"]);
    bad["target_regions"] = json!(["ZZ99"]);
    bad["keywords"] = json!(["a".repeat(61)]);
    bad["deadline"] = json!("2020-01-01");
    let r = w
        .member
        .api(Method::POST, "/api/v1/marketplace", Some(bad))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let v = json_of(r).await;
    let fields: Vec<&str> = v["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    for f in [
        "texts[1].title",
        "texts[2].lang",
        "nace",
        "keywords",
        "target_countries",
        "target_regions",
        "deadline",
    ] {
        assert!(fields.contains(&f), "{f} in {fields:?}");
    }
    let mut no_text = body(w.org.id, "x", false);
    no_text["texts"] = json!([]);
    let v = json_of(
        w.member
            .api(Method::POST, "/api/v1/marketplace", Some(no_text))
            .await,
    )
    .await;
    assert_eq!(v["fields"][0]["field"], "texts");
    // A past deadline is fine for a draft, not when submitting.
    let mut draft = body(w.org.id, "Szkic", false);
    draft["deadline"] = json!("2020-01-01");
    let r = w
        .member
        .api(Method::POST, "/api/v1/marketplace", Some(draft))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let id = json_of(r).await["id"].as_i64().unwrap();
    let r = w
        .member
        .api(
            Method::POST,
            &format!("/api/v1/marketplace/{id}/submit"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(status_of(&app, id).await, "draft");
    // The form: re-rendered with the message at the field, nothing stored.
    let r = w
        .member
        .post_form(
            "/marketplace",
            &[
                ("org_id", &w.org.id.to_string()),
                ("kind", "business_offer"),
                ("title_pl", "Tytuł"),
                ("description_pl", ""),
                ("nace", "35, 00.00"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("id=\"texts[1].description-error\""),
        "the Polish description is marked"
    );
    assert!(html.contains("id=\"nace-error\""));
    assert!(html.contains("value=\"Tytuł\""), "what was typed stays");
    let after = app
        .sql("SELECT COUNT(*) FROM cooperation_profiles")
        .await
        .unwrap();
    assert_eq!(after, before + 1, "only the valid draft was stored");
}
both_backends!(validation_names_fields);

async fn forms_and_pages(app: TestApp) {
    let w = world(&app).await;
    let org = w.org.id.to_string();
    let fields = [
        ("org_id", org.as_str()),
        ("kind", "rnd_partner_search"),
        ("title_en", "Partners for hydrogen storage"),
        ("summary_en", "Horizon Europe consortium"),
        (
            "description_en",
            "We look for research partners in hydrogen storage.",
        ),
        ("title_bg", "Партньори за съхранение на водород"),
        ("description_bg", "Търсим научни партньори."),
        ("nace", "72"),
        ("keywords", "hydrogen, storage"),
        ("target_countries", "BG, DE"),
        ("partner_roles", "research_partner"),
        ("partner_kinds", "university"),
        ("action", "submit"),
    ];
    // Without the CSRF token nothing happens.
    let r = w
        .member
        .post_form_without_csrf("/marketplace", &fields)
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = w
        .member
        .post_form(
            "/marketplace",
            &[
                ("action", "suggest_nace"),
                ("org_id", org.as_str()),
                ("title_en", "Hydrogen"),
                ("description_en", "Storage"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK, "suggestions re-render the form");
    let r = w.member.post_form("/marketplace", &fields).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let loc = r.headers()["location"].to_str().unwrap().to_string();
    let id: Id = loc.rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(status_of(&app, id).await, "submitted");
    let (_, html) = w.cluster_admin.get_text(&loc).await;
    assert!(
        html.contains(&format!("/marketplace/{id}/publish")),
        "the reviewer sees publish"
    );
    let r = w
        .cluster_admin
        .post_form(&format!("/marketplace/{id}/return"), &[("note", "")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = w
        .cluster_admin
        .post_form(&format!("/marketplace/{id}/publish"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, id).await, "published");
    // Edit through the form: back to review.
    let (status, html) = w.member.get_text(&format!("/marketplace/{id}/edit")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Partners for hydrogen storage"));
    let mut edit: Vec<(&str, &str)> = fields
        .iter()
        .filter(|(k, _)| *k != "action")
        .copied()
        .collect();
    edit.push(("action", "save"));
    let r = w
        .member
        .post_form(&format!("/marketplace/{id}"), &edit)
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, id).await, "submitted");
    w.platform
        .post_form(&format!("/marketplace/{id}/publish"), &[])
        .await;
    // Every page renders in every language without raw keys.
    let pages = [
        "/marketplace".to_string(),
        "/marketplace?q=hydrogen&kind=rnd_partner_search".into(),
        format!("/marketplace/{id}"),
        "/marketplace/new".into(),
        format!("/marketplace/{id}/edit"),
        "/marketplace/mine".into(),
        "/marketplace/review".into(),
    ];
    for path in &pages {
        for lang in ["pl", "bg", "en"] {
            let sep = if path.contains('?') { '&' } else { '?' };
            let (status, body) = w.admin.get_text(&format!("{path}{sep}lang={lang}")).await;
            assert_eq!(status, StatusCode::OK, "{path} in {lang}");
            for key in KEYS
                .lines()
                .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
                .filter(|k| k.starts_with("market-"))
            {
                assert!(
                    !body.contains(key),
                    "{path} in {lang} shows the raw key {key}"
                );
            }
        }
    }
    let (_, html) = w.anon.get_text("/marketplace?lang=bg").await;
    assert!(
        html.contains("Партньори за съхранение на водород"),
        "the title in the viewer's language"
    );
    assert!(html.contains("1 профил"));
}
both_backends!(forms_and_pages);

async fn filters(app: TestApp) {
    let w = world(&app).await;
    let bg = app.org("Sofia Tech", OrgKind::Company, "BG", None).await;
    app.profile_fixture(
        &w.org,
        ProfileKind::TechnologyOffer,
        "pl",
        "Magazyny energii",
        "Instalacje fotowoltaiczne dla gmin",
        &["35.11"],
    )
    .await;
    app.profile_fixture(
        &bg,
        ProfileKind::BusinessRequest,
        "en",
        "Software partner",
        "We need a software house",
        &["62.01"],
    )
    .await;
    let total = |q: &str| {
        let a = &w.anon;
        let q = q.to_string();
        async move {
            json_of(a.get(&format!("/api/v1/marketplace?{q}")).await).await["total"]
                .as_i64()
                .unwrap()
        }
    };
    assert_eq!(total("").await, 2);
    assert_eq!(total("q=fotowoltaiczne").await, 1);
    assert_eq!(total("q=FOTOWOLTAICZNE%20gmin").await, 1);
    assert_eq!(total("q=magazyny%20energii").await, 1);
    assert_eq!(total("q=Instalacje%20fotowoltaiczne").await, 1);
    assert_eq!(total("kind=business_request").await, 1);
    assert_eq!(total("nace=35").await, 1);
    assert_eq!(total("nace=62.01").await, 1);
    assert_eq!(total("country=BG").await, 1);
    assert_eq!(total("in=pl").await, 1);
    assert_eq!(total("per_page=1&page=2").await, 2);
    let r = w.anon.get("/api/v1/marketplace?kind=nonsense").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(json_of(r).await["fields"][0]["field"], "kind");
    let (_, html) = w.anon.get_text("/marketplace?nace=35&lang=en").await;
    assert!(html.contains("Magazyny energii") && !html.contains("Software partner"));
}
both_backends!(filters);
