//! Directory search index.
