//! CORDIS import: the command line and the API/admin upload, on hand-written files (both
//! delimiters, multi-line fields, malformed files) and on the real samples in ../shared/data.

use crate::both_backends;
use crate::helpers::*;
use klaster_domain::*;
use reqwest::StatusCode;
use serde_json::Value;
use std::process::Command;

const PROJECTS: &str = "id;acronym;status;title;startDate;endDate;totalCost;ecMaxContribution;legalBasis;topics;frameworkProgramme;objective\n\
101000001;ALPHA;SIGNED;Alpha clusters;2024-01-01;2026-12-31;1499998;1499998.0;HORIZON.2.4;HORIZON-CL4-2023-01;HORIZON;\"Clusters; regions\nand a second line with \"\"quotes\"\"\"\n\
101000002;BETA;CLOSED;Beta network;2016-01-01;2018-06-30;2000000,50;1800000;H2020-EU.2.;INNOSUP-01-2016;H2020;Short\n";

const ORGS: &str = "projectID,projectAcronym,organisationID,vatNumber,name,shortName,SME,activityType,country,nutsCode,organizationURL,role,ecContribution,order\n\
101000001,ALPHA,900,,PIC HOLDER SA,PH,False,PRC,PL,PL911,,coordinator,500000.0,1\n\
101000001,ALPHA,901,DE 111.222,Someone Else GmbH,,False,PRC,DE,,,participant,400000,2\n\
101000001,ALPHA,902,,\"NAME MATCH, GMBH\",,False,REC,AT,AT130,,participant,300000,3\n\
101000001,ALPHA,903,,TWIN LTD.,,False,OTH,EL,EL301,,participant,,4\n\
101000001,ALPHA,904,GB999,Brand New University,BNU,False,HES,UK,ZZ999,www.bnu.ac.uk,associatedPartner,,5\n\
101000002,BETA,900,,PIC HOLDER SA,PH,False,PRC,PL,PL911,,participant,100,2\n\
101000002,BETA,904,GB999,Brand New University,BNU,False,HES,UK,,http://bnu.ac.uk,coordinator,200,1\n";

const PROJECTS_COMMA: &str = "id,acronym,status,title,startDate,endDate,totalCost,ecMaxContribution,topics,frameworkProgramme,objective\n\
101000001,ALPHA,SIGNED,\"Alpha clusters, regions\",2024-01-01,2026-12-31,1499998,1499998.0,HORIZON-CL4-2023-01,HORIZON,\"Two\nlines\"\n\
101000002,BETA,CLOSED,Beta network,2016-01-01,2018-06-30,\"2000000,50\",1800000,INNOSUP-01-2016,H2020,Short\n";

const ORGS_SEMI: &str = "projectID;organisationID;vatNumber;name;shortName;activityType;country;nutsCode;organizationURL;role;ecContribution;order\n\
101000001;900;;PIC HOLDER SA;PH;PRC;PL;PL911;;coordinator;500000,5;1\n\
101000001;901;DE 111.222;Someone Else GmbH;;PRC;DE;;;participant;400000;2\n\
101000001;902;;NAME MATCH, GMBH;;REC;AT;AT130;;participant;300000;3\n\
101000001;903;;TWIN LTD.;;OTH;EL;EL301;;participant;;4\n\
101000001;904;GB999;Brand New University;BNU;HES;UK;ZZ999;www.bnu.ac.uk;associatedPartner;;5\n\
101000002;900;;PIC HOLDER SA;PH;PRC;PL;PL911;;participant;100;2\n\
101000002;904;GB999;Brand New University;BNU;HES;UK;;http://bnu.ac.uk;coordinator;200;1\n";

const TOPICS: &str =
    "projectID,topic,title\n101000001,HORIZON-CL4-2023-01,Cluster cooperation topic\n";

fn files<'a>(list: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    list.to_vec()
}

/// POST /api/v1/imports/cordis as a session client (CSRF header) with the given files.
async fn api_upload(agent: &Agent, files: &[(&str, &str)]) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new();
    for (name, text) in files {
        form = form.part(
            "files",
            reqwest::multipart::Part::bytes(text.as_bytes().to_vec())
                .file_name(name.to_string())
                .mime_str("text/csv")
                .unwrap(),
        );
    }
    let mut req = agent.client.post(agent.url("/api/v1/imports/cordis"));
    if let Some(t) = &agent.token {
        req = req.bearer_auth(t);
    } else {
        req = req.header("X-CSRF-Token", agent.csrf().await);
    }
    req.multipart(form).send().await.unwrap()
}

/// The admin page's CORDIS form.
async fn page_upload(agent: &Agent, files: &[(&str, &str)], lang: &str) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new()
        .text("import", "cordis")
        .text("_csrf", agent.csrf().await);
    for (name, text) in files {
        form = form.part(
            "files",
            reqwest::multipart::Part::bytes(text.as_bytes().to_vec())
                .file_name(name.to_string())
                .mime_str("text/csv")
                .unwrap(),
        );
    }
    agent
        .client
        .post(agent.url(&format!("/admin/import?lang={lang}")))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    app.sql(sql).await.unwrap_or(0)
}

/// Everything an import writes, as one comparable fingerprint.
async fn fingerprint(app: &TestApp) -> Vec<i64> {
    let mut v = Vec::new();
    for sql in [
        "SELECT COUNT(*) FROM projects",
        "SELECT COUNT(*) FROM project_partners",
        "SELECT COUNT(*) FROM organisations",
        "SELECT COUNT(*) FROM org_identifiers",
        "SELECT CAST(COALESCE(SUM(updated_at), 0) AS BIGINT) FROM projects",
        "SELECT CAST(COALESCE(SUM(updated_at), 0) AS BIGINT) FROM organisations",
        "SELECT CAST(COALESCE(SUM(COALESCE(eu_contribution, 0) + position + COALESCE(org_id, 0)), 0) AS BIGINT) FROM project_partners",
    ] {
        v.push(count(app, sql).await);
    }
    v
}

async fn import_matches_and_is_idempotent(app: TestApp) {
    let (root, _) = app.user("root@example.eu", true).await;
    let pic_holder = app.org("Pic Holder", OrgKind::Company, "PL", None).await;
    let vat_holder = app.org("Vat Holder", OrgKind::Company, "DE", None).await;
    let name_match = app
        .org("Name Match GmbH", OrgKind::Research, "AT", None)
        .await;
    let twin1 = app.org("Twin Ltd", OrgKind::Company, "GR", None).await;
    let twin2 = app.org("Twin, Ltd", OrgKind::Company, "GR", None).await;
    app.sql(&format!(
        "INSERT INTO org_identifiers (org_id, scheme, value) VALUES ({}, 'pic', '900')",
        pic_holder.id
    ))
    .await;
    app.sql(&format!(
        "INSERT INTO org_identifiers (org_id, scheme, value) VALUES ({}, 'vat', 'DE111222')",
        vat_holder.id
    ))
    .await;
    let orgs_before = app.org_count().await;

    let set = files(&[
        ("project.csv", PROJECTS),
        ("organization.csv", ORGS),
        ("topics.csv", TOPICS),
        ("README.txt", "not a table"),
    ]);
    let r = api_upload(&root, &set).await;
    assert_eq!(r.status(), StatusCode::OK);
    let report: Value = r.json().await.unwrap();
    assert_eq!(report["projects_created"], 2, "{report}");
    assert_eq!(report["projects_updated"], 0);
    assert_eq!(report["organisations_new"], 1, "{report}");
    assert_eq!(report["organisations_matched_pic"], 1);
    assert_eq!(report["organisations_matched_vat"], 1);
    assert_eq!(report["organisations_matched_name"], 1);
    assert_eq!(report["ambiguous"].as_array().unwrap().len(), 1);
    assert_eq!(report["ambiguous"][0]["pic"], "903");
    assert_eq!(
        report["ambiguous"][0]["candidates"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(report["partners_created"], 7);
    assert_eq!(report["ignored_files"], serde_json::json!(["README.txt"]));
    assert!(report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w.as_str().unwrap().contains("NUTS")));
    assert_eq!(app.org_count().await, orgs_before + 1);

    // The projects as CORDIS describes them.
    let alpha = count(
        &app,
        "SELECT id FROM projects WHERE cordis_id = '101000001'",
    )
    .await;
    let project = app.state.repo.project(alpha).await.unwrap().unwrap();
    assert_eq!(project.acronym, "ALPHA");
    assert_eq!(project.programme.code(), "horizon_europe");
    assert_eq!(project.status.code(), "ongoing");
    assert_eq!(project.total_budget.unwrap().minor, 149_999_800);
    assert_eq!(project.eu_contribution.unwrap().plain(), "1499998.00");
    assert_eq!(
        project.call_topic.as_deref(),
        Some("HORIZON-CL4-2023-01 — Cluster cooperation topic")
    );
    assert_eq!(project.objectives[0].lang.as_str(), "en");
    assert!(project.objectives[0]
        .text
        .contains("second line with \"quotes\""));
    let beta = count(
        &app,
        "SELECT id FROM projects WHERE cordis_id = '101000002'",
    )
    .await;
    let beta_p = app.state.repo.project(beta).await.unwrap().unwrap();
    assert_eq!(beta_p.programme.code(), "horizon_2020");
    assert_eq!(beta_p.status.code(), "closed");
    assert_eq!(beta_p.total_budget.unwrap().minor, 200_000_050);

    // Partners: matched profiles, the ambiguous one without a profile, the new one in GB.
    let partners = app.state.repo.project_partners(alpha).await.unwrap();
    assert_eq!(partners.len(), 5);
    let by_pic = |pic: &str| {
        partners
            .iter()
            .find(|p| p.pic.as_deref() == Some(pic))
            .unwrap()
    };
    assert_eq!(by_pic("900").org_id, Some(pic_holder.id));
    assert_eq!(by_pic("900").role.code(), "lead");
    assert_eq!(by_pic("901").org_id, Some(vat_holder.id));
    assert_eq!(by_pic("902").org_id, Some(name_match.id));
    assert_eq!(by_pic("903").org_id, None);
    assert_eq!(by_pic("903").name, "TWIN LTD.");
    assert_eq!(by_pic("903").country.as_str(), "GR");
    assert_eq!(by_pic("904").role.code(), "associated");
    assert_eq!(by_pic("904").country.as_str(), "GB");
    assert_eq!(by_pic("904").nuts, None, "an unknown region is dropped");
    let new_id = by_pic("904").org_id.unwrap();
    let new_org = app.state.repo.org(new_id).await.unwrap().unwrap();
    assert_eq!(new_org.kind, OrgKind::University);
    assert_eq!(new_org.short_name.as_deref(), Some("BNU"));
    assert_eq!(
        new_org.website.as_ref().map(|w| w.as_str()),
        Some("http://www.bnu.ac.uk")
    );
    // Identifiers recorded for the name match and the new profile.
    assert_eq!(
        count(&app, &format!("SELECT COUNT(*) FROM org_identifiers WHERE org_id = {} AND scheme = 'pic' AND value = '902'", name_match.id)).await,
        1
    );
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM org_identifiers WHERE org_id = {new_id}")
        )
        .await,
        2
    );
    assert!(twin1.id != twin2.id);
    // The new profile is in the directory search.
    let (status, body) = root.get_text("/api/v1/organisations?q=Brand").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Brand New University"), "{body}");

    // The same files again: nothing changes, not even updated_at.
    let before = fingerprint(&app).await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let r = api_upload(&root, &set).await;
    assert_eq!(r.status(), StatusCode::OK);
    let again: Value = r.json().await.unwrap();
    assert_eq!(again["projects_created"], 0, "{again}");
    assert_eq!(again["projects_updated"], 0);
    assert_eq!(again["projects_unchanged"], 2);
    assert_eq!(again["partners_created"], 0);
    assert_eq!(again["partners_updated"], 0);
    assert_eq!(again["partners_unchanged"], 7);
    assert_eq!(again["organisations_new"], 0);
    assert_eq!(again["organisations_matched_pic"], 4, "{again}");
    assert_eq!(fingerprint(&app).await, before);

    // A coordinator links the ambiguous partner; a re-import keeps the link.
    app.sql(&format!(
        "UPDATE project_partners SET org_id = {} WHERE pic = '903'",
        twin1.id
    ))
    .await;
    let r = api_upload(&root, &set).await;
    let third: Value = r.json().await.unwrap();
    assert_eq!(third["partners_updated"], 0, "{third}");
    assert_eq!(
        count(
            &app,
            "SELECT org_id FROM project_partners WHERE pic = '903'"
        )
        .await,
        twin1.id
    );

    // A changed title updates that project only.
    let changed = PROJECTS.replace("Beta network", "Beta network renamed");
    let r = api_upload(&root, &files(&[("project.csv", &changed)])).await;
    let upd: Value = r.json().await.unwrap();
    assert_eq!(upd["projects_updated"], 1, "{upd}");
    assert_eq!(upd["projects_unchanged"], 1);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM projects WHERE title = 'Beta network renamed'"
        )
        .await,
        1
    );
}
both_backends!(import_matches_and_is_idempotent);

/// The files of one case, the column and line the error must name, and a word of its message.
type MalformedCase<'a> = (Vec<(&'a str, String)>, &'a str, u64, &'a str);

async fn malformed_files_store_nothing(app: TestApp) {
    let (root, _) = app.user("root@example.eu", true).await;
    let orgs_before = app.org_count().await;
    let cases: Vec<MalformedCase> = vec![
        // An objective whose quote never closes.
        (
            vec![(
                "project.csv",
                PROJECTS.replace(";H2020;Short", ";H2020;\"Short"),
            )],
            "objective",
            4,
            "unterminated",
        ),
        // A partner row with a missing field.
        (
            vec![
                ("project.csv", PROJECTS.to_string()),
                (
                    "organization.csv",
                    ORGS.replace(",associatedPartner,,5", ",associatedPartner,5"),
                ),
            ],
            "organization.csv",
            6,
            "expected 14 fields",
        ),
        // An unparsable date.
        (
            vec![("project.csv", PROJECTS.replace("2018-06-30", "30/06/2018"))],
            "endDate",
            4,
            "not a date",
        ),
        // An unparsable amount.
        (
            vec![
                ("project.csv", PROJECTS.to_string()),
                ("organization.csv", ORGS.replace("400000", "lots")),
            ],
            "ecContribution",
            3,
            "not an amount",
        ),
        // A project row without id.
        (
            vec![("project.csv", PROJECTS.replace("101000002;BETA", ";BETA"))],
            "id",
            4,
            "without id",
        ),
        // A required column missing.
        (
            vec![(
                "project.csv",
                PROJECTS.replace(";frameworkProgramme;", ";programme;"),
            )],
            "frameworkProgramme",
            1,
            "missing",
        ),
    ];
    for (set, field, line, message) in cases {
        let set: Vec<(&str, &str)> = set.iter().map(|(n, t)| (*n, t.as_str())).collect();
        let r = api_upload(&root, &set).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let body = r.text().await.unwrap();
        assert!(body.contains(field) && body.contains(message), "{body}");
        assert!(
            body.contains(&format!("\"line\":{line}")),
            "line {line}: {body}"
        );
        assert_eq!(count(&app, "SELECT COUNT(*) FROM projects").await, 0);
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM project_partners").await,
            0
        );
        assert_eq!(count(&app, "SELECT COUNT(*) FROM org_identifiers").await, 0);
        assert_eq!(app.org_count().await, orgs_before);
    }
    // No project file at all.
    let r = api_upload(&root, &[("organization.csv", ORGS)]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("project"));
    // The same malformed file through the admin page: the rows shown, nothing stored.
    let bad = PROJECTS.replace("2018-06-30", "30/06/2018");
    let r = page_upload(&root, &[("project.csv", &bad)], "en").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Nothing was imported from CORDIS") && html.contains("endDate"),
        "{html}"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM projects").await, 0);
}
both_backends!(malformed_files_store_nothing);

async fn only_platform_admins_import(app: TestApp) {
    let set = files(&[("project.csv", PROJECTS), ("organization.csv", ORGS)]);
    // Anonymous: 401 on the API, a redirect to the login (or 401) on the page.
    let anon = app.agent();
    assert_eq!(
        api_upload(&anon, &set).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let s = page_upload(&anon, &set, "en").await.status();
    assert!(
        s == StatusCode::SEE_OTHER || s == StatusCode::UNAUTHORIZED,
        "{s}"
    );
    // A signed-in user who is not a platform administrator, even an organisation admin: 403.
    let (user, u) = app.user("someone@example.eu", false).await;
    app.org("Own Cluster", OrgKind::Cluster, "PL", Some(u.id))
        .await;
    assert_eq!(
        api_upload(&user, &set).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        page_upload(&user, &set, "en").await.status(),
        StatusCode::FORBIDDEN
    );
    let (mut bearer, _) = app.bearer_user("script@example.eu").await;
    if bearer.token.is_none() {
        bearer.use_api_token().await;
    }
    assert_eq!(
        api_upload(&bearer, &set).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM projects").await, 0);

    // The platform administrator: the form is on /admin in every language and shows the report.
    let (root, _) = app.user("root@example.eu", true).await;
    for (lang, title) in [
        ("en", "Import EU projects from CORDIS"),
        ("pl", "Import projektów UE z CORDIS"),
        ("bg", "Внос на проекти на ЕС от CORDIS"),
    ] {
        let (status, html) = root.get_text(&format!("/admin?lang={lang}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains(title), "{lang}");
        assert!(html.contains("name=\"files\"") && html.contains("multiple"));
        for key in [
            "cordis-title",
            "cordis-hint",
            "cordis-submit",
            "cordis-files-label",
        ] {
            assert!(!html.contains(key), "no raw key {key} in {lang}");
        }
    }
    // Without the CSRF token the upload is refused.
    let form = reqwest::multipart::Form::new()
        .text("import", "cordis")
        .part(
            "files",
            reqwest::multipart::Part::bytes(PROJECTS.as_bytes().to_vec()).file_name("project.csv"),
        );
    let r = root
        .client
        .post(root.url("/admin/import"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM projects").await, 0);

    let r = page_upload(&root, &set, "pl").await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap();
    assert!(html.contains("Raport z importu CORDIS"), "{html}");
    assert!(
        html.contains("TWIN LTD.") || html.contains("2 utworzone"),
        "{html}"
    );
    assert!(!html.contains("cordis-report<") && !html.contains("cordis-created"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM projects").await, 2);
    let r = page_upload(&root, &set, "bg").await;
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Отчет за вноса от CORDIS") && html.contains("2 без промяна"),
        "{html}"
    );
}
both_backends!(only_platform_admins_import);

// ---------------------------------------------------------------------------------------------
// The real samples

fn samples() -> Option<std::path::PathBuf> {
    let dir = std::env::var("KLASTER_SHARED_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| {
            std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"))
        })
        .join("cordis-samples/horizon-europe-head100");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: CORDIS samples absent at {}", dir.display());
        None
    }
}

fn read_samples(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let name = e.file_name().to_string_lossy().to_string();
        if name.ends_with(".csv") {
            out.push((name, std::fs::read_to_string(e.path()).unwrap()));
        }
    }
    out.sort();
    out
}

async fn real_samples_over_the_api(app: TestApp) {
    let Some(dir) = samples() else { return };
    let (root, _) = app.user("root@example.eu", true).await;
    let owned = read_samples(&dir);
    let set: Vec<(&str, &str)> = owned
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let r = api_upload(&root, &set).await;
    assert_eq!(r.status(), StatusCode::OK);
    let report: Value = r.json().await.unwrap();
    eprintln!("CORDIS samples: {report}");
    assert_eq!(report["projects_created"], 100);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM projects").await, 100);
    let partners = count(&app, "SELECT COUNT(*) FROM project_partners").await;
    assert!(partners > 0);
    assert_eq!(report["partners_created"].as_i64().unwrap(), partners);
    assert_eq!(
        report["files"].as_array().unwrap().len(),
        3,
        "project, organization, topics"
    );
    assert_eq!(report["ignored_files"].as_array().unwrap().len(), 3);
    // Every project has its English objective.
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM projects WHERE objectives LIKE '%\"en\"%'"
        )
        .await,
        100
    );
    let before = fingerprint(&app).await;
    let r = api_upload(&root, &set).await;
    let again: Value = r.json().await.unwrap();
    assert_eq!(again["projects_created"], 0);
    assert_eq!(again["projects_updated"], 0);
    assert_eq!(again["partners_created"], 0);
    assert_eq!(again["partners_updated"], 0);
    assert_eq!(again["organisations_new"], 0);
    assert_eq!(fingerprint(&app).await, before);
}
both_backends!(real_samples_over_the_api);

// ---------------------------------------------------------------------------------------------
// The command line

fn klaster() -> Command {
    Command::new(env!("CARGO_BIN_EXE_klaster"))
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("klaster-cordis-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(args: &[&str], dir: &std::path::Path, data: &std::path::Path) -> (bool, String, String) {
    let out = klaster()
        .args(args)
        .arg(dir)
        .arg("--data-dir")
        .arg(data)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

#[test]
fn cli_imports_hand_written_files_all_or_nothing() {
    let files = temp_dir("files");
    let data = temp_dir("data");
    // A comma-separated project file this time, and a ';' organisation file.
    std::fs::write(files.join("project.csv"), PROJECTS_COMMA).unwrap();
    std::fs::write(files.join("organization.csv"), ORGS_SEMI).unwrap();
    std::fs::write(files.join("topics.csv"), TOPICS).unwrap();
    std::fs::write(files.join("notes.md"), "ignored").unwrap();
    let (ok, out, err) = run(&["import", "cordis"], &files, &data);
    assert!(ok, "{out}\n{err}");
    assert!(
        out.contains("files read: organization.csv, project.csv, topics.csv"),
        "{out}"
    );
    assert!(out.contains("files ignored: notes.md"), "{out}");
    assert!(
        out.contains("projects: 2 created, 0 updated, 0 unchanged"),
        "{out}"
    );
    assert!(out.contains("organisations: 5 new"), "{out}");
    assert!(out.contains("partners: 7 (7 created"), "{out}");
    assert!(
        err.contains("projects: 2/2") && err.contains("partners: 7/7"),
        "progress: {err}"
    );
    // Again: nothing changes.
    let (ok, out, _) = run(&["import", "cordis"], &files, &data);
    assert!(ok);
    assert!(
        out.contains("projects: 0 created, 0 updated, 2 unchanged"),
        "{out}"
    );
    assert!(
        out.contains("organisations: 0 new, 5 matched (by PIC 5"),
        "{out}"
    );
    assert!(out.contains("(0 created, 0 updated, 7 unchanged)"), "{out}");
    // A malformed organisation file: rejected with file, line and column; nothing stored.
    let bad = temp_dir("bad");
    let data2 = temp_dir("data2");
    std::fs::write(bad.join("project.csv"), PROJECTS).unwrap();
    std::fs::write(
        bad.join("organization.csv"),
        ORGS.replace("PIC HOLDER SA,PH,", "\"PIC HOLDER SA\" x,PH,"),
    )
    .unwrap();
    let (ok, out, err) = run(&["import", "cordis"], &bad, &data2);
    assert!(!ok, "{out}");
    assert!(
        err.contains("organization.csv") && err.contains("line 2") && err.contains("name"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
    // No project file.
    std::fs::remove_file(bad.join("project.csv")).unwrap();
    let (ok, _, err) = run(&["import", "cordis"], &bad, &data2);
    assert!(!ok);
    assert!(err.contains("project"), "{err}");
    // The second database holds no project.
    let (ok, out, _) = run(&["import", "cordis"], &files, &data2);
    assert!(ok && out.contains("projects: 2 created"), "{out}");
}

#[test]
fn cli_imports_the_real_samples() {
    let Some(dir) = samples() else { return };
    let data = temp_dir("samples");
    let (ok, out, err) = run(&["import", "cordis"], &dir, &data);
    assert!(ok, "{out}\n{err}");
    println!("{out}");
    assert!(
        out.contains("files read: organization_df_100.csv, project_df_100.csv, topics_df_100.csv"),
        "{out}"
    );
    assert!(
        out.contains("projects: 100 created, 0 updated, 0 unchanged"),
        "{out}"
    );
    let (ok, again, _) = run(&["import", "cordis"], &dir, &data);
    assert!(ok);
    assert!(
        again.contains("projects: 0 created, 0 updated, 100 unchanged"),
        "{again}"
    );
    assert!(again.contains("organisations: 0 new"), "{again}");
    assert!(again.contains(" 0 created, 0 updated, "), "{again}");
}
