//! HTTP tests of in-app notifications (both backends): the list with a sentence per kind in
//! three languages, marking read one by one or all at once (one's own only), and the header's
//! unread count.

use crate::both_backends;
use crate::helpers::json_of;
use crate::helpers::TestApp;
use klaster_domain::notifications::NewNotification;
use klaster_domain::Id;
use reqwest::{Method, StatusCode};

const NOTIF_KEYS: &str = include_str!("../../../web/locales/en/notifications.ftl");

/// One notification of every kind the page knows, and one it does not, oldest first.
async fn send_all_kinds(app: &TestApp, user: Id) {
    let t = "Energy storage for municipalities";
    let notes = [
        NewNotification::new(
            "profile_submitted",
            "/marketplace/1",
            &[("title", t), ("org", "Lubelski Klaster Ekoenergetyczny")],
        ),
        NewNotification::new("profile_published", "/marketplace/1", &[("title", t)]),
        NewNotification::new(
            "profile_returned",
            "/marketplace/1",
            &[("title", t), ("note", "Add the capacity in MWh.")],
        ),
        NewNotification::new("profile_expired", "/marketplace/1", &[("title", t)]),
        NewNotification::new("profile_updated", "/marketplace/1", &[("title", t)]),
        NewNotification::new(
            "profile_comment",
            "/marketplace/1#comment-3",
            &[("title", t), ("user", "Ivan Petrov")],
        ),
        NewNotification::new(
            "profile_interest",
            "/marketplace/1#interests",
            &[("title", t), ("user", "Ivan Petrov"), ("org", "")],
        ),
        NewNotification::new(
            "profile_interest",
            "/marketplace/1#interests",
            &[
                ("title", t),
                ("user", "Maria Ivanova"),
                ("org", "Cleantech Bulgaria"),
            ],
        ),
        NewNotification::new("meeting_request", "/events/4", &[("who", "x")]),
    ];
    for n in &notes {
        app.state.repo.notify(&[user], n).await.unwrap();
    }
}

async fn list_read_and_read_all_touch_only_ones_own(app: TestApp) {
    let (alice, alice_user) = app.user("alice@lke.pl", false).await;
    let (bob, bob_user) = app.user("bob@cleantech.bg", false).await;
    send_all_kinds(&app, alice_user.id).await;
    app.state
        .repo
        .notify(
            &[bob_user.id],
            &NewNotification::new("profile_published", "/marketplace/2", &[("title", "Bob's")]),
        )
        .await
        .unwrap();

    let v = json_of(alice.get("/api/v1/notifications?lang=en").await).await;
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 9);
    // Newest first, with the sentence in the asked language.
    assert_eq!(items[0]["kind"], "meeting_request");
    assert_eq!(items[0]["text"], "You have a new notification.");
    assert_eq!(
        items[1]["text"],
        "Maria Ivanova (Cleantech Bulgaria) expressed interest in your profile “Energy storage for municipalities”."
    );
    assert_eq!(
        items[2]["text"],
        "Ivan Petrov expressed interest in your profile “Energy storage for municipalities”."
    );
    assert!(items.iter().all(|i| i["user_id"] == alice_user.id));
    let v = json_of(alice.get("/api/v1/notifications?lang=pl").await).await;
    assert_eq!(
        v[6]["text"],
        "Twój profil „Energy storage for municipalities” został zwrócony do poprawy: Add the capacity in MWh."
    );
    let v = json_of(alice.get("/api/v1/notifications/unread-count").await).await;
    assert_eq!(v["unread"], 9);

    // Someone else's notification: not found, on the API and the page; nothing changes.
    let bobs = app
        .sql(&format!(
            "SELECT id FROM notifications WHERE user_id = {}",
            bob_user.id
        ))
        .await
        .unwrap();
    let r = alice
        .api(
            Method::POST,
            &format!("/api/v1/notifications/{bobs}/read"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = alice
        .post_form(&format!("/notifications/{bobs}/read"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let v = json_of(bob.get("/api/v1/notifications/unread-count").await).await;
    assert_eq!(v["unread"], 1);

    // One's own, one by one (API and form) and then all.
    let first = items[8]["id"].as_i64().unwrap();
    let r = alice
        .api(
            Method::POST,
            &format!("/api/v1/notifications/{first}/read"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let second = items[7]["id"].as_i64().unwrap();
    let r = alice
        .post_form(&format!("/notifications/{second}/read"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let v = json_of(alice.get("/api/v1/notifications?unread=true").await).await;
    assert_eq!(v.as_array().unwrap().len(), 7);
    assert!(v.as_array().unwrap().iter().all(|n| n["read_at"].is_null()));
    let v = json_of(alice.get("/api/v1/notifications").await).await;
    assert!(!v[8]["read_at"].is_null());
    let r = alice
        .api(Method::POST, "/api/v1/notifications/read-all", None)
        .await;
    assert_eq!(json_of(r).await["marked"], 7);
    let v = json_of(alice.get("/api/v1/notifications/unread-count").await).await;
    assert_eq!(v["unread"], 0);
    let v = json_of(bob.get("/api/v1/notifications/unread-count").await).await;
    assert_eq!(v["unread"], 1, "someone else's stay unread");
    let r = bob.post_form("/notifications/read-all", &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let v = json_of(bob.get("/api/v1/notifications/unread-count").await).await;
    assert_eq!(v["unread"], 0);

    // Signed-in users only; forms need the CSRF token.
    let anon = app.agent();
    assert_eq!(
        anon.get("/api/v1/notifications").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        anon.get("/notifications").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let r = alice
        .post_form_without_csrf("/notifications/read-all", &[])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}
both_backends!(list_read_and_read_all_touch_only_ones_own);

async fn page_in_three_languages_with_the_header_count(app: TestApp) {
    let (alice, alice_user) = app.user("alice@lke.pl", false).await;
    send_all_kinds(&app, alice_user.id).await;
    let mut pages = Vec::new();
    for lang in ["en", "pl", "bg"] {
        let (s, body) = alice.get_text(&format!("/notifications?lang={lang}")).await;
        assert_eq!(s, StatusCode::OK);
        for key in NOTIF_KEYS
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
            .filter(|k| !k.starts_with('#'))
        {
            assert!(!body.contains(key), "/notifications in {lang} shows {key}");
        }
        assert!(!body.contains("{$"), "unfilled placeholder in {lang}");
        pages.push(body);
    }
    let en = &pages[0];
    assert!(en.contains("Notifications (9)"), "the header count");
    assert!(en.contains("9 unread notifications"));
    assert!(en.contains("awaits your review"));
    assert!(en.contains("Add the capacity in MWh."));
    assert!(en.contains("has expired. Renew it"));
    assert!(en.contains("which you follow, has changed"));
    assert!(en.contains("Ivan Petrov commented on the profile"));
    assert!(en.contains("You have a new notification."));
    assert!(en.contains("href=\"/events/4\""));
    assert!(en.contains("class=\"unread\""));
    assert!(en.contains("action=\"/notifications/read-all\""));
    assert!(pages[1].contains("Powiadomienia (9)"));
    assert!(pages[1].contains("9 nieprzeczytanych powiadomień"));
    assert!(pages[1].contains("wygasł"));
    assert!(pages[2].contains("Известия (9)"));
    assert!(pages[2].contains("9 непрочетени известия"));
    assert!(pages[2].contains("изтече"));
    // Newest first.
    let generic = en.find("You have a new notification.").unwrap();
    let oldest = en.find("awaits your review").unwrap();
    assert!(generic < oldest);

    // The count follows reading, on every page.
    alice.post_form("/notifications/read-all", &[]).await;
    let (_, body) = alice.get_text("/organisations?lang=en").await;
    assert!(body.contains(">Notifications</a>"));
    assert!(!body.contains("Notifications ("));
    let (_, body) = alice.get_text("/notifications?lang=pl").await;
    assert!(body.contains("Wszystko przeczytane."));
    assert!(!body.contains("class=\"unread\""));
    assert!(!body.contains("action=\"/notifications/read-all\""));
    app.state
        .repo
        .notify(
            &[alice_user.id],
            &NewNotification::new("profile_published", "/marketplace/1", &[("title", "T")]),
        )
        .await
        .unwrap();
    let (_, body) = alice.get_text("/organisations?lang=en").await;
    assert!(body.contains("Notifications (1)"));
    // Anonymous visitors have no such link.
    let (_, body) = app.agent().get_text("/organisations?lang=en").await;
    assert!(!body.contains("href=\"/notifications\""));
}
both_backends!(page_in_three_languages_with_the_header_count);
