//! `spawn_app()`: the real router on 127.0.0.1:0 over a fresh database, and agents — HTTP
//! clients with their own cookie jar — that fill in the CSRF token like a browser would.

use klaster::{build_state, StartOptions};
use klaster_domain::*;
use klaster_store::testing::TestDb;
use klaster_web::AppState;
use reqwest::cookie::{CookieStore, Jar};
use reqwest::{Response, StatusCode};
use std::net::SocketAddr;
use std::sync::Arc;

pub const PASSWORD: &str = "a long enough password";

pub struct TestApp {
    pub base: String,
    pub state: AppState,
    /// Kept for its Drop: the temporary database is removed when the test ends.
    _db: TestDb,
}

#[derive(Clone, Copy, PartialEq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The app on SQLite, or on a fresh PostgreSQL database. Without `KLASTER_TEST_DATABASE_URL`
/// the PostgreSQL variant returns None (the test prints that it was skipped), unless
/// `KLASTER_REQUIRE_PG=1`, when that is a failure: CI must never skip them silently.
pub async fn spawn_app(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, true).await
}

/// The app with (`semantic`) or without the multilingual model.
pub async fn spawn_app_with(backend: Backend, semantic: bool) -> Option<TestApp> {
    let db = match backend {
        Backend::Sqlite => TestDb::sqlite().await,
        Backend::Postgres => match TestDb::postgres().await {
            Some(db) => db,
            None => {
                assert!(
                    std::env::var("KLASTER_REQUIRE_PG").as_deref() != Ok("1"),
                    "KLASTER_REQUIRE_PG=1 but KLASTER_TEST_DATABASE_URL is not set"
                );
                eprintln!("skipped on PostgreSQL: set KLASTER_TEST_DATABASE_URL to run it");
                return None;
            }
        },
    };
    let state = build_state(
        db.store.clone(),
        StartOptions {
            vocab_dir: None,
            demo: false,
            semantic,
            web: Default::default(),
        },
    )
    .await
    .expect("build the app state");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().unwrap();
    let router = klaster_web::router(state.clone());
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .expect("serve");
    });
    Some(TestApp {
        base: format!("http://{addr}"),
        state,
        _db: db,
    })
}

/// Runs a test body on SQLite and on PostgreSQL, as two test functions.
#[macro_export]
macro_rules! both_backends {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app = $crate::helpers::spawn_app($crate::helpers::Backend::Sqlite)
                    .await
                    .unwrap();
                super::$name(app).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) =
                    $crate::helpers::spawn_app($crate::helpers::Backend::Postgres).await
                {
                    super::$name(app).await
                }
            }
        }
    };
}

/// One HTTP client with its own cookies: a person at a browser, or a script.
pub struct Agent {
    pub base: String,
    pub client: reqwest::Client,
    jar: Arc<Jar>,
    pub token: Option<String>,
}

impl TestApp {
    pub fn agent(&self) -> Agent {
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Agent {
            base: self.base.clone(),
            client,
            jar,
            token: None,
        }
    }

    /// A user stored directly (fast), logged in through the real login form.
    pub async fn user(&self, email: &str, platform_admin: bool) -> (Agent, User) {
        let hash = klaster_web::auth::hash_password(PASSWORD).unwrap();
        let user = self
            .state
            .repo
            .create_user(
                &Email::parse(email).unwrap(),
                email.split('@').next().unwrap(),
                &hash,
                platform_admin,
            )
            .await
            .unwrap();
        let agent = self.agent();
        let r = agent
            .post_form("/login", &[("email", email), ("password", PASSWORD)])
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "login of {email}");
        (agent, user)
    }

    /// A profile created through the domain, with `admin` as its organisation administrator.
    pub async fn org(
        &self,
        name: &str,
        kind: OrgKind,
        country: &str,
        admin: Option<Id>,
    ) -> Organisation {
        let input = OrganisationInput {
            kind,
            size_class: None,
            name: name.into(),
            short_name: None,
            country: CountryCode::parse(country).unwrap(),
            nuts: None,
            nace: vec![],
            ecosystems: vec![],
            keywords: vec![],
            website: None,
            year_founded: None,
            languages: vec![],
            descriptions: vec![],
            management_fte: None,
            is_demo: false,
        };
        let org = self.state.repo.create_org(&input, admin).await.unwrap();
        self.state.index.upsert(OrgDoc::from(&org)).unwrap();
        org
    }

    /// A valid public conference in Lublin organised by `organiser`, a month from now; change
    /// fields before passing it to `event`.
    pub fn event_input(&self, organiser: Id) -> klaster_domain::events::EventInput {
        use klaster_domain::events::*;
        let starts = time::OffsetDateTime::now_utc()
            .replace_nanosecond(0)
            .unwrap()
            + time::Duration::days(30);
        EventInput {
            kind: EventKind::Conference,
            title: "Leveraging Cluster Policies for RIS3".into(),
            descriptions: vec![],
            project: Some("CLUSTERS3".into()),
            organiser_ids: vec![organiser],
            venue: Some("Urząd Marszałkowski".into()),
            city: Some("Lublin".into()),
            country: Some(CountryCode::parse("PL").unwrap()),
            nuts: Some(NutsCode::parse("PL81").unwrap()),
            online_url: None,
            starts_at: starts,
            ends_at: starts + time::Duration::hours(8),
            timezone: "Europe/Warsaw".into(),
            date_approximate: false,
            languages: vec![LanguageTag::parse("pl").unwrap()],
            visibility: EventVisibility::Public,
            capacity: None,
            requires_approval: false,
            registration_open: true,
            is_demo: false,
            source_proposal_id: None,
        }
    }

    /// An event stored through the repository (fast).
    pub async fn event(
        &self,
        input: klaster_domain::events::EventInput,
    ) -> klaster_domain::events::Event {
        self.state.repo.create_event(&input, None).await.unwrap()
    }

    /// An organiser (logged in through the form), the cluster they administer, and an event it
    /// organises: `event_input` changed by `edit`.
    pub async fn organised_event(
        &self,
        edit: impl FnOnce(&mut klaster_domain::events::EventInput),
    ) -> (Agent, User, Organisation, klaster_domain::events::Event) {
        let (agent, user) = self.user("organiser@lke.pl", false).await;
        let org = self
            .org(
                "Lubelski Klaster Ekoenergetyczny",
                OrgKind::Cluster,
                "PL",
                Some(user.id),
            )
            .await;
        let mut input = self.event_input(org.id);
        edit(&mut input);
        let ev = self.event(input).await;
        (agent, user, org, ev)
    }

    /// A user stored directly with a personal API token the agent uses: no password hashing,
    /// so hundreds of parallel participants are quick to make.
    pub async fn bearer_user(&self, email: &str) -> (Agent, User) {
        let user = self
            .state
            .repo
            .create_user(
                &Email::parse(email).unwrap(),
                email.split('@').next().unwrap(),
                "not a password hash",
                false,
            )
            .await
            .unwrap();
        let token = klaster_web::auth::new_token("kls_");
        self.state
            .repo
            .create_api_token(user.id, "t", &klaster_web::auth::token_hash(&token))
            .await
            .unwrap();
        let mut agent = self.agent();
        agent.token = Some(token);
        (agent, user)
    }

    /// A confirmed on-site registration written straight into the table: a fixture for tests
    /// that need participants without going through the registration flow.
    pub async fn register_confirmed(&self, event_id: Id, user_id: Id) {
        let sql = "INSERT INTO registrations (event_id, user_id, status, attendance, visibility, answers, created_at, updated_at) \
                   VALUES ($1, $2, 'confirmed', 'onsite', 'public', '{}', 0, 0)";
        match self._db.store.pool() {
            klaster_store::Pool::Sqlite(p) => {
                sqlx::query(sql)
                    .bind(event_id)
                    .bind(user_id)
                    .execute(p)
                    .await
                    .unwrap();
            }
            klaster_store::Pool::Postgres(p) => {
                sqlx::query(sql)
                    .bind(event_id)
                    .bind(user_id)
                    .execute(p)
                    .await
                    .unwrap();
            }
        }
    }

    /// Runs one statement (literal values only) and returns the first column of the first row
    /// when there is one, e.g. the id from `INSERT … RETURNING id`.
    pub async fn sql(&self, sql: &str) -> Option<i64> {
        let sql = sqlx::AssertSqlSafe(sql.to_string());
        match self._db.store.pool() {
            klaster_store::Pool::Sqlite(p) => sqlx::query_scalar(sql).fetch_optional(p).await,
            klaster_store::Pool::Postgres(p) => sqlx::query_scalar(sql).fetch_optional(p).await,
        }
        .unwrap_or_else(|e| panic!("fixture SQL failed: {e}"))
    }

    /// A project stored directly (fixture): `lead` is the lead partner, `partners` the others.
    pub async fn project_fixture(
        &self,
        acronym: &str,
        lead: &Organisation,
        partners: &[&Organisation],
    ) -> Id {
        let id = self
            .sql(&format!(
                "INSERT INTO projects (acronym, title, programme, status, starts_on, ends_on, created_at, updated_at) \
                 VALUES ('{acronym}', 'Project {acronym}', 'interreg_europe', 'ongoing', '2024-01-01', '2026-12-31', 0, 0) RETURNING id"
            ))
            .await
            .expect("project id");
        for (i, (org, role)) in std::iter::once((lead, "lead"))
            .chain(partners.iter().map(|o| (*o, "partner")))
            .enumerate()
        {
            self.sql(&format!(
                "INSERT INTO project_partners (project_id, org_id, name, role, country, position) \
                 VALUES ({id}, {}, '{}', '{role}', '{}', {i})",
                org.id,
                org.name.replace('\'', "''"),
                org.country
            ))
            .await;
        }
        id
    }

    /// A published cooperation profile of `org` stored directly (fixture), valid for a year, with
    /// one text in `lang`.
    pub async fn profile_fixture(
        &self,
        org: &Organisation,
        kind: klaster_domain::marketplace::ProfileKind,
        lang: &str,
        title: &str,
        description: &str,
        nace: &[&str],
    ) -> Id {
        use klaster_domain::marketplace::*;
        let input = ProfileInput {
            kind,
            texts: vec![ProfileText {
                lang: LanguageTag::parse(lang).unwrap(),
                title: title.into(),
                summary: String::new(),
                description: description.into(),
            }],
            nace: nace.iter().map(|c| NaceCode::parse(c).unwrap()).collect(),
            keywords: Vec::new(),
            target_countries: Vec::new(),
            target_regions: Vec::new(),
            partner_kinds: Vec::new(),
            partner_roles: Vec::new(),
            deadline: None,
        };
        let repo = &self.state.repo;
        let id = repo
            .create_profile(org.id, None, &input, false)
            .await
            .unwrap();
        let now = time::OffsetDateTime::now_utc();
        repo.set_profile_status(
            id,
            &StatusChange {
                status: ProfileStatus::Published,
                submitted_at: Some(now),
                published_at: Some(now),
                expires_on: Some(now.date() + time::Duration::days(365)),
                reviewed_by: None,
                review_note: None,
            },
        )
        .await
        .unwrap();
        id
    }

    /// A brokerage event (fixture): the organiser's event (kind brokerage) with settings (3 shared
    /// tables, needs acceptance, booking open now) and one B2B session of 8 slots of 20 minutes on the
    /// event's first day; then `people` participants who joined through the repository, each with
    /// their agent (API token) and participant record.
    pub async fn brokerage_fixture(&self, people: usize) -> BrokerageFixture {
        use klaster_domain::brokerage::*;
        use klaster_domain::registration::Attendance;
        let (organiser, organiser_user, org, event) = self
            .organised_event(|e| e.kind = klaster_domain::events::EventKind::Brokerage)
            .await;
        let repo = &self.state.repo;
        let now = time::OffsetDateTime::now_utc()
            .replace_nanosecond(0)
            .unwrap();
        let settings = repo
            .save_brokerage_settings(
                event.id,
                &SettingsInput {
                    tables: 3,
                    max_meetings: None,
                    booking_opens_at: Some(now - time::Duration::days(1)),
                    booking_closes_at: Some(event.starts_at),
                    request_mode: RequestMode::NeedsAcceptance,
                    participant_types: vec![],
                    only_across_types: false,
                },
            )
            .await
            .unwrap();
        let session = repo
            .create_b2b_session(
                event.id,
                &B2bSessionInput {
                    starts_at: event.starts_at,
                    ends_at: event.starts_at + time::Duration::minutes(160),
                    slot_minutes: 20,
                    breaks: vec![],
                },
            )
            .await
            .unwrap();
        let mut participants = Vec::new();
        for i in 0..people {
            let (agent, user) = self
                .bearer_user(&format!("b2b{i}-{}@example.eu", event.id))
                .await;
            let p = repo
                .save_brokerage_participant(
                    event.id,
                    user.id,
                    &ParticipantInput {
                        org_id: None,
                        participant_type: None,
                        offer: format!("Offer of participant {i}"),
                        seek: format!("Partners for participant {i}"),
                        profile_ids: vec![],
                        attendance: Attendance::OnSite,
                    },
                )
                .await
                .unwrap();
            participants.push((agent, user, p));
        }
        BrokerageFixture {
            organiser,
            organiser_user,
            org,
            event,
            settings,
            session,
            participants,
        }
    }

    /// A meta-cluster stored directly (fixture): `coordinator` and `members` are members.
    pub async fn meta_cluster_fixture(
        &self,
        name: &str,
        coordinator: &Organisation,
        members: &[&Organisation],
    ) -> Id {
        let id = self
            .sql(&format!(
                "INSERT INTO meta_clusters (name, coordinator_id, status, created_at, updated_at) \
                 VALUES ('{name}', {}, 'active', 0, 0) RETURNING id",
                coordinator.id
            ))
            .await
            .expect("meta-cluster id");
        for org in std::iter::once(coordinator).chain(members.iter().copied()) {
            self.sql(&format!(
                "INSERT INTO meta_cluster_members (meta_cluster_id, org_id, state, joined_on) \
                 VALUES ({id}, {}, 'member', '2024-02-06')",
                org.id
            ))
            .await;
        }
        id
    }

    pub async fn org_count(&self) -> i64 {
        self.state.repo.count_orgs().await.unwrap()
    }
}

impl Agent {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// The CSRF token the server gave this client (fetching a page first if needed).
    pub async fn csrf(&self) -> String {
        let url: reqwest::Url = self.base.parse().unwrap();
        let read = || {
            self.jar.cookies(&url).and_then(|h| {
                h.to_str()
                    .ok()?
                    .split("; ")
                    .find_map(|kv| kv.strip_prefix("klaster_csrf=").map(String::from))
            })
        };
        if let Some(t) = read() {
            return t;
        }
        self.get("/login").await;
        read().expect("the server sets a CSRF cookie")
    }

    pub async fn get(&self, path: &str) -> Response {
        let mut req = self.client.get(self.url(path));
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        req.send().await.unwrap()
    }

    pub async fn get_text(&self, path: &str) -> (StatusCode, String) {
        let r = self.get(path).await;
        (r.status(), r.text().await.unwrap())
    }

    /// Posts a form with this client's CSRF token, as the pages do.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        let csrf = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("_csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.client
            .post(self.url(path))
            .form(&all)
            .send()
            .await
            .unwrap()
    }

    /// Posts a form without the CSRF token (what a forged cross-site form would do).
    pub async fn post_form_without_csrf(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        self.client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .unwrap()
    }

    pub async fn api(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> Response {
        let mut req = self.client.request(method, self.url(path));
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        } else {
            req = req.header("X-CSRF-Token", self.csrf().await);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        req.send().await.unwrap()
    }

    /// Creates a personal API token through the API and switches this agent to use it.
    pub async fn use_api_token(&mut self) {
        let r = self
            .api(
                reqwest::Method::POST,
                "/api/v1/tokens",
                Some(serde_json::json!({"name": "tests"})),
            )
            .await;
        assert_eq!(r.status(), StatusCode::CREATED);
        let v: serde_json::Value = r.json().await.unwrap();
        self.token = Some(v["token"].as_str().unwrap().to_string());
    }
}

/// A minimal valid profile as form fields.
pub fn org_form(name: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", name.to_string()),
        ("type", "company".into()),
        ("size_class", "small".into()),
        ("country", "PL".into()),
        ("nuts", "PL81".into()),
        ("nace", "35, 71".into()),
        ("keywords", "fotowoltaika, magazyny energii".into()),
        ("languages", "pl, en".into()),
        (
            "description_pl",
            "Projektujemy i montujemy instalacje fotowoltaiczne oraz magazyny energii dla gmin."
                .into(),
        ),
        (
            "description_en",
            "We design and install photovoltaic systems and energy storage for municipalities."
                .into(),
        ),
    ]
}

pub fn as_refs<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    v.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// The JSON body of a response.
pub async fn json_of(r: Response) -> serde_json::Value {
    r.json().await.unwrap()
}

/// True when an API error names `field` among its field errors.
pub fn field_named(v: &serde_json::Value, field: &str) -> bool {
    v["fields"]
        .as_array()
        .is_some_and(|f| f.iter().any(|e| e["field"] == field))
}

/// What `brokerage_fixture` made.
pub struct BrokerageFixture {
    pub organiser: Agent,
    pub organiser_user: User,
    pub org: Organisation,
    pub event: klaster_domain::events::Event,
    pub settings: klaster_domain::brokerage::BrokerageSettings,
    pub session: klaster_domain::brokerage::B2bSession,
    /// (agent with an API token, user, participant)
    pub participants: Vec<(Agent, User, klaster_domain::brokerage::Participant)>,
}
