#!/usr/bin/env bash
# Runs "$@" where a Secret Service answers. If the current session has one that accepts a
# write, it is used (tests use their own service name, never the user's entries). Otherwise a
# private D-Bus session is started with gnome-keyring-daemon unlocked by a test password, and
# a fresh XDG_DATA_HOME, because an existing keyring with another password stays locked.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $(uname -s) != Linux ]] || [[ ${KEYWARD_PRIVATE_KEYRING:-} == running ]]; then
  exec "$@"
fi

if [[ -n ${DBUS_SESSION_BUS_ADDRESS:-} ]] && timeout 10 node scripts/probe-keyring.cjs >/dev/null 2>&1; then
  exec "$@"
fi

if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "keyward tests: no Secret Service reachable and dbus/gnome-keyring are missing: run 'npm run setup'" >&2
  exit 1
fi

keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export KEYWARD_PRIVATE_KEYRING=running
XDG_DATA_HOME="$keyring_home" dbus-run-session -- bash -c '
  set -euo pipefail
  eval "$(printf "keyward-test" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
  node scripts/probe-keyring.cjs
  exec "$@"
' with-keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
