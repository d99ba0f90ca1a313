#!/usr/bin/env bash
# Fetches the full NACE Rev. 2 classification (all four levels, with explanatory notes) in
# English, Polish and Bulgarian: Eurostat's RAMON exports, as shipped by the PyPI package
# odoo14-addon-l10n-eu-nace (OCA). Klaster reads them with klaster_vocab::load_cached_nace.
#
#   scripts/fetch-vocab.sh [DEST_DIR]        (DEST_DIR defaults to .cache/vocab in the repository)
#
# Writes DEST_DIR/NACE_REV2_{en,pl,bg}.csv and DEST_DIR/SOURCE (which wheel, which checksum).
# Idempotent: does nothing when the files from the same wheel are already there.
# Without network or pip it warns and exits 0: the built-in compact vocabularies still work.
# A wheel whose sha256 differs from the pinned one is refused (exit 1) and nothing is written.
set -euo pipefail

PACKAGE="odoo14-addon-l10n-eu-nace"
VERSION="14.0.1.0.1"
WHEEL="odoo14_addon_l10n_eu_nace-${VERSION}-py3-none-any.whl"
SHA256="579fc1cd44eacfdf49b6a0e3e9fd434d034af40dd2803ccd535115c433fc63bb"
INNER="odoo/addons/l10n_eu_nace/examples"
LANGS=(en pl bg)

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${1:-$root/.cache/vocab}"

say() { echo "fetch-vocab: $*"; }
warn_and_leave() {
    say "WARNING: $* - the full NACE tables were not fetched; Klaster keeps using its built-in vocabularies (NACE sections and divisions only)." >&2
    exit 0
}

stamp="$PACKAGE==$VERSION sha256=$SHA256"
if [[ -f "$dest/SOURCE" && "$(cat "$dest/SOURCE")" == "$stamp" ]]; then
    complete=1
    for l in "${LANGS[@]}"; do [[ -s "$dest/NACE_REV2_$l.csv" ]] || complete=0; done
    if [[ $complete == 1 ]]; then
        say "already present in $dest ($PACKAGE $VERSION)"
        exit 0
    fi
fi

command -v python3 >/dev/null 2>&1 || warn_and_leave "python3 is not installed"
python3 -m pip --version >/dev/null 2>&1 || warn_and_leave "pip is not available (apt-get install python3-pip)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

say "downloading $PACKAGE==$VERSION from PyPI"
if ! python3 -m pip download --no-deps --disable-pip-version-check --no-input --timeout 30 --retries 2 \
        --quiet "$PACKAGE==$VERSION" -d "$tmp" >"$tmp/pip.log" 2>&1; then
    tail -n 3 "$tmp/pip.log" >&2 || true
    warn_and_leave "pip could not download $PACKAGE==$VERSION"
fi
[[ -f "$tmp/$WHEEL" ]] || warn_and_leave "pip did not produce $WHEEL"

actual="$(python3 -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())' "$tmp/$WHEEL")"
if [[ "$actual" != "$SHA256" ]]; then
    say "ERROR: $WHEEL has sha256 $actual, expected $SHA256; refusing to use it." >&2
    exit 1
fi
say "sha256 verified ($SHA256)"

mkdir -p "$tmp/out"
python3 - "$tmp/$WHEEL" "$tmp/out" "$INNER" "${LANGS[@]}" <<'PY'
import sys, zipfile
wheel, out, inner, langs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
with zipfile.ZipFile(wheel) as z:
    for lang in langs:
        name = f"NACE_REV2_{lang}.csv"
        with open(f"{out}/{name}", "wb") as f:
            f.write(z.read(f"{inner}/{name}"))
PY

mkdir -p "$dest"
for l in "${LANGS[@]}"; do
    mv -f "$tmp/out/NACE_REV2_$l.csv" "$dest/NACE_REV2_$l.csv"
done
echo "$stamp" >"$dest/SOURCE"
say "wrote $(printf 'NACE_REV2_%s.csv ' "${LANGS[@]}")to $dest"
