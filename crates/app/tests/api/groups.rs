//! HTTP tests of groups (both backends): working groups, proposals and study visits, reports.

use crate::both_backends;
use crate::helpers::field_named;
use crate::helpers::{Agent, TestApp};
use klaster_domain::events::{Event, EventKind, EventVisibility};
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

const GROUP_KEYS: &str = include_str!("../../../web/locales/en/groups.ftl");
const PROPOSAL_KEYS: &str = include_str!("../../../web/locales/en/proposals.ftl");
const REPORT_KEYS: &str = include_str!("../../../web/locales/en/reports.ftl");

/// The page renders in Polish and Bulgarian without any of our message keys showing raw.
async fn renders_translated(agent: &Agent, path: &str) {
    for lang in ["pl", "bg", "en"] {
        let sep = if path.contains('?') { '&' } else { '?' };
        let (status, body) = agent.get_text(&format!("{path}{sep}lang={lang}")).await;
        assert_eq!(status, StatusCode::OK, "{path} in {lang}");
        for keys in [GROUP_KEYS, PROPOSAL_KEYS, REPORT_KEYS] {
            for key in keys
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
}

async fn json(r: reqwest::Response) -> Value {
    r.json().await.unwrap()
}

async fn organised_event(app: &TestApp, kind: EventKind) -> (Agent, User, Organisation, Event) {
    app.organised_event(|input| input.kind = kind).await
}

async fn move_to_past(app: &TestApp, ev: &Event, org_id: Id) {
    let mut input = app.event_input(org_id);
    input.kind = ev.kind;
    input.visibility = ev.visibility;
    input.starts_at = time::OffsetDateTime::now_utc() - time::Duration::days(3);
    input.ends_at = input.starts_at + time::Duration::hours(8);
    app.state.repo.update_event(ev.id, &input).await.unwrap();
}

async fn working_groups_flow(app: TestApp) {
    let (org_agent, _, org, ev) = organised_event(&app, EventKind::Conference).await;
    let (moderator, _) = app.user("moderator@clustercollaboration.eu", false).await;
    let (p1, u1) = app.user("anna@uni.lodz.pl", false).await;
    let (p2, u2) = app.user("boris@sofia.bg", false).await;
    let (outsider, _) = app.user("outsider@example.org", false).await;
    app.register_confirmed(ev.id, u1.id).await;
    app.register_confirmed(ev.id, u2.id).await;
    let groups_path = format!("/api/v1/events/{}/groups", ev.id);

    // Only organisers create groups; the moderator must be an existing user.
    let body = json!({"title": "Smart specialisation", "topic": "RIS3 and clusters", "moderator_email": "moderator@clustercollaboration.eu"});
    let r = p1.api(Method::POST, &groups_path, Some(body.clone())).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = org_agent
        .api(
            Method::POST,
            &groups_path,
            Some(json!({"title": "Ghosts", "moderator_email": "nobody@example.org"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&json(r).await, "moderator_email"));
    let r = org_agent.api(Method::POST, &groups_path, Some(body)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let g1 = json(r).await;
    assert_eq!(g1["moderator"]["name"], "moderator");
    let g1 = g1["id"].as_i64().unwrap();
    // The page form creates the second one.
    let r = org_agent
        .post_form(
            &format!("/events/{}/groups", ev.id),
            &[
                ("title", "Internationalisation"),
                ("topic", "Going global"),
                ("moderator_email", "moderator@clustercollaboration.eu"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let list = json(org_agent.api(Method::GET, &groups_path, None).await).await;
    assert_eq!(list.as_array().unwrap().len(), 2);
    let g2 = list[1]["id"].as_i64().unwrap();

    // Confirmed participants join one or more groups; others may not.
    for g in [g1, g2] {
        let r = p1
            .api(
                Method::POST,
                &format!("/api/v1/groups/{g}/membership"),
                None,
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    let r = p2.post_form(&format!("/groups/{g1}/join"), &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = outsider
        .api(
            Method::POST,
            &format!("/api/v1/groups/{g1}/membership"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app
        .agent()
        .api(
            Method::POST,
            &format!("/api/v1/groups/{g1}/membership"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let detail = json(
        p1.api(Method::GET, &format!("/api/v1/groups/{g1}"), None)
            .await,
    )
    .await;
    assert_eq!(detail["group"]["member_count"], 2);
    assert_eq!(detail["member"], true);
    let r = p2
        .api(
            Method::DELETE,
            &format!("/api/v1/groups/{g1}/membership"),
            None,
        )
        .await;
    assert_eq!(json(r).await["group"]["member_count"], 1);

    // Members, the moderator and organisers post; 1–5000 characters.
    let posts = format!("/api/v1/groups/{g1}/posts");
    let r = p1
        .api(
            Method::POST,
            &posts,
            Some(json!({"body": "We need a regional action plan."})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let post_id = json(r).await["id"].as_i64().unwrap();
    for (body, status) in [
        ("   ".to_string(), StatusCode::UNPROCESSABLE_ENTITY),
        ("x".repeat(5001), StatusCode::UNPROCESSABLE_ENTITY),
    ] {
        let r = p1
            .api(Method::POST, &posts, Some(json!({ "body": body })))
            .await;
        assert_eq!(r.status(), status);
    }
    let r = p2
        .api(
            Method::POST,
            &posts,
            Some(json!({"body": "I left the group"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = moderator
        .api(
            Method::POST,
            &posts,
            Some(json!({"body": "Welcome, everyone."})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = p1
        .post_form(&format!("/groups/{g1}/posts/{post_id}/delete"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = moderator
        .post_form(&format!("/groups/{g1}/posts/{post_id}/delete"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let list = json(app.agent().api(Method::GET, &posts, None).await).await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["body"], "Welcome, everyone.");

    // Conclusions: a draft only the moderator and organisers see, published after the event.
    let conclusions = format!("/api/v1/groups/{g1}/conclusions");
    let text = "Clusters should co-design the RIS3 entrepreneurial discovery process.";
    let r = p1
        .api(
            Method::PUT,
            &conclusions,
            Some(json!({"conclusions": text})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = moderator
        .api(
            Method::PUT,
            &conclusions,
            Some(json!({"conclusions": text})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let seen = |v: Value| v["group"]["conclusions"].as_str().unwrap().to_string();
    assert_eq!(
        seen(
            json(
                org_agent
                    .api(Method::GET, &format!("/api/v1/groups/{g1}"), None)
                    .await
            )
            .await
        ),
        text
    );
    assert_eq!(
        seen(
            json(
                p1.api(Method::GET, &format!("/api/v1/groups/{g1}"), None)
                    .await
            )
            .await
        ),
        ""
    );
    let (_, page) = p1.get_text(&format!("/groups/{g1}")).await;
    assert!(!page.contains(text));
    let r = moderator
        .api(
            Method::PUT,
            &conclusions,
            Some(json!({"conclusions": text, "publish": true})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&json(r).await, "publish"));
    let r = moderator
        .post_form(
            &format!("/groups/{g1}/conclusions"),
            &[("conclusions", text), ("action", "publish")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("after the event has ended"));

    move_to_past(&app, &ev, org.id).await;
    let r = moderator
        .api(
            Method::PUT,
            &conclusions,
            Some(json!({"conclusions": text, "publish": true})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let anon = app.agent();
    let g = json(
        anon.api(Method::GET, &format!("/api/v1/groups/{g1}"), None)
            .await,
    )
    .await;
    assert_eq!(seen(g.clone()), text);
    assert!(g["group"]["conclusions_published_at"].is_string());
    let (_, page) = anon.get_text(&format!("/groups/{g1}")).await;
    assert!(page.contains(text));

    let (_, page) = anon.get_text(&format!("/groups/{g2}?lang=bg")).await;
    assert!(page.contains("1 член"), "Bulgarian plural");
    renders_translated(&moderator, &format!("/groups/{g1}")).await;
    renders_translated(&org_agent, &format!("/events/{}/groups", ev.id)).await;
    renders_translated(&anon, &format!("/groups/{g2}")).await;
}
both_backends!(working_groups_flow);

/// A standing forum's groups belong to a cluster: its administrators create them, people of the
/// cluster and of its member organisations join, and conclusions may be published any time.
async fn forum_groups_flow(app: TestApp) {
    let (admin, a) = app.user("admin@cluster.bg", false).await;
    let cluster = app
        .org("Sofia ICT Cluster", OrgKind::Cluster, "BG", Some(a.id))
        .await;
    let (member, m) = app.user("member@company.bg", false).await;
    let company = app
        .org("Bulgarian Software Ltd", OrgKind::Company, "BG", Some(m.id))
        .await;
    app.state
        .repo
        .set_cluster_member(cluster.id, company.id, true)
        .await
        .unwrap();
    let (outsider, _) = app.user("outsider@example.org", false).await;
    let path = format!("/api/v1/organisations/{}/groups", cluster.id);
    let body = json!({"title": "Digital skills", "moderator_email": "admin@cluster.bg"});
    let r = member.api(Method::POST, &path, Some(body.clone())).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = admin.api(Method::POST, &path, Some(body)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let g = json(r).await["id"].as_i64().unwrap();
    let join = format!("/api/v1/groups/{g}/membership");
    assert_eq!(
        member.api(Method::POST, &join, None).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        outsider.api(Method::POST, &join, None).await.status(),
        StatusCode::FORBIDDEN
    );
    let r = admin
        .api(
            Method::PUT,
            &format!("/api/v1/groups/{g}/conclusions"),
            Some(json!({"conclusions": "Train 500 developers a year.", "publish": true})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let doc = json(app.agent().get("/api/v1/openapi.json").await).await;
    for p in [
        "/api/v1/events/{id}/groups",
        "/api/v1/groups/{gid}/conclusions",
        "/api/v1/proposals/{pid}/study-visit",
        "/api/v1/events/{id}/report",
        "/api/v1/organisations/{id}/news",
    ] {
        assert!(doc["paths"][p].is_object(), "{p} is documented");
    }
    renders_translated(&member, &format!("/organisations/{}/groups", cluster.id)).await;
    renders_translated(&member, &format!("/groups/{g}")).await;
}
both_backends!(forum_groups_flow);

async fn proposals_flow(app: TestApp) {
    let (org_agent, _, org, ev) = organised_event(&app, EventKind::StakeholderMeeting).await;
    let (p1, u1) = app.user("anna@uni.lodz.pl", false).await;
    let (p2, u2) = app.user("boris@sofia.bg", false).await;
    let (outsider, _) = app.user("outsider@example.org", false).await;
    app.register_confirmed(ev.id, u1.id).await;
    app.register_confirmed(ev.id, u2.id).await;
    let path = format!("/api/v1/events/{}/proposals", ev.id);

    let r = p1
        .api(
            Method::POST,
            &path,
            Some(json!({"kind": "pilot_action", "title": "Energy cluster pilot", "body": "Heat pumps for SMEs"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let pilot = json(r).await["id"].as_i64().unwrap();
    for region in [json!("XX99"), json!(null)] {
        let r = p1
            .api(
                Method::POST,
                &path,
                Some(json!({"kind": "partner_region", "title": "Learn from somewhere", "region": region})),
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(field_named(&json(r).await, "region"));
    }
    let r = p2
        .api(
            Method::POST,
            &path,
            Some(json!({"kind": "partner_region", "title": "Learn from Spain", "region": "es"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let spain = json(r).await;
    assert_eq!(spain["region"], "ES");
    let spain = spain["id"].as_i64().unwrap();
    let r = p2
        .post_form(
            &format!("/events/{}/proposals", ev.id),
            &[
                ("kind", "partner_region"),
                ("title", "Learn from Lublin"),
                ("region", "PL81"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = outsider
        .api(
            Method::POST,
            &path,
            Some(json!({"kind": "pilot_action", "title": "Not a participant"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // One support per person, toggled; the list is ordered by support.
    let support = |pid: Id| format!("/api/v1/proposals/{pid}/support");
    let r = p1.api(Method::PUT, &support(spain), None).await;
    assert_eq!(json(r).await["supports"], 1);
    let r = p1.api(Method::PUT, &support(spain), None).await;
    assert_eq!(json(r).await["supports"], 1);
    let r = p2.api(Method::PUT, &support(spain), None).await;
    let v = json(r).await;
    assert_eq!(
        (v["supports"].clone(), v["supported"].clone()),
        (json!(2), json!(true))
    );
    let r = p1.api(Method::DELETE, &support(spain), None).await;
    assert_eq!(json(r).await["supports"], 1);
    assert_eq!(
        outsider
            .api(Method::PUT, &support(spain), None)
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let list = json(p1.api(Method::GET, &path, None).await).await;
    assert_eq!(list.as_array().unwrap().len(), 3);
    assert_eq!(list[0]["id"], spain);
    let r = p1
        .post_form(&format!("/proposals/{pilot}/support"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = p1
        .post_form(&format!("/proposals/{pilot}/support"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let list = json(p1.api(Method::GET, &path, None).await).await;
    let pilot_now = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == pilot)
        .unwrap();
    assert_eq!(pilot_now["supports"], 0);
    let (_, page) = p1
        .get_text(&format!("/events/{}/proposals?lang=pl", ev.id))
        .await;
    assert!(page.contains("1 osoba popiera"), "Polish plural");

    // Organisers turn a proposal into a study visit: the event and the links both ways.
    let visit_body = json!({"title": "Study visit to Valencia", "starts": "2027-03-10T09:00",
        "ends": "2027-03-11T17:00", "timezone": "Europe/Madrid", "city": "Valencia", "country": "ES"});
    let convert = format!("/api/v1/proposals/{spain}/study-visit");
    let r = p1
        .api(Method::POST, &convert, Some(visit_body.clone()))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = org_agent
        .api(Method::POST, &convert, Some(json!({"title": "No dates"})))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = org_agent
        .api(Method::POST, &convert, Some(visit_body.clone()))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let visit = json(r).await;
    assert_eq!(visit["kind"], "study_visit");
    assert_eq!(visit["source_proposal_id"], spain);
    assert_eq!(visit["organisers"][0]["id"], org.id);
    let vid = visit["id"].as_i64().unwrap();
    let stored = app.state.repo.event(vid).await.unwrap().unwrap();
    assert_eq!(stored.kind, EventKind::StudyVisit);
    let list = json(p1.api(Method::GET, &path, None).await).await;
    let converted = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == spain)
        .unwrap();
    assert_eq!(converted["study_visit_id"], vid);
    let r = org_agent
        .api(Method::POST, &convert, Some(visit_body))
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let (_, page) = p1.get_text(&format!("/events/{}/proposals", ev.id)).await;
    assert!(page.contains("Study visit to Valencia"));

    // The study visit page: hosts, source, delegation and outcome note.
    let (status, page) = app.agent().get_text(&format!("/events/{vid}/visit")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Lubelski Klaster Ekoenergetyczny") && page.contains("Learn from Spain"));
    let partner = app
        .org("Valencia Cluster Hub", OrgKind::Cluster, "ES", None)
        .await;
    let delegates = format!("/events/{vid}/visit/delegates");
    let r = p1.post_form(&delegates, &[("name", "Jan Kowalski")]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = org_agent
        .post_form(&delegates, &[("name", "Jan Kowalski")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let org_id = partner.id.to_string();
    let r = org_agent
        .post_form(&delegates, &[("org_id", org_id.as_str())])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = org_agent
        .post_form(&delegates, &[("org_id", "999999")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let list = app.state.repo.delegates(vid).await.unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[1].name, "Valencia Cluster Hub");
    let r = org_agent
        .post_form(
            &format!("/events/{vid}/visit/delegates/{}/remove", list[0].id),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.state.repo.delegates(vid).await.unwrap().len(), 1);
    let note = "Two pilot actions agreed with the Valencian partners.";
    let outcome = format!("/events/{vid}/visit/outcome");
    assert_eq!(
        p1.post_form(&outcome, &[("outcome_note", note)])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        org_agent
            .post_form(&outcome, &[("outcome_note", note)])
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let (_, page) = app.agent().get_text(&format!("/events/{vid}/visit")).await;
    assert!(page.contains(note) && page.contains("Valencia Cluster Hub"));
    // Other events have no study-visit page.
    let (status, _) = app
        .agent()
        .get_text(&format!("/events/{}/visit", ev.id))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    renders_translated(&p1, &format!("/events/{}/proposals", ev.id)).await;
    renders_translated(&org_agent, &format!("/events/{}/proposals", ev.id)).await;
    renders_translated(&org_agent, &format!("/proposals/{pilot}/study-visit")).await;
    renders_translated(&org_agent, &format!("/events/{vid}/visit")).await;
    renders_translated(&app.agent(), &format!("/events/{vid}/visit")).await;
}
both_backends!(proposals_flow);

fn png(len: usize) -> Vec<u8> {
    let mut v = b"\x89PNG\r\n\x1a\n".to_vec();
    v.resize(len, 7);
    v
}

async fn upload(agent: &Agent, event_id: Id, bytes: Vec<u8>, csrf: bool) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new().text("caption", "Opening panel");
    if csrf {
        form = form.text("_csrf", agent.csrf().await);
    }
    form = form.part(
        "photo",
        reqwest::multipart::Part::bytes(bytes).file_name("photo.png"),
    );
    agent
        .client
        .post(agent.url(&format!("/events/{event_id}/report/photos")))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn reports_flow(app: TestApp) {
    let (org_agent, _, org, ev) = organised_event(&app, EventKind::Conference).await;
    move_to_past(&app, &ev, org.id).await;
    let (participant, u) = app.user("anna@uni.lodz.pl", false).await;
    app.register_confirmed(ev.id, u.id).await;
    let anon = app.agent();
    let path = format!("/api/v1/events/{}/report", ev.id);
    let en = "Over 120 participants discussed cluster policies for RIS3.";
    let pl = "Ponad 120 uczestników rozmawiało o polityce klastrowej.";
    let texts = json!([{"lang": "en", "text": en}, {"lang": "pl", "text": pl}]);

    let r = org_agent
        .api(
            Method::PUT,
            &path,
            Some(json!({"texts": texts, "video_links": ["ftp://videos.example.org/1"]})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&json(r).await, "video_links"));
    let many: Vec<String> = (0..11).map(|i| format!("https://youtu.be/v{i}")).collect();
    let r = org_agent
        .api(
            Method::PUT,
            &path,
            Some(json!({"texts": texts, "video_links": many})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = org_agent
        .api(
            Method::PUT,
            &path,
            Some(json!({"texts": [{"lang": "en", "text": en}, {"lang": "de", "text": "a"}, {"lang": "fr", "text": "b"}]})),
        )
        .await;
    assert!(field_named(&json(r).await, "texts"));
    let body =
        json!({"texts": texts, "video_links": ["https://www.youtube.com/watch?v=clusters3"]});
    let r = participant
        .api(Method::PUT, &path, Some(body.clone()))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = org_agent.api(Method::PUT, &path, Some(body.clone())).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(json(r).await["published_at"].is_null());

    // Photos: checked by their bytes and size.
    let r = upload(&org_agent, ev.id, png(1000), true).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = upload(&org_agent, ev.id, b"GIF89a-not-allowed".to_vec(), true).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = upload(&org_agent, ev.id, png(5 * 1024 * 1024 + 1), true).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        upload(&org_agent, ev.id, png(1000), false).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        upload(&participant, ev.id, png(1000), true).await.status(),
        StatusCode::FORBIDDEN
    );
    let report = json(org_agent.api(Method::GET, &path, None).await).await;
    assert_eq!(report["photos"].as_array().unwrap().len(), 1);
    let photo = format!(
        "/events/{}/report/photos/{}",
        ev.id, report["photos"][0]["id"]
    );

    // Unpublished: organisers only.
    assert_eq!(
        anon.api(Method::GET, &path, None).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(anon.get(&photo).await.status(), StatusCode::NOT_FOUND);
    let (_, page) = anon.get_text(&format!("/events/{}/report", ev.id)).await;
    assert!(!page.contains(en));
    let r = org_agent.get(&photo).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "image/png");

    // Published: everyone who sees the event, and the organisation's news.
    let mut published = body.clone();
    published["published"] = json!(true);
    let r = org_agent.api(Method::PUT, &path, Some(published)).await;
    assert!(json(r).await["published_at"].is_string());
    let r = anon.api(Method::GET, &path, None).await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = anon.get(&photo).await;
    assert_eq!(r.headers()["content-type"], "image/png");
    assert_eq!(r.bytes().await.unwrap().len(), 1000);
    let (_, page) = anon
        .get_text(&format!("/events/{}/report?lang=pl", ev.id))
        .await;
    assert!(page.contains(pl));
    let (_, page) = anon
        .get_text(&format!("/events/{}/report?lang=pl&text=en", ev.id))
        .await;
    assert!(page.contains(en));
    let news = json(
        anon.api(
            Method::GET,
            &format!("/api/v1/organisations/{}/news", org.id),
            None,
        )
        .await,
    )
    .await;
    assert_eq!(news.as_array().unwrap().len(), 1);
    assert_eq!(news[0]["event_id"], ev.id);
    // (The agent chose Polish above, so the excerpt is the Polish text.)
    let (_, page) = anon.get_text(&format!("/organisations/{}", org.id)).await;
    assert!(page.contains(&format!("/events/{}/report", ev.id)) && page.contains("Ponad 120"));
    renders_translated(&anon, &format!("/events/{}/report", ev.id)).await;
    renders_translated(&org_agent, &format!("/events/{}/report", ev.id)).await;
    renders_translated(&anon, &format!("/organisations/{}", org.id)).await;

    // Unpublished again: hidden.
    let r = org_agent.api(Method::PUT, &path, Some(body)).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        anon.api(Method::GET, &path, None).await.status(),
        StatusCode::NOT_FOUND
    );
    let news = json(
        anon.api(
            Method::GET,
            &format!("/api/v1/organisations/{}/news", org.id),
            None,
        )
        .await,
    )
    .await;
    assert!(news.as_array().unwrap().is_empty());
    // Organisers delete photos.
    let r = org_agent.post_form(&format!("{photo}/delete"), &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(org_agent.get(&photo).await.status(), StatusCode::NOT_FOUND);
}
both_backends!(reports_flow);

/// A members-only event's groups, proposals and report are missing for outsiders and shown to
/// people of the organising organisation.
async fn members_only_is_hidden(app: TestApp) {
    let (org_agent, _, org, _) = organised_event(&app, EventKind::Conference).await;
    let mut input = app.event_input(org.id);
    input.kind = EventKind::StakeholderMeeting;
    input.visibility = EventVisibility::Members;
    let ev = app.event(input).await;
    let r = org_agent
        .api(
            Method::POST,
            &format!("/api/v1/events/{}/groups", ev.id),
            Some(json!({"title": "Closed group", "moderator_email": "organiser@lke.pl"})),
        )
        .await;
    let g = json(r).await["id"].as_i64().unwrap();
    let (member, m) = app.user("member@lke.pl", false).await;
    app.state
        .repo
        .set_org_user(org.id, m.id, OrgRole::Member)
        .await
        .unwrap();
    let (outsider, _) = app.user("outsider@example.org", false).await;
    let paths = [
        format!("/api/v1/events/{}/groups", ev.id),
        format!("/api/v1/groups/{g}"),
        format!("/api/v1/events/{}/proposals", ev.id),
        format!("/groups/{g}"),
        format!("/events/{}/groups", ev.id),
        format!("/events/{}/proposals", ev.id),
        format!("/events/{}/report", ev.id),
    ];
    for p in &paths {
        assert_eq!(outsider.get(p).await.status(), StatusCode::NOT_FOUND, "{p}");
        assert_eq!(
            app.agent().get(p).await.status(),
            StatusCode::NOT_FOUND,
            "{p}"
        );
        assert_eq!(member.get(p).await.status(), StatusCode::OK, "{p}");
    }
    let r = outsider
        .api(
            Method::POST,
            &format!("/api/v1/groups/{g}/membership"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Seeing the event does not make a member a participant.
    let r = member
        .api(
            Method::POST,
            &format!("/api/v1/events/{}/proposals", ev.id),
            Some(json!({"kind": "pilot_action", "title": "Members only pilot"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}
both_backends!(members_only_is_hidden);

/// The study visit's delegation and outcome note through the JSON API.
async fn visit_api(app: TestApp) {
    let (org_agent, _, org, ev) = organised_event(&app, EventKind::StakeholderMeeting).await;
    let (participant, u) = app.user("anna@uni.lodz.pl", false).await;
    app.register_confirmed(ev.id, u.id).await;
    let (outsider, _) = app.user("outsider@example.org", false).await;
    let anon = app.agent();
    let r = participant
        .api(
            Method::POST,
            &format!("/api/v1/events/{}/proposals", ev.id),
            Some(json!({"kind": "partner_region", "title": "Learn from Spain", "region": "ES"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let pid = json(r).await["id"].as_i64().unwrap();
    let r = org_agent
        .api(
            Method::POST,
            &format!("/api/v1/proposals/{pid}/study-visit"),
            Some(json!({"title": "Study visit to Valencia", "starts": "2027-03-10T09:00",
                "ends": "2027-03-11T17:00", "timezone": "Europe/Madrid", "city": "Valencia", "country": "ES"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let vid = json(r).await["id"].as_i64().unwrap();

    // GET: host region, organisers, delegates, source and outcome, for everyone who sees it.
    let path = format!("/api/v1/events/{vid}/visit");
    let r = anon.api(Method::GET, &path, None).await;
    assert_eq!(r.status(), StatusCode::OK);
    let v = json(r).await;
    assert_eq!(v["event_id"], vid);
    assert_eq!(v["host_region"]["code"], "ES");
    assert_eq!(v["organisers"][0]["id"], org.id);
    assert_eq!(v["source"]["proposal_id"], pid);
    assert_eq!(v["source"]["proposal_title"], "Learn from Spain");
    assert_eq!(v["source"]["meeting_id"], ev.id);
    assert!(v["delegates"].as_array().unwrap().is_empty());
    assert!(v["outcome_note"].is_null());
    assert_eq!(v["can_edit"], false);
    let v = json(org_agent.api(Method::GET, &path, None).await).await;
    assert_eq!(v["can_edit"], true);
    // Other kinds of events are no study visits.
    let r = anon
        .api(
            Method::GET,
            &format!("/api/v1/events/{}/visit", ev.id),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // POST delegates: the visit's organisers; a name or an organisation of the directory.
    let delegates = format!("/api/v1/events/{vid}/delegates");
    let jan = json!({"name": "Jan Kowalski"});
    for (agent, status) in [
        (&anon, StatusCode::UNAUTHORIZED),
        (&outsider, StatusCode::FORBIDDEN),
        (&participant, StatusCode::FORBIDDEN),
    ] {
        let r = agent.api(Method::POST, &delegates, Some(jan.clone())).await;
        assert_eq!(r.status(), status);
    }
    for (body, field) in [
        (json!({"name": "   "}), "name"),
        (json!({}), "name"),
        (json!({"org_id": 999999}), "org_id"),
    ] {
        let r = org_agent.api(Method::POST, &delegates, Some(body)).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(field_named(&json(r).await, field), "{field}");
    }
    let r = org_agent.api(Method::POST, &delegates, Some(jan)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let d1 = json(r).await;
    assert_eq!(d1["name"], "Jan Kowalski");
    assert!(d1["org_id"].is_null());
    let partner = app
        .org("Valencia Cluster Hub", OrgKind::Cluster, "ES", None)
        .await;
    let r = org_agent
        .api(
            Method::POST,
            &delegates,
            Some(json!({"org_id": partner.id, "name": ""})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let d2 = json(r).await;
    assert_eq!(
        (d2["name"].clone(), d2["org_id"].clone()),
        (json!("Valencia Cluster Hub"), json!(partner.id))
    );

    // DELETE a delegate.
    let one = format!("{delegates}/{}", d1["id"]);
    for (agent, status) in [
        (&anon, StatusCode::UNAUTHORIZED),
        (&outsider, StatusCode::FORBIDDEN),
        (&participant, StatusCode::FORBIDDEN),
    ] {
        assert_eq!(agent.api(Method::DELETE, &one, None).await.status(), status);
    }
    assert_eq!(
        org_agent.api(Method::DELETE, &one, None).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        org_agent.api(Method::DELETE, &one, None).await.status(),
        StatusCode::NOT_FOUND
    );

    // PUT the outcome note.
    let outcome = format!("/api/v1/events/{vid}/outcome");
    let note = "Two pilot actions agreed with the Valencian partners.";
    for (agent, status) in [
        (&anon, StatusCode::UNAUTHORIZED),
        (&outsider, StatusCode::FORBIDDEN),
        (&participant, StatusCode::FORBIDDEN),
    ] {
        let r = agent
            .api(Method::PUT, &outcome, Some(json!({ "note": note })))
            .await;
        assert_eq!(r.status(), status);
    }
    let r = org_agent
        .api(
            Method::PUT,
            &outcome,
            Some(json!({"note": "x".repeat(20_001)})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&json(r).await, "note"));
    let r = org_agent
        .api(Method::PUT, &outcome, Some(json!({ "note": note })))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json(r).await["outcome_note"], note);
    let v = json(anon.api(Method::GET, &path, None).await).await;
    assert_eq!(v["outcome_note"], note);
    assert_eq!(v["delegates"].as_array().unwrap().len(), 1);
    assert_eq!(v["delegates"][0]["name"], "Valencia Cluster Hub");
    let (_, page) = anon.get_text(&format!("/events/{vid}/visit")).await;
    assert!(page.contains(note) && !page.contains("Jan Kowalski"));
    // An empty note clears it.
    let r = org_agent
        .api(Method::PUT, &outcome, Some(json!({"note": ""})))
        .await;
    assert!(json(r).await["outcome_note"].is_null());
}
both_backends!(visit_api);

/// A multipart photo upload to the API: a session sends the CSRF header, a token needs none.
async fn api_upload(
    agent: &Agent,
    event_id: Id,
    bytes: Vec<u8>,
    caption: &str,
    csrf: bool,
) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("caption", caption.to_string())
        .part(
            "photo",
            reqwest::multipart::Part::bytes(bytes).file_name("photo.png"),
        );
    let mut req = agent
        .client
        .post(agent.url(&format!("/api/v1/events/{event_id}/report/photos")))
        .multipart(form);
    if let Some(t) = &agent.token {
        req = req.bearer_auth(t);
    } else if csrf {
        req = req.header("X-CSRF-Token", agent.csrf().await);
    }
    req.send().await.unwrap()
}

async fn report_photos_api(app: TestApp) {
    let (mut org_agent, _, org, ev) = organised_event(&app, EventKind::Conference).await;
    move_to_past(&app, &ev, org.id).await;
    let (participant, u) = app.user("anna@uni.lodz.pl", false).await;
    app.register_confirmed(ev.id, u.id).await;
    let (outsider, _) = app.user("outsider@example.org", false).await;
    let anon = app.agent();
    let report = format!("/api/v1/events/{}/report", ev.id);
    let r = org_agent
        .api(
            Method::PUT,
            &report,
            Some(json!({"texts": [{"lang": "en", "text": "A good day for clusters."}]})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);

    let r = api_upload(&org_agent, ev.id, png(1000), "Opening panel", true).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let photo = json(r).await;
    assert_eq!(photo["content_type"], "image/png");
    assert_eq!(photo["size"], 1000);
    assert_eq!(photo["caption"], "Opening panel");
    let pid = photo["id"].as_i64().unwrap();

    // The same checks as the page: by the bytes, the size and the caption's length.
    for (bytes, caption, field) in [
        (b"GIF89a-not-allowed".to_vec(), "A GIF", "photo"),
        (vec![], "Nothing", "photo"),
        (png(5 * 1024 * 1024 + 1), "Too big", "photo"),
        (png(100), &*"c".repeat(301), "caption"),
    ] {
        let r = api_upload(&org_agent, ev.id, bytes, caption, true).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert!(field_named(&json(r).await, field), "{field}");
    }
    // Not multipart at all.
    let r = org_agent
        .api(
            Method::POST,
            &format!("{report}/photos"),
            Some(json!({"photo": "x"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    // A session without the CSRF header, and people other than the organisers.
    for (agent, csrf, status) in [
        (&org_agent, false, StatusCode::FORBIDDEN),
        (&anon, true, StatusCode::UNAUTHORIZED),
        (&outsider, true, StatusCode::FORBIDDEN),
        (&participant, true, StatusCode::FORBIDDEN),
    ] {
        let r = api_upload(agent, ev.id, png(1000), "x", csrf).await;
        assert_eq!(r.status(), status);
    }
    let stored = json(org_agent.api(Method::GET, &report, None).await).await;
    assert_eq!(stored["photos"].as_array().unwrap().len(), 1);
    let r = org_agent
        .get(&format!("/events/{}/report/photos/{pid}", ev.id))
        .await;
    assert_eq!(r.bytes().await.unwrap().len(), 1000);

    // DELETE a photo.
    let one = format!("{report}/photos/{pid}");
    for (agent, status) in [
        (&anon, StatusCode::UNAUTHORIZED),
        (&outsider, StatusCode::FORBIDDEN),
        (&participant, StatusCode::FORBIDDEN),
    ] {
        assert_eq!(agent.api(Method::DELETE, &one, None).await.status(), status);
    }
    assert_eq!(
        org_agent.api(Method::DELETE, &one, None).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        org_agent.api(Method::DELETE, &one, None).await.status(),
        StatusCode::NOT_FOUND
    );
    let stored = json(org_agent.api(Method::GET, &report, None).await).await;
    assert!(stored["photos"].as_array().unwrap().is_empty());

    // A personal token uploads without any CSRF header.
    org_agent.use_api_token().await;
    let r = api_upload(&org_agent, ev.id, png(200), "By token", false).await;
    assert_eq!(r.status(), StatusCode::CREATED);
}
both_backends!(report_photos_api);

async fn delete_post_api(app: TestApp) {
    let (org_agent, _, _, ev) = organised_event(&app, EventKind::Conference).await;
    let (moderator, _) = app.user("moderator@clustercollaboration.eu", false).await;
    let (member, u) = app.user("anna@uni.lodz.pl", false).await;
    app.register_confirmed(ev.id, u.id).await;
    let (outsider, _) = app.user("outsider@example.org", false).await;
    let anon = app.agent();
    let r = org_agent
        .api(
            Method::POST,
            &format!("/api/v1/events/{}/groups", ev.id),
            Some(json!({"title": "Smart specialisation", "moderator_email": "moderator@clustercollaboration.eu"})),
        )
        .await;
    let gid = json(r).await["id"].as_i64().unwrap();
    let r = member
        .api(
            Method::POST,
            &format!("/api/v1/groups/{gid}/membership"),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let posts = format!("/api/v1/groups/{gid}/posts");
    let mut ids = vec![];
    for body in ["First thought", "Second thought"] {
        let r = member
            .api(Method::POST, &posts, Some(json!({ "body": body })))
            .await;
        assert_eq!(r.status(), StatusCode::CREATED);
        ids.push(json(r).await["id"].as_i64().unwrap());
    }
    let first = format!("{posts}/{}", ids[0]);
    // Not even the author: only the moderator and the organisers.
    for (agent, status) in [
        (&anon, StatusCode::UNAUTHORIZED),
        (&outsider, StatusCode::FORBIDDEN),
        (&member, StatusCode::FORBIDDEN),
    ] {
        assert_eq!(
            agent.api(Method::DELETE, &first, None).await.status(),
            status
        );
    }
    assert_eq!(
        moderator.api(Method::DELETE, &first, None).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        moderator.api(Method::DELETE, &first, None).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        org_agent
            .api(Method::DELETE, &format!("{posts}/{}", ids[1]), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    let list = json(anon.api(Method::GET, &posts, None).await).await;
    assert!(list.as_array().unwrap().is_empty());

    let doc = json(anon.get("/api/v1/openapi.json").await).await;
    for (p, method) in [
        ("/api/v1/events/{id}/visit", "get"),
        ("/api/v1/events/{id}/delegates", "post"),
        ("/api/v1/events/{id}/delegates/{did}", "delete"),
        ("/api/v1/events/{id}/outcome", "put"),
        ("/api/v1/events/{id}/report/photos", "post"),
        ("/api/v1/events/{id}/report/photos/{pid}", "delete"),
        ("/api/v1/groups/{gid}/posts/{pid}", "delete"),
    ] {
        assert!(
            doc["paths"][p][method].is_object(),
            "{method} {p} is documented"
        );
    }
    assert!(
        doc["paths"]["/api/v1/events/{id}/report/photos"]["post"]["requestBody"]["content"]
            ["multipart/form-data"]
            .is_object()
    );
}
both_backends!(delete_post_api);
