//! Demo ecosystem.
