//! Registering, logging in and out, passwords, rate limits, CSRF, invitations.

use crate::both_backends;
use crate::helpers::*;
use klaster_domain::*;
use reqwest::StatusCode;

async fn register_login_logout(app: TestApp) {
    let a = app.agent();
    assert_eq!(a.get("/account").await.status(), StatusCode::UNAUTHORIZED);
    let r = a
        .post_form(
            "/register",
            &[
                ("display_name", "Anna Nowak"),
                ("email", "Anna@Example.PL"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (status, html) = a.get_text("/account").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("anna@example.pl"), "e-mail is normalised");
    // The password is stored as an Argon2id hash, never in clear.
    let user = app
        .state
        .repo
        .user_with_hash(&Email::parse("anna@example.pl").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert!(user.1.starts_with("$argon2id$"));

    assert_eq!(
        a.post_form("/logout", &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(a.get("/account").await.status(), StatusCode::UNAUTHORIZED);

    let r = a
        .post_form(
            "/login",
            &[
                ("email", "anna@example.pl"),
                ("password", "wrong password!"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = a
        .post_form(
            "/login",
            &[
                ("email", "anna@example.pl"),
                ("password", PASSWORD),
                ("next", "/organisations"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "/organisations");
    // An open redirect to another site is refused.
    let b = app.agent();
    let r = b
        .post_form(
            "/login",
            &[
                ("email", "anna@example.pl"),
                ("password", PASSWORD),
                ("next", "//evil.example"),
            ],
        )
        .await;
    assert_eq!(r.headers()["location"], "/");
}
both_backends!(register_login_logout);

async fn registration_errors_name_the_field(app: TestApp) {
    let a = app.agent();
    let (_, admin) = app.user("taken@example.pl", false).await;
    assert_eq!(admin.email.as_str(), "taken@example.pl");
    let cases: &[(&[(&str, &str)], &str)] = &[
        (
            &[
                ("display_name", "X"),
                ("email", "not-an-email"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
            "is not an e-mail address",
        ),
        (
            &[
                ("display_name", "X"),
                ("email", "x@example.pl"),
                ("password", "short"),
                ("password_confirm", "short"),
            ],
            "at least 10 characters",
        ),
        (
            &[
                ("display_name", "X"),
                ("email", "x@example.pl"),
                ("password", PASSWORD),
                ("password_confirm", "different one!!"),
            ],
            "does not match",
        ),
        (
            &[
                ("display_name", ""),
                ("email", "x@example.pl"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
            "must not be empty",
        ),
        (
            &[
                ("display_name", "X"),
                ("email", "TAKEN@example.pl"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
            "is already registered",
        ),
    ];
    for (fields, message) in cases {
        let r = a.post_form("/register", fields).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        let html = r.text().await.unwrap();
        assert!(html.contains(message), "expected '{message}'");
        assert!(html.contains("aria-invalid=\"true\""));
    }
    assert!(
        app.state
            .repo
            .user_with_hash(&Email::parse("x@example.pl").unwrap())
            .await
            .unwrap()
            .is_none(),
        "nothing stored"
    );
}
both_backends!(registration_errors_name_the_field);

async fn forms_without_csrf_token_are_refused(app: TestApp) {
    let a = app.agent();
    a.get("/register").await;
    let r = a
        .post_form_without_csrf(
            "/register",
            &[
                ("display_name", "X"),
                ("email", "csrf@example.pl"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert!(app
        .state
        .repo
        .user_with_hash(&Email::parse("csrf@example.pl").unwrap())
        .await
        .unwrap()
        .is_none());
    // A token from another client does not work either.
    let other = app.agent();
    let foreign = other.csrf().await;
    let r = a
        .post_form_without_csrf(
            "/register",
            &[
                ("_csrf", &foreign),
                ("display_name", "X"),
                ("email", "csrf@example.pl"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}
both_backends!(forms_without_csrf_token_are_refused);

async fn failed_logins_are_rate_limited(app: TestApp) {
    app.user("target@example.pl", false).await;
    let a = app.agent();
    for _ in 0..5 {
        let r = a
            .post_form(
                "/login",
                &[
                    ("email", "target@example.pl"),
                    ("password", "wrong password!"),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    // Even the right password is refused now, for this address.
    let r = a
        .post_form(
            "/login",
            &[("email", "target@example.pl"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
}
both_backends!(failed_logins_are_rate_limited);

async fn password_change_logs_out_other_sessions(app: TestApp) {
    let (a, _) = app.user("pw@example.pl", false).await;
    let b = app.agent();
    b.post_form(
        "/login",
        &[("email", "pw@example.pl"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(b.get("/account").await.status(), StatusCode::OK);
    let r = a
        .post_form(
            "/account/password",
            &[
                ("current_password", "wrong"),
                ("new_password", "another long password"),
                ("new_password_confirm", "another long password"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = a
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "another long password"),
                ("new_password_confirm", "another long password"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        a.get("/account").await.status(),
        StatusCode::OK,
        "this session stays"
    );
    assert_eq!(
        b.get("/account").await.status(),
        StatusCode::UNAUTHORIZED,
        "the other session ended"
    );
    let c = app.agent();
    let r = c
        .post_form(
            "/login",
            &[
                ("email", "pw@example.pl"),
                ("password", "another long password"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}
both_backends!(password_change_logs_out_other_sessions);

async fn invitations_add_colleagues(app: TestApp) {
    let (admin, admin_user) = app.user("boss@example.pl", false).await;
    let org = app
        .org(
            "Fotowolt sp. z o.o.",
            OrgKind::Company,
            "PL",
            Some(admin_user.id),
        )
        .await;
    let r = admin
        .post_form(
            &format!("/organisations/{}/people", org.id),
            &[("email", "colleague@example.pl"), ("role", "member")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap();
    let start = html
        .find("/invitations/inv_")
        .expect("the invitation link is shown");
    let link: String = html[start..]
        .chars()
        .take_while(|c| *c != '<' && *c != '"')
        .collect();

    // Someone else cannot use the link.
    let (stranger, _) = app.user("stranger@example.pl", false).await;
    assert_eq!(
        stranger.post_form(&link, &[]).await.status(),
        StatusCode::FORBIDDEN
    );

    let colleague = app.agent();
    let (status, page) = colleague.get_text(&link).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Fotowolt"));
    colleague
        .post_form(
            "/register",
            &[
                ("display_name", "Kolega"),
                ("email", "colleague@example.pl"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    let r = colleague.post_form(&link, &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let people = app.state.repo.org_users(org.id).await.unwrap();
    assert!(people
        .iter()
        .any(|p| p.email.as_str() == "colleague@example.pl" && p.role == OrgRole::Member));
    // Used once.
    assert_eq!(
        colleague.post_form(&link, &[]).await.status(),
        StatusCode::CONFLICT
    );
    // A member sees the people list but cannot invite.
    assert_eq!(
        colleague
            .get(&format!("/organisations/{}/people", org.id))
            .await
            .status(),
        StatusCode::OK
    );
    let r = colleague
        .post_form(
            &format!("/organisations/{}/people", org.id),
            &[("email", "x@example.pl"), ("role", "admin")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // The last administrator cannot be removed.
    let r = admin
        .post_form(
            &format!("/organisations/{}/people/{}/remove", org.id, admin_user.id),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
}
both_backends!(invitations_add_colleagues);
