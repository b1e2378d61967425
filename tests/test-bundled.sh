#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The bundled dataset is made by its generator and nothing else: running
# build-aux/make-bundled-dataset.py on the fact sheet (docs/reference/, a
# copy of the project's reference) reproduces data/delegations-2025.json
# byte for byte (TAP).  Usage: test-bundled.sh SOURCE_ROOT PYTHON
set -u
top=$1
python=$2
n=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if "$python" "$top/build-aux/make-bundled-dataset.py" "$top/docs/reference" >"$tmp/out.json" \
     2>"$tmp/err" && cmp -s "$tmp/out.json" "$top/data/delegations-2025.json"; then
  echo "ok 1 - the generator reproduces data/delegations-2025.json"
else
  fail=1
  echo "not ok 1 - the generator reproduces data/delegations-2025.json"
  diff "$tmp/out.json" "$top/data/delegations-2025.json" 2>&1 | head -n 20 | sed 's/^/# /'
  sed 's/^/# /' "$tmp/err"
fi
n=1

# The copy matches the project's reference where that is at hand: named
# by DLG_REFERENCE_DIR, or beside the checkout (../shared/reference), or
# beside the checkout a clone was made from (a CI clone in a temporary
# folder has no ../shared of its own).
shared=${DLG_REFERENCE_DIR:-}
if [ -z "$shared" ]; then
  shared="$top/../shared/reference"
  origin=$(git -C "$top" remote get-url origin 2>/dev/null || true)
  case "$origin" in
    file://*) origin=${origin#file://} ;;
  esac
  if [ ! -d "$shared" ] && [ -n "$origin" ] && [ -d "$origin/../shared/reference" ]; then
    shared="$origin/../shared/reference"
  fi
fi
for f in delegations-2025-facts.json delegations-2025-facts.md source-article.txt; do
  n=$((n + 1))
  if [ ! -f "$shared/$f" ]; then
    echo "ok $n - docs/reference/$f matches the shared reference # SKIP no reference at $shared"
  elif cmp -s "$shared/$f" "$top/docs/reference/$f"; then
    echo "ok $n - docs/reference/$f matches the shared reference"
  else
    fail=1
    echo "not ok $n - docs/reference/$f matches the shared reference"
  fi
done
echo "1..$n"
exit $fail
