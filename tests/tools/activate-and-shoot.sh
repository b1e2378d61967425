#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Inside with-xvfb.sh and dbus-run-session (test-install-devel.sh), for the
# release and the development build installed in PREFIX: looks the icon up
# through GtkIconTheme, activates the D-Bus name (its service file starts
# the program), checks which program serves the name, waits until the
# window's header bar is drawn and still, saves the screen as
# OUT/shot-PROGRAM.png and quits the program.  Prints TAP lines, no plan.
# Usage: activate-and-shoot.sh CHECK_ICON PREFIX OUT
set -u
check_icon=$1
prefix=$2
out=$3
. "$(dirname "$0")/tap.sh"

# waits (up to 30 s) for a condition, given as a command
wait_for() {
  tries=0
  until "$@"; do
    tries=$((tries + 1))
    [ $tries -ge 150 ] && return 1
    sleep 0.2
  done
}

# the top of the screen, drawn (more than one colour) and the same as at
# the previous look
header_still() {
  /usr/bin/import -window root -crop 1280x46+0+0 +repage "$out/head-now.png" 2>/dev/null || return 1
  colours=$(/usr/bin/convert "$out/head-now.png" -format %k info: 2>/dev/null)
  if [ "${colours:-1}" -gt 1 ] && [ -f "$out/head-before.png" ] &&
     [ "$(/usr/bin/compare -metric AE "$out/head-now.png" "$out/head-before.png" null: 2>&1)" = 0 ]; then
    return 0
  fi
  mv "$out/head-now.png" "$out/head-before.png"
  return 1
}

gone() { ! kill -0 "$1" 2>/dev/null; }

for id in com.example.Delegations:delegations com.example.Delegations.Devel:delegations-devel; do
  app=${id%%:*}
  bin=${id#*:}
  path=/$(echo "$app" | tr . /)

  icon=$("$check_icon" "$app" 48 2>&1)
  if [ "$icon" = "$prefix/share/icons/hicolor/48x48/apps/$app.png" ]; then
    ok "GtkIconTheme finds the $app icon"
  else
    bad "GtkIconTheme finds the $app icon" "$icon"
  fi

  if ! reply=$(gdbus call --session --dest "$app" --object-path "$path" \
                 --method org.freedesktop.Application.Activate '{}' 2>&1); then
    bad "D-Bus activation of $app" "$reply"
    continue
  fi
  pid=$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
          --method org.freedesktop.DBus.GetConnectionUnixProcessID "$app" 2>&1 |
        sed -n 's/^(uint32 \([0-9]*\),)$/\1/p')
  exe=$(readlink "/proc/${pid:-0}/exe" 2>/dev/null)
  if [ "$exe" = "$prefix/bin/$bin" ]; then
    ok "D-Bus activation of $app starts $bin"
  else
    bad "D-Bus activation of $app starts $bin" "served by: ${exe:-nothing} (pid ${pid:-none})"
    continue
  fi

  rm -f "$out/head-before.png"
  if wait_for header_still; then
    /usr/bin/import -window root "$out/shot-$bin.png"
    ok "the window of $bin shows"
  else
    bad "the window of $bin shows"
  fi

  gdbus call --session --dest "$app" --object-path "$path" \
    --method org.freedesktop.Application.ActivateAction quit '[]' '{}' >/dev/null 2>&1
  if ! wait_for gone "$pid"; then
    bad "$bin quits" "still running"
    kill "$pid" 2>/dev/null
  fi
done
