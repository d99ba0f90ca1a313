//! Multilingual sentence embeddings (see issue 5).
