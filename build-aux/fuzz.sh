#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer target on the loader, the comparison, the summary, the
# CSV and the three kinds of sheet at two paper sizes (paginated and drawn
# to a PDF in memory) for SECONDS (default 60),
# in build-fuzz/ (clang with -fsanitize=fuzzer,address,undefined).  Seeds: tests/data/, the
# bundled dataset and the large ones tests/fuzz/make-large-seeds.py writes;
# dictionary: tests/fuzz/dataset.dict.  A crash, leak or timeout fails the
# run and leaves its input in build-fuzz/artifacts/: add it to tests/data/
# as a regression file.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}
if [ ! -f build-fuzz/build.ninja ]; then
  # The libraries get coverage instrumentation too (fuzzer-no-link).
  CC=clang-14 meson setup build-fuzz --werror -Dfuzzing=true -Db_sanitize=address,undefined \
    -Db_lundef=false -Dc_args="['-fno-sanitize-recover=all', '-fsanitize=fuzzer-no-link']" \
    >/dev/null
fi
# quiet, but a build that fails says why
meson compile -C build-fuzz tests/fuzz-loader >build-fuzz/compile.log 2>&1 ||
  { tail -n 30 build-fuzz/compile.log; exit 1; }
corpus=build-fuzz/corpus
mkdir -p "$corpus" build-fuzz/artifacts
cp tests/data/valid/*.json tests/data/invalid/*.json data/delegations-2025.json "$corpus"/
# a few large seeds: many members, text taller than a page, many sides, many legs
/usr/bin/python3 tests/fuzz/make-large-seeds.py tests "$corpus"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
build-fuzz/tests/fuzz-loader -max_total_time="$seconds" -max_len=4000000 -timeout=60 \
  -rss_limit_mb=4096 -dict=tests/fuzz/dataset.dict -print_final_stats=1 \
  -artifact_prefix=build-fuzz/artifacts/ "$corpus" >build-fuzz/fuzz.log 2>&1 || status=$?
grep -v -e '^#[0-9]' build-fuzz/fuzz.log | tail -n 30
echo "fuzz: exit status $status"
exit $status
