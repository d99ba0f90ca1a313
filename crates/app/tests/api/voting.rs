//! HTTP tests of voting (both backends).

use crate::both_backends;
use crate::helpers::{Agent, TestApp};
use klaster_domain::events::{Event, EventVisibility};
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

const S1: &str = "Cluster policies should be part of every regional smart specialisation strategy.";
const S2: &str = "How useful are cross-border study visits for cluster managers?";

/// An event organised by `organiser@lke.pl` (returned logged in), public unless told otherwise.
async fn setup(app: &TestApp, visibility: EventVisibility) -> (Agent, Event) {
    let (agent, _, _, ev) = app
        .organised_event(|input| input.visibility = visibility)
        .await;
    (agent, ev)
}

async fn participant(app: &TestApp, ev: &Event, email: &str) -> Agent {
    let (agent, user) = app.user(email, false).await;
    app.register_confirmed(ev.id, user.id).await;
    agent
}

async fn json_of(r: reqwest::Response, expected: StatusCode) -> Value {
    let status = r.status();
    let body = r.text().await.unwrap();
    assert_eq!(status, expected, "{body}");
    serde_json::from_str(&body).unwrap_or(Value::Null)
}

async fn create(agent: &Agent, ev: &Event, text: &str, scale: &str) -> i64 {
    let r = agent
        .api(
            Method::POST,
            &format!("/api/v1/events/{}/statements", ev.id),
            Some(json!({"text": text, "scale": scale})),
        )
        .await;
    json_of(r, StatusCode::CREATED).await["id"]
        .as_i64()
        .unwrap()
}

async fn post(agent: &Agent, path: String) -> reqwest::Response {
    agent.api(Method::POST, &path, None).await
}

async fn vote(agent: &Agent, ev: &Event, sid: i64, value: i64) -> reqwest::Response {
    agent
        .api(
            Method::PUT,
            &format!("/api/v1/events/{}/statements/{sid}/vote", ev.id),
            Some(json!({ "value": value })),
        )
        .await
}

fn counts(tally: &Value) -> Vec<(String, i64)> {
    tally["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["answer"].as_str().unwrap().to_string(),
                c["count"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn pairs(v: &[(&str, i64)]) -> Vec<(String, i64)> {
    v.iter().map(|(a, n)| (a.to_string(), *n)).collect()
}

/// Create, open, vote, change a vote, open a second (closing the first), results published,
/// through the API and the pages.
async fn voting_flow(app: TestApp) {
    let (org, ev) = setup(&app, EventVisibility::Public).await;
    let anna = participant(&app, &ev, "anna@lke.pl").await;
    let boris = participant(&app, &ev, "boris@bcc.bg").await;
    let anon = app.agent();
    let s1 = create(&org, &ev, S1, "agree").await;
    let s2 = create(&org, &ev, S2, "scale5").await;
    let list = format!("/api/v1/events/{}/statements", ev.id);

    // Drafts are the organisers' own.
    let seen = json_of(anna.api(Method::GET, &list, None).await, StatusCode::OK).await;
    assert_eq!(seen.as_array().unwrap().len(), 0);
    let seen = json_of(org.api(Method::GET, &list, None).await, StatusCode::OK).await;
    assert_eq!(seen.as_array().unwrap().len(), 2);

    // Voting on a draft is refused.
    assert_eq!(vote(&anna, &ev, s1, 1).await.status(), StatusCode::CONFLICT);

    let opened = json_of(
        post(
            &org,
            format!("/api/v1/events/{}/statements/{s1}/open", ev.id),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(opened["status"], "open");
    assert_eq!(vote(&anna, &ev, s1, 1).await.status(), StatusCode::OK);
    assert_eq!(vote(&boris, &ev, s1, 2).await.status(), StatusCode::OK);
    // Anna changes her mind: still one vote, now an abstention.
    assert_eq!(vote(&anna, &ev, s1, 3).await.status(), StatusCode::OK);

    let results = format!("/api/v1/events/{}/statements/{s1}/results", ev.id);
    // Open results are the organisers' only.
    assert_eq!(
        anna.api(Method::GET, &results, None).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(anon.get(&results).await.status(), StatusCode::UNAUTHORIZED);
    let t = json_of(org.api(Method::GET, &results, None).await, StatusCode::OK).await;
    assert_eq!(
        counts(&t),
        pairs(&[("agree", 0), ("disagree", 1), ("abstain", 1)])
    );
    assert_eq!(t["total"], 2);
    let seen = json_of(anna.api(Method::GET, &list, None).await, StatusCode::OK).await;
    assert_eq!(seen[0]["my_vote"], 3);
    assert!(seen[0]["results"].is_null(), "{seen}");

    // Opening the second closes the first, whose results are then public.
    post(
        &org,
        format!("/api/v1/events/{}/statements/{s2}/open", ev.id),
    )
    .await;
    let seen = json_of(org.api(Method::GET, &list, None).await, StatusCode::OK).await;
    let status: Vec<&str> = seen
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["status"].as_str().unwrap())
        .collect();
    assert_eq!(status, ["closed", "open"]);
    let t = json_of(anon.get(&results).await, StatusCode::OK).await;
    assert_eq!(t["total"], 2);
    let r = vote(&boris, &ev, s1, 1).await;
    let body = json_of(r, StatusCode::CONFLICT).await;
    assert!(
        body["message"].as_str().unwrap().contains("not open"),
        "{body}"
    );

    // The ballot page: the open statement with its buttons; a plain form votes.
    let page = format!("/events/{}/voting", ev.id);
    let (status, html) = anna.get_text(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(S2) && html.contains(r#"name="value" value="5""#),
        "{html}"
    );
    let r = anna
        .post_form(
            &format!("/events/{}/voting/{s2}/vote", ev.id),
            &[("value", "4")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = anna.get_text(&page).await;
    assert!(html.contains(r#"value="4" aria-pressed="true""#), "{html}");
    // The published results of the first statement, in the locale's number format.
    assert!(html.contains(S1) && html.contains("50.0%"), "{html}");
    let (_, html) = anna.get_text(&format!("{page}?lang=pl")).await;
    assert!(
        html.contains("50,0%") && !html.contains("voting-"),
        "{html}"
    );
    let (_, html) = anon.get_text(&format!("{page}?lang=bg")).await;
    assert!(
        html.contains("/login?next=") && !html.contains("voting-"),
        "{html}"
    );

    // The console and the projector belong to the organisers.
    let (status, html) = org.get_text(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(&format!("/voting/{s2}/close")), "{html}");
    let projector = format!("/events/{}/voting/projector", ev.id);
    let (status, html) = org.get_text(&projector).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(S2) && html.contains("/static/voting.js"),
        "{html}"
    );
    assert_eq!(anna.get(&projector).await.status(), StatusCode::FORBIDDEN);
    let r = anna.get("/static/voting.js").await;
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));

    let (_, doc) = anon.get_text("/api/v1/openapi.json").await;
    assert!(doc.contains("/api/v1/events/{id}/statements/{sid}/vote"));

    // Console forms: a too short statement is refused naming the field; close through the page.
    let r = org
        .post_form(
            &format!("/events/{}/voting/statements", ev.id),
            &[("text", "Yes"), ("scale", "agree")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains(r#"id="text-error""#));
    let r = org
        .post_form(&format!("/events/{}/voting/{s2}/close", ev.id), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let t = json_of(
        anon.get(&format!("/api/v1/events/{}/statements/{s2}/results", ev.id))
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(t["total"], 1);
}
both_backends!(voting_flow);

/// Drafts can be edited, reordered and deleted through the console; open ones cannot.
async fn console_edits_drafts(app: TestApp) {
    let (org, ev) = setup(&app, EventVisibility::Public).await;
    let s1 = create(&org, &ev, S1, "agree").await;
    let s2 = create(&org, &ev, S2, "scale5").await;
    let base = format!("/events/{}/voting", ev.id);
    let r = org
        .post_form(&format!("{base}/{s2}/move"), &[("direction", "up")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = org
        .post_form(
            &format!("{base}/{s1}/edit"),
            &[
                ("text", "Clusters need stable funding."),
                ("scale", "scale5"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let list = json_of(
        org.api(
            Method::GET,
            &format!("/api/v1/events/{}/statements", ev.id),
            None,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(list[0]["id"], s2);
    assert_eq!(list[1]["text"], "Clusters need stable funding.");
    assert_eq!(list[1]["scale"], "scale5");
    post(
        &org,
        format!("/api/v1/events/{}/statements/{s1}/open", ev.id),
    )
    .await;
    let r = org.post_form(&format!("{base}/{s1}/delete"), &[]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let r = org.post_form(&format!("{base}/{s2}/delete"), &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = org
        .post_form_without_csrf(&format!("{base}/{s1}/close"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}
both_backends!(console_edits_drafts);

/// Only organisers prepare, open and close; only confirmed participants vote; members-only
/// events are hidden; values outside the scale are refused naming `value`.
async fn voting_authorization(app: TestApp) {
    let (org, ev) = setup(&app, EventVisibility::Public).await;
    let anna = participant(&app, &ev, "anna@lke.pl").await;
    let (stranger, _) = app.user("stranger@example.org", false).await;
    let anon = app.agent();
    let s1 = create(&org, &ev, S1, "agree").await;
    let s2 = create(&org, &ev, S2, "scale5").await;
    let body = json!({"text": S1});
    let list = format!("/api/v1/events/{}/statements", ev.id);
    for (who, expected) in [
        (&anna, StatusCode::FORBIDDEN),
        (&anon, StatusCode::UNAUTHORIZED),
    ] {
        let r = who.api(Method::POST, &list, Some(body.clone())).await;
        assert_eq!(r.status(), expected);
        for action in ["open", "close"] {
            let r = post(who, format!("{list}/{s1}/{action}")).await;
            assert_eq!(r.status(), expected, "{action}");
        }
    }
    post(&org, format!("{list}/{s1}/open")).await;
    assert_eq!(
        vote(&stranger, &ev, s1, 1).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        vote(&anon, &ev, s1, 1).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let r = stranger
        .post_form(
            &format!("/events/{}/voting/{s1}/vote", ev.id),
            &[("value", "1")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let (_, html) = stranger
        .get_text(&format!("/events/{}/voting", ev.id))
        .await;
    assert!(
        html.contains(&format!("/events/{}/registration", ev.id)),
        "{html}"
    );
    assert!(!html.contains(r#"name="value""#), "{html}");

    // Values outside the scale.
    let body = json_of(
        vote(&anna, &ev, s1, 4).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(body["fields"][0]["field"], "value", "{body}");
    post(&org, format!("{list}/{s2}/open")).await;
    let body = json_of(
        vote(&anna, &ev, s2, 6).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(body["fields"][0]["field"], "value", "{body}");
    assert_eq!(vote(&anna, &ev, s2, 5).await.status(), StatusCode::OK);
    // A statement of another event is not found through this one.
    let other = app.event(app.event_input(ev.organisers[0].id)).await;
    let r = vote(&anna, &other, s2, 5).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // A members-only event is invisible to outsiders, its statements included.
    let (org2_agent, members_ev) = {
        let (a, user) = app.user("secretariat@cluster.pl", false).await;
        let o = app
            .org("Closed Cluster", OrgKind::Cluster, "PL", Some(user.id))
            .await;
        let mut input = app.event_input(o.id);
        input.visibility = EventVisibility::Members;
        (a, app.event(input).await)
    };
    let m1 = create(&org2_agent, &members_ev, S1, "agree").await;
    post(
        &org2_agent,
        format!("/api/v1/events/{}/statements/{m1}/open", members_ev.id),
    )
    .await;
    let mlist = format!("/api/v1/events/{}/statements", members_ev.id);
    assert_eq!(
        stranger.api(Method::GET, &mlist, None).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        vote(&stranger, &members_ev, m1, 1).await.status(),
        StatusCode::NOT_FOUND
    );
    let (status, _) = stranger
        .get_text(&format!("/events/{}/voting", members_ev.id))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let r = stranger
        .get(&format!("/events/{}/voting/live", members_ev.id))
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}
both_backends!(voting_authorization);

/// 200 voters with API tokens vote at once, then half change their vote at once; the tally
/// counted from the votes table is exact.
async fn voting_concurrency(app: TestApp) {
    const VOTERS: usize = 200;
    let (org, ev) = setup(&app, EventVisibility::Public).await;
    let sid = create(&org, &ev, S1, "agree").await;
    post(
        &org,
        format!("/api/v1/events/{}/statements/{sid}/open", ev.id),
    )
    .await;
    // Tokens written directly (no password hashing): the test measures voting.
    let mut tokens = Vec::new();
    for i in 0..VOTERS {
        let (agent, user) = app.bearer_user(&format!("voter{i}@example.org")).await;
        app.register_confirmed(ev.id, user.id).await;
        tokens.push(agent.token.unwrap());
    }
    let client = reqwest::Client::new();
    let url = format!("{}/api/v1/events/{}/statements/{sid}/vote", app.base, ev.id);
    let first = |i: usize| (i % 3) as i64 + 1;
    let second = |i: usize| {
        if i.is_multiple_of(2) {
            first(i) % 3 + 1
        } else {
            first(i)
        }
    };
    let wave = |pick: &dyn Fn(usize) -> Option<i64>| {
        let mut tasks = tokio::task::JoinSet::new();
        for (i, token) in tokens.iter().enumerate() {
            let Some(value) = pick(i) else { continue };
            let (client, url, token) = (client.clone(), url.clone(), token.clone());
            tasks.spawn(async move {
                let r = client
                    .put(&url)
                    .bearer_auth(token)
                    .json(&json!({ "value": value }))
                    .send()
                    .await
                    .unwrap();
                let status = r.status();
                assert_eq!(status, StatusCode::OK, "{}", r.text().await.unwrap());
            });
        }
        tasks
    };
    let started = Instant::now();
    wave(&|i| Some(first(i))).join_all().await;
    let first_ms = started.elapsed().as_millis();
    let started = Instant::now();
    wave(&|i| i.is_multiple_of(2).then(|| second(i)))
        .join_all()
        .await;
    let second_ms = started.elapsed().as_millis();

    let mut expected = [0i64; 3];
    for i in 0..VOTERS {
        expected[second(i) as usize - 1] += 1;
    }
    let t = json_of(
        org.api(
            Method::GET,
            &format!("/api/v1/events/{}/statements/{sid}/results", ev.id),
            None,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let got = counts(&t);
    eprintln!(
        "voting concurrency: {VOTERS} voters in {first_ms} ms, {} changed in {second_ms} ms; tally {got:?}",
        VOTERS / 2
    );
    assert_eq!(
        got,
        pairs(&[
            ("agree", expected[0]),
            ("disagree", expected[1]),
            ("abstain", expected[2])
        ])
    );
    assert_eq!(t["total"], VOTERS as i64);
}
both_backends!(voting_concurrency);

/// One server-sent event from the event's `/live`: (id, data as JSON), sending `last` as
/// Last-Event-ID.
/// One open event stream, read event by event (keep-alive comments are skipped).
struct EventStream {
    response: reqwest::Response,
    buffer: String,
}

impl EventStream {
    async fn open(client: &reqwest::Client, url: &str, last: Option<&str>) -> Self {
        let mut req = client.get(url);
        if let Some(last) = last {
            req = req.header("Last-Event-ID", last);
        }
        let response = req.send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-type"], "text/event-stream");
        EventStream {
            response,
            buffer: String::new(),
        }
    }

    /// The next event's id and data.
    async fn next(&mut self) -> (String, Value) {
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..end + 2).collect();
                let field = |name: &str| {
                    block
                        .lines()
                        .find_map(|l| l.strip_prefix(name))
                        .map(|v| v.trim().to_string())
                };
                if let (Some(id), Some(data)) = (field("id:"), field("data:")) {
                    return (id, serde_json::from_str(&data).unwrap());
                }
                continue;
            }
            let chunk = self
                .response
                .chunk()
                .await
                .unwrap()
                .expect("the stream ended");
            self.buffer.push_str(std::str::from_utf8(&chunk).unwrap());
        }
    }
}

/// One connection carries the current state, then every change: opening a statement, a vote.
async fn live_stream_carries_new_tallies(app: TestApp) {
    let (org, ev) = setup(&app, EventVisibility::Public).await;
    let anna = participant(&app, &ev, "anna@lke.pl").await;
    let sid = create(&org, &ev, S1, "agree").await;
    let live = org.url(&format!("/events/{}/voting/live", ev.id));
    let within = |s| Duration::from_secs(s);
    let mut projector = EventStream::open(&org.client, &live, None).await;
    let (_, data) = projector.next().await;
    assert!(data["statement"].is_null(), "{data}");
    post(
        &org,
        format!("/api/v1/events/{}/statements/{sid}/open", ev.id),
    )
    .await;
    let (_, data) = tokio::time::timeout(within(5), projector.next())
        .await
        .expect("the opening arrives on the same connection");
    assert_eq!(data["statement"]["id"], sid);
    assert_eq!(data["tally"]["total"], 0);
    // A participant learns which statement is open, never its running tally.
    let mut phone = EventStream::open(&anna.client, &live, None).await;
    let (_, theirs) = phone.next().await;
    assert_eq!(theirs["statement"]["id"], sid);
    assert!(theirs["tally"].is_null(), "{theirs}");

    // Nothing changes, nothing is sent; the vote's tally comes within moments.
    let started = Instant::now();
    let waiting = tokio::spawn(async move {
        let next = projector.next().await;
        (next, projector)
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        !waiting.is_finished(),
        "the stream sent an event before anything changed"
    );
    assert_eq!(vote(&anna, &ev, sid, 1).await.status(), StatusCode::OK);
    let ((id, data), _projector) = tokio::time::timeout(within(5), waiting)
        .await
        .expect("an event within 5 s of the vote")
        .unwrap();
    eprintln!(
        "live event {} ms after subscribing",
        started.elapsed().as_millis()
    );
    assert_eq!(data["tally"]["total"], 1);
    assert_eq!(data["tally"]["counts"][0]["count"], 1);

    // A reconnecting browser that already has the latest state gets no repeat.
    let mut again = EventStream::open(&org.client, &live, Some(&id)).await;
    assert!(
        tokio::time::timeout(Duration::from_millis(500), again.next())
            .await
            .is_err(),
        "a reconnect with the latest id is not sent the same state again"
    );
}
both_backends!(live_stream_carries_new_tallies);

/// Drafts are edited, reordered and deleted through the API as well; open ones are not, and
/// only organisers may.
async fn api_edits_drafts(app: TestApp) {
    let (org, ev) = setup(&app, EventVisibility::Public).await;
    let anna = participant(&app, &ev, "anna@lke.pl").await;
    let (stranger, _) = app.user("stranger@example.org", false).await;
    let anon = app.agent();
    let s1 = create(&org, &ev, S1, "agree").await;
    let s2 = create(&org, &ev, S2, "scale5").await;
    let list = format!("/api/v1/events/{}/statements", ev.id);

    // Move: the new order comes back; at the top it stays; a bad direction names the field.
    let body = json_of(
        org.api(
            Method::POST,
            &format!("{list}/{s2}/move"),
            Some(json!({"direction": "up"})),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(body[0]["id"], s2);
    assert_eq!(body[1]["id"], s1);
    let body = json_of(
        org.api(
            Method::POST,
            &format!("{list}/{s2}/move"),
            Some(json!({"direction": "up"})),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(body[0]["id"], s2);
    let body = json_of(
        org.api(
            Method::POST,
            &format!("{list}/{s2}/move"),
            Some(json!({"direction": "sideways"})),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(body["fields"][0]["field"], "direction", "{body}");
    let body = json_of(
        org.api(
            Method::POST,
            &format!("{list}/{s2}/move"),
            Some(json!({"direction": "down"})),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(body[0]["id"], s1);
    assert_eq!(body[1]["id"], s2);

    // Edit a draft; a three-character text is refused naming `text`, and nothing changes.
    let st = json_of(
        org.api(
            Method::PUT,
            &format!("{list}/{s1}"),
            Some(json!({"text": "Clusters need stable funding.", "scale": "scale5"})),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(st["id"], s1);
    assert_eq!(st["text"], "Clusters need stable funding.");
    assert_eq!(st["scale"], "scale5");
    let body = json_of(
        org.api(
            Method::PUT,
            &format!("{list}/{s1}"),
            Some(json!({"text": "Yes", "scale": "agree"})),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(body["fields"][0]["field"], "text", "{body}");
    let statements = json_of(org.api(Method::GET, &list, None).await, StatusCode::OK).await;
    assert_eq!(statements[0]["text"], "Clusters need stable funding.");

    // Outsiders, participants and anonymous callers may do none of it.
    for (who, expected) in [
        (&anna, StatusCode::FORBIDDEN),
        (&stranger, StatusCode::FORBIDDEN),
        (&anon, StatusCode::UNAUTHORIZED),
    ] {
        let r = who
            .api(
                Method::PUT,
                &format!("{list}/{s1}"),
                Some(json!({"text": S1})),
            )
            .await;
        assert_eq!(r.status(), expected, "edit");
        let r = who
            .api(
                Method::POST,
                &format!("{list}/{s1}/move"),
                Some(json!({"direction": "down"})),
            )
            .await;
        assert_eq!(r.status(), expected, "move");
        let r = who.api(Method::DELETE, &format!("{list}/{s2}"), None).await;
        assert_eq!(r.status(), expected, "delete");
    }

    // Once open, a statement is neither changed nor deleted.
    post(&org, format!("{list}/{s1}/open")).await;
    let r = org
        .api(
            Method::PUT,
            &format!("{list}/{s1}"),
            Some(json!({"text": S1})),
        )
        .await;
    json_of(r, StatusCode::CONFLICT).await;
    let r = org.api(Method::DELETE, &format!("{list}/{s1}"), None).await;
    json_of(r, StatusCode::CONFLICT).await;

    // A draft is deleted; then it is gone.
    let r = org.api(Method::DELETE, &format!("{list}/{s2}"), None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let statements = json_of(org.api(Method::GET, &list, None).await, StatusCode::OK).await;
    assert_eq!(statements.as_array().unwrap().len(), 1);
    assert_eq!(statements[0]["id"], s1);
    let r = org.api(Method::DELETE, &format!("{list}/{s2}"), None).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    let doc = json_of(anon.get("/api/v1/openapi.json").await, StatusCode::OK).await;
    let item = &doc["paths"]["/api/v1/events/{id}/statements/{sid}"];
    assert!(
        item["put"].is_object() && item["delete"].is_object(),
        "{item}"
    );
    assert!(doc["paths"]["/api/v1/events/{id}/statements/{sid}/move"]["post"].is_object());
}
both_backends!(api_edits_drafts);
