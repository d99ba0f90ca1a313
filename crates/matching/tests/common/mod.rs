#![allow(dead_code)]
use klaster_embed::{Embedder, Error, InputKind};

/// A model-free embedder for pipeline tests: hashed character trigrams, L2-normalised.
pub struct TrigramEmbedder;

impl Embedder for TrigramEmbedder {
    fn embed(&self, texts: &[&str], _kind: InputKind) -> Result<Vec<Vec<f32>>, Error> {
        Ok(texts
            .iter()
            .map(|t| {
                let mut v = vec![0f32; 64];
                let cs: Vec<char> = t.to_lowercase().chars().collect();
                for w in cs.windows(3) {
                    let h = w.iter().fold(1469598103934665603u64, |h, c| {
                        (h ^ *c as u64).wrapping_mul(1099511628211)
                    });
                    v[(h % 64) as usize] += 1.0;
                }
                let n = v.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-9);
                v.iter_mut().for_each(|x| *x /= n);
                v
            })
            .collect())
    }
    fn dim(&self) -> usize {
        64
    }
}
