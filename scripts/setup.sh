#!/usr/bin/env bash
# Everything a fresh machine needs before `npm test`: Debian's chromium for the browser tests
# (never a downloaded browser) and the exact packages of package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  echo "setup: installing Debian's chromium for the browser tests" >&2
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium >/dev/null
fi
npm ci --no-audit --no-fund
