//! Stored embeddings, dismissed suggestions and who worked with whom, for the matchmaking engine.

use crate::{db_err, now, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::matchmaking::*;
use klaster_domain::{DomainResult, Id};
use std::collections::{BTreeMap, BTreeSet};

fn to_bytes(v: &[f32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

fn from_bytes(b: &[u8]) -> Vec<f32> {
    b.chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// Every pair of distinct organisations within each group, once.
fn pairs(groups: BTreeMap<(String, String), BTreeSet<Id>>, out: &mut Vec<Cooperation>) {
    for ((via, label), orgs) in groups {
        let orgs: Vec<Id> = orgs.into_iter().collect();
        for (i, &a) in orgs.iter().enumerate() {
            for &b in &orgs[i + 1..] {
                out.push(Cooperation {
                    org_a: a,
                    org_b: b,
                    via: via.clone(),
                    label: label.clone(),
                });
            }
        }
    }
}

/// Events with more organisations than this are conferences, not cooperation.
const MAX_EVENT_ORGS: usize = 60;

#[async_trait]
impl MatchmakingRepo for Store {
    async fn embeddings(&self, prefix: &str) -> DomainResult<Vec<StoredEmbedding>> {
        let like = format!("{}%", prefix.replace('%', ""));
        let rows: Vec<(String, String, String, String, Vec<u8>)> = with_pool!(self, p => sqlx::query_as(
            "SELECT subject, lang, text_hash, model, vector FROM embeddings WHERE subject LIKE $1 ORDER BY subject, lang",
        )
        .bind(&like)
        .fetch_all(p)
        .await)
        .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .map(
                |(subject, lang, text_hash, model, vector)| StoredEmbedding {
                    subject,
                    lang,
                    text_hash,
                    model,
                    vector: from_bytes(&vector),
                },
            )
            .collect())
    }

    async fn put_embeddings(&self, rows: &[StoredEmbedding]) -> DomainResult<()> {
        let t = now();
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            for r in rows {
                sqlx::query(
                    "INSERT INTO embeddings (subject, lang, text_hash, model, vector, updated_at) VALUES ($1, $2, $3, $4, $5, $6) \
                     ON CONFLICT (subject, lang) DO UPDATE SET text_hash = excluded.text_hash, model = excluded.model, \
                     vector = excluded.vector, updated_at = excluded.updated_at",
                )
                .bind(&r.subject)
                .bind(&r.lang)
                .bind(&r.text_hash)
                .bind(&r.model)
                .bind(to_bytes(&r.vector))
                .bind(t)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            }
            tx.commit().await.map_err(db_err)
        })
    }

    async fn delete_embeddings(&self, subjects: &[String]) -> DomainResult<()> {
        with_pool!(self, p => {
            let mut tx = p.begin().await.map_err(db_err)?;
            for s in subjects {
                sqlx::query("DELETE FROM embeddings WHERE subject = $1")
                    .bind(s)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
            }
            tx.commit().await.map_err(db_err)
        })
    }

    async fn dismiss_suggestion(
        &self,
        subject: &str,
        candidate: &str,
        by: Option<Id>,
    ) -> DomainResult<()> {
        with_pool!(self, p => sqlx::query(
            "INSERT INTO suggestion_dismissals (subject, candidate, dismissed_by, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT DO NOTHING",
        )
        .bind(subject)
        .bind(candidate)
        .bind(by)
        .bind(now())
        .execute(p)
        .await
        .map(|_| ()))
        .map_err(db_err)
    }

    async fn undo_dismissal(&self, subject: &str, candidate: &str) -> DomainResult<bool> {
        let n = with_pool!(self, p => sqlx::query("DELETE FROM suggestion_dismissals WHERE subject = $1 AND candidate = $2")
            .bind(subject).bind(candidate).execute(p).await.map(|r| r.rows_affected()))
        .map_err(db_err)?;
        Ok(n > 0)
    }

    async fn dismissed_suggestions(&self, subject: &str) -> DomainResult<Vec<String>> {
        with_pool!(self, p => sqlx::query_scalar("SELECT candidate FROM suggestion_dismissals WHERE subject = $1 ORDER BY candidate")
            .bind(subject).fetch_all(p).await)
        .map_err(db_err)
    }

    async fn cooperations(&self) -> DomainResult<Vec<Cooperation>> {
        // (group key, label, organisation) for projects, meta-clusters and events.
        let rows: Vec<(String, String, i64)> = with_pool!(self, p => sqlx::query_as(
            "SELECT 'project:' || CAST(p.id AS TEXT), p.acronym, pp.org_id FROM project_partners pp \
               JOIN projects p ON p.id = pp.project_id WHERE pp.org_id IS NOT NULL \
             UNION SELECT 'meta_cluster:' || CAST(m.id AS TEXT), m.name, mm.org_id FROM meta_cluster_members mm \
               JOIN meta_clusters m ON m.id = mm.meta_cluster_id WHERE mm.state = 'member' \
             UNION SELECT 'event:' || CAST(e.id AS TEXT), e.title, eo.org_id FROM event_organisers eo \
               JOIN events e ON e.id = eo.event_id \
             UNION SELECT 'event:' || CAST(e.id AS TEXT), e.title, r.org_id FROM registrations r \
               JOIN events e ON e.id = r.event_id WHERE r.org_id IS NOT NULL AND r.status = 'confirmed'",
        )
        .fetch_all(p)
        .await)
        .map_err(db_err)?;
        let mut groups: BTreeMap<(String, String), BTreeSet<Id>> = BTreeMap::new();
        for (via, label, org) in rows {
            groups.entry((via, label)).or_default().insert(org);
        }
        groups.retain(|(via, _), orgs| !via.starts_with("event:") || orgs.len() <= MAX_EVENT_ORGS);
        let mut out = Vec::new();
        pairs(groups, &mut out);
        Ok(out)
    }
}
