//! The lexical signal: shared words across texts, weighted by rarity (IDF). Across languages it
//! catches what the model may miss — codes, numbers, acronyms, brand and Latin-script technical
//! terms — and it is the only text signal when the model is absent.

use std::collections::{HashMap, HashSet};

/// Lower-cased words of at least three letters, or containing a digit (codes like `26.11`).
pub fn terms(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    for raw in text.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-')) {
        let w = raw.trim_matches(|c: char| c == '.' || c == '-');
        let has_digit = w.chars().any(|c| c.is_ascii_digit());
        if w.chars().count() >= 3 || (has_digit && !w.is_empty()) {
            out.insert(w.to_lowercase());
        }
    }
    out
}

/// Term sets of indexed documents with document frequencies.
#[derive(Debug, Clone, Default)]
pub struct LexicalIndex {
    docs: Vec<HashSet<String>>,
    df: HashMap<String, u32>,
}

impl LexicalIndex {
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut idx = LexicalIndex::default();
        for t in texts {
            let ts = terms(t);
            for w in &ts {
                *idx.df.entry(w.clone()).or_default() += 1;
            }
            idx.docs.push(ts);
        }
        idx
    }

    fn idf(&self, w: &str) -> f32 {
        let n = self.docs.len() as f32;
        let df = self.df.get(w).copied().unwrap_or(0) as f32;
        ((n + 1.0) / (df + 1.0)).ln()
    }

    /// Cosine of binary TF-IDF vectors between the query terms and every document, with the
    /// shared terms of each document (rarest first).
    pub fn score_all(&self, query: &str) -> Vec<(f32, Vec<String>)> {
        let q = terms(query);
        let qw: HashMap<&str, f32> = q.iter().map(|w| (w.as_str(), self.idf(w))).collect();
        let qn: f32 = qw.values().map(|x| x * x).sum::<f32>().sqrt();
        self.docs
            .iter()
            .map(|d| {
                let mut shared: Vec<(&str, f32)> = d
                    .iter()
                    .filter_map(|w| qw.get(w.as_str()).map(|&x| (w.as_str(), x)))
                    .collect();
                if shared.is_empty() || qn == 0.0 {
                    return (0.0, Vec::new());
                }
                let dn: f32 = d.iter().map(|w| self.idf(w).powi(2)).sum::<f32>().sqrt();
                let num: f32 = shared.iter().map(|(_, x)| x * x).sum();
                shared.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(b.0)));
                let words = shared.iter().take(5).map(|(w, _)| w.to_string()).collect();
                (if dn > 0.0 { num / (qn * dn) } else { 0.0 }, words)
            })
            .collect()
    }
}

/// Relatedness of two NACE-like codes: 1 same class, 0.75 same group, 0.5 same division.
pub fn code_relatedness(a: &str, b: &str) -> f32 {
    if a == b {
        return 1.0;
    }
    let group = |c: &str| c.get(..4).map(str::to_string);
    let division = |c: &str| c.get(..2).map(str::to_string);
    if a.len() >= 4 && b.len() >= 4 && group(a) == group(b) {
        0.75
    } else if a.len() >= 2 && b.len() >= 2 && division(a) == division(b) {
        0.5
    } else {
        0.0
    }
}
