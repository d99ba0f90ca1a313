//! Fresh databases for tests: an SQLite file in a temporary directory always, and a new
//! PostgreSQL database when `KLASTER_TEST_DATABASE_URL` points at a server (dropped afterwards).

use crate::Store;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

pub const PG_ENV: &str = "KLASTER_TEST_DATABASE_URL";

pub struct TestDb {
    pub store: Store,
    /// The URL the store was opened with.
    pub url: String,
    /// The data directory (SQLite) — also usable as `--data-dir` for the app.
    pub dir: PathBuf,
    pg_drop: Option<(String, String)>,
}

fn unique(prefix: &str) -> String {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{prefix}_{}_{n}_{nanos}", std::process::id())
}

fn temp_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(unique("klaster_test"));
    std::fs::create_dir_all(&dir).expect("create a temporary directory");
    dir
}

impl TestDb {
    /// A migrated SQLite database in a new temporary directory.
    pub async fn sqlite() -> TestDb {
        let dir = temp_dir();
        let store = Store::open_data_dir(&dir).await.expect("open SQLite");
        store.migrate().await.expect("migrate SQLite");
        let url = format!("sqlite://{}", dir.join("klaster.sqlite").display());
        TestDb {
            store,
            url,
            dir,
            pg_drop: None,
        }
    }

    /// A migrated, brand-new PostgreSQL database, or None when the tests are not pointed at a server.
    pub async fn postgres() -> Option<TestDb> {
        let admin_url = std::env::var(PG_ENV).ok().filter(|u| !u.is_empty())?;
        let name = unique("klaster_t");
        let admin = Store::connect(&admin_url)
            .await
            .unwrap_or_else(|e| panic!("{PG_ENV} is set but: {e}"));
        if let crate::Pool::Postgres(p) = admin.pool() {
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(p)
                .await
                .expect("create the test database");
        }
        admin.close().await;
        let url = replace_db_name(&admin_url, &name);
        let store = Store::connect(&url)
            .await
            .expect("connect to the test database");
        store.migrate().await.expect("migrate PostgreSQL");
        Some(TestDb {
            store,
            url,
            dir: temp_dir(),
            pg_drop: Some((admin_url, name)),
        })
    }

    /// SQLite always, PostgreSQL too when configured: the list every repository test runs over.
    pub async fn all() -> Vec<TestDb> {
        let mut dbs = vec![TestDb::sqlite().await];
        if let Some(pg) = TestDb::postgres().await {
            dbs.push(pg);
        }
        dbs
    }
}

/// `postgres://u@h:5432/test?x=y` → the same URL with another database name.
pub fn replace_db_name(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let after_scheme = base.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match base[after_scheme..].find('/') {
        Some(slash) => &base[..after_scheme + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{db}?{q}"),
        None => format!("{base}/{db}"),
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        if let Some((admin_url, name)) = self.pg_drop.take() {
            // Drop runs inside the test's runtime; a separate thread with its own runtime may block.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                rt.block_on(async {
                    let admin = Store::connect(&admin_url).await.ok()?;
                    if let crate::Pool::Postgres(p) = admin.pool() {
                        let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                            "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                        )))
                        .execute(p)
                        .await;
                    }
                    admin.close().await;
                    Some(())
                })
            })
            .join();
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn replaces_database_names() {
        use super::replace_db_name as r;
        assert_eq!(
            r("postgres://u@127.0.0.1:5432/test", "x"),
            "postgres://u@127.0.0.1:5432/x"
        );
        assert_eq!(
            r("postgres://u@h/test?sslmode=disable", "x"),
            "postgres://u@h/x?sslmode=disable"
        );
        assert_eq!(r("postgres://u@h", "x"), "postgres://u@h/x");
    }
}
