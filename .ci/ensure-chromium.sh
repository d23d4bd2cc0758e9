#!/usr/bin/env bash
# Makes sure a Chromium exists for the end-to-end tests. Playwright cannot
# download its own browsers on our machines, so Debian's package is used;
# elsewhere a browser Playwright installed itself will do.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ -d node_modules/playwright-core ] &&
  node -e "const fs=require('fs');const p=require('playwright-core').chromium.executablePath();process.exit(p&&fs.existsSync(p)?0:1)" 2>/dev/null; then
  exit 0
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's Chromium for the end-to-end tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi

cat >&2 <<'MSG'
No Chromium found for the end-to-end tests. Either:
  - on Debian/Ubuntu: sudo apt-get install -y chromium
  - elsewhere:        npx playwright install chromium
  - or point CHROMIUM_PATH at a Chromium or Chrome binary.
MSG
exit 1
