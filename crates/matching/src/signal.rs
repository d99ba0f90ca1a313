//! Ranked suggestions with their explanation: every candidate carries the signals that made its
//! score, so the pages can say *why* a partner or a NACE code is suggested.

use serde::Serialize;

/// One contribution to a candidate's score: `weight × value` is added to the score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signal {
    /// `semantic`, `lexical`, `taxonomy`, ... (stable names; the pages translate them).
    pub name: String,
    /// The signal's own measure (cosine, overlap, relatedness), before weighting.
    pub value: f32,
    pub weight: f32,
    /// Human-readable evidence: the shared terms, the related codes, the language pair.
    pub detail: String,
}

impl Signal {
    pub fn contribution(&self) -> f32 {
        self.value * self.weight
    }
}

/// A ranked suggestion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub id: String,
    pub score: f32,
    pub signals: Vec<Signal>,
}

impl Candidate {
    /// `semantic 0.81 × 1.00 (pl → bg); lexical 0.20 × 0.05 (shared: iso, 9001)`.
    pub fn explain(&self) -> String {
        self.signals
            .iter()
            .filter(|s| s.weight != 0.0)
            .map(|s| {
                if s.detail.is_empty() {
                    format!("{} {:.2} × {:.2}", s.name, s.value, s.weight)
                } else {
                    format!("{} {:.2} × {:.2} ({})", s.name, s.value, s.weight, s.detail)
                }
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn signal(&self, name: &str) -> Option<&Signal> {
        self.signals.iter().find(|s| s.name == name)
    }
}

/// Sorts best first (higher score, then id for stable ties) and keeps the `k` best.
pub(crate) fn best_first(out: &mut Vec<Candidate>, k: usize) {
    out.sort_by(|a, b| {
        b.score
            .partial_cmp(&a.score)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.id.cmp(&b.id))
    });
    out.truncate(k);
}
