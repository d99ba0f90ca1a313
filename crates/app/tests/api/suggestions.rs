//! suggestions (issue 5).
