#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures build/ the first time (warnings are errors), then compiles.
set -eu
cd "$(dirname "$0")/.."
if [ ! -f build/build.ninja ]; then
  meson setup build --werror
fi
meson compile -C build
