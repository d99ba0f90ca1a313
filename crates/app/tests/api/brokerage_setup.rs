//! Brokerage events — setup, participants, the participant list with suggestions, and the demo
//! brokerage event (issue 6), on both backends.

use crate::both_backends;
use crate::helpers::{
    field_named, json_of, spawn_app_with, Agent, Backend, BrokerageFixture, TestApp,
};
use klaster_domain::brokerage::*;
use klaster_domain::events::{local_input, Event};
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

const SETUP_KEYS: &str = include_str!("../../../web/locales/en/brokerage-setup.ftl");

/// Settings, sessions and participants survive the database on both backends.
async fn brokerage_setup_round_trips(app: TestApp) {
    let f = app.brokerage_fixture(2).await;
    let repo = &app.state.repo;
    let settings = repo.brokerage_settings(f.event.id).await.unwrap().unwrap();
    assert_eq!(settings, f.settings);
    let sessions = repo.b2b_sessions(f.event.id).await.unwrap();
    assert_eq!(sessions, vec![f.session.clone()]);
    assert_eq!(slots(&sessions, &f.event.timezone).len(), 8);
    let people = repo.brokerage_participants(f.event.id).await.unwrap();
    assert_eq!(people.len(), 2);
    let p = &f.participants[1].2;
    assert!(repo
        .set_participant_unavailable(f.event.id, p.id, &[f.event.starts_at.unix_timestamp()])
        .await
        .unwrap());
    let stored = repo
        .brokerage_participant(f.event.id, p.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.unavailable, vec![f.event.starts_at.unix_timestamp()]);
    assert_eq!(stored.input, p.input);
    assert!(repo.meeting_requests(f.event.id).await.unwrap().is_empty());
}
both_backends!(brokerage_setup_round_trips);

/// The fixture on a fixed day (10 June 2030, 09:00–17:00 in Warsaw, its session 09:00–11:40),
/// so that sessions typed as times of day never cross midnight, whenever the tests run.
async fn fixture(app: &TestApp, people: usize) -> BrokerageFixture {
    let mut f = app.brokerage_fixture(people).await;
    let start: i64 = 1_907_305_200;
    app.sql(&format!(
        "UPDATE events SET starts_at = {start}, ends_at = {} WHERE id = {}",
        start + 8 * 3600,
        f.event.id
    ))
    .await;
    app.sql(&format!(
        "UPDATE brokerage_sessions SET starts_at = {start}, ends_at = {} WHERE id = {}",
        start + 160 * 60,
        f.session.id
    ))
    .await;
    f.event = app.state.repo.event(f.event.id).await.unwrap().unwrap();
    f.session = app
        .state
        .repo
        .b2b_sessions(f.event.id)
        .await
        .unwrap()
        .remove(0);
    f
}

async fn call(
    agent: &Agent,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let r = agent.api(method, path, body).await;
    let status = r.status();
    let text = r.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// `YYYY-MM-DDTHH:MM` of the event's first day at `hh:mm`, local to the event.
fn at(ev: &Event, hhmm: &str) -> String {
    format!("{}T{hhmm}", &local_input(ev.starts_at, &ev.timezone)[..10])
}

fn base(ev: &Event) -> String {
    format!("/api/v1/events/{}/brokerage", ev.id)
}

/// The organiser sets the brokerage up through the API; bad input names its field.
async fn settings_and_sessions_through_the_api(app: TestApp) {
    let f = fixture(&app, 0).await;
    let mut org = f.organiser;
    org.use_api_token().await;
    let b = base(&f.event);
    let (s, v) = call(&org, Method::PUT, &format!("{b}/settings"), Some(json!({
        "tables": 0, "max_meetings": "lots", "booking_opens": at(&f.event, "10:00"), "booking_closes": at(&f.event, "09:00"),
        "request_mode": "first come", "participant_types": ["x".repeat(61)], "only_across_types": true
    }))).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    for field in [
        "tables",
        "max_meetings",
        "booking_closes",
        "request_mode",
        "participant_types",
        "only_across_types",
    ] {
        assert!(field_named(&v, field), "{field}: {v}");
    }
    let (s, v) = call(&org, Method::PUT, &format!("{b}/settings"), Some(json!({
        "tables": 12, "max_meetings": 6, "booking_closes": at(&f.event, "08:00"), "request_mode": "auto_accept",
        "participant_types": [" buyer", "seller ", "Buyer"], "only_across_types": true
    }))).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["input"]["tables"], 12);
    assert_eq!(v["input"]["participant_types"], json!(["buyer", "seller"]));
    assert_eq!(v["booking_phase"], "open");
    let (s, v) = call(&org, Method::GET, &format!("{b}/settings"), None).await;
    assert_eq!(
        (s, v["input"]["request_mode"].clone()),
        (StatusCode::OK, json!("auto_accept"))
    );

    // The fixture's session covers the first 160 minutes; a second one after lunch.
    let start = local_input(f.event.starts_at, &f.event.timezone);
    let hour = |h: i64| {
        local_input(
            f.event.starts_at + time::Duration::hours(h),
            &f.event.timezone,
        )
    };
    for (body, field) in [
        (
            json!({"starts": hour(4), "ends": hour(3), "slot_minutes": 20}),
            "ends",
        ),
        (
            json!({"starts": hour(4), "ends": hour(6), "slot_minutes": 3}),
            "slot_minutes",
        ),
        (
            json!({"starts": hour(4), "ends": hour(6), "slot_minutes": 20, "breaks": ["lunch"]}),
            "breaks",
        ),
        (
            json!({"starts": hour(4), "ends": hour(6), "slot_minutes": 20, "breaks": ["00:00-00:30"]}),
            "breaks",
        ),
        (
            json!({"starts": start, "ends": hour(1), "slot_minutes": 20}),
            "starts",
        ),
        (
            json!({"starts": hour(4), "ends": hour(6), "slot_minutes": 240}),
            "slot_minutes",
        ),
    ] {
        let (s, v) = call(
            &org,
            Method::POST,
            &format!("{b}/sessions"),
            Some(body.clone()),
        )
        .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {v}");
        assert!(field_named(&v, field), "{body}: {v}");
    }
    let lunch = format!(
        "{}-{}",
        &hour(4)[11..],
        &local_input(
            f.event.starts_at + time::Duration::minutes(270),
            &f.event.timezone
        )[11..]
    );
    let (s, v) = call(
        &org,
        Method::POST,
        &format!("{b}/sessions"),
        Some(json!({
            "starts": hour(3), "ends": hour(6), "slot_minutes": "30", "breaks": [lunch]
        })),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    let sid = v["id"].as_i64().unwrap();
    assert_eq!(v["input"]["breaks"].as_array().unwrap().len(), 1);
    let (_, slots) = call(&org, Method::GET, &format!("{b}/slots"), None).await;
    // 8 of the fixture's session, then 3 hours of 30 minutes minus a 30-minute lunch: 5.
    assert_eq!(slots.as_array().unwrap().len(), 13, "{slots}");
    let (s, v) = call(
        &org,
        Method::PUT,
        &format!("{b}/sessions/{sid}"),
        Some(json!({
            "starts": hour(3), "ends": hour(5), "slot_minutes": 20
        })),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (_, slots) = call(&org, Method::GET, &format!("{b}/slots"), None).await;
    assert_eq!(slots.as_array().unwrap().len(), 14);
    let (_, sessions) = call(&org, Method::GET, &format!("{b}/sessions"), None).await;
    assert_eq!(sessions.as_array().unwrap().len(), 2);
    let (s, _) = call(&org, Method::DELETE, &format!("{b}/sessions/{sid}"), None).await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, _) = call(&org, Method::DELETE, &format!("{b}/sessions/{sid}"), None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // Anyone who may see the event reads the sessions and slots.
    let (s, slots) = call(&app.agent(), Method::GET, &format!("{b}/slots"), None).await;
    assert_eq!((s, slots.as_array().unwrap().len()), (StatusCode::OK, 8));
}
both_backends!(settings_and_sessions_through_the_api);

/// Every setup action, page and API, refuses people who do not organise the event.
async fn non_organisers_get_403_on_every_setup_action(app: TestApp) {
    let f = fixture(&app, 1).await;
    let someone = &f.participants[0].0;
    let id = f.event.id;
    let b = base(&f.event);
    let sid = f.session.id;
    let pid = f.participants[0].2.id;
    let session =
        json!({"starts": at(&f.event, "15:00"), "ends": at(&f.event, "16:00"), "slot_minutes": 20});
    for (method, path, body) in [
        (
            Method::PUT,
            format!("{b}/settings"),
            Some(json!({"tables": 4})),
        ),
        (Method::POST, format!("{b}/sessions"), Some(session.clone())),
        (
            Method::PUT,
            format!("{b}/sessions/{sid}"),
            Some(session.clone()),
        ),
        (Method::DELETE, format!("{b}/sessions/{sid}"), None),
        (
            Method::PUT,
            format!("{b}/participants/{pid}/booth"),
            Some(json!({"booth": "B7"})),
        ),
    ] {
        let (s, v) = call(someone, method.clone(), &path, body.clone()).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{method} {path}: {v}");
        let (s, _) = call(&app.agent(), method.clone(), &path, body).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "anonymous {method} {path}");
    }
    // The same through the pages, with a signed-in person's own valid CSRF token.
    let (person, _) = app.user("visitor@example.eu", false).await;
    let (s, _) = person
        .get_text(&format!("/events/{id}/brokerage/setup"))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = person
        .get_text(&format!("/events/{id}/brokerage/setup/sessions/{sid}"))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    for (path, fields) in [
        (
            format!("/events/{id}/brokerage/setup"),
            vec![("tables", "4")],
        ),
        (
            format!("/events/{id}/brokerage/setup/sessions"),
            vec![("starts", "x")],
        ),
        (
            format!("/events/{id}/brokerage/setup/sessions/{sid}"),
            vec![("starts", "x")],
        ),
        (
            format!("/events/{id}/brokerage/setup/sessions/{sid}/delete"),
            vec![],
        ),
        (
            format!("/events/{id}/brokerage/setup/booths/{pid}"),
            vec![("booth", "B7")],
        ),
    ] {
        let r = person.post_form(&path, &fields).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let repo = &app.state.repo;
    assert_eq!(
        repo.brokerage_settings(id)
            .await
            .unwrap()
            .unwrap()
            .input
            .tables,
        3
    );
    assert_eq!(repo.b2b_sessions(id).await.unwrap().len(), 1);
    assert_eq!(
        repo.brokerage_participant(id, pid)
            .await
            .unwrap()
            .unwrap()
            .booth,
        None
    );
}
both_backends!(non_organisers_get_403_on_every_setup_action);

/// The organiser's pages: settings, a session with lunch, a bad session (422 naming the field),
/// editing, the slot preview, deleting; forms without the CSRF token are refused.
async fn setup_through_the_pages(app: TestApp) {
    let (org, _, _, ev) = app
        .organised_event(|e| e.kind = klaster_domain::events::EventKind::Brokerage)
        .await;
    let id = ev.id;
    let day = &local_input(ev.starts_at, &ev.timezone)[..10];
    let (s, html) = org.get_text(&format!("/events/{id}/brokerage")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        html.contains(&format!("/events/{id}/brokerage/setup")),
        "set-up link"
    );
    let r = org
        .post_form_without_csrf(&format!("/events/{id}/brokerage/setup"), &[("tables", "5")])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Sessions need the settings first.
    let r = org
        .post_form(
            &format!("/events/{id}/brokerage/setup/sessions"),
            &[
                ("starts", &format!("{day}T09:00")),
                ("ends", &format!("{day}T12:00")),
                ("slot_minutes", "20"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = org
        .post_form(
            &format!("/events/{id}/brokerage/setup"),
            &[
                ("tables", "5"),
                ("max_meetings", ""),
                ("request_mode", "needs_acceptance"),
                ("participant_types", "cluster\nSME, research"),
                ("booking_closes", &format!("{day}T08:00")),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let settings = app
        .state
        .repo
        .brokerage_settings(id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        settings.input.participant_types,
        ["cluster", "SME", "research"]
    );
    assert_eq!(settings.input.max_meetings, None);
    let r = org
        .post_form(
            &format!("/events/{id}/brokerage/setup/sessions"),
            &[
                ("starts", &format!("{day}T09:00")),
                ("ends", &format!("{day}T13:00")),
                ("slot_minutes", "20"),
                ("breaks", "10:00-10:20\n11:00–11:20"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let sessions = app.state.repo.b2b_sessions(id).await.unwrap();
    assert_eq!(sessions[0].input.breaks.len(), 2);
    let r = org
        .post_form(
            &format!("/events/{id}/brokerage/setup/sessions"),
            &[
                ("starts", &format!("{day}T14:00")),
                ("ends", &format!("{day}T16:00")),
                ("slot_minutes", "20"),
                ("breaks", "17:00-17:30"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("breaks must lie inside the session"),
        "{html}"
    );
    assert!(
        html.contains("17:00-17:30"),
        "the form keeps what was typed"
    );
    let (_, html) = org.get_text(&format!("/events/{id}/brokerage/setup")).await;
    // 4 hours of 20 minutes minus two breaks of 20 minutes: 10 slots.
    assert!(html.contains("10 slots"), "{html}");
    let sid = sessions[0].id;
    let (s, html) = org
        .get_text(&format!("/events/{id}/brokerage/setup/sessions/{sid}"))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("10:00-10:20"));
    let r = org
        .post_form(
            &format!("/events/{id}/brokerage/setup/sessions/{sid}"),
            &[
                ("starts", &format!("{day}T09:00")),
                ("ends", &format!("{day}T10:00")),
                ("slot_minutes", "30"),
                ("breaks", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let sessions = app.state.repo.b2b_sessions(id).await.unwrap();
    assert_eq!(slots(&sessions, &ev.timezone).len(), 2);
    let r = org
        .post_form(
            &format!("/events/{id}/brokerage/setup/sessions/{sid}/delete"),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(app.state.repo.b2b_sessions(id).await.unwrap().is_empty());
}
both_backends!(setup_through_the_pages);

/// Deleting a session takes the meetings placed in it out of their slots, in one transaction;
/// editing a session keeps meetings whose slot is still there.
async fn sessions_with_placed_meetings(app: TestApp) {
    let f = fixture(&app, 4).await;
    let mut org = f.organiser;
    org.use_api_token().await;
    let b = format!("/api/v1/events/{}/brokerage", f.event.id);
    let p = |i: usize| f.participants[i].2.id;
    let first = f.event.starts_at.unix_timestamp();
    let last = first + 7 * 20 * 60;
    for (a, c, slot) in [(p(0), p(1), first), (p(2), p(3), last)] {
        app.sql(&format!(
            "INSERT INTO brokerage_requests (event_id, requester_id, recipient_id, low_id, high_id, message, priority, status, \
             created_at, slot_start, table_no, published) VALUES ({}, {a}, {c}, {}, {}, '', 'must_meet', 'accepted', 0, {slot}, 1, TRUE)",
            f.event.id, a.min(c), a.max(c)
        ))
        .await;
    }
    // The session ends 20 minutes earlier: its last slot goes, the first stays.
    let (s, v) = call(&org, Method::PUT, &format!("{b}/sessions/{}", f.session.id), Some(json!({
        "starts": local_input(f.event.starts_at, &f.event.timezone),
        "ends": local_input(f.event.starts_at + time::Duration::minutes(140), &f.event.timezone),
        "slot_minutes": 20
    }))).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let placed = |r: &MeetingRequest| r.placement.map(|p| p.slot_start.unix_timestamp());
    let requests = app.state.repo.meeting_requests(f.event.id).await.unwrap();
    assert_eq!(
        requests.iter().map(placed).collect::<Vec<_>>(),
        [Some(first), None]
    );
    assert!(!requests[1].published);
    let (s, _) = call(
        &org,
        Method::DELETE,
        &format!("{b}/sessions/{}", f.session.id),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let requests = app.state.repo.meeting_requests(f.event.id).await.unwrap();
    assert!(requests
        .iter()
        .all(|r| r.placement.is_none() && r.status == RequestStatus::Accepted));
}
both_backends!(sessions_with_placed_meetings);

/// Joining, editing and leaving through the API and the pages, with the checks on organisations,
/// types, linked profiles and texts.
async fn join_edit_and_leave(app: TestApp) {
    let f = fixture(&app, 1).await;
    let id = f.event.id;
    let b = base(&f.event);
    app.state
        .repo
        .save_brokerage_settings(
            id,
            &SettingsInput {
                participant_types: vec!["cluster".into(), "SME".into()],
                ..f.settings.input.clone()
            },
        )
        .await
        .unwrap();
    let (mut agent, user) = app.user("anna@firma.pl", false).await;
    agent.use_api_token().await;
    let mine = app
        .org(
            "Słoneczna Energia Sp. z o.o.",
            OrgKind::Company,
            "PL",
            Some(user.id),
        )
        .await;
    let other = app
        .org("Someone Else Ltd", OrgKind::Company, "IE", None)
        .await;
    let foreign_profile = app
        .profile_fixture(
            &other,
            klaster_domain::marketplace::ProfileKind::BusinessOffer,
            "en",
            "Not yours",
            "A profile of another organisation.",
            &[],
        )
        .await;
    let own_profile = app
        .profile_fixture(
            &mine,
            klaster_domain::marketplace::ProfileKind::TechnologyOffer,
            "pl",
            "Magazyny energii",
            "Magazyny energii dla firm.",
            &[],
        )
        .await;
    let (s, _) = call(&agent, Method::GET, &format!("{b}/me"), None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, v) = call(&agent, Method::PUT, &format!("{b}/me"), Some(json!({
        "org_id": other.id, "participant_type": "buyer", "offer": "x".repeat(2001), "seek": "  ",
        "profile_ids": [foreign_profile], "attendance": "by pigeon"
    }))).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    for field in [
        "org_id",
        "participant_type",
        "offer",
        "seek",
        "profile_ids",
        "attendance",
    ] {
        assert!(field_named(&v, field), "{field}: {v}");
    }
    let (s, v) = call(&agent, Method::PUT, &format!("{b}/me"), Some(json!({
        "org_id": mine.id, "participant_type": "sme", "offer": "Magazyny energii i fotowoltaika",
        "seek": "Dystrybutorzy w Bułgarii", "profile_ids": [own_profile], "attendance": "online"
    }))).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(
        v["input"]["participant_type"], "SME",
        "the event's spelling"
    );
    assert_eq!(v["org_name"], "Słoneczna Energia Sp. z o.o.");
    let pid = v["id"].as_i64().unwrap();
    let (s, v) = call(&agent, Method::GET, &format!("{b}/me"), None).await;
    assert_eq!(
        (s, v["input"]["attendance"].clone()),
        (StatusCode::OK, json!("online"))
    );
    // Through the page: the form shows the profile and saves changes.
    let (s, html) = agent
        .get_text(&format!("/events/{id}/brokerage/profile"))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("Magazyny energii") && html.contains("Słoneczna Energia"));
    let r = agent
        .post_form(
            &format!("/events/{id}/brokerage/profile"),
            &[
                ("org_id", &mine.id.to_string()),
                ("participant_type", "cluster"),
                ("offer", "Nowa oferta"),
                ("seek", "Nowi partnerzy"),
                ("attendance", "onsite"),
                ("profile_ids", "oops"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = agent
        .post_form(
            &format!("/events/{id}/brokerage/profile"),
            &[
                ("org_id", &mine.id.to_string()),
                ("participant_type", "cluster"),
                ("offer", "Nowa oferta"),
                ("seek", "Nowi partnerzy"),
                ("attendance", "onsite"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let me = app
        .state
        .repo
        .brokerage_participant(id, pid)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (me.input.offer.as_str(), me.input.profile_ids.len()),
        ("Nowa oferta", 0)
    );
    // A request with the fixture's participant goes when leaving, and the person is told.
    let other_pid = f.participants[0].2.id;
    app.state
        .repo
        .insert_meeting_requests(
            id,
            &[NewRequestRow {
                requester_id: pid,
                recipient_id: other_pid,
                message: "Porozmawiajmy".into(),
                priority: Priority::NiceToMeet,
                status: RequestStatus::Pending,
                created_at: time::OffsetDateTime::now_utc(),
                decided_at: None,
            }],
        )
        .await
        .unwrap();
    let (_, html) = agent
        .get_text(&format!("/events/{id}/brokerage/profile"))
        .await;
    assert!(html.contains("1 meeting request with it"), "{html}");
    let r = agent
        .post_form(&format!("/events/{id}/brokerage/profile/leave"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let to = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(to, format!("/events/{id}/brokerage?left=1"));
    let (_, html) = agent.get_text(&to).await;
    assert!(html.contains("1 meeting request was removed"), "{html}");
    assert!(app
        .state
        .repo
        .meeting_requests(id)
        .await
        .unwrap()
        .is_empty());
    // Joining again and leaving through the API says how many requests went.
    let (s, _) = call(
        &agent,
        Method::PUT,
        &format!("{b}/me"),
        Some(json!({"participant_type": "SME", "seek": "Partnerzy"})),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let (s, v) = call(&agent, Method::DELETE, &format!("{b}/me"), None).await;
    assert_eq!(
        (s, v["requests_deleted"].clone()),
        (StatusCode::OK, json!(0))
    );
    // Anonymous visitors are sent to log in; nobody joins an event without a brokerage.
    let r = app
        .agent()
        .get(&format!("/events/{id}/brokerage/profile"))
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let plain = app.event(app.event_input(mine.id)).await;
    let (s, _) = call(
        &agent,
        Method::PUT,
        &format!("/api/v1/events/{}/brokerage/me", plain.id),
        Some(json!({"seek": "x"})),
    )
    .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}
both_backends!(join_edit_and_leave);

/// Nobody joins or changes their profile once the event is over.
async fn no_joining_after_the_event(app: TestApp) {
    let f = app.brokerage_fixture(0).await;
    app.sql(&format!(
        "UPDATE events SET starts_at = starts_at - 5184000, ends_at = ends_at - 5184000 WHERE id = {}",
        f.event.id
    ))
    .await;
    let (agent, _) = app.bearer_user("late@example.eu").await;
    let (s, v) = call(
        &agent,
        Method::PUT,
        &format!("{}/me", base(&f.event)),
        Some(json!({"seek": "Partners"})),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&v, "participant"), "{v}");
}
both_backends!(no_joining_after_the_event);

/// Availability: only slot starts of the event; the page shows the choice and saves it.
async fn availability_with_a_bad_slot_is_rejected(app: TestApp) {
    let f = fixture(&app, 1).await;
    let (agent, _, p) = &f.participants[0];
    let b = base(&f.event);
    let second = f.event.starts_at + time::Duration::minutes(20);
    let rfc = |t: time::OffsetDateTime| {
        t.format(&time::format_description::well_known::Rfc3339)
            .unwrap()
    };
    for bad in [
        rfc(second + time::Duration::minutes(5)),
        "tomorrow".to_string(),
    ] {
        let (s, v) = call(
            agent,
            Method::PUT,
            &format!("{b}/me/availability"),
            Some(json!({"unavailable": [bad]})),
        )
        .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(field_named(&v, "unavailable"), "{v}");
    }
    let (s, v) = call(
        agent,
        Method::PUT,
        &format!("{b}/me/availability"),
        Some(json!({"unavailable": [rfc(second), rfc(second)]})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["unavailable"], json!([second.unix_timestamp()]));
    // The same person through the page (a browser session this time).
    let (person, user) = app.user("avail@example.eu", false).await;
    app.state
        .repo
        .save_brokerage_participant(f.event.id, user.id, &p.input)
        .await
        .unwrap();
    let id = f.event.id;
    let (s, html) = person
        .get_text(&format!("/events/{id}/brokerage/availability"))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(html.matches("name=\"unavailable\"").count(), 8);
    let r = person
        .post_form(
            &format!("/events/{id}/brokerage/availability"),
            &[("unavailable", "12345")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let value = second.unix_timestamp().to_string();
    let r = person
        .post_form(
            &format!("/events/{id}/brokerage/availability"),
            &[("unavailable", value.as_str())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = person
        .get_text(&format!("/events/{id}/brokerage/availability?saved=true"))
        .await;
    assert!(
        html.contains(&format!("value=\"{value}\" checked")),
        "{html}"
    );
    assert!(html.contains("You cannot attend 1 slot."), "{html}");
    // Other people's unavailability is not shown to participants, only to organisers.
    let (_, list) = call(&person, Method::GET, &format!("{b}/participants"), None).await;
    let other = list
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == p.id)
        .unwrap()
        .clone();
    assert_eq!(other["unavailable"], json!([]));
    let mut org = f.organiser;
    org.use_api_token().await;
    let (_, list) = call(&org, Method::GET, &format!("{b}/participants"), None).await;
    let seen = list
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == p.id)
        .unwrap()
        .clone();
    assert_eq!(seen["unavailable"], json!([second.unix_timestamp()]));
}
both_backends!(availability_with_a_bad_slot_is_rejected);

/// Search finds participants by organisation and by offer, in any case and script; filters by
/// type and attendance; the list links to requesting a meeting.
async fn the_list_searches_and_filters(app: TestApp) {
    let f = fixture(&app, 2).await;
    let id = f.event.id;
    let repo = &app.state.repo;
    repo.save_brokerage_settings(
        id,
        &SettingsInput {
            participant_types: vec!["SME".into(), "research".into()],
            ..f.settings.input.clone()
        },
    )
    .await
    .unwrap();
    let (_, u0, p0) = &f.participants[0];
    let (_, u1, p1) = &f.participants[1];
    let lodz = app
        .org("Łódzka Fabryka Turbin", OrgKind::Company, "PL", Some(u0.id))
        .await;
    repo.save_brokerage_participant(
        id,
        u0.id,
        &ParticipantInput {
            org_id: Some(lodz.id),
            participant_type: Some("SME".into()),
            ..p0.input.clone()
        },
    )
    .await
    .unwrap();
    repo.save_brokerage_participant(
        id,
        u1.id,
        &ParticipantInput {
            participant_type: Some("research".into()),
            offer: "Изпитваме СЛЪНЧЕВИ панели в лаборатория".into(),
            attendance: registration::Attendance::Online,
            ..p1.input.clone()
        },
    )
    .await
    .unwrap();
    let agent = &f.participants[0].0;
    let ids = |v: &Value| -> Vec<i64> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x["id"].as_i64().unwrap())
            .collect()
    };
    let b = base(&f.event);
    for (query, want) in [
        ("q=%C5%82%C3%B3dzka", vec![p0.id]), // "łódzka", lower case
        (
            "q=%D1%81%D0%BB%D1%8A%D0%BD%D1%87%D0%B5%D0%B2%D0%B8",
            vec![p1.id],
        ), // "слънчеви"
        ("q=partners+participant", vec![p0.id, p1.id]),
        ("q=nothing+like+this", vec![]),
        ("type=research", vec![p1.id]),
        ("attendance=onsite", vec![p0.id]),
        ("type=sme&attendance=online", vec![]),
    ] {
        let (s, v) = call(
            agent,
            Method::GET,
            &format!("{b}/participants?{query}"),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{query}");
        assert_eq!(ids(&v), want, "{query}");
    }
    let (s, v) = call(
        agent,
        Method::GET,
        &format!("{b}/participants?attendance=somewhere"),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&v, "attendance"));
    let (s, _) = call(
        &app.agent(),
        Method::GET,
        &format!("{b}/participants"),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    // The page: search, and the link to request a meeting with the other participant.
    let (person, user) = app.user("lister@example.eu", false).await;
    repo.save_brokerage_participant(id, user.id, &p0.input)
        .await
        .unwrap();
    let (s, html) = person
        .get_text(&format!(
            "/events/{id}/brokerage/participants?q=%C5%81%C3%93DZKA"
        ))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("Łódzka Fabryka Turbin"));
    assert!(!html.contains("СЛЪНЧЕВИ"));
    assert!(
        html.contains(&format!(
            "/events/{id}/brokerage/requests/new?with={}",
            p0.id
        )),
        "{html}"
    );
}
both_backends!(the_list_searches_and_filters);

/// Booths are set by organisers only, for on-site participants, and shown on the list.
async fn booths_by_the_organiser(app: TestApp) {
    let f = fixture(&app, 2).await;
    let id = f.event.id;
    let b = base(&f.event);
    let pid = f.participants[0].2.id;
    let mut org = f.organiser;
    org.use_api_token().await;
    let (s, v) = call(
        &org,
        Method::PUT,
        &format!("{b}/participants/{pid}/booth"),
        Some(json!({"booth": "x".repeat(41)})),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&v, "booth"));
    let (s, v) = call(
        &org,
        Method::PUT,
        &format!("{b}/participants/{pid}/booth"),
        Some(json!({"booth": " A12 "})),
    )
    .await;
    assert_eq!((s, v["booth"].clone()), (StatusCode::OK, json!("A12")));
    let (s, _) = call(
        &f.participants[1].0,
        Method::PUT,
        &format!("{b}/participants/{pid}/booth"),
        Some(json!({"booth": "Z9"})),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (_, html) = org
        .get_text(&format!("/events/{id}/brokerage/participants"))
        .await;
    assert!(html.contains("A12"));
    // An online participant has no booth.
    let online = &f.participants[1].2;
    app.state
        .repo
        .save_brokerage_participant(
            id,
            online.user_id,
            &ParticipantInput {
                attendance: registration::Attendance::Online,
                ..online.input.clone()
            },
        )
        .await
        .unwrap();
    let (s, v) = call(
        &org,
        Method::PUT,
        &format!("{b}/participants/{}/booth", online.id),
        Some(json!({"booth": "B1"})),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    // An empty booth clears it.
    let (s, v) = call(
        &org,
        Method::PUT,
        &format!("{b}/participants/{pid}/booth"),
        Some(json!({})),
    )
    .await;
    assert_eq!((s, v["booth"].clone()), (StatusCode::OK, Value::Null));
}
both_backends!(booths_by_the_organiser);

/// The overview says what the brokerage is, its phase and counts; without settings organisers
/// are invited to set it up and others told it is not there yet.
async fn the_overview(app: TestApp) {
    let f = fixture(&app, 3).await;
    // Another event of the same organiser, without a brokerage yet.
    let mut input = app.event_input(f.org.id);
    input.kind = klaster_domain::events::EventKind::Brokerage;
    let bare = app.event(input).await;
    let (_, html) = f
        .organiser
        .get_text(&format!("/events/{}/brokerage", bare.id))
        .await;
    assert!(html.contains("Set up B2B meetings"));
    let (_, html) = app
        .agent()
        .get_text(&format!("/events/{}/brokerage", bare.id))
        .await;
    assert!(html.contains("have not set up B2B meetings"));
    assert!(!html.contains("Set up B2B meetings"));
    let p = |i: usize| f.participants[i].2.id;
    app.state
        .repo
        .insert_meeting_requests(
            f.event.id,
            &[
                NewRequestRow {
                    requester_id: p(0),
                    recipient_id: p(1),
                    message: String::new(),
                    priority: Priority::MustMeet,
                    status: RequestStatus::Accepted,
                    created_at: time::OffsetDateTime::now_utc(),
                    decided_at: None,
                },
                NewRequestRow {
                    requester_id: p(2),
                    recipient_id: p(1),
                    message: String::new(),
                    priority: Priority::NiceToMeet,
                    status: RequestStatus::Pending,
                    created_at: time::OffsetDateTime::now_utc(),
                    decided_at: None,
                },
            ],
        )
        .await
        .unwrap();
    // A pair with an open request cannot get a second one; nothing of the batch is stored.
    let again = app
        .state
        .repo
        .insert_meeting_requests(
            f.event.id,
            &[
                NewRequestRow {
                    requester_id: p(0),
                    recipient_id: p(2),
                    message: String::new(),
                    priority: Priority::MustMeet,
                    status: RequestStatus::Accepted,
                    created_at: time::OffsetDateTime::now_utc(),
                    decided_at: None,
                },
                NewRequestRow {
                    requester_id: p(1),
                    recipient_id: p(0),
                    message: String::new(),
                    priority: Priority::MustMeet,
                    status: RequestStatus::Pending,
                    created_at: time::OffsetDateTime::now_utc(),
                    decided_at: None,
                },
            ],
        )
        .await;
    assert!(again.is_err());
    assert_eq!(
        app.state
            .repo
            .meeting_requests(f.event.id)
            .await
            .unwrap()
            .len(),
        2
    );
    let (agent, _, _) = &f.participants[0];
    let (_, html) = agent
        .get_text(&format!("/events/{}/brokerage?lang=pl", f.event.id))
        .await;
    assert!(html.contains("3 uczestników"), "{html}");
    assert!(html.contains("2 prośby o spotkanie"), "{html}");
    assert!(html.contains("1 spotkanie przyjęte"), "{html}");
    assert!(html.contains("Otwarte do"), "{html}");
    assert!(html.contains("Edytuj mój profil kooperacyjny"));
    let (_, html) = agent
        .get_text(&format!("/events/{}/brokerage?lang=bg", f.event.id))
        .await;
    assert!(
        html.contains("3 участници") && html.contains("1 приета среща"),
        "{html}"
    );
}
both_backends!(the_overview);

/// Every page of this area renders in English, Polish and Bulgarian without raw message keys.
async fn pages_in_every_language(app: TestApp) {
    let f = fixture(&app, 2).await;
    let id = f.event.id;
    let sid = f.session.id;
    let (person, user) = app.user("pages@example.eu", false).await;
    app.state
        .repo
        .save_brokerage_participant(id, user.id, &f.participants[0].2.input)
        .await
        .unwrap();
    let org = &f.organiser;
    let pages: Vec<(&Agent, String)> = vec![
        (&person, format!("/events/{id}/brokerage")),
        (&person, format!("/events/{id}/brokerage/participants")),
        (&person, format!("/events/{id}/brokerage/profile")),
        (&person, format!("/events/{id}/brokerage/availability")),
        (org, format!("/events/{id}/brokerage/setup")),
        (org, format!("/events/{id}/brokerage/setup/sessions/{sid}")),
        (org, format!("/events/{id}/brokerage/profile")),
    ];
    let keys: Vec<&str> = SETUP_KEYS
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
        .filter(|k| k.starts_with("bks-"))
        .collect();
    for (agent, path) in &pages {
        for lang in ["en", "pl", "bg"] {
            let (s, html) = agent.get_text(&format!("{path}?lang={lang}")).await;
            assert_eq!(s, StatusCode::OK, "{path} in {lang}");
            assert!(
                html.contains(&format!("<html lang=\"{lang}\"")),
                "{path} in {lang}"
            );
            for k in &keys {
                assert!(!html.contains(k), "{path} in {lang} shows the raw key {k}");
            }
        }
    }
    let (_, pl) = org
        .get_text(&format!("/events/{id}/brokerage/setup?lang=pl"))
        .await;
    assert!(pl.contains("8 terminów"), "{pl}");
    let (_, bg) = org
        .get_text(&format!("/events/{id}/brokerage/setup?lang=bg"))
        .await;
    assert!(
        bg.contains("20 минути") && bg.contains("8 часа за срещи"),
        "{bg}"
    );
}
both_backends!(pages_in_every_language);

/// Suggestions rank the participant whose offer answers my search first, across languages, with
/// the model; without it the page has no suggestions section and the API says so.
async fn suggestions_across_languages(app: TestApp) {
    let f = fixture(&app, 0).await;
    let id = f.event.id;
    let repo = &app.state.repo;
    let mut people = Vec::new();
    for (i, (offer, seek)) in [
        (
            "Projektujemy i montujemy instalacje fotowoltaiczne z magazynami energii.",
            "Szukamy dostawców falowników w Bułgarii.",
        ),
        (
            "Внасяме инвертори и литиеви батерии за фотоволтаични системи.",
            "Търсим монтажници на фотоволтаици от Полша.",
        ),
        (
            "We run guided hiking holidays in the Alps.",
            "We look for an online booking system for hotels.",
        ),
        (
            "Wir backen Brot und Brötchen für Hotels.",
            "Wir suchen Mehl aus biologischem Anbau.",
        ),
    ]
    .iter()
    .enumerate()
    {
        let (agent, user) = app.bearer_user(&format!("s{i}@example.eu")).await;
        let p = repo
            .save_brokerage_participant(
                id,
                user.id,
                &ParticipantInput {
                    org_id: None,
                    participant_type: None,
                    offer: offer.to_string(),
                    seek: seek.to_string(),
                    profile_ids: vec![],
                    attendance: registration::Attendance::OnSite,
                },
            )
            .await
            .unwrap();
        people.push((agent, p));
    }
    let (s, v) = call(
        &people[0].0,
        Method::GET,
        &format!("{}/suggestions?k=3", base(&f.event)),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    println!(
        "semantic: {}; suggestions: {v:#}",
        app.state.matching.semantic_enabled()
    );
    assert_eq!(v["available"], app.state.matching.semantic_enabled());
    if app.state.matching.semantic_enabled() {
        let list = v["suggestions"].as_array().unwrap();
        assert_eq!(list.len(), 3);
        assert_eq!(list[0]["participant_id"], people[1].1.id, "{v:#}");
        assert_eq!(list[0]["reason"], "both", "{v:#}");
        // The vectors are kept: a second call embeds nothing new.
        let stored = repo.embeddings(&format!("brokerage:{id}:")).await.unwrap();
        assert_eq!(stored.len(), 8);
        let (_, html) = people[0]
            .0
            .get_text(&format!("/events/{id}/brokerage/participants"))
            .await;
        assert!(html.contains("Suggested for you"));
    }
    let (s, _) = call(
        &people[0].0,
        Method::GET,
        &format!("{}/suggestions?k=0", base(&f.event)),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
}
both_backends!(suggestions_across_languages);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_suggestions_section_without_the_model() {
    let app = spawn_app_with(Backend::Sqlite, false).await.unwrap();
    let f = fixture(&app, 2).await;
    let (agent, user) = app.user("nomodel@example.eu", false).await;
    app.state
        .repo
        .save_brokerage_participant(f.event.id, user.id, &f.participants[0].2.input)
        .await
        .unwrap();
    let (s, html) = agent
        .get_text(&format!("/events/{}/brokerage/participants", f.event.id))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(!html.contains("Suggested for you"));
    let (_, v) = call(
        &agent,
        Method::GET,
        &format!("/api/v1/events/{}/brokerage/suggestions", f.event.id),
        None,
    )
    .await;
    assert_eq!(v, json!({"available": false, "suggestions": []}));
}

/// The demo carries a brokerage event with its participants, sessions and requests.
async fn demo_has_a_brokerage_event(app: TestApp) {
    assert!(
        klaster::demo::load_if_empty(&*app.state.repo, &*app.state.index)
            .await
            .unwrap()
    );
    let repo = &app.state.repo;
    let id = klaster::demo::brokerage_event(&**repo)
        .await
        .unwrap()
        .expect("the demo brokerage event");
    let ev = repo.event(id).await.unwrap().unwrap();
    assert_eq!(ev.kind, klaster_domain::events::EventKind::Brokerage);
    let settings = repo.brokerage_settings(id).await.unwrap().unwrap();
    assert_eq!(settings.input.tables, 10);
    let sessions = repo.b2b_sessions(id).await.unwrap();
    assert_eq!(sessions.len(), 2);
    assert!(sessions.iter().all(|s| s.input.breaks.len() == 1));
    assert_eq!(slots(&sessions, &ev.timezone).len(), 25);
    let people = repo.brokerage_participants(id).await.unwrap();
    assert_eq!(people.len(), 40);
    assert!(people.iter().filter(|p| p.is_online()).count() >= 3);
    assert!(people.iter().filter(|p| p.booth.is_some()).count() >= 1);
    assert!(people.iter().any(|p| !p.unavailable.is_empty()));
    assert!(people
        .iter()
        .all(|p| p.org_id.is_some() && p.input.participant_type.is_some()));
    let requests = repo.meeting_requests(id).await.unwrap();
    assert_eq!(requests.len(), 120);
    let accepted = requests
        .iter()
        .filter(|r| r.status == RequestStatus::Accepted)
        .count();
    assert!(accepted > 60 && accepted < 120, "{accepted}");
    // The demo's meetings are scheduled and published, so agendas have something to show.
    let published = requests.iter().filter(|r| r.published).count();
    assert!(
        published * 10 >= accepted * 9,
        "{published} of {accepted} published"
    );
    assert!(requests
        .iter()
        .filter(|r| r.published)
        .all(|r| r.status == RequestStatus::Accepted && r.placement.is_some()));
    assert!(settings.published_at.is_some() && settings.last_run.is_some());
    // Organisers see the setup; a participant logs in with the demo password and sees the list.
    let agent = app.agent();
    let r = agent
        .post_form(
            "/login",
            &[
                ("email", "green-synergy.member@klaster.example"),
                ("password", klaster_demo::DEMO_PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (s, html) = agent
        .get_text(&format!("/events/{id}/brokerage/participants?lang=bg"))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("40 участници"), "{html}");
    let json = json_of(
        agent
            .get(&format!(
                "/api/v1/events/{id}/brokerage/participants?q=pelet"
            ))
            .await,
    )
    .await;
    assert!(!json.as_array().unwrap().is_empty());
}
both_backends!(demo_has_a_brokerage_event);
