//! HTTP tests of registration (both backends).

use crate::both_backends;
use crate::helpers::json_of;
use crate::helpers::{Agent, TestApp};
use klaster_domain::events::{Event, EventInput, EventVisibility};
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use std::time::Instant;

async fn bearer(app: &TestApp, email: &str) -> (Agent, User) {
    app.bearer_user(email).await
}

async fn setup(app: &TestApp, edit: impl FnOnce(&mut EventInput)) -> (Agent, Organisation, Event) {
    let (agent, _, org, ev) = app.organised_event(edit).await;
    (agent, org, ev)
}

async fn register(agent: &Agent, event: Id, body: Value) -> (StatusCode, Value) {
    let r = agent
        .api(
            Method::POST,
            &format!("/api/v1/events/{event}/registration"),
            Some(body),
        )
        .await;
    let status = r.status();
    (status, json_of(r).await)
}

async fn statuses(organiser: &Agent, event: Id) -> Vec<Value> {
    let r = organiser
        .api(
            Method::GET,
            &format!("/api/v1/events/{event}/registrations"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    json_of(r).await.as_array().unwrap().clone()
}

fn count(regs: &[Value], status: &str) -> usize {
    regs.iter().filter(|r| r["status"] == status).count()
}

/// Capacity 2: two confirmed, then the waiting list with positions; a cancellation promotes the
/// first person waiting; registering again after cancelling reuses the row and queues at the end.
async fn waiting_list_promotes_on_cancel(app: TestApp) {
    let (organiser, _, ev) = setup(&app, |e| e.capacity = Some(2)).await;
    let mut people = Vec::new();
    for i in 0..4 {
        people.push(bearer(&app, &format!("p{i}@example.org")).await.0);
    }
    let mut regs = Vec::new();
    for p in &people {
        let (status, reg) = register(p, ev.id, json!({"attendance": "onsite"})).await;
        assert_eq!(status, StatusCode::CREATED, "{reg}");
        regs.push(reg);
    }
    let got: Vec<&str> = regs.iter().map(|r| r["status"].as_str().unwrap()).collect();
    assert_eq!(got, ["confirmed", "confirmed", "waitlisted", "waitlisted"]);
    assert_eq!(regs[2]["waitlist_position"], 1);
    assert_eq!(regs[3]["waitlist_position"], 2);

    let r = people[0]
        .api(
            Method::DELETE,
            &format!("/api/v1/events/{}/registration", ev.id),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(r).await["status"], "cancelled");
    let mine = |i: usize| {
        let agent = &people[i];
        let path = format!("/api/v1/events/{}/registration", ev.id);
        async move { json_of(agent.api(Method::GET, &path, None).await).await }
    };
    assert_eq!(
        mine(2).await["status"],
        "confirmed",
        "promoted automatically"
    );
    let fourth = mine(3).await;
    assert_eq!(
        (
            fourth["status"].as_str(),
            fourth["waitlist_position"].as_i64()
        ),
        (Some("waitlisted"), Some(1))
    );
    // Cancelling twice is refused.
    let r = people[0]
        .api(
            Method::DELETE,
            &format!("/api/v1/events/{}/registration", ev.id),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);

    let (status, again) = register(&people[0], ev.id, json!({"attendance": "onsite"})).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(again["id"], regs[0]["id"], "the row is reused");
    assert_eq!(
        (
            again["status"].as_str(),
            again["waitlist_position"].as_i64()
        ),
        (Some("waitlisted"), Some(2))
    );
    // The organiser cancels a confirmed participant: the next one moves up.
    let rid = regs[1]["id"].as_i64().unwrap();
    let r = organiser
        .api(
            Method::POST,
            &format!("/api/v1/events/{}/registrations/{rid}/cancel", ev.id),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(mine(3).await["status"], "confirmed");
    let all = statuses(&organiser, ev.id).await;
    assert_eq!(
        (
            count(&all, "confirmed"),
            count(&all, "waitlisted"),
            count(&all, "cancelled")
        ),
        (2, 1, 1)
    );
    // Raising the capacity fills the new place from the waiting list.
    let mut input = app.event_input(ev.organisers[0].id);
    input.capacity = Some(3);
    app.state.repo.update_event(ev.id, &input).await.unwrap();
    assert_eq!(app.state.repo.fill_free_places(ev.id).await.unwrap(), 1);
    assert_eq!(mine(0).await["status"], "confirmed");
}
both_backends!(waiting_list_promotes_on_cancel);

/// With approval: pending until an organiser approves (confirmed) or rejects; only organisers
/// decide; a declined person cannot register again.
async fn approval_flow(app: TestApp) {
    let (organiser, _, ev) = setup(&app, |e| {
        e.requires_approval = true;
        e.capacity = Some(1);
    })
    .await;
    let (anna, _) = bearer(&app, "anna@example.org").await;
    let (boris, _) = bearer(&app, "boris@example.org").await;
    let (carl, _) = bearer(&app, "carl@example.org").await;
    let (_, a) = register(&anna, ev.id, json!({})).await;
    assert_eq!(a["status"], "pending");
    assert_eq!(a["attendance"], "onsite");
    let (_, b) = register(&boris, ev.id, json!({})).await;
    assert_eq!(b["status"], "pending");
    let approve = |rid: &Value| {
        format!(
            "/api/v1/events/{}/registrations/{}/approve",
            ev.id,
            rid.as_i64().unwrap()
        )
    };
    // A participant cannot approve, an anonymous client must log in.
    let r = boris.api(Method::POST, &approve(&b["id"]), None).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app
        .agent()
        .client
        .post(format!("{}{}", app.base, approve(&b["id"])))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);

    let r = organiser.api(Method::POST, &approve(&a["id"]), None).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(r).await["status"], "confirmed");
    // The only place is taken: approval puts Boris on the waiting list.
    let r = organiser.api(Method::POST, &approve(&b["id"]), None).await;
    assert_eq!(json_of(r).await["status"], "waitlisted");
    // Approving a confirmed registration makes no sense.
    let r = organiser.api(Method::POST, &approve(&a["id"]), None).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);

    let (_, c) = register(&carl, ev.id, json!({})).await;
    let reject = format!(
        "/api/v1/events/{}/registrations/{}/reject",
        ev.id,
        c["id"].as_i64().unwrap()
    );
    let r = organiser.api(Method::POST, &reject, None).await;
    assert_eq!(json_of(r).await["status"], "rejected");
    let (status, body) = register(&carl, ev.id, json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body["message"].as_str().unwrap().contains("declined"));

    // Anna cancels: Boris, approved already once, is offered the place again (pending).
    anna.api(
        Method::DELETE,
        &format!("/api/v1/events/{}/registration", ev.id),
        None,
    )
    .await;
    let r = boris
        .api(
            Method::GET,
            &format!("/api/v1/events/{}/registration", ev.id),
            None,
        )
        .await;
    assert_eq!(json_of(r).await["status"], "pending");
    let r = organiser.api(Method::POST, &approve(&b["id"]), None).await;
    assert_eq!(json_of(r).await["status"], "confirmed");

    let r = boris
        .api(Method::GET, "/api/v1/me/registrations", None)
        .await;
    let mine = json_of(r).await;
    assert_eq!(mine[0]["event_title"], ev.title.as_str());
}
both_backends!(approval_flow);

/// The organiser's fields: added on the fields page; a missing required answer is refused with
/// a message naming the field, in the API and on the page; valid answers are stored.
async fn organisers_fields_are_checked(app: TestApp) {
    let (organiser, _, ev) = setup(&app, |_| {}).await;
    let fields_page = format!("/events/{}/registration/fields", ev.id);
    let r = organiser
        .post_form(
            &fields_page,
            &[
                ("label", "Dietary needs"),
                ("kind", "choice"),
                ("options", "none\nvegetarian\nvegan"),
                ("required", "on"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = organiser
        .post_form(
            &fields_page,
            &[
                ("label", "Sessions"),
                ("kind", "choice"),
                ("options", "one"),
            ],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a choice needs two options"
    );
    organiser
        .post_form(&fields_page, &[("label", "Your role"), ("kind", "text")])
        .await;
    let (status, page) = organiser.get_text(&fields_page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Dietary needs") && page.contains("Your role"));

    let fields: Value = json_of(
        organiser
            .api(
                Method::GET,
                &format!("/api/v1/events/{}/registration/fields", ev.id),
                None,
            )
            .await,
    )
    .await;
    let diet = fields[0]["id"].as_i64().unwrap();
    let role = fields[1]["id"].as_i64().unwrap();

    let (person, _) = app.user("person@example.org", false).await;
    let (status, body) = register(&person, ev.id, json!({"attendance": "onsite"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], format!("answer_{diet}"));
    assert!(body["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("Dietary needs"));
    let (status, body) = register(
        &person,
        ev.id,
        json!({"answers": {diet.to_string(): "carnivore", role.to_string(): "x".repeat(2001)}}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"].as_array().unwrap().len(), 2, "{body}");

    // The page names the field too, and keeps what was typed.
    let path = format!("/events/{}/registration", ev.id);
    let role_key = format!("answer_{role}");
    let r = person
        .post_form(
            &path,
            &[
                ("attendance", "onsite"),
                (role_key.as_str(), "Cluster manager"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text().await.unwrap();
    assert!(page.contains("Dietary needs: must not be empty"));
    assert!(page.contains("Cluster manager"));

    let diet_key = format!("answer_{diet}");
    let r = person
        .post_form(
            &path,
            &[
                ("attendance", "onsite"),
                ("visibility", "name_only"),
                (diet_key.as_str(), "vegan"),
                (role_key.as_str(), "Cluster manager"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = person.get_text(&path).await;
    assert!(page.contains("Confirmed"), "{page}");
    let (_, page) = organiser
        .get_text(&format!("/events/{}/participants", ev.id))
        .await;
    assert!(page.contains("vegan") && page.contains("Cluster manager"));
    // An online-only attendance is refused for an event without a link.
    let (status, body) = register(
        &person,
        ev.id,
        json!({"attendance": "online", "answers": {diet.to_string(): "vegan"}}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], "attendance");
    // Deleting a field.
    let r = organiser
        .post_form(&format!("{fields_page}/{role}/delete"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.state
            .repo
            .registration_fields(ev.id)
            .await
            .unwrap()
            .len(),
        1
    );
}
both_backends!(organisers_fields_are_checked);

/// Closed registration (by the organiser, or because the event is over) is refused clearly.
async fn closed_registration_is_refused(app: TestApp) {
    let (_, org, ev) = setup(&app, |e| e.registration_open = false).await;
    let (person, _) = app.user("person@example.org", false).await;
    let (status, body) = register(&person, ev.id, json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body["message"].as_str().unwrap().contains("closed"));
    let (status, page) = person
        .get_text(&format!("/events/{}/registration?lang=pl", ev.id))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Rejestracja na to wydarzenie jest zamknięta"));
    let r = person
        .post_form(&format!("/events/{}/registration", ev.id), &[])
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);

    let mut past = app.event_input(org.id);
    past.starts_at -= time::Duration::days(60);
    past.ends_at -= time::Duration::days(60);
    let past = app.event(past).await;
    let (status, _) = register(&person, past.id, json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(app
        .state
        .repo
        .registration_status(past.id, person_id(&app, "person@example.org").await)
        .await
        .unwrap()
        .is_none());
}
both_backends!(closed_registration_is_refused);

async fn person_id(app: &TestApp, email: &str) -> Id {
    app.state
        .repo
        .user_with_hash(&Email::parse(email).unwrap())
        .await
        .unwrap()
        .unwrap()
        .0
        .id
}

/// Only organisers see participants, export them and decide; members-only events are 404 for
/// outsiders; anonymous visitors are sent to log in.
async fn only_organisers_manage_participants(app: TestApp) {
    let (organiser, org, ev) = setup(&app, |_| {}).await;
    let (person, user) = app.user("person@example.org", false).await;
    app.register_confirmed(ev.id, user.id).await;
    let anonymous = app.agent();
    for path in [
        format!("/events/{}/participants", ev.id),
        format!("/events/{}/participants.csv", ev.id),
        format!("/events/{}/registration/fields", ev.id),
    ] {
        assert_eq!(
            anonymous.get(&path).await.status(),
            StatusCode::UNAUTHORIZED,
            "{path}"
        );
        assert_eq!(
            person.get(&path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
        assert_eq!(
            organiser.get(&path).await.status(),
            StatusCode::OK,
            "{path}"
        );
    }
    let r = person
        .api(
            Method::GET,
            &format!("/api/v1/events/{}/registrations", ev.id),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let rid = app
        .state
        .repo
        .registration(ev.id, user.id)
        .await
        .unwrap()
        .unwrap()
        .id;
    let r = person
        .post_form(&format!("/events/{}/participants/{rid}/cancel", ev.id), &[])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = person
        .post_form(
            &format!("/events/{}/registration/fields", ev.id),
            &[("label", "x"), ("kind", "text")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Forms need the CSRF token.
    let r = organiser
        .post_form_without_csrf(&format!("/events/{}/participants/{rid}/cancel", ev.id), &[])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Anonymous visitors see a way to log in that comes back here.
    let (status, page) = anonymous
        .get_text(&format!("/events/{}/registration", ev.id))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&format!("/login?next=/events/{}/registration", ev.id)));

    let mut hidden = app.event_input(org.id);
    hidden.visibility = EventVisibility::Members;
    let hidden = app.event(hidden).await;
    let (outsider, _) = bearer(&app, "outsider@example.org").await;
    let (status, _) = register(&outsider, hidden.id, json!({})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let path = format!("/events/{}/registration", hidden.id);
    assert_eq!(person.get(&path).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        person
            .get(&format!("/events/{}/calendar.ics", hidden.id))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(organiser.get(&path).await.status(), StatusCode::OK);
    // The organisation chosen must be the person's own.
    let (status, body) = register(&person, ev.id, json!({"org_id": org.id})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], "org_id");
}
both_backends!(only_organisers_manage_participants);

/// The CSV export: a header row; public people with e-mail, name_only without, hidden left out.
/// Other confirmed participants see the public and name_only people only.
async fn csv_export_respects_visibility(app: TestApp) {
    let (organiser, org, ev) = setup(&app, |_| {}).await;
    let mut agents = Vec::new();
    for (email, visibility) in [
        ("jawny@example.org", "public"),
        ("imienny@example.org", "name_only"),
        ("ukryty@example.org", "hidden"),
    ] {
        let (agent, user) = bearer(&app, email).await;
        if visibility == "public" {
            app.state
                .repo
                .set_org_user(org.id, user.id, OrgRole::Member)
                .await
                .unwrap();
        }
        let org_id = (visibility == "public").then_some(org.id);
        let (status, body) = register(
            &agent,
            ev.id,
            json!({"visibility": visibility, "org_id": org_id}),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        agents.push(agent);
    }
    let r = organiser
        .get(&format!("/events/{}/participants.csv", ev.id))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let csv = r.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "Name,Organisation,E-mail,Attendance,Status");
    assert_eq!(lines.len(), 3, "{csv}");
    assert_eq!(
        lines[1],
        "jawny,Lubelski Klaster Ekoenergetyczny,jawny@example.org,onsite,confirmed"
    );
    assert_eq!(lines[2], "imienny,,,onsite,confirmed");
    assert!(!csv.contains("ukryty"));
    let (_, pl) = organiser
        .get_text(&format!("/events/{}/participants.csv?lang=pl", ev.id))
        .await;
    assert!(pl.starts_with("Imię i nazwisko,Organizacja"));

    // A confirmed participant sees the others who did not hide themselves.
    let r = agents[0]
        .get(&format!("/events/{}/registration", ev.id))
        .await;
    let page = r.text().await.unwrap();
    assert!(page.contains("imienny") && !page.contains("ukryty"));
    assert!(page.contains("3 confirmed participants"));
    // The organiser's page counts everyone, hidden people included, with plurals.
    let (_, page) = organiser
        .get_text(&format!("/events/{}/participants?lang=pl", ev.id))
        .await;
    assert!(
        page.contains("3 potwierdzone") && page.contains("ukryty"),
        "{page}"
    );
    assert!(!page.contains("reg-"), "a raw key shows");
}
both_backends!(csv_export_respects_visibility);

/// 40 people register at once for 10 places through the HTTP API: exactly 10 confirmed and 30
/// waitlisted with positions 1..30. Then 5 confirmed people cancel at once: exactly 5 promoted.
async fn capacity_race(app: TestApp) {
    let (organiser, _, ev) = setup(&app, |e| e.capacity = Some(10)).await;
    let mut people = Vec::new();
    for i in 0..40 {
        people.push(bearer(&app, &format!("racer{i}@example.org")).await.0);
    }
    let started = Instant::now();
    let results = futures_join(
        people
            .iter()
            .map(|p| register(p, ev.id, json!({"attendance": "onsite"}))),
    )
    .await;
    let elapsed = started.elapsed().as_millis();
    assert!(results.iter().all(|(s, _)| *s == StatusCode::CREATED));
    let all = statuses(&organiser, ev.id).await;
    let (confirmed, waitlisted) = (count(&all, "confirmed"), count(&all, "waitlisted"));
    eprintln!(
        "capacity race ({}): 40 parallel registrations for 10 places -> {confirmed} confirmed, {waitlisted} waitlisted in {elapsed} ms",
        backend_name(&app)
    );
    assert_eq!((confirmed, waitlisted), (10, 30));
    let mut positions: Vec<i64> = all
        .iter()
        .filter_map(|r| r["waitlist_position"].as_i64())
        .collect();
    positions.sort_unstable();
    assert_eq!(positions, (1..=30).collect::<Vec<i64>>());

    let confirmed_agents: Vec<&Agent> = people
        .iter()
        .zip(results.iter())
        .filter(|(_, (_, r))| r["status"] == "confirmed")
        .map(|(a, _)| a)
        .take(5)
        .collect();
    let path = format!("/api/v1/events/{}/registration", ev.id);
    let started = Instant::now();
    let cancels = futures_join(
        confirmed_agents
            .iter()
            .map(|a| a.api(Method::DELETE, &path, None)),
    )
    .await;
    let elapsed = started.elapsed().as_millis();
    assert!(cancels.iter().all(|r| r.status() == StatusCode::OK));
    let all = statuses(&organiser, ev.id).await;
    let got = (
        count(&all, "confirmed"),
        count(&all, "waitlisted"),
        count(&all, "cancelled"),
    );
    eprintln!(
        "cancel race ({}): 5 parallel cancellations -> {} confirmed, {} waitlisted, {} cancelled in {elapsed} ms",
        backend_name(&app),
        got.0,
        got.1,
        got.2
    );
    assert_eq!(got, (10, 25, 5));
}
both_backends!(capacity_race);

/// The backend, from the test's name (`both_backends!` names the functions after it; the
/// runtime runs the test body on the test's own thread).
fn backend_name(_: &TestApp) -> String {
    std::thread::current()
        .name()
        .and_then(|n| n.rsplit("::").next())
        .unwrap_or("?")
        .to_string()
}

/// Runs futures concurrently (on the test's runtime) and collects their results in order.
async fn futures_join<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let mut pinned: Vec<std::pin::Pin<Box<F>>> = futures.map(Box::pin).collect();
    let mut out: Vec<Option<F::Output>> = pinned.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in pinned.iter_mut().enumerate() {
            if out[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => out[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    out.into_iter().map(Option::unwrap).collect()
}

fn prop<'a>(c: &'a icalendar::parser::Component<'a>, name: &str) -> String {
    c.find_prop(name)
        .map(|p| p.val.as_str().to_string())
        .unwrap_or_default()
}

/// The three feeds parse with a real iCalendar parser; long lines with Polish and Bulgarian
/// letters are folded within 75 octets; the personal address can be replaced.
async fn calendars_parse(app: TestApp) {
    let title = "Konferencja „Współpraca klastrów” — Европейска клъстерна конференция: Łódź, Пловдив и Żagań";
    let (_, org, ev) = setup(&app, |e| {
        e.title = title.into();
        e.descriptions = vec![LocalizedText {
            lang: LanguageTag::parse("pl").unwrap(),
            text: "Zażółć gęślą jaźń; przecinek, średnik\nnowa linia".into(),
        }];
        e.online_url = Some(Website::parse("https://meet.example.org/ecc").unwrap());
    })
    .await;
    let (person, user) = app.user("person@example.org", false).await;

    let r = person
        .get(&format!("/events/{}/calendar.ics?lang=pl", ev.id))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        r.headers()["content-type"].to_str().unwrap(),
        "text/calendar; charset=utf-8"
    );
    let text = r.text().await.unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    assert!(text.contains("\r\n "), "the long title is folded");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let unfolded = icalendar::parser::unfold(&text);
    let cal = icalendar::parser::read_calendar(&unfolded).unwrap();
    assert_eq!(
        cal.properties
            .iter()
            .find(|p| p.name == "VERSION")
            .map(|p| p.val.as_str()),
        Some("2.0")
    );
    let vevent = &cal.components[0];
    assert_eq!(vevent.name, "VEVENT");
    assert_eq!(prop(vevent, "UID"), format!("event-{}@klaster", ev.id));
    let start = ev.starts_at;
    assert_eq!(
        prop(vevent, "DTSTART"),
        format!(
            "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
            start.year(),
            start.month() as u8,
            start.day(),
            start.hour(),
            start.minute(),
            start.second()
        )
    );
    assert_eq!(prop(vevent, "SUMMARY").replace("\\,", ","), title);
    let description = prop(vevent, "DESCRIPTION");
    // The parser undoes the escaping of ; , and newlines.
    assert_eq!(
        description,
        "Zażółć gęślą jaźń; przecinek, średnik\nnowa linia"
    );
    assert!(text.contains("jaźń\\; przecinek\\, średnik\\n"));
    assert!(prop(vevent, "URL").ends_with(&format!("/events/{}", ev.id)));

    let r = app
        .agent()
        .get(&format!("/organisations/{}/events.ics", org.id))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let text = r.text().await.unwrap();
    let text = icalendar::parser::unfold(&text);
    let cal = icalendar::parser::read_calendar(&text).unwrap();
    assert_eq!(cal.components.len(), 1);

    // The personal feed: the address is on the account page; registered events appear.
    let (status, _) = register(&person, ev.id, json!({"attendance": "online"})).await;
    assert_eq!(status, StatusCode::CREATED);
    let feed_path = |page: &str| {
        let start = page.find("/calendar/cal_").expect("the feed address");
        page[start..]
            .split('"')
            .next()
            .unwrap()
            .replace("&amp;", "&")
    };
    let (_, account) = person.get_text("/account").await;
    let first = feed_path(&account);
    let (_, again) = person.get_text("/account").await;
    assert_eq!(feed_path(&again), first, "the address is stable");
    let text = app.agent().get(&first).await.text().await.unwrap();
    let text = icalendar::parser::unfold(&text);
    let cal = icalendar::parser::read_calendar(&text).unwrap();
    assert_eq!(cal.components.len(), 1);
    assert_eq!(
        prop(&cal.components[0], "UID"),
        format!("event-{}@klaster", ev.id)
    );
    assert_eq!(prop(&cal.components[0], "STATUS"), "CONFIRMED");
    let r = person.post_form("/account/calendar", &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.agent().get(&first).await.status(),
        StatusCode::NOT_FOUND
    );
    let (_, account) = person.get_text("/account").await;
    let second = feed_path(&account);
    assert_ne!(second, first);
    // A cancelled registration leaves the feed.
    person
        .api(
            Method::DELETE,
            &format!("/api/v1/events/{}/registration", ev.id),
            None,
        )
        .await;
    let text = app.agent().get(&second).await.text().await.unwrap();
    let text = icalendar::parser::unfold(&text);
    let cal = icalendar::parser::read_calendar(&text).unwrap();
    assert!(cal.components.is_empty());
    assert!(user.id > 0);
}
both_backends!(calendars_parse);

/// Every registration page renders in English, Polish and Bulgarian without raw message keys.
async fn pages_in_every_language(app: TestApp) {
    let (organiser, org, ev) = setup(&app, |e| e.capacity = Some(1)).await;
    organiser
        .post_form(
            &format!("/events/{}/registration/fields", ev.id),
            &[
                ("label", "Zgoda na zdjęcia"),
                ("kind", "checkbox"),
                ("required", "on"),
            ],
        )
        .await;
    let field = app.state.repo.registration_fields(ev.id).await.unwrap()[0].id;
    let answer = format!("answer_{field}");
    let (first, _) = app.user("first@example.org", false).await;
    let (second, user) = app.user("second@example.org", false).await;
    app.state
        .repo
        .set_org_user(org.id, user.id, OrgRole::Member)
        .await
        .unwrap();
    for agent in [&first, &second] {
        let r = agent
            .post_form(
                &format!("/events/{}/registration", ev.id),
                &[(answer.as_str(), "true")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    for lang in ["en", "pl", "bg"] {
        for (agent, path) in [
            (&second, format!("/events/{}/registration", ev.id)),
            (&first, format!("/events/{}/registration", ev.id)),
            (&organiser, format!("/events/{}/participants", ev.id)),
            (&organiser, format!("/events/{}/registration/fields", ev.id)),
            (&second, "/account".to_string()),
            (&second, format!("/organisations/{}", org.id)),
        ] {
            let (status, page) = agent.get_text(&format!("{path}?lang={lang}")).await;
            assert_eq!(status, StatusCode::OK, "{path} {lang}");
            assert!(!page.contains("reg-"), "a raw key on {path} in {lang}");
        }
    }
    let (_, page) = second
        .get_text(&format!("/events/{}/registration?lang=bg", ev.id))
        .await;
    assert!(
        page.contains("В списъка с чакащи") && page.contains("място 1"),
        "{page}"
    );
    let (_, page) = organiser
        .get_text(&format!("/events/{}/participants?lang=pl", ev.id))
        .await;
    assert!(page.contains("1 osoba na liście rezerwowej"));
}
both_backends!(pages_in_every_language);

/// The organiser adds, changes and deletes registration fields through the API; bad input is
/// refused naming the field; nobody else may.
async fn fields_through_the_api(app: TestApp) {
    let (organiser, _, ev) = setup(&app, |_| {}).await;
    let (participant, user) = app.user("participant@example.org", false).await;
    app.register_confirmed(ev.id, user.id).await;
    let (stranger, _) = bearer(&app, "stranger@example.org").await;
    let anon = app.agent();
    let path = format!("/api/v1/events/{}/registration/fields", ev.id);

    let r = organiser
        .api(
            Method::POST,
            &path,
            Some(json!({"label": "Dietary needs", "kind": "choice",
                "options": "none\nvegetarian\nvegan", "required": true})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let diet = json_of(r).await;
    assert_eq!(diet["label"], "Dietary needs");
    assert_eq!(diet["kind"], "choice");
    assert_eq!(diet["options"].as_array().unwrap().len(), 3);
    let diet = diet["id"].as_i64().unwrap();

    // A choice without options names `options`; an unknown kind names `kind`.
    let r = organiser
        .api(
            Method::POST,
            &path,
            Some(json!({"label": "Sessions", "kind": "choice"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = json_of(r).await;
    assert_eq!(body["fields"][0]["field"], "options", "{body}");
    let r = organiser
        .api(
            Method::POST,
            &path,
            Some(json!({"label": "Sessions", "kind": "dropdown"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = json_of(r).await;
    assert_eq!(body["fields"][0]["field"], "kind", "{body}");

    let r = organiser
        .api(
            Method::POST,
            &path,
            Some(json!({"label": "Your role", "kind": "text"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let role = json_of(r).await["id"].as_i64().unwrap();

    // Change: the whole field; an empty label names `label`.
    let r = organiser
        .api(
            Method::PUT,
            &format!("{path}/{role}"),
            Some(
                json!({"label": "Your role in the cluster", "kind": "long_text", "required": true}),
            ),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let changed = json_of(r).await;
    assert_eq!(changed["id"], role);
    assert_eq!(changed["label"], "Your role in the cluster");
    assert_eq!(changed["kind"], "long_text");
    assert_eq!(changed["required"], true);
    let r = organiser
        .api(
            Method::PUT,
            &format!("{path}/{role}"),
            Some(json!({"label": "", "kind": "text"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = json_of(r).await;
    assert_eq!(body["fields"][0]["field"], "label", "{body}");

    // Nobody but the organiser.
    for (who, expected) in [
        (&participant, StatusCode::FORBIDDEN),
        (&stranger, StatusCode::FORBIDDEN),
        (&anon, StatusCode::UNAUTHORIZED),
    ] {
        let r = who
            .api(
                Method::POST,
                &path,
                Some(json!({"label": "Extra", "kind": "text"})),
            )
            .await;
        assert_eq!(r.status(), expected, "add");
        let r = who
            .api(
                Method::PUT,
                &format!("{path}/{diet}"),
                Some(json!({"label": "Extra", "kind": "text"})),
            )
            .await;
        assert_eq!(r.status(), expected, "change");
        let r = who
            .api(Method::DELETE, &format!("{path}/{diet}"), None)
            .await;
        assert_eq!(r.status(), expected, "delete");
    }

    // Delete; then it is gone from the list, and a second delete is 404.
    let r = organiser
        .api(Method::DELETE, &format!("{path}/{diet}"), None)
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let fields = json_of(organiser.api(Method::GET, &path, None).await).await;
    let fields = fields.as_array().unwrap();
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0]["id"], role);
    let r = organiser
        .api(Method::DELETE, &format!("{path}/{diet}"), None)
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    let doc = json_of(anon.get("/api/v1/openapi.json").await).await;
    assert!(doc["paths"]["/api/v1/events/{id}/registration/fields"]["post"].is_object());
    let item = &doc["paths"]["/api/v1/events/{id}/registration/fields/{fid}"];
    assert!(
        item["put"].is_object() && item["delete"].is_object(),
        "{item}"
    );
}
both_backends!(fields_through_the_api);
