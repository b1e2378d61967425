#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Line coverage of src/model and src/print by the fuzzer's corpus
# (build-fuzz/corpus, grown by build-aux/fuzz.sh): replays every input once
# in a clang build with source-based coverage (build-fuzz-cov/, no
# sanitizers) and prints llvm-cov's report.  Needs clang-14 and llvm-14
# (llvm-profdata, llvm-cov); not part of the test command.
set -eu
cd "$(dirname "$0")/.."
if [ ! -f build-fuzz-cov/build.ninja ]; then
  CC=clang-14 meson setup build-fuzz-cov -Dfuzzing=true -Db_lundef=false \
    -Dc_args="['-fsanitize=fuzzer-no-link', '-fprofile-instr-generate', '-fcoverage-mapping']" \
    -Dc_link_args="['-fprofile-instr-generate']" >/dev/null
fi
meson compile -C build-fuzz-cov tests/fuzz-loader >/dev/null
rm -f build-fuzz-cov/*.profraw
echo "replaying $(ls build-fuzz/corpus | wc -l) inputs"
LLVM_PROFILE_FILE=build-fuzz-cov/fuzz-%p.profraw \
  build-fuzz-cov/tests/fuzz-loader -runs=0 -max_len=4000000 -rss_limit_mb=4096 build-fuzz/corpus \
  >build-fuzz-cov/replay.log 2>&1
llvm-profdata-14 merge -sparse build-fuzz-cov/*.profraw -o build-fuzz-cov/fuzz.profdata
llvm-cov-14 report build-fuzz-cov/tests/fuzz-loader -instr-profile=build-fuzz-cov/fuzz.profdata \
  -ignore-filename-regex='(^/usr/|/tests/|/build-fuzz-cov/|\.h$)' | sed "s|^$PWD/||"
