//! HTTP tests of following, commenting on and expressing interest in cooperation profiles
//! (both backends): who may do what, who is notified, and the section's pages and forms.

use crate::both_backends;
use crate::helpers::{field_named, json_of};
use crate::helpers::{Agent, TestApp};
use klaster_domain::marketplace::ProfileKind;
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::json;

const ENGAGE_KEYS: &str = include_str!("../../../web/locales/en/engagement.ftl");

/// The page renders in every language without any of our message keys showing raw.
async fn renders_translated(agent: &Agent, path: &str) -> Vec<String> {
    let mut pages = Vec::new();
    for lang in ["pl", "bg", "en"] {
        let sep = if path.contains('?') { '&' } else { '?' };
        let (status, body) = agent.get_text(&format!("{path}{sep}lang={lang}")).await;
        assert_eq!(status, StatusCode::OK, "{path} in {lang}");
        for key in ENGAGE_KEYS
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
            .filter(|k| !k.starts_with('#'))
        {
            assert!(
                !body.contains(key),
                "{path} in {lang} shows the raw key {key}"
            );
        }
        pages.push(body);
    }
    pages
}

/// The owner organisation with its administrator, a plain member who wrote the profile and
/// another plain member; outsiders (one with an organisation of their own); a platform
/// administrator; an anonymous visitor; and a published profile.
struct World {
    owner_admin: Agent,
    owner_admin_id: Id,
    author: Agent,
    author_id: Id,
    member: Agent,
    follower: Agent,
    follower_id: Id,
    commenter: Agent,
    commenter_id: Id,
    interested: Agent,
    interested_id: Id,
    interested_org: Organisation,
    platform: Agent,
    anon: Agent,
    profile: Id,
}

const TITLE: &str = "Energy storage for municipalities";

async fn world(app: &TestApp) -> World {
    let (owner_admin, admin_user) = app.user("admin@lke.pl", false).await;
    let (author, author_user) = app.user("author@lke.pl", false).await;
    let (member, member_user) = app.user("member@lke.pl", false).await;
    let (follower, follower_user) = app.user("follower@example.pl", false).await;
    let (commenter, commenter_user) = app.user("commenter@example.pl", false).await;
    let (interested, interested_user) = app.user("interested@cleantech.bg", false).await;
    let (platform, _) = app.user("root@klaster.eu", true).await;
    let org = app
        .org(
            "Lubelski Klaster Ekoenergetyczny",
            OrgKind::Cluster,
            "PL",
            Some(admin_user.id),
        )
        .await;
    for u in [&author_user, &member_user] {
        app.state
            .repo
            .set_org_user(org.id, u.id, OrgRole::Member)
            .await
            .unwrap();
    }
    let interested_org = app
        .org(
            "Cleantech Bulgaria",
            OrgKind::Cluster,
            "BG",
            Some(interested_user.id),
        )
        .await;
    let profile = app
        .profile_fixture(
            &org,
            ProfileKind::TechnologyOffer,
            "en",
            TITLE,
            "Containerised lithium storage for municipal PV plants.",
            &["35.11"],
        )
        .await;
    app.sql(&format!(
        "UPDATE cooperation_profiles SET author_id = {} WHERE id = {profile}",
        author_user.id
    ))
    .await;
    World {
        owner_admin,
        owner_admin_id: admin_user.id,
        author,
        author_id: author_user.id,
        member,
        follower,
        follower_id: follower_user.id,
        commenter,
        commenter_id: commenter_user.id,
        interested,
        interested_id: interested_user.id,
        interested_org,
        platform,
        anon: app.agent(),
        profile,
    }
}

async fn notes_of(
    app: &TestApp,
    user: Id,
    kind: &str,
) -> Vec<klaster_domain::notifications::Notification> {
    app.state
        .repo
        .notifications(user, 100)
        .await
        .unwrap()
        .into_iter()
        .filter(|n| n.kind == kind)
        .collect()
}

async fn follow_and_unfollow_are_idempotent(app: TestApp) {
    let w = world(&app).await;
    let p = w.profile;
    let path = format!("/api/v1/marketplace/{p}/follow");
    for _ in 0..2 {
        let r = w.follower.api(Method::PUT, &path, None).await;
        assert_eq!(r.status(), StatusCode::OK);
        let v = json_of(r).await;
        assert_eq!(v["following"], true);
        assert_eq!(v["followers"], 1);
    }
    // Through the form too, twice, and back to the page it came from.
    for _ in 0..2 {
        let r = w
            .commenter
            .post_form(
                &format!("/marketplace/{p}/follow"),
                &[("back", &format!("/marketplace/{p}/engagement?lang=pl"))],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            r.headers()["location"],
            format!("/marketplace/{p}/engagement?lang=pl#follow").as_str()
        );
    }
    let count = app
        .sql(&format!(
            "SELECT COUNT(*) FROM profile_follows WHERE profile_id = {p}"
        ))
        .await;
    assert_eq!(count, Some(2));
    // The follower's list, in the API and on the page.
    let v = json_of(w.follower.get("/api/v1/me/following").await).await;
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["profile_id"], p);
    assert_eq!(v[0]["title"], TITLE);
    let pages = renders_translated(&w.follower, "/marketplace/following").await;
    assert!(pages.iter().all(|b| b.contains(TITLE)));
    assert!(pages[0].contains("1 profil"), "Polish count");
    let (_, page) = w
        .follower
        .get_text(&format!("/marketplace/{p}/engagement?lang=en"))
        .await;
    assert!(page.contains("2 followers"));
    assert!(page.contains("Stop following"));

    // A redirect elsewhere than the marketplace is not followed.
    let r = w
        .follower
        .post_form(
            &format!("/marketplace/{p}/follow"),
            &[("back", "https://evil.example/")],
        )
        .await;
    assert_eq!(
        r.headers()["location"],
        format!("/marketplace/{p}#follow").as_str()
    );

    for _ in 0..2 {
        let r = w.follower.api(Method::DELETE, &path, None).await;
        assert_eq!(r.status(), StatusCode::OK);
        let v = json_of(r).await;
        assert_eq!(v["following"], false);
        assert_eq!(v["followers"], 1);
    }
    let r = w
        .commenter
        .post_form(&format!("/marketplace/{p}/unfollow"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let v = json_of(w.follower.get("/api/v1/me/following").await).await;
    assert_eq!(v, json!([]));
    let (_, page) = w.follower.get_text("/marketplace/following?lang=en").await;
    assert!(page.contains("You do not follow any profile yet."));

    // Signed-in users only; unknown profiles are not found.
    assert_eq!(
        w.anon.api(Method::PUT, &path, None).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        w.anon.get("/api/v1/me/following").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        w.follower
            .api(Method::PUT, "/api/v1/marketplace/999999/follow", None)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let (_, page) = w
        .anon
        .get_text(&format!("/marketplace/{p}/engagement?lang=en"))
        .await;
    assert!(page.contains("Log in to follow, comment or express interest"));
    assert!(!page.contains(&format!("action=\"/marketplace/{p}/follow\"")));
}
both_backends!(follow_and_unfollow_are_idempotent);

async fn comments_notify_owners_and_followers(app: TestApp) {
    let w = world(&app).await;
    let p = w.profile;
    w.follower
        .api(
            Method::PUT,
            &format!("/api/v1/marketplace/{p}/follow"),
            None,
        )
        .await;
    // The commenter follows too, and still hears nothing of their own comment.
    w.commenter
        .api(
            Method::PUT,
            &format!("/api/v1/marketplace/{p}/follow"),
            None,
        )
        .await;
    let r = w
        .commenter
        .api(
            Method::POST,
            &format!("/api/v1/marketplace/{p}/comments"),
            Some(json!({"body": "  Do you also deliver to Bulgaria?  "})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let c = json_of(r).await;
    assert_eq!(c["body"], "Do you also deliver to Bulgaria?");
    assert_eq!(c["user_name"], "commenter");
    for (user, expected) in [
        (w.owner_admin_id, 1),
        (w.author_id, 1),
        (w.follower_id, 1),
        (w.commenter_id, 0),
        (w.interested_id, 0),
    ] {
        let notes = notes_of(&app, user, "profile_comment").await;
        assert_eq!(
            notes.len(),
            expected,
            "comment notifications of user {user}"
        );
        if let Some(n) = notes.first() {
            assert_eq!(n.params["title"], TITLE);
            assert_eq!(n.params["user"], "commenter");
            assert!(n.link.starts_with(&format!("/marketplace/{p}")));
        }
    }

    // Through the form: back to the comment.
    let r = w
        .follower
        .post_form(
            &format!("/marketplace/{p}/comments"),
            &[("body", "Interested as well.\nSecond line.")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let loc = r.headers()["location"].to_str().unwrap().to_string();
    assert!(
        loc.starts_with(&format!("/marketplace/{p}#comment-")),
        "{loc}"
    );
    assert_eq!(
        notes_of(&app, w.commenter_id, "profile_comment")
            .await
            .len(),
        1
    );
    assert_eq!(
        notes_of(&app, w.follower_id, "profile_comment").await.len(),
        1
    );

    // Everyone who sees the profile reads the comments.
    let v = json_of(
        w.anon
            .get(&format!("/api/v1/marketplace/{p}/comments"))
            .await,
    )
    .await;
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[0]["body"], "Do you also deliver to Bulgaria?");
    let pages = renders_translated(&w.anon, &format!("/marketplace/{p}/engagement")).await;
    for b in &pages {
        assert!(b.contains("Do you also deliver to Bulgaria?"));
        assert!(b.contains("Interested as well.<br>Second line."));
    }
    assert!(pages[0].contains("2 komentarze"), "Polish plural");
    assert!(pages[1].contains("2 коментара"), "Bulgarian plural");
    assert!(pages[2].contains("2 comments"));

    // Bad input: named field, nothing stored, the form shown again.
    let before = app
        .sql("SELECT COUNT(*) FROM profile_comments")
        .await
        .unwrap();
    for body in ["   ".to_string(), "x".repeat(5001)] {
        let r = w
            .commenter
            .api(
                Method::POST,
                &format!("/api/v1/marketplace/{p}/comments"),
                Some(json!({ "body": body })),
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(field_named(&json_of(r).await, "body"));
    }
    let r = w
        .commenter
        .post_form(
            &format!("/marketplace/{p}/comments?lang=pl"),
            &[("body", &"ż".repeat(5001))],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text().await.unwrap();
    assert!(page.contains("data-field=\"body\""));
    assert!(page.contains("5000"), "the limit is named");
    assert!(page.contains(&"ż".repeat(5001)), "the text is kept");
    assert_eq!(
        app.sql("SELECT COUNT(*) FROM profile_comments")
            .await
            .unwrap(),
        before
    );
    assert_eq!(
        w.anon
            .api(
                Method::POST,
                &format!("/api/v1/marketplace/{p}/comments"),
                Some(json!({"body": "hi"}))
            )
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
}
both_backends!(comments_notify_owners_and_followers);

async fn who_deletes_comments(app: TestApp) {
    let w = world(&app).await;
    let p = w.profile;
    let mut ids = Vec::new();
    for i in 0..4 {
        let r = w
            .commenter
            .api(
                Method::POST,
                &format!("/api/v1/marketplace/{p}/comments"),
                Some(json!({ "body": format!("Comment {i}") })),
            )
            .await;
        ids.push(json_of(r).await["id"].as_i64().unwrap());
    }
    let del = |cid: Id| format!("/api/v1/marketplace/{p}/comments/{cid}");
    // Not the commenter, not an owner: refused (a plain member of the owner organisation who did
    // not write the profile is no owner either).
    for agent in [&w.follower, &w.member, &w.interested] {
        assert_eq!(
            agent.api(Method::DELETE, &del(ids[0]), None).await.status(),
            StatusCode::FORBIDDEN
        );
    }
    assert_eq!(
        w.anon
            .api(Method::DELETE, &del(ids[0]), None)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    // The delete button is shown only to those who may.
    let (_, page) = w
        .follower
        .get_text(&format!("/marketplace/{p}/engagement"))
        .await;
    assert!(!page.contains("/delete\""));
    let (_, page) = w
        .author
        .get_text(&format!("/marketplace/{p}/engagement"))
        .await;
    assert!(page.contains(&format!("/marketplace/{p}/comments/{}/delete", ids[0])));

    // The commenter, the author, the organisation's administrator (through the form) and a
    // platform administrator may.
    assert_eq!(
        w.commenter
            .api(Method::DELETE, &del(ids[0]), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        w.author
            .api(Method::DELETE, &del(ids[1]), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    let r = w
        .owner_admin
        .post_form(&format!("/marketplace/{p}/comments/{}/delete", ids[2]), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        r.headers()["location"],
        format!("/marketplace/{p}#comments").as_str()
    );
    assert_eq!(
        w.platform
            .api(Method::DELETE, &del(ids[3]), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.sql("SELECT COUNT(*) FROM profile_comments").await,
        Some(0)
    );
    // Gone, or not on this profile: not found.
    assert_eq!(
        w.commenter
            .api(Method::DELETE, &del(ids[0]), None)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let other = app
        .sql(&format!(
            "INSERT INTO profile_comments (profile_id, user_id, body, created_at) VALUES ({p}, {}, 'x', 0) RETURNING id",
            w.commenter_id
        ))
        .await
        .unwrap();
    assert_eq!(
        w.commenter
            .api(
                Method::DELETE,
                &format!("/api/v1/marketplace/999999/comments/{other}"),
                None
            )
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}
both_backends!(who_deletes_comments);

async fn interest_rules_and_visibility(app: TestApp) {
    let w = world(&app).await;
    let p = w.profile;
    let path = format!("/api/v1/marketplace/{p}/interests");
    let (interested, owner_member, owner_admin) = (&w.interested, &w.member, &w.owner_admin);

    // Members of the owner organisation do not express interest in their own profile.
    for agent in [owner_member, owner_admin] {
        let r = agent
            .api(Method::POST, &path, Some(json!({"message": "hi"})))
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    // Bad input: named fields, nothing stored.
    let r = interested
        .api(
            Method::POST,
            &path,
            Some(json!({"message": "ok", "org_id": 999999})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&json_of(r).await, "org_id"));
    let r = w
        .follower
        .api(
            Method::POST,
            &path,
            Some(json!({"message": "x".repeat(2001)})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&json_of(r).await, "message"));
    let r = interested
        .post_form(
            &format!("/marketplace/{p}/interest?lang=bg"),
            &[("message", "Здравейте"), ("org_id", "999999")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text().await.unwrap();
    assert!(page.contains("data-field=\"org_id\""));
    assert!(page.contains("Здравейте"), "the message is kept");
    assert_eq!(
        app.sql("SELECT COUNT(*) FROM profile_interests").await,
        Some(0)
    );
    assert!(notes_of(&app, w.owner_admin_id, "profile_interest")
        .await
        .is_empty());

    // On behalf of their own organisation: the owners are told who, for whom and about what.
    let r = interested
        .api(
            Method::POST,
            &path,
            Some(
                json!({"message": "We run 40 municipal PV plants.", "org_id": w.interested_org.id}),
            ),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let i = json_of(r).await;
    assert_eq!(i["org_name"], "Cleantech Bulgaria");
    for (user, expected) in [
        (w.owner_admin_id, 1),
        (w.author_id, 1),
        (w.interested_id, 0),
        (w.follower_id, 0),
    ] {
        let notes = notes_of(&app, user, "profile_interest").await;
        assert_eq!(notes.len(), expected, "interest notifications of {user}");
        if let Some(n) = notes.first() {
            assert_eq!(n.params["title"], TITLE);
            assert_eq!(n.params["user"], "interested");
            assert_eq!(n.params["org"], "Cleantech Bulgaria");
        }
    }
    // Once per user.
    let r = interested
        .api(Method::POST, &path, Some(json!({"message": "again"})))
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert!(json_of(r).await["message"]
        .as_str()
        .unwrap()
        .contains("already expressed interest"));
    let r = interested
        .post_form(
            &format!("/marketplace/{p}/interest"),
            &[("message", "again")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    // Without an organisation, through the form.
    let r = w
        .follower
        .post_form(&format!("/marketplace/{p}/interest"), &[("message", "")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        r.headers()["location"],
        format!("/marketplace/{p}#interest").as_str()
    );
    let n = notes_of(&app, w.author_id, "profile_interest").await;
    assert_eq!(n.len(), 2);
    assert_eq!(n[0].params["org"], "");

    // Who sees them: the owner organisation's members, the author and platform administrators
    // all; the interested user their own; nobody else.
    for agent in [owner_admin, owner_member, &w.author, &w.platform] {
        let r = agent.get(&path).await;
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(json_of(r).await.as_array().unwrap().len(), 2);
    }
    let mine = json_of(interested.get(&path).await).await;
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["user_id"], w.interested_id);
    assert_eq!(w.commenter.get(&path).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(w.anon.get(&path).await.status(), StatusCode::UNAUTHORIZED);
    // And on the page.
    let page_path = format!("/marketplace/{p}/engagement");
    let pages = renders_translated(owner_member, &page_path).await;
    for b in &pages {
        assert!(b.contains("We run 40 municipal PV plants."));
        assert!(b.contains("Cleantech Bulgaria"));
        assert!(b.contains("id=\"interests\""));
    }
    assert!(pages[2].contains("2 expressions of interest"));
    for agent in [&w.commenter, &w.anon] {
        let (_, b) = agent.get_text(&format!("{page_path}?lang=en")).await;
        assert!(!b.contains("We run 40 municipal PV plants."));
        assert!(!b.contains("id=\"interests\""));
    }
    let (_, b) = interested.get_text(&format!("{page_path}?lang=en")).await;
    assert!(b.contains("You expressed interest on"));
    assert!(b.contains("We run 40 municipal PV plants."));
    assert!(!b.contains(&format!("action=\"/marketplace/{p}/interest\"")));
    let (_, b) = w.commenter.get_text(&format!("{page_path}?lang=en")).await;
    assert!(b.contains(&format!("action=\"/marketplace/{p}/interest\"")));
}
both_backends!(interest_rules_and_visibility);

async fn only_published_profiles_are_engaged_with(app: TestApp) {
    let w = world(&app).await;
    let p = w.profile;
    app.sql(&format!(
        "UPDATE cooperation_profiles SET status = 'draft' WHERE id = {p}"
    ))
    .await;
    let follow = format!("/api/v1/marketplace/{p}/follow");
    let comments = format!("/api/v1/marketplace/{p}/comments");
    let interests = format!("/api/v1/marketplace/{p}/interests");
    // Outsiders cannot see a draft: not found, on the API and the forms.
    for (method, path, body) in [
        (Method::PUT, &follow, None),
        (Method::POST, &comments, Some(json!({"body": "hi"}))),
        (Method::POST, &interests, Some(json!({"message": "hi"}))),
        (Method::GET, &comments, None),
    ] {
        let r = w.follower.api(method.clone(), path, body).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{method} {path}");
    }
    for form in ["follow", "comments", "interest"] {
        let r = w
            .follower
            .post_form(&format!("/marketplace/{p}/{form}"), &[("body", "hi")])
            .await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{form}");
    }
    assert_eq!(
        w.follower
            .get(&format!("/marketplace/{p}/engagement"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    // Those who can see it are told it is not published.
    for agent in [&w.author, &w.platform] {
        let r = agent.api(Method::PUT, &follow, None).await;
        assert_eq!(r.status(), StatusCode::CONFLICT);
        let r = agent
            .api(Method::POST, &comments, Some(json!({"body": "hi"})))
            .await;
        assert_eq!(r.status(), StatusCode::CONFLICT);
    }
    let r = w
        .platform
        .api(Method::POST, &interests, Some(json!({"message": "hi"})))
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert!(json_of(r).await["message"]
        .as_str()
        .unwrap()
        .contains("only published profiles"));
    let (s, b) = w
        .author
        .get_text(&format!("/marketplace/{p}/engagement?lang=en"))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(b.contains("Only published profiles can be followed"));
    assert!(!b.contains(&format!("action=\"/marketplace/{p}/comments\"")));
    for table in [
        "profile_follows",
        "profile_comments",
        "profile_interests",
        "notifications",
    ] {
        assert_eq!(
            app.sql(&format!("SELECT COUNT(*) FROM {table}")).await,
            Some(0),
            "{table}"
        );
    }
}
both_backends!(only_published_profiles_are_engaged_with);

async fn forms_need_the_csrf_token(app: TestApp) {
    let w = world(&app).await;
    let p = w.profile;
    w.follower.csrf().await;
    for (path, fields) in [
        (format!("/marketplace/{p}/follow"), vec![]),
        (format!("/marketplace/{p}/comments"), vec![("body", "hi")]),
        (
            format!("/marketplace/{p}/interest"),
            vec![("message", "hi")],
        ),
    ] {
        let r = w.follower.post_form_without_csrf(&path, &fields).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
    }
    // The API with a session cookie but without the header.
    let r = w
        .follower
        .client
        .put(w.follower.url(&format!("/api/v1/marketplace/{p}/follow")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    for table in ["profile_follows", "profile_comments", "profile_interests"] {
        assert_eq!(
            app.sql(&format!("SELECT COUNT(*) FROM {table}")).await,
            Some(0),
            "{table}"
        );
    }
}
both_backends!(forms_need_the_csrf_token);
