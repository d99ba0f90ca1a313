//! The engine's text-matching path: documents (partner profiles, NACE classes, ...) with texts
//! in any languages, ranked for a query text by semantic similarity (the multilingual model),
//! shared terms and shared codes, each candidate with its explanation.
//!
//! Semantic scoring, in order (each step is an option, see [`MatcherOptions`]):
//! 1. every text is embedded with the E5 `query: ` prefix on both sides (symmetric,
//!    profile-to-profile similarity); texts longer than the model's window are split into
//!    sentence-aligned windows whose vectors are averaged;
//! 2. **language centring**: the mean vector of each language's texts (indexed documents plus any
//!    calibration texts) is subtracted from that language's vectors, which are then renormalised.
//!    Multilingual encoders put a language-specific offset on every vector; removing it makes
//!    cross-lingual cosines comparable;
//! 3. optionally the document's parts (title, body) are embedded on their own too and the best
//!    part's cosine is mixed with the whole text's;
//! 4. optionally **hubness reduction** (CSLS): a document close to everything ("hub") has
//!    the mean of its `k` best cosines to texts of other languages subtracted (half of it, so the
//!    value stays on the cosine scale).
//!
//! Search is exact (contiguous f32 matrix, brute force): right for a platform's profiles and for
//! code lists; [`crate::IvfIndex`] serves the large case.

use crate::lexical::{code_relatedness, LexicalIndex};
use crate::signal::{Candidate, Signal};
use crate::vector::{dot, normalize};
use crate::Error;
use klaster_embed::{Embedder, InputKind};
use std::collections::HashMap;

/// One text of a document in one language, in parts (e.g. title, then description).
#[derive(Debug, Clone, PartialEq)]
pub struct DocText {
    /// BCP-47-ish language tag (`pl`, `bg`); `None` when unknown.
    pub lang: Option<String>,
    pub parts: Vec<String>,
}

impl DocText {
    pub fn whole(&self) -> String {
        self.parts
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Something to suggest: a profile, an organisation, a NACE class.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub id: String,
    /// One or more texts (several languages allowed); the best one counts.
    pub texts: Vec<DocText>,
    /// Taxonomy codes (NACE) for the taxonomy signal.
    pub codes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Query {
    pub text: String,
    pub lang: Option<String>,
    pub codes: Vec<String>,
}

impl Query {
    pub fn text(text: impl Into<String>, lang: Option<&str>) -> Self {
        Query {
            text: text.into(),
            lang: lang.map(str::to_string),
            codes: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MatcherOptions {
    pub semantic_weight: f32,
    pub lexical_weight: f32,
    pub taxonomy_weight: f32,
    /// Subtract each language's mean vector (step 2).
    pub center_languages: bool,
    /// Weight of the best part's cosine against the whole text's (step 3); 0 = whole text only.
    pub part_weight: f32,
    /// Neighbours for hubness reduction (step 4); 0 = off.
    pub csls_k: usize,
    /// Texts of more words than this are embedded in windows of at most this many words
    /// (sentence-aligned) and averaged; 0 = never split (the model then cuts at its limit).
    pub window_words: usize,
    /// Centring and hubness need statistics: a language's own mean is used from this many texts
    /// on (else the mean of all texts, if there are this many; else no centring), and hubness
    /// reduction needs 4 × `csls_k` reference texts. Small corpora thus fall back to plain cosine.
    pub min_stat_texts: usize,
}

impl MatcherOptions {
    /// The plain model: whole texts, `query: ` on both sides, cosine ranking, nothing else.
    pub fn plain() -> Self {
        MatcherOptions {
            semantic_weight: 1.0,
            lexical_weight: 0.0,
            taxonomy_weight: 0.0,
            center_languages: false,
            part_weight: 0.0,
            csls_k: 0,
            window_words: 0,
            min_stat_texts: 50,
        }
    }
}

impl Default for MatcherOptions {
    /// The engine's settings (see the crate documentation for what each step is worth).
    fn default() -> Self {
        MatcherOptions {
            semantic_weight: 1.0,
            lexical_weight: 0.05,
            taxonomy_weight: 0.1,
            center_languages: true,
            part_weight: 0.3,
            csls_k: 10,
            window_words: 0,
            min_stat_texts: 50,
        }
    }
}

/// Splits `text` into windows of at most `max_words` words, at sentence ends when possible.
pub fn windows(text: &str, max_words: usize) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if max_words == 0 || words.len() <= max_words {
        return vec![text.to_string()];
    }
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    let mut sentence: Vec<&str> = Vec::new();
    for w in words {
        sentence.push(w);
        let end = w.ends_with(['.', ';', ':', '!', '?']);
        if end || sentence.len() >= max_words {
            if cur.len() + sentence.len() > max_words && !cur.is_empty() {
                out.push(cur.join(" "));
                cur.clear();
            }
            cur.append(&mut sentence);
        }
    }
    if cur.len() + sentence.len() > max_words && !cur.is_empty() {
        out.push(cur.join(" "));
        cur.clear();
    }
    cur.append(&mut sentence);
    if !cur.is_empty() {
        out.push(cur.join(" "));
    }
    out
}

const KIND: InputKind = InputKind::Query;

/// Embeds texts (splitting long ones into windows and averaging), in one batch.
fn embed_texts(
    embedder: &dyn Embedder,
    texts: &[&str],
    window_words: usize,
) -> Result<Vec<Vec<f32>>, Error> {
    let mut pieces: Vec<String> = Vec::new();
    let mut spans = Vec::with_capacity(texts.len());
    for t in texts {
        let w = windows(t, window_words);
        spans.push((pieces.len(), w.len()));
        pieces.extend(w);
    }
    let refs: Vec<&str> = pieces.iter().map(String::as_str).collect();
    let vs = embedder.embed(&refs, KIND)?;
    Ok(spans
        .into_iter()
        .map(|(s, n)| {
            let mut v = vs[s].clone();
            for other in &vs[s + 1..s + n] {
                v.iter_mut().zip(other).for_each(|(a, b)| *a += b);
            }
            normalize(&mut v);
            v
        })
        .collect())
}

struct Semantic {
    dim: usize,
    /// Per text row (all documents' texts in order): centred whole-text vectors.
    whole: Vec<f32>,
    /// Per text row: best-part vectors, `parts_of[row]` = range in `parts`.
    parts: Vec<f32>,
    parts_of: Vec<(usize, usize)>,
    /// Per text row: hubness penalty already halved and centred (0 when off).
    penalty: Vec<f32>,
    means: HashMap<String, Vec<f32>>,
    global_mean: Vec<f32>,
    centred: bool,
}

/// The text-matching engine over a fixed set of documents; rebuild it when documents change
/// (embeddings are cached by the caller's [`crate::CachedEmbedder`]).
pub struct TextMatcher<'e> {
    embedder: Option<&'e dyn Embedder>,
    options: MatcherOptions,
    docs: Vec<Document>,
    /// Text row -> (document index, language).
    rows: Vec<(usize, Option<String>)>,
    semantic: Option<Semantic>,
    lexical: LexicalIndex,
}

impl<'e> TextMatcher<'e> {
    /// Indexes `docs`. `calibration` adds (language, text) samples to the per-language statistics
    /// (mean vectors and hubness), e.g. the platform's other profiles; it may be empty.
    /// Without an embedder only the lexical and taxonomy signals work.
    pub fn build(
        embedder: Option<&'e dyn Embedder>,
        docs: Vec<Document>,
        calibration: &[(&str, &str)],
        options: MatcherOptions,
    ) -> Result<Self, Error> {
        let mut rows = Vec::new();
        let mut wholes = Vec::new();
        for (i, d) in docs.iter().enumerate() {
            for t in &d.texts {
                rows.push((i, t.lang.clone()));
                wholes.push(t.whole());
            }
        }
        let lexical = LexicalIndex::new(
            docs.iter()
                .map(|d| {
                    d.texts
                        .iter()
                        .map(|t| t.whole())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
                .iter()
                .map(String::as_str),
        );
        let semantic = match embedder {
            Some(e) if options.semantic_weight != 0.0 => Some(Self::build_semantic(
                e,
                &docs,
                &rows,
                &wholes,
                calibration,
                &options,
            )?),
            _ => None,
        };
        Ok(TextMatcher {
            embedder,
            options,
            docs,
            rows,
            semantic,
            lexical,
        })
    }

    fn build_semantic(
        e: &dyn Embedder,
        docs: &[Document],
        rows: &[(usize, Option<String>)],
        wholes: &[String],
        calibration: &[(&str, &str)],
        o: &MatcherOptions,
    ) -> Result<Semantic, Error> {
        let dim = e.dim();
        let refs: Vec<&str> = wholes.iter().map(String::as_str).collect();
        let mut whole = embed_texts(e, &refs, o.window_words)?;
        let cal_refs: Vec<&str> = calibration.iter().map(|(_, t)| *t).collect();
        let mut cal = embed_texts(e, &cal_refs, o.window_words)?;
        // Per-language means over documents and calibration texts.
        let mut sums: HashMap<String, (Vec<f64>, usize)> = HashMap::new();
        let mut global = vec![0f64; dim];
        let mut n_all = 0usize;
        let labelled = rows
            .iter()
            .map(|(_, l)| l.as_deref())
            .zip(&whole)
            .chain(calibration.iter().map(|(l, _)| Some(*l)).zip(&cal));
        for (lang, v) in labelled {
            if let Some(l) = lang {
                let s = sums.entry(l.to_string()).or_insert((vec![0f64; dim], 0));
                s.0.iter_mut().zip(v).for_each(|(a, b)| *a += *b as f64);
                s.1 += 1;
            }
            global.iter_mut().zip(v).for_each(|(a, b)| *a += *b as f64);
            n_all += 1;
        }
        let means: HashMap<String, Vec<f32>> = sums
            .into_iter()
            .filter(|(_, (_, n))| *n >= o.min_stat_texts)
            .map(|(l, (s, n))| (l, s.iter().map(|x| (x / n as f64) as f32).collect()))
            .collect();
        let global_mean: Vec<f32> = global
            .iter()
            .map(|x| (x / n_all.max(1) as f64) as f32)
            .collect();
        let center_on = o.center_languages && n_all >= o.min_stat_texts;
        let center = |v: &mut Vec<f32>, lang: Option<&str>| {
            if center_on {
                let m = lang.and_then(|l| means.get(l)).unwrap_or(&global_mean);
                v.iter_mut().zip(m).for_each(|(a, b)| *a -= b);
                normalize(v);
            }
        };
        for (v, (_, lang)) in whole.iter_mut().zip(rows) {
            center(v, lang.as_deref());
        }
        for (v, (lang, _)) in cal.iter_mut().zip(calibration) {
            center(v, Some(lang));
        }
        // Parts.
        let mut parts = Vec::new();
        let mut parts_of = Vec::with_capacity(rows.len());
        if o.part_weight > 0.0 {
            let mut texts: Vec<&str> = Vec::new();
            let mut langs = Vec::new();
            for (i, lang) in rows {
                let _ = i;
                langs.push(lang.clone());
            }
            let mut row = 0;
            for d in docs {
                for t in &d.texts {
                    let start = texts.len();
                    texts.extend(t.parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()));
                    parts_of.push((start, texts.len()));
                    row += 1;
                }
            }
            debug_assert_eq!(row, rows.len());
            let mut pv = embed_texts(e, &texts, o.window_words)?;
            for (r, &(s, t)) in parts_of.iter().enumerate() {
                for v in &mut pv[s..t] {
                    center(v, rows[r].1.as_deref());
                }
            }
            parts = pv.concat();
        }
        // Hubness: mean of the k best cosines to texts of other languages (or, if none, to the
        // other documents).
        let mut penalty = vec![0f32; rows.len()];
        if o.csls_k > 0 && rows.len() + calibration.len() > 4 * o.csls_k {
            let raw: Vec<f32> = (0..rows.len())
                .map(|r| {
                    let lang = rows[r].1.as_deref();
                    let mut top = crate::vector::TopK::new(o.csls_k);
                    let mut any_other = false;
                    for (c, (cl, _)) in cal.iter().zip(calibration) {
                        if lang != Some(*cl) {
                            any_other = true;
                            top.push(0, dot(&whole[r], c));
                        }
                    }
                    for (r2, w2) in whole.iter().enumerate() {
                        if r2 != r && rows[r2].1.as_deref() != lang {
                            any_other = true;
                            top.push(0, dot(&whole[r], w2));
                        }
                    }
                    if !any_other {
                        for (r2, w2) in whole.iter().enumerate() {
                            if r2 != r {
                                top.push(0, dot(&whole[r], w2));
                            }
                        }
                    }
                    let h = top.into_sorted();
                    h.iter().map(|h| h.score).sum::<f32>() / h.len().max(1) as f32
                })
                .collect();
            let mean = raw.iter().sum::<f32>() / raw.len().max(1) as f32;
            penalty = raw.iter().map(|r| 0.5 * (r - mean)).collect();
        }
        Ok(Semantic {
            dim,
            whole: whole.concat(),
            parts,
            parts_of,
            penalty,
            means,
            global_mean,
            centred: center_on,
        })
    }

    pub fn options(&self) -> &MatcherOptions {
        &self.options
    }

    /// False when there is no model: suggestions then use shared terms and codes only.
    pub fn semantic_enabled(&self) -> bool {
        self.semantic.is_some()
    }

    pub fn documents(&self) -> &[Document] {
        &self.docs
    }

    /// The `k` best documents for one query.
    pub fn search(&self, query: &Query, k: usize) -> Result<Vec<Candidate>, Error> {
        Ok(self.search_many(std::slice::from_ref(query), k)?.remove(0))
    }

    /// The `k` best documents for each query; the queries are embedded in one batch.
    pub fn search_many(&self, queries: &[Query], k: usize) -> Result<Vec<Vec<Candidate>>, Error> {
        let qvecs = match (&self.semantic, self.embedder) {
            (Some(sem), Some(e)) => {
                let refs: Vec<&str> = queries.iter().map(|q| q.text.as_str()).collect();
                let mut vs = embed_texts(e, &refs, self.options.window_words)?;
                if sem.centred {
                    for (v, q) in vs.iter_mut().zip(queries) {
                        let m = q
                            .lang
                            .as_deref()
                            .and_then(|l| sem.means.get(l))
                            .unwrap_or(&sem.global_mean);
                        v.iter_mut().zip(m).for_each(|(a, b)| *a -= b);
                        normalize(v);
                    }
                }
                Some(vs)
            }
            _ => None,
        };
        Ok(queries
            .iter()
            .enumerate()
            .map(|(i, q)| self.rank(q, qvecs.as_ref().map(|v| v[i].as_slice()), k))
            .collect())
    }

    fn rank(&self, q: &Query, qv: Option<&[f32]>, k: usize) -> Vec<Candidate> {
        let o = &self.options;
        let n = self.docs.len();
        // Semantic: best text row per document.
        let mut sem: Vec<Option<(f32, usize)>> = vec![None; n];
        if let (Some(s), Some(qv)) = (&self.semantic, qv) {
            for (r, row) in s.whole.chunks_exact(s.dim).enumerate() {
                let mut v = dot(row, qv);
                if o.part_weight > 0.0 {
                    let (a, b) = s.parts_of[r];
                    let best = s.parts[a * s.dim..b * s.dim]
                        .chunks_exact(s.dim)
                        .map(|p| dot(p, qv))
                        .fold(f32::NEG_INFINITY, f32::max);
                    if best.is_finite() {
                        v = (1.0 - o.part_weight) * v + o.part_weight * best;
                    }
                }
                v -= s.penalty[r];
                let d = self.rows[r].0;
                if sem[d].is_none_or(|(old, _)| v > old) {
                    sem[d] = Some((v, r));
                }
            }
        }
        let lex = if o.lexical_weight != 0.0 || qv.is_none() {
            self.lexical.score_all(&q.text)
        } else {
            Vec::new()
        };
        let lexical_weight = if self.semantic.is_none() && o.lexical_weight == 0.0 {
            1.0
        } else {
            o.lexical_weight
        };
        let mut out: Vec<Candidate> = (0..n)
            .map(|d| {
                let doc = &self.docs[d];
                let mut signals = Vec::with_capacity(3);
                if let Some((v, r)) = sem[d] {
                    let detail = match (q.lang.as_deref(), self.rows[r].1.as_deref()) {
                        (Some(a), Some(b)) => format!("{a} → {b}"),
                        _ => String::new(),
                    };
                    signals.push(Signal {
                        name: "semantic".into(),
                        value: v,
                        weight: o.semantic_weight,
                        detail,
                    });
                }
                if let Some((v, words)) = lex.get(d) {
                    signals.push(Signal {
                        name: "lexical".into(),
                        value: *v,
                        weight: lexical_weight,
                        detail: if words.is_empty() {
                            String::new()
                        } else {
                            format!("shared: {}", words.join(", "))
                        },
                    });
                }
                if !q.codes.is_empty() && !doc.codes.is_empty() {
                    let mut best = (0f32, String::new());
                    for a in &q.codes {
                        for b in &doc.codes {
                            let r = code_relatedness(a, b);
                            if r > best.0 {
                                best = (
                                    r,
                                    if a == b {
                                        a.clone()
                                    } else {
                                        format!("{a} ~ {b}")
                                    },
                                );
                            }
                        }
                    }
                    signals.push(Signal {
                        name: "taxonomy".into(),
                        value: best.0,
                        weight: o.taxonomy_weight,
                        detail: best.1,
                    });
                }
                let score = signals.iter().map(Signal::contribution).sum();
                Candidate {
                    id: doc.id.clone(),
                    score,
                    signals,
                }
            })
            .collect();
        crate::signal::best_first(&mut out, k);
        out
    }
}
