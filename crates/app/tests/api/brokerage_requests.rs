//! Brokerage events — requests (issue 6), on both backends: request, accept, decline, withdraw,
//! cancel, "never schedule me with X", the caps (also under parallel requests and acceptances),
//! who sees a request's message, the notifications, and the pages with their forms.

use crate::both_backends;
use crate::helpers::{field_named, json_of, Agent, BrokerageFixture, TestApp};
use klaster_domain::brokerage::*;
use klaster_domain::notifications::Notification;
use klaster_domain::registration::Attendance;
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

fn requests(f: &BrokerageFixture) -> String {
    format!("/api/v1/events/{}/brokerage/requests", f.event.id)
}

fn blocks(f: &BrokerageFixture) -> String {
    format!("/api/v1/events/{}/brokerage/blocks", f.event.id)
}

fn page(f: &BrokerageFixture) -> String {
    format!("/events/{}/brokerage/requests", f.event.id)
}

/// Participant `from` asks participant `to` for a meeting through the API.
async fn ask(f: &BrokerageFixture, from: usize, to: usize, message: &str) -> reqwest::Response {
    f.participants[from]
        .0
        .api(
            Method::POST,
            &requests(f),
            Some(json!({"recipient_id": f.participants[to].2.id, "message": message, "priority": "must_meet"})),
        )
        .await
}

/// The new request's id, after checking it was created.
async fn asked(f: &BrokerageFixture, from: usize, to: usize) -> i64 {
    let r = ask(f, from, to, "").await;
    assert_eq!(r.status(), StatusCode::CREATED);
    json_of(r).await["id"].as_i64().unwrap()
}

/// `who` does `action` (accept, decline, withdraw, cancel) on a request.
async fn act(who: &Agent, f: &BrokerageFixture, rid: i64, action: &str) -> reqwest::Response {
    who.api(
        Method::POST,
        &format!("{}/{rid}/{action}", requests(f)),
        None,
    )
    .await
}

async fn set_settings(app: &TestApp, f: &BrokerageFixture, edit: impl FnOnce(&mut SettingsInput)) {
    let mut input = f.settings.input.clone();
    edit(&mut input);
    app.state
        .repo
        .save_brokerage_settings(f.event.id, &input)
        .await
        .unwrap();
}

async fn notes(app: &TestApp, user: Id) -> Vec<Notification> {
    app.state.repo.notifications(user, 50).await.unwrap()
}

/// The API's refusal names `field`.
async fn refused(r: reqwest::Response, field: &str) -> Value {
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = json_of(r).await;
    assert!(field_named(&body, field), "{field} in {body}");
    body
}

/// A participant who logged in through the form (for the pages), joined through the repository.
async fn session_participant(
    app: &TestApp,
    f: &BrokerageFixture,
    email: &str,
    offer: &str,
) -> (Agent, User, Participant) {
    let (agent, user) = app.user(email, false).await;
    let p = app
        .state
        .repo
        .save_brokerage_participant(
            f.event.id,
            user.id,
            &ParticipantInput {
                org_id: None,
                participant_type: None,
                offer: offer.into(),
                seek: "Municipal partners".into(),
                profile_ids: vec![],
                attendance: Attendance::OnSite,
            },
        )
        .await
        .unwrap();
    (agent, user, p)
}

/// Request → accept: a meeting for both; only the recipient decides; each side is told.
async fn request_and_accept(app: TestApp) {
    let f = app.brokerage_fixture(3).await;
    let (p0, p1, p2) = (&f.participants[0], &f.participants[1], &f.participants[2]);
    let r = ask(&f, 0, 1, "Let us talk about heat pumps").await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let req = json_of(r).await;
    let rid = req["id"].as_i64().unwrap();
    assert_eq!(req["status"], "pending");
    assert_eq!(req["priority"], "must_meet");
    assert_eq!(req["requester"]["id"], p0.2.id);
    assert!(req["decided_at"].is_null());

    let got = notes(&app, p1.1.id).await;
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].kind, "b2b_request");
    assert_eq!(got[0].param("event"), f.event.title);
    assert_eq!(got[0].param("name"), p0.1.display_name);
    assert_eq!(got[0].link, page(&f));

    let mine = json_of(p1.0.get(&requests(&f)).await).await;
    assert_eq!(mine["incoming"][0]["id"], rid);
    assert_eq!(
        mine["incoming"][0]["message"],
        "Let us talk about heat pumps"
    );
    assert_eq!(mine["outgoing"].as_array().unwrap().len(), 0);

    assert_eq!(
        act(&p0.0, &f, rid, "accept").await.status(),
        StatusCode::FORBIDDEN,
        "the requester"
    );
    assert_eq!(
        act(&f.organiser, &f, rid, "accept").await.status(),
        StatusCode::FORBIDDEN,
        "an organiser"
    );
    assert_eq!(
        act(&p2.0, &f, rid, "accept").await.status(),
        StatusCode::NOT_FOUND,
        "a third participant"
    );
    assert_eq!(
        act(&app.agent(), &f, rid, "accept").await.status(),
        StatusCode::UNAUTHORIZED
    );

    let r = act(&p1.0, &f, rid, "accept").await;
    assert_eq!(r.status(), StatusCode::OK);
    let req = json_of(r).await;
    assert_eq!(req["status"], "accepted");
    assert!(req["decided_at"].is_string());
    let got = notes(&app, p0.1.id).await;
    assert_eq!((got.len(), got[0].kind.as_str()), (1, "b2b_accepted"));
    assert_eq!(got[0].param("name"), p1.1.display_name);
    for (who, side) in [(&p0.0, "outgoing"), (&p1.0, "incoming")] {
        let mine = json_of(who.get(&requests(&f)).await).await;
        assert_eq!(mine[side][0]["status"], "accepted");
        assert_eq!(mine["meetings"], 1);
    }
    refused(act(&p1.0, &f, rid, "accept").await, "request").await;
    // The scheduler reads the meeting through the shared repository.
    let all = app.state.repo.meeting_requests(f.event.id).await.unwrap();
    assert_eq!(all[0].status, RequestStatus::Accepted);
}
both_backends!(request_and_accept);

/// Decline and withdraw: only pending requests, only the right side, the other side is told.
async fn decline_and_withdraw(app: TestApp) {
    let f = app.brokerage_fixture(2).await;
    let (p0, p1) = (&f.participants[0], &f.participants[1]);
    let rid = asked(&f, 0, 1).await;
    assert_eq!(
        act(&p0.0, &f, rid, "decline").await.status(),
        StatusCode::FORBIDDEN
    );
    let r = act(&p1.0, &f, rid, "decline").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(r).await["status"], "declined");
    assert_eq!(notes(&app, p0.1.id).await[0].kind, "b2b_declined");
    refused(act(&p1.0, &f, rid, "decline").await, "request").await;
    refused(act(&p0.0, &f, rid, "withdraw").await, "request").await;

    // A declined request is closed: the pair may try again, and the requester withdraws.
    let rid = asked(&f, 0, 1).await;
    assert_eq!(
        act(&p1.0, &f, rid, "withdraw").await.status(),
        StatusCode::FORBIDDEN
    );
    let r = act(&p0.0, &f, rid, "withdraw").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(r).await["status"], "cancelled");
    let got = notes(&app, p1.1.id).await;
    assert_eq!(got[0].kind, "b2b_cancelled");
    assert_eq!(got[0].param("withdrawn"), "true");
    refused(act(&p0.0, &f, rid, "cancel").await, "request").await;
}
both_backends!(decline_and_withdraw);

/// Cancelling a meeting clears its placement in the same statement; either side or an organiser
/// cancels, and the participants other than the one cancelling are told.
async fn cancel_clears_the_placement(app: TestApp) {
    let f = app.brokerage_fixture(4).await;
    let (p0, p1, p2, p3) = (
        &f.participants[0],
        &f.participants[1],
        &f.participants[2],
        &f.participants[3],
    );
    let rid = asked(&f, 0, 1).await;
    refused(act(&p0.0, &f, rid, "cancel").await, "request").await;
    assert_eq!(act(&p1.0, &f, rid, "accept").await.status(), StatusCode::OK);
    let slot = f.session.input.starts_at.unix_timestamp();
    app.sql(&format!(
        "UPDATE brokerage_requests SET slot_start = {slot}, table_no = 2, locked = TRUE, published = TRUE WHERE id = {rid}"
    ))
    .await;
    let placed = app
        .state
        .repo
        .meeting_request(f.event.id, rid)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(placed.placement.unwrap().table, Some(2));
    assert_eq!(
        act(&p2.0, &f, rid, "cancel").await.status(),
        StatusCode::NOT_FOUND
    );
    let r = act(&p1.0, &f, rid, "cancel").await;
    assert_eq!(r.status(), StatusCode::OK);
    let req = json_of(r).await;
    assert_eq!(req["status"], "cancelled");
    assert!(req["placement"].is_null());
    assert_eq!(
        (req["locked"].as_bool(), req["published"].as_bool()),
        (Some(false), Some(false))
    );
    let to_p0 = notes(&app, p0.1.id).await;
    assert_eq!(
        (to_p0[0].kind.as_str(), to_p0[0].param("withdrawn")),
        ("b2b_cancelled", "")
    );
    assert_eq!(
        notes(&app, p1.1.id).await.len(),
        1,
        "only the request, not their own cancellation"
    );

    // The organiser cancels someone else's meeting: both participants are told.
    let rid = asked(&f, 2, 3).await;
    assert_eq!(act(&p3.0, &f, rid, "accept").await.status(), StatusCode::OK);
    let r = act(&f.organiser, &f, rid, "cancel").await;
    assert_eq!(r.status(), StatusCode::OK);
    for who in [p2, p3] {
        let got = notes(&app, who.1.id).await;
        assert_eq!(got[0].kind, "b2b_cancelled");
        assert_eq!(got[0].param("name"), f.organiser_user.display_name);
    }
}
both_backends!(cancel_clears_the_placement);

/// Each rule of a new request is a field error, never a 500.
async fn refusals_name_the_field(app: TestApp) {
    let f = app.brokerage_fixture(3).await;
    let me = f.participants[0].2.id;
    let url = requests(&f);
    let post = |body: Value| f.participants[0].0.api(Method::POST, &url, Some(body));
    refused(post(json!({"recipient_id": me})).await, "recipient_id").await;
    refused(post(json!({"recipient_id": 999_999})).await, "recipient_id").await;
    let other = f.participants[1].2.id;
    refused(
        post(json!({"recipient_id": other, "message": "x".repeat(1001)})).await,
        "message",
    )
    .await;
    refused(
        post(json!({"recipient_id": other, "priority": "urgent"})).await,
        "priority",
    )
    .await;
    // Nice to meet when not given.
    let r = post(json!({"recipient_id": other, "message": "Hi"})).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(json_of(r).await["priority"], "nice_to_meet");
    // One open request per pair, whoever asks.
    let body = refused(post(json!({"recipient_id": other})).await, "recipient_id").await;
    assert!(body["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("already an open request"));
    refused(ask(&f, 1, 0, "").await, "recipient_id").await;
    // Someone who has not joined the meetings may not request one.
    let (outsider, _) = app.bearer_user("outsider@example.eu").await;
    let r = outsider
        .api(
            Method::POST,
            &requests(&f),
            Some(json!({"recipient_id": other})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        outsider.get(&requests(&f)).await.status(),
        StatusCode::FORBIDDEN
    );
    // An event without brokerage has no requests.
    let plain = app.event(app.event_input(f.org.id)).await;
    let r = f.participants[0]
        .0
        .get(&format!("/api/v1/events/{}/brokerage/requests", plain.id))
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}
both_backends!(refusals_name_the_field);

/// Blocking cancels the pair's open requests in one go, refuses requests either way, is not told
/// to the blocked person, and is lifted by unblocking.
async fn blocking(app: TestApp) {
    let f = app.brokerage_fixture(3).await;
    let (p0, p1, p2) = (&f.participants[0], &f.participants[1], &f.participants[2]);
    let pending = asked(&f, 1, 0).await;
    let meeting = asked(&f, 0, 2).await;
    assert_eq!(
        act(&p2.0, &f, meeting, "accept").await.status(),
        StatusCode::OK
    );
    let before = (
        notes(&app, p1.1.id).await.len(),
        notes(&app, p2.1.id).await.len(),
    );

    refused(
        p0.0.api(
            Method::POST,
            &blocks(&f),
            Some(json!({"participant_id": p0.2.id})),
        )
        .await,
        "participant_id",
    )
    .await;
    for other in [p1, p2] {
        let r =
            p0.0.api(
                Method::POST,
                &blocks(&f),
                Some(json!({"participant_id": other.2.id})),
            )
            .await;
        assert_eq!(r.status(), StatusCode::CREATED);
        assert_eq!(json_of(r).await["cancelled"], 1);
    }
    let repo = &app.state.repo;
    for rid in [pending, meeting] {
        let r = repo
            .meeting_request(f.event.id, rid)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(r.status, RequestStatus::Cancelled);
    }
    assert_eq!(
        (
            notes(&app, p1.1.id).await.len(),
            notes(&app, p2.1.id).await.len()
        ),
        before,
        "the blocked are not told"
    );
    let body = refused(ask(&f, 1, 0, "").await, "recipient_id").await;
    assert!(body["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("not possible"));
    let body = refused(ask(&f, 0, 1, "").await, "recipient_id").await;
    assert!(body["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("unblock"));

    let mine = json_of(p0.0.get(&blocks(&f)).await).await;
    assert_eq!(mine.as_array().unwrap().len(), 2);
    assert_eq!(mine[0]["blocked"]["id"], p1.2.id);
    let theirs = json_of(p1.0.get(&blocks(&f)).await).await;
    assert!(
        theirs.as_array().unwrap().is_empty(),
        "who blocked you stays hidden"
    );

    let r =
        p0.0.api(Method::DELETE, &format!("{}/{}", blocks(&f), p1.2.id), None)
            .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r =
        p0.0.api(Method::DELETE, &format!("{}/{}", blocks(&f), p1.2.id), None)
            .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(ask(&f, 1, 0, "").await.status(), StatusCode::CREATED);
}
both_backends!(blocking);

/// With `only_across_types`, buyers meet sellers only.
async fn only_across_types(app: TestApp) {
    let f = app.brokerage_fixture(3).await;
    set_settings(&app, &f, |s| {
        s.participant_types = vec!["buyer".into(), "seller".into()];
        s.only_across_types = true;
    })
    .await;
    for (i, kind) in ["buyer", "buyer", "seller"].iter().enumerate() {
        let p = &f.participants[i].2;
        let mut input = p.input.clone();
        input.participant_type = Some(kind.to_string());
        app.state
            .repo
            .save_brokerage_participant(f.event.id, p.user_id, &input)
            .await
            .unwrap();
    }
    let body = refused(ask(&f, 0, 1, "").await, "recipient_id").await;
    assert!(body["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("same type"));
    assert_eq!(ask(&f, 0, 2, "").await.status(), StatusCode::CREATED);
}
both_backends!(only_across_types);

/// Requests only while booking is open; no decisions once the event is over.
async fn booking_phase_and_the_end(app: TestApp) {
    let f = app.brokerage_fixture(3).await;
    let rid = asked(&f, 0, 1).await;
    let now = time::OffsetDateTime::now_utc();
    set_settings(&app, &f, |s| {
        s.booking_opens_at = Some(now + time::Duration::days(2))
    })
    .await;
    let body = refused(ask(&f, 0, 2, "").await, "request").await;
    assert!(body["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("not opened"));
    set_settings(&app, &f, |s| {
        s.booking_closes_at = Some(now - time::Duration::hours(1))
    })
    .await;
    let body = refused(ask(&f, 0, 2, "").await, "request").await;
    assert!(body["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("closed"));
    // Accepting after booking closed is still a decision before the event.
    assert_eq!(
        act(&f.participants[1].0, &f, rid, "accept").await.status(),
        StatusCode::OK
    );

    let past = (now - time::Duration::days(3)).unix_timestamp();
    app.sql(&format!(
        "UPDATE events SET starts_at = {past}, ends_at = {} WHERE id = {}",
        past + 3600,
        f.event.id
    ))
    .await;
    let body = refused(
        act(&f.participants[0].0, &f, rid, "cancel").await,
        "request",
    )
    .await;
    assert!(body["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("ended"));
}
both_backends!(booking_phase_and_the_end);

/// `max_meetings` caps accepted meetings on both sides and open requests sent.
async fn caps(app: TestApp) {
    let f = app.brokerage_fixture(5).await;
    set_settings(&app, &f, |s| s.max_meetings = Some(1)).await;
    let p1 = &f.participants[1];
    let first = asked(&f, 0, 1).await;
    let body = refused(ask(&f, 0, 2, "").await, "request").await;
    assert!(body["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("open requests"));
    let second = asked(&f, 3, 1).await;
    assert_eq!(
        act(&p1.0, &f, first, "accept").await.status(),
        StatusCode::OK
    );
    let body = refused(act(&p1.0, &f, second, "accept").await, "request").await;
    assert!(body["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("you have as many meetings"));
    let body = refused(ask(&f, 4, 1, "").await, "recipient_id").await;
    assert!(body["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("this participant has"));
    let mine = json_of(p1.0.get(&requests(&f)).await).await;
    assert_eq!(
        (mine["meetings"].as_i64(), mine["max_meetings"].as_i64()),
        (Some(1), Some(1))
    );
}
both_backends!(caps);

/// Parallel requests and parallel acceptances never pass the cap: the check and the write
/// happen under the event's lock.
async fn caps_hold_under_parallel_writes(app: TestApp) {
    const CAP: i64 = 2;
    let f = app.brokerage_fixture(8).await;
    set_settings(&app, &f, |s| s.max_meetings = Some(CAP)).await;
    let client = reqwest::Client::new();
    let url = format!("{}{}", app.base, requests(&f));
    let token = |i: usize| f.participants[i].0.token.clone().unwrap();

    // Participant 0 asks six people at once.
    let mut tasks = tokio::task::JoinSet::new();
    for to in 1..=6 {
        let (client, url, token) = (client.clone(), url.clone(), token(0));
        let body = json!({"recipient_id": f.participants[to].2.id});
        tasks.spawn(async move {
            client
                .post(&url)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap()
                .status()
        });
    }
    let statuses = tasks.join_all().await;
    let created = statuses
        .iter()
        .filter(|s| **s == StatusCode::CREATED)
        .count();
    assert_eq!(created as i64, CAP, "{statuses:?}");
    assert!(statuses
        .iter()
        .all(|s| *s == StatusCode::CREATED || *s == StatusCode::UNPROCESSABLE_ENTITY));

    // Six people ask participant 7, who accepts them all at once.
    let mut ids = Vec::new();
    for from in 1..=6 {
        ids.push(asked(&f, from, 7).await);
    }
    let mut tasks = tokio::task::JoinSet::new();
    for rid in ids {
        let (client, token) = (client.clone(), token(7));
        let url = format!("{url}/{rid}/accept");
        tasks.spawn(async move {
            client
                .post(&url)
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
                .status()
        });
    }
    let statuses = tasks.join_all().await;
    let accepted = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    assert_eq!(accepted as i64, CAP, "{statuses:?}");
    let stored = app
        .sql(&format!(
            "SELECT COUNT(*) FROM brokerage_requests WHERE recipient_id = {} AND status = 'accepted'",
            f.participants[7].2.id
        ))
        .await;
    assert_eq!(stored, Some(CAP));
}
both_backends!(caps_hold_under_parallel_writes);

/// In auto-accept mode a request is a meeting at once, and the other side hears of a meeting.
async fn auto_accept(app: TestApp) {
    let f = app.brokerage_fixture(2).await;
    set_settings(&app, &f, |s| s.request_mode = RequestMode::AutoAccept).await;
    let r = ask(&f, 0, 1, "").await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let req = json_of(r).await;
    assert_eq!(req["status"], "accepted");
    assert!(req["decided_at"].is_string());
    let p1 = &f.participants[1];
    let got = notes(&app, p1.1.id).await;
    assert_eq!(
        (got[0].kind.as_str(), got[0].param("accepted")),
        ("b2b_request", "true")
    );
    let (_, html) = p1.0.get_text("/notifications").await;
    assert!(html.contains("booked a B2B meeting with you"), "{html}");
    assert_eq!(json_of(p1.0.get(&requests(&f)).await).await["meetings"], 1);
}
both_backends!(auto_accept);

/// A request's message is for its two participants and the organisers only.
async fn only_the_pair_and_organisers_read_the_message(app: TestApp) {
    let f = app.brokerage_fixture(3).await;
    let secret = "Our confidential tender budget";
    let r = ask(&f, 0, 1, secret).await;
    let rid = json_of(r).await["id"].as_i64().unwrap();
    let one = format!("{}/{rid}", requests(&f));
    let third = &f.participants[2].0;
    assert_eq!(third.get(&one).await.status(), StatusCode::NOT_FOUND);
    let (_, body) = third.get_text(&requests(&f)).await;
    assert!(!body.contains(secret));
    let (status, html) = third.get_text(&page(&f)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains(secret));
    assert_eq!(
        third
            .get(&format!("{}?all=true", requests(&f)))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.agent().get(&requests(&f)).await.status(),
        StatusCode::UNAUTHORIZED
    );
    for who in [&f.participants[0].0, &f.participants[1].0] {
        assert_eq!(json_of(who.get(&one).await).await["message"], secret);
    }
    let organiser = &f.organiser;
    let all = json_of(organiser.get(&format!("{}?all=true", requests(&f))).await).await;
    assert_eq!(all["all"][0]["message"], secret);
    assert_eq!(json_of(organiser.get(&one).await).await["message"], secret);
}
both_backends!(only_the_pair_and_organisers_read_the_message);

/// Posts a form (with the CSRF token) from owned values.
async fn post_fields(who: &Agent, path: &str, fields: &[(&str, String)]) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    who.post_form(path, &pairs).await
}

/// The pages in three languages, and their forms with CSRF: request, accept, block, unblock.
async fn pages_and_forms(app: TestApp) {
    let f = app.brokerage_fixture(1).await;
    set_settings(&app, &f, |s| s.max_meetings = Some(5)).await;
    let (anna, anna_user, ap) =
        session_participant(&app, &f, "anna@solar.pl", "Solar roofs for schools").await;
    let (boris, _, bp) = session_participant(&app, &f, "boris@energy.bg", "Biomass boilers").await;
    let ev = f.event.id;
    let form = format!("/events/{ev}/brokerage/requests/new?with={}", bp.id);
    let (status, html) = anna.get_text(&form).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Biomass boilers") && html.contains("name=\"priority\""));
    let fields = |message: String| {
        [
            ("recipient_id", bp.id.to_string()),
            ("message", message),
            ("priority", "must_meet".to_string()),
        ]
    };

    let r = anna
        .post_form_without_csrf(&page(&f), &[("recipient_id", bp.id.to_string().as_str())])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = post_fields(&anna, &page(&f), &fields("x".repeat(1001))).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("must be at most 1000 characters long") && html.contains("Biomass boilers")
    );
    let r = post_fields(&anna, &page(&f), &fields("Pilot in Lublin schools".into())).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        r.headers()["location"].to_str().unwrap(),
        format!("{}?done=sent", page(&f))
    );

    // Boris sees the request in each language, without raw message keys.
    for (lang, accept, count) in [
        ("en", "Accept", "1 request waits for your answer."),
        ("pl", "Przyjmij", "1 prośba czeka na Twoją odpowiedź."),
        ("bg", "Приеми", "1 заявка чака вашия отговор."),
    ] {
        let (status, html) = boris.get_text(&format!("{}?lang={lang}", page(&f))).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("Pilot in Lublin schools"), "{lang}");
        assert!(
            html.contains(accept) && html.contains(count),
            "{lang}: {html}"
        );
        assert!(
            !html.contains("bk-req-") && !html.contains("bk-nav-"),
            "{lang}: raw key"
        );
    }
    let rid = app
        .sql(&format!(
            "SELECT id FROM brokerage_requests WHERE recipient_id = {}",
            bp.id
        ))
        .await
        .unwrap();
    let r = boris
        .post_form(&format!("{}/{rid}/accept", page(&f)), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = anna
        .get_text(&format!("{}?done=accepted&lang=pl", page(&f)))
        .await;
    assert!(html.contains("1 z 5 spotkań"), "quota in Polish");
    assert!(html.contains("1 uzgodnione spotkanie."));
    let (_, html) = anna.get_text("/notifications?lang=bg").await;
    assert!(html.contains("прие вашата заявка за B2B среща"));
    assert_eq!(notes(&app, anna_user.id).await[0].kind, "b2b_accepted");

    // A refused decision re-renders the page with the reason, in the language chosen last.
    let r = boris
        .post_form(&format!("{}/{rid}/decline", page(&f)), &[])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("Заявка: заявката вече не чака отговор"));

    // Boris blocks Anna: the meeting goes, and she no longer finds his form.
    let blocks = format!("/events/{ev}/brokerage/blocks");
    let r = post_fields(&boris, &blocks, &[("participant_id", ap.id.to_string())]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(anna.get(&form).await.status(), StatusCode::NOT_FOUND);
    let (_, html) = boris.get_text(&page(&f)).await;
    assert!(html.contains(&format!("{blocks}/{}/delete", ap.id)));
    let (_, html) = anna.get_text(&page(&f)).await;
    assert!(html.contains("1 отказана или отменена заявка."));
    let r = boris
        .post_form(&format!("{blocks}/{}/delete", ap.id), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(anna.get(&form).await.status(), StatusCode::OK);
}
both_backends!(pages_and_forms);
