//! NACE classes as documents of the engine ("suggest NACE codes for a description") and the
//! cross-lingual retrieval benchmark of issue 5 (`klaster bench match-nace`).

use crate::cache::CachedEmbedder;
use crate::text::{DocText, Document, MatcherOptions, Query, TextMatcher};
use crate::Error;
use klaster_domain::NaceEntry;
use klaster_embed::Embedder;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// NACE classes (level 4) of one language as documents: title, then the "includes" note.
pub fn nace_documents(entries: &[NaceEntry]) -> Vec<Document> {
    entries
        .iter()
        .filter(|e| e.level == 4)
        .map(|e| Document {
            id: e.code.clone(),
            texts: vec![DocText {
                lang: Some(e.lang.clone()),
                parts: vec![e.label.clone(), e.includes.clone()],
            }],
            codes: vec![e.code.clone()],
        })
        .collect()
}

/// The NACE files of a directory by language: `nace2_LL.csv` (preferred) or
/// `ramon_NACE_REV2_LL.csv`.
pub fn nace_files(dir: &Path) -> Result<BTreeMap<String, PathBuf>, Error> {
    let mut out: BTreeMap<String, PathBuf> = BTreeMap::new();
    let rd = std::fs::read_dir(dir).map_err(|e| Error::Io(dir.to_path_buf(), e))?;
    let mut ramon = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| Error::Io(dir.to_path_buf(), e))?;
        let name = entry.file_name().to_string_lossy().to_string();
        let lang_of = |prefix: &str| {
            name.strip_prefix(prefix)
                .and_then(|r| r.strip_suffix(".csv"))
                .filter(|l| (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_lowercase()))
                .map(str::to_string)
        };
        if let Some(l) = lang_of("nace2_") {
            out.insert(l, entry.path());
        } else if let Some(l) = lang_of("ramon_NACE_REV2_") {
            ramon.push((l, entry.path()));
        }
    }
    for (l, p) in ramon {
        out.entry(l).or_insert(p);
    }
    Ok(out)
}

/// Reads the classes (level 4) of one language.
pub fn load_nace_classes(path: &Path, lang: &str) -> Result<Vec<NaceEntry>, Error> {
    let f = std::fs::File::open(path).map_err(|e| Error::Io(path.to_path_buf(), e))?;
    let all = klaster_vocab::parse_nace_csv(std::io::BufReader::new(f), lang)
        .map_err(|e| Error::Vocab(e.in_file(path).to_string()))?;
    Ok(all.into_iter().filter(|e| e.level == 4).collect())
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairReport {
    pub from: String,
    pub to: String,
    pub queries: usize,
    pub recall_at_1: f64,
    pub recall_at_10: f64,
    pub mrr: f64,
}

/// `{"pairs": [...], "seconds": s}` — scripts rely on this shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchNaceReport {
    pub pairs: Vec<PairReport>,
    pub seconds: f64,
}

impl fmt::Display for MatchNaceReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "pair     queries  recall@1  recall@10    MRR")?;
        for p in &self.pairs {
            writeln!(
                f,
                "{:<8} {:>7}  {:>8.3}  {:>9.3}  {:>5.3}",
                format!("{}:{}", p.from, p.to),
                p.queries,
                p.recall_at_1,
                p.recall_at_10,
                p.mrr
            )?;
        }
        write!(f, "wall time {:.1} s", self.seconds)
    }
}

/// Parses `en:pl,pl:bg` into pairs.
pub fn parse_pairs(s: &str) -> Result<Vec<(String, String)>, Error> {
    s.split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|p| match p.trim().split_once(':') {
            Some((a, b)) if !a.is_empty() && !b.is_empty() => Ok((a.to_string(), b.to_string())),
            _ => Err(Error::Invalid(format!(
                "bad pair '{p}': expected FROM:TO, e.g. pl:bg"
            ))),
        })
        .collect()
}

/// Issue 5's `match-nace` benchmark with the engine's settings ([`MatcherOptions::default`]).
pub fn bench_match_nace(
    nace_dir: &Path,
    pairs: &[(String, String)],
    embedder: &dyn Embedder,
    progress: &mut dyn FnMut(&str),
) -> Result<MatchNaceReport, Error> {
    bench_match_nace_with(
        nace_dir,
        pairs,
        embedder,
        &MatcherOptions::default(),
        progress,
    )
}

/// The benchmark with given engine options ([`MatcherOptions::plain`] = the plain model).
///
/// Items are the NACE classes. Query for class c in language X: its "includes" note in X
/// (classes with an empty note are skipped). Document for c in Y: title + " " + note in Y.
/// Every query of X is ranked against all documents of Y by [`TextMatcher::search_many`] —
/// the engine's own path; the per-language statistics are calibrated on the documents of all
/// languages loaded. Each distinct text is embedded once.
pub fn bench_match_nace_with(
    nace_dir: &Path,
    pairs: &[(String, String)],
    embedder: &dyn Embedder,
    options: &MatcherOptions,
    progress: &mut dyn FnMut(&str),
) -> Result<MatchNaceReport, Error> {
    let start = Instant::now();
    let files = nace_files(nace_dir)?;
    let mut langs: Vec<&str> = pairs
        .iter()
        .flat_map(|(a, b)| [a.as_str(), b.as_str()])
        .collect();
    langs.sort();
    langs.dedup();
    let mut classes: BTreeMap<String, Vec<NaceEntry>> = BTreeMap::new();
    for l in &langs {
        let path = files.get(*l).ok_or_else(|| {
            Error::Invalid(format!(
                "no NACE file for '{l}' in {} (expected nace2_{l}.csv or ramon_NACE_REV2_{l}.csv)",
                nace_dir.display()
            ))
        })?;
        let c = load_nace_classes(path, l)?;
        progress(&format!("{l}: {} classes from {}", c.len(), path.display()));
        classes.insert(l.to_string(), c);
    }
    let cached = CachedEmbedder::new(embedder);
    let docs_of: BTreeMap<&str, Vec<Document>> = classes
        .iter()
        .map(|(l, c)| (l.as_str(), nace_documents(c)))
        .collect();
    let mut out = Vec::new();
    let mut matchers: BTreeMap<String, TextMatcher> = BTreeMap::new();
    for (from, to) in pairs {
        if !matchers.contains_key(to) {
            let calibration_texts: Vec<(String, String)> = docs_of
                .iter()
                .filter(|(l, _)| **l != to.as_str())
                .flat_map(|(l, ds)| ds.iter().map(move |d| (l.to_string(), d.texts[0].whole())))
                .collect();
            let calibration: Vec<(&str, &str)> = calibration_texts
                .iter()
                .map(|(l, t)| (l.as_str(), t.as_str()))
                .collect();
            let t0 = Instant::now();
            let m = TextMatcher::build(
                Some(&cached),
                docs_of[to.as_str()].clone(),
                &calibration,
                options.clone(),
            )?;
            progress(&format!(
                "indexed {} documents in {to} ({:.1} s, {} texts embedded so far)",
                m.documents().len(),
                t0.elapsed().as_secs_f64(),
                cached.computed()
            ));
            matchers.insert(to.clone(), m);
        }
        let m = &matchers[to];
        let queries: Vec<(String, Query)> = classes[from.as_str()]
            .iter()
            .filter(|e| !e.includes.trim().is_empty())
            .map(|e| (e.code.clone(), Query::text(e.includes.clone(), Some(from))))
            .collect();
        let qs: Vec<Query> = queries.iter().map(|(_, q)| q.clone()).collect();
        let t0 = Instant::now();
        let ranked = m.search_many(&qs, m.documents().len())?;
        let (mut r1, mut r10, mut mrr) = (0usize, 0usize, 0f64);
        for ((code, _), cands) in queries.iter().zip(&ranked) {
            if let Some(pos) = cands.iter().position(|c| &c.id == code) {
                r1 += (pos == 0) as usize;
                r10 += (pos < 10) as usize;
                mrr += 1.0 / (pos + 1) as f64;
            }
        }
        let n = queries.len().max(1) as f64;
        let p = PairReport {
            from: from.clone(),
            to: to.clone(),
            queries: queries.len(),
            recall_at_1: r1 as f64 / n,
            recall_at_10: r10 as f64 / n,
            mrr: mrr / n,
        };
        progress(&format!(
            "{from}:{to}: {} queries, recall@1 {:.3}, recall@10 {:.3}, MRR {:.3} ({:.1} s)",
            p.queries,
            p.recall_at_1,
            p.recall_at_10,
            p.mrr,
            t0.elapsed().as_secs_f64()
        ));
        out.push(p);
    }
    Ok(MatchNaceReport {
        pairs: out,
        seconds: start.elapsed().as_secs_f64(),
    })
}
