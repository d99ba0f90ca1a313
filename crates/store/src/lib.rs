//! Storage on two real backends: an embedded SQLite file (WAL, foreign keys on) by default and
//! PostgreSQL for larger installs, chosen from the database URL.
//!
//! Each repository method is written once, with `$1` placeholders that both backends accept, and
//! compiled twice by `with_pool!` — once per driver — so both implementations stay in step while
//! each backend keeps its own migrations (`migrations/sqlite`, `migrations/postgres`).

mod action_plans;
mod agenda;
mod brokerage;
mod brokerage_meetings;
mod brokerage_requests;
mod cordis;
mod engagement;
mod events;
mod good_practices;
mod groups;
mod marketplace;
mod matchmaking;
mod meta_clusters;
mod migrate;
mod news;
mod notifications;
mod orgs;
mod projects;
mod proposals;
mod registration;
mod reports;
mod rows;
mod stands;
mod surveys;
pub mod testing;
mod users;
mod vocab;
mod voting;

use klaster_domain::DomainError;
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

/// A connection pool to one of the two backends.
#[derive(Clone, Debug)]
pub enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs the same code against whichever backend the store uses.
macro_rules! with_pool {
    ($store:expr, $pool:ident => $body:expr) => {
        match &$store.pool {
            $crate::Pool::Sqlite($pool) => $body,
            $crate::Pool::Postgres($pool) => $body,
        }
    };
}
pub(crate) use with_pool;

#[derive(Clone, Debug)]
pub struct Store {
    pool: Pool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Store {
    /// Connects to `postgres://…` or `sqlite://…` (a file, created if missing).
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await
                .map_err(|e| StoreError::Connect(redact(url), e.to_string()))?;
            Ok(Self {
                pool: Pool::Postgres(pool),
            })
        } else if url.starts_with("sqlite:") {
            let opts = SqliteConnectOptions::from_str(url)
                .map_err(|e| StoreError::Connect(redact(url), e.to_string()))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(15));
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(opts)
                .await
                .map_err(|e| StoreError::Connect(redact(url), e.to_string()))?;
            Ok(Self {
                pool: Pool::Sqlite(pool),
            })
        } else {
            Err(StoreError::Connect(
                redact(url),
                "the URL must start with sqlite: or postgres://".into(),
            ))
        }
    }

    /// The embedded database inside a data directory, created with the directory if missing.
    pub async fn open_data_dir(dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir)
            .map_err(|e| StoreError::Connect(dir.display().to_string(), e.to_string()))?;
        let file = dir.join("klaster.sqlite");
        Self::connect(&format!("sqlite://{}", file.display())).await
    }

    pub fn backend(&self) -> Backend {
        match self.pool {
            Pool::Sqlite(_) => Backend::Sqlite,
            Pool::Postgres(_) => Backend::Postgres,
        }
    }

    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    /// Applies the embedded migrations that have not run yet; returns how many ran.
    pub async fn migrate(&self) -> Result<usize, StoreError> {
        migrate::run(self).await
    }

    /// Answers when the database can be reached (for `/healthz`).
    pub async fn ping(&self) -> bool {
        with_pool!(self, p => sqlx::query("SELECT 1").execute(p).await.is_ok())
    }

    pub async fn close(&self) {
        with_pool!(self, p => p.close().await)
    }
}

/// Never log a password that may sit in a database URL.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}://{}:***@{}", &url[..s], user, &url[at + 1..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[derive(Debug)]
pub enum StoreError {
    /// The (redacted) URL or path, and why it failed.
    Connect(String, String),
    Migrate(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Connect(url, e) => write!(f, "cannot open the database {url}: {e}"),
            StoreError::Migrate(e) => write!(f, "database migration failed: {e}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// Maps driver errors to domain errors: unique violations become conflicts, the rest internal.
pub(crate) fn db_err(e: sqlx::Error) -> DomainError {
    if let sqlx::Error::Database(ref d) = e {
        if d.is_unique_violation() {
            return DomainError::Conflict("already exists".into());
        }
        if d.is_foreign_key_violation() {
            return DomainError::Conflict("refers to something that does not exist".into());
        }
        if d.is_check_violation() {
            return DomainError::Conflict("breaks a rule of the data".into());
        }
    }
    tracing::error!(error = %e, "database error");
    DomainError::internal(e)
}

pub(crate) fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

pub(crate) fn ts(secs: i64) -> time::OffsetDateTime {
    time::OffsetDateTime::from_unix_timestamp(secs).unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
}

#[cfg(test)]
mod tests {
    #[test]
    fn redacts_passwords() {
        assert_eq!(
            super::redact("postgres://u:secret@h:5432/db"),
            "postgres://u:***@h:5432/db"
        );
        assert_eq!(super::redact("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(super::redact("sqlite://x.db"), "sqlite://x.db");
    }
}
