//! Klaster's domain: value types, entities, errors, repository and search traits, and the services
//! that enforce the platform's rules. Nothing here does I/O by itself.

pub mod directory;
pub mod error;
pub mod model;
pub mod policy;
pub mod repo;
pub mod search;
pub mod types;

pub use error::{DomainError, DomainResult, FieldError, FieldErrors};
pub use model::*;
pub use policy::Actor;
pub use repo::*;
pub use search::*;
pub use types::*;
