//! Agenda: sessions in rooms (parallel tracks), their speakers and materials.

use crate::Store;
use async_trait::async_trait;
use klaster_domain::agenda::AgendaRepo;

#[async_trait]
impl AgendaRepo for Store {}
