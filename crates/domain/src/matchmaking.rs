//! What the matchmaking engine keeps in the database: embeddings of the texts it compares and the
//! suggestions people dismissed. Subjects and candidates are written `org:12`, `profile:7`,
//! `nace:62.01`.

use crate::error::DomainResult;
use crate::model::Id;
use async_trait::async_trait;

/// One stored embedding.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEmbedding {
    pub subject: String,
    /// The text's language, "" when unknown.
    pub lang: String,
    pub text_hash: String,
    pub model: String,
    pub vector: Vec<f32>,
}

/// Two organisations that worked together, and where: `project:3` or `event:5`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cooperation {
    pub org_a: Id,
    pub org_b: Id,
    pub via: String,
    pub label: String,
}

#[async_trait]
pub trait MatchmakingRepo: Send + Sync {
    /// Every stored embedding whose subject starts with `prefix` (e.g. `org:`, `nace:`).
    async fn embeddings(&self, prefix: &str) -> DomainResult<Vec<StoredEmbedding>>;
    /// Inserts or replaces, in one transaction.
    async fn put_embeddings(&self, rows: &[StoredEmbedding]) -> DomainResult<()>;
    /// Removes every language of these subjects.
    async fn delete_embeddings(&self, subjects: &[String]) -> DomainResult<()>;
    async fn dismiss_suggestion(
        &self,
        subject: &str,
        candidate: &str,
        by: Option<Id>,
    ) -> DomainResult<()>;
    async fn undo_dismissal(&self, subject: &str, candidate: &str) -> DomainResult<bool>;
    async fn dismissed_suggestions(&self, subject: &str) -> DomainResult<Vec<String>>;
    /// Pairs of organisations that were partners in one project or took part in one event.
    async fn cooperations(&self) -> DomainResult<Vec<Cooperation>>;
}
