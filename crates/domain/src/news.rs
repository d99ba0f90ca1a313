//! News: posts by organisations, projects and meta-clusters, in several languages with images and
//! links; published event reports appear among them. Lists per author and globally, and Atom feeds.

use crate::error::DomainResult;
use crate::model::Id;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};

/// Who a post is by: exactly one organisation, project or meta-cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum NewsAuthor {
    Organisation(Id),
    Project(Id),
    MetaCluster(Id),
}

#[async_trait]
pub trait NewsRepo: Send + Sync {
    /// How many posts exist (published or not).
    async fn count_news_posts(&self) -> DomainResult<i64>;
}
