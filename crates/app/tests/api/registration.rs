//! HTTP tests of registration (both backends).
