//! News posts and their images.

use crate::{db_err, with_pool, Store};
use async_trait::async_trait;
use klaster_domain::news::*;
use klaster_domain::DomainResult;

#[async_trait]
impl NewsRepo for Store {
    async fn count_news_posts(&self) -> DomainResult<i64> {
        with_pool!(self, p => sqlx::query_scalar("SELECT COUNT(*) FROM news_posts").fetch_one(p).await)
            .map_err(db_err)
    }
}
