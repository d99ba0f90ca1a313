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

/// Action Plans and good practices: only a plan's owners change it, drafts are hidden from
/// everyone else, refused attempts change nothing; only organisation members create good
/// practices and only the owning organisation's administrators edit them.
async fn policy_matrix(app: TestApp) {
    let (owner, owner_user) = app.user("owner@lubelskie.pl", false).await;
    let (colleague, colleague_user) = app.user("colleague@lubelskie.pl", false).await;
    let (outsider, outsider_user) = app.user("admin@other.pl", false).await;
    let (loner, _) = app.user("loner@example.eu", false).await;
    let (platform, _) = app.user("root@klaster.example", true).await;
    let anonymous = app.agent();
    let authority = app
        .org(
            "Urząd Marszałkowski",
            OrgKind::PublicAuthority,
            "PL",
            Some(owner_user.id),
        )
        .await;
    app.state
        .repo
        .set_org_user(authority.id, colleague_user.id, OrgRole::Member)
        .await
        .unwrap();
    let other = app
        .org(
            "Inna Organizacja",
            OrgKind::Company,
            "PL",
            Some(outsider_user.id),
        )
        .await;
    let (id, aid, iid) =
        crate::action_plans::plan_with_indicator(&owner, authority.id, other.id).await;
    let before = plan_history_count(&app, id).await;
    let ids = (id, aid, iid, authority.id);
    // A draft: hidden from everyone but its owners (404), even to read.
    for (who, agent) in [
        ("anonymous", &anonymous),
        ("member", &colleague),
        ("outsider", &outsider),
    ] {
        assert_eq!(
            agent
                .get(&format!("/api/v1/action-plans/{id}"))
                .await
                .status(),
            StatusCode::NOT_FOUND,
            "{who}"
        );
        for status in policy_attempts(agent, ids).await {
            assert_eq!(status, StatusCode::NOT_FOUND, "{who} × draft");
        }
    }
    assert_eq!(
        platform
            .get(&format!("/api/v1/action-plans/{id}"))
            .await
            .status(),
        StatusCode::OK
    );
    // Published: everyone reads; only owners write (401 anonymous, 403 others).
    let mut body = crate::action_plans::plan_json(authority.id);
    body["status"] = json!("published");
    let r = owner
        .api(
            Method::PUT,
            &format!("/api/v1/action-plans/{id}"),
            Some(body),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let before = before + 1;
    for (who, agent, expected) in [
        ("anonymous", &anonymous, StatusCode::UNAUTHORIZED),
        ("member of the owner", &colleague, StatusCode::FORBIDDEN),
        (
            "administrator of another organisation",
            &outsider,
            StatusCode::FORBIDDEN,
        ),
    ] {
        assert_eq!(
            agent.get(&format!("/action-plans/{id}")).await.status(),
            StatusCode::OK,
            "{who} reads"
        );
        for (n, status) in policy_attempts(agent, ids).await.into_iter().enumerate() {
            assert_eq!(status, expected, "{who} × attempt {n}");
        }
    }
    assert_eq!(
        plan_history_count(&app, id).await,
        before,
        "refused attempts changed nothing"
    );
    let d: serde_json::Value = owner
        .get(&format!("/api/v1/action-plans/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(d["actions"].as_array().unwrap().len(), 1);
    assert_eq!(d["actions"][0]["status"], "planned");
    assert_eq!(d["actions"][0]["indicators"][0]["current"], 2.0);
    // Owners and platform administrators may.
    for (who, agent) in [("owner", &owner), ("platform administrator", &platform)] {
        for (n, status) in policy_attempts(agent, ids).await.into_iter().enumerate() {
            assert!(
                status.is_success() || status.is_redirection(),
                "{who} × attempt {n}: {status}"
            );
        }
    }
    // Creating a plan for an organisation one does not administer is refused.
    let r = outsider
        .api(
            Method::POST,
            "/api/v1/action-plans",
            Some(crate::action_plans::plan_json(authority.id)),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        anonymous
            .api(
                Method::POST,
                "/api/v1/action-plans",
                Some(crate::action_plans::plan_json(authority.id))
            )
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );

    // Good practices: members create, the owning organisation's administrators edit.
    let gp = crate::good_practices::practice_json(authority.id);
    assert_eq!(
        anonymous
            .api(Method::POST, "/api/v1/good-practices", Some(gp.clone()))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        loner
            .api(Method::POST, "/api/v1/good-practices", Some(gp.clone()))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        anonymous.get("/good-practices/new").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let r = outsider
        .api(Method::POST, "/api/v1/good-practices", Some(gp.clone()))
        .await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "not one's own organisation"
    );
    let r = colleague
        .api(Method::POST, "/api/v1/good-practices", Some(gp.clone()))
        .await;
    assert_eq!(
        r.status(),
        StatusCode::CREATED,
        "a member may share a practice"
    );
    let gid = r.json::<serde_json::Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    let mut edit = gp.clone();
    edit["title"] = json!("Renamed practice");
    for (who, agent, expected) in [
        ("anonymous", &anonymous, StatusCode::UNAUTHORIZED),
        ("member (the author)", &colleague, StatusCode::FORBIDDEN),
        ("outsider", &outsider, StatusCode::FORBIDDEN),
    ] {
        let r = agent
            .api(
                Method::PUT,
                &format!("/api/v1/good-practices/{gid}"),
                Some(edit.clone()),
            )
            .await;
        assert_eq!(r.status(), expected, "{who}");
        assert_eq!(
            agent
                .get(&format!("/good-practices/{gid}/edit"))
                .await
                .status(),
            expected,
            "{who}"
        );
    }
    let d: serde_json::Value = anonymous
        .get(&format!("/api/v1/good-practices/{gid}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        d["title"],
        "Cluster offer at the stands of policy conferences"
    );
    for agent in [&owner, &platform] {
        let r = agent
            .api(
                Method::PUT,
                &format!("/api/v1/good-practices/{gid}"),
                Some(edit.clone()),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
}
both_backends!(policy_matrix);

/// Surveys: only the owner's administrators (and platform administrators) change a survey, see
/// its draft or export its raw answers; only the audience answers. Refused attempts change nothing.
async fn survey_matrix(app: TestApp) {
    use crate::surveys::{answer, build, open, owner, respondent, responses_in_db};
    let o = owner(&app).await;
    let (member, member_user) = app.user("member@owner.example", false).await;
    app.state
        .repo
        .set_org_user(o.org.id, member_user.id, OrgRole::Member)
        .await
        .unwrap();
    let (other_admin, other_user) = app.user("admin@other.example", false).await;
    app.org("Other", OrgKind::Cluster, "PL", Some(other_user.id))
        .await;
    let (outsider, _) = app.user("outsider@x.example", false).await;
    let (platform, _) = app.user("root@x.example", true).await;
    let anonymous = app.agent();
    let (id, _) = build(&o, json!({})).await;
    let before = app
        .sql(&format!("SELECT updated_at FROM surveys WHERE id = {id}"))
        .await;
    let who: [(&str, &Agent, StatusCode); 5] = [
        ("anonymous", &anonymous, StatusCode::UNAUTHORIZED),
        ("outsider", &outsider, StatusCode::FORBIDDEN),
        ("member of the owner", &member, StatusCode::FORBIDDEN),
        (
            "administrator of another organisation",
            &other_admin,
            StatusCode::FORBIDDEN,
        ),
        ("platform administrator", &platform, StatusCode::OK),
    ];
    for (name, agent, expected) in who {
        let edit = agent
            .api(
                Method::PUT,
                &format!("/api/v1/surveys/{id}"),
                Some(json!({"title": {"en": "Hijacked title"}, "audience": "public"})),
            )
            .await;
        let add = agent
            .api(
                Method::POST,
                &format!("/api/v1/surveys/{id}/questions"),
                Some(json!({"kind": "short_text", "text": {"en": "Injected?"}})),
            )
            .await;
        let export = agent
            .get(&format!("/api/v1/surveys/{id}/responses.csv"))
            .await;
        let draft = agent.get(&format!("/api/v1/surveys/{id}")).await;
        if expected == StatusCode::OK {
            assert_eq!(edit.status(), StatusCode::OK, "{name} edits");
            assert_eq!(add.status(), StatusCode::CREATED, "{name} adds");
            assert_eq!(export.status(), StatusCode::OK, "{name} exports");
            assert_eq!(draft.status(), StatusCode::OK, "{name} sees the draft");
        } else {
            assert_eq!(edit.status(), expected, "{name} edits");
            assert_eq!(add.status(), expected, "{name} adds");
            assert_eq!(export.status(), expected, "{name} exports");
            // A draft is not there for anyone but its owners.
            assert_eq!(
                draft.status(),
                StatusCode::NOT_FOUND,
                "{name} sees the draft"
            );
            if name == "anonymous" {
                assert_eq!(
                    app.sql(&format!("SELECT updated_at FROM surveys WHERE id = {id}"))
                        .await,
                    before
                );
            }
        }
    }
    let title = json_of(o.admin.get(&format!("/api/v1/surveys/{id}")).await).await;
    assert_eq!(
        title["title"]["en"], "Hijacked title",
        "only the platform administrator's edit landed"
    );

    // Only the audience answers: members of a cluster.
    let (_, cluster_user) = app.user("cluster@x.example", false).await;
    let cluster = app
        .org(
            "Lubelski Klaster",
            OrgKind::Cluster,
            "PL",
            Some(cluster_user.id),
        )
        .await;
    let (in_member, _, member_org) =
        respondent(&app, "in@member.example", "PL", "PL814", OrgKind::Company).await;
    app.state
        .repo
        .set_cluster_member(cluster.id, member_org.id, true)
        .await
        .unwrap();
    let r = o
        .admin
        .api(
            Method::POST,
            "/api/v1/surveys",
            Some(json!({"owner_org_id": o.org.id, "title": {"en": "Members only"}, "audience": "cluster_members",
                "audience_org_id": cluster.id})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let members_only = json_of(r).await["id"].as_i64().unwrap();
    let r = o
        .admin
        .api(
            Method::POST,
            &format!("/api/v1/surveys/{members_only}/questions"),
            Some(
                json!({"kind": "short_text", "required": true, "text": {"en": "Anything to add?"}}),
            ),
        )
        .await;
    let key = json_of(r).await["structure"]["questions"][0]["key"].clone();
    open(&o, members_only).await;
    let body = json!([{"question": key, "text": "More study visits"}]);
    assert_eq!(
        answer(&anonymous, members_only, body.clone(), true)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        answer(&outsider, members_only, body.clone(), true)
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        answer(&other_admin, members_only, body.clone(), true)
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        answer(&in_member, members_only, body.clone(), true)
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(responses_in_db(&app, members_only).await, 1);

    // Participants of an event: confirmed registrants only.
    let event = app.event(app.event_input(o.org.id)).await.id;
    let (registered, registered_user) = app.user("registered@x.example", false).await;
    app.register_confirmed(event, registered_user.id).await;
    let r = o
        .admin
        .api(
            Method::POST,
            "/api/v1/surveys",
            Some(json!({"owner_org_id": o.org.id, "title": {"en": "Event feedback"}, "audience": "event_participants",
                "audience_event_id": event})),
        )
        .await;
    let feedback = json_of(r).await["id"].as_i64().unwrap();
    let r = o
        .admin
        .api(
            Method::POST,
            &format!("/api/v1/surveys/{feedback}/questions"),
            Some(
                json!({"kind": "scale", "text": {"en": "How useful was it?"}, "min": 1, "max": 5}),
            ),
        )
        .await;
    let key = json_of(r).await["structure"]["questions"][0]["key"].clone();
    open(&o, feedback).await;
    let body = json!([{"question": key, "number": 5}]);
    assert_eq!(
        answer(&outsider, feedback, body.clone(), true)
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        answer(&registered, feedback, body.clone(), true)
            .await
            .status(),
        StatusCode::OK
    );

    // Organisations of a region: PL81 takes PL814, not BG413.
    let r = o
        .admin
        .api(
            Method::POST,
            "/api/v1/surveys",
            Some(json!({"owner_org_id": o.org.id, "title": {"en": "Lubelskie only"}, "audience": "region_orgs",
                "audience_nuts": "PL81"})),
        )
        .await;
    let regional = json_of(r).await["id"].as_i64().unwrap();
    o.admin
        .api(
            Method::POST,
            &format!("/api/v1/surveys/{regional}/questions"),
            Some(json!({"kind": "short_text", "text": {"en": "Your idea?"}})),
        )
        .await;
    let key = json_of(o.admin.get(&format!("/api/v1/surveys/{regional}")).await).await["structure"]
        ["questions"][0]["key"]
        .clone();
    open(&o, regional).await;
    let body = json!([{"question": key, "text": "A regional cluster fund"}]);
    let (bg, _, _) = respondent(&app, "bg@x.example", "BG", "BG413", OrgKind::Company).await;
    assert_eq!(
        answer(&bg, regional, body.clone(), true).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        answer(&in_member, regional, body.clone(), true)
            .await
            .status(),
        StatusCode::OK
    );
}
both_backends!(survey_matrix);

async fn plan_history_count(app: &TestApp, id: Id) -> i64 {
    app.sql(&format!(
        "SELECT COUNT(*) FROM ap_history WHERE plan_id = {id}"
    ))
    .await
    .unwrap_or(0)
}

/// Every way to change a plan: API calls and the same through the forms.
async fn policy_attempts(
    agent: &Agent,
    (id, aid, iid, owner): (Id, Id, Id, Id),
) -> Vec<StatusCode> {
    let plan = crate::action_plans::plan_json(owner);
    vec![
        agent
            .api(
                Method::PUT,
                &format!("/api/v1/action-plans/{id}"),
                Some(plan),
            )
            .await
            .status(),
        agent
            .api(
                Method::POST,
                &format!("/api/v1/action-plans/{id}/actions"),
                Some(json!({"title": "Sneaky action"})),
            )
            .await
            .status(),
        agent
            .api(
                Method::PUT,
                &format!("/api/v1/action-plans/{id}/actions/{aid}"),
                Some(json!({"title": "Sneaky action"})),
            )
            .await
            .status(),
        agent
            .api(
                Method::POST,
                &format!("/api/v1/action-plans/{id}/actions/{aid}/status"),
                Some(json!({"status": "dropped"})),
            )
            .await
            .status(),
        agent
            .api(
                Method::POST,
                &format!("/api/v1/action-plans/{id}/actions/{aid}/indicators"),
                Some(json!({"name": "Sneaky", "baseline": 0, "target": 1})),
            )
            .await
            .status(),
        agent
            .api(
                Method::POST,
                &format!("/api/v1/action-plans/{id}/indicators/{iid}/progress"),
                Some(json!({"value": 99})),
            )
            .await
            .status(),
        agent
            .post_form(
                &format!("/action-plans/{id}/indicators/{iid}/progress"),
                &[("value", "99")],
            )
            .await
            .status(),
        agent
            .post_form(
                &format!("/action-plans/{id}/actions/{aid}/status"),
                &[("status", "dropped")],
            )
            .await
            .status(),
        agent
            .post_form(
                &format!("/action-plans/{id}"),
                &[("title", "Renamed"), ("nuts", "PL81")],
            )
            .await
            .status(),
        agent
            .get(&format!("/action-plans/{id}/edit"))
            .await
            .status(),
    ]
}
