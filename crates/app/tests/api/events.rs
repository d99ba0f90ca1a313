//! HTTP tests of events (both backends).

use crate::both_backends;
use crate::helpers::{Agent, TestApp};
use klaster_domain::events::{EventInput, EventKind, EventVisibility};
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

/// The event's fields survive the database on both backends, times exactly.
async fn stored_event_round_trips(app: TestApp) {
    let (_, user) = app.user("organiser@lke.pl", false).await;
    let org = app
        .org(
            "Lubelski Klaster Ekoenergetyczny",
            OrgKind::Cluster,
            "PL",
            Some(user.id),
        )
        .await;
    let input = app.event_input(org.id);
    let ev = app.event(input.clone()).await;
    assert_eq!(ev.starts_at, input.starts_at);
    assert_eq!(ev.organisers[0].name, "Lubelski Klaster Ekoenergetyczny");
    assert_eq!(ev.nuts.as_ref().unwrap().as_str(), "PL81");
    let mut changed = input.clone();
    changed.title = "CLUSTERS3 conference".into();
    changed.capacity = Some(120);
    let ev = app.state.repo.update_event(ev.id, &changed).await.unwrap();
    assert_eq!(
        (ev.title.as_str(), ev.capacity),
        ("CLUSTERS3 conference", Some(120))
    );
    assert_eq!(app.state.repo.all_events().await.unwrap().len(), 1);
    app.register_confirmed(ev.id, user.id).await;
    assert_eq!(
        app.state
            .repo
            .registration_status(ev.id, user.id)
            .await
            .unwrap(),
        Some(klaster_domain::registration::RegistrationStatus::Confirmed)
    );
}
both_backends!(stored_event_round_trips);

/// A local date-time `days` from now, as the forms take it.
fn local(days: i64, hour: u8) -> String {
    let d = time::OffsetDateTime::now_utc().date() + time::Duration::days(days);
    format!(
        "{:04}-{:02}-{:02}T{hour:02}:00",
        d.year(),
        d.month() as u8,
        d.day()
    )
}

fn event_form(org: Id) -> Vec<(&'static str, String)> {
    vec![
        ("type", "conference".into()),
        ("title", "Grow your Region".into()),
        ("organisers", org.to_string()),
        ("project", "Grow your Region".into()),
        ("venue", "Ciudad de las Artes".into()),
        ("city", "Valencia".into()),
        ("country", "ES".into()),
        ("timezone", "Europe/Madrid".into()),
        ("starts", local(20, 9)),
        ("ends", local(21, 17)),
        ("languages", "en, es".into()),
        ("visibility", "public".into()),
        ("capacity", "300".into()),
        ("registration_open", "on".into()),
        (
            "description_en",
            "An interregional conference on smart specialisation.".into(),
        ),
        (
            "description_pl",
            "Międzyregionalna konferencja o inteligentnych specjalizacjach.".into(),
        ),
    ]
}

fn refs(v: &[(&'static str, String)]) -> Vec<(&'static str, String)> {
    v.to_vec()
}

async fn post(agent: &Agent, path: &str, fields: &[(&'static str, String)]) -> reqwest::Response {
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    agent.post_form(path, &f).await
}

fn location_id(r: &reqwest::Response) -> Id {
    let loc = r.headers()["location"].to_str().unwrap();
    loc.trim_start_matches("/events/")
        .split(['/', '#'])
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

async fn json(r: reqwest::Response) -> Value {
    r.json().await.unwrap()
}

fn fields(v: &Value) -> Vec<String> {
    v["fields"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|f| f["field"].as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// An organiser announces events through the form and the API; bad input names its fields.
async fn create_via_form_and_api(app: TestApp) {
    let (agent, user) = app.user("org@valencia.es", false).await;
    let org = app
        .org("Valencia Cluster", OrgKind::Cluster, "ES", Some(user.id))
        .await;
    let (status, html) = agent.get_text("/events").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("href=\"/events/new\""), "announce link");
    let (status, html) = agent.get_text("/events/new").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Valencia Cluster") && html.contains("Europe/Madrid"));

    let r = post(&agent, "/events", &event_form(org.id)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let id = location_id(&r);
    let ev = app.state.repo.event(id).await.unwrap().unwrap();
    assert_eq!(ev.timezone, "Europe/Madrid");
    assert_eq!(ev.capacity, Some(300));
    assert_eq!(
        klaster_domain::events::local_input(ev.starts_at, "Europe/Madrid"),
        local(20, 9)
    );
    let (status, html) = agent.get_text(&format!("/events/{id}?lang=pl")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Międzyregionalna konferencja"),
        "Polish description"
    );
    assert!(html.contains(&format!("/organisations/{}", org.id)));
    assert!(html.contains(&format!("/events/{id}/calendar.ics")));
    assert!(html.contains(&format!("/events/{id}/edit")));

    // The form names each bad field, in the page's language, with 422.
    let mut bad = event_form(org.id);
    bad.retain(|(k, _)| !matches!(*k, "title" | "ends"));
    bad.push(("title", "".into()));
    bad.push(("ends", local(19, 9)));
    let r = post(&agent, "/events?lang=pl", &bad).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("musi być po początku"), "translated message");
    assert!(html.contains("id=\"title-error\""));

    // The same through the API.
    let body = json!({
        "type": "workshop", "title": "Cluster managers' workshop", "organisers": [org.id],
        "online_url": "https://meet.example.org/w", "timezone": "Europe/Madrid",
        "starts": local(40, 10), "ends": local(40, 12), "languages": ["en"],
        "descriptions": [{"lang": "en", "text": "Online."}]
    });
    let r = agent.api(Method::POST, "/api/v1/events", Some(body)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let created = json(r).await;
    assert_eq!(created["kind"], "workshop");
    let r = agent
        .api(
            Method::POST,
            "/api/v1/events",
            Some(json!({"type": "party", "title": "x", "organisers": [org.id], "timezone": "Mars/Base",
                "starts": "2030-01-01T10:00", "ends": "2030-01-01T09:00"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let f = fields(&json(r).await);
    for field in ["type", "title", "timezone", "city"] {
        assert!(f.contains(&field.to_string()), "{field} in {f:?}");
    }
    // Anonymous callers cannot announce.
    let r = app
        .agent()
        .api(Method::POST, "/api/v1/events", Some(json!({})))
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}
both_backends!(create_via_form_and_api);

struct Fixture {
    lublin: Id,
    sofia: Id,
    past: Id,
    org_pl: Id,
    org_bg: Id,
}

async fn three_events(app: &TestApp) -> Fixture {
    let (_, u) = app.user("owner@clusters.eu", false).await;
    let org_pl = app
        .org("Lubelski Klaster", OrgKind::Cluster, "PL", Some(u.id))
        .await
        .id;
    let org_bg = app
        .org("Sofia Tech Cluster", OrgKind::Cluster, "BG", Some(u.id))
        .await
        .id;
    let lublin = app.event(app.event_input(org_pl)).await.id;
    let mut i: EventInput = app.event_input(org_bg);
    i.kind = EventKind::Workshop;
    i.title = "Smart specialisation workshop".into();
    i.city = Some("Sofia".into());
    i.venue = None;
    i.country = Some(CountryCode::parse("BG").unwrap());
    i.nuts = Some(NutsCode::parse("BG41").unwrap());
    i.timezone = "Europe/Sofia".into();
    i.starts_at += time::Duration::days(30);
    i.ends_at += time::Duration::days(30);
    let sofia = app.event(i).await.id;
    let mut p = app.event_input(org_pl);
    p.title = "CluStrat meeting".into();
    p.starts_at -= time::Duration::days(400);
    p.ends_at -= time::Duration::days(400);
    let past = app.event(p).await.id;
    Fixture {
        lublin,
        sofia,
        past,
        org_pl,
        org_bg,
    }
}

async fn api_ids(agent: &Agent, query: &str) -> Vec<Id> {
    let r = agent.get(&format!("/api/v1/events{query}")).await;
    assert_eq!(r.status(), StatusCode::OK, "{query}");
    let v = json(r).await;
    assert_eq!(
        v["total"].as_u64().unwrap() as usize,
        v["items"].as_array().unwrap().len()
    );
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect()
}

/// Every filter narrows the listing, on the page and in the API alike.
async fn listing_filters(app: TestApp) {
    let f = three_events(&app).await;
    let a = app.agent();
    let in_30 = (time::OffsetDateTime::now_utc() + time::Duration::days(30)).date();
    let cases: Vec<(String, Vec<Id>)> = vec![
        (String::new(), vec![f.lublin, f.sofia]),
        ("?when=past".into(), vec![f.past]),
        ("?when=all".into(), vec![f.past, f.lublin, f.sofia]),
        ("?type=workshop".into(), vec![f.sofia]),
        ("?country=BG".into(), vec![f.sofia]),
        ("?region=PL8".into(), vec![f.lublin]),
        ("?region=BG41".into(), vec![f.sofia]),
        (format!("?organiser={}", f.org_bg), vec![f.sofia]),
        (
            format!("?when=all&organiser={}", f.org_pl),
            vec![f.past, f.lublin],
        ),
        (format!("?to={in_30}"), vec![f.lublin]),
        (
            format!("?from={}", in_30 + time::Duration::days(2)),
            vec![f.sofia],
        ),
        ("?q=smart+SPECIALISATION".into(), vec![f.sofia]),
        ("?when=all&q=clustrat".into(), vec![f.past]),
    ];
    for (query, expected) in &cases {
        assert_eq!(&api_ids(&a, query).await, expected, "API {query}");
        let (status, html) = a.get_text(&format!("/events{query}")).await;
        assert_eq!(status, StatusCode::OK);
        for id in [f.lublin, f.sofia, f.past] {
            assert_eq!(
                html.contains(&format!("href=\"/events/{id}\"")),
                expected.contains(&id),
                "page {query}, event {id}"
            );
        }
    }
    let (_, html) = a.get_text("/events?when=all").await;
    assert!(html.contains("3 events"), "count");
    let (_, html) = a.get_text("/events?when=all&lang=pl").await;
    assert!(html.contains("3 wydarzenia"), "Polish plural");
    let r = a.get("/api/v1/events?from=yesterday").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&json(r).await), vec!["from"]);
}
both_backends!(listing_filters);

/// Members-only events: hidden from anonymous visitors and outsiders, visible to members of the
/// organising organisation and to members of the organising cluster's member organisations.
async fn members_only_visibility(app: TestApp) {
    let (_, owner) = app.user("owner@cluster.pl", false).await;
    let cluster = app
        .org("Klaster Lubelski", OrgKind::Cluster, "PL", Some(owner.id))
        .await;
    let (member, member_user) = app.user("member@cluster.pl", false).await;
    app.state
        .repo
        .set_org_user(cluster.id, member_user.id, OrgRole::Member)
        .await
        .unwrap();
    let (firm_user_agent, firm_user) = app.user("staff@firma.pl", false).await;
    let firm = app
        .org("Firma", OrgKind::Company, "PL", Some(firm_user.id))
        .await;
    app.state
        .repo
        .set_cluster_member(cluster.id, firm.id, true)
        .await
        .unwrap();
    let (outsider, _) = app.user("outsider@elsewhere.bg", false).await;
    let mut input = app.event_input(cluster.id);
    input.visibility = EventVisibility::Members;
    input.title = "Closed meeting of members".into();
    let ev = app.event(input).await;
    let path = format!("/events/{}", ev.id);
    let api = format!("/api/v1/events/{}", ev.id);

    for (who, agent) in [("anonymous", &app.agent()), ("outsider", &outsider)] {
        assert!(api_ids(agent, "").await.is_empty(), "{who} list");
        let (_, html) = agent.get_text("/events").await;
        assert!(!html.contains("Closed meeting"), "{who} page list");
        assert_eq!(
            agent.get(&path).await.status(),
            StatusCode::NOT_FOUND,
            "{who}"
        );
        assert_eq!(
            agent.get(&api).await.status(),
            StatusCode::NOT_FOUND,
            "{who}"
        );
        assert_eq!(
            agent.get(&format!("{path}/agenda")).await.status(),
            StatusCode::NOT_FOUND
        );
    }
    for (who, agent) in [
        ("member", &member),
        ("cluster member's staff", &firm_user_agent),
    ] {
        assert_eq!(api_ids(agent, "").await, vec![ev.id], "{who}");
        let (status, html) = agent.get_text(&path).await;
        assert_eq!(status, StatusCode::OK, "{who}");
        assert!(html.contains("Closed meeting"));
        assert_eq!(agent.get(&api).await.status(), StatusCode::OK, "{who}");
        // Seeing is not organising.
        assert_eq!(
            agent.get(&format!("{path}/edit")).await.status(),
            StatusCode::FORBIDDEN,
            "{who}"
        );
    }
}
both_backends!(members_only_visibility);

/// Only organisers edit: outsiders get 403, anonymous visitors 401.
async fn only_organisers_edit(app: TestApp) {
    let (organiser, user) = app.user("boss@cluster.pl", false).await;
    let org = app
        .org("Klaster", OrgKind::Cluster, "PL", Some(user.id))
        .await;
    let ev = app.event(app.event_input(org.id)).await;
    let (outsider, _) = app.user("other@firm.pl", false).await;
    let anonymous = app.agent();
    let form = refs(&event_form(org.id));
    let path = format!("/events/{}", ev.id);

    assert_eq!(
        outsider.get(&format!("{path}/edit")).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        post(&outsider, &path, &form).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        anonymous.get(&format!("{path}/edit")).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        post(&anonymous, &path, &form).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let body = json!({"type": "conference", "title": "Taken over", "organisers": [org.id],
        "city": "Lublin", "country": "PL", "timezone": "Europe/Warsaw",
        "starts": local(30, 9), "ends": local(30, 17)});
    let r = anonymous
        .api(Method::PUT, &format!("/api/v1{path}"), Some(body.clone()))
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = outsider
        .api(Method::PUT, &format!("/api/v1{path}"), Some(body.clone()))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.state.repo.event(ev.id).await.unwrap().unwrap().title,
        ev.title
    );

    // The organiser edits through the form and through the API.
    let (status, html) = organiser.get_text(&format!("{path}/edit")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(&ev.title));
    let r = post(&organiser, &path, &form).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.state.repo.event(ev.id).await.unwrap().unwrap().title,
        "Grow your Region"
    );
    let r = organiser
        .api(Method::PUT, &format!("/api/v1{path}"), Some(body))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json(r).await["title"], "Taken over");
}
both_backends!(only_organisers_edit);

/// Sessions: the organiser adds and edits them, parallel ones show as tracks; outsiders are
/// refused; an end before the start is refused.
async fn sessions_by_organisers(app: TestApp) {
    let (organiser, user) = app.user("boss@cluster.pl", false).await;
    let org = app
        .org("Klaster", OrgKind::Cluster, "PL", Some(user.id))
        .await;
    let speaker_org = app
        .org("Politechnika", OrgKind::University, "PL", None)
        .await;
    let ev = app.event(app.event_input(org.id)).await;
    let (outsider, _) = app.user("other@firm.pl", false).await;
    let day = klaster_domain::events::local_input(ev.starts_at, &ev.timezone);
    let at = |h: u8| format!("{}T{h:02}:00", &day[..10]);
    let api = format!("/api/v1/events/{}/sessions", ev.id);

    let s = json!({"title": "Opening", "room": "Hall A", "starts": at(10), "ends": at(11)});
    let r = organiser.api(Method::POST, &api, Some(s.clone())).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let sid = json(r).await["id"].as_i64().unwrap();
    let r = outsider.api(Method::POST, &api, Some(s.clone())).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app.agent().api(Method::POST, &api, Some(s)).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = organiser
        .api(
            Method::POST,
            &api,
            Some(json!({"title": "Backwards", "starts": at(12), "ends": at(11)})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&json(r).await), vec!["ends"]);
    let r = organiser
        .api(
            Method::POST,
            &api,
            Some(json!({"title": "Next year", "starts": "2099-01-01T10:00", "ends": "2099-01-01T11:00"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = organiser
        .api(
            Method::PUT,
            &format!("{api}/{sid}"),
            Some(json!({"title": "Opening plenary", "room": "Hall A", "starts": at(10), "ends": at(11)})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json(r).await["title"], "Opening plenary");
    let r = outsider
        .api(Method::DELETE, &format!("{api}/{sid}"), None)
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // Two parallel workshops through the page form, and a speaker with an organisation.
    let page = format!("/events/{}/agenda", ev.id);
    for (title, room) in [("Workshop energy", "Room 1"), ("Workshop ICT", "Room 2")] {
        let r = post(
            &organiser,
            &page,
            &[
                ("title", title.into()),
                ("room", room.into()),
                ("starts", at(12)),
                ("ends", at(13)),
            ],
        )
        .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{title}");
    }
    let r = post(
        &organiser,
        &page,
        &[
            ("title", "Late".into()),
            ("starts", at(14)),
            ("ends", at(13)),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = post(
        &organiser,
        &format!("{page}/{sid}/speakers"),
        &[
            ("name", "Anna Kowalska".into()),
            ("role", "Director".into()),
            ("org_id", speaker_org.id.to_string()),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = post(
        &outsider,
        &format!("{page}/{sid}/speakers"),
        &[("name", "Intruder".into())],
    )
    .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let (status, html) = app.agent().get_text(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Opening plenary") && html.contains("Anna Kowalska"));
    assert!(html.contains(&format!("href=\"/organisations/{}\"", speaker_org.id)));
    let tracks = html.split("class=\"tracks\"").nth(1).unwrap();
    assert!(tracks.contains("Workshop energy") && tracks.contains("Workshop ICT"));
    assert!(
        !html.contains("agenda/{sid}/delete"),
        "no organiser controls for visitors"
    );
    let sessions = json(app.agent().get(&api).await).await;
    assert_eq!(sessions.as_array().unwrap().len(), 3);
    assert_eq!(sessions[0]["speakers"][0]["org_name"], "Politechnika");
}
both_backends!(sessions_by_organisers);

async fn upload(agent: &Agent, path: &str, name: &str, data: Vec<u8>) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("_csrf", agent.csrf().await)
        .part(
            "file",
            reqwest::multipart::Part::bytes(data).file_name(name.to_string()),
        );
    agent
        .client
        .post(agent.url(path))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// Materials: a PDF is accepted and downloads as an attachment; an executable, a renamed one
/// and an oversized file are refused naming the field; downloads respect visibility.
async fn session_materials(app: TestApp) {
    let (organiser, user) = app.user("boss@cluster.pl", false).await;
    let org = app
        .org("Klaster", OrgKind::Cluster, "PL", Some(user.id))
        .await;
    let mut input = app.event_input(org.id);
    input.visibility = EventVisibility::Members;
    let ev = app.event(input).await;
    let day = klaster_domain::events::local_input(ev.starts_at, &ev.timezone);
    let r = organiser
        .api(
            Method::POST,
            &format!("/api/v1/events/{}/sessions", ev.id),
            Some(json!({"title": "Opening", "starts": format!("{}T10:00", &day[..10]), "ends": format!("{}T11:00", &day[..10])})),
        )
        .await;
    let sid = json(r).await["id"].as_i64().unwrap();
    let path = format!("/events/{}/agenda/{sid}/materials", ev.id);
    let pdf = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n%%EOF\n".to_vec();

    let r = upload(&organiser, &path, "Słajdy otwarcia.pdf", pdf.clone()).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = organiser
        .get_text(&format!("/events/{}/agenda", ev.id))
        .await;
    let mid: Id = html
        .split(&format!("/events/{}/materials/", ev.id))
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(html.contains("Słajdy otwarcia.pdf"));
    let r = organiser
        .get(&format!("/events/{}/materials/{mid}", ev.id))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let cd = r.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        cd.starts_with("attachment;") && cd.contains("filename*=UTF-8''S%C5%82ajdy"),
        "{cd}"
    );
    assert_eq!(r.bytes().await.unwrap().to_vec(), pdf);

    for (name, data) in [
        ("setup.exe", b"MZ\x90\x00\x03".to_vec()),
        ("setup.pdf", b"MZ\x90\x00\x03".to_vec()),
        ("huge.pdf", {
            let mut d = b"%PDF-1.4\n".to_vec();
            d.resize(10 * 1024 * 1024 + 1, b' ');
            d
        }),
    ] {
        let r = upload(&organiser, &format!("{path}?lang=pl"), name, data).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        let html = r.text().await.unwrap();
        assert!(html.contains("Plik:"), "{name} names the field");
    }
    // Visibility: the outsider neither uploads nor downloads; the anonymous visitor neither.
    let (outsider, _) = app.user("other@firm.pl", false).await;
    assert_eq!(
        upload(&outsider, &path, "x.pdf", pdf.clone())
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    for agent in [&outsider, &app.agent()] {
        let r = agent
            .get(&format!("/events/{}/materials/{mid}", ev.id))
            .await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
    }
    // A material is reached only through its own event.
    let other = app.event(app.event_input(org.id)).await;
    let r = organiser
        .get(&format!("/events/{}/materials/{mid}", other.id))
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = post(&organiser, &format!("{path}/{mid}/delete"), &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(app.state.repo.material(mid).await.unwrap().is_none());
}
both_backends!(session_materials);

/// Stands: an organisation's administrator takes one, the list shows the profile, the offer is
/// edited, the organiser labels and removes it; nothing after the event ended.
async fn stands_flow(app: TestApp) {
    let (organiser, user) = app.user("boss@cluster.pl", false).await;
    let org = app
        .org("Klaster", OrgKind::Cluster, "PL", Some(user.id))
        .await;
    let ev = app.event(app.event_input(org.id)).await;
    let (exhibitor, ex_user) = app.user("ceo@solar.pl", false).await;
    let mut profile = app
        .org("Solar Lublin", OrgKind::Company, "PL", Some(ex_user.id))
        .await;
    let input = OrganisationInput {
        kind: OrgKind::Company,
        size_class: None,
        name: profile.name.clone(),
        short_name: None,
        country: profile.country.clone(),
        nuts: Some(NutsCode::parse("PL81").unwrap()),
        nace: vec![],
        ecosystems: vec![],
        keywords: vec![],
        website: None,
        year_founded: None,
        languages: vec![],
        descriptions: vec![LocalizedText {
            lang: LanguageTag::parse("pl").unwrap(),
            text: "Instalacje fotowoltaiczne dla gmin.".into(),
        }],
        management_fte: None,
        is_demo: false,
    };
    profile = app.state.repo.update_org(profile.id, &input).await.unwrap();
    let page = format!("/events/{}/stands", ev.id);

    let (_, html) = exhibitor.get_text(&page).await;
    assert!(html.contains("name=\"org_id\"") && html.contains("Solar Lublin"));
    let r = post(
        &exhibitor,
        &page,
        &[("org_id", org.id.to_string()), ("offer", "Not mine".into())],
    )
    .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "not their organisation");
    let r = post(
        &exhibitor,
        &page,
        &[
            ("org_id", profile.id.to_string()),
            ("offer", "x".repeat(2001)),
        ],
    )
    .await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "offer too long"
    );
    let r = post(
        &exhibitor,
        &page,
        &[
            ("org_id", profile.id.to_string()),
            ("offer", "Demo of our storage".into()),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let stands = json(app.agent().get(&format!("/api/v1{page}")).await).await;
    let sid = stands[0]["id"].as_i64().unwrap();
    assert_eq!(stands[0]["org_name"], "Solar Lublin");
    let (_, html) = app.agent().get_text(&format!("{page}?lang=pl")).await;
    assert!(html.contains("Demo of our storage"));
    assert!(
        html.contains("Instalacje fotowoltaiczne dla gmin."),
        "profile summary"
    );
    assert!(html.contains(&format!("href=\"/organisations/{}\"", profile.id)));
    assert!(html.contains("1 stoisko"));

    let r = post(
        &exhibitor,
        &format!("{page}/{sid}/offer"),
        &[("offer", "Storage and PV for municipalities".into())],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = post(
        &exhibitor,
        &format!("{page}/{sid}/label"),
        &[("label", "A1".into())],
    )
    .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "only organisers label");
    let r = post(
        &organiser,
        &format!("{page}/{sid}/label"),
        &[("label", "A1".into())],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let s = app.state.repo.stand(sid).await.unwrap().unwrap();
    assert_eq!(
        (s.offer.as_str(), s.label.as_deref()),
        ("Storage and PV for municipalities", Some("A1"))
    );
    let r = post(&organiser, &format!("{page}/{sid}/remove"), &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(app.state.repo.stands(ev.id).await.unwrap().is_empty());

    // Through the API, then after the event: refused with a clear error.
    let mut ex = exhibitor;
    ex.use_api_token().await;
    let r = ex
        .api(
            Method::POST,
            &format!("/api/v1{page}"),
            Some(json!({"org_id": profile.id, "offer": "Again"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let mut past = app.event_input(org.id);
    past.starts_at -= time::Duration::days(100);
    past.ends_at -= time::Duration::days(100);
    let past = app.event(past).await;
    let r = ex
        .api(
            Method::POST,
            &format!("/api/v1/events/{}/stands", past.id),
            Some(json!({"org_id": profile.id, "offer": "Late"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = json(r).await;
    assert!(body["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("the event has ended"));
}
both_backends!(stands_flow);

/// The event pages in Polish and Bulgarian show no raw message keys.
async fn pages_in_every_language(app: TestApp) {
    let (organiser, user) = app.user("boss@cluster.pl", false).await;
    let org = app
        .org("Klaster", OrgKind::Cluster, "PL", Some(user.id))
        .await;
    let ev = app.event(app.event_input(org.id)).await;
    let day = klaster_domain::events::local_input(ev.starts_at, &ev.timezone);
    let r = organiser
        .api(
            Method::POST,
            &format!("/api/v1/events/{}/sessions", ev.id),
            Some(json!({"title": "Opening", "room": "A", "starts": format!("{}T10:00", &day[..10]), "ends": format!("{}T11:00", &day[..10])})),
        )
        .await;
    let sid = json(r).await["id"].as_i64().unwrap();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../web/locales/en");
    let mut keys: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        keys.extend(text.lines().filter_map(|l| {
            let (k, _) = l.split_once(" =")?;
            (!k.starts_with([' ', '#', '-', '*', '[']) && !k.is_empty()).then(|| k.to_string())
        }));
    }
    let paths = [
        "/".to_string(),
        "/events".to_string(),
        "/events?when=all&type=conference".to_string(),
        "/events/new".to_string(),
        format!("/events/{}", ev.id),
        format!("/events/{}/edit", ev.id),
        format!("/events/{}/agenda", ev.id),
        format!("/events/{}/agenda/{sid}", ev.id),
        format!("/events/{}/stands", ev.id),
    ];
    for lang in ["pl", "bg", "en"] {
        for path in &paths {
            let sep = if path.contains('?') { '&' } else { '?' };
            let (status, html) = organiser.get_text(&format!("{path}{sep}lang={lang}")).await;
            assert_eq!(status, StatusCode::OK, "{path} {lang}");
            assert!(html.contains(&format!("<html lang=\"{lang}\">")));
            let leaked: Vec<&String> = keys
                .iter()
                .filter(|k| html.contains(&format!(">{k}<")) || html.contains(&format!(">{k} ")))
                .collect();
            assert!(leaked.is_empty(), "{path} in {lang} shows {leaked:?}");
        }
    }
    let (_, html) = organiser.get_text("/events?lang=bg").await;
    assert!(html.contains("1 събитие"));
}
both_backends!(pages_in_every_language);

/// The demo carries the reports' events with their real dates, places and contents, on both
/// backends.
async fn demo_has_the_reports_events(app: TestApp) {
    let loaded = klaster::demo::load_if_empty(&*app.state.repo, &*app.state.index)
        .await
        .unwrap();
    assert!(loaded);
    let repo = &app.state.repo;
    let events = repo.all_events().await.unwrap();
    let find = |title: &str| {
        events
            .iter()
            .find(|e| e.title.contains(title))
            .unwrap_or_else(|| panic!("no demo event {title}"))
            .clone()
    };
    let date = |e: &klaster_domain::events::Event| {
        klaster_domain::events::local_input(e.starts_at, &e.timezone)[..10].to_string()
    };
    let lublin = find("CLUSTERS3");
    assert_eq!(
        (date(&lublin), lublin.city.as_deref()),
        ("2017-03-07".into(), Some("Lublin"))
    );
    assert_eq!(repo.stands(lublin.id).await.unwrap().len(), 1);
    let valencia = find("Grow your Region");
    assert_eq!(date(&valencia), "2017-11-08");
    let wroclaw = find("CluStrat");
    assert_eq!(date(&wroclaw), "2013-07-03");
    assert!(repo.proposals(wroclaw.id, None).await.unwrap().len() >= 4);
    let cord = find("Clusters-Cord final conference");
    assert!(cord.date_approximate);
    let ecc = find("European Cluster Conference");
    assert_eq!(
        (date(&ecc), ecc.city.as_deref()),
        ("2014-10-20".into(), Some("Brussels"))
    );
    assert_eq!(repo.event_groups(ecc.id).await.unwrap().len(), 19);
    let statements = repo.statements(ecc.id).await.unwrap();
    assert!(statements.len() >= 3);
    let votes: i64 = repo
        .vote_counts(statements[0].id)
        .await
        .unwrap()
        .iter()
        .map(|(_, n)| n)
        .sum();
    assert_eq!(votes, 12);
    let report = repo.report(ecc.id).await.unwrap().unwrap();
    assert!(report.published_at.is_some());
    let visit = events
        .iter()
        .find(|e| e.kind == klaster_domain::events::EventKind::StudyVisit)
        .unwrap();
    assert_eq!(repo.delegates(visit.id).await.unwrap().len(), 2);
    // And the API lists them.
    let listed: serde_json::Value = app
        .agent()
        .get("/api/v1/events?when=past")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["total"], 7);
}
both_backends!(demo_has_the_reports_events);

/// An organiser, a public event with one session, an outsider: the agenda API fixture.
async fn agenda_fixture(app: &TestApp) -> (Agent, Id, Id, Agent, Id) {
    let (organiser, _, org, ev) = app.organised_event(|_| {}).await;
    let day = klaster_domain::events::local_input(ev.starts_at, &ev.timezone);
    let r = organiser
        .api(
            Method::POST,
            &format!("/api/v1/events/{}/sessions", ev.id),
            Some(json!({"title": "Opening", "starts": format!("{}T10:00", &day[..10]), "ends": format!("{}T11:00", &day[..10])})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let sid = json(r).await["id"].as_i64().unwrap();
    let (outsider, _) = app.user("other@firm.pl", false).await;
    (organiser, ev.id, sid, outsider, org.id)
}

/// Speakers through the API: organisers add and remove them; bad input names its field.
async fn api_speakers(app: TestApp) {
    let (organiser, id, sid, outsider, _) = agenda_fixture(&app).await;
    let org = app
        .org("Politechnika", OrgKind::University, "PL", None)
        .await;
    let path = format!("/api/v1/events/{id}/sessions/{sid}/speakers");
    let body = json!({"name": "Anna Kowalska", "role": "Director", "org_id": org.id});

    let r = organiser.api(Method::POST, &path, Some(body.clone())).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let sp = json(r).await;
    assert_eq!(sp["name"], "Anna Kowalska");
    assert_eq!(sp["role"], "Director");
    assert_eq!(sp["org_id"], org.id);
    let spid = sp["id"].as_i64().unwrap();
    for (bad, field) in [
        (json!({"name": "  "}), "name"),
        (json!({"name": "X", "org_id": 987654321}), "org_id"),
    ] {
        let r = organiser.api(Method::POST, &path, Some(bad)).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert_eq!(fields(&json(r).await), vec![field]);
    }
    let r = outsider.api(Method::POST, &path, Some(body.clone())).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app.agent().api(Method::POST, &path, Some(body)).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let sessions = json(
        app.agent()
            .get(&format!("/api/v1/events/{id}/sessions"))
            .await,
    )
    .await;
    assert_eq!(sessions[0]["speakers"][0]["org_name"], "Politechnika");

    let one = format!("{path}/{spid}");
    let r = outsider.api(Method::DELETE, &one, None).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app.agent().api(Method::DELETE, &one, None).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = organiser.api(Method::DELETE, &one, None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = organiser.api(Method::DELETE, &one, None).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let sessions = json(
        app.agent()
            .get(&format!("/api/v1/events/{id}/sessions"))
            .await,
    )
    .await;
    assert!(sessions[0]["speakers"].as_array().unwrap().is_empty());
}
both_backends!(api_speakers);

/// A multipart upload to the API: the bearer token or the session with its CSRF header.
async fn api_upload(agent: &Agent, path: &str, file: Option<(&str, Vec<u8>)>) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new().text("note", "ignored");
    if let Some((name, data)) = file {
        form = form.part(
            "file",
            reqwest::multipart::Part::bytes(data).file_name(name.to_string()),
        );
    }
    let mut req = agent.client.post(agent.url(path)).multipart(form);
    req = match &agent.token {
        Some(t) => req.bearer_auth(t),
        None => req.header("X-CSRF-Token", agent.csrf().await),
    };
    req.send().await.unwrap()
}

/// Materials through the API: upload with the page's checks, download, delete.
async fn api_materials(app: TestApp) {
    let (organiser, id, sid, outsider, org_id) = agenda_fixture(&app).await;
    let path = format!("/api/v1/events/{id}/sessions/{sid}/materials");
    let pdf = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n%%EOF\n".to_vec();

    let r = api_upload(&organiser, &path, Some(("Słajdy.pdf", pdf.clone()))).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let m = json(r).await;
    assert_eq!(m["filename"], "Słajdy.pdf");
    assert_eq!(m["content_type"], "application/pdf");
    assert_eq!(m["session_id"], sid);
    let mid = m["id"].as_i64().unwrap();
    // With a personal token too.
    let mut scripted = organiser;
    scripted.use_api_token().await;
    let r = api_upload(&scripted, &path, Some(("notes.pdf", pdf.clone()))).await;
    assert_eq!(r.status(), StatusCode::CREATED);

    let download = format!("/api/v1/events/{id}/materials/{mid}");
    let r = app.agent().get(&download).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let cd = r.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        cd.starts_with("attachment;") && cd.contains("S%C5%82ajdy"),
        "{cd}"
    );
    assert_eq!(r.bytes().await.unwrap().to_vec(), pdf);
    let other = app.event(app.event_input(org_id)).await;
    let r = app
        .agent()
        .get(&format!("/api/v1/events/{}/materials/{mid}", other.id))
        .await;
    assert_eq!(
        r.status(),
        StatusCode::NOT_FOUND,
        "only through its own event"
    );

    let huge = {
        let mut d = b"%PDF-1.4\n".to_vec();
        d.resize(10 * 1024 * 1024 + 1, b' ');
        d
    };
    for (name, file) in [
        ("exe", Some(("setup.exe", b"MZ\x90\x00\x03".to_vec()))),
        ("renamed", Some(("setup.pdf", b"MZ\x90\x00\x03".to_vec()))),
        ("huge", Some(("huge.pdf", huge))),
        ("missing", None),
    ] {
        let r = api_upload(&scripted, &path, file).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert_eq!(fields(&json(r).await), vec!["file"], "{name}");
    }
    let r = api_upload(&outsider, &path, Some(("x.pdf", pdf.clone()))).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = api_upload(&app.agent(), &path, Some(("x.pdf", pdf.clone()))).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);

    let one = format!("{path}/{mid}");
    let r = outsider.api(Method::DELETE, &one, None).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app.agent().api(Method::DELETE, &one, None).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = scripted.api(Method::DELETE, &one, None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert!(app.state.repo.material(mid).await.unwrap().is_none());
    let r = app.agent().get(&download).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}
both_backends!(api_materials);

/// Stands through the API: the organisation edits its offer and withdraws; organisers label
/// and remove; the new paths are documented.
async fn api_stands(app: TestApp) {
    let (organiser, _, _, ev) = app.organised_event(|_| {}).await;
    let (exhibitor, ex_user) = app.user("ceo@solar.pl", false).await;
    let profile = app
        .org("Solar Lublin", OrgKind::Company, "PL", Some(ex_user.id))
        .await;
    let (outsider, _) = app.user("other@firm.pl", false).await;
    let list = format!("/api/v1/events/{}/stands", ev.id);
    let take = json!({"org_id": profile.id, "offer": "Storage"});
    let r = exhibitor.api(Method::POST, &list, Some(take.clone())).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let stand = format!("{list}/{}", json(r).await["id"].as_i64().unwrap());

    let r = exhibitor
        .api(
            Method::PUT,
            &stand,
            Some(json!({"offer": "Storage and PV"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json(r).await["offer"], "Storage and PV");
    let r = exhibitor
        .api(Method::PUT, &stand, Some(json!({"label": "A1"})))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "only organisers label");
    let r = organiser
        .api(Method::PUT, &stand, Some(json!({"label": "A1"})))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let s = json(r).await;
    assert_eq!(
        (s["label"].as_str(), s["offer"].as_str()),
        (Some("A1"), Some("Storage and PV"))
    );
    let r = organiser
        .api(Method::PUT, &stand, Some(json!({"offer": "Ours now"})))
        .await;
    assert_eq!(
        r.status(),
        StatusCode::FORBIDDEN,
        "organisers do not write the offer"
    );
    for (who, body, field) in [
        (&exhibitor, json!({"offer": "x".repeat(2001)}), "offer"),
        (&organiser, json!({"label": "x".repeat(41)}), "label"),
        (&exhibitor, json!({}), "offer"),
    ] {
        let r = who.api(Method::PUT, &stand, Some(body)).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert_eq!(fields(&json(r).await), vec![field]);
    }
    let r = outsider
        .api(Method::PUT, &stand, Some(json!({"offer": "Hijack"})))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app
        .agent()
        .api(Method::PUT, &stand, Some(json!({"offer": "Hijack"})))
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);

    let r = outsider.api(Method::DELETE, &stand, None).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app.agent().api(Method::DELETE, &stand, None).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = exhibitor.api(Method::DELETE, &stand, None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT, "withdrawn");
    assert!(app.state.repo.stands(ev.id).await.unwrap().is_empty());
    let r = exhibitor.api(Method::DELETE, &stand, None).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = exhibitor.api(Method::POST, &list, Some(take)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let stand = format!("{list}/{}", json(r).await["id"].as_i64().unwrap());
    let r = organiser.api(Method::DELETE, &stand, None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT, "removed");
    assert!(app.state.repo.stands(ev.id).await.unwrap().is_empty());

    let doc = json(app.agent().get("/api/v1/openapi.json").await).await;
    for (p, methods) in [
        ("/api/v1/events/{id}/sessions/{sid}/speakers", &["post"][..]),
        (
            "/api/v1/events/{id}/sessions/{sid}/speakers/{spid}",
            &["delete"],
        ),
        ("/api/v1/events/{id}/sessions/{sid}/materials", &["post"]),
        (
            "/api/v1/events/{id}/sessions/{sid}/materials/{mid}",
            &["delete"],
        ),
        ("/api/v1/events/{id}/materials/{mid}", &["get"]),
        ("/api/v1/events/{id}/stands/{stand}", &["put", "delete"]),
    ] {
        for m in methods {
            assert!(doc["paths"][p][m].is_object(), "{m} {p} documented");
        }
    }
    assert!(
        doc["paths"]["/api/v1/events/{id}/sessions/{sid}/materials"]["post"]["requestBody"]
            ["content"]["multipart/form-data"]
            .is_object()
    );
}
both_backends!(api_stands);
