//! The domain's one error type. The web crate maps it to HTTP (HTML or JSON).

use serde::Serialize;

/// Field-level validation messages, in the order they were found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, utoipa::ToSchema)]
pub struct FieldErrors {
    pub fields: Vec<FieldError>,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    /// The field's name as the form or JSON body spells it.
    pub field: String,
    /// What is wrong with it, in English (the web layer translates known messages).
    pub message: String,
}

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.fields.push(FieldError {
            field: field.into(),
            message: message.into(),
        });
    }
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
    pub fn get(&self, field: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|f| f.field == field)
            .map(|f| f.message.as_str())
    }
    /// Parse a value, recording the error under `field` when it fails.
    pub fn check<T>(&mut self, field: &str, result: Result<T, String>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(msg) => {
                self.add(field, msg);
                None
            }
        }
    }
    pub fn into_result(self) -> Result<(), DomainError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(DomainError::Validation(self))
        }
    }
}

impl std::fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self
            .fields
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect();
        f.write_str(&parts.join("; "))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DomainError {
    #[error("invalid input: {0}")]
    Validation(FieldErrors),
    #[error("not found")]
    NotFound,
    #[error("you must log in")]
    Unauthenticated,
    #[error("not allowed")]
    Forbidden,
    /// An import was refused; every bad row is listed and nothing was stored.
    #[error("{} rows have errors", .0.len())]
    Rows(Vec<crate::directory::RowError>),
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("too many attempts, try again later")]
    RateLimited,
    #[error("internal error: {0}")]
    Internal(String),
}

impl DomainError {
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        let mut e = FieldErrors::new();
        e.add(field, message);
        DomainError::Validation(e)
    }
    pub fn internal(e: impl std::fmt::Display) -> Self {
        DomainError::Internal(e.to_string())
    }
}

pub type DomainResult<T> = Result<T, DomainError>;
