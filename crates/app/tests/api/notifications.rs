//! notifications (issue 5).
