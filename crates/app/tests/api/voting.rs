//! HTTP tests of voting (both backends).
