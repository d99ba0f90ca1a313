//! Partner suggestions: organisations (`org:ID`) and published cooperation profiles
//! (`profile:ID`) ranked for a subject (an organisation or a profile) with an explanation.
//!
//! Candidates come from the vector index ([`ExactIndex`] on small platforms, [`IvfIndex`] above
//! [`PartnerOptions::ivf_threshold`] vectors), plus the documents that share a NACE division, a
//! value-chain division or a keyword with the subject; the index is updated document by
//! document ([`PartnerEngine::upsert`], [`PartnerEngine::remove`]). Every candidate is then
//! rescored with all signals:
//!
//! * `semantic`: the best cosine between the subject's texts and the candidate's (any languages;
//!   the language's mean vector is subtracted once a language has enough texts, as in
//!   [`crate::TextMatcher`]); detail `pl → bg`;
//! * `complementarity`: an offer meets a request (of the same kind: technology ↔ technology is
//!   worth more than business ↔ technology), partner searches meet partner searches; detail
//!   `technology_offer ↔ technology_request`;
//! * `taxonomy`: shared or hierarchically related NACE codes, or a value chain from a small
//!   curated table of divisions ([`VALUE_CHAINS`]); detail `35.11`, `35.11 ~ 35.12` or
//!   `value chain: 27 → 35`;
//! * `technology`: shared keywords; detail the shared terms;
//! * `geography`: with `cross_border` only other countries are candidates and the signal says
//!   `PL → BG`; otherwise a small bonus when the candidate is in a target country or region;
//! * `cooperation`: the two organisations already worked together (project, event); detail its
//!   name.

use crate::ivf::{IvfIndex, IvfOptions};
use crate::lexical::code_relatedness;
use crate::signal::{Candidate, Signal};
use crate::vector::{dot, normalize, ExactIndex, VectorIndex};
use std::collections::{HashMap, HashSet};

/// The side of the market a document is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Offer,
    Request,
    Search,
    Organisation,
}

/// An organisation or a cooperation profile as the engine sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerDoc {
    /// `org:12` or `profile:7`.
    pub id: String,
    /// The organisation that owns it (itself for an organisation).
    pub owner_org: i64,
    pub side: Side,
    /// The profile kind (`technology_offer`, ...) or the organisation kind (`cluster`, ...).
    pub kind: String,
    /// (language, unit vector) per text; empty without a model.
    pub vectors: Vec<(String, Vec<f32>)>,
    pub nace: Vec<String>,
    pub keywords: Vec<String>,
    /// ISO 3166 alpha-2.
    pub country: String,
    pub nuts: Option<String>,
    pub target_countries: Vec<String>,
    pub target_regions: Vec<String>,
}

impl PartnerDoc {
    /// A document without vectors, codes or keywords (fill in what applies).
    pub fn new(id: impl Into<String>, owner_org: i64, side: Side, kind: &str) -> Self {
        PartnerDoc {
            id: id.into(),
            owner_org,
            side,
            kind: kind.into(),
            vectors: Vec::new(),
            nace: Vec::new(),
            keywords: Vec::new(),
            country: String::new(),
            nuts: None,
            target_countries: Vec::new(),
            target_regions: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PartnerOptions {
    pub semantic_weight: f32,
    pub complementarity_weight: f32,
    pub taxonomy_weight: f32,
    pub technology_weight: f32,
    pub geography_weight: f32,
    pub cooperation_weight: f32,
    /// A language's mean vector is subtracted from its vectors once it has this many texts
    /// (else the mean of all texts, once there are this many; else nothing).
    pub min_stat_texts: usize,
    /// Without centring, model cosines start high (unrelated texts ≈ 0.75 with E5); the
    /// semantic value is `(cos − floor) / (1 − floor)`, clamped to 0..1.
    pub raw_floor: f32,
    /// From this many vectors on, an IVF index replaces exact search.
    pub ivf_threshold: usize,
    /// Vector hits taken per subject text before rescoring (at least 10 × k).
    pub candidates: usize,
    /// Candidates with a total score below this are not suggested.
    pub min_score: f32,
}

impl Default for PartnerOptions {
    fn default() -> Self {
        PartnerOptions {
            semantic_weight: 0.5,
            complementarity_weight: 0.2,
            taxonomy_weight: 0.15,
            technology_weight: 0.1,
            geography_weight: 0.05,
            cooperation_weight: 0.05,
            min_stat_texts: 50,
            raw_floor: 0.75,
            ivf_threshold: 20_000,
            candidates: 300,
            min_score: 0.01,
        }
    }
}

/// Divisions (or groups) whose activities feed one another: (supplier, customer, strength).
/// Matching is by code prefix, in both directions; the detail keeps the table's direction.
pub const VALUE_CHAINS: &[(&str, &str, f32)] = &[
    ("01", "10", 0.6),   // farming feeds food processing
    ("03", "10", 0.6),   // fishing feeds food processing
    ("10", "56", 0.5),   // food products feed restaurants
    ("10", "46", 0.4),   // ... and wholesale
    ("02", "16", 0.6),   // forestry feeds wood products
    ("16", "31", 0.6),   // wood feeds furniture
    ("17", "18", 0.5),   // paper feeds printing
    ("20", "22", 0.5),   // chemicals feed plastics
    ("20", "21", 0.5),   // chemicals feed pharmaceuticals
    ("24", "25", 0.5),   // metals feed metal products
    ("25", "28", 0.5),   // metal products feed machinery
    ("22", "29", 0.4),   // plastics feed vehicles
    ("29", "45", 0.5),   // vehicles feed their trade and repair
    ("26", "27", 0.5),   // electronics feed electrical equipment
    ("27", "35", 0.6),   // electrical equipment feeds energy
    ("28", "35", 0.5),   // turbines, boilers feed energy
    ("26", "35", 0.5),   // power electronics feed energy
    ("38", "35", 0.5),   // waste feeds energy recovery
    ("35", "43", 0.4),   // energy installations are built
    ("71", "41", 0.5),   // engineering designs buildings
    ("71", "42", 0.5),   // ... and civil engineering
    ("41", "43", 0.5),   // construction and its trades
    ("55", "79", 0.6),   // accommodation and travel agencies
    ("56", "79", 0.4),   // restaurants and travel agencies
    ("21", "86", 0.6),   // pharmaceuticals serve health
    ("26.6", "86", 0.6), // electromedical equipment serves health
    ("32.5", "86", 0.6), // medical instruments serve health
    ("72", "86", 0.5),   // research serves health
    ("72", "21", 0.5),   // research serves pharmaceuticals
    ("72", "26", 0.4),   // research serves electronics
    ("72", "27", 0.4),   // ... electrical equipment
    ("62", "26", 0.4),   // digital serves manufacturing and services
    ("62", "27", 0.4),
    ("62", "28", 0.4),
    ("62", "29", 0.4),
    ("62", "35", 0.4),
    ("62", "46", 0.4),
    ("62", "47", 0.4),
    ("62", "49", 0.4),
    ("62", "52", 0.4),
    ("62", "64", 0.4),
    ("62", "85", 0.4),
    ("62", "86", 0.4),
    ("62", "10", 0.3),
    ("62", "25", 0.3),
    ("62", "79", 0.3),
    ("63", "62", 0.5),
    ("52", "49", 0.5), // warehousing and transport
    ("01", "46", 0.4), // farming and wholesale
];

fn starts(code: &str, prefix: &str) -> bool {
    // A division (`26`) must not match `260`; a group (`26.6`) covers its classes (`26.60`).
    code.starts_with(prefix)
        && (prefix.contains('.')
            || code.len() == prefix.len()
            || !code.as_bytes()[prefix.len()].is_ascii_digit())
}

/// The strongest value-chain relation between two codes, with its direction `a → b`.
pub fn value_chain(a: &str, b: &str) -> Option<(f32, String)> {
    let mut best: Option<(f32, String)> = None;
    for &(from, to, w) in VALUE_CHAINS {
        let hit = (starts(a, from) && starts(b, to)) || (starts(b, from) && starts(a, to));
        if hit && best.as_ref().is_none_or(|(v, _)| w > *v) {
            best = Some((w, format!("value chain: {from} → {to}")));
        }
    }
    best
}

/// Taxonomy relatedness of two code lists: the best pair, with its explanation.
pub fn taxonomy(a: &[String], b: &[String]) -> Option<(f32, String)> {
    let mut best: Option<(f32, String)> = None;
    for x in a {
        for y in b {
            let r = code_relatedness(x, y);
            let cand = if r > 0.0 {
                Some((
                    r,
                    if x == y {
                        x.clone()
                    } else {
                        format!("{x} ~ {y}")
                    },
                ))
            } else {
                value_chain(x, y)
            };
            if let Some(c) = cand {
                if best.as_ref().is_none_or(|(v, _)| c.0 > *v) {
                    best = Some(c);
                }
            }
        }
    }
    best
}

/// `technology` of `technology_offer`, `rnd` of `rnd_partner_search`.
fn topic(kind: &str) -> &str {
    kind.split('_').next().unwrap_or(kind)
}

/// Offer ↔ request (same topic 1.0, else 0.6); search ↔ search (same kind 1.0, else 0.5).
pub fn complementarity(a: &PartnerDoc, b: &PartnerDoc) -> Option<(f32, String)> {
    use Side::*;
    let v = match (a.side, b.side) {
        (Offer, Request) | (Request, Offer) => {
            if topic(&a.kind) == topic(&b.kind) {
                1.0
            } else {
                0.6
            }
        }
        (Search, Search) => {
            if a.kind == b.kind {
                1.0
            } else {
                0.5
            }
        }
        _ => return None,
    };
    Some((v, format!("{} ↔ {}", a.kind, b.kind)))
}

fn norm_kw(k: &str) -> String {
    k.trim().to_lowercase()
}

/// Shared keywords: |shared| / √(|a|·|b|), with the shared terms.
pub fn technology(a: &[String], b: &[String]) -> Option<(f32, Vec<String>)> {
    let sa: HashSet<String> = a
        .iter()
        .map(|k| norm_kw(k))
        .filter(|k| !k.is_empty())
        .collect();
    let sb: HashSet<String> = b
        .iter()
        .map(|k| norm_kw(k))
        .filter(|k| !k.is_empty())
        .collect();
    let mut shared: Vec<String> = sa.intersection(&sb).cloned().collect();
    if shared.is_empty() {
        return None;
    }
    shared.sort();
    let v = shared.len() as f32 / ((sa.len() * sb.len()) as f32).sqrt();
    Some((v.min(1.0), shared))
}

/// A subject's text: language, vector, centred vector (when centring is on).
type SubjectVec = (String, Vec<f32>, Option<Vec<f32>>);

enum Index {
    Exact(ExactIndex),
    Ivf(Box<IvfIndex>),
}

impl Index {
    fn as_dyn(&self) -> &dyn VectorIndex {
        match self {
            Index::Exact(i) => i,
            Index::Ivf(i) => i.as_ref(),
        }
    }
    fn as_dyn_mut(&mut self) -> &mut dyn VectorIndex {
        match self {
            Index::Exact(i) => i,
            Index::Ivf(i) => i.as_mut(),
        }
    }
}

/// The query: a subject and what to leave out.
#[derive(Debug, Clone, Default)]
pub struct PartnerQuery {
    pub k: usize,
    /// Only candidates from other countries than the subject's.
    pub cross_border: bool,
    /// Ids never to suggest (dismissed suggestions, ...).
    pub exclude: HashSet<String>,
}

/// Per-language sums for centring.
#[derive(Debug, Clone, Default)]
struct LangStats {
    sums: HashMap<String, (Vec<f64>, usize)>,
    all: (Vec<f64>, usize),
}

impl LangStats {
    fn add(&mut self, lang: &str, v: &[f32], sign: f64) {
        let dim = v.len();
        let e = self
            .sums
            .entry(lang.to_string())
            .or_insert_with(|| (vec![0.0; dim], 0));
        e.0.iter_mut()
            .zip(v)
            .for_each(|(a, b)| *a += sign * *b as f64);
        if self.all.0.len() != dim {
            self.all.0 = vec![0.0; dim];
        }
        self.all
            .0
            .iter_mut()
            .zip(v)
            .for_each(|(a, b)| *a += sign * *b as f64);
        if sign > 0.0 {
            e.1 += 1;
            self.all.1 += 1;
        } else {
            e.1 = e.1.saturating_sub(1);
            self.all.1 = self.all.1.saturating_sub(1);
        }
    }
}

/// The partner engine: documents, their vectors in an index, and the signals' side tables.
pub struct PartnerEngine {
    options: PartnerOptions,
    dim: usize,
    docs: HashMap<String, PartnerDoc>,
    rows_of: HashMap<String, Vec<u32>>,
    doc_of_row: HashMap<u32, String>,
    next_row: u32,
    index: Index,
    by_division: HashMap<String, HashSet<String>>,
    by_keyword: HashMap<String, HashSet<String>>,
    stats: LangStats,
    /// Organisation pair (smaller id first) → where they worked together.
    cooperations: HashMap<(i64, i64), Vec<String>>,
}

fn division(code: &str) -> String {
    code.chars().take(2).collect()
}

impl PartnerEngine {
    pub fn new(dim: usize, options: PartnerOptions) -> Self {
        PartnerEngine {
            options,
            dim,
            docs: HashMap::new(),
            rows_of: HashMap::new(),
            doc_of_row: HashMap::new(),
            next_row: 0,
            index: Index::Exact(ExactIndex::new(dim)),
            by_division: HashMap::new(),
            by_keyword: HashMap::new(),
            stats: LangStats::default(),
            cooperations: HashMap::new(),
        }
    }

    pub fn options(&self) -> &PartnerOptions {
        &self.options
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Number of indexed vectors.
    pub fn vectors(&self) -> usize {
        self.doc_of_row.len()
    }

    /// True once the approximate index serves candidate generation.
    pub fn uses_ivf(&self) -> bool {
        matches!(self.index, Index::Ivf(_))
    }

    pub fn get(&self, id: &str) -> Option<&PartnerDoc> {
        self.docs.get(id)
    }

    pub fn ids(&self) -> impl Iterator<Item = &String> {
        self.docs.keys()
    }

    /// Who worked with whom: (organisation, organisation, label), e.g. a project's acronym.
    pub fn set_cooperations(&mut self, pairs: impl IntoIterator<Item = (i64, i64, String)>) {
        self.cooperations.clear();
        for (a, b, label) in pairs {
            let key = (a.min(b), a.max(b));
            let l = self.cooperations.entry(key).or_default();
            if !l.contains(&label) {
                l.push(label);
            }
        }
    }

    /// Adds or replaces a document; unchanged documents cost nothing.
    pub fn upsert(&mut self, doc: PartnerDoc) {
        if self.docs.get(&doc.id) == Some(&doc) {
            return;
        }
        self.remove(&doc.id.clone());
        let mut rows = Vec::new();
        for (lang, v) in &doc.vectors {
            if v.len() != self.dim {
                continue;
            }
            let row = self.next_row;
            self.next_row += 1;
            self.index.as_dyn_mut().upsert(row, v);
            self.doc_of_row.insert(row, doc.id.clone());
            self.stats.add(lang, v, 1.0);
            rows.push(row);
        }
        self.rows_of.insert(doc.id.clone(), rows);
        for c in &doc.nace {
            self.by_division
                .entry(division(c))
                .or_default()
                .insert(doc.id.clone());
        }
        for k in &doc.keywords {
            self.by_keyword
                .entry(norm_kw(k))
                .or_default()
                .insert(doc.id.clone());
        }
        self.docs.insert(doc.id.clone(), doc);
        self.maybe_switch_to_ivf();
    }

    /// Removes a document; false when it was absent.
    pub fn remove(&mut self, id: &str) -> bool {
        let Some(doc) = self.docs.remove(id) else {
            return false;
        };
        for row in self.rows_of.remove(id).unwrap_or_default() {
            self.index.as_dyn_mut().remove(row);
            self.doc_of_row.remove(&row);
        }
        for (lang, v) in &doc.vectors {
            if v.len() == self.dim {
                self.stats.add(lang, v, -1.0);
            }
        }
        for c in &doc.nace {
            if let Some(s) = self.by_division.get_mut(&division(c)) {
                s.remove(id);
            }
        }
        for k in &doc.keywords {
            if let Some(s) = self.by_keyword.get_mut(&norm_kw(k)) {
                s.remove(id);
            }
        }
        true
    }

    fn maybe_switch_to_ivf(&mut self) {
        let Index::Exact(exact) = &self.index else {
            return;
        };
        let n = exact.len();
        if n < self.options.ivf_threshold.max(1) {
            return;
        }
        // Train on (up to) 50 000 of the stored vectors, then move every vector over once.
        let step = (n / 50_000).max(1);
        let mut sample = Vec::new();
        for (i, &id) in exact.ids().iter().enumerate() {
            if i % step == 0 {
                sample.extend_from_slice(exact.get(id).unwrap());
            }
        }
        let mut ivf = IvfIndex::train(self.dim, &sample, IvfOptions::for_size(n));
        let ids: Vec<u32> = exact.ids().to_vec();
        let mut data = Vec::with_capacity(n * self.dim);
        for &id in &ids {
            data.extend_from_slice(exact.get(id).unwrap());
        }
        ivf.add_batch(&ids, &data);
        self.index = Index::Ivf(Box::new(ivf));
    }

    fn centre(&self, lang: &str, v: &[f32]) -> Option<Vec<f32>> {
        let min = self.options.min_stat_texts.max(1);
        let (sum, n) = match self.stats.sums.get(lang) {
            Some((s, n)) if *n >= min => (s, *n),
            _ if self.stats.all.1 >= min => (&self.stats.all.0, self.stats.all.1),
            _ => return None,
        };
        let mut out: Vec<f32> = v
            .iter()
            .zip(sum)
            .map(|(x, s)| x - (*s / n as f64) as f32)
            .collect();
        normalize(&mut out);
        Some(out)
    }

    /// Semantic value of the best text pair, with the language pair.
    fn semantic(&self, subject: &[SubjectVec], cand: &PartnerDoc) -> Option<(f32, String)> {
        let mut best: Option<(f32, String)> = None;
        for (la, va, ca) in subject {
            for (lb, vb) in &cand.vectors {
                if vb.len() != va.len() {
                    continue;
                }
                let value = match (ca, self.centre(lb, vb)) {
                    (Some(ca), Some(cb)) => dot(ca, &cb).max(0.0),
                    _ => {
                        let f = self.options.raw_floor;
                        ((dot(va, vb) - f) / (1.0 - f)).clamp(0.0, 1.0)
                    }
                };
                if best.as_ref().is_none_or(|(v, _)| value > *v) {
                    best = Some((value, format!("{la} → {lb}")));
                }
            }
        }
        best
    }

    /// Ranked candidates for `subject` (which need not be indexed itself, e.g. a draft).
    pub fn suggest(&self, subject: &PartnerDoc, q: &PartnerQuery) -> Vec<Candidate> {
        let o = &self.options;
        let k = q.k.max(1);
        // Candidate generation.
        let mut ids: HashSet<&str> = HashSet::new();
        let want = o.candidates.max(10 * k);
        if self.docs.len() <= want {
            ids.extend(self.docs.keys().map(String::as_str));
        } else {
            for (_, v) in &subject.vectors {
                if v.len() == self.dim {
                    for h in self.index.as_dyn().search(v, want) {
                        if let Some(d) = self.doc_of_row.get(&h.id) {
                            ids.insert(d);
                        }
                    }
                }
            }
            let mut divisions: HashSet<String> = subject.nace.iter().map(|c| division(c)).collect();
            for c in &subject.nace {
                for &(from, to, _) in VALUE_CHAINS {
                    if starts(c, from) {
                        divisions.insert(division(to));
                    }
                    if starts(c, to) {
                        divisions.insert(division(from));
                    }
                }
            }
            for d in &divisions {
                if let Some(s) = self.by_division.get(d) {
                    ids.extend(s.iter().take(want).map(String::as_str));
                }
            }
            for kw in &subject.keywords {
                if let Some(s) = self.by_keyword.get(&norm_kw(kw)) {
                    ids.extend(s.iter().take(want).map(String::as_str));
                }
            }
            for (a, b) in self.cooperations.keys() {
                let other = if *a == subject.owner_org {
                    *b
                } else if *b == subject.owner_org {
                    *a
                } else {
                    continue;
                };
                let key = format!("org:{other}");
                if let Some((key, _)) = self.docs.get_key_value(&key) {
                    ids.insert(key);
                }
            }
        }
        let subject_vecs: Vec<SubjectVec> = subject
            .vectors
            .iter()
            .filter(|(_, v)| v.len() == self.dim)
            .map(|(l, v)| (l.clone(), v.clone(), self.centre(l, v)))
            .collect();
        let mut out: Vec<Candidate> = ids
            .into_iter()
            .filter_map(|id| self.docs.get(id))
            .filter(|d| {
                d.id != subject.id
                    && d.owner_org != subject.owner_org
                    && !q.exclude.contains(&d.id)
                    && !(q.cross_border && d.country.eq_ignore_ascii_case(&subject.country))
            })
            .filter_map(|d| {
                let c = self.score(subject, &subject_vecs, d, q.cross_border);
                (c.score >= o.min_score).then_some(c)
            })
            .collect();
        crate::signal::best_first(&mut out, k);
        out
    }

    fn score(
        &self,
        s: &PartnerDoc,
        svecs: &[SubjectVec],
        d: &PartnerDoc,
        cross_border: bool,
    ) -> Candidate {
        let o = &self.options;
        let mut signals = Vec::new();
        let mut push = |name: &str, value: f32, weight: f32, detail: String| {
            if value > 0.0 && weight != 0.0 {
                signals.push(Signal {
                    name: name.into(),
                    value,
                    weight,
                    detail,
                });
            }
        };
        if let Some((v, detail)) = self.semantic(svecs, d) {
            push("semantic", v, o.semantic_weight, detail);
        }
        if let Some((v, detail)) = complementarity(s, d) {
            push("complementarity", v, o.complementarity_weight, detail);
        }
        if let Some((v, detail)) = taxonomy(&s.nace, &d.nace) {
            push("taxonomy", v, o.taxonomy_weight, detail);
        }
        if let Some((v, shared)) = technology(&s.keywords, &d.keywords) {
            push("technology", v, o.technology_weight, shared.join(", "));
        }
        if cross_border {
            push(
                "geography",
                1.0,
                o.geography_weight,
                format!("{} → {}", s.country, d.country),
            );
        } else if let Some(detail) = geography(s, d) {
            push("geography", 1.0, o.geography_weight, detail);
        }
        let key = (s.owner_org.min(d.owner_org), s.owner_org.max(d.owner_org));
        if let Some(labels) = self.cooperations.get(&key) {
            push("cooperation", 1.0, o.cooperation_weight, labels.join(", "));
        }
        let score = signals.iter().map(Signal::contribution).sum();
        Candidate {
            id: d.id.clone(),
            score,
            signals,
        }
    }
}

/// The candidate is where the subject looks for partners (or the other way round): the
/// matching country or region.
fn geography(s: &PartnerDoc, d: &PartnerDoc) -> Option<String> {
    let in_targets = |who: &PartnerDoc, targets: &PartnerDoc| -> Option<String> {
        if let Some(n) = &who.nuts {
            if let Some(r) = targets
                .target_regions
                .iter()
                .find(|r| !r.is_empty() && n.starts_with(r.as_str()))
            {
                return Some(r.clone());
            }
        }
        targets
            .target_countries
            .iter()
            .find(|c| !who.country.is_empty() && c.eq_ignore_ascii_case(&who.country))
            .cloned()
    };
    in_targets(d, s).or_else(|| in_targets(s, d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng::Rng;

    const DIM: usize = 8;

    fn unit(v: &[f32]) -> Vec<f32> {
        let mut v = v.to_vec();
        v.resize(DIM, 0.0);
        normalize(&mut v);
        v
    }

    fn doc(id: &str, org: i64, side: Side, kind: &str, country: &str) -> PartnerDoc {
        let mut d = PartnerDoc::new(id, org, side, kind);
        d.country = country.into();
        d
    }

    fn opts() -> PartnerOptions {
        PartnerOptions {
            raw_floor: 0.0,
            ..Default::default()
        }
    }

    fn engine(docs: Vec<PartnerDoc>) -> PartnerEngine {
        let mut e = PartnerEngine::new(DIM, opts());
        for d in docs {
            e.upsert(d);
        }
        e
    }

    fn q(k: usize) -> PartnerQuery {
        PartnerQuery {
            k,
            ..Default::default()
        }
    }

    #[test]
    fn semantic_signal_ranks_the_closest_text_and_names_the_languages() {
        let mut a = doc("profile:1", 1, Side::Offer, "technology_offer", "PL");
        a.vectors = vec![("pl".into(), unit(&[1.0, 0.1]))];
        let mut b = doc("profile:2", 2, Side::Offer, "technology_offer", "BG");
        b.vectors = vec![("bg".into(), unit(&[1.0, 0.2]))];
        let mut c = doc("profile:3", 3, Side::Offer, "technology_offer", "DE");
        c.vectors = vec![("de".into(), unit(&[0.0, 1.0]))];
        let e = engine(vec![b, c]);
        let r = e.suggest(&a, &q(5));
        assert_eq!(r[0].id, "profile:2");
        let s = r[0].signal("semantic").unwrap();
        assert_eq!(s.detail, "pl → bg");
        assert!(s.value > 0.9);
        assert!(r.len() == 1 || r[1].score < r[0].score);
    }

    #[test]
    fn complementarity_prefers_offer_meeting_request_of_the_same_kind() {
        let a = doc("profile:1", 1, Side::Offer, "technology_offer", "PL");
        let e = engine(vec![
            doc("profile:2", 2, Side::Request, "technology_request", "BG"),
            doc("profile:3", 3, Side::Request, "business_request", "BG"),
            doc("profile:4", 4, Side::Offer, "technology_offer", "BG"),
        ]);
        let r = e.suggest(&a, &q(5));
        let ids: Vec<&str> = r.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            ["profile:2", "profile:3"],
            "an offer never complements an offer"
        );
        let c = r[0].signal("complementarity").unwrap();
        assert_eq!(c.value, 1.0);
        assert_eq!(c.detail, "technology_offer ↔ technology_request");
        assert!(r[1].signal("complementarity").unwrap().value < 1.0);
        let s1 = doc("profile:5", 5, Side::Search, "rnd_partner_search", "PL");
        let e = engine(vec![doc(
            "profile:6",
            6,
            Side::Search,
            "rnd_partner_search",
            "CZ",
        )]);
        assert_eq!(
            e.suggest(&s1, &q(5))[0]
                .signal("complementarity")
                .unwrap()
                .value,
            1.0
        );
    }

    #[test]
    fn taxonomy_shared_related_and_value_chain_codes() {
        let mut a = doc("org:1", 1, Side::Organisation, "company", "PL");
        a.nace = vec!["27.11".into()];
        let mut same = doc("org:2", 2, Side::Organisation, "company", "PL");
        same.nace = vec!["27.11".into()];
        let mut group = doc("org:3", 3, Side::Organisation, "company", "PL");
        group.nace = vec!["27.12".into()];
        let mut chain = doc("org:4", 4, Side::Organisation, "company", "PL");
        chain.nace = vec!["35.11".into()];
        let mut none = doc("org:5", 5, Side::Organisation, "company", "PL");
        none.nace = vec!["55.10".into()];
        let e = engine(vec![same, group, chain, none]);
        let r = e.suggest(&a, &q(10));
        let ids: Vec<&str> = r.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["org:2", "org:3", "org:4"]);
        assert_eq!(r[0].signal("taxonomy").unwrap().detail, "27.11");
        assert_eq!(r[1].signal("taxonomy").unwrap().detail, "27.11 ~ 27.12");
        assert_eq!(
            r[2].signal("taxonomy").unwrap().detail,
            "value chain: 27 → 35"
        );
        // Both directions, groups as prefixes, and no false prefix (26.60 is not 26.6x's "2").
        assert!(value_chain("35.11", "27.90").is_some());
        assert!(value_chain("55.10", "79.11").is_some());
        assert!(value_chain("26.60", "86.10").is_some());
        assert!(value_chain("62.01", "35.11").is_some());
        assert!(value_chain("01.11", "10.51").is_some());
        assert!(value_chain("26.11", "86.10").is_none());
        assert!(value_chain("55.10", "56.10").is_none());
    }

    #[test]
    fn technology_names_the_shared_keywords() {
        let mut a = doc("profile:1", 1, Side::Offer, "technology_offer", "PL");
        a.keywords = vec![
            "Photovoltaics".into(),
            "battery storage".into(),
            "IoT".into(),
        ];
        let mut b = doc("profile:2", 2, Side::Offer, "technology_offer", "BG");
        b.keywords = vec!["photovoltaics".into(), "iot ".into()];
        let mut c = doc("profile:3", 3, Side::Offer, "technology_offer", "BG");
        c.keywords = vec!["tourism".into()];
        let e = engine(vec![b, c]);
        let r = e.suggest(&a, &q(5));
        assert_eq!(r.len(), 1);
        let t = r[0].signal("technology").unwrap();
        assert_eq!(t.detail, "iot, photovoltaics");
        assert!((t.value - 2.0 / 6f32.sqrt()).abs() < 1e-5);
    }

    #[test]
    fn geography_bonus_and_cross_border_filter() {
        let mut a = doc("profile:1", 1, Side::Offer, "technology_offer", "PL");
        a.target_countries = vec!["BG".into()];
        let home = doc("profile:2", 2, Side::Request, "technology_request", "PL");
        let bg = doc("profile:3", 3, Side::Request, "technology_request", "BG");
        let mut ro = doc("profile:4", 4, Side::Request, "technology_request", "RO");
        ro.nuts = Some("RO11".into());
        let e = engine(vec![home, bg, ro]);
        let r = e.suggest(&a, &q(5));
        assert_eq!(r[0].id, "profile:3");
        assert_eq!(r[0].signal("geography").unwrap().detail, "BG");
        assert!(r.iter().any(|c| c.id == "profile:2"));
        assert!(r[1].signal("geography").is_none());
        let cross = e.suggest(
            &a,
            &PartnerQuery {
                k: 5,
                cross_border: true,
                ..Default::default()
            },
        );
        assert!(cross.iter().all(|c| c.id != "profile:2"), "{cross:?}");
        assert_eq!(cross.len(), 2);
        let ro = cross.iter().find(|c| c.id == "profile:4").unwrap();
        assert_eq!(ro.signal("geography").unwrap().detail, "PL → RO");
        // A target region matches by NUTS prefix.
        let mut b = doc("profile:5", 5, Side::Offer, "technology_offer", "PL");
        b.target_regions = vec!["RO1".into()];
        let r = e.suggest(&b, &q(5));
        let ro = r.iter().find(|c| c.id == "profile:4").unwrap();
        assert_eq!(ro.signal("geography").unwrap().detail, "RO1");
    }

    #[test]
    fn cooperation_is_a_small_bonus_with_its_label() {
        let a = doc("org:1", 1, Side::Organisation, "cluster", "PL");
        let mut b = doc("org:2", 2, Side::Organisation, "cluster", "BG");
        b.nace = vec!["35.11".into()];
        let mut e = engine(vec![
            b,
            doc("org:3", 3, Side::Organisation, "cluster", "CZ"),
        ]);
        assert!(e.suggest(&a, &q(5)).is_empty(), "no signal, no suggestion");
        e.set_cooperations([(2, 1, "ClusterS3".to_string()), (1, 2, "ClusterS3".into())]);
        let r = e.suggest(&a, &q(5));
        assert_eq!(r.len(), 1);
        let c = r[0].signal("cooperation").unwrap();
        assert_eq!(c.detail, "ClusterS3");
        assert!(r[0].score <= 0.051);
    }

    #[test]
    fn exclusions_own_organisation_and_updates() {
        let mut a = doc("profile:1", 1, Side::Offer, "technology_offer", "PL");
        a.nace = vec!["35.11".into()];
        let mut own = doc("org:1", 1, Side::Organisation, "company", "PL");
        own.nace = vec!["35.11".into()];
        let mut own_profile = doc("profile:9", 1, Side::Request, "technology_request", "PL");
        own_profile.nace = vec!["35.11".into()];
        let mut other = doc("profile:2", 2, Side::Request, "technology_request", "BG");
        other.nace = vec!["35.11".into()];
        let mut third = doc("org:3", 3, Side::Organisation, "company", "CZ");
        third.nace = vec!["35.12".into()];
        let mut e = engine(vec![a.clone(), own, own_profile, other.clone(), third]);
        let ids = |r: Vec<Candidate>| r.into_iter().map(|c| c.id).collect::<Vec<_>>();
        assert_eq!(ids(e.suggest(&a, &q(5))), ["profile:2", "org:3"]);
        let mut ex = q(5);
        ex.exclude.insert("profile:2".into());
        assert_eq!(ids(e.suggest(&a, &ex)), ["org:3"]);
        assert!(e.remove("profile:2"));
        assert!(!e.remove("profile:2"));
        assert_eq!(ids(e.suggest(&a, &q(5))), ["org:3"]);
        other.nace = vec!["01.11".into()];
        e.upsert(other);
        let r = e.suggest(&a, &q(5));
        assert_eq!(r[0].id, "profile:2");
        assert!(r[0].signal("taxonomy").is_none(), "changed codes count");
    }

    #[test]
    fn language_centring_once_there_are_enough_texts() {
        // Every "pl" vector carries a strong offset on axis 7, every "bg" one on axis 6: raw
        // cosines say same-language, centred ones find the topic (axis 0 vs 1).
        let mut rng = Rng::new(7);
        let mut e = PartnerEngine::new(
            DIM,
            PartnerOptions {
                min_stat_texts: 10,
                ..opts()
            },
        );
        let mk = |lang: &str, topic: usize, rng: &mut Rng| {
            let mut v = vec![0f32; DIM];
            v[topic] = 1.0;
            v[if lang == "pl" { 7 } else { 6 }] = 2.0;
            for x in v.iter_mut().take(6) {
                *x += 0.05 * rng.normal();
            }
            normalize(&mut v);
            v
        };
        for i in 0..40 {
            for lang in ["pl", "bg"] {
                let mut d = doc(
                    &format!("profile:{lang}{i}"),
                    100 + i,
                    Side::Search,
                    "x",
                    "PL",
                );
                d.vectors = vec![(lang.into(), mk(lang, 2 + (i as usize % 4), &mut rng))];
                e.upsert(d);
            }
        }
        let mut target = doc("profile:bg-target", 7, Side::Search, "x", "BG");
        target.vectors = vec![("bg".into(), mk("bg", 0, &mut rng))];
        e.upsert(target);
        let mut s = doc("profile:pl", 1, Side::Search, "x", "PL");
        s.vectors = vec![("pl".into(), mk("pl", 0, &mut rng))];
        let r = e.suggest(&s, &q(3));
        assert_eq!(r[0].id, "profile:bg-target", "{r:?}");
        assert_eq!(r[0].signal("semantic").unwrap().detail, "pl → bg");
    }

    #[test]
    fn ivf_above_the_threshold_with_upsert_and_remove() {
        let dim = 32;
        let mut rng = Rng::new(3);
        let mut e = PartnerEngine::new(
            dim,
            PartnerOptions {
                ivf_threshold: 500,
                candidates: 50,
                raw_floor: 0.0,
                ..Default::default()
            },
        );
        let mut vs = Vec::new();
        for i in 0..600 {
            let v = rng.unit_vector(dim);
            let mut d = PartnerDoc::new(format!("profile:{i}"), 10 + i, Side::Search, "x");
            d.vectors = vec![("en".into(), v.clone())];
            vs.push(v);
            e.upsert(d);
            assert_eq!(e.uses_ivf(), i + 1 >= 500, "at {i}");
        }
        assert_eq!(e.vectors(), 600);
        let mut s = PartnerDoc::new("profile:q", 1, Side::Search, "x");
        s.vectors = vec![("en".into(), vs[123].clone())];
        assert_eq!(e.suggest(&s, &q(3))[0].id, "profile:123");
        // Replace and remove without a rebuild.
        let mut moved = PartnerDoc::new("profile:123", 133, Side::Search, "x");
        moved.vectors = vec![("en".into(), vs[7].clone())];
        e.upsert(moved);
        assert!(e.remove("profile:7"));
        assert_eq!(e.vectors(), 599);
        let mut s7 = s.clone();
        s7.vectors = vec![("en".into(), vs[7].clone())];
        assert_eq!(e.suggest(&s7, &q(3))[0].id, "profile:123");
        let mut new = PartnerDoc::new("profile:new", 999, Side::Search, "x");
        let nv = rng.unit_vector(dim);
        new.vectors = vec![("en".into(), nv.clone())];
        e.upsert(new);
        s.vectors = vec![("en".into(), nv)];
        assert_eq!(e.suggest(&s, &q(3))[0].id, "profile:new");
        assert!(e.uses_ivf());
    }
}
