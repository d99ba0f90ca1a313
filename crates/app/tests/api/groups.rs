//! HTTP tests of groups (both backends).
