//! marketplace (issue 5).
