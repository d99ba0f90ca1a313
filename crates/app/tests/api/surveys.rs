//! HTTP tests of surveys (both backends): building a survey, answering it with drafts and
//! conditions, the one-response rule under parallel submissions, results and their anonymity,
//! exports, and the pages in three languages.

use crate::both_backends;
use crate::helpers::{field_named, json_of, Agent, TestApp};
use klaster_domain::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

const SURVEY_KEYS: &str = include_str!("../../../web/locales/en/surveys.ftl");

/// An organisation (in region PL814) with its administrator, and a survey it owns.
pub(crate) struct Owner {
    pub org: Organisation,
    pub admin: Agent,
}

pub(crate) async fn org_in(
    app: &TestApp,
    name: &str,
    kind: OrgKind,
    country: &str,
    nuts: &str,
    admin: Option<Id>,
) -> Organisation {
    let org = app.org(name, kind, country, admin).await;
    let mut input = org.input();
    input.nuts = Some(NutsCode::parse(nuts).unwrap());
    app.state.repo.update_org(org.id, &input).await.unwrap()
}

pub(crate) async fn owner(app: &TestApp) -> Owner {
    let (admin, user) = app.user("urzad@lubelskie.example", false).await;
    let org = org_in(
        app,
        "Urząd Marszałkowski",
        OrgKind::PublicAuthority,
        "PL",
        "PL814",
        Some(user.id),
    )
    .await;
    Owner { org, admin }
}

/// A person who belongs (as a member) to a new organisation of the given country and region.
pub(crate) async fn respondent(
    app: &TestApp,
    email: &str,
    country: &str,
    nuts: &str,
    kind: OrgKind,
) -> (Agent, User, Organisation) {
    let (agent, user) = app.user(email, false).await;
    let org = org_in(app, &format!("Org {email}"), kind, country, nuts, None).await;
    app.state
        .repo
        .set_org_user(org.id, user.id, OrgRole::Member)
        .await
        .unwrap();
    (agent, user, org)
}

fn tx(en: &str) -> Value {
    json!({"en": en, "pl": format!("{en} (pl)"), "bg": format!("{en} (bg)")})
}

fn settings(owner: Id, extra: Value) -> Value {
    let mut b = json!({
        "owner_org_id": owner,
        "title": {"en": "Needs of the region's clusters", "pl": "Potrzeby klastrów regionu", "bg": "Нужди на клъстерите"},
        "intro": {"en": "Tell us what you need."},
        "audience": "public",
        "anonymous": false,
        "per_org": false,
        "results_public": true,
    });
    for (k, v) in extra.as_object().unwrap() {
        b[k] = v.clone();
    }
    b
}

/// Creates a survey with: Q1 single (Yes/No), Q2 scale 1–5, Q3 number 0–100, Q4 multiple (A/B/C),
/// Q5 rank (X/Y/Z), Q6 long text shown only when Q1 = Yes. Returns its id and the structure.
pub(crate) async fn build(owner: &Owner, extra: Value) -> (Id, Value) {
    let r = owner
        .admin
        .api(
            Method::POST,
            "/api/v1/surveys",
            Some(settings(owner.org.id, extra)),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let id = json_of(r).await["id"].as_i64().unwrap();
    let r = owner
        .admin
        .api(
            Method::POST,
            &format!("/api/v1/surveys/{id}/sections"),
            Some(json!({"title": tx("About you")})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let qs = [
        json!({"kind": "single", "required": true, "text": tx("Do you work abroad?"), "options": [tx("Yes"), tx("No")]}),
        json!({"kind": "scale", "required": true, "text": tx("How good is the policy?"), "min": 1, "max": 5,
               "min_label": tx("bad"), "max_label": tx("good")}),
        json!({"kind": "number", "text": tx("How many staff?"), "min": 0, "max": 100}),
        json!({"kind": "multiple", "text": tx("What do you need?"), "options": [tx("Money"), tx("Markets"), tx("Training")]}),
        json!({"kind": "rank", "text": tx("Rank the priorities"), "options": [tx("Strategy"), tx("Trust"), tx("Export")]}),
    ];
    let mut survey = Value::Null;
    for q in qs {
        let r = owner
            .admin
            .api(
                Method::POST,
                &format!("/api/v1/surveys/{id}/questions"),
                Some(q),
            )
            .await;
        assert_eq!(r.status(), StatusCode::CREATED);
        survey = json_of(r).await;
    }
    let q1 = &survey["structure"]["questions"][0];
    let cond = json!({"kind": "long_text", "required": true, "text": tx("Where abroad?"),
        "condition_question": q1["key"], "condition_equals": q1["options"][0]["key"]});
    let r = owner
        .admin
        .api(
            Method::POST,
            &format!("/api/v1/surveys/{id}/questions"),
            Some(cond),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let survey = json_of(r).await;
    (id, survey["structure"].clone())
}

pub(crate) fn q(st: &Value, i: usize) -> i64 {
    st["questions"][i]["key"].as_i64().unwrap()
}
pub(crate) fn opt(st: &Value, i: usize, o: usize) -> i64 {
    st["questions"][i]["options"][o]["key"].as_i64().unwrap()
}

/// A complete answer: Q1 = Yes/No by `yes`, Q2 = scale, Q3 = 10, Q4 = Money+Markets, Q5 = X>Y>Z.
pub(crate) fn full(st: &Value, yes: bool, scale: i64) -> Value {
    let mut a = vec![
        json!({"question": q(st, 0), "choices": [opt(st, 0, if yes { 0 } else { 1 })]}),
        json!({"question": q(st, 1), "number": scale}),
        json!({"question": q(st, 2), "number": 10}),
        json!({"question": q(st, 3), "choices": [opt(st, 3, 0), opt(st, 3, 1)]}),
        json!({"question": q(st, 4), "choices": [opt(st, 4, 0), opt(st, 4, 1), opt(st, 4, 2)]}),
    ];
    if yes {
        a.push(json!({"question": q(st, 5), "text": "Slovakia and Bulgaria"}));
    }
    Value::Array(a)
}

pub(crate) async fn open(owner: &Owner, id: Id) {
    let r = owner
        .admin
        .api(
            Method::POST,
            &format!("/api/v1/surveys/{id}/status"),
            Some(json!({"status": "open"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
}

pub(crate) async fn answer(
    agent: &Agent,
    id: Id,
    answers: Value,
    submit: bool,
) -> reqwest::Response {
    agent
        .api(
            Method::PUT,
            &format!("/api/v1/surveys/{id}/response"),
            Some(json!({"submit": submit, "answers": answers})),
        )
        .await
}

pub(crate) async fn responses_in_db(app: &TestApp, id: Id) -> i64 {
    app.sql(&format!(
        "SELECT COUNT(*) FROM survey_responses WHERE survey_id = {id}"
    ))
    .await
    .unwrap()
}

async fn building_answering_and_results(app: TestApp) {
    let o = owner(&app).await;
    // Bad settings name their fields, and nothing is stored.
    let bad = json!({"audience": "region_orgs", "audience_nuts": "Lublin", "closes_on": "soon", "title": {"en": "x"}});
    let r = o
        .admin
        .api(Method::POST, "/api/v1/surveys", Some(bad))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let v = json_of(r).await;
    for f in ["owner", "title", "audience_nuts", "closes_on"] {
        assert!(field_named(&v, f), "{f}: {v}");
    }
    assert_eq!(app.sql("SELECT COUNT(*) FROM surveys").await, Some(0));

    let (id, st) = build(&o, json!({})).await;
    // A bad question is refused whole; the survey keeps its six questions.
    let r = o
        .admin
        .api(Method::POST, &format!("/api/v1/surveys/{id}/questions"),
            Some(json!({"kind": "scale", "text": tx("Broken scale"), "min": 5, "max": 2, "condition_question": 999})))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let v = json_of(r).await;
    assert!(
        field_named(&v, "max") && field_named(&v, "condition_question"),
        "{v}"
    );
    // Drafts are for owners only; answering a draft is not possible.
    let (marta, _, _) =
        respondent(&app, "marta@lke.example", "PL", "PL814", OrgKind::Company).await;
    assert_eq!(
        marta.get(&format!("/api/v1/surveys/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        answer(&marta, id, full(&st, true, 4), true).await.status(),
        StatusCode::NOT_FOUND
    );
    open(&o, id).await;
    let listed = json_of(marta.get("/api/v1/surveys").await).await;
    assert_eq!(listed[0]["id"], id);
    assert_eq!(listed[0]["questions"], 6);
    // The questions are fixed once open.
    let r = o
        .admin
        .api(
            Method::POST,
            &format!("/api/v1/surveys/{id}/questions"),
            Some(json!({"kind": "short_text", "text": tx("Late question")})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);

    // A draft without the required answers is saved and comes back.
    let partial = json!([{"question": q(&st, 0), "choices": [opt(&st, 0, 0)]}]);
    let r = answer(&marta, id, partial, false).await;
    assert_eq!(r.status(), StatusCode::OK);
    let mine = json_of(marta.get(&format!("/api/v1/surveys/{id}/response")).await).await;
    assert_eq!(mine["status"], "draft");
    assert_eq!(mine["answers"][0]["choices"][0], opt(&st, 0, 0));
    // Submitting without the conditional text (Q1 = Yes makes it required) names the question.
    let mut no_text = full(&st, true, 4);
    no_text.as_array_mut().unwrap().pop();
    let r = answer(&marta, id, no_text, true).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&json_of(r).await, &format!("q{}", q(&st, 5))));
    // Out-of-range answers are refused per question.
    let bad =
        json!([{"question": q(&st, 1), "number": 9}, {"question": q(&st, 2), "number": 1000}]);
    let v = json_of(answer(&marta, id, bad, false).await).await;
    assert!(
        field_named(&v, &format!("q{}", q(&st, 1))) && field_named(&v, &format!("q{}", q(&st, 2))),
        "{v}"
    );
    // The draft survived the refused attempts.
    let mine = json_of(marta.get(&format!("/api/v1/surveys/{id}/response")).await).await;
    assert_eq!(mine["answers"].as_array().unwrap().len(), 1);
    assert_eq!(
        answer(&marta, id, full(&st, true, 4), true).await.status(),
        StatusCode::OK
    );
    // Once submitted, a second submission (or draft) is refused.
    assert_eq!(
        answer(&marta, id, full(&st, false, 1), true).await.status(),
        StatusCode::CONFLICT
    );
    assert_eq!(
        answer(&marta, id, full(&st, false, 1), false)
            .await
            .status(),
        StatusCode::CONFLICT
    );

    // Q1 = No hides the text: an answer given to it anyway is not kept.
    let (georgi, _, _) =
        respondent(&app, "georgi@bg.example", "BG", "BG413", OrgKind::Cluster).await;
    let mut extra = full(&st, false, 2);
    extra
        .as_array_mut()
        .unwrap()
        .push(json!({"question": q(&st, 5), "text": "ignored"}));
    assert_eq!(
        answer(&georgi, id, extra, true).await.status(),
        StatusCode::OK
    );
    let mine = json_of(georgi.get(&format!("/api/v1/surveys/{id}/response")).await).await;
    assert!(mine["answers"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["question"] != q(&st, 5)));

    // Live results with known counts.
    let res = json_of(marta.get(&format!("/api/v1/surveys/{id}/results")).await).await;
    assert_eq!(res["respondents"], 2);
    let q1 = &res["questions"][0];
    assert_eq!(
        q1["counts"],
        json!([{"category": opt(&st, 0, 0), "count": 1}, {"category": opt(&st, 0, 1), "count": 1}])
    );
    let scale = &res["questions"][1];
    assert_eq!(scale["mean"], 3.0);
    assert_eq!(scale["counts"][1]["count"], 1);
    assert_eq!(scale["counts"][3]["count"], 1);
    assert_eq!(
        res["questions"][5]["texts"],
        json!(["Slovakia and Bulgaria"])
    );
    assert_eq!(res["questions"][4]["ranks"][0]["mean_rank"], 1.0);
    let countries: Vec<&str> = res["by_country"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["code"].as_str().unwrap())
        .collect();
    assert!(countries.contains(&"PL") && countries.contains(&"BG"));
    // Filtered by answer, and cross-tabulated.
    let f = json_of(
        marta
            .get(&format!(
                "/api/v1/surveys/{id}/results?answer={}:{}",
                q(&st, 0),
                opt(&st, 0, 1)
            ))
            .await,
    )
    .await;
    assert_eq!(f["respondents"], 1);
    assert_eq!(f["questions"][1]["mean"], 2.0);
    let x = json_of(
        marta
            .get(&format!(
                "/api/v1/surveys/{id}/crosstab?rows={}&cols={}",
                q(&st, 0),
                q(&st, 1)
            ))
            .await,
    )
    .await;
    assert_eq!(x["cells"][0][3], 1, "Yes × 4: {x}");
    assert_eq!(x["cells"][1][1], 1, "No × 2: {x}");
    let r = marta
        .get(&format!("/api/v1/surveys/{id}/results?answer=nonsense"))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_named(&json_of(r).await, "answer"));
    // Closing stops answers.
    let r = o
        .admin
        .api(
            Method::POST,
            &format!("/api/v1/surveys/{id}/status"),
            Some(json!({"status": "closed"})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let (late, _, _) = respondent(&app, "late@x.example", "PL", "PL814", OrgKind::Company).await;
    assert_eq!(
        answer(&late, id, full(&st, false, 3), true).await.status(),
        StatusCode::CONFLICT
    );
    assert_eq!(responses_in_db(&app, id).await, 2);
}
both_backends!(building_answering_and_results);

async fn one_response_per_organisation_under_parallel_submissions(app: TestApp) {
    let o = owner(&app).await;
    let (id, st) = build(&o, json!({"per_org": true})).await;
    open(&o, id).await;
    let org = org_in(&app, "Sokół Energia", OrgKind::Company, "PL", "PL814", None).await;
    let mut people = Vec::new();
    for i in 0..6 {
        let (agent, user) = app.user(&format!("p{i}@sokol.example"), false).await;
        app.state
            .repo
            .set_org_user(org.id, user.id, OrgRole::Member)
            .await
            .unwrap();
        people.push(agent);
    }
    let body = full(&st, false, 3);
    let tasks: Vec<_> = people
        .into_iter()
        .map(|a| {
            let body = body.clone();
            tokio::spawn(async move { answer(&a, id, body, true).await.status() })
        })
        .collect();
    let mut ok = 0;
    for t in tasks {
        match t.await.unwrap() {
            StatusCode::OK => ok += 1,
            StatusCode::CONFLICT => {}
            s => panic!("unexpected {s}"),
        }
    }
    assert_eq!(ok, 1, "exactly one submission per organisation wins");
    assert_eq!(responses_in_db(&app, id).await, 1);
    // Someone without an organisation cannot answer a per-organisation survey.
    let (loner, _) = app.user("loner@x.example", false).await;
    assert_eq!(
        answer(&loner, id, body.clone(), true).await.status(),
        StatusCode::FORBIDDEN
    );
}
both_backends!(one_response_per_organisation_under_parallel_submissions);

async fn one_response_per_person_under_parallel_submissions(app: TestApp) {
    let o = owner(&app).await;
    let (id, st) = build(&o, json!({"anonymous": true})).await;
    open(&o, id).await;
    let (agent, _, _) = respondent(&app, "twice@x.example", "PL", "PL814", OrgKind::Company).await;
    let agent = std::sync::Arc::new(agent);
    let body = full(&st, false, 5);
    let tasks: Vec<_> = (0..6)
        .map(|_| {
            let (a, body) = (agent.clone(), body.clone());
            tokio::spawn(async move { answer(&a, id, body, true).await.status() })
        })
        .collect();
    let mut codes = Vec::new();
    for t in tasks {
        codes.push(t.await.unwrap());
    }
    assert_eq!(
        codes.iter().filter(|c| **c == StatusCode::OK).count(),
        1,
        "{codes:?}"
    );
    assert!(
        codes
            .iter()
            .all(|c| *c == StatusCode::OK || *c == StatusCode::CONFLICT),
        "{codes:?}"
    );
    assert_eq!(responses_in_db(&app, id).await, 1);
}
both_backends!(one_response_per_person_under_parallel_submissions);

async fn anonymous_surveys_keep_no_names_and_hide_small_groups(app: TestApp) {
    let o = owner(&app).await;
    let (id, st) = build(&o, json!({"anonymous": true})).await;
    open(&o, id).await;
    // Two respondents only: nothing is shown yet.
    for i in 0..2 {
        let (a, _, _) = respondent(
            &app,
            &format!("pl{i}@x.example"),
            "PL",
            "PL814",
            OrgKind::Company,
        )
        .await;
        assert_eq!(
            answer(&a, id, full(&st, false, 4), true).await.status(),
            StatusCode::OK
        );
    }
    let res = json_of(o.admin.get(&format!("/api/v1/surveys/{id}/results")).await).await;
    assert_eq!(res["withheld"], true);
    assert_eq!(res["questions"], json!([]));
    let (a, _, _) = respondent(&app, "pl2@x.example", "PL", "PL811", OrgKind::Company).await;
    assert_eq!(
        answer(&a, id, full(&st, false, 4), true).await.status(),
        StatusCode::OK
    );
    let (b, _, _) = respondent(&app, "bg@x.example", "BG", "BG413", OrgKind::University).await;
    assert_eq!(
        answer(&b, id, full(&st, true, 1), true).await.status(),
        StatusCode::OK
    );
    let res = json_of(o.admin.get(&format!("/api/v1/surveys/{id}/results")).await).await;
    assert_eq!(res["withheld"], false);
    assert_eq!(res["respondents"], 4);
    let by_country = res["by_country"].as_array().unwrap();
    assert!(
        by_country.contains(&json!({"code": "PL", "count": 3})),
        "{by_country:?}"
    );
    assert!(
        by_country.contains(&json!({"code": "BG", "count": null})),
        "the lone Bulgarian is hidden: {by_country:?}"
    );
    let by_kind = res["by_org_kind"].as_array().unwrap();
    assert!(by_kind.contains(&json!({"code": "university", "count": null})));
    // Filtering down to the lone Bulgarian, or cross-tabulating, reveals nothing about them.
    let f = json_of(
        o.admin
            .get(&format!("/api/v1/surveys/{id}/results?country=BG"))
            .await,
    )
    .await;
    assert_eq!(f["withheld"], true);
    assert_eq!(f["questions"], json!([]));
    let f = json_of(
        o.admin
            .get(&format!(
                "/api/v1/surveys/{id}/results?answer={}:{}",
                q(&st, 0),
                opt(&st, 0, 0)
            ))
            .await,
    )
    .await;
    assert_eq!(f["withheld"], true);
    let x = json_of(
        o.admin
            .get(&format!(
                "/api/v1/surveys/{id}/crosstab?rows={}&cols={}",
                q(&st, 0),
                q(&st, 1)
            ))
            .await,
    )
    .await;
    assert_eq!(x["cells"][0][0], Value::Null, "Yes × 1 is one person: {x}");
    assert_eq!(x["cells"][1][3], 3);
    // The stored responses name no one, and the raw export has answers only.
    assert_eq!(
        app.sql(&format!("SELECT COUNT(*) FROM survey_responses WHERE survey_id = {id} AND (user_id IS NOT NULL OR org_id IS NOT NULL)")).await,
        Some(0)
    );
    assert_eq!(
        app.sql(&format!("SELECT COUNT(*) FROM survey_responses WHERE survey_id = {id} AND (respondent_key LIKE 'user:%' OR respondent_key LIKE 'org:%')")).await,
        Some(0),
        "the key is a hash, not the user or organisation"
    );
    let (status, csv) = o
        .admin
        .get_text(&format!("/api/v1/surveys/{id}/responses.csv"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !csv.contains("bg@x.example") && !csv.contains("respondent") && !csv.contains("BG413"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 5, "a heading and four rows");
    // The page shows the hidden groups as such.
    let (status, html) = o
        .admin
        .get_text(&format!("/surveys/{id}/results?lang=en"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("fewer than 3 respondents"), "{html}");
    assert!(
        !html.contains("<option value=\"BG\"") && html.contains("<option value=\"PL\""),
        "the country filter does not offer the hidden country"
    );
}
both_backends!(anonymous_surveys_keep_no_names_and_hide_small_groups);

async fn exports_follow_consent(app: TestApp) {
    let o = owner(&app).await;
    let (id, st) = build(&o, json!({"results_public": false})).await;
    open(&o, id).await;
    let (yes, _, _) = respondent(&app, "consents@x.example", "PL", "PL814", OrgKind::Company).await;
    let (no, _, _) = respondent(&app, "private@x.example", "PL", "PL814", OrgKind::Company).await;
    let mut with_formula = full(&st, true, 5);
    with_formula[5]["text"] = json!("=HYPERLINK(\"http://evil.example\")");
    let r = yes
        .api(
            Method::PUT,
            &format!("/api/v1/surveys/{id}/response"),
            Some(json!({"submit": true, "consent": true, "answers": with_formula})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        answer(&no, id, full(&st, false, 1), true).await.status(),
        StatusCode::OK
    );
    let (status, csv) = o
        .admin
        .get_text(&format!("/surveys/{id}/responses.csv?lang=en"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        csv.contains("consents"),
        "the consenting respondent is named: {csv}"
    );
    assert!(!csv.contains("private"), "the other is not: {csv}");
    assert!(
        csv.contains("'=HYPERLINK"),
        "formulas are neutralised: {csv}"
    );
    assert!(
        csv.contains("Money; Markets") && csv.contains("Strategy > Trust > Export"),
        "{csv}"
    );
    let (_, pl) = o
        .admin
        .get_text(&format!("/surveys/{id}/responses.csv?lang=pl"))
        .await;
    assert!(
        pl.contains("Money (pl); Markets (pl)"),
        "labels follow the language: {pl}"
    );
    let (status, agg) = o
        .admin
        .get_text(&format!("/api/v1/surveys/{id}/results.csv?lang=en"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(agg.starts_with("question,answer,count,share"), "{agg}");
    assert!(agg.contains("Do you work abroad?,Yes,1,50.0"), "{agg}");
    // Results are private here: respondents see neither results nor raw answers.
    assert_eq!(
        yes.get(&format!("/api/v1/surveys/{id}/results"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        yes.get(&format!("/surveys/{id}/responses.csv"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.agent()
            .get(&format!("/api/v1/surveys/{id}/responses.csv"))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    // The printable report draws the charts.
    let (status, html) = o
        .admin
        .get_text(&format!("/surveys/{id}/report?lang=bg"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("<svg") && html.contains("Do you work abroad? (bg)"),
        "{html}"
    );
}
both_backends!(exports_follow_consent);

/// The survey pages render in every language without raw message keys, and the form flow works:
/// a draft saved from the form comes back, errors name the question, submission redirects to
/// the results.
async fn pages_and_forms(app: TestApp) {
    let o = owner(&app).await;
    let (id, st) = build(&o, json!({})).await;
    for path in [
        "/surveys",
        "/surveys/new",
        &format!("/surveys/{id}/edit"),
        &format!("/surveys/{id}/settings"),
        &format!("/surveys/{id}/questions/{}", q(&st, 1)),
    ] {
        renders_translated(&o.admin, path).await;
    }
    // A question added through the form: options one per line, per language.
    let r = o
        .admin
        .post_form(
            &format!("/surveys/{id}/questions"),
            &[
                ("kind", "single"),
                ("text_en", "Which region?"),
                ("text_bg", "Кой регион?"),
                ("options_en", "Lublin\nSofia"),
                ("options_bg", "Люблин\nСофия"),
                ("condition", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = o
        .admin
        .post_form(
            &format!("/surveys/{id}/questions"),
            &[
                ("kind", "single"),
                ("text_en", "Only one option"),
                ("options_en", "Lonely"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Refused builder changes come back to the builder with the reason.
    let r = o
        .admin
        .post_form(
            &format!("/surveys/{id}/questions/{}/delete", q(&st, 0)),
            &[],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "question 6 depends on it"
    );
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("other questions are shown depending on its answer"));
    let r = o
        .admin
        .post_form(&format!("/surveys/{id}/sections/999/delete"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = o
        .admin
        .post_form(&format!("/surveys/{id}/status"), &[("status", "open")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (marta, _, _) = respondent(&app, "marta@x.example", "PL", "PL814", OrgKind::Company).await;
    renders_translated(&marta, &format!("/surveys/{id}")).await;
    let q1 = format!("q{}", q(&st, 0));
    let yes = opt(&st, 0, 0).to_string();
    let r = marta
        .post_form(
            &format!("/surveys/{id}/respond"),
            &[("action", "draft"), (&q1, &yes)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = marta.get_text(&format!("/surveys/{id}?lang=pl")).await;
    assert!(
        html.contains(&format!("value=\"{yes}\" checked")),
        "the draft comes back"
    );
    assert!(html.contains("Szkic zapisano"));
    let q2 = format!("q{}", q(&st, 1));
    let r = marta
        .post_form(
            &format!("/surveys/{id}/respond"),
            &[("action", "submit"), (&q1, &yes), (&q2, "abc")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(&format!("id=\"{q2}-error\"")),
        "the bad answer is named"
    );
    let rank: Vec<(String, String)> = (0..3)
        .map(|i| {
            (
                format!("q{}_r{}", q(&st, 4), opt(&st, 4, i)),
                (i + 1).to_string(),
            )
        })
        .collect();
    let mut fields: Vec<(&str, &str)> = vec![("action", "submit"), (&q1, &yes), (&q2, "4")];
    let q6 = format!("q{}", q(&st, 5));
    fields.push((&q6, "Bulgaria"));
    for (k, v) in &rank {
        fields.push((k, v));
    }
    let r = marta
        .post_form(&format!("/surveys/{id}/respond"), &fields)
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], format!("/surveys/{id}/results"));
    for path in [
        format!("/surveys/{id}/results"),
        format!("/surveys/{id}/report"),
        format!("/surveys/{id}"),
    ] {
        renders_translated(&marta, &path).await;
    }
    let (_, html) = marta
        .get_text(&format!(
            "/surveys/{id}/results?lang=bg&rows={}&cols={}",
            q(&st, 0),
            q(&st, 1)
        ))
        .await;
    assert!(html.contains("<table class=\"crosstab\">"), "{html}");
    let (_, live) = marta
        .get_text(&format!("/surveys/{id}/results?partial=1&lang=bg"))
        .await;
    assert!(
        live.contains("1 респондент") && !live.contains("<html"),
        "{live}"
    );
    // Forms without the CSRF token are refused.
    let r = marta
        .post_form_without_csrf(&format!("/surveys/{id}/respond"), &[("action", "submit")])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}
both_backends!(pages_and_forms);

/// Public surveys take answers from visitors without an account, once per browser.
async fn public_surveys_take_visitors(app: TestApp) {
    let o = owner(&app).await;
    let (id, st) = build(&o, json!({"anonymous": true})).await;
    open(&o, id).await;
    let visitor = app.agent();
    let (status, _) = visitor.get_text(&format!("/surveys/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let q1 = format!("q{}", q(&st, 0));
    let no = opt(&st, 0, 1).to_string();
    let q2 = format!("q{}", q(&st, 1));
    let rank: Vec<(String, String)> = (0..3)
        .map(|i| {
            (
                format!("q{}_r{}", q(&st, 4), opt(&st, 4, i)),
                (3 - i).to_string(),
            )
        })
        .collect();
    let mut fields: Vec<(&str, &str)> = vec![("action", "submit"), (&q1, &no), (&q2, "2")];
    for (k, v) in &rank {
        fields.push((k, v));
    }
    let r = visitor
        .post_form(&format!("/surveys/{id}/respond"), &fields)
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = visitor
        .post_form(&format!("/surveys/{id}/respond"), &fields)
        .await;
    assert_eq!(
        r.status(),
        StatusCode::CONFLICT,
        "the same browser answers once"
    );
    assert_eq!(responses_in_db(&app, id).await, 1);
    // A visitor whose browser has no token yet is asked to sign in rather than answering blind.
    let r = app
        .agent()
        .post_form(&format!("/surveys/{id}/respond"), &fields)
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(responses_in_db(&app, id).await, 1);
}
both_backends!(public_surveys_take_visitors);

/// The page renders in every language without any of the survey message keys showing raw.
async fn renders_translated(agent: &Agent, path: &str) {
    for lang in ["pl", "bg", "en"] {
        let sep = if path.contains('?') { '&' } else { '?' };
        let (status, body) = agent.get_text(&format!("{path}{sep}lang={lang}")).await;
        assert_eq!(status, StatusCode::OK, "{path} in {lang}");
        for key in SURVEY_KEYS
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
            .filter(|k| !k.starts_with('#') && !k.starts_with("v-") && k.starts_with("survey-"))
        {
            assert!(
                !body.contains(key),
                "{path} in {lang} shows the raw key {key}"
            );
        }
    }
}
