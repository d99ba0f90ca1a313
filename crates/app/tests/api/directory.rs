//! The directory: creating profiles, multilingual search with facets, exports, CSV import,
//! cluster members and verification.

use crate::both_backends;
use crate::helpers::*;
use klaster_domain::*;
use reqwest::StatusCode;

async fn create_and_find_in_three_languages(app: TestApp) {
    let (a, _) = app.user("maker@example.pl", false).await;
    let mut form = org_form("Słoneczne Kolektory sp. z o.o.");
    form.push((
        "description_bg",
        "Произвеждаме слънчеви колектори и термопомпи за училища.".into(),
    ));
    let r = a.post_form("/organisations", &as_refs(&form)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    let (status, html) = a.get_text(&location).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Słoneczne Kolektory"));

    // Inflected forms in each language find the profile; diacritics may be left out in names.
    for q in [
        "instalacji fotowoltaicznych",
        "magazynów energii",
        "термопомпа",
        "photovoltaic system",
        "Sloneczne",
    ] {
        let (_, html) = a
            .get_text(&format!("/organisations?q={}", urlencode(q)))
            .await;
        assert!(html.contains("Słoneczne Kolektory"), "query {q}");
    }
    let (_, html) = a.get_text("/organisations?q=aerospace").await;
    assert!(!html.contains("Słoneczne Kolektory"));
    // The creator administers the new profile.
    let id: Id = location.rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(
        a.get(&format!("/organisations/{id}/edit")).await.status(),
        StatusCode::OK
    );
}
both_backends!(create_and_find_in_three_languages);

pub fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

async fn bad_input_names_the_field_and_stores_nothing(app: TestApp) {
    let (a, _) = app.user("bad@example.pl", false).await;
    let before = app.org_count().await;
    let long = "x".repeat(201);
    let cases: Vec<(&str, String, &str)> = vec![
        ("name", String::new(), "must not be empty"),
        ("name", long, "at most 200 characters"),
        ("nace", "99.99".into(), "is not a NACE Rev. 2 code"),
        ("nace", "letters".into(), "is not a NACE Rev. 2 code"),
        ("nuts", "BG31".into(), "is not a region of PL"),
        (
            "website",
            "javascript:alert(1)".into(),
            "must start with http",
        ),
        ("year_founded", "1066".into(), "must be between 1800"),
        ("type", "spaceship".into(), "is not one of"),
        ("country", "XX".into(), "is not a known country code"),
    ];
    for (field, value, message) in cases {
        let mut form = org_form("Valid Name Ltd");
        form.retain(|(k, _)| *k != field);
        form.push((field, value.clone()));
        let r = a.post_form("/organisations", &as_refs(&form)).await;
        assert_eq!(
            r.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}={value}"
        );
        let html = r.text().await.unwrap();
        assert!(html.contains(message), "{field}: expected '{message}'");
        assert!(
            html.contains(&format!("href=\"#{field}\"")),
            "the summary links to {field}"
        );
    }
    assert_eq!(app.org_count().await, before, "nothing stored");
}
both_backends!(bad_input_names_the_field_and_stores_nothing);

async fn facets_filters_pagination_and_exports(app: TestApp) {
    for i in 0..25 {
        app.org(&format!("Firma {i:02}"), OrgKind::Company, "PL", None)
            .await;
    }
    app.org("Клъстер Зелена синергия", OrgKind::Cluster, "BG", None)
        .await;
    app.org("Univerzita Test", OrgKind::University, "CZ", None)
        .await;
    let a = app.agent();
    let (_, html) = a.get_text("/organisations").await;
    assert!(html.contains("27 organisations found"));
    assert!(html.contains("Page 1 of 2"));
    assert!(html.contains("/organisations?page=2"));
    let (_, html) = a.get_text("/organisations?country=BG").await;
    assert!(html.contains("1 organisation found") && html.contains("Зелена синергия"));
    let (_, html) = a.get_text("/organisations?type=university&lang=pl").await;
    assert!(
        html.contains("Znaleziono 1 organizację") || html.contains("1 organizacj"),
        "Polish plural"
    );
    let (status, _) = a.get_text("/organisations?nace=not-a-code").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    let r = a.get("/organisations/export.csv?country=PL").await;
    assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = r.text().await.unwrap();
    assert_eq!(
        csv.lines().count(),
        26,
        "header + 25 Polish companies (all pages)"
    );
    let r = a.get("/organisations/export.json?type=cluster").await;
    let json: Vec<serde_json::Value> = r.json().await.unwrap();
    assert_eq!(json.len(), 1);
    assert_eq!(json[0]["name"], "Клъстер Зелена синергия");
}
both_backends!(facets_filters_pagination_and_exports);

const GOOD_CSV: &str = "name,type,country,nuts,nace,keywords,description_pl,description_en\n\
Ekoenergia Lublin sp. z o.o.,company,PL,PL81,35;71,biomasa;kotły,Dostarczamy kotły na biomasę.,We supply biomass boilers.\n\
\"Instytut Nowych Materiałów, Lublin\",research,PL,PL81,72,\"kompozyty; grafen\",,Research on composites.\n";

async fn csv_import_is_all_or_nothing(app: TestApp) {
    let (admin, _) = app.user("root@example.pl", true).await;
    let before = app.org_count().await;
    let bad = "name,type,country,nace\nGood One,company,PL,35\n,company,PL,35\nBad Nace,company,PL,35.999\nBad Type,rocket,PL,\n";
    let r = upload(&admin, bad).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    for expect in [
        "<td>3</td><td>name</td>",
        "<td>4</td><td>nace</td>",
        "<td>5</td><td>type</td>",
    ] {
        assert!(html.contains(expect), "report lists {expect}");
    }
    assert_eq!(
        app.org_count().await,
        before,
        "no row of a refused file is stored"
    );

    let r = upload(&admin, "name,type\n\"unterminated,company\n").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = upload(&admin, "name,type,country,colour\nX,company,PL,red\n").await;
    assert!(r.text().await.unwrap().contains("unknown column"));

    let r = upload(&admin, GOOD_CSV).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.text().await.unwrap().contains("2 organisations imported"));
    assert_eq!(app.org_count().await, before + 2);
    let (_, html) = admin.get_text("/organisations?q=grafen").await;
    assert!(html.contains("Instytut Nowych Materiałów, Lublin"));
    // Importing the same file again finds the duplicates and stores nothing.
    let r = upload(&admin, GOOD_CSV).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("already in the directory"));
    assert_eq!(app.org_count().await, before + 2);
    // Export → import round trip: the exported columns are accepted.
    let exported = admin
        .get("/organisations/export.csv")
        .await
        .text()
        .await
        .unwrap();
    assert!(exported.starts_with("id,name,short_name,type,size_class,country,nuts,nace"));
}
both_backends!(csv_import_is_all_or_nothing);

pub async fn upload(agent: &Agent, csv: &str) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("_csrf", agent.csrf().await)
        .part(
            "file",
            reqwest::multipart::Part::bytes(csv.as_bytes().to_vec())
                .file_name("orgs.csv")
                .mime_str("text/csv")
                .unwrap(),
        );
    agent
        .client
        .post(agent.url("/admin/import"))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn cluster_members_and_verification(app: TestApp) {
    let (manager, manager_user) = app.user("manager@example.pl", false).await;
    let (root, _) = app.user("root@example.pl", true).await;
    let cluster = app
        .org(
            "Lubelski Klaster Testowy",
            OrgKind::Cluster,
            "PL",
            Some(manager_user.id),
        )
        .await;
    let mut members = Vec::new();
    for i in 0..14 {
        members.push(
            app.org(&format!("Członek {i}"), OrgKind::Company, "PL", None)
                .await,
        );
    }
    let uni = app
        .org("Politechnika Testowa", OrgKind::University, "PL", None)
        .await;
    for m in &members {
        let r = manager
            .post_form(
                &format!("/organisations/{}/members", cluster.id),
                &[("member", &m.id.to_string()), ("committed", "on")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    // A cluster cannot be its own member; a company has no members.
    let r = manager
        .post_form(
            &format!("/organisations/{}/members", cluster.id),
            &[("member", &cluster.id.to_string())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let (_, html) = manager
        .get_text(&format!("/organisations/{}", cluster.id))
        .await;
    assert!(html.contains("14 member organisations"));
    assert!(html.contains("class=\"no\">14 committed members"));

    // Asking for verification: pending; the platform refuses while the checklist fails.
    assert_eq!(
        manager
            .post_form(&format!("/organisations/{}/verification", cluster.id), &[])
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let r = root
        .post_form(
            &format!("/admin/verifications/{}", cluster.id),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Rejecting needs a reason.
    let r = root
        .post_form(
            &format!("/admin/verifications/{}", cluster.id),
            &[("decision", "reject"), ("reason", "  ")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    manager
        .post_form(
            &format!("/organisations/{}/members", cluster.id),
            &[("member", &uni.id.to_string()), ("committed", "on")],
        )
        .await;
    let mut raw = klaster_domain::directory::RawOrgInput::from_org(
        &app.state.repo.org(cluster.id).await.unwrap().unwrap(),
    );
    raw.management_fte = Some("0.5".into());
    let mut form: Vec<(&str, String)> = vec![
        ("name", raw.name.clone()),
        ("type", "cluster".into()),
        ("country", "PL".into()),
        ("management_fte", "0,5".into()),
    ];
    form.push(("languages", "pl".into()));
    assert_eq!(
        manager
            .post_form(&format!("/organisations/{}", cluster.id), &as_refs(&form))
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let r = root
        .post_form(
            &format!("/admin/verifications/{}", cluster.id),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let org = app.state.repo.org(cluster.id).await.unwrap().unwrap();
    assert_eq!(org.verification, VerificationStatus::Verified);
    let (_, html) = root.get_text("/organisations?verified=true").await;
    assert!(html.contains("Lubelski Klaster Testowy") && html.contains("badge verified"));
    let (_, html) = root
        .get_text(&format!("/organisations/{}/members", cluster.id))
        .await;
    assert!(html.contains("Politechnika Testowa"));
    // The member page of the university lists the cluster.
    let (_, html) = root.get_text(&format!("/organisations/{}", uni.id)).await;
    assert!(html.contains("Lubelski Klaster Testowy"));
}
both_backends!(cluster_members_and_verification);

async fn rejection_keeps_the_reason(app: TestApp) {
    let (manager, manager_user) = app.user("m2@example.pl", false).await;
    let (root, _) = app.user("root2@example.pl", true).await;
    let org = app
        .org(
            "Mały Klaster",
            OrgKind::Cluster,
            "PL",
            Some(manager_user.id),
        )
        .await;
    manager
        .post_form(&format!("/organisations/{}/verification", org.id), &[])
        .await;
    let (_, html) = root.get_text("/admin").await;
    assert!(html.contains("Mały Klaster"));
    let r = root
        .post_form(
            &format!("/admin/verifications/{}", org.id),
            &[
                ("decision", "reject"),
                ("reason", "Only 3 committed members"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = manager
        .get_text(&format!("/organisations/{}", org.id))
        .await;
    assert!(html.contains("Only 3 committed members"));
    assert!(html.contains("badge rejected"));
}
both_backends!(rejection_keeps_the_reason);
