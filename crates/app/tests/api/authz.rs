//! The authorization matrix: anonymous / member / administrator of another organisation /
//! administrator of this organisation / platform administrator × every mutating action. Only
//! the allowed ones succeed, and refused ones change nothing. The same for events: anonymous /
//! outsider / registered participant / organiser / platform administrator × what can be done
//! to an event.

use crate::both_backends;
use crate::helpers::*;
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::json;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Action {
    CreateOrg,
    EditProfileForm,
    EditProfileApi,
    AddClusterMember,
    RemoveClusterMember,
    InviteColleague,
    RemoveColleague,
    RequestVerification,
    DecideVerification,
    ImportCsv,
}

const ALL: [Action; 10] = [
    Action::CreateOrg,
    Action::EditProfileForm,
    Action::EditProfileApi,
    Action::AddClusterMember,
    Action::RemoveClusterMember,
    Action::InviteColleague,
    Action::RemoveColleague,
    Action::RequestVerification,
    Action::DecideVerification,
    Action::ImportCsv,
];

struct Ids {
    cluster: Id,
    member_org: Id,
    candidate: Id,
    colleague: Id,
}

async fn attempt(agent: &Agent, ids: &Ids, action: Action) -> StatusCode {
    let c = ids.cluster;
    let r = match action {
        Action::CreateOrg => {
            agent
                .post_form("/organisations", &as_refs(&org_form("Nowa Firma Testowa")))
                .await
        }
        Action::EditProfileForm => {
            agent
                .post_form(
                    &format!("/organisations/{c}"),
                    &[("name", "Renamed"), ("type", "cluster"), ("country", "PL")],
                )
                .await
        }
        Action::EditProfileApi => {
            agent
                .api(
                    Method::PUT,
                    &format!("/api/v1/organisations/{c}"),
                    Some(json!({"name": "Renamed", "type": "cluster", "country": "PL"})),
                )
                .await
        }
        Action::AddClusterMember => {
            agent
                .post_form(
                    &format!("/organisations/{c}/members"),
                    &[("member", &ids.candidate.to_string()), ("committed", "on")],
                )
                .await
        }
        Action::RemoveClusterMember => {
            agent
                .post_form(
                    &format!("/organisations/{c}/members/{}/remove", ids.member_org),
                    &[],
                )
                .await
        }
        Action::InviteColleague => {
            agent
                .post_form(
                    &format!("/organisations/{c}/people"),
                    &[("email", "new@example.pl"), ("role", "admin")],
                )
                .await
        }
        Action::RemoveColleague => {
            agent
                .post_form(
                    &format!("/organisations/{c}/people/{}/remove", ids.colleague),
                    &[],
                )
                .await
        }
        Action::RequestVerification => {
            agent
                .post_form(&format!("/organisations/{c}/verification"), &[])
                .await
        }
        Action::DecideVerification => {
            agent
                .post_form(
                    &format!("/admin/verifications/{c}"),
                    &[("decision", "reject"), ("reason", "test")],
                )
                .await
        }
        Action::ImportCsv => {
            crate::directory::upload(agent, "name,type,country\nImported Org,company,CZ\n").await
        }
    };
    r.status()
}

async fn matrix(app: TestApp) {
    let (cluster_admin, cluster_admin_user) = app.user("admin@cluster.pl", false).await;
    let (member, member_user) = app.user("member@cluster.pl", false).await;
    let (other_admin, other_admin_user) = app.user("admin@other.pl", false).await;
    let (platform, _) = app.user("root@klaster.example", true).await;
    let (_, colleague) = app.user("colleague@cluster.pl", false).await;
    let cluster = app
        .org(
            "Klaster Macierzowy",
            OrgKind::Cluster,
            "PL",
            Some(cluster_admin_user.id),
        )
        .await;
    app.state
        .repo
        .set_org_user(cluster.id, member_user.id, OrgRole::Member)
        .await
        .unwrap();
    app.state
        .repo
        .set_org_user(cluster.id, colleague.id, OrgRole::Member)
        .await
        .unwrap();
    app.org(
        "Inna Organizacja",
        OrgKind::Company,
        "PL",
        Some(other_admin_user.id),
    )
    .await;
    let member_org = app
        .org("Członek Klastra", OrgKind::Company, "PL", None)
        .await;
    let candidate = app.org("Kandydat", OrgKind::University, "PL", None).await;
    app.state
        .repo
        .set_cluster_member(cluster.id, member_org.id, true)
        .await
        .unwrap();
    let ids = Ids {
        cluster: cluster.id,
        member_org: member_org.id,
        candidate: candidate.id,
        colleague: colleague.id,
    };

    let anonymous = app.agent();
    // (who, agent, may create a profile): none of them may touch the cluster.
    let rows: [(&str, &Agent, bool); 3] = [
        ("anonymous", &anonymous, false),
        ("member", &member, true),
        ("admin of another organisation", &other_admin, true),
    ];
    let orgs_before = app.org_count().await;
    for (who, agent, may_create) in rows {
        for action in ALL {
            let status = attempt(agent, &ids, action).await;
            if may_create && action == Action::CreateOrg {
                assert!(
                    status.is_success() || status.is_redirection(),
                    "{who} × {action:?}: {status}"
                );
            } else {
                let expected = if who == "anonymous" {
                    StatusCode::UNAUTHORIZED
                } else {
                    StatusCode::FORBIDDEN
                };
                assert_eq!(status, expected, "{who} × {action:?} must be refused");
            }
        }
    }
    // Refused attempts changed nothing (the two allowed creations added two profiles).
    let after = app.state.repo.org(cluster.id).await.unwrap().unwrap();
    assert_eq!(after.name, "Klaster Macierzowy");
    assert_eq!(after.verification, VerificationStatus::Unverified);
    let members = app.state.repo.cluster_members(cluster.id).await.unwrap();
    assert_eq!(members.len(), 1);
    assert!(app
        .state
        .repo
        .pending_invitations(cluster.id)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(app.state.repo.org_users(cluster.id).await.unwrap().len(), 3);
    assert_eq!(app.org_count().await, orgs_before + 2);

    // The cluster's own administrator may do everything but the platform's moderation.
    for action in ALL {
        let status = attempt(&cluster_admin, &ids, action).await;
        let allowed = !matches!(action, Action::DecideVerification | Action::ImportCsv);
        assert_eq!(
            status.is_success() || status.is_redirection(),
            allowed,
            "cluster admin × {action:?}: {status}"
        );
        if !allowed {
            assert_eq!(status, StatusCode::FORBIDDEN);
        }
    }
    // The platform administrator may do everything.
    app.state
        .repo
        .set_cluster_member(cluster.id, member_org.id, true)
        .await
        .unwrap();
    app.state
        .repo
        .set_org_user(cluster.id, colleague.id, OrgRole::Member)
        .await
        .unwrap();
    app.state
        .repo
        .set_verification(cluster.id, VerificationStatus::Pending, None)
        .await
        .unwrap();
    for action in ALL {
        let status = attempt(&platform, &ids, action).await;
        assert!(
            status.is_success() || status.is_redirection(),
            "platform admin × {action:?}: {status}"
        );
    }
}
both_backends!(matrix);

async fn people_lists_are_private(app: TestApp) {
    let (_, admin) = app.user("a@org.pl", false).await;
    let org = app
        .org("Prywatna Lista", OrgKind::Company, "PL", Some(admin.id))
        .await;
    let (stranger, _) = app.user("s@org.pl", false).await;
    assert_eq!(
        stranger
            .get(&format!("/organisations/{}/people", org.id))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.agent()
            .get(&format!("/organisations/{}/people", org.id))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        stranger
            .get(&format!("/organisations/{}/edit", org.id))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(stranger.get("/admin").await.status(), StatusCode::FORBIDDEN);
    // Profiles themselves are public, and the e-mail addresses of users are not on them.
    let (status, html) = app
        .agent()
        .get_text(&format!("/organisations/{}", org.id))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains("a@org.pl"));
}
both_backends!(people_lists_are_private);

/// Everything one can do to an event, for the events' row of the matrix.
#[derive(Debug, Clone, Copy, PartialEq)]
enum EventAction {
    EditEvent,
    AddSession,
    CreateStatement,
    Vote,
    CreateGroup,
    JoinGroup,
    ExportParticipants,
    PublishReport,
}

const EVENT_ACTIONS: [EventAction; 8] = [
    EventAction::EditEvent,
    EventAction::AddSession,
    EventAction::CreateStatement,
    EventAction::Vote,
    EventAction::CreateGroup,
    EventAction::JoinGroup,
    EventAction::ExportParticipants,
    EventAction::PublishReport,
];

/// Who may do it: only organisers (and platform administrators) edit; only registered
/// participants vote and join working groups.
fn allowed(who: &str, action: EventAction) -> bool {
    use EventAction::*;
    match action {
        Vote | JoinGroup => who == "participant",
        _ => matches!(who, "organiser" | "platform administrator"),
    }
}

struct EventIds {
    event: klaster_domain::events::Event,
    statement: i64,
    group: i64,
}

async fn attempt_on_event(agent: &Agent, ids: &EventIds, action: EventAction) -> StatusCode {
    use klaster_domain::events::local_input;
    let ev = &ids.event;
    let id = ev.id;
    let start = local_input(ev.starts_at, &ev.timezone);
    let end = local_input(ev.starts_at + time::Duration::hours(1), &ev.timezone);
    let (method, path, body) = match action {
        EventAction::EditEvent => (
            Method::PUT,
            format!("/api/v1/events/{id}"),
            Some(
                json!({"type": "conference", "title": "Renamed by the matrix",
                        "organisers": ev.organisers.iter().map(|o| o.id).collect::<Vec<_>>(),
                        "city": "Lublin", "country": "PL", "starts": start,
                        "ends": local_input(ev.ends_at, &ev.timezone), "timezone": ev.timezone}),
            ),
        ),
        EventAction::AddSession => (
            Method::POST,
            format!("/api/v1/events/{id}/sessions"),
            Some(json!({"title": "Matrix session", "starts": start, "ends": end})),
        ),
        EventAction::CreateStatement => (
            Method::POST,
            format!("/api/v1/events/{id}/statements"),
            Some(json!({"text": "A statement of the matrix.", "scale": "agree"})),
        ),
        EventAction::Vote => (
            Method::PUT,
            format!("/api/v1/events/{id}/statements/{}/vote", ids.statement),
            Some(json!({"value": 1})),
        ),
        EventAction::CreateGroup => (
            Method::POST,
            format!("/api/v1/events/{id}/groups"),
            Some(
                json!({"title": "Matrix group", "topic": "t", "moderator_email": "organiser@lke.pl"}),
            ),
        ),
        EventAction::JoinGroup => (
            Method::POST,
            format!("/api/v1/groups/{}/membership", ids.group),
            None,
        ),
        EventAction::ExportParticipants => {
            return agent
                .get(&format!("/events/{id}/participants.csv"))
                .await
                .status()
        }
        EventAction::PublishReport => (
            Method::PUT,
            format!("/api/v1/events/{id}/report"),
            Some(
                json!({"texts": [{"lang": "en", "text": "What happened."}], "video_links": [], "published": true}),
            ),
        ),
    };
    agent.api(method, &path, body).await.status()
}

async fn event_matrix(app: TestApp) {
    let (organiser, _, _, ev) = app.organised_event(|_| {}).await;
    let (outsider, _) = app.user("outsider@example.pl", false).await;
    let (participant, participant_user) = app.user("participant@example.pl", false).await;
    app.register_confirmed(ev.id, participant_user.id).await;
    let (platform, _) = app.user("root@klaster.example", true).await;
    let statement = organiser
        .api(
            Method::POST,
            &format!("/api/v1/events/{}/statements", ev.id),
            Some(json!({"text": "Clusters need stable funding.", "scale": "agree"})),
        )
        .await
        .json::<serde_json::Value>()
        .await
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let r = organiser
        .api(
            Method::POST,
            &format!("/api/v1/events/{}/statements/{statement}/open", ev.id),
            None,
        )
        .await;
    assert!(r.status().is_success());
    let group = organiser
        .api(
            Method::POST,
            &format!("/api/v1/events/{}/groups", ev.id),
            Some(
                json!({"title": "Financing", "topic": "t", "moderator_email": "organiser@lke.pl"}),
            ),
        )
        .await
        .json::<serde_json::Value>()
        .await
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let ids = EventIds {
        event: ev.clone(),
        statement,
        group,
    };
    let anonymous = app.agent();
    let refused_only: [(&str, &Agent); 2] = [("anonymous", &anonymous), ("outsider", &outsider)];
    for (who, agent) in refused_only {
        for action in EVENT_ACTIONS {
            let status = attempt_on_event(agent, &ids, action).await;
            let expected = if who == "anonymous" {
                StatusCode::UNAUTHORIZED
            } else {
                StatusCode::FORBIDDEN
            };
            assert_eq!(status, expected, "{who} × {action:?} must be refused");
        }
    }
    // Refused attempts changed nothing.
    let repo = &app.state.repo;
    assert_eq!(repo.event(ev.id).await.unwrap().unwrap().title, ev.title);
    assert!(repo.agenda_sessions(ev.id).await.unwrap().is_empty());
    assert_eq!(repo.statements(ev.id).await.unwrap().len(), 1);
    assert!(repo.vote_counts(statement).await.unwrap().is_empty());
    assert_eq!(repo.event_groups(ev.id).await.unwrap().len(), 1);
    assert!(repo.group_members(group).await.unwrap().is_empty());
    assert!(repo.report(ev.id).await.unwrap().is_none());

    let rows: [(&str, &Agent); 3] = [
        ("participant", &participant),
        ("organiser", &organiser),
        ("platform administrator", &platform),
    ];
    for (who, agent) in rows {
        for action in EVENT_ACTIONS {
            let status = attempt_on_event(agent, &ids, action).await;
            let ok = status.is_success() || status.is_redirection();
            assert_eq!(ok, allowed(who, action), "{who} × {action:?}: {status}");
            if !ok {
                assert_eq!(status, StatusCode::FORBIDDEN, "{who} × {action:?}");
            }
        }
    }
    assert_eq!(repo.vote_counts(statement).await.unwrap(), vec![(1, 1)]);
    assert_eq!(repo.group_members(group).await.unwrap().len(), 1);
}
both_backends!(event_matrix);
