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

/// Issue 7's "done means": a regional authority runs the CLUSTERS3 loop through the HTTP API —
/// a needs survey answered by the region's organisations, a stakeholder meeting, a good practice
/// from a partner region, an Action Plan whose action comes from both, and a progress report.
async fn clusters3_policy_loop(app: TestApp) {
    use crate::surveys::{answer, build, full, open, opt, owner, q, respondent};
    let o = owner(&app).await;
    // 1. The needs survey, answered by three organisations of the region.
    let (survey, st) = build(&o, json!({"anonymous": true, "per_org": true, "audience": "region_orgs", "audience_nuts": "PL81"})).await;
    open(&o, survey).await;
    for (i, yes) in [true, false, false].into_iter().enumerate() {
        let (agent, _, _) = respondent(
            &app,
            &format!("firm{i}@lubelskie.example"),
            "PL",
            "PL814",
            OrgKind::Company,
        )
        .await;
        assert_eq!(
            answer(&agent, survey, full(&st, yes, 2 + i as i64), true)
                .await
                .status(),
            StatusCode::OK
        );
    }
    let results = json_of(
        o.admin
            .get(&format!("/api/v1/surveys/{survey}/results"))
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(results["respondents"], 3);
    let needs_markets = results["questions"][3]["counts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == opt(&st, 3, 1))
        .unwrap()["count"]
        .clone();
    assert_eq!(needs_markets, 3, "every respondent needs markets");
    assert_eq!(results["questions"][0]["counts"][1]["count"], 2);
    let _ = q(&st, 0);
    // 2. The stakeholder meeting that discusses the results.
    let mut meeting = app.event_input(o.org.id);
    meeting.kind = klaster_domain::events::EventKind::StakeholderMeeting;
    meeting.title = "Lubelskie stakeholder meeting on the survey results".into();
    let meeting = app.event(meeting).await;
    // 3. A good practice from a partner region.
    let gp = json_of(
        o.admin
            .api(
                Method::POST,
                "/api/v1/good-practices",
                Some(json!({
                    "title": "Joint trade missions of clusters",
                    "nuts": "ES51",
                    "owner_org_id": o.org.id,
                    "theme": "internationalisation",
                    "description": "Clusters of a region travel together to trade fairs abroad, with the region paying the stand.",
                    "results": "More member companies exporting.",
                    "contacts": "clusters@partner.example",
                    "event_ids": [meeting.id]
                })),
            )
            .await,
        StatusCode::CREATED,
    )
    .await;
    // 4. The Action Plan, with an action that comes from the practice and the meeting.
    let plan = json_of(
        o.admin
            .api(
                Method::POST,
                "/api/v1/action-plans",
                Some(json!({"title": "Action Plan for a more cluster-friendly Lubelskie", "owner_org_id": o.org.id,
                    "nuts": "PL81", "context": "The needs survey and the stakeholder meeting.",
                    "objectives": "More cluster companies on foreign markets.", "status": "published"})),
            )
            .await,
        StatusCode::CREATED,
    )
    .await;
    let plan_id = plan["id"].as_i64().unwrap();
    let action = json_of(
        o.admin
            .api(
                Method::POST,
                &format!("/api/v1/action-plans/{plan_id}/actions"),
                Some(json!({"title": "Regional trade missions for clusters", "responsible_org_id": o.org.id,
                    "starts_on": "2026-01-01", "ends_on": "2028-12-31", "budget": "150000", "currency": "PLN",
                    "funding": "Regional Operational Programme", "source_practice_id": gp["id"],
                    "source_event_id": meeting.id})),
            )
            .await,
        StatusCode::CREATED,
    )
    .await;
    let aid = action["id"].as_i64().unwrap();
    let indicator = json_of(
        o.admin
            .api(
                Method::POST,
                &format!("/api/v1/action-plans/{plan_id}/actions/{aid}/indicators"),
                Some(json!({"name": "Companies on missions", "unit": "companies", "baseline": 0, "target": 40,
                    "target_on": "2028-12-31"})),
            )
            .await,
        StatusCode::CREATED,
    )
    .await;
    // 5. A progress report moves the indicator.
    let iid = indicator["id"].as_i64().unwrap();
    let progress = json_of(
        o.admin
            .api(
                Method::POST,
                &format!("/api/v1/action-plans/{plan_id}/indicators/{iid}/progress"),
                Some(json!({"value": 12, "comment": "Two missions so far."})),
            )
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(progress["current"], 12.0);
    // Anyone reads the published plan; its action names where it came from.
    let public = json_of(
        app.agent()
            .get(&format!("/api/v1/action-plans/{plan_id}"))
            .await,
        StatusCode::OK,
    )
    .await;
    let text = public.to_string();
    assert!(
        text.contains("Regional trade missions for clusters")
            && text.contains("Companies on missions"),
        "{text}"
    );
    assert_eq!(public["actions"][0]["source_practice_id"], gp["id"]);
    assert_eq!(public["actions"][0]["source_event_id"], meeting.id);
    let listed = json_of(
        app.agent().get("/api/v1/action-plans").await,
        StatusCode::OK,
    )
    .await;
    assert!(listed.to_string().contains("cluster-friendly Lubelskie"));
    let listed = json_of(app.agent().get("/api/v1/surveys").await, StatusCode::OK).await;
    assert_eq!(listed[0]["responses"], 3);
}
both_backends!(clusters3_policy_loop);
