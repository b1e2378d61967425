#!/bin/sh
# Installs what Delegations needs to build, run and test.
# On Debian/Ubuntu as root: apt-get installs only the missing packages
# (nothing when all are present). Elsewhere: prints the package names and stops.
set -eu

PACKAGES="build-essential pkg-config meson ninja-build gettext
  libgtk-4-dev libjson-glib-dev libglib2.0-dev-bin libglib2.0-bin
  desktop-file-utils appstream python3-jsonschema libxml2-utils groff-base shared-mime-info
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

if [ -z "$missing" ]; then
  echo "setup: all packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing packages (run as root to install them):$missing" >&2
  exit 1
fi

echo "setup: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
