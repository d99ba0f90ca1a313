//! Agenda: sessions in rooms (parallel tracks), their speakers and materials.

use async_trait::async_trait;

#[async_trait]
pub trait AgendaRepo: Send + Sync {}
