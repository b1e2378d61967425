#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The metainfo as software centres and Flathub check it: `appstreamcli
# validate --pedantic --no-net` passes and prints no error, warning or info
# line (E:, W:, I:); pedantic hints (P:) are allowed, such as the capitals
# of the app id.  One exception, and only while appstreamcli is older than
# 1.0 (Debian 12 has 0.16.1): `<developer>`, the AppStream 1.0 tag that
# replaces the deprecated `<developer_name>`, is unknown to it and reported
# as "I: ...: unknown-tag developer".  Exits 77 (skip) without appstreamcli.
# Usage: validate-metainfo.sh FILE
file=$1
if ! command -v appstreamcli >/dev/null 2>&1; then
  echo "skipped: appstreamcli is not installed" >&2
  exit 77
fi
version=$(appstreamcli --version 2>/dev/null | sed -n 's/^AppStream version: *//p')
out=$(appstreamcli validate --pedantic --no-net --no-color "$file" 2>&1)
status=$?
printf '%s\n' "$out"
issues=$(printf '%s\n' "$out" | grep -E '^[EWI]: ')
case $version in
  0.*)
    tolerated=$(printf '%s\n' "$issues" | grep -E '^I: [^ ]+: unknown-tag developer$')
    issues=$(printf '%s\n' "$issues" | grep -vE '^I: [^ ]+: unknown-tag developer$')
    [ -n "$tolerated" ] &&
      echo "tolerated with appstreamcli $version (before AppStream 1.0): $tolerated" ;;
esac
if [ $status -ne 0 ] || [ -n "$issues" ]; then
  echo "appstreamcli ${version:-?} (exit $status) reports:"
  printf '%s\n' "$issues"
  exit 1
fi
exit 0
