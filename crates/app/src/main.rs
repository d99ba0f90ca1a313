//! `klaster`: serve the platform, migrate, administer, import reference data and organisations.

use anyhow::{bail, Context};
use clap::{Args, Parser, Subcommand};
use klaster::config::{Config, Overrides};
use klaster::{build_state, open_store, StartOptions};
use klaster_domain::directory::Directory;
use klaster_domain::*;
use std::io::Read;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "klaster",
    version,
    about = "Klaster: the self-hostable cluster collaboration platform"
)]
struct Cli {
    /// Configuration file (TOML); default ./klaster.toml when present.
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

/// Where the data lives; the same on every subcommand.
#[derive(Args, Clone, Default)]
struct DbArgs {
    /// Directory of the embedded SQLite database (created if missing).
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// postgres://… to use PostgreSQL instead of SQLite.
    #[arg(long)]
    database_url: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Start the web server.
    Serve {
        #[command(flatten)]
        db: DbArgs,
        /// Address to listen on, e.g. 127.0.0.1:8080.
        #[arg(long)]
        bind: Option<String>,
        /// Load the demo ecosystem when the database is empty.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations.
    Migrate {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Administration tasks.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Import reference vocabularies or organisations.
    Import {
        #[command(subcommand)]
        command: ImportCommand,
    },
    /// Schedule the B2B meetings of one instance in the benchmark's MiniZinc data format.
    Schedule {
        /// The .dzn file.
        #[arg(long)]
        dzn: PathBuf,
        /// Print the full result as JSON (the interface scripts rely on).
        #[arg(long)]
        json: bool,
        /// No participant may have more breaks than another by more than this.
        #[arg(long)]
        fairness: Option<u32>,
        /// Stop searching after this many seconds and report the gap.
        #[arg(long)]
        time_limit: Option<f64>,
    },
    /// Benchmarks that print figures.
    Bench {
        #[command(subcommand)]
        command: BenchCommand,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Cross-lingual retrieval of the 615 NACE classes (query: a class's "includes" note in one
    /// language; documents: title + note in another), through the matching engine.
    MatchNace {
        /// Folder with nace2_LL.csv or ramon_NACE_REV2_LL.csv files.
        #[arg(long)]
        nace_dir: PathBuf,
        /// Language pairs, e.g. en:pl,pl:bg,bg:en.
        #[arg(long, default_value = "en:pl,pl:en,bg:en,bg:pl,en:bg,pl:bg")]
        pairs: String,
        #[arg(long)]
        json: bool,
    },
    /// Approximate nearest-neighbour search at scale on synthetic profiles.
    MatchScale {
        #[arg(long, default_value_t = 100_000)]
        profiles: usize,
        #[arg(long, default_value_t = 1_000)]
        queries: usize,
        #[arg(long)]
        json: bool,
    },
    /// Embedding throughput of the multilingual model on profile-length texts.
    Embed {
        #[arg(long, default_value_t = 256)]
        texts: usize,
        #[arg(long, default_value_t = 64)]
        batch: usize,
        #[arg(long)]
        json: bool,
    },
    /// Run the scheduler on every .dzn instance in a directory and print a table, or (with
    /// --synthetic) on a generated event of 2,000 participants and 10,000 meetings.
    Schedule {
        #[arg(long, required_unless_present = "synthetic")]
        dir: Option<PathBuf>,
        #[arg(long, conflicts_with = "dir")]
        synthetic: bool,
        #[arg(long)]
        fairness: Option<u32>,
        /// Seconds per instance (the synthetic event: 55 unless given, to finish within the 60 s target).
        #[arg(long)]
        time_limit: Option<f64>,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create a user (the first platform administrator, typically).
    CreateUser {
        #[arg(long)]
        email: String,
        /// Read the password from standard input (it never appears in the process list).
        #[arg(long)]
        password_stdin: bool,
        #[arg(long)]
        platform_admin: bool,
        /// Display name (defaults to the part of the e-mail before @).
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Subcommand)]
enum ImportCommand {
    /// NUTS 2021 regions from Eurostat's classification exported as CSV.
    Nuts {
        file: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
    /// NACE Rev. 2 labels in one language (Eurostat's nace2_LL.csv or RAMON export).
    Nace {
        file: PathBuf,
        /// Language of the labels: en, pl, bg, …
        #[arg(long)]
        lang: String,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Organisations from CSV: every row or none; bad rows are reported by line and field.
    Organisations {
        file: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
    /// EU projects and their partners from the CORDIS CSV exports in DIR (project*.csv,
    /// organization*.csv, topics*.csv): all or nothing; re-running changes nothing.
    Cordis {
        dir: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
}

fn config_for(
    cli_config: Option<&PathBuf>,
    db: &DbArgs,
    extra: Overrides,
) -> anyhow::Result<Config> {
    let overrides = Overrides {
        data_dir: db.data_dir.clone(),
        database_url: db.database_url.clone(),
        ..extra
    };
    Config::load(cli_config.map(|p| p.as_path()), &overrides)
}

fn init_tracing(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("RUST_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(filter));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .init();
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve { db, bind, demo } => {
            let config = config_for(
                cli.config.as_ref(),
                &db,
                Overrides {
                    bind,
                    demo: demo.then_some(true),
                    ..Default::default()
                },
            )?;
            init_tracing(&config.log);
            serve(config).await
        }
        Command::Migrate { db } => {
            let config = config_for(cli.config.as_ref(), &db, Overrides::default())?;
            init_tracing(&config.log);
            open_store(&config.data_dir, config.database_url.as_deref()).await?;
            println!("the database is up to date");
            Ok(())
        }
        Command::Admin {
            command:
                AdminCommand::CreateUser {
                    email,
                    password_stdin,
                    platform_admin,
                    name,
                    db,
                },
        } => {
            let config = config_for(cli.config.as_ref(), &db, Overrides::default())?;
            init_tracing(&config.log);
            create_user(&config, &email, password_stdin, platform_admin, name).await
        }
        Command::Import { command } => import(cli.config.as_ref(), command).await,
        Command::Schedule {
            dzn,
            json,
            fairness,
            time_limit,
        } => {
            let result = klaster_scheduling::schedule_dzn_json(&dzn, fairness, time_limit)
                .map_err(|e| anyhow::anyhow!("{}: {e}", dzn.display()))?;
            if json {
                println!("{}", serde_json::to_string(&result)?);
            } else {
                println!(
                    "{}: {} of {} meetings scheduled (upper bound {}), {} breaks (lower bound {}), {} in {:.2} s",
                    dzn.display(),
                    result["meetings_scheduled"],
                    result["meetings_total"],
                    result["meetings_upper_bound"],
                    result["breaks"],
                    result["breaks_lower_bound"],
                    result["status"],
                    result["seconds"].as_f64().unwrap_or(0.0)
                );
            }
            Ok(())
        }
        Command::Bench {
            command:
                BenchCommand::MatchNace {
                    nace_dir,
                    pairs,
                    json,
                },
        } => {
            let Some(model) = klaster_embed::E5Model::try_default()? else {
                bail!(
                    "no embedding model: {} (run scripts/fetch-model.sh)",
                    klaster_embed::locate_model().reason()
                );
            };
            let pairs = klaster_matching::parse_pairs(&pairs)
                .map_err(|e| anyhow::anyhow!("--pairs: {e}"))?;
            let mut progress = |msg: &str| eprintln!("{msg}");
            let report =
                klaster_matching::bench_match_nace(&nace_dir, &pairs, &model, &mut progress)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", nace_dir.display()))?;
            if json {
                println!("{}", serde_json::to_string(&report)?);
            } else {
                println!("{report}");
            }
            Ok(())
        }
        Command::Bench {
            command:
                BenchCommand::MatchScale {
                    profiles,
                    queries,
                    json,
                },
        } => {
            let mut progress = |msg: &str| eprintln!("{msg}");
            let report = klaster_matching::bench_match_scale(profiles, queries, &mut progress);
            if json {
                println!("{}", serde_json::to_string(&report)?);
            } else {
                println!("{report}");
            }
            Ok(())
        }
        Command::Bench {
            command: BenchCommand::Embed { texts, batch, json },
        } => {
            let Some(model) = klaster_embed::E5Model::try_default()? else {
                bail!(
                    "no embedding model: {} (run scripts/fetch-model.sh)",
                    klaster_embed::locate_model().reason()
                );
            };
            eprintln!("embedding {texts} profile-length texts in batches of {batch} …");
            let r = klaster_embed::bench_throughput(&model, texts, batch)?;
            if json {
                let value = serde_json::json!({
                    "texts": r.texts, "batch": r.batch, "mean_tokens": r.mean_tokens,
                    "threads": r.threads, "seconds": r.seconds,
                    "texts_per_second": r.texts_per_second, "ms_per_text": r.ms_per_text,
                });
                println!("{value}");
            } else {
                println!("{r}");
            }
            Ok(())
        }
        Command::Bench {
            command:
                BenchCommand::Schedule {
                    dir,
                    synthetic,
                    fairness,
                    time_limit,
                },
        } => {
            let Some(dir) = dir.filter(|_| !synthetic) else {
                let mut progress = |p: &klaster_scheduling::solver::Progress| {
                    eprintln!(
                        "{:>6.1} s  {}: weight {} of at most {}",
                        p.seconds,
                        p.phase,
                        p.weight_found.map_or("-".into(), |w| w.to_string()),
                        p.weight_upper_bound
                    )
                };
                klaster_scheduling::bench::bench_synthetic(
                    time_limit.unwrap_or(55.0),
                    &mut progress,
                    &mut std::io::stdout(),
                )
                .map_err(|e| anyhow::anyhow!("synthetic event: {e}"))?;
                return Ok(());
            };
            let mut progress =
                |done: usize, total: usize, name: &str| eprintln!("[{done}/{total}] {name}");
            let summary = klaster_scheduling::bench::bench_dir_with_limit(
                &dir,
                fairness,
                time_limit,
                &mut progress,
                &mut std::io::stdout(),
            )
            .map_err(|e| anyhow::anyhow!("bench schedule: {e}"))?;
            eprintln!(
                "{} instances, {} proven optimal, {:.1} s in all",
                summary.instances, summary.optimal, summary.total_seconds
            );
            Ok(())
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let addr: SocketAddr = config.bind.parse().with_context(|| {
        format!(
            "--bind {} is not an address like 127.0.0.1:8080",
            config.bind
        )
    })?;
    let store = open_store(&config.data_dir, config.database_url.as_deref()).await?;
    tracing::info!(backend = ?store.backend(), data_dir = %config.data_dir.display(), "database ready");
    let web = klaster_web::WebConfig {
        secure_cookies: config.secure_cookies,
        public_url: config.public_url.clone(),
    };
    let state = build_state(
        store,
        StartOptions {
            vocab_dir: config.vocab_dir.as_deref(),
            demo: config.demo,
            semantic: true,
            web,
        },
    )
    .await?;
    tokio::spawn(expire_profiles_hourly(state.clone()));
    tokio::spawn(prepare_nace_suggestions(state.clone()));
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    tracing::info!("Klaster is ready at http://{addr}");
    let (stopping, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = axum::serve(
        listener,
        klaster_web::router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("shutting down");
        let _ = stopping.send(());
    });
    // Live voting streams never end by themselves: give requests in flight a moment, then go.
    tokio::select! {
        served = server => served?,
        _ = async {
            if stopped.await.is_ok() {
                tokio::time::sleep(std::time::Duration::from_secs(5)).await;
            } else {
                std::future::pending::<()>().await;
            }
        } => tracing::info!("closed the connections still open after 5 s"),
    }
    Ok(())
}

async fn create_user(
    config: &Config,
    email: &str,
    password_stdin: bool,
    platform_admin: bool,
    name: Option<String>,
) -> anyhow::Result<()> {
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
    if !password_stdin {
        bail!(
            "pass the password on standard input with --password-stdin (never on the command line)"
        );
    }
    let mut raw = String::new();
    std::io::stdin().read_to_string(&mut raw)?;
    let password = NewPassword::parse(raw.trim_end_matches(['\r', '\n']))
        .map_err(|e| anyhow::anyhow!("password: {e}"))?;
    let store = open_store(&config.data_dir, config.database_url.as_deref()).await?;
    let name = name.unwrap_or_else(|| {
        email
            .as_str()
            .split('@')
            .next()
            .unwrap_or("admin")
            .to_string()
    });
    let hash = klaster_web::auth::hash_password(password.expose())?;
    let user = match store_user(&store, &email, &name, &hash, platform_admin).await {
        Ok(u) => u,
        Err(DomainError::Validation(e)) => bail!("{e}"),
        Err(e) => return Err(e.into()),
    };
    println!(
        "created user {} ({}){}",
        user.id,
        user.email,
        if platform_admin {
            ", platform administrator"
        } else {
            ""
        }
    );
    Ok(())
}

async fn store_user(
    store: &klaster_store::Store,
    email: &Email,
    name: &str,
    hash: &str,
    admin: bool,
) -> DomainResult<User> {
    let user = store.create_user(email, name, hash, admin).await?;
    store
        .audit(None, "user.create.cli", &format!("user:{}", user.id))
        .await?;
    Ok(user)
}

async fn import(cli_config: Option<&PathBuf>, command: ImportCommand) -> anyhow::Result<()> {
    let read = |file: &PathBuf| {
        std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))
    };
    match command {
        ImportCommand::Nuts { file, db } => {
            let config = config_for(cli_config, &db, Overrides::default())?;
            init_tracing(&config.log);
            let regions = klaster_vocab::parse_nuts_csv(read(&file)?)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            let store = open_store(&config.data_dir, config.database_url.as_deref()).await?;
            klaster::vocab::ensure(&store, None).await?;
            let total = regions.len();
            for (i, chunk) in regions.chunks(500).enumerate() {
                store.upsert_nuts(chunk).await?;
                eprintln!(
                    "NUTS regions: {}/{total}",
                    (i * 500 + chunk.len()).min(total)
                );
            }
            println!("imported {total} NUTS regions");
        }
        ImportCommand::Nace { file, lang, db } => {
            let config = config_for(cli_config, &db, Overrides::default())?;
            init_tracing(&config.log);
            let lang = LanguageTag::parse(&lang).map_err(|e| anyhow::anyhow!("--lang: {e}"))?;
            let entries = klaster_vocab::parse_nace_csv(read(&file)?, lang.as_str())
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            let store = open_store(&config.data_dir, config.database_url.as_deref()).await?;
            klaster::vocab::ensure(&store, None).await?;
            klaster::vocab::import_nace(&store, &entries).await?;
            println!("imported {} NACE codes labelled in {lang}", entries.len());
        }
        ImportCommand::Organisations { file, db } => {
            let config = config_for(cli_config, &db, Overrides::default())?;
            init_tracing(&config.log);
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {} as UTF-8 text", file.display()))?;
            let store = open_store(&config.data_dir, config.database_url.as_deref()).await?;
            klaster::vocab::ensure(&store, None).await?;
            let index = klaster_search::TantivyIndex::in_memory().map_err(anyhow::Error::msg)?;
            // The command line acts with platform rights: whoever runs it owns the server.
            let operator = Actor {
                user: Some(User {
                    id: 0,
                    email: Email::parse("operator@localhost.localdomain").expect("valid"),
                    display_name: "command line".into(),
                    is_platform_admin: true,
                    created_at: time_now(),
                }),
                memberships: vec![],
            };
            eprintln!("checking {} …", file.display());
            match (Directory {
                repo: &store,
                index: &index,
            })
            .import_csv(&operator, &text)
            .await
            {
                Ok(report) => println!("imported {} organisations", report.imported),
                Err(DomainError::Rows(rows)) => {
                    for r in &rows {
                        eprintln!(
                            "{}: line {}, {}: {}",
                            file.display(),
                            r.line,
                            r.field,
                            r.message
                        );
                    }
                    bail!(
                        "nothing was imported: {} problems in {}",
                        rows.len(),
                        file.display()
                    );
                }
                Err(e) => return Err(e.into()),
            }
        }
        ImportCommand::Cordis { dir, db } => {
            let config = config_for(cli_config, &db, Overrides::default())?;
            init_tracing(&config.log);
            let mut files = Vec::new();
            let mut entries: Vec<_> = std::fs::read_dir(&dir)
                .with_context(|| format!("cannot read the directory {}", dir.display()))?
                .filter_map(|e| e.ok())
                .filter(|e| e.path().is_file())
                .collect();
            entries.sort_by_key(|e| e.file_name());
            for entry in entries {
                let name = entry.file_name().to_string_lossy().to_string();
                let lower = name.to_lowercase();
                let wanted = lower.ends_with(".csv")
                    && ["project", "organization", "topics"]
                        .iter()
                        .any(|p| lower.starts_with(p));
                let text = if wanted {
                    std::fs::read_to_string(entry.path()).with_context(|| {
                        format!("cannot read {} as UTF-8 text", entry.path().display())
                    })?
                } else {
                    String::new()
                };
                files.push((name, text));
            }
            let store = open_store(&config.data_dir, config.database_url.as_deref()).await?;
            klaster::vocab::ensure(&store, None).await?;
            let operator = Actor {
                user: Some(User {
                    id: 0,
                    email: Email::parse("operator@localhost.localdomain").expect("valid"),
                    display_name: "command line".into(),
                    is_platform_admin: true,
                    created_at: time_now(),
                }),
                memberships: vec![],
            };
            let mut progress = |m: String| eprintln!("{m}");
            match (cordis::CordisImport { repo: &store })
                .run(&operator, &files, &mut progress)
                .await
            {
                Ok(report) => print_cordis_report(&report),
                Err(DomainError::Rows(rows)) => {
                    for r in &rows {
                        eprintln!("{}, line {}: {}", r.field, r.line, r.message);
                    }
                    bail!("nothing was imported from {}", dir.display());
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
    Ok(())
}

fn print_cordis_report(r: &cordis::Report) {
    println!("files read: {}", r.files.join(", "));
    if !r.ignored_files.is_empty() {
        println!("files ignored: {}", r.ignored_files.join(", "));
    }
    println!(
        "projects: {} created, {} updated, {} unchanged",
        r.projects_created, r.projects_updated, r.projects_unchanged
    );
    println!(
        "organisations: {} new, {} matched (by PIC {}, by VAT {}, by name {}), {} ambiguous",
        r.organisations_new,
        r.organisations_matched(),
        r.organisations_matched_pic,
        r.organisations_matched_vat,
        r.organisations_matched_name,
        r.ambiguous.len()
    );
    for a in &r.ambiguous {
        let candidates: Vec<String> = a
            .candidates
            .iter()
            .map(|c| format!("#{} {}", c.id, c.name))
            .collect();
        println!(
            "  ambiguous: {} ({}, PIC {}) could be {}",
            a.name,
            a.country,
            a.pic,
            candidates.join("; ")
        );
    }
    println!(
        "partners: {} ({} created, {} updated, {} unchanged)",
        r.partners(),
        r.partners_created,
        r.partners_updated,
        r.partners_unchanged
    );
    println!("warnings: {}", r.warnings.len());
    for w in &r.warnings {
        println!("  {w}");
    }
}

fn time_now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// Published cooperation profiles past their expiry date become expired (their owners are
/// notified), at start and then every hour.
async fn expire_profiles_hourly(state: klaster_web::AppState) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        tick.tick().await;
        let today = time::OffsetDateTime::now_utc().date();
        match klaster_web::pages::marketplace::market(&state)
            .expire_due(today)
            .await
        {
            Ok(expired) if !expired.is_empty() => {
                tracing::info!(profiles = expired.len(), "cooperation profiles expired");
                state.matching.touch();
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "expiring cooperation profiles failed"),
        }
    }
}

/// The first "Suggest NACE codes" of a database embeds every class (about half a minute); do it
/// in the background at start so that nobody waits for it.
async fn prepare_nace_suggestions(state: klaster_web::AppState) {
    if !state.matching.semantic_enabled() {
        return;
    }
    tracing::info!("preparing NACE suggestions");
    match state
        .matching
        .suggest_nace(&*state.repo, "renewable energy", Some("en"), 1)
        .await
    {
        Ok(_) => tracing::info!("NACE suggestions ready"),
        Err(e) => tracing::warn!("preparing NACE suggestions failed: {e}"),
    }
}
