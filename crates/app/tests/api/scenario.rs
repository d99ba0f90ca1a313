//! The "done means": an organiser runs the European Cluster Conference on Klaster from
//! announcement to published report, through the public HTTP interface only.

use crate::both_backends;
use crate::helpers::TestApp;
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

async fn json_of(r: reqwest::Response, expect: StatusCode) -> Value {
    let status = r.status();
    let body = r.text().await.unwrap();
    assert_eq!(status, expect, "{body}");
    serde_json::from_str(&body).unwrap_or(Value::Null)
}

async fn european_cluster_conference(app: TestApp) {
    let (organiser, sophie) = app.user("sophie@ec.europa.example", false).await;
    let dg = app
        .org(
            "DG Enterprise and Industry",
            OrgKind::PublicAuthority,
            "BE",
            Some(sophie.id),
        )
        .await;
    let (moderator, _) = app.user("pieter@ec.europa.example", false).await;

    // Announcement: a public conference in Brussels, two days, a week ahead.
    let day = (time::OffsetDateTime::now_utc() + time::Duration::days(7)).date();
    let ev = json_of(
        organiser
            .api(
                Method::POST,
                "/api/v1/events",
                Some(json!({
                    "type": "conference",
                    "title": "4th European Cluster Conference",
                    "descriptions": [{"lang": "en", "text": "Clusters for SMEs, industrial renewal and competitiveness."},
                                     {"lang": "pl", "text": "Klastry dla MŚP, odnowy przemysłowej i konkurencyjności."}],
                    "organisers": [dg.id],
                    "city": "Brussels", "country": "BE", "nuts": "BE10",
                    "starts": format!("{day}T09:00"), "ends": format!("{}T17:00", day.next_day().unwrap()),
                    "timezone": "Europe/Brussels",
                    "languages": ["en", "fr"],
                    "capacity": "300",
                })),
            )
            .await,
        StatusCode::CREATED,
    )
    .await;
    let id = ev["id"].as_i64().unwrap();
    assert_eq!(ev["kind"], "conference");

    // Agenda: a plenary with the statements, and working-group rounds in parallel rooms.
    for (title, room, from, to) in [
        ("Voting on statements", "Plenary", "11:00", "12:30"),
        ("Working groups: financing", "Room 1", "14:00", "17:00"),
        (
            "Working groups: internationalisation",
            "Room 2",
            "14:00",
            "17:00",
        ),
    ] {
        json_of(
            organiser
                .api(
                    Method::POST,
                    &format!("/api/v1/events/{id}/sessions"),
                    Some(json!({"title": title, "room": room,
                                "starts": format!("{day}T{from}"), "ends": format!("{day}T{to}")})),
                )
                .await,
            StatusCode::CREATED,
        )
        .await;
    }
    let (_, agenda) = organiser.get_text(&format!("/events/{id}/agenda")).await;
    assert!(agenda.contains("Room 2") && agenda.contains("Voting on statements"));

    // Working groups with a moderator.
    let mut groups = Vec::new();
    for topic in [
        "Financing of cluster organisations",
        "SME internationalisation",
    ] {
        let g = json_of(
            organiser
                .api(
                    Method::POST,
                    &format!("/api/v1/events/{id}/groups"),
                    Some(json!({"title": topic, "topic": "ECC 2014", "moderator_email": "pieter@ec.europa.example"})),
                )
                .await,
            StatusCode::CREATED,
        )
        .await;
        groups.push(g["id"].as_i64().unwrap());
    }

    // Participants register through the API and join a group each.
    let mut participants = Vec::new();
    for i in 0..5 {
        let (agent, _) = app
            .user(&format!("participant{i}@cluster.example"), false)
            .await;
        let r = json_of(
            agent
                .api(
                    Method::POST,
                    &format!("/api/v1/events/{id}/registration"),
                    Some(json!({"attendance": "onsite", "visibility": "public"})),
                )
                .await,
            StatusCode::CREATED,
        )
        .await;
        assert_eq!(r["status"], "confirmed", "{r}");
        let g = groups[i % 2];
        let r = agent
            .api(
                Method::POST,
                &format!("/api/v1/groups/{g}/membership"),
                None,
            )
            .await;
        assert!(r.status().is_success(), "join: {}", r.status());
        let r = agent
            .api(
                Method::POST,
                &format!("/api/v1/groups/{g}/posts"),
                Some(json!({"body": format!("Point {i}: clusters need stable core funding.")})),
            )
            .await;
        assert!(r.status().is_success(), "post: {}", r.status());
        participants.push(agent);
    }

    voting(&organiser, &participants, id).await;

    // The event takes place; afterwards the organiser moves it into the past (as time would)
    // and the moderator publishes the conclusions.
    let mut edited = ev.clone();
    let past = (time::OffsetDateTime::now_utc() - time::Duration::days(3)).date();
    edited["type"] = json!("conference");
    edited["starts"] = json!(format!("{past}T09:00"));
    edited["ends"] = json!(format!("{}T17:00", past.next_day().unwrap()));
    edited["organisers"] = json!([dg.id]);
    edited["languages"] = json!(["en", "fr"]);
    edited["visibility"] = json!("public");
    edited["capacity"] = json!("300");
    edited["country"] = json!("BE");
    edited["nuts"] = json!("BE10");
    json_of(
        organiser
            .api(Method::PUT, &format!("/api/v1/events/{id}"), Some(edited))
            .await,
        StatusCode::OK,
    )
    .await;
    json_of(
        moderator
            .api(
                Method::PUT,
                &format!("/api/v1/groups/{}/conclusions", groups[0]),
                Some(json!({"conclusions": "Cluster organisations need stable core funding tied to the quality of their services.", "publish": true})),
            )
            .await,
        StatusCode::OK,
    )
    .await;

    // The report, in two languages with the video, published.
    json_of(
        organiser
            .api(
                Method::PUT,
                &format!("/api/v1/events/{id}/report"),
                Some(json!({
                    "texts": [{"lang": "en", "text": "About 300 stakeholders discussed 19 topics in working groups."},
                              {"lang": "pl", "text": "Około 300 uczestników dyskutowało w grupach roboczych nad 19 zagadnieniami."}],
                    "video_links": ["https://vimeo.com/109710630"],
                    "published": true,
                })),
            )
            .await,
        StatusCode::OK,
    )
    .await;

    // Anyone now reads the report (in Polish), the conclusions, and the organiser's news.
    let visitor = app.agent();
    let (status, report) = visitor
        .get_text(&format!("/events/{id}/report?lang=pl"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(report.contains("Około 300 uczestników") && report.contains("vimeo.com/109710630"));
    let (_, group) = visitor.get_text(&format!("/groups/{}", groups[0])).await;
    assert!(group.contains("stable core funding tied to the quality"));
    let (_, news) = visitor.get_text(&format!("/organisations/{}", dg.id)).await;
    assert!(
        news.contains("4th European Cluster Conference"),
        "news on the organiser's page"
    );
    let (status, ics) = visitor
        .get_text(&format!("/events/{id}/calendar.ics"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(ics.contains("SUMMARY:4th European Cluster Conference"));
    let listed = json_of(
        visitor.get("/api/v1/events?when=past").await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(listed["items"][0]["id"], id);
}
both_backends!(european_cluster_conference);

/// Statements voted during the plenary: one opened at a time, results published on closing.
async fn voting(
    organiser: &crate::helpers::Agent,
    participants: &[crate::helpers::Agent],
    id: i64,
) {
    let base = format!("/api/v1/events/{id}/statements");
    let mut statements = Vec::new();
    for (text, scale) in [
        (
            "Cluster organisations should be funded for their services to SMEs.",
            "agree",
        ),
        (
            "How well do programmes reach less developed regions?",
            "scale5",
        ),
    ] {
        let s = json_of(
            organiser
                .api(
                    Method::POST,
                    &base,
                    Some(json!({"text": text, "scale": scale})),
                )
                .await,
            StatusCode::CREATED,
        )
        .await;
        statements.push(s["id"].as_i64().unwrap());
    }
    for (n, sid) in statements.iter().enumerate() {
        let r = organiser
            .api(Method::POST, &format!("{base}/{sid}/open"), None)
            .await;
        assert!(r.status().is_success(), "open: {}", r.status());
        for (i, p) in participants.iter().enumerate() {
            // First statement: 4 agree, 1 disagree; second: values 1..=5.
            let value = if n == 0 {
                if i == 4 {
                    2
                } else {
                    1
                }
            } else {
                i as i64 + 1
            };
            let r = p
                .api(
                    Method::PUT,
                    &format!("{base}/{sid}/vote"),
                    Some(json!({"value": value})),
                )
                .await;
            assert!(r.status().is_success(), "vote: {}", r.status());
        }
        let r = organiser
            .api(Method::POST, &format!("{base}/{sid}/close"), None)
            .await;
        assert!(r.status().is_success(), "close: {}", r.status());
    }
    // Closed: the results are public to whoever sees the event.
    let results = json_of(
        participants[0]
            .get(&format!("{base}/{}/results", statements[0]))
            .await,
        StatusCode::OK,
    )
    .await;
    let text = results.to_string();
    assert!(text.contains('4') && text.contains('1'), "{text}");
    let (_, page) = participants[1]
        .get_text(&format!("/events/{id}/voting"))
        .await;
    assert!(page.contains("Cluster organisations should be funded"));
}
