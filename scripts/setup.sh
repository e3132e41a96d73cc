#!/usr/bin/env bash
# `npm run setup`: works before node_modules exists. Installs the system packages Keyward's
# build and tests need (Debian/Ubuntu only), then the npm dependencies, then builds.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'keyward setup: %s\n' "$*"; }

install_system_packages() {
  # package -> why it is needed
  local -A why=(
    [libsecret-1-dev]="keytar (the OS keychain binding) builds against it"
    [gnome-keyring]="a Secret Service for the keychain tests"
    [dbus]="a private D-Bus session for the keychain tests"
    [libsecret-tools]="secret-tool, the raw keychain read the benchmark compares against"
    [chromium]="the browser the end-to-end specs run in"
    [python3]="node-gyp builds keytar with it"
    [make]="node-gyp builds keytar with it"
    [g++]="node-gyp builds keytar with it"
    [fonts-wqy-microhei]="Chinese glyphs for the 简体中文 screens in the end-to-end specs"
    [keepassxc]="keepassxc-cli, the password-manager read 'npm run bench' compares 'keyward get' with"
    [ripgrep]="rg, the plain-text search 'npm run bench' compares the plaintext-key scan with"
  )
  local missing=()
  for pkg in "${!why[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    say "system packages already installed"
    return
  fi
  for pkg in "${missing[@]}"; do say "installing $pkg: ${why[$pkg]}"; done
  local sudo=()
  [[ $(id -u) -ne 0 ]] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  say "system packages installed"
}

if [[ $(uname -s) == Linux ]] && command -v apt-get >/dev/null 2>&1; then
  install_system_packages
elif [[ $(uname -s) == Linux ]]; then
  say "not Debian/Ubuntu: install libsecret (development files), gnome-keyring, dbus and chromium with your package manager"
fi

# Electron's binary is fetched separately below, so a machine without internet still installs.
say "installing npm dependencies (npm ci)"
ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error

# npm 11 runs only approved install scripts (package.json allowScripts); rebuild the native
# modules (keytar: the keychain; os-lock: the vault's writer lock) explicitly so an older npm
# and a newer one end in the same state.
for native in keytar os-lock; do
  if ! node -e "require('$native')" >/dev/null 2>&1; then
    say "building $native from source"
    npm rebuild "$native" --loglevel=error
  fi
done

if node scripts/electron-binary.cjs >/dev/null 2>&1; then
  say "Electron's binary is present"
else
  say "downloading Electron's binary"
  if ! timeout 300 node node_modules/electron/install.js >/dev/null 2>&1; then
    say "could not download Electron's binary (no internet?): tests still run; npm start needs it"
  fi
fi

say "building"
npm run build --silent
say "done: run 'npm start' for the app, 'npm test' for the tests"
