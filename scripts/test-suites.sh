#!/usr/bin/env bash
# The suites that need a keychain. Run through scripts/with-keyring.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
npx vitest run
npx playwright test
