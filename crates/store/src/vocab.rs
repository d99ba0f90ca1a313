//! Reference vocabularies: countries, NUTS regions, NACE codes with labels per language.

use crate::{db_err, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::*;

type NaceRow = (String, i32, Option<String>, String, String, String);

fn nace_entries(rows: Vec<NaceRow>) -> Vec<NaceEntry> {
    rows.into_iter()
        .map(|(code, level, parent, lang, label, includes)| NaceEntry {
            code,
            level: level as u8,
            parent,
            lang,
            label,
            includes,
        })
        .collect()
}

/// Labels in the asked language where they exist, English otherwise (the COALESCE pair).
const NACE_SELECT: &str = "SELECT c.code, c.level, c.parent, COALESCE(l.lang, e.lang, ''), COALESCE(l.label, e.label, c.code), \
     COALESCE(l.includes, e.includes, '') FROM nace_codes c \
     LEFT JOIN nace_labels l ON l.code = c.code AND l.lang = $1 \
     LEFT JOIN nace_labels e ON e.code = c.code AND e.lang = 'en'";

#[async_trait]
impl VocabRepo for Store {
    async fn upsert_countries(&self, countries: &[Country]) -> DomainResult<()> {
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            for c in countries {
                sqlx::query(
                    "INSERT INTO countries (code, name_en, name_pl, name_bg) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (code) DO UPDATE SET name_en = $2, name_pl = $3, name_bg = $4",
                )
                .bind(&c.code)
                .bind(&c.name_en)
                .bind(&c.name_pl)
                .bind(&c.name_bg)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            }
            tx.commit().await.map_err(db_err)
        })
    }

    async fn countries(&self) -> DomainResult<Vec<Country>> {
        let rows: Vec<(String, String, String, String)> =
            with_pool!(self, p => sqlx::query_as("SELECT code, name_en, name_pl, name_bg FROM countries ORDER BY code").fetch_all(p).await)
                .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(code, name_en, name_pl, name_bg)| Country {
                code,
                name_en,
                name_pl,
                name_bg,
            })
            .collect())
    }

    async fn upsert_nuts(&self, regions: &[NutsRegion]) -> DomainResult<()> {
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            for r in regions {
                sqlx::query(
                    "INSERT INTO nuts_regions (code, country, level, name) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (code) DO UPDATE SET country = $2, level = $3, name = $4",
                )
                .bind(&r.code)
                .bind(&r.country)
                .bind(r.level as i32)
                .bind(&r.name)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            }
            tx.commit().await.map_err(db_err)
        })
    }

    async fn nuts_regions(
        &self,
        country: Option<&str>,
        level: Option<u8>,
    ) -> DomainResult<Vec<NutsRegion>> {
        let rows: Vec<(String, String, i32, String)> = with_pool!(self, p => sqlx::query_as(
            "SELECT code, country, level, name FROM nuts_regions WHERE ($1 IS NULL OR country = $1) AND ($2 IS NULL OR level = $2) ORDER BY code",
        )
        .bind(country)
        .bind(level.map(i32::from))
        .fetch_all(p)
        .await)
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(|(code, country, level, name)| NutsRegion {
                code,
                country,
                level: level as u8,
                name,
            })
            .collect())
    }

    async fn nuts_region(&self, code: &str) -> DomainResult<Option<NutsRegion>> {
        let row: Option<(String, String, i32, String)> = with_pool!(self, p => sqlx::query_as(
            "SELECT code, country, level, name FROM nuts_regions WHERE code = $1",
        )
        .bind(code)
        .fetch_optional(p)
        .await)
        .map_err(db_err)?;
        Ok(row.map(|(code, country, level, name)| NutsRegion {
            code,
            country,
            level: level as u8,
            name,
        }))
    }

    async fn upsert_nace(&self, entries: &[NaceEntry]) -> DomainResult<()> {
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            for e in entries {
                sqlx::query(
                    "INSERT INTO nace_codes (code, level, parent) VALUES ($1, $2, $3) ON CONFLICT (code) DO UPDATE SET level = $2, parent = $3",
                )
                .bind(&e.code)
                .bind(e.level as i32)
                .bind(e.parent.as_deref())
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                sqlx::query(
                    "INSERT INTO nace_labels (code, lang, label, includes) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (code, lang) DO UPDATE SET label = $3, includes = CASE WHEN $4 = '' THEN nace_labels.includes ELSE $4 END",
                )
                .bind(&e.code)
                .bind(&e.lang)
                .bind(&e.label)
                .bind(&e.includes)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            }
            tx.commit().await.map_err(db_err)
        })
    }

    async fn nace(&self, lang: &str, level: Option<u8>) -> DomainResult<Vec<NaceEntry>> {
        let sql =
            format!("{NACE_SELECT} WHERE ($2 IS NULL OR c.level = $2) ORDER BY c.level, c.code");
        let rows: Vec<NaceRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(lang).bind(level.map(i32::from)).fetch_all(p).await)
            .map_err(db_err)?;
        Ok(nace_entries(rows))
    }

    async fn nace_entry(&self, code: &str, lang: &str) -> DomainResult<Option<NaceEntry>> {
        let sql = format!("{NACE_SELECT} WHERE c.code = $2");
        let rows: Vec<NaceRow> = with_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(lang).bind(code).fetch_all(p).await).map_err(db_err)?;
        Ok(nace_entries(rows).into_iter().next())
    }

    async fn nace_label_counts(&self) -> DomainResult<Vec<(String, i64)>> {
        with_pool!(self, p => sqlx::query_as("SELECT lang, COUNT(*) FROM nace_labels GROUP BY lang ORDER BY lang").fetch_all(p).await)
            .map_err(db_err)
    }
}
