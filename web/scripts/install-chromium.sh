#!/usr/bin/env bash
# Installs Debian's Chromium and its driver, for the browser tests, when they are missing.
# Only Debian's package archive is used: no browser is downloaded by any test tool.
# Needs root or password-less sudo; exits non-zero (and says why) when it cannot install.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: no apt-get here (not Debian/Ubuntu); install Chromium and set CHROMIUM_PATH" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "install-chromium: needs root or password-less sudo to run apt-get" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq chromium chromium-driver
chromium --version
