//! Repository tests: every one runs on SQLite and, when KLASTER_TEST_DATABASE_URL is set, on a
//! fresh PostgreSQL database.

use klaster_domain::*;
use klaster_store::testing::TestDb;
use time::{Duration, OffsetDateTime};

fn input(name: &str, kind: OrgKind) -> OrganisationInput {
    OrganisationInput {
        kind,
        size_class: None,
        name: name.into(),
        short_name: Some("S".into()),
        country: CountryCode::parse("PL").unwrap(),
        nuts: Some(NutsCode::parse("PL81").unwrap()),
        nace: vec![NaceCode::parse("35.11").unwrap()],
        ecosystems: vec![Ecosystem::RenewableEnergy],
        keywords: vec!["biomasa".into()],
        website: Some(Website::parse("https://x.example.pl").unwrap()),
        year_founded: Some(2012),
        languages: vec![LanguageTag::parse("pl").unwrap()],
        descriptions: vec![LocalizedText {
            lang: LanguageTag::parse("pl").unwrap(),
            text: "Opis".into(),
        }],
        management_fte: Some(1.5),
        is_demo: true,
    }
}

async fn each_backend<F, Fut>(test: F)
where
    F: Fn(TestDb) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let dbs = TestDb::all().await;
    if dbs.len() == 1 {
        eprintln!("PostgreSQL part skipped: set KLASTER_TEST_DATABASE_URL");
    }
    for db in dbs {
        test(db).await;
    }
}

#[tokio::test]
async fn users_sessions_and_tokens() {
    each_backend(|db| async move {
        let s = &db.store;
        let email = Email::parse("ana@example.bg").unwrap();
        let u = s.create_user(&email, "Ана", "hash", false).await.unwrap();
        assert!(matches!(
            s.create_user(&email, "Again", "h", false).await,
            Err(DomainError::Validation(_))
        ));
        assert_eq!(s.user_with_hash(&email).await.unwrap().unwrap().1, "hash");
        s.set_platform_admin(u.id, true).await.unwrap();
        assert!(s.user(u.id).await.unwrap().unwrap().is_platform_admin);

        let soon = OffsetDateTime::now_utc() + Duration::hours(1);
        s.create_session("live", u.id, soon).await.unwrap();
        s.create_session("other", u.id, soon).await.unwrap();
        s.create_session(
            "expired",
            u.id,
            OffsetDateTime::now_utc() - Duration::hours(1),
        )
        .await
        .unwrap();
        assert!(s.session("live").await.unwrap().is_some());
        assert!(
            s.session("expired").await.unwrap().is_none(),
            "expired sessions do not count"
        );
        s.delete_other_sessions(u.id, "live").await.unwrap();
        assert!(s.session("other").await.unwrap().is_none());
        assert!(s.session("live").await.unwrap().is_some());

        let t = s
            .create_api_token(u.id, "script", "tokenhash")
            .await
            .unwrap();
        assert_eq!(
            s.user_by_api_token("tokenhash").await.unwrap().unwrap().id,
            u.id
        );
        assert!(
            s.api_tokens(u.id).await.unwrap()[0].last_used_at.is_some(),
            "use is recorded"
        );
        let stranger = s
            .create_user(&Email::parse("x@example.bg").unwrap(), "X", "h", false)
            .await
            .unwrap();
        assert!(
            !s.delete_api_token(stranger.id, t.id).await.unwrap(),
            "not someone else's token"
        );
        assert!(s.delete_api_token(u.id, t.id).await.unwrap());
        assert!(s.user_by_api_token("tokenhash").await.unwrap().is_none());
    })
    .await;
}

#[tokio::test]
async fn organisations_round_trip_and_memberships() {
    each_backend(|db| async move {
        let s = &db.store;
        let admin = s
            .create_user(&Email::parse("a@example.pl").unwrap(), "A", "h", false)
            .await
            .unwrap();
        let cluster = s
            .create_org(&input("Klaster", OrgKind::Cluster), Some(admin.id))
            .await
            .unwrap();
        assert_eq!(
            cluster.input(),
            input("Klaster", OrgKind::Cluster),
            "every field survives the round trip"
        );
        assert_eq!(
            s.org_role(cluster.id, admin.id).await.unwrap(),
            Some(OrgRole::Admin)
        );
        assert_eq!(
            s.memberships(admin.id).await.unwrap()[0].organisation_name,
            "Klaster"
        );

        let ids = s
            .create_orgs(&[
                input("B", OrgKind::Company),
                input("C", OrgKind::University),
            ])
            .await
            .unwrap();
        assert_eq!(s.count_orgs().await.unwrap(), 3);
        let got: Vec<String> = s
            .orgs_by_ids(&[ids[1], 999, ids[0]])
            .await
            .unwrap()
            .into_iter()
            .map(|o| o.name)
            .collect();
        assert_eq!(got, vec!["C", "B"], "order kept, missing ids skipped");
        let many: Vec<Id> = (0..40_000)
            .map(|i| if i % 2 == 0 { ids[0] } else { 1_000_000 + i })
            .collect();
        assert_eq!(
            s.orgs_by_ids(&many).await.unwrap().len(),
            1,
            "more ids than a statement may bind"
        );

        let mut changed = input("Klaster Nowy", OrgKind::Cluster);
        changed.nace = vec![];
        changed.website = None;
        let updated = s.update_org(cluster.id, &changed).await.unwrap();
        assert_eq!(updated.name, "Klaster Nowy");
        assert!(updated.nace.is_empty() && updated.website.is_none());
        assert!(matches!(
            s.update_org(12345, &changed).await,
            Err(DomainError::NotFound)
        ));

        s.set_cluster_member(cluster.id, ids[0], true)
            .await
            .unwrap();
        s.set_cluster_member(cluster.id, ids[1], false)
            .await
            .unwrap();
        s.set_cluster_member(cluster.id, ids[1], true)
            .await
            .unwrap();
        let members = s.cluster_members(cluster.id).await.unwrap();
        assert_eq!(members.len(), 2);
        assert!(members.iter().all(|m| m.committed));
        assert_eq!(
            s.clusters_of(ids[0]).await.unwrap(),
            vec![(cluster.id, "Klaster Nowy".to_string())]
        );
        assert!(
            matches!(
                s.set_cluster_member(cluster.id, cluster.id, true).await,
                Err(DomainError::Conflict(_))
            ),
            "the database refuses self-membership"
        );
        s.remove_cluster_member(cluster.id, ids[0]).await.unwrap();
        assert_eq!(s.cluster_members(cluster.id).await.unwrap().len(), 1);

        s.set_verification(
            cluster.id,
            VerificationStatus::Rejected,
            Some("too few members"),
        )
        .await
        .unwrap();
        let rejected = s
            .orgs_with_verification(VerificationStatus::Rejected)
            .await
            .unwrap();
        assert_eq!(
            rejected[0].verification_note.as_deref(),
            Some("too few members")
        );
    })
    .await;
}

#[tokio::test]
async fn invitations_are_used_once() {
    each_backend(|db| async move {
        let s = &db.store;
        let admin = s
            .create_user(&Email::parse("boss@example.pl").unwrap(), "B", "h", false)
            .await
            .unwrap();
        let org = s
            .create_org(&input("Firma", OrgKind::Company), Some(admin.id))
            .await
            .unwrap();
        let email = Email::parse("new@example.pl").unwrap();
        let inv = s
            .create_invitation(org.id, &email, OrgRole::Member, "invhash", admin.id)
            .await
            .unwrap();
        assert_eq!(s.pending_invitations(org.id).await.unwrap().len(), 1);
        let newcomer = s.create_user(&email, "N", "h", false).await.unwrap();
        s.accept_invitation(inv.id, newcomer.id).await.unwrap();
        assert_eq!(
            s.org_role(org.id, newcomer.id).await.unwrap(),
            Some(OrgRole::Member)
        );
        assert!(matches!(
            s.accept_invitation(inv.id, newcomer.id).await,
            Err(DomainError::Conflict(_))
        ));
        assert!(s.pending_invitations(org.id).await.unwrap().is_empty());
        assert!(s
            .invitation_by_token("invhash")
            .await
            .unwrap()
            .unwrap()
            .accepted_at
            .is_some());
        // Accepting never lowers an existing role.
        let inv2 = s
            .create_invitation(org.id, &admin.email, OrgRole::Member, "h2", admin.id)
            .await
            .unwrap();
        s.accept_invitation(inv2.id, admin.id).await.unwrap();
        assert_eq!(
            s.org_role(org.id, admin.id).await.unwrap(),
            Some(OrgRole::Admin)
        );
    })
    .await;
}

#[tokio::test]
async fn vocabularies_fall_back_to_english() {
    each_backend(|db| async move {
        let s = &db.store;
        let e = |code: &str, level: u8, parent: Option<&str>, lang: &str, label: &str| NaceEntry {
            code: code.into(),
            level,
            parent: parent.map(String::from),
            lang: lang.into(),
            label: label.into(),
            includes: String::new(),
        };
        s.upsert_nace(&[
            e("C", 1, None, "en", "MANUFACTURING"),
            e("26", 2, Some("C"), "en", "Computers"),
            e("C", 1, None, "pl", "PRZETWÓRSTWO PRZEMYSŁOWE"),
        ])
        .await
        .unwrap();
        let pl = s.nace("pl", None).await.unwrap();
        assert_eq!(pl[0].label, "PRZETWÓRSTWO PRZEMYSŁOWE");
        assert_eq!(
            (pl[1].label.as_str(), pl[1].lang.as_str()),
            ("Computers", "en"),
            "missing Polish label falls back to English"
        );
        assert_eq!(s.nace("bg", Some(2)).await.unwrap().len(), 1);
        assert_eq!(
            s.nace_label_counts().await.unwrap(),
            vec![("en".to_string(), 2), ("pl".to_string(), 1)]
        );

        let r = |code: &str, name: &str| NutsRegion {
            code: code.into(),
            country: "PL".into(),
            level: (code.len() - 2) as u8,
            name: name.into(),
        };
        s.upsert_nuts(&[
            r("PL", "Polska"),
            r("PL8", "Makroregion"),
            r("PL81", "Lubelskie"),
        ])
        .await
        .unwrap();
        s.upsert_nuts(&[r("PL81", "Lubelskie (renamed)")])
            .await
            .unwrap();
        assert_eq!(
            s.nuts_region("PL81").await.unwrap().unwrap().name,
            "Lubelskie (renamed)"
        );
        assert_eq!(s.nuts_regions(Some("PL"), Some(1)).await.unwrap().len(), 1);
        assert_eq!(s.nuts_regions(None, None).await.unwrap().len(), 3);
        assert!(s.ping().await);
    })
    .await;
}

#[tokio::test]
async fn migrations_are_idempotent() {
    each_backend(|db| async move {
        assert_eq!(db.store.migrate().await.unwrap(), 0, "already applied");
    })
    .await;
}
