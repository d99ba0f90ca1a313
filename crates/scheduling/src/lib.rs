//! B2B meeting scheduling (see issue 6).
