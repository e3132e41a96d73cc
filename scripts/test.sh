#!/usr/bin/env bash
# `npm test`: typecheck, lint, build, unit tests, end-to-end specs. The keychain tests talk to
# a real Secret Service; when none is reachable, one is started in a private D-Bus session.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run typecheck
npm run lint
npm run build --silent
# Electron's security linter over the built app; fails on any finding not reviewed in
# docs/security.md.
node scripts/electronegativity.mjs
exec bash scripts/with-keyring.sh bash scripts/test-suites.sh
