#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Delegations on a newer GTK and GLib than Debian 12's, as the
# Flatpak's GNOME runtime has them: in a Debian trixie chroot (GTK 4.18,
# GLib 2.84, json-glib 1.10, GCC 14).  Warnings are errors as in
# build.sh, except deprecations (newer GTK may deprecate what 4.8 has);
# then the tests that need no display run there.  Prints the compiler's
# warnings by kind.  Not run by .ci/run: the first run downloads about
# 200 MB and takes several minutes; later runs reuse the chroot.
#
# Usage (as root, on Debian or Ubuntu, with Debian's mirror reachable):
#   sh build-aux/build-newer-gtk.sh [CHROOT] [SUITE]
# CHROOT defaults to /tmp/delegations-trixie, SUITE to trixie.  The
# chroot is left for the next run; remove it with rm -rf (after checking
# that nothing is mounted in it).
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
root=${1:-/tmp/delegations-trixie}
suite=${2:-trixie}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

# What the build and the display-free tests need: build-aux/setup.sh's
# PACKAGES without the display, accessibility and sanitizer tools.
PACKAGES="build-essential pkg-config meson ninja-build gettext git itstool
  libgtk-4-dev libjson-glib-dev libglib2.0-dev-bin libglib2.0-bin
  desktop-file-utils appstream python3 python3-jsonschema libxml2-utils groff-base
  shared-mime-info librsvg2-common hicolor-icon-theme locales"
# The tests that need no display (meson test names)
TESTS="test-loader test-invalid test-brief test-export test-map test-cli test-man test-schema"

if [ "$(id -u)" -ne 0 ]; then
  echo "build-newer-gtk: run as root (debootstrap and chroot need it)" >&2
  exit 1
fi

in_root() {
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive sh -c "$1"
}

if [ ! -x "$root/usr/bin/meson" ]; then
  if [ ! -x "$root/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null 2>&1 || apt-get install -y -qq debootstrap
    echo "build-newer-gtk: debootstrap $suite into $root"
    # --include cannot be used for the build dependencies: debootstrap
    # does not resolve virtual packages (gir1.2-gobject-2.0); apt does.
    debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.debootstrap.log" 2>&1 || {
      tail -n 20 "$root.debootstrap.log" >&2
      exit 1
    }
  fi
fi

mounted=""
cleanup() {
  for m in $mounted; do umount "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM
for m in proc dev; do
  if ! mountpoint -q "$root/$m"; then
    if [ $m = proc ]; then mount -t proc proc "$root/proc"; else mount --bind /dev "$root/dev"; fi
    mounted="$m $mounted"
  fi
done
cp /etc/resolv.conf "$root/etc/resolv.conf"

# one line: a newline would end the command inside sh -c
# shellcheck disable=SC2086
pkgs=$(printf '%s ' $PACKAGES)
missing=$(in_root "for p in $pkgs; do
                     dpkg-query -W -f='\${db:Status-Status}\n' \$p 2>/dev/null | grep -qx installed ||
                       echo \$p; done")
if [ -n "$missing" ]; then
  # shellcheck disable=SC2086
  echo "build-newer-gtk: installing the build dependencies: $(printf "%s " $missing)"
  in_root "apt-get update -qq && apt-get -f install -y -qq --no-install-recommends &&
           apt-get install -y -qq --no-install-recommends $pkgs" \
    >"$root.apt.log" 2>&1 || { tail -n 20 "$root.apt.log" >&2; exit 1; }
fi
in_root "dpkg-query -W -f '\${Package} \${Version}\n' libgtk-4-dev libglib2.0-dev \
           libjson-glib-dev meson gcc" | sed 's/^/build-newer-gtk: /'

# The checkout's files as they are (in a git checkout, those tracked or
# not ignored, less those deleted), fresh each run
rm -rf "$root/src"
mkdir -p "$root/src/delegations"
if git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
  # shellcheck disable=SC2016
  (cd "$src" && git ls-files -z --cached --others --exclude-standard |
     xargs -0 sh -c 'for f; do if [ -e "$f" ]; then cp --parents "$f" "$0"; fi; done' \
       "$root/src/delegations")
else
  cp -a "$src/." "$root/src/delegations/"
  rm -rf "$root/src/delegations/build"
fi

status=0
in_root "cd /src/delegations &&
         meson setup /src/build --werror -Dc_args=-Wno-error=deprecated-declarations \
           >/src/setup.log 2>&1 &&
         ninja -C /src/build -k 0 >/src/compile.log 2>&1" || status=$?
echo "build-newer-gtk: compiler warnings by kind (none when nothing follows):"
grep -o 'warning: .*\[-W[^]]*\]' "$root/src/compile.log" | sed 's/.*\[\(-W[^]]*\)\]$/\1/' |
  sort | uniq -c | sed 's/^/build-newer-gtk: /'
if [ $status -ne 0 ]; then
  grep -E 'error|warning' "$root/src/compile.log" "$root/src/setup.log" | head -n 40 >&2
  echo "build-newer-gtk: the build FAILED on $suite" >&2
  exit 1
fi
echo "build-newer-gtk: the build passed on $suite"

# shellcheck disable=SC2086
in_root "meson test -C /src/build --print-errorlogs $TESTS" >"$root/src/test.log" 2>&1 ||
  status=$?
grep -E '^ *[0-9]+/[0-9]+ |^(Ok|Fail|Skipped|Expected Fail|Unexpected Pass|Timeout):' \
  "$root/src/test.log" | sed 's/^/build-newer-gtk: /'
if [ $status -ne 0 ]; then
  echo "build-newer-gtk: tests FAILED on $suite (log: $root/src/test.log)" >&2
  exit 1
fi
