#!/usr/bin/env bash
# Installs the browser the browser tests drive: Debian's chromium and chromium-driver
# (/usr/bin/chromium, /usr/bin/chromedriver), with apt-get.
#
#   scripts/install-browser.sh
#
# Idempotent: does nothing when /usr/bin/chromedriver and /usr/bin/chromium are already there.
# Needs root (or sudo) and a Debian/Ubuntu machine; exits non-zero when the install fails.
set -euo pipefail

say() { echo "install-browser: $*"; }
die() { echo "install-browser: ERROR: $*" >&2; exit 1; }

DRIVER=/usr/bin/chromedriver
BROWSER=/usr/bin/chromium

if [[ -x "$DRIVER" && -x "$BROWSER" ]]; then
    say "chromium and chromedriver already installed ($("$DRIVER" --version 2>/dev/null | head -n1 || echo "version unknown"))"
    exit 0
fi

command -v apt-get >/dev/null 2>&1 || die "apt-get not found: install Debian's chromium and chromium-driver by hand"

SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "not root and no sudo: run this script as root"
    SUDO=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
say "running apt-get update"
"${SUDO[@]}" apt-get update || die "apt-get update failed"
say "installing chromium and chromium-driver"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends chromium chromium-driver \
    || die "apt-get install chromium chromium-driver failed"

[[ -x "$DRIVER" ]] || die "$DRIVER is still missing after the install"
[[ -x "$BROWSER" ]] || die "$BROWSER is still missing after the install"
say "installed: $("$DRIVER" --version 2>/dev/null | head -n1 || echo "$DRIVER")"
