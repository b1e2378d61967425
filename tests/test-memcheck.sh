#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line under valgrind's memcheck: no invalid reads or writes,
# nothing definitely lost (GLib's suppressions, and tests/valgrind.supp
# for fontconfig's caches only).  TAP.  Usage: test-memcheck.sh DELEGATIONS TESTS_DIR
set -u
bin=$1
tests=$2
sanitize=${3:-none}
if [ "$sanitize" != "none" ]; then
  # valgrind cannot run a binary built with AddressSanitizer; the
  # sanitized suite checks memory its own way.
  echo "1..0 # SKIP the binary is instrumented ($sanitize)"
  exit 0
fi
if ! command -v valgrind >/dev/null 2>&1; then
  echo "1..0 # SKIP valgrind is not installed"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export G_SLICE=always-malloc G_DEBUG=gc-friendly LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

n=0
fail=0
check() {
  name=$1; shift
  n=$((n + 1))
  valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
    --suppressions=/usr/share/glib-2.0/valgrind/glib.supp \
    --suppressions="$tests/valgrind.supp" "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  if [ $rc -eq 99 ]; then
    fail=1
    echo "not ok $n - $name"
    sed 's/^/# /' "$tmp/err" | head -40
  else
    echo "ok $n - $name"
  fi
}

check "--validate on the bundled dataset" --validate "$tests/../data/delegations-2025.json"
check "--validate on every invalid dataset" --validate "$tests"/data/invalid/*.json
check "--validate with warnings" --validate "$tests/data/valid/unknown-member.json"
check "--export-pdf and --export-csv" --export-pdf="$tmp/s.pdf" --export-csv="$tmp/s.csv"
check "--export-pdf with RTL and Indic text" --export-pdf="$tmp/t.pdf" "$tests/data/valid/tricky-text.json"
check "--export-image, PNG" --export-image="$tmp/s.png"
check "--export-image, SVG, three sides" --export-image="$tmp/s.svg" "$tests/data/valid/three-sides.json"
check "--summary" --summary
echo "1..$n"
exit $fail
