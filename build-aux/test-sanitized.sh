#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole suite again, built with AddressSanitizer and
# UndefinedBehaviorSanitizer in build-asan/: any invalid access, undefined
# behaviour or leak of ours fails it.  Leaks are checked with the narrow
# suppressions in tests/lsan.supp (fontconfig and GL caches only); the
# leak-canary test proves a leak of ours is still caught.  test-memcheck
# skips there (valgrind cannot run an instrumented binary).
set -eu
cd "$(dirname "$0")/.."
if [ ! -f build-asan/build.ninja ]; then
  meson setup build-asan --werror -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args=-fno-sanitize-recover=all >/dev/null
fi
# quiet, but a build that fails says why
meson compile -C build-asan >build-asan/compile.log 2>&1 ||
  { tail -n 30 build-asan/compile.log; exit 1; }
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_odr_violation=0
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# The deadlines inside the tests scale as meson's own timeouts do
# (meson passes --timeout-multiplier to no test).
export DLG_TEST_TIMEOUT_SCALE=3
meson test -C build-asan --print-errorlogs --timeout-multiplier "$DLG_TEST_TIMEOUT_SCALE"
