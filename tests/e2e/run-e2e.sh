#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end: the real binary under Xvfb and its own session bus, driven
# through AT-SPI by drive.py.  Usage: run-e2e.sh DELEGATIONS DATASET
set -u
bin=$1
dataset=$2
here=$(cd "$(dirname "$0")" && pwd)

for tool in Xvfb dbus-run-session xdotool; do
  if ! command -v $tool >/dev/null 2>&1; then
    echo "1..0 # SKIP $tool is not installed"
    exit 0
  fi
done
if ! /usr/bin/python3 -c 'import pyatspi' 2>/dev/null; then
  echo "1..0 # SKIP python3-pyatspi is not installed"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/runtime"
cp "$dataset" "$tmp/dataset.json"

export XDG_RUNTIME_DIR="$tmp/runtime" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export XDG_DATA_HOME="$tmp/data" HOME="$tmp"
export GSETTINGS_BACKEND=memory GDK_DEBUG=gl-disable LC_ALL=C.UTF-8
unset GTK_A11Y NO_AT_BRIDGE DBUS_SESSION_BUS_ADDRESS
export DLG_BINARY="$bin" DLG_SECOND_DATASET="$here/../data/valid/minimal.json"
export DLG_THREE_DATASET="$here/../data/valid/three-sides.json"

sh "$here/../tools/with-xvfb.sh" dbus-run-session -- sh -c '
  "$1" "$2" >"$3/app.log" 2>&1 &
  app=$!
  /usr/bin/python3 "$4/drive.py" "$2" >"$3/tap"
  rc=$?
  kill $app 2>/dev/null
  wait $app 2>/dev/null
  exit $rc' sh "$bin" "$tmp/dataset.json" "$tmp" "$here" >"$tmp/session.log" 2>&1
rc=$?
# Only the driver's TAP reaches the test runner; the accessibility
# daemons started on the session bus print to stdout too.
cat "$tmp/tap" 2>/dev/null || echo "1..0 # SKIP the session did not start: $(tail -n 3 "$tmp/session.log" | tr '\n' ' ')"
if [ $rc -ne 0 ]; then
  echo "# app log:"; sed 's/^/# /' "$tmp/app.log"
  # the driver's own errors (a Python traceback) land here
  echo "# session log:"; tail -n 25 "$tmp/session.log" | sed 's/^/# /'
fi
exit $rc
