#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the software-centre screenshots in data/screenshots/ from the real
# window on the bundled dataset: under a private Xvfb (1280x800) and
# session bus, driven through AT-SPI by build-aux/screenshots.py.
# Run after build-aux/build.sh; commit the PNGs it writes.
set -eu
cd "$(dirname "$0")/.."
top=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/runtime"
export XDG_RUNTIME_DIR="$tmp/runtime" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export XDG_DATA_HOME="$tmp/data" HOME="$tmp" LC_ALL=C.UTF-8 GDK_DEBUG=gl-disable
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$top/build/data"
unset GTK_A11Y NO_AT_BRIDGE DBUS_SESSION_BUS_ADDRESS
sh tests/tools/with-xvfb.sh dbus-run-session -- sh -c '
  "$1/build/src/delegations" "$1/data/delegations-2025.json" >"$2/app.log" 2>&1 &
  app=$!
  /usr/bin/python3 "$1/build-aux/screenshots.py" "$1/data/screenshots"
  rc=$?
  kill $app 2>/dev/null
  exit $rc' sh "$top" "$tmp"
ls -l data/screenshots
