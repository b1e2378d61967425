#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Delegations needs to build, run and test.
# On Debian/Ubuntu as root: apt-get installs only the missing packages
# (nothing when all are present) and the hi_IN and ur_PK UTF-8 locales are
# generated when missing. Elsewhere: prints the package names and stops.
set -eu

PACKAGES="build-essential pkg-config meson ninja-build gettext git
  libgtk-4-dev libjson-glib-dev libglib2.0-dev-bin libglib2.0-bin
  desktop-file-utils appstream python3-jsonschema libxml2-utils groff-base man-db flatpak-builder shared-mime-info
  itstool yelp-tools
  libgtk-4-bin hicolor-icon-theme librsvg2-common procps
  xvfb xauth dbus-daemon at-spi2-core libgl1-mesa-dri fonts-dejavu-core fonts-lohit-deva fonts-sil-awami-nastaliq
  python3-gi python3-pyatspi poppler-utils valgrind locales adwaita-icon-theme imagemagick x11-apps xdotool
  clang-14 libclang-rt-14-dev"

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: not a Debian/Ubuntu system; install the equivalents of these packages:" >&2
  echo $PACKAGES >&2
  exit 1
fi

missing=""
for p in $PACKAGES; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing="$missing $p"
done

# The Hindi and Urdu locales: the tests of month names and of the Urdu
# sheet run in them (and skip without them)
LOCALES="hi_IN ur_PK"
missing_locales=""
for l in $LOCALES; do
  locale -a 2>/dev/null | grep -qix "$l.utf-\{0,1\}8" || missing_locales="$missing_locales $l"
done

if [ -z "$missing" ] && [ -z "$missing_locales" ]; then
  echo "setup: all packages and locales present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  [ -n "$missing" ] && echo "setup: missing packages (run as root to install them):$missing" >&2
  [ -n "$missing_locales" ] && echo "setup: missing locales (run as root to generate them):$missing_locales" >&2
  exit 1
fi

if [ -n "$missing" ]; then
  echo "setup: installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
fi

if [ -n "$missing_locales" ]; then
  echo "setup: generating locales:$missing_locales"
  for l in $missing_locales; do
    # Debian's way (kept when the locales package is upgraded): enable the
    # locale in /etc/locale.gen, then locale-gen compiles the enabled ones
    if [ -f /etc/locale.gen ] && command -v locale-gen >/dev/null 2>&1; then
      if grep -q "^# *$l.UTF-8 UTF-8" /etc/locale.gen; then
        sed -i "s/^# *\($l.UTF-8 UTF-8\)/\1/" /etc/locale.gen
      elif ! grep -q "^$l.UTF-8 UTF-8" /etc/locale.gen; then
        echo "$l.UTF-8 UTF-8" >>/etc/locale.gen
      fi
    else
      localedef -i "$l" -f UTF-8 "$l.UTF-8"
    fi
  done
  if [ -f /etc/locale.gen ] && command -v locale-gen >/dev/null 2>&1; then
    locale-gen
  fi
fi
