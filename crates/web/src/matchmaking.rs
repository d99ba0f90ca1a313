//! The matchmaking service: keeps the embeddings of organisations and published cooperation
//! profiles in step with the database and answers partner and NACE suggestions through the
//! `klaster-matching` engine. Without a model file it still answers, from shared terms and codes,
//! and says that semantic matching is off.
//!
//! * Texts: an organisation has one text per description language (name, description,
//!   keywords); a profile one per text language (title, summary, description). Each is stored
//!   in the `embeddings` table under `org:ID` / `profile:ID` and its language, with the SHA-256
//!   of the text and the model's id: only new or changed texts are embedded again.
//! * A background worker ([`Matchmaker::start`]) syncs at start and after every
//!   [`Matchmaker::touch`]; the in-memory [`PartnerEngine`] is updated document by document.
//! * NACE suggestions rank the classes (level 4; the divisions when the classes are not
//!   installed) by their English title and note, whatever the description's language; their
//!   vectors are stored under `nace:CODE` and computed once per database.

use crate::auth::sha256_hex;
use klaster_domain::marketplace::{CooperationProfile, ProfileStatus};
use klaster_domain::matchmaking::StoredEmbedding;
use klaster_domain::{DomainError, DomainResult, Id, Organisation, Repository};
use klaster_embed::{Embedder, InputKind};
use klaster_matching::partners::{PartnerDoc, PartnerEngine, PartnerOptions, PartnerQuery, Side};
use klaster_matching::{CachedEmbedder, MatcherOptions, Query, TextMatcher};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use tokio::sync::{Mutex, Notify};

/// Stored with every vector: vectors of another model are recomputed.
pub const MODEL_ID: &str = "multilingual-e5-small/query";
/// Texts embedded per batch (and per `spawn_blocking`).
const BATCH: usize = 32;
/// Dimension of the engine's vectors when there is no model (no vectors at all then).
const NO_MODEL_DIM: usize = 384;

pub struct Matchmaker {
    model: Option<Arc<dyn Embedder>>,
    /// Why semantic matching is on or off, for status lines and logs.
    model_status: String,
    wake: Notify,
    syncing: Mutex<()>,
    synced: AtomicBool,
    state: RwLock<Inner>,
    /// NACE documents' vectors by text, loaded from the database once.
    nace_vectors: Mutex<Option<HashMap<String, Vec<f32>>>>,
}

struct Inner {
    engine: PartnerEngine,
    /// Profiles that are not published: subjects, never candidates.
    drafts: HashMap<String, PartnerDoc>,
    info: HashMap<String, SubjectInfo>,
    embedded: usize,
}

/// What a page or the API shows of a suggested organisation or profile.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SubjectInfo {
    /// `org:12` or `profile:7`.
    pub id: String,
    pub org_id: Id,
    /// The organisation's name or the profile's title (in its first language).
    pub name: String,
    /// Organisation kind (`cluster`, ...) or profile kind (`technology_offer`, ...).
    pub kind: String,
    pub country: String,
    pub url: String,
}

/// One reason for a suggestion.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SuggestionSignal {
    /// `semantic`, `complementarity`, `taxonomy`, `technology`, `geography` or `cooperation`.
    pub name: String,
    pub value: f32,
    pub weight: f32,
    /// `value × weight`: what it added to the score.
    pub contribution: f32,
    /// The evidence: `pl → bg`, `value chain: 27 → 35`, the shared keywords, a project.
    pub detail: String,
}

/// A suggested partner with its explanation.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SuggestedPartner {
    #[serde(flatten)]
    pub candidate: SubjectInfo,
    pub score: f32,
    pub signals: Vec<SuggestionSignal>,
    /// True when the subject's organisation dismissed it (only listed when asked for).
    pub dismissed: bool,
}

/// What a sync did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SyncReport {
    /// Organisations and profiles known to the engine.
    pub subjects: usize,
    /// Texts sent to the model.
    pub embedded: usize,
    /// Subjects whose stored vectors were deleted.
    pub removed: usize,
}

fn join(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `org:12` → ("org", 12).
pub fn parse_subject(s: &str) -> Option<(&str, Id)> {
    let (kind, id) = s.split_once(':')?;
    let id: Id = id.parse().ok()?;
    matches!(kind, "org" | "profile").then_some((kind, id))
}

/// The texts to embed of an organisation: (language, text).
fn org_texts(o: &Organisation) -> Vec<(String, String)> {
    let kw = o.keywords.join(", ");
    if o.descriptions.is_empty() {
        let lang = o.languages.first().map(|l| l.as_str()).unwrap_or("");
        return vec![(lang.to_string(), join(&[&o.name, &kw]))];
    }
    o.descriptions
        .iter()
        .map(|d| (d.lang.as_str().to_string(), join(&[&o.name, &d.text, &kw])))
        .collect()
}

fn profile_texts(p: &CooperationProfile) -> Vec<(String, String)> {
    p.input
        .texts
        .iter()
        .map(|t| {
            (
                t.lang.as_str().to_string(),
                join(&[&t.title, &t.summary, &t.description]),
            )
        })
        .collect()
}

fn org_doc(o: &Organisation) -> (PartnerDoc, SubjectInfo) {
    let id = format!("org:{}", o.id);
    let mut d = PartnerDoc::new(id.clone(), o.id, Side::Organisation, o.kind.code());
    d.nace = o.nace.iter().map(|c| c.as_str().to_string()).collect();
    d.keywords = o.keywords.clone();
    d.country = o.country.as_str().to_string();
    d.nuts = o.nuts.as_ref().map(|n| n.as_str().to_string());
    let info = SubjectInfo {
        id,
        org_id: o.id,
        name: o.name.clone(),
        kind: o.kind.code().to_string(),
        country: d.country.clone(),
        url: format!("/organisations/{}", o.id),
    };
    (d, info)
}

fn profile_doc(p: &CooperationProfile) -> (PartnerDoc, SubjectInfo) {
    use klaster_domain::marketplace::ProfileSide;
    let id = format!("profile:{}", p.id);
    let side = match p.input.kind.side() {
        ProfileSide::Offer => Side::Offer,
        ProfileSide::Request => Side::Request,
        ProfileSide::Search => Side::Search,
    };
    let mut d = PartnerDoc::new(id.clone(), p.org_id, side, p.input.kind.code());
    d.nace = p
        .input
        .nace
        .iter()
        .map(|c| c.as_str().to_string())
        .collect();
    d.keywords = p.input.keywords.clone();
    d.country = p.org_country.clone();
    d.target_countries = p
        .input
        .target_countries
        .iter()
        .map(|c| c.as_str().to_string())
        .collect();
    d.target_regions = p
        .input
        .target_regions
        .iter()
        .map(|c| c.as_str().to_string())
        .collect();
    let info = SubjectInfo {
        id,
        org_id: p.org_id,
        name: p
            .input
            .texts
            .first()
            .map(|t| t.title.clone())
            .unwrap_or_default(),
        kind: p.input.kind.code().to_string(),
        country: d.country.clone(),
        url: format!("/marketplace/{}", p.id),
    };
    (d, info)
}

fn internal(e: impl std::fmt::Display) -> DomainError {
    DomainError::Internal(e.to_string())
}

impl Matchmaker {
    pub fn new(model: Option<Arc<dyn Embedder>>, model_status: String) -> Self {
        let dim = model.as_ref().map(|m| m.dim()).unwrap_or(NO_MODEL_DIM);
        Matchmaker {
            model,
            model_status,
            wake: Notify::new(),
            syncing: Mutex::new(()),
            synced: AtomicBool::new(false),
            state: RwLock::new(Inner {
                engine: PartnerEngine::new(dim, PartnerOptions::default()),
                drafts: HashMap::new(),
                info: HashMap::new(),
                embedded: 0,
            }),
            nace_vectors: Mutex::new(None),
        }
    }

    /// True when the multilingual model is loaded.
    pub fn semantic_enabled(&self) -> bool {
        self.model.is_some()
    }

    pub fn model_status(&self) -> &str {
        &self.model_status
    }

    /// Something suggestions depend on changed (a profile was saved, published, withdrawn...).
    pub fn touch(&self) {
        self.wake.notify_one();
    }

    /// True once the first sync finished (until then pages say suggestions are being computed).
    pub fn ready(&self) -> bool {
        self.synced.load(Ordering::Acquire)
    }

    /// Texts with a stored vector (for the status line).
    pub fn subjects_embedded(&self) -> usize {
        self.state.read().unwrap().embedded
    }

    /// Starts the background worker: a sync now and after every [`Matchmaker::touch`].
    pub fn start(self: &Arc<Self>, repo: Arc<dyn Repository>) {
        let me = Arc::clone(self);
        tokio::spawn(async move {
            loop {
                match me.sync_now(&*repo).await {
                    Ok(r) => tracing::debug!(
                        subjects = r.subjects,
                        embedded = r.embedded,
                        removed = r.removed,
                        "partner suggestions in sync"
                    ),
                    Err(e) => tracing::warn!("partner suggestions: sync failed: {e}"),
                }
                me.wake.notified().await;
            }
        });
    }

    /// Brings the stored vectors and the engine in step with the database: embeds missing and
    /// changed texts, deletes the vectors of subjects that are gone.
    pub async fn sync_now(&self, repo: &dyn Repository) -> DomainResult<SyncReport> {
        let _one_at_a_time = self.syncing.lock().await;
        let orgs = repo.all_orgs().await?;
        let profiles = repo
            .profiles(&[
                ProfileStatus::Draft,
                ProfileStatus::Submitted,
                ProfileStatus::Published,
            ])
            .await?;
        let coops = repo.cooperations().await?;
        // (doc, info, texts, is a candidate)
        #[allow(clippy::type_complexity)]
        let mut subjects: Vec<(PartnerDoc, SubjectInfo, Vec<(String, String)>, bool)> =
            Vec::with_capacity(orgs.len() + profiles.len());
        for o in &orgs {
            let (d, i) = org_doc(o);
            subjects.push((d, i, org_texts(o), true));
        }
        for p in &profiles {
            let (d, i) = profile_doc(p);
            subjects.push((d, i, profile_texts(p), p.status == ProfileStatus::Published));
        }
        let mut report = SyncReport {
            subjects: subjects.len(),
            ..Default::default()
        };
        let mut vectors: HashMap<(String, String), Vec<f32>> = HashMap::new();
        let mut embedded_total = 0;
        if let Some(model) = &self.model {
            let mut stored: HashMap<(String, String), StoredEmbedding> = HashMap::new();
            for prefix in ["org:", "profile:"] {
                for e in repo.embeddings(prefix).await? {
                    stored.insert((e.subject.clone(), e.lang.clone()), e);
                }
            }
            let wanted: HashSet<(String, String)> = subjects
                .iter()
                .flat_map(|(d, _, texts, _)| texts.iter().map(|(l, _)| (d.id.clone(), l.clone())))
                .collect();
            // Subjects gone, or with a language no longer there: delete their rows.
            let mut stale: Vec<String> = stored
                .keys()
                .filter(|k| !wanted.contains(*k))
                .map(|(s, _)| s.clone())
                .collect();
            stale.sort();
            stale.dedup();
            if !stale.is_empty() {
                repo.delete_embeddings(&stale).await?;
                stored.retain(|(s, _), _| !stale.contains(s));
                report.removed = stale.len();
            }
            let mut missing: Vec<(String, String, String, String)> = Vec::new();
            for (d, _, texts, _) in &subjects {
                for (lang, text) in texts {
                    let hash = sha256_hex(text);
                    match stored.remove(&(d.id.clone(), lang.clone())) {
                        Some(e) if e.text_hash == hash && e.model == MODEL_ID => {
                            vectors.insert((d.id.clone(), lang.clone()), e.vector);
                        }
                        _ => missing.push((d.id.clone(), lang.clone(), text.clone(), hash)),
                    }
                }
            }
            report.embedded = missing.len();
            for r in embed_and_store(model, repo, &missing, "organisations and profiles").await? {
                vectors.insert((r.subject, r.lang), r.vector);
            }
            embedded_total = vectors.len();
        }
        let mut inner = self.state.write().unwrap();
        let keep: HashSet<String> = subjects
            .iter()
            .filter(|s| s.3)
            .map(|s| s.0.id.clone())
            .collect();
        let gone: Vec<String> = inner
            .engine
            .ids()
            .filter(|id| !keep.contains(*id))
            .cloned()
            .collect();
        for id in gone {
            inner.engine.remove(&id);
        }
        inner.drafts.clear();
        inner.info.clear();
        for (mut d, info, texts, candidate) in subjects {
            d.vectors = texts
                .into_iter()
                .filter_map(|(l, _)| {
                    let v = vectors.remove(&(d.id.clone(), l.clone()))?;
                    Some((l, v))
                })
                .collect();
            inner.info.insert(info.id.clone(), info);
            if candidate {
                inner.engine.upsert(d);
            } else {
                inner.drafts.insert(d.id.clone(), d);
            }
        }
        inner
            .engine
            .set_cooperations(coops.into_iter().map(|c| (c.org_a, c.org_b, c.label)));
        inner.embedded = embedded_total;
        drop(inner);
        self.synced.store(true, Ordering::Release);
        Ok(report)
    }

    /// The vectors of texts kept outside the engine (e.g. brokerage profiles), stored in the
    /// `embeddings` table under subjects that start with `namespace` (`brokerage:12:`):
    /// unchanged texts are read back, new and changed ones embedded and stored, and stored
    /// subjects of the namespace that are no longer given deleted. `texts` are (subject, key,
    /// text), the key naming the text within its subject (`offer`). `None` without the model.
    pub async fn namespace_vectors(
        &self,
        repo: &dyn Repository,
        namespace: &str,
        texts: &[(String, String, String)],
    ) -> DomainResult<Option<HashMap<(String, String), Vec<f32>>>> {
        let Some(model) = &self.model else {
            return Ok(None);
        };
        let mut stored: HashMap<(String, String), StoredEmbedding> = repo
            .embeddings(namespace)
            .await?
            .into_iter()
            .map(|e| ((e.subject.clone(), e.lang.clone()), e))
            .collect();
        let wanted: HashSet<&str> = texts.iter().map(|(s, _, _)| s.as_str()).collect();
        let mut gone: Vec<String> = stored
            .keys()
            .map(|(s, _)| s.clone())
            .filter(|s| !wanted.contains(s.as_str()))
            .collect();
        gone.sort();
        gone.dedup();
        if !gone.is_empty() {
            repo.delete_embeddings(&gone).await?;
        }
        let mut vectors = HashMap::new();
        let mut missing = Vec::new();
        for (subject, key, text) in texts {
            let hash = sha256_hex(text);
            match stored.remove(&(subject.clone(), key.clone())) {
                Some(e) if e.text_hash == hash && e.model == MODEL_ID => {
                    vectors.insert((subject.clone(), key.clone()), e.vector);
                }
                _ => missing.push((subject.clone(), key.clone(), text.clone(), hash)),
            }
        }
        for r in embed_and_store(model, repo, &missing, namespace).await? {
            vectors.insert((r.subject, r.lang), r.vector);
        }
        Ok(Some(vectors))
    }

    /// Display information of an organisation or profile the engine knows.
    pub fn info(&self, id: &str) -> Option<SubjectInfo> {
        self.state.read().unwrap().info.get(id).cloned()
    }

    /// Ranked partner suggestions for `subject` (`org:ID` or `profile:ID`), without the
    /// dismissed ones (listed after the others, marked, when `with_dismissed`). A subject the
    /// engine has not seen yet (created since the last sync) is described from the database,
    /// without its texts' vectors.
    pub async fn partners(
        &self,
        repo: &dyn Repository,
        subject: &str,
        k: usize,
        cross_border: bool,
        with_dismissed: bool,
    ) -> DomainResult<Vec<SuggestedPartner>> {
        let (kind, id) = parse_subject(subject).ok_or(DomainError::NotFound)?;
        let known = {
            let inner = self.state.read().unwrap();
            inner
                .engine
                .get(subject)
                .or_else(|| inner.drafts.get(subject))
                .cloned()
        };
        let doc = match known {
            Some(d) => d,
            None => match kind {
                "org" => org_doc(&repo.org(id).await?.ok_or(DomainError::NotFound)?).0,
                _ => profile_doc(&repo.profile(id).await?.ok_or(DomainError::NotFound)?).0,
            },
        };
        // An organisation is also represented by its published offers and requests, so that a
        // request meeting one of its offers is suggested to the organisation too.
        let own_profiles: Vec<String> = if kind == "org" {
            repo.profiles_of_org(id)
                .await?
                .into_iter()
                .filter(|p| p.status == klaster_domain::marketplace::ProfileStatus::Published)
                .map(|p| format!("profile:{}", p.id))
                .collect()
        } else {
            Vec::new()
        };
        let dismissed: HashSet<String> = repo
            .dismissed_suggestions(subject)
            .await?
            .into_iter()
            .collect();
        let inner = self.state.read().unwrap();
        let k = k.clamp(1, 100);
        let mut q = PartnerQuery {
            k,
            cross_border,
            exclude: HashSet::new(),
        };
        if !with_dismissed {
            q.exclude = dismissed.clone();
        }
        let mut best: HashMap<String, klaster_matching::Candidate> = HashMap::new();
        let own_docs = own_profiles.iter().filter_map(|p| inner.engine.get(p));
        for d in std::iter::once(&doc).chain(own_docs) {
            for c in inner.engine.suggest(d, &q) {
                if best.get(&c.id).is_none_or(|b| c.score > b.score) {
                    best.insert(c.id.clone(), c);
                }
            }
        }
        let mut ranked: Vec<klaster_matching::Candidate> = best.into_values().collect();
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
        ranked.truncate(k);
        let mut out: Vec<SuggestedPartner> = ranked
            .into_iter()
            .filter_map(|c| {
                let info = inner.info.get(&c.id)?.clone();
                Some(SuggestedPartner {
                    dismissed: dismissed.contains(&c.id),
                    candidate: info,
                    score: c.score,
                    signals: c
                        .signals
                        .iter()
                        .map(|s| SuggestionSignal {
                            name: s.name.clone(),
                            value: s.value,
                            weight: s.weight,
                            contribution: s.contribution(),
                            detail: s.detail.clone(),
                        })
                        .collect(),
                })
            })
            .collect();
        out.sort_by_key(|s| s.dismissed);
        Ok(out)
    }

    /// The `k` NACE classes that best describe a free text in any language, best first.
    pub async fn suggest_nace(
        &self,
        repo: &dyn Repository,
        text: &str,
        lang: Option<&str>,
        k: usize,
    ) -> DomainResult<Vec<NaceSuggestion>> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DomainError::field("text", "describe the activity"));
        }
        // Every class in each interface language: a query then meets texts of its own language
        // as well as the others, and each language's statistics are known (language centring,
        // hubness reduction), as in `klaster bench match-nace`.
        let level = if repo.nace("en", Some(4)).await?.is_empty() {
            2
        } else {
            4
        };
        let mut by_code: BTreeMap<String, Vec<klaster_matching::DocText>> = BTreeMap::new();
        for l in NACE_LANGS {
            for e in repo.nace(l, Some(level)).await? {
                if e.label.trim().is_empty() {
                    continue;
                }
                by_code
                    .entry(e.code)
                    .or_default()
                    .push(klaster_matching::DocText {
                        lang: Some(l.to_string()),
                        parts: vec![e.label, e.includes],
                    });
            }
        }
        let docs: Vec<klaster_matching::Document> = by_code
            .into_iter()
            .map(|(code, texts)| klaster_matching::Document {
                id: code.clone(),
                texts,
                codes: vec![code],
            })
            .collect();
        let k = k.clamp(1, 50);
        let options = MatcherOptions {
            // Short descriptions match a class's title better than its long note: the best
            // part counts half.
            part_weight: 0.5,
            // Free-text queries are short and of any language: centring and hubness reduction,
            // tuned on long notes, made them worse here.
            center_languages: false,
            csls_k: 0,
            ..MatcherOptions::default()
        };
        let query = Query::text(text, lang);
        let Some(model) = self.model.clone() else {
            let m = TextMatcher::build(None, docs, &[], options).map_err(internal)?;
            return Ok(m
                .search(&query, k)
                .map_err(internal)?
                .into_iter()
                .map(nace_suggestion)
                .collect());
        };
        // The classes' vectors: from memory, else from the database, else computed (and stored).
        let mut guard = self.nace_vectors.lock().await;
        if guard.is_none() {
            let stored = repo.embeddings("nace:").await?;
            let by_hash: HashMap<(String, String), Vec<f32>> = stored
                .into_iter()
                .filter(|e| e.model == MODEL_ID)
                .map(|e| ((e.subject, e.text_hash), e.vector))
                .collect();
            let mut known = HashMap::new();
            for d in &docs {
                for (_, text) in nace_texts(d) {
                    if let Some(v) = by_hash.get(&(format!("nace:{}", d.id), sha256_hex(&text))) {
                        known.insert(text, v.clone());
                    }
                }
            }
            *guard = Some(known);
        }
        let known = guard.as_ref().unwrap().clone();
        let docs2 = docs.clone();
        let (ranked, fresh) = tokio::task::spawn_blocking(move || {
            let cache = CachedEmbedder::new(&*model);
            for (t, v) in known {
                cache.insert(InputKind::Query, &t, v);
            }
            let m = TextMatcher::build(Some(&cache), docs2, &[], options)?;
            let ranked = m.search(&query, k)?;
            Ok::<_, klaster_matching::Error>((ranked, cache.entries(InputKind::Query)))
        })
        .await
        .map_err(internal)?
        .map_err(internal)?;
        let cache = guard.as_mut().unwrap();
        let mut rows = Vec::new();
        for d in &docs {
            for (key, text) in nace_texts(d) {
                if cache.contains_key(&text) {
                    continue;
                }
                if let Some(v) = fresh.get(&text) {
                    rows.push(StoredEmbedding {
                        subject: format!("nace:{}", d.id),
                        lang: key,
                        text_hash: sha256_hex(&text),
                        model: MODEL_ID.into(),
                        vector: v.clone(),
                    });
                    cache.insert(text, v.clone());
                }
            }
        }
        if !rows.is_empty() {
            tracing::info!("stored the vectors of {} NACE classes", rows.len());
            repo.put_embeddings(&rows).await?;
        }
        Ok(ranked.into_iter().map(nace_suggestion).collect())
    }
}

/// Embeds (subject, key, text, text hash) in batches off the async threads and stores the
/// vectors; `what` names the texts in the progress log.
async fn embed_and_store(
    model: &Arc<dyn Embedder>,
    repo: &dyn Repository,
    missing: &[(String, String, String, String)],
    what: &str,
) -> DomainResult<Vec<StoredEmbedding>> {
    let total = missing.len();
    let mut out = Vec::with_capacity(total);
    for (done, batch) in missing.chunks(BATCH).enumerate() {
        let texts: Vec<String> = batch.iter().map(|m| m.2.clone()).collect();
        let m = Arc::clone(model);
        let vs = tokio::task::spawn_blocking(move || {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            m.embed(&refs, InputKind::Query)
        })
        .await
        .map_err(internal)?
        .map_err(internal)?;
        let rows: Vec<StoredEmbedding> = batch
            .iter()
            .zip(vs)
            .map(|((subject, lang, _, hash), vector)| StoredEmbedding {
                subject: subject.clone(),
                lang: lang.clone(),
                text_hash: hash.clone(),
                model: MODEL_ID.into(),
                vector,
            })
            .collect();
        repo.put_embeddings(&rows).await?;
        out.extend(rows);
        let n = (done * BATCH + batch.len()).min(total);
        tracing::info!("embedding {what} {n}/{total}");
    }
    Ok(out)
}

fn nace_suggestion(c: klaster_matching::Candidate) -> NaceSuggestion {
    NaceSuggestion {
        explanation: c.explain(),
        code: c.id,
        score: c.score,
    }
}

/// Every text of a NACE class the matcher embeds, with its key in the `embeddings` table: the
/// whole text under its language (`pl`), each part (title, note) under `pl#0`, `pl#1`.
fn nace_texts(d: &klaster_matching::Document) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for t in &d.texts {
        let lang = t.lang.clone().unwrap_or_default();
        out.push((lang.clone(), t.whole()));
        for (i, p) in t.parts.iter().enumerate() {
            if !p.trim().is_empty() {
                out.push((format!("{lang}#{i}"), p.trim().to_string()));
            }
        }
    }
    out
}

/// The languages NACE classes are matched in (those of the interface).
const NACE_LANGS: [&str; 3] = ["en", "pl", "bg"];

/// A suggested NACE class with why it was suggested.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct NaceSuggestion {
    pub code: String,
    pub score: f32,
    /// Signals in words, e.g. `semantic 0.84 × 1.00 (pl → en)`.
    pub explanation: String,
}
