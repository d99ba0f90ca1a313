//! Klaster's domain: value types, entities, errors, repository and search traits, and the services
//! that enforce the platform's rules. Nothing here does I/O by itself.

pub mod action_plans;
pub mod agenda;
pub mod brokerage;
pub mod brokerage_meetings;
pub mod brokerage_requests;
pub mod brokerage_setup;
pub mod cordis;
pub mod directory;
pub mod engagement;
pub mod error;
pub mod events;
pub mod good_practices;
pub mod groups;
pub mod ical;
pub mod marketplace;
pub mod matchmaking;
pub mod meta_clusters;
pub mod model;
pub mod news;
pub mod notifications;
pub mod policy;
pub mod projects;
pub mod proposals;
pub mod registration;
pub mod repo;
pub mod reports;
pub mod search;
pub mod stands;
pub mod surveys;
pub mod types;
pub mod voting;

pub use error::{DomainError, DomainResult, FieldError, FieldErrors};
pub use model::*;
pub use policy::Actor;
pub use repo::*;
pub use search::*;
pub use types::*;
