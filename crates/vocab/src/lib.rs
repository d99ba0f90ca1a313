//! Reference vocabularies.
