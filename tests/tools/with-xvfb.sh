#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command under a private Xvfb, 1280x800.  The server picks a free
# display itself and reports it (-displayfd): xvfb-run -a guesses a number
# from lock files, and two starts at once (or a killed run's leftovers)
# can meet on one display and fail with "cannot open display".
# -noreset: by default the server resets when its last client leaves, and
# a client connecting meanwhile fails with "cannot open display".  The
# accessibility bus launcher is such a client (it connects, sets a root
# window property and leaves): an application started at the same moment
# failed to open the display in 2 of 14 sessions.
# Usage: with-xvfb.sh COMMAND [ARGUMENT...]
set -u
tmp=$(mktemp -d)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$tmp/display" >"$tmp/log" 2>&1 &
server=$!
tries=0
while [ ! -s "$tmp/display" ]; do
  if ! kill -0 $server 2>/dev/null || [ $tries -ge 200 ]; then
    echo "with-xvfb: Xvfb did not start: $(tail -n 3 "$tmp/log")" >&2
    kill $server 2>/dev/null
    rm -rf "$tmp"
    exit 1
  fi
  sleep 0.05
  tries=$((tries + 1))
done
DISPLAY=:$(cat "$tmp/display")
export DISPLAY
"$@"
rc=$?
kill $server 2>/dev/null
wait $server 2>/dev/null
rm -rf "$tmp"
exit $rc
