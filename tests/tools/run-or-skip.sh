#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a validator when it is installed; reports the test as skipped
# (exit 77, meson's skip) when it is not, never as passed.
# Usage: run-or-skip.sh TOOL [ARGUMENT...]
tool=$1
shift
if ! command -v "$tool" >/dev/null 2>&1; then
  echo "skipped: $tool is not installed" >&2
  exit 77
fi
exec "$tool" "$@"
