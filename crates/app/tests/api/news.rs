//! HTTP tests: news (filled in by the issue-4 work).
