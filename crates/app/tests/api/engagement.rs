//! engagement (issue 5).
