//! Brokerage events — meetings (issue 6), on both backends: scheduling and its hard constraints,
//! publishing, re-scheduling, moves, outcomes, the export, the calendar and the pages.

use crate::both_backends;
use crate::helpers::*;
use klaster_domain::brokerage::*;
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use std::collections::HashSet;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

const SLOTS: i64 = 8;
const SLOT_SECONDS: i64 = 20 * 60;

/// An accepted request (a meeting) between participants `a` and `b` of the fixture, written
/// straight into the table: the requests flow is tested elsewhere.
async fn meeting(
    app: &TestApp,
    f: &BrokerageFixture,
    a: usize,
    b: usize,
    priority: Priority,
    message: &str,
) -> Id {
    let (pa, pb) = (f.participants[a].2.id, f.participants[b].2.id);
    app.sql(&format!(
        "INSERT INTO brokerage_requests (event_id, requester_id, recipient_id, low_id, high_id, message, priority, status, created_at, decided_at) \
         VALUES ({}, {pa}, {pb}, {}, {}, '{}', '{}', 'accepted', 0, 0) RETURNING id",
        f.event.id,
        pa.min(pb),
        pa.max(pb),
        message.replace('\'', "''"),
        priority.code()
    ))
    .await
    .expect("request id")
}

/// The start (unix seconds) of the fixture's slot `k`.
fn slot(f: &BrokerageFixture, k: i64) -> i64 {
    f.session.input.starts_at.unix_timestamp() + k * SLOT_SECONDS
}

fn rfc(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .unwrap()
        .format(&Rfc3339)
        .unwrap()
}

fn unix(v: &Value) -> i64 {
    OffsetDateTime::parse(v.as_str().expect("a time"), &Rfc3339)
        .unwrap()
        .unix_timestamp()
}

async fn api(
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

async fn put_to(agent: &Agent, path: &str, body: Value) -> (StatusCode, Value) {
    api(agent, Method::PUT, path, Some(body)).await
}

async fn run(f: &BrokerageFixture, options: Value) -> Value {
    let (status, report) = api(
        &f.organiser,
        Method::POST,
        &format!("/api/v1/events/{}/brokerage/schedule", f.event.id),
        Some(options),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{report}");
    report
}

/// Every placed meeting, as the organiser's API lists them.
async fn placed(f: &BrokerageFixture) -> Vec<Value> {
    let (status, list) = api(
        &f.organiser,
        Method::GET,
        &format!("/api/v1/events/{}/brokerage/meetings", f.event.id),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    list["meetings"].as_array().unwrap().clone()
}

/// (slot start, table) of a meeting in a list, by request id.
fn place_of(list: &[Value], rid: Id) -> Option<(i64, Option<i64>)> {
    list.iter().find(|v| v["meeting"]["id"] == rid).map(|v| {
        let p = &v["meeting"]["placement"];
        (unix(&p["slot_start"]), p["table"].as_i64())
    })
}

fn kinds(notes: &[notifications::Notification], kind: &str) -> usize {
    notes.iter().filter(|n| n.kind == kind).count()
}

/// Checks every hard constraint of the stored schedule against the data.
async fn assert_valid(app: &TestApp, f: &BrokerageFixture, list: &[Value]) {
    let repo = &app.state.repo;
    let people = repo.brokerage_participants(f.event.id).await.unwrap();
    let tables = f.settings.input.tables;
    let mut busy = HashSet::new();
    let mut tables_used = HashSet::new();
    for v in list {
        let m = &v["meeting"];
        assert_eq!(m["status"], "accepted");
        let start = unix(&m["placement"]["slot_start"]);
        let k = (start - slot(f, 0)) / SLOT_SECONDS;
        assert!(
            (start - slot(f, 0)) % SLOT_SECONDS == 0 && (0..SLOTS).contains(&k),
            "{start} is a slot"
        );
        assert_eq!(unix(&v["slot"]["starts_at"]), start);
        let sides: Vec<&Participant> = ["requester", "recipient"]
            .iter()
            .map(|side| {
                let id = m[side]["id"].as_i64().unwrap();
                people.iter().find(|p| p.id == id).unwrap()
            })
            .collect();
        for p in &sides {
            assert!(!p.unavailable.contains(&start), "{} is available", p.name);
            assert!(
                busy.insert((p.id, start)),
                "{} has one meeting at a time",
                p.name
            );
        }
        let online = sides.iter().any(|p| p.is_online());
        let booth = sides.iter().any(|p| p.booth.is_some());
        match m["placement"]["table"].as_i64() {
            Some(t) => {
                assert!(!online && !booth, "online and booth meetings take no table");
                assert!((1..=tables).contains(&t), "table {t} exists");
                assert!(
                    tables_used.insert((start, t)),
                    "table {t} holds one meeting"
                );
                assert_eq!(v["venue"]["kind"], "table");
            }
            None => {
                assert!(online || booth, "a table meeting has a table");
                let kind = if online { "online" } else { "booth" };
                assert_eq!(v["venue"]["kind"], kind);
            }
        }
    }
}

/// Six participants, one online and one with a booth, one who cannot attend the first two slots,
/// and every pair of them wanting to meet.
async fn crowded_event(app: &TestApp) -> (BrokerageFixture, Vec<Id>) {
    let f = app.brokerage_fixture(6).await;
    let repo = &app.state.repo;
    let p = |i: usize| f.participants[i].2.id;
    app.sql(&format!(
        "UPDATE brokerage_participants SET attendance = 'online' WHERE id = {}",
        p(5)
    ))
    .await;
    assert!(repo
        .set_participant_booth(f.event.id, p(4), Some("A12"))
        .await
        .unwrap());
    assert!(repo
        .set_participant_unavailable(f.event.id, p(0), &[slot(&f, 0), slot(&f, 1)])
        .await
        .unwrap());
    let mut ids = Vec::new();
    for a in 0..6 {
        for b in a + 1..6 {
            let priority = if (a + b) % 2 == 0 {
                Priority::MustMeet
            } else {
                Priority::NiceToMeet
            };
            ids.push(meeting(app, &f, a, b, priority, &format!("Secret of {a} and {b}")).await);
        }
    }
    (f, ids)
}

async fn schedule_respects_every_hard_constraint(app: TestApp) {
    let (f, ids) = crowded_event(&app).await;
    let report = run(&f, json!({"time_limit": 10})).await;
    assert_eq!(report["meetings_requested"], ids.len());
    let scheduled = report["meetings_scheduled"].as_u64().unwrap();
    let bound = report["meetings_upper_bound"].as_u64().unwrap();
    assert!(scheduled <= bound && bound <= ids.len() as u64, "{report}");
    let (w, wb) = (
        report["weight_scheduled"].as_u64().unwrap(),
        report["weight_upper_bound"].as_u64().unwrap(),
    );
    let (br, bl) = (
        report["breaks"].as_u64().unwrap(),
        report["breaks_lower_bound"].as_u64().unwrap(),
    );
    assert!(w <= wb && bl <= br, "{report}");
    match report["status"].as_str().unwrap() {
        "optimal" => assert!(
            w == wb && br == bl,
            "optimal means the bounds are met: {report}"
        ),
        "feasible" => {}
        other => panic!("status {other}"),
    }
    // Each participant has five meetings in eight slots (participant 0 in six): all fit.
    assert_eq!(scheduled, ids.len() as u64, "{report}");
    let list = placed(&f).await;
    assert_eq!(list.len(), ids.len());
    assert_valid(&app, &f, &list).await;
    // The stored report is the one returned.
    let (_, d) = api(
        &f.organiser,
        Method::GET,
        &format!("/api/v1/events/{}/brokerage/dashboard", f.event.id),
        None,
    )
    .await;
    assert_eq!(d["report"], report);
    assert_eq!(d["stats"]["scheduled"], ids.len());
    assert_eq!(d["stats"]["unscheduled"], 0);

    // A limit out of range names its field.
    let (status, e) = api(
        &f.organiser,
        Method::POST,
        &format!("/api/v1/events/{}/brokerage/schedule", f.event.id),
        Some(json!({"time_limit": 500, "max_breaks": -2})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        field_named(&e, "time_limit") && field_named(&e, "max_breaks"),
        "{e}"
    );
}
both_backends!(schedule_respects_every_hard_constraint);

async fn schedule_all_reports_infeasible_and_changes_nothing(app: TestApp) {
    let f = app.brokerage_fixture(3).await;
    let repo = &app.state.repo;
    let ok = meeting(&app, &f, 0, 1, Priority::MustMeet, "").await;
    let impossible = meeting(&app, &f, 1, 2, Priority::NiceToMeet, "").await;
    let all: Vec<i64> = (0..SLOTS).map(|k| slot(&f, k)).collect();
    repo.set_participant_unavailable(f.event.id, f.participants[2].2.id, &all)
        .await
        .unwrap();
    let report = run(&f, json!({})).await;
    assert_eq!(report["meetings_scheduled"], 1);
    let before = placed(&f).await;
    assert!(place_of(&before, ok).is_some());
    let (_, d) = api(
        &f.organiser,
        Method::GET,
        &format!("/api/v1/events/{}/brokerage/dashboard", f.event.id),
        None,
    )
    .await;
    assert_eq!(
        d["unscheduled"],
        json!([{"request_id": impossible, "reason": "no_common_slot"}])
    );

    let report = run(&f, json!({"schedule_all": true, "time_limit": 5})).await;
    assert_eq!(report["status"], "infeasible", "{report}");
    assert_eq!(report["schedule_all"], true);
    assert_eq!(
        placed(&f).await,
        before,
        "an infeasible run changes no placement"
    );
    let (_, d) = api(
        &f.organiser,
        Method::GET,
        &format!("/api/v1/events/{}/brokerage/dashboard", f.event.id),
        None,
    )
    .await;
    assert_eq!(d["report"]["status"], "infeasible");
}
both_backends!(schedule_all_reports_infeasible_and_changes_nothing);

async fn only_organisers_schedule_and_see_the_dashboard(app: TestApp) {
    let f = app.brokerage_fixture(3).await;
    let rid = meeting(&app, &f, 0, 1, Priority::MustMeet, "").await;
    run(&f, json!({})).await;
    let id = f.event.id;
    let participant = &f.participants[2].0;
    let outsider = app.user("outsider@example.eu", false).await.0;
    let anon = app.agent();
    let writes = [
        (
            Method::POST,
            format!("/api/v1/events/{id}/brokerage/schedule"),
            Some(json!({})),
        ),
        (
            Method::POST,
            format!("/api/v1/events/{id}/brokerage/publish"),
            None,
        ),
        (
            Method::POST,
            format!("/api/v1/events/{id}/brokerage/meetings/{rid}/lock"),
            None,
        ),
        (
            Method::POST,
            format!("/api/v1/events/{id}/brokerage/meetings/{rid}/unlock"),
            None,
        ),
        (
            Method::POST,
            format!("/api/v1/events/{id}/brokerage/meetings/{rid}/move"),
            Some(json!({"slot_start": rfc(slot(&f, 3)), "table": 1})),
        ),
        (
            Method::GET,
            format!("/api/v1/events/{id}/brokerage/dashboard"),
            None,
        ),
    ];
    for (method, path, body) in &writes {
        let (status, _) = api(participant, method.clone(), path, body.clone()).await;
        assert_eq!(
            status,
            StatusCode::FORBIDDEN,
            "participant: {method} {path}"
        );
        let (status, _) = api(&outsider, method.clone(), path, body.clone()).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "outsider: {method} {path}");
        let (status, _) = api(&anon, method.clone(), path, body.clone()).await;
        assert_eq!(
            status,
            StatusCode::UNAUTHORIZED,
            "anonymous: {method} {path}"
        );
    }
    for page in [
        format!("/events/{id}/brokerage/dashboard"),
        format!("/events/{id}/brokerage/meetings.csv"),
        format!("/events/{id}/brokerage/agendas/print"),
        format!("/events/{id}/brokerage/meetings/{rid}"),
    ] {
        assert_eq!(
            participant.get(&page).await.status(),
            StatusCode::FORBIDDEN,
            "{page}"
        );
        assert_eq!(
            outsider.get(&page).await.status(),
            StatusCode::FORBIDDEN,
            "{page}"
        );
    }
    for (action, fields) in [
        ("schedule", vec![]),
        ("publish", vec![]),
        (&format!("meetings/{rid}/lock") as &str, vec![]),
        (
            &format!("meetings/{rid}/move") as &str,
            vec![("slot_start", "0")],
        ),
    ] {
        let r = outsider
            .post_form(&format!("/events/{id}/brokerage/{action}"), &fields)
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "form {action}");
    }
    // Forms without the CSRF token are refused even for the organiser.
    let r = f
        .organiser
        .post_form_without_csrf(&format!("/events/{id}/brokerage/publish"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Not one of the two participants: no outcome, and a stranger has no agenda.
    let (status, _) = api(
        participant,
        Method::PUT,
        &format!("/api/v1/events/{id}/brokerage/meetings/{rid}/outcome"),
        Some(json!({"outcome": "held"})),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = api(
        &outsider,
        Method::GET,
        &format!("/api/v1/events/{id}/brokerage/agenda"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api(
        &outsider,
        Method::GET,
        &format!("/api/v1/events/{id}/brokerage/meetings"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
both_backends!(only_organisers_schedule_and_see_the_dashboard);

async fn participants_see_their_own_meetings_once_published(app: TestApp) {
    let (f, ids) = crowded_event(&app).await;
    let id = f.event.id;
    run(&f, json!({})).await;
    let (agent, user, me) = &f.participants[1];
    let (status, agenda) = api(
        agent,
        Method::GET,
        &format!("/api/v1/events/{id}/brokerage/agenda"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(agenda["published"], false);
    assert_eq!(agenda["entries"], json!([]));
    let (_, mine) = api(
        agent,
        Method::GET,
        &format!("/api/v1/events/{id}/brokerage/meetings"),
        None,
    )
    .await;
    assert_eq!(mine["meetings"], json!([]));
    assert_eq!(mine["report"], Value::Null);
    let (_, page) = agent
        .get_text(&format!("/events/{id}/brokerage/agenda"))
        .await;
    assert!(page.contains("not published yet"), "{page}");

    let (status, published) = api(
        &f.organiser,
        Method::POST,
        &format!("/api/v1/events/{id}/brokerage/publish"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(published["meetings"], ids.len());
    let notes = app.state.repo.notifications(user.id, 50).await.unwrap();
    assert_eq!(kinds(&notes, "b2b_schedule_published"), 1);
    assert_eq!(notes[0].link, format!("/events/{id}/brokerage/agenda"));

    let (_, agenda) = api(
        agent,
        Method::GET,
        &format!("/api/v1/events/{id}/brokerage/agenda"),
        None,
    )
    .await;
    let entries = agenda["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 5, "participant 1 meets the five others");
    let starts: Vec<i64> = entries
        .iter()
        .map(|e| unix(&e["slot"]["starts_at"]))
        .collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "in time order");
    assert_eq!(agenda["free_slots"].as_array().unwrap().len(), 3);
    for e in entries {
        let partner = e["partner"]["id"].as_i64().unwrap();
        assert_ne!(partner, me.id);
        let (a, b) = (me.id.min(partner), me.id.max(partner));
        let (ia, ib) = (
            f.participants.iter().position(|p| p.2.id == a).unwrap(),
            f.participants.iter().position(|p| p.2.id == b).unwrap(),
        );
        assert_eq!(e["message"], format!("Secret of {ia} and {ib}"));
        assert!(e["partner_offer"]
            .as_str()
            .unwrap()
            .starts_with("Offer of participant"));
    }
    // Nobody else's messages reach a participant, on any of their views.
    let (_, list) = agent
        .get_text(&format!("/api/v1/events/{id}/brokerage/meetings"))
        .await;
    let (_, page) = agent
        .get_text(&format!("/events/{id}/brokerage/agenda"))
        .await;
    let (_, print) = agent
        .get_text(&format!("/events/{id}/brokerage/agenda/print"))
        .await;
    for text in [&list, &page, &print] {
        assert!(!text.contains("Secret of 0 and 2") && !text.contains("Secret of 3 and 4"));
    }
    assert!(page.contains("Secret of 0 and 1"));
    assert_eq!(
        serde_json::from_str::<Value>(&list).unwrap()["meetings"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
}
both_backends!(participants_see_their_own_meetings_once_published);

async fn rescheduling_keeps_locked_and_published_meetings(app: TestApp) {
    let (mut f, ids) = crowded_event(&app).await;
    let id = f.event.id;
    let repo = &app.state.repo;
    run(&f, json!({})).await;
    api(
        &f.organiser,
        Method::POST,
        &format!("/api/v1/events/{id}/brokerage/publish"),
        None,
    )
    .await;
    let first = placed(&f).await;

    // A late cancellation and a new participant with two accepted meetings.
    app.sql(&format!(
        "UPDATE brokerage_requests SET status = 'cancelled' WHERE id = {}",
        ids[0]
    ))
    .await;
    let (_, late_user) = app.bearer_user(&format!("late-{id}@example.eu")).await;
    let mut late_input = f.participants[0].2.input.clone();
    late_input.attendance = klaster_domain::registration::Attendance::OnSite;
    let late = repo
        .save_brokerage_participant(id, late_user.id, &late_input)
        .await
        .unwrap();
    f.participants.push((app.agent(), late_user, late));
    let new1 = meeting(&app, &f, 6, 2, Priority::MustMeet, "").await;
    let new2 = meeting(&app, &f, 6, 3, Priority::NiceToMeet, "").await;
    let report = run(&f, json!({})).await;
    assert_eq!(report["moved"], 0, "{report}");
    assert_eq!(report["kept"], ids.len() - 1);
    let second = placed(&f).await;
    for rid in &ids[1..] {
        assert_eq!(
            place_of(&second, *rid),
            place_of(&first, *rid),
            "published {rid} stays"
        );
    }
    assert!(
        place_of(&second, ids[0]).is_none(),
        "the cancelled meeting is gone"
    );
    assert!(place_of(&second, new1).is_some() && place_of(&second, new2).is_some());
    assert_valid(&app, &f, &second).await;

    // An unpublished meeting, locked, keeps its place too.
    let (status, v) = api(
        &f.organiser,
        Method::POST,
        &format!("/api/v1/events/{id}/brokerage/meetings/{new1}/lock"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["meeting"]["locked"], true);
    run(&f, json!({})).await;
    let third = placed(&f).await;
    assert_eq!(place_of(&third, new1), place_of(&second, new1));
    for rid in &ids[1..] {
        assert_eq!(place_of(&third, *rid), place_of(&first, *rid));
    }

    // A published meeting whose slot its participant can no longer attend moves, and both sides
    // are told.
    let rid = ids[1];
    let m = repo.meeting_request(id, rid).await.unwrap().unwrap();
    let (old_start, _) = place_of(&third, rid).unwrap();
    let who = f
        .participants
        .iter()
        .find(|p| p.2.id == m.requester.id)
        .unwrap();
    repo.set_participant_unavailable(id, who.2.id, &[old_start])
        .await
        .unwrap();
    let report = run(&f, json!({})).await;
    assert_eq!(report["moved"], 1, "{report}");
    let fourth = placed(&f).await;
    assert_ne!(place_of(&fourth, rid).map(|p| p.0), Some(old_start));
    assert_valid(&app, &f, &fourth).await;
    for user in [m.requester.user_id, m.recipient.user_id] {
        let notes = repo.notifications(user, 50).await.unwrap();
        assert_eq!(kinds(&notes, "b2b_meeting_changed"), 1, "user {user}");
        let n = notes
            .iter()
            .find(|n| n.kind == "b2b_meeting_changed")
            .unwrap();
        assert_eq!(n.param("event"), f.event.title);
        assert!(!n.param("time").is_empty() && !n.param("partner").is_empty());
    }
}
both_backends!(rescheduling_keeps_locked_and_published_meetings);

async fn moves_are_checked(app: TestApp) {
    let f = app.brokerage_fixture(6).await;
    let id = f.event.id;
    let repo = &app.state.repo;
    let m01 = meeting(&app, &f, 0, 1, Priority::MustMeet, "").await;
    let m02 = meeting(&app, &f, 0, 2, Priority::MustMeet, "").await;
    let m34 = meeting(&app, &f, 3, 4, Priority::MustMeet, "").await;
    let m05 = meeting(&app, &f, 5, 2, Priority::NiceToMeet, "").await;
    app.sql(&format!(
        "UPDATE brokerage_participants SET attendance = 'online' WHERE id = {}",
        f.participants[5].2.id
    ))
    .await;
    run(&f, json!({})).await;
    let list = placed(&f).await;
    let (s01, _) = place_of(&list, m01).unwrap();
    let (s02, _) = place_of(&list, m02).unwrap();
    let (s05, _) = place_of(&list, m05).unwrap();
    let mv = |rid: Id, body: Value| {
        let organiser = &f.organiser;
        async move {
            api(
                organiser,
                Method::POST,
                &format!("/api/v1/events/{id}/brokerage/meetings/{rid}/move"),
                Some(body),
            )
            .await
        }
    };
    let refused = |(status, e): (StatusCode, Value), field: &str| {
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{e}");
        assert!(field_named(&e, field), "{e}");
    };
    // Not a slot.
    refused(
        mv(
            m01,
            json!({"slot_start": rfc(slot(&f, 0) + 60), "table": 1}),
        )
        .await,
        "slot_start",
    );
    refused(
        mv(m01, json!({"slot_start": rfc(slot(&f, SLOTS)), "table": 1})).await,
        "slot_start",
    );
    // Participant 0 is busy with participant 2 there.
    refused(
        mv(m01, json!({"slot_start": rfc(s02), "table": 1})).await,
        "slot_start",
    );
    // A slot where neither 0 nor 1 meets anybody.
    let free = (0..SLOTS)
        .map(|k| slot(&f, k))
        .find(|s| ![s01, s02].contains(s) && *s != s05)
        .unwrap();
    repo.set_participant_unavailable(id, f.participants[1].2.id, &[free])
        .await
        .unwrap();
    refused(
        mv(m01, json!({"slot_start": rfc(free), "table": 1})).await,
        "slot_start",
    );
    repo.set_participant_unavailable(id, f.participants[1].2.id, &[])
        .await
        .unwrap();
    refused(mv(m01, json!({"slot_start": rfc(free)})).await, "table");
    refused(
        mv(m01, json!({"slot_start": rfc(free), "table": 4})).await,
        "table",
    );
    refused(
        mv(m01, json!({"slot_start": rfc(free), "table": 0})).await,
        "table",
    );
    // 3 and 4 move into that slot at table 2 first; the table is then taken.
    let (status, _) = mv(m34, json!({"slot_start": rfc(free), "table": 2})).await;
    assert_eq!(status, StatusCode::OK);
    refused(
        mv(m01, json!({"slot_start": rfc(free), "table": 2})).await,
        "table",
    );
    let (status, v) = mv(m01, json!({"slot_start": rfc(free), "table": 3})).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["meeting"]["locked"], true);
    assert_eq!(v["meeting"]["placement"]["table"], 3);
    assert_eq!(unix(&v["meeting"]["placement"]["slot_start"]), free);
    // An online meeting needs no table; one given is ignored.
    let target = (0..SLOTS)
        .map(|k| slot(&f, k))
        .find(|s| ![s02, s05].contains(s))
        .unwrap();
    let (status, v) = mv(m05, json!({"slot_start": rfc(target), "table": 9})).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["meeting"]["placement"]["table"], Value::Null);
    assert_eq!(v["venue"]["kind"], "online");
    assert_valid(&app, &f, &placed(&f).await).await;

    // Moving a published meeting tells both sides; the form works without JavaScript.
    api(
        &f.organiser,
        Method::POST,
        &format!("/api/v1/events/{id}/brokerage/publish"),
        None,
    )
    .await;
    let back = (0..SLOTS)
        .map(|k| slot(&f, k))
        .find(|s| ![free, s02].contains(s))
        .unwrap();
    let r = f
        .organiser
        .post_form(
            &format!("/events/{id}/brokerage/meetings/{m01}/move"),
            &[("slot_start", &back.to_string()), ("table", "1")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(place_of(&placed(&f).await, m01), Some((back, Some(1))));
    for i in [0, 1] {
        let notes = repo
            .notifications(f.participants[i].1.id, 50)
            .await
            .unwrap();
        assert_eq!(kinds(&notes, "b2b_meeting_changed"), 1);
    }
    assert_eq!(
        kinds(
            &repo
                .notifications(f.participants[3].1.id, 50)
                .await
                .unwrap(),
            "b2b_meeting_changed"
        ),
        0
    );
    // A bad form re-renders the meeting's page with the field's message.
    let r = f
        .organiser
        .post_form(
            &format!("/events/{id}/brokerage/meetings/{m01}/move"),
            &[("slot_start", &s02.to_string()), ("table", "1")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("another meeting in this slot"));
}
both_backends!(moves_are_checked);

async fn outcomes_are_recorded_after_the_meeting_starts(app: TestApp) {
    let f = app.brokerage_fixture(3).await;
    let id = f.event.id;
    let repo = &app.state.repo;
    let rid = meeting(&app, &f, 0, 1, Priority::MustMeet, "").await;
    run(&f, json!({})).await;
    api(
        &f.organiser,
        Method::POST,
        &format!("/api/v1/events/{id}/brokerage/publish"),
        None,
    )
    .await;
    let path = format!("/api/v1/events/{id}/brokerage/meetings/{rid}/outcome");
    let path = path.as_str();
    let (a, b, outsider) = (
        &f.participants[0].0,
        &f.participants[1].0,
        &f.participants[2].0,
    );
    let (status, e) = put_to(a, path, json!({"outcome": "held"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        field_named(&e, "outcome"),
        "not before the slot starts: {e}"
    );

    // The session took place three hours ago: shift the placements, then the session (changing a
    // session unplaces meetings in the slots of its old range that it no longer has).
    let shift = f.session.input.starts_at.unix_timestamp()
        - (OffsetDateTime::now_utc().unix_timestamp() - 3 * 3600);
    app.sql(&format!(
        "UPDATE brokerage_requests SET slot_start = slot_start - {shift} WHERE event_id = {id}"
    ))
    .await;
    let mut past = f.session.input.clone();
    past.starts_at -= time::Duration::seconds(shift);
    past.ends_at -= time::Duration::seconds(shift);
    repo.update_b2b_session(id, f.session.id, &past)
        .await
        .unwrap();

    let (status, _) = put_to(outsider, path, json!({"outcome": "held"})).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "not one of the two");
    let (status, e) = put_to(a, path, json!({"outcome": "great"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&e, "outcome"), "{e}");
    let (status, e) = put_to(
        a,
        path,
        json!({"outcome": "held", "note": "x".repeat(1001)}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&e, "note"), "{e}");
    let (status, v) = put_to(
        a,
        path,
        json!({"outcome": "follow_up", "note": "Call in May"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["meeting"]["outcome"], "follow_up");
    let (status, v) = put_to(
        b,
        path,
        json!({"outcome": "agreement", "note": "=MoU signed"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (status, _) = put_to(
        &f.organiser,
        path,
        json!({"outcome": "agreement", "note": "=MoU signed"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "organisers may record outcomes too");
    let stored = repo.meeting_request(id, rid).await.unwrap().unwrap();
    assert_eq!(stored.outcome, Some(MeetingOutcome::Agreement));
    assert_eq!(stored.outcome_note.as_deref(), Some("=MoU signed"));

    let (_, d) = api(
        &f.organiser,
        Method::GET,
        &format!("/api/v1/events/{id}/brokerage/dashboard"),
        None,
    )
    .await;
    assert_eq!(d["stats"]["held"], 1);
    assert_eq!(d["stats"]["follow_ups"], 1);
    assert_eq!(d["stats"]["agreements"], 1);
    assert_eq!(d["stats"]["no_shows"], 0);

    // The agenda's form: a participant records a no-show without JavaScript... with a session.
    let (web, web_user) = app.user(&format!("web-{id}@example.eu"), false).await;
    app.sql(&format!(
        "UPDATE brokerage_participants SET user_id = {} WHERE id = {}",
        web_user.id, f.participants[0].2.id
    ))
    .await;
    let r = web
        .post_form(
            &format!("/events/{id}/brokerage/meetings/{rid}/outcome"),
            &[("outcome", "no_show"), ("note", ""), ("from", "agenda")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let stored = repo.meeting_request(id, rid).await.unwrap().unwrap();
    assert_eq!(stored.outcome, Some(MeetingOutcome::NoShow));
    assert_eq!(stored.outcome_note, None);
    let r = web
        .post_form(
            &format!("/events/{id}/brokerage/meetings/{rid}/outcome"),
            &[("outcome", "maybe"), ("from", "agenda")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
both_backends!(outcomes_are_recorded_after_the_meeting_starts);

async fn csv_lists_every_meeting_and_defuses_formulas(app: TestApp) {
    let f = app.brokerage_fixture(4).await;
    let id = f.event.id;
    app.sql(&format!(
        "UPDATE users SET display_name = '=HYPERLINK(\"http://evil\")' WHERE id = {}",
        f.participants[0].1.id
    ))
    .await;
    let placed_id = meeting(&app, &f, 0, 1, Priority::MustMeet, "").await;
    meeting(&app, &f, 2, 3, Priority::NiceToMeet, "").await;
    let all: Vec<i64> = (0..SLOTS).map(|k| slot(&f, k)).collect();
    app.state
        .repo
        .set_participant_unavailable(id, f.participants[3].2.id, &all)
        .await
        .unwrap();
    run(&f, json!({})).await;
    let r = f
        .organiser
        .get(&format!("/events/{id}/brokerage/meetings.csv"))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let text = r.text().await.unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        3,
        "a heading and one row per accepted meeting: {text}"
    );
    assert!(
        lines[0].starts_with("Date,Time,Place,Requested by,"),
        "{text}"
    );
    let (start, table) = place_of(&placed(&f).await, placed_id).unwrap();
    let local = klaster_domain::events::local_time(
        OffsetDateTime::from_unix_timestamp(start).unwrap(),
        &f.event.timezone,
    );
    let expected = format!(
        "{},{:02}:{:02},Table {},\"'=HYPERLINK(\"\"http://evil\"\")\",,{},,must_meet,accepted,false,,",
        local.date(),
        local.hour(),
        local.minute(),
        table.unwrap(),
        f.participants[1].1.display_name
    );
    assert_eq!(
        lines[1], expected,
        "times in the event's zone, formulas defused"
    );
    assert!(
        lines[2].starts_with(",,,"),
        "the unplaced meeting has no time: {}",
        lines[2]
    );
    // In Polish, the headings follow the language.
    let (_, pl) = f
        .organiser
        .get_text(&format!("/events/{id}/brokerage/meetings.csv?lang=pl"))
        .await;
    assert!(pl.starts_with("Data,Godzina,Miejsce"), "{pl}");
}
both_backends!(csv_lists_every_meeting_and_defuses_formulas);

async fn agendas_are_calendars(app: TestApp) {
    let (f, _) = crowded_event(&app).await;
    let id = f.event.id;
    run(&f, json!({})).await;
    api(
        &f.organiser,
        Method::POST,
        &format!("/api/v1/events/{id}/brokerage/publish"),
        None,
    )
    .await;
    let (agent, user, _) = &f.participants[0];
    let (_, agenda) = api(
        agent,
        Method::GET,
        &format!("/api/v1/events/{id}/brokerage/agenda"),
        None,
    )
    .await;
    let entries = agenda["entries"].as_array().unwrap();
    let r = agent
        .get(&format!("/events/{id}/brokerage/agenda.ics"))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    let ics = r.text().await.unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), entries.len());
    assert_eq!(ics.matches("END:VEVENT").count(), entries.len());
    for e in entries {
        assert!(ics.contains(&format!("UID:b2b-meeting-{}@klaster", e["request_id"])));
    }
    assert!(ics.contains("SUMMARY:B2B meeting: "));
    // The booth meeting's place and the venue, with the comma escaped.
    assert!(
        ics.contains("LOCATION:Booth A12\\, Urząd Marszałkowski"),
        "{ics}"
    );
    assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    let unfolded = icalendar::parser::unfold(&ics);
    let cal = icalendar::parser::read_calendar(&unfolded).unwrap();
    let events: Vec<_> = cal
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(events.len(), entries.len());
    let starts: Vec<String> = events
        .iter()
        .map(|e| e.find_prop("DTSTART").unwrap().val.as_str().to_string())
        .collect();
    assert!(starts.iter().all(|s| s.ends_with('Z')), "times in UTC");
    // The personal calendar feed carries the same meetings.
    let token = app
        .state
        .repo
        .calendar_feed_token(user.id, "cal_testtoken")
        .await
        .unwrap();
    let (status, feed) = app
        .agent()
        .get_text(&format!("/calendar/{token}.ics"))
        .await;
    assert_eq!(status, StatusCode::OK);
    for e in entries {
        assert!(feed.contains(&format!("UID:b2b-meeting-{}@klaster", e["request_id"])));
    }
}
both_backends!(agendas_are_calendars);

async fn meeting_pages_speak_three_languages(app: TestApp) {
    let (f, ids) = crowded_event(&app).await;
    let id = f.event.id;
    let (agent, _, _) = &f.participants[1];
    // Before anything ran: the dashboard says so.
    let (status, html) = f
        .organiser
        .get_text(&format!("/events/{id}/brokerage/dashboard"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("has not run yet"));
    // The scheduler runs from the dashboard's form, and its report shows.
    let r = f
        .organiser
        .post_form(
            &format!("/events/{id}/brokerage/schedule"),
            &[("time_limit", "5"), ("max_breaks", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = f
        .organiser
        .post_form(
            &format!("/events/{id}/brokerage/schedule"),
            &[("time_limit", "soon")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = f
        .organiser
        .post_form(&format!("/events/{id}/brokerage/publish"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = f
        .organiser
        .post_form(
            &format!("/events/{id}/brokerage/meetings/{}/lock", ids[2]),
            &[("from", "dashboard")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(
        app.state
            .repo
            .meeting_request(id, ids[2])
            .await
            .unwrap()
            .unwrap()
            .locked
    );
    let organiser_pages = [
        format!("/events/{id}/brokerage/dashboard"),
        format!("/events/{id}/brokerage/meetings/{}", ids[0]),
        format!("/events/{id}/brokerage/agendas/print"),
    ];
    let participant_pages = [
        format!("/events/{id}/brokerage/agenda"),
        format!("/events/{id}/brokerage/agenda/print"),
    ];
    for (lang, marker) in [
        ("en", "Slots and tables"),
        ("pl", "Sloty i stoły"),
        ("bg", "Слотове и маси"),
    ] {
        for (who, path) in organiser_pages
            .iter()
            .map(|p| (&f.organiser, p))
            .chain(participant_pages.iter().map(|p| (agent, p)))
        {
            let (status, html) = who.get_text(&format!("{path}?lang={lang}")).await;
            assert_eq!(status, StatusCode::OK, "{path} in {lang}");
            assert!(
                html.contains(&format!("<html lang=\"{lang}\">")),
                "{path} in {lang}"
            );
            assert!(
                !html.contains("bkm-") && !html.contains("bk-nav-"),
                "{path} in {lang} shows raw keys"
            );
            if path.ends_with("/dashboard") {
                assert!(html.contains(marker), "{path} in {lang}");
            }
            if path.ends_with("/print") {
                assert!(!html.contains("<nav"), "printable pages have no navigation");
            }
        }
    }
    let (_, agenda) = agent
        .get_text(&format!("/events/{id}/brokerage/agenda?lang=pl"))
        .await;
    assert!(agenda.contains("Masz 5 spotkań."), "Polish plural");
    let (_, agenda) = agent
        .get_text(&format!("/events/{id}/brokerage/agenda?lang=bg"))
        .await;
    assert!(agenda.contains("Имате 5 срещи."), "Bulgarian plural");
    let (_, print) = f
        .organiser
        .get_text(&format!("/events/{id}/brokerage/agendas/print"))
        .await;
    assert_eq!(
        print.matches("class=\"meet-sheet\"").count(),
        6,
        "one sheet per participant"
    );
}
both_backends!(meeting_pages_speak_three_languages);
