//! HTTP tests: meta_clusters (filled in by the issue-4 work).
