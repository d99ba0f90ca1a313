//! A small migration runner over embedded SQL files, one list per backend.

use crate::{now, with_pool, Store, StoreError};

struct Migration {
    version: i64,
    name: &'static str,
    sql: &'static str,
}

const SQLITE: &[Migration] = &[
    Migration {
        version: 1,
        name: "foundation",
        sql: include_str!("../migrations/sqlite/0001_foundation.sql"),
    },
    Migration {
        version: 2,
        name: "events",
        sql: include_str!("../migrations/sqlite/0002_events.sql"),
    },
    Migration {
        version: 3,
        name: "projects",
        sql: include_str!("../migrations/sqlite/0003_projects.sql"),
    },
    Migration {
        version: 4,
        name: "marketplace",
        sql: include_str!("../migrations/sqlite/0004_marketplace.sql"),
    },
    Migration {
        version: 5,
        name: "brokerage",
        sql: include_str!("../migrations/sqlite/0005_brokerage.sql"),
    },
    Migration {
        version: 6,
        name: "surveys",
        sql: include_str!("../migrations/sqlite/0006_surveys.sql"),
    },
    Migration {
        version: 7,
        name: "policy",
        sql: include_str!("../migrations/sqlite/0007_policy.sql"),
    },
];

const POSTGRES: &[Migration] = &[
    Migration {
        version: 1,
        name: "foundation",
        sql: include_str!("../migrations/postgres/0001_foundation.sql"),
    },
    Migration {
        version: 2,
        name: "events",
        sql: include_str!("../migrations/postgres/0002_events.sql"),
    },
    Migration {
        version: 3,
        name: "projects",
        sql: include_str!("../migrations/postgres/0003_projects.sql"),
    },
    Migration {
        version: 4,
        name: "marketplace",
        sql: include_str!("../migrations/postgres/0004_marketplace.sql"),
    },
    Migration {
        version: 5,
        name: "brokerage",
        sql: include_str!("../migrations/postgres/0005_brokerage.sql"),
    },
    Migration {
        version: 6,
        name: "surveys",
        sql: include_str!("../migrations/postgres/0006_surveys.sql"),
    },
    Migration {
        version: 7,
        name: "policy",
        sql: include_str!("../migrations/postgres/0007_policy.sql"),
    },
];

pub(crate) async fn run(store: &Store) -> Result<usize, StoreError> {
    let fail = |e: sqlx::Error| StoreError::Migrate(e.to_string());
    let list = match store.backend() {
        crate::Backend::Sqlite => SQLITE,
        crate::Backend::Postgres => POSTGRES,
    };
    with_pool!(store, pool => {
        sqlx::raw_sql(
            "CREATE TABLE IF NOT EXISTS klaster_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
        )
        .execute(pool)
        .await
        .map_err(fail)?;
        let mut applied = 0;
        for m in list {
            let mut tx = pool.begin().await.map_err(fail)?;
            // Taken inside the transaction so two processes starting at once cannot both apply it.
            let done: Option<i64> = sqlx::query_scalar("SELECT version FROM klaster_migrations WHERE version = $1")
                .bind(m.version)
                .fetch_optional(&mut *tx)
                .await
                .map_err(fail)?;
            if done.is_some() {
                continue;
            }
            sqlx::raw_sql(m.sql)
                .execute(&mut *tx)
                .await
                .map_err(|e| StoreError::Migrate(format!("{} ({}): {e}", m.version, m.name)))?;
            sqlx::query("INSERT INTO klaster_migrations (version, name, applied_at) VALUES ($1, $2, $3)")
                .bind(m.version)
                .bind(m.name)
                .bind(now())
                .execute(&mut *tx)
                .await
                .map_err(fail)?;
            tx.commit().await.map_err(fail)?;
            applied += 1;
        }
        Ok(applied)
    })
}
