//! The browser test: Debian's chromium, driven through chromedriver, does what a newcomer
//! does — registers, creates an organisation profile with a Polish description, switches
//! the interface to Polish and finds the profile in the directory by another Polish form of
//! a word in that description.
//!
//! Needs /usr/bin/chromedriver and /usr/bin/chromium (`scripts/install-browser.sh`). Without
//! them the test says it was skipped, unless `KLASTER_REQUIRE_BROWSER=1`, when that is a
//! failure. On a failure it leaves a screenshot and the page's HTML in a temporary directory
//! and prints their paths.

use crate::helpers::{spawn_app, Backend, TestApp};
use anyhow::{anyhow, bail, ensure, Context, Result};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
/// How long any one step may take before the test gives up on it.
const STEP: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(50);

const NAME: &str = "Heliotherm Lublin";
const EMAIL: &str = "anna.kowalska@example.pl";
const DISPLAY_NAME: &str = "Anna Kowalska";
const PASSWORD: &str = "słoneczne hasło 2024";
const DESCRIPTION_PL: &str = "Produkujemy kolektory słoneczne i pompy ciepła dla szkół.";
const DESCRIPTION_EN: &str = "We make solar thermal systems and heat exchangers for schools.";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn register_create_profile_switch_to_polish_and_find_it_by_a_polish_word() {
    if !browser_installed() {
        return;
    }
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    in_one_browser("the browser flow", |c| async move {
        newcomer_flow(&c, &app).await
    })
    .await;
}

/// Registers, creates the profile, switches to Polish, searches: every step through the pages
/// as a person would use them, each checked before the next.
async fn newcomer_flow(c: &Client, app: &TestApp) -> Result<()> {
    // 1. Register through the form; afterwards the user is logged in.
    c.goto(&format!("{}/register", app.base)).await?;
    type_into(c, "#display_name", DISPLAY_NAME).await?;
    type_into(c, "#email", EMAIL).await?;
    type_into(c, "#password", PASSWORD).await?;
    type_into(c, "#password_confirm", PASSWORD).await?;
    click(c, r#"main form[action="/register"] button[type="submit"]"#).await?;
    let me = wait_for(c, r#"nav.account a[href="/account"]"#)
        .await
        .context("after registering, the header should link to the account of a logged-in user")?;
    ensure!(
        me.text().await?.trim() == DISPLAY_NAME,
        "the header shows {:?} as the logged-in user, not {DISPLAY_NAME:?}",
        me.text().await?
    );

    // 2. Create the profile through the form.
    c.goto(&format!("{}/organisations/new", app.base)).await?;
    type_into(c, "#name", NAME).await?;
    select(c, "#type", "company").await?;
    select(c, "#size_class", "small").await?;
    select(c, "#country", "PL").await?;
    select(c, "#nuts", "PL81").await?;
    type_into(c, "#nace", "35, 71").await?;
    type_into(c, "#keywords", "odnawialne źródła energii").await?;
    type_into(c, "#languages", "pl, en").await?;
    type_into(c, "#description_pl", DESCRIPTION_PL).await?;
    type_into(c, "#description_en", DESCRIPTION_EN).await?;
    click(
        c,
        r#"main form[action="/organisations"] button[type="submit"]"#,
    )
    .await?;
    let id = until(
        c,
        "the profile page after saving the form",
        |c| async move {
            let url = c.current_url().await?;
            Ok(url
                .path()
                .strip_prefix("/organisations/")
                .filter(|rest| !rest.is_empty() && *rest != "new" && !rest.contains('/'))
                .map(str::to_string))
        },
    )
    .await
    .context("the profile was not created")?;
    let h1 = wait_for(c, "main h1").await?.text().await?;
    ensure!(
        h1.contains(NAME),
        "the profile page's heading is {h1:?}, expected it to name {NAME:?}"
    );
    ensure!(
        app.org_count().await == 1,
        "the database holds {} organisations, expected 1",
        app.org_count().await
    );

    // 3. Switch the interface to Polish with the language switcher.
    ensure!(
        html_lang(c).await? == "en",
        "the interface should start in English, not {:?}",
        html_lang(c).await?
    );
    click(c, r#"nav.langs a[lang="pl"]"#).await?;
    wait_for(c, r#"html[lang="pl"]"#)
        .await
        .context("the language switcher's Polski link should turn the page Polish")?;

    // 4. The directory, reached through the navigation (no ?lang= in the URL: the choice is
    //    remembered), is Polish.
    click(c, r#"header nav a[href="/organisations"]"#).await?;
    until(c, "the directory page", |c| async move {
        Ok((c.current_url().await?.path() == "/organisations").then_some(()))
    })
    .await?;
    wait_for(c, "#q").await?;
    ensure!(
        html_lang(c).await? == "pl",
        "the directory forgot the chosen language: <html lang={:?}>",
        html_lang(c).await?
    );
    let title = polish_text("directory-title")?;
    let h1 = wait_for(c, "main h1").await?.text().await?;
    ensure!(
        h1.trim() == title,
        "the directory's heading is {h1:?}, expected the Polish {title:?}"
    );

    // 5. Search by Polish forms that are not in the description as written.
    let link = format!("/organisations/{id}");
    for word in ["kolektorów", "pompa", "szkoła"] {
        let found = search(c, word).await?;
        ensure!(
            found.iter().any(|(href, text)| *href == link && text == NAME),
            "searching for {word:?} (the description says {DESCRIPTION_PL:?}) should find {NAME:?} at {link}; found {found:?}"
        );
        ensure!(
            html_lang(c).await? == "pl",
            "the results page for {word:?} is not Polish"
        );
        let h1 = wait_for(c, "main h1").await?.text().await?;
        ensure!(
            h1.trim() == title,
            "the results page's heading is {h1:?}, expected {title:?}"
        );
    }
    // ...and a Polish word the profile does not contain finds nothing: the search filters.
    let found = search(c, "szpiku").await?;
    ensure!(
        found.is_empty(),
        "searching for \"szpiku\" should find nothing, found {found:?}"
    );
    Ok(())
}

/// Types `word` into the directory's search box, submits it and returns the results
/// (href, name) once the results page for that query has loaded.
async fn search(c: &Client, word: &str) -> Result<Vec<(String, String)>> {
    let q = wait_for(c, "#q").await?;
    q.clear().await?;
    q.send_keys(word).await?;
    click(c, r#"form[role="search"] button[type="submit"]"#).await?;
    until(
        c,
        &format!("the results page for {word:?}"),
        |c| async move {
            let url = c.current_url().await?;
            let on_it = url.path() == "/organisations"
                && url.query_pairs().any(|(k, v)| k == "q" && v == word);
            Ok(on_it.then_some(()))
        },
    )
    .await?;
    wait_for(c, "ul.results").await?;
    let mut found = Vec::new();
    for a in c.find_all(Locator::Css("ul.results h3 a")).await? {
        let href = a.attr("href").await?.unwrap_or_default();
        found.push((href, a.text().await?.trim().to_string()));
    }
    Ok(found)
}

/// False (the test then says it was skipped) when chromium or chromedriver is missing, unless
/// `KLASTER_REQUIRE_BROWSER=1`, when that is a failure.
fn browser_installed() -> bool {
    if Path::new(CHROMEDRIVER).exists() && Path::new(CHROMIUM).exists() {
        return true;
    }
    assert!(
        std::env::var("KLASTER_REQUIRE_BROWSER").as_deref() != Ok("1"),
        "KLASTER_REQUIRE_BROWSER=1 but {CHROMEDRIVER} or {CHROMIUM} is missing: run scripts/install-browser.sh"
    );
    eprintln!("skipped: chromedriver not installed (scripts/install-browser.sh)");
    false
}

/// Runs `flow` in one browser session; on a failure keeps a screenshot and the page's HTML and
/// panics with `what` and the error.
async fn in_one_browser<F, Fut>(what: &str, flow: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = Result<()>>,
{
    let tmp = TempDir::new();
    let driver = Chromedriver::start(&tmp)
        .await
        .unwrap_or_else(|e| panic!("{e:#}"));
    let client = driver
        .session(&tmp)
        .await
        .unwrap_or_else(|e| panic!("{e:#}"));

    let outcome = flow(client.clone()).await;

    if let Err(e) = &outcome {
        let evidence = record_failure(&client, &tmp).await;
        let _ = client.close().await;
        drop(driver);
        tmp.keep();
        panic!("{what} failed: {e:#}\n{evidence}");
    }
    client.close().await.expect("close the browser session");
}

async fn wait_for(c: &Client, css: &str) -> Result<fantoccini::elements::Element> {
    match c
        .wait()
        .at_most(STEP)
        .every(POLL)
        .for_element(Locator::Css(css))
        .await
    {
        Ok(element) => Ok(element),
        Err(e) => bail!("waited {STEP:?} for `{css}` on {}: {e}", page_of(c).await),
    }
}

/// The text of the first element matching `css`, read in one step in the page: live views replace
/// their elements, so a found element can go stale before its text is asked for.
async fn text_of(c: &Client, css: &str) -> Result<Option<String>, fantoccini::error::CmdError> {
    let v = c
        .execute(
            "const e = document.querySelector(arguments[0]); return e ? e.textContent : null;",
            vec![json!(css)],
        )
        .await?;
    Ok(v.as_str().map(str::to_string))
}

async fn type_into(c: &Client, css: &str, text: &str) -> Result<()> {
    let field = wait_for(c, css).await?;
    field.clear().await?;
    field
        .send_keys(text)
        .await
        .with_context(|| format!("typing into `{css}`"))?;
    let value = field.prop("value").await?.unwrap_or_default();
    ensure!(
        value == text,
        "`{css}` holds {value:?} after typing {text:?}"
    );
    Ok(())
}

async fn select(c: &Client, css: &str, value: &str) -> Result<()> {
    let field = wait_for(c, css).await?;
    field
        .select_by_value(value)
        .await
        .with_context(|| format!("choosing {value:?} in `{css}`"))?;
    let chosen = field.prop("value").await?.unwrap_or_default();
    ensure!(
        chosen == value,
        "`{css}` has {chosen:?} chosen, not {value:?}"
    );
    Ok(())
}

async fn click(c: &Client, css: &str) -> Result<()> {
    wait_for(c, css)
        .await?
        .click()
        .await
        .with_context(|| format!("clicking `{css}`"))
}

async fn html_lang(c: &Client) -> Result<String> {
    Ok(wait_for(c, "html")
        .await?
        .attr("lang")
        .await?
        .unwrap_or_default())
}

/// Polls `probe` until it yields a value, for at most one step's time. On a timeout the
/// error names the page the browser is on and the form errors it shows, if any.
async fn until<T, F, Fut>(c: &Client, what: &str, mut probe: F) -> Result<T>
where
    F: FnMut(Client) -> Fut,
    Fut: Future<Output = Result<Option<T>, fantoccini::error::CmdError>>,
{
    let deadline = Instant::now() + STEP;
    loop {
        if let Some(v) = probe(c.clone()).await? {
            return Ok(v);
        }
        if Instant::now() > deadline {
            let errors = match c.find(Locator::Css(".errors")).await {
                Ok(e) => format!("; the page shows: {:?}", e.text().await.unwrap_or_default()),
                Err(_) => String::new(),
            };
            bail!(
                "waited {STEP:?} for {what}, still on {}{errors}",
                page_of(c).await
            );
        }
        tokio::time::sleep(POLL).await;
    }
}

/// The current URL, for error messages (best effort, never blocking a report).
async fn page_of(c: &Client) -> String {
    match c.current_url().await {
        Ok(url) => url.to_string(),
        Err(e) => format!("<unknown page: {e}>"),
    }
}

/// A message from the Polish interface texts, as the pages must show it.
fn polish_text(key: &str) -> Result<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../web/locales/pl/main.ftl");
    let ftl =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    ftl.lines()
        .find_map(|l| {
            let (k, v) = l.split_once('=')?;
            (k.trim() == key).then(|| v.trim().to_string())
        })
        .filter(|v| !v.is_empty())
        .ok_or_else(|| anyhow!("{key} is not in {}", path.display()))
}

/// Saves a screenshot and the page's HTML next to chromedriver's log; returns what to print.
async fn record_failure(c: &Client, tmp: &TempDir) -> String {
    let mut out = vec![format!("page: {}", page_of(c).await)];
    let png = tmp.path().join("failure.png");
    match c.screenshot().await {
        Ok(bytes) => match std::fs::write(&png, bytes) {
            Ok(()) => out.push(format!("screenshot: {}", png.display())),
            Err(e) => out.push(format!("screenshot not saved to {}: {e}", png.display())),
        },
        Err(e) => out.push(format!("screenshot not taken: {e}")),
    }
    let html = tmp.path().join("failure.html");
    if let Ok(source) = c.source().await {
        if std::fs::write(&html, source).is_ok() {
            out.push(format!("page source: {}", html.display()));
        }
    }
    out.push(format!(
        "chromedriver log: {}",
        tmp.path().join("chromedriver.log").display()
    ));
    let text = out.join("\n");
    eprintln!("{text}");
    text
}

/// A fresh directory for the browser profile, the driver's log and failure evidence; removed
/// when the test passes, kept when it fails.
struct TempDir {
    path: PathBuf,
    keep: std::cell::Cell<bool>,
}

impl TempDir {
    fn new() -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let path =
            std::env::temp_dir().join(format!("klaster-browser-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&path).unwrap_or_else(|e| panic!("create {}: {e}", path.display()));
        TempDir {
            path,
            keep: std::cell::Cell::new(false),
        }
    }
    fn path(&self) -> &Path {
        &self.path
    }
    fn keep(&self) {
        self.keep.set(true);
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if !self.keep.get() && !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

/// chromedriver on a free port of 127.0.0.1, killed when dropped.
struct Chromedriver {
    child: Child,
    url: String,
}

impl Chromedriver {
    async fn start(tmp: &TempDir) -> Result<Self> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let log = tmp.path().join("chromedriver.log");
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .arg(format!("--log-path={}", log.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .with_context(|| format!("starting {CHROMEDRIVER}"))?;
        let mut driver = Chromedriver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        // Ready when its status endpoint says so.
        let http = reqwest::Client::new();
        let deadline = Instant::now() + STEP;
        loop {
            if let Some(status) = driver.child.try_wait()? {
                bail!(
                    "{CHROMEDRIVER} exited at start with {status}; see {}",
                    log.display()
                );
            }
            if let Ok(r) = http.get(format!("{}/status", driver.url)).send().await {
                if let Ok(v) = r.json::<serde_json::Value>().await {
                    if v["value"]["ready"] == json!(true) {
                        return Ok(driver);
                    }
                }
            }
            if Instant::now() > deadline {
                bail!(
                    "{CHROMEDRIVER} did not answer on {} within {STEP:?}; see {}",
                    driver.url,
                    log.display()
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// A new headless chromium session with a fresh profile.
    async fn session(&self, tmp: &TempDir) -> Result<Client> {
        let profile = tmp.path().join("profile");
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,1024",
                    "--lang=en-US",
                    format!("--user-data-dir={}", profile.display()),
                ],
                // The interface starts in English whatever the machine's locale: the test
                // switches to Polish itself.
                "prefs": { "intl.accept_languages": "en-US,en" },
            },
        });
        let serde_json::Value::Object(caps) = caps else {
            unreachable!()
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&self.url)
            .await
            .with_context(|| format!("opening a chromium session through {}", self.url))
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Live voting in two browsers: the organiser's projector view is open while a participant
/// logs in, opens the voting page and votes; the projector's tally changes without a reload.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vote_from_a_phone_updates_the_projector_without_a_reload() {
    if !browser_installed() {
        return;
    }
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    // Two sessions with their own profiles: the organiser and the participant are logged in
    // at the same time.
    let (tmp, tmp2) = (TempDir::new(), TempDir::new());
    let driver = Chromedriver::start(&tmp)
        .await
        .unwrap_or_else(|e| panic!("{e:#}"));
    let projector = driver
        .session(&tmp)
        .await
        .unwrap_or_else(|e| panic!("{e:#}"));
    let phone = driver
        .session(&tmp2)
        .await
        .unwrap_or_else(|e| panic!("{e:#}"));

    let outcome = voting_flow(&projector, &phone, &app).await;

    if let Err(e) = &outcome {
        let evidence = format!(
            "projector:\n{}\nphone:\n{}",
            record_failure(&projector, &tmp).await,
            record_failure(&phone, &tmp2).await
        );
        let _ = projector.close().await;
        let _ = phone.close().await;
        drop(driver);
        tmp.keep();
        tmp2.keep();
        panic!("the voting flow failed: {e:#}\n{evidence}");
    }
    projector
        .close()
        .await
        .expect("close the projector session");
    phone.close().await.expect("close the phone session");
}

async fn voting_flow(projector: &Client, phone: &Client, app: &TestApp) -> Result<()> {
    use crate::helpers::PASSWORD;
    use klaster_domain::voting::{RawStatementInput, Voting};
    const STATEMENT: &str = "Cluster policies belong in every regional innovation strategy.";

    // An event with an open statement, organised by the projector's user.
    let (_, organiser) = app.user("organiser@ecc.eu", false).await;
    let org = app
        .org(
            "European Cluster Collaboration",
            klaster_domain::OrgKind::Cluster,
            "BE",
            Some(organiser.id),
        )
        .await;
    let ev = app.event(app.event_input(org.id)).await;
    app.user("ana.petrova@example.bg", false).await;
    let voting = Voting {
        repo: &*app.state.repo,
    };
    let viewer = klaster_domain::events::EventViewer {
        user_id: Some(organiser.id),
        platform_admin: true,
        ..Default::default()
    };
    let raw = RawStatementInput {
        text: STATEMENT.into(),
        scale: "agree".into(),
        session_id: None,
    };
    let st = voting.create(&viewer, &ev, &raw).await?;
    voting.open(&viewer, &ev, st.id).await?;

    // 1. The organiser opens the projector view: nobody has agreed yet.
    log_in(projector, app, "organiser@ecc.eu", PASSWORD).await?;
    projector
        .goto(&format!("{}/events/{}/voting/projector", app.base, ev.id))
        .await?;
    wait_for(projector, "#projector-statement").await?;
    let heading = text_of(projector, "#projector-statement")
        .await?
        .unwrap_or_default();
    ensure!(
        heading.trim() == STATEMENT,
        "the projector shows {heading:?}, not the open statement"
    );
    let agree = r#"#projector-bars dd[data-answer="agree"] .count"#;
    wait_for(projector, agree).await?;
    let before = text_of(projector, agree).await?.unwrap_or_default();
    ensure!(
        before.trim() == "0",
        "the projector starts at {before:?} agreeing, not 0"
    );
    // Marks this page load: a reload would lose it.
    projector
        .execute("window.klasterMark = 42;", vec![])
        .await?;

    // 2. The participant logs in on a phone, registers on the event's registration page,
    //    opens the voting page and agrees.
    log_in(phone, app, "ana.petrova@example.bg", PASSWORD).await?;
    phone
        .goto(&format!("{}/events/{}/registration", app.base, ev.id))
        .await?;
    click(
        phone,
        &format!(
            r#"main form[action="/events/{}/registration"] button[type="submit"]"#,
            ev.id
        ),
    )
    .await?;
    let status = wait_for(phone, "#my-registration .status")
        .await
        .context("after registering, the page should show the registration")?
        .text()
        .await?;
    ensure!(
        status.to_lowercase().contains("confirmed"),
        "the registration reads {status:?}, not confirmed"
    );
    phone
        .goto(&format!("{}/events/{}/voting", app.base, ev.id))
        .await?;
    click(phone, r#"#ballot button[name="value"][value="1"]"#).await?;
    wait_for(phone, r#"#ballot button[value="1"][aria-pressed="true"]"#)
        .await
        .context("after voting, the ballot should mark the participant's vote")?;

    // 3. The projector's count changes by itself, on the same page load.
    until(
        projector,
        "the projector's agree count to become 1",
        |c| async move {
            let text = text_of(&c, agree).await?.unwrap_or_default();
            Ok((text.trim() == "1").then_some(()))
        },
    )
    .await?;
    let mark = projector
        .execute("return window.klasterMark === 42;", vec![])
        .await?;
    ensure!(
        mark == json!(true),
        "the projector reloaded instead of updating in place"
    );
    wait_for(projector, "#projector-total").await?;
    let total = text_of(projector, "#projector-total")
        .await?
        .unwrap_or_default();
    ensure!(total.contains('1'), "the projector's total reads {total:?}");
    Ok(())
}

async fn log_in(c: &Client, app: &TestApp, email: &str, password: &str) -> Result<()> {
    c.goto(&format!("{}/login", app.base)).await?;
    type_into(c, "#email", email).await?;
    type_into(c, "#password", password).await?;
    click(c, r#"main form[action="/login"] button[type="submit"]"#).await?;
    wait_for(c, r#"nav.account a[href="/account"]"#)
        .await
        .with_context(|| format!("{email} should be logged in"))?;
    Ok(())
}

/// Meta-clusters in the browser: a cluster's administrator proposes a meta-cluster through the
/// form, invites another cluster, logs out; the invited cluster's administrator logs in, sees
/// the invitation and accepts it; the member list then shows both clusters.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cluster_proposes_a_meta_cluster_and_the_invited_cluster_accepts() {
    if !browser_installed() {
        return;
    }
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    in_one_browser("the meta-cluster flow", |c| async move {
        meta_cluster_flow(&c, &app).await
    })
    .await;
}

async fn meta_cluster_flow(c: &Client, app: &TestApp) -> Result<()> {
    use crate::helpers::PASSWORD;
    use klaster_domain::OrgKind;
    const META: &str = "Energy and Environment Meta-Cluster";
    let (_, coordinator) = app.user("coordinator@lke.pl", false).await;
    let lke = app
        .org(
            "Lubelski Klaster Ekoenergetyczny",
            OrgKind::Cluster,
            "PL",
            Some(coordinator.id),
        )
        .await;
    let (_, invitee) = app.user("admin@cleantech.bg", false).await;
    let bg = app
        .org(
            "Bulgarian Cleantech Cluster",
            OrgKind::Cluster,
            "BG",
            Some(invitee.id),
        )
        .await;

    // 1. The coordinator proposes the meta-cluster through the form.
    log_in(c, app, "coordinator@lke.pl", PASSWORD).await?;
    c.goto(&format!("{}/meta-clusters", app.base)).await?;
    click(c, r#"main a[href="/meta-clusters/new"]"#).await?;
    type_into(c, "#name", META).await?;
    type_into(
        c,
        "#description_en",
        "Clusters of renewable energy from Poland and Bulgaria.",
    )
    .await?;
    type_into(c, "#sectors", "Energy & Environment").await?;
    click(c, r#"input[name="ecosystems"][value="renewable_energy"]"#).await?;
    click(
        c,
        r#"main form[action="/meta-clusters"] button[type="submit"]"#,
    )
    .await?;
    let id = until(
        c,
        "the meta-cluster's page after proposing it",
        |c| async move {
            let url = c.current_url().await?;
            Ok(url
                .path()
                .strip_prefix("/meta-clusters/")
                .and_then(|rest| rest.parse::<i64>().ok()))
        },
    )
    .await
    .context("the meta-cluster was not created")?;
    let h1 = wait_for(c, "main h1").await?.text().await?;
    ensure!(h1.contains(META), "the page's heading is {h1:?}");

    // 2. It invites the Bulgarian cluster on the members page.
    click(
        c,
        &format!(r#"nav.tabs a[href="/meta-clusters/{id}/members"]"#),
    )
    .await?;
    select(c, "#org_id", &bg.id.to_string()).await?;
    type_into(c, "#message", "Join our partnership").await?;
    click(
        c,
        &format!(r#"main form[action="/meta-clusters/{id}/invitations"] button[type="submit"]"#),
    )
    .await?;
    let invited = wait_for(c, "#invited-list").await?.text().await?;
    ensure!(
        invited.contains("Bulgarian Cleantech Cluster"),
        "the invited list reads {invited:?}"
    );

    // 3. Log out; the invited cluster's administrator logs in and finds the invitation.
    click(c, r#"form[action="/logout"] button[type="submit"]"#).await?;
    wait_for(c, r#"a[href^="/login"]"#).await?;
    log_in(c, app, "admin@cleantech.bg", PASSWORD).await?;
    c.goto(&format!("{}/meta-clusters/invitations", app.base))
        .await?;
    let accept = format!(
        r#"form[action="/meta-clusters/{id}/invitations/{}/accept"] button"#,
        bg.id
    );
    click(c, &accept).await?;
    until(c, "the invitation to disappear after accepting", |c| {
        let accept = accept.clone();
        async move {
            let url = c.current_url().await?;
            let gone = url.path() == "/meta-clusters/invitations"
                && c.find_all(Locator::Css(&accept)).await?.is_empty();
            Ok(gone.then_some(()))
        }
    })
    .await?;

    // 4. The member list shows both clusters.
    c.goto(&format!("{}/meta-clusters/{id}", app.base)).await?;
    let members = wait_for(c, "#member-list").await?.text().await?;
    for name in [lke.name.as_str(), bg.name.as_str()] {
        ensure!(
            members.contains(name),
            "the member list {members:?} lacks {name}"
        );
    }
    Ok(())
}

/// The marketplace in the browser: a Polish SME's employee posts a technology offer in Polish
/// through the form and submits it; once a reviewer has published it, the offer's page suggests
/// the Bulgarian green-energy cluster's request (written only in Bulgarian) first, and explains
/// why: a semantic match from Polish to Bulgarian and an offer meeting a request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_polish_offer_is_matched_with_a_bulgarian_request_and_says_why() {
    if !browser_installed() {
        return;
    }
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    if !app.state.matching.semantic_enabled() {
        assert!(
            std::env::var("CI").is_err(),
            "CI must have the embedding model: {}",
            app.state.matching.model_status()
        );
        eprintln!(
            "skipped: {} (scripts/fetch-model.sh)",
            app.state.matching.model_status()
        );
        return;
    }
    in_one_browser("the marketplace flow", |c| async move {
        marketplace_flow(&c, &app).await
    })
    .await;
}

async fn marketplace_flow(c: &Client, app: &TestApp) -> Result<()> {
    use crate::helpers::PASSWORD;
    use klaster_domain::marketplace::ProfileKind;
    use klaster_domain::OrgKind;
    let (_, anna) = app.user("anna@sokol-energia.pl", false).await;
    app.org("Sokół Energia", OrgKind::Company, "PL", Some(anna.id))
        .await;
    let bg = app
        .org("Клъстер Зелена енергия", OrgKind::Cluster, "BG", None)
        .await;
    let request = app
        .profile_fixture(
            &bg,
            ProfileKind::TechnologyRequest,
            "bg",
            "Търсим доставчик на фотоволтаични системи и съхранение на енергия",
            "Нашите членове — малки и средни предприятия — искат да произвеждат собствена слънчева \
             енергия: търсим партньор, който доставя и монтира фотоволтаични панели, термопомпи и \
             батерии за съхранение на енергия.",
            &["35"],
        )
        .await;
    // Distractors in other languages and sectors.
    let de = app
        .org("Alpen Reisen GmbH", OrgKind::Company, "DE", None)
        .await;
    app.profile_fixture(
        &de,
        ProfileKind::BusinessRequest,
        "de",
        "Partner für Wanderreisen in den Karpaten gesucht",
        "Wir suchen lokale Reiseveranstalter und Unterkünfte für geführte Wanderreisen.",
        &["79"],
    )
    .await;
    let cz = app.org("Pekárna Ústí", OrgKind::Company, "CZ", None).await;
    app.profile_fixture(
        &cz,
        ProfileKind::BusinessOffer,
        "cs",
        "Nabízíme pečivo a cukrovinky pro hotely",
        "Tradiční pekárna dodává chléb, koláče a cukrovinky hotelům a restauracím.",
        &["10"],
    )
    .await;

    // 1. Anna writes the offer in Polish and submits it for review.
    log_in(c, app, "anna@sokol-energia.pl", PASSWORD).await?;
    c.goto(&format!("{}/marketplace/new?lang=pl", app.base))
        .await?;
    select(c, "#kind", "technology_offer").await?;
    type_into(
        c,
        "#title_pl",
        "Instalacje fotowoltaiczne z magazynami energii",
    )
    .await?;
    type_into(
        c,
        "#summary_pl",
        "Projektujemy i montujemy panele słoneczne, pompy ciepła i baterie.",
    )
    .await?;
    type_into(
        c,
        "#description_pl",
        "Lubelska firma oferuje kompletne instalacje fotowoltaiczne z magazynami energii i \
         pompami ciepła dla firm i klastrów, razem z serwisem. Szukamy odbiorców za granicą.",
    )
    .await?;
    type_into(c, "#nace", "35").await?;
    click(c, r#"main form button[name="action"][value="submit"]"#).await?;
    let id = until(c, "the offer's page after submitting it", |c| async move {
        let url = c.current_url().await?;
        Ok(url
            .path()
            .strip_prefix("/marketplace/")
            .and_then(|rest| rest.parse::<i64>().ok()))
    })
    .await
    .context("the offer was not saved")?;

    // 2. A reviewer publishes it (the review itself has its own tests).
    let (reviewer, r) = app.bearer_user("reviewer@klaster.eu").await;
    app.state.repo.set_platform_admin(r.id, true).await?;
    let published = reviewer
        .api(
            reqwest::Method::POST,
            &format!("/api/v1/marketplace/{id}/publish"),
            None,
        )
        .await;
    ensure!(
        published.status().is_success(),
        "publishing answered {}",
        published.status()
    );

    // 3. The offer's page suggests the Bulgarian request first, with its reasons. The
    // suggestions are computed in the background after publishing: reload until they are there.
    let first = r#"section.suggestions article.suggestion"#;
    let deadline = Instant::now() + Duration::from_secs(60);
    let candidate = loop {
        c.goto(&format!("{}/marketplace/{id}?lang=pl", app.base))
            .await?;
        let v = c
            .execute(
                "const e = document.querySelector(arguments[0]); return e ? e.dataset.candidate : null;",
                vec![json!(first)],
            )
            .await?;
        if let Some(found) = v.as_str() {
            break found.to_string();
        }
        ensure!(
            Instant::now() < deadline,
            "no suggestion appeared on the offer's page within a minute"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    ensure!(
        candidate == format!("profile:{request}"),
        "the first suggestion is {candidate}, not the Bulgarian request profile:{request}"
    );
    let semantic = text_of(c, &format!("{first} tr[data-signal=\"semantic\"]"))
        .await?
        .unwrap_or_default();
    ensure!(
        semantic.contains("pl → bg"),
        "the semantic reason reads {semantic:?}, not a match from Polish to Bulgarian"
    );
    let complement = text_of(c, &format!("{first} tr[data-signal=\"complementarity\"]")).await?;
    ensure!(
        complement.is_some(),
        "the suggestion does not say that an offer meets a request"
    );
    let title = text_of(c, &format!("{first} h3"))
        .await?
        .unwrap_or_default();
    ensure!(
        title.contains("фотоволтаични"),
        "the suggestion shows {title:?}, not the Bulgarian request's title"
    );
    Ok(())
}

/// A brokerage event in the browser: a participant requests a meeting through the form, the other
/// side accepts it on their requests page, the organiser runs the scheduler and publishes on the
/// dashboard, and the requester's agenda then shows the meeting with its partner and table.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_requested_and_accepted_meeting_is_scheduled_and_shows_on_the_agenda() {
    if !browser_installed() {
        return;
    }
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    in_one_browser("the brokerage flow", |c| async move {
        brokerage_flow(&c, &app).await
    })
    .await;
}

async fn brokerage_flow(c: &Client, app: &TestApp) -> Result<()> {
    use crate::helpers::PASSWORD;
    use klaster_domain::brokerage::ParticipantInput;
    use klaster_domain::registration::Attendance;
    let f = app.brokerage_fixture(0).await;
    let event = f.event.id;
    // Both join through the repository: the test is about requests, scheduling and the agenda.
    let mut joined = Vec::new();
    for (email, offer) in [
        ("marta@heliotherm.pl", "Heat pumps for schools"),
        ("georgi@solarbg.bg", "Solar carports and storage"),
    ] {
        let (_, user) = app.user(email, false).await;
        let p = app
            .state
            .repo
            .save_brokerage_participant(
                event,
                user.id,
                &ParticipantInput {
                    org_id: None,
                    participant_type: None,
                    offer: offer.into(),
                    seek: "Partners for a joint pilot".into(),
                    profile_ids: vec![],
                    attendance: Attendance::OnSite,
                },
            )
            .await?;
        joined.push(p);
    }
    let georgi = &joined[1];
    let base = format!("{}/events/{event}/brokerage", app.base);

    // 1. Marta asks Georgi for a must-meet meeting.
    log_in(c, app, "marta@heliotherm.pl", PASSWORD).await?;
    c.goto(&format!("{base}/requests/new?with={}", georgi.id))
        .await?;
    type_into(c, "#message", "Let us plan the school pilot together.").await?;
    click(c, r#"input[name="priority"][value="must_meet"]"#).await?;
    click(
        c,
        &format!(r#"main form[action="/events/{event}/brokerage/requests"] button[type="submit"]"#),
    )
    .await?;
    let request_id = until(c, "the request to be stored", |_| async move {
        let requests = app.state.repo.meeting_requests(event).await.unwrap();
        Ok(requests.first().map(|r| r.id))
    })
    .await?;
    click(c, r#"form[action="/logout"] button[type="submit"]"#).await?;
    wait_for(c, r#"a[href^="/login"]"#).await?;

    // 2. Georgi sees the message and accepts.
    log_in(c, app, "georgi@solarbg.bg", PASSWORD).await?;
    c.goto(&format!("{base}/requests")).await?;
    let page = wait_for(c, "main").await?.text().await?;
    ensure!(
        page.contains("school pilot"),
        "Georgi's requests page does not show Marta's message: {page:?}"
    );
    click(
        c,
        &format!(r#"form[action="/events/{event}/brokerage/requests/{request_id}/accept"] button"#),
    )
    .await?;
    until(c, "the request to be accepted", |_| async move {
        let r = app
            .state
            .repo
            .meeting_request(event, request_id)
            .await
            .unwrap();
        Ok(
            r.filter(|r| r.status == klaster_domain::brokerage::RequestStatus::Accepted)
                .map(|_| ()),
        )
    })
    .await?;
    click(c, r#"form[action="/logout"] button[type="submit"]"#).await?;
    wait_for(c, r#"a[href^="/login"]"#).await?;

    // 3. The organiser schedules and publishes on the dashboard.
    log_in(c, app, "organiser@lke.pl", PASSWORD).await?;
    c.goto(&format!("{base}/dashboard")).await?;
    click(
        c,
        &format!(r#"form[action="/events/{event}/brokerage/schedule"] button[type="submit"]"#),
    )
    .await?;
    wait_for(c, ".meet-status-optimal").await?;
    click(
        c,
        &format!(r#"form[action="/events/{event}/brokerage/publish"] button[type="submit"]"#),
    )
    .await?;
    until(c, "the schedule to be published", |_| async move {
        let r = app
            .state
            .repo
            .meeting_request(event, request_id)
            .await
            .unwrap();
        Ok(r.filter(|r| r.published).map(|_| ()))
    })
    .await?;
    click(c, r#"form[action="/logout"] button[type="submit"]"#).await?;
    wait_for(c, r#"a[href^="/login"]"#).await?;

    // 4. Marta's agenda shows the meeting with Georgi at a table.
    log_in(c, app, "marta@heliotherm.pl", PASSWORD).await?;
    c.goto(&format!("{base}/agenda")).await?;
    let entry = wait_for(c, ".meet-entry").await?.text().await?;
    ensure!(
        entry.contains("georgi"),
        "Marta's agenda entry does not name Georgi: {entry:?}"
    );
    let placed = app
        .state
        .repo
        .meeting_request(event, request_id)
        .await?
        .and_then(|r| r.placement)
        .context("the meeting has no placement")?;
    ensure!(
        placed.table.is_some(),
        "an on-site meeting should have a table: {placed:?}"
    );
    Ok(())
}

/// A survey in Bulgarian: a visitor watches the public results page while a Bulgarian member
/// answers through the form; the visitor's chart updates without a reload.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_survey_answered_in_bulgarian_updates_the_live_chart() {
    if !browser_installed() {
        return;
    }
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let (tmp, tmp2) = (TempDir::new(), TempDir::new());
    let driver = Chromedriver::start(&tmp)
        .await
        .unwrap_or_else(|e| panic!("{e:#}"));
    let watcher = driver
        .session(&tmp)
        .await
        .unwrap_or_else(|e| panic!("{e:#}"));
    let respondent = driver
        .session(&tmp2)
        .await
        .unwrap_or_else(|e| panic!("{e:#}"));
    let outcome = survey_flow(&watcher, &respondent, &app).await;
    if let Err(e) = &outcome {
        let evidence = format!(
            "watcher:\n{}\nrespondent:\n{}",
            record_failure(&watcher, &tmp).await,
            record_failure(&respondent, &tmp2).await
        );
        let _ = watcher.close().await;
        let _ = respondent.close().await;
        drop(driver);
        tmp.keep();
        tmp2.keep();
        panic!("the survey flow failed: {e:#}\n{evidence}");
    }
    watcher.close().await.expect("close the watcher session");
    respondent
        .close()
        .await
        .expect("close the respondent session");
}

async fn survey_flow(watcher: &Client, respondent: &Client, app: &TestApp) -> Result<()> {
    use crate::helpers::PASSWORD;
    use crate::surveys::{build, open, opt, owner, q};
    let o = owner(app).await;
    let (id, st) = build(&o, json!({})).await;
    open(&o, id).await;
    let (_, georgi) = app.user("georgi@sofia.example", false).await;
    let org = app
        .org(
            "Клъстер Мехатроника",
            klaster_domain::OrgKind::Cluster,
            "BG",
            Some(georgi.id),
        )
        .await;
    let _ = org;

    // The watcher opens the public results in Bulgarian: nobody has answered yet.
    watcher
        .goto(&format!("{}/surveys/{id}/results?lang=bg", app.base))
        .await?;
    ensure!(
        html_lang(watcher).await? == "bg",
        "the results page is in Bulgarian"
    );
    let count = text_of(watcher, ".respondents").await?.unwrap_or_default();
    ensure!(count.contains('0'), "no respondents yet: {count:?}");

    // Georgi answers in Bulgarian: "No" hides the follow-up question, then scale 4.
    log_in(respondent, app, "georgi@sofia.example", PASSWORD).await?;
    respondent
        .goto(&format!("{}/surveys/{id}?lang=bg", app.base))
        .await?;
    ensure!(
        html_lang(respondent).await? == "bg",
        "the survey is in Bulgarian"
    );
    let page = respondent.source().await?;
    ensure!(
        page.contains("Do you work abroad? (bg)"),
        "the question in Bulgarian"
    );
    let follow_up = format!("#q{}-block", q(&st, 5));
    click(
        respondent,
        &format!(
            r#"input[name="q{}"][value="{}"]"#,
            q(&st, 0),
            opt(&st, 0, 1)
        ),
    )
    .await?;
    until(respondent, "the follow-up to be hidden", |c| {
        let css = follow_up.clone();
        async move {
            let hidden = c
                .execute(
                    "const e = document.querySelector(arguments[0]); return e ? e.hidden : null;",
                    vec![json!(css)],
                )
                .await?;
            Ok((hidden == json!(true)).then_some(()))
        }
    })
    .await?;
    click(
        respondent,
        &format!(r#"input[name="q{}"][value="4"]"#, q(&st, 1)),
    )
    .await?;
    click(respondent, "#survey-send").await?;
    until(respondent, "the results after submitting", |c| async move {
        let url = c.current_url().await?;
        Ok(url.path().ends_with("/results").then_some(()))
    })
    .await?;

    // The watcher's page updates by itself: one respondent, and a bar for "No (bg)" at 100 %.
    until(
        watcher,
        "the live results to show the answer",
        |c| async move {
            let t = text_of(&c, ".respondents").await?.unwrap_or_default();
            Ok((t.contains('1') && t.contains("респондент")).then_some(()))
        },
    )
    .await?;
    let chart = text_of(watcher, "#chart-1 svg").await?.unwrap_or_default();
    ensure!(
        chart.contains("No (bg)") && chart.contains("1 (100,0%)"),
        "the first chart shows the answer in Bulgarian number format: {chart:?}"
    );
    Ok(())
}
