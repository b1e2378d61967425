#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# NEWS is the metainfo's <releases> as text: the metainfo is the one source
# (software centres read it and its release notes are translated), and NEWS
# must be what `appstreamcli metainfo-to-news` makes of it, byte for byte.
# After a change to the releases, remake it with:
#   appstreamcli metainfo-to-news --format=text \
#     data/com.example.Delegations.metainfo.xml.in NEWS
# Exits 77 (skip) without appstreamcli.  Usage: test-news.sh SOURCE_ROOT
top=$1
if ! command -v appstreamcli >/dev/null 2>&1; then
  echo "skipped: appstreamcli is not installed" >&2
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! appstreamcli metainfo-to-news --format=text \
       "$top/data/com.example.Delegations.metainfo.xml.in" "$tmp/NEWS" >"$tmp/log" 2>&1; then
  echo "appstreamcli metainfo-to-news failed:"
  cat "$tmp/log"
  exit 1
fi
if ! diff -u "$top/NEWS" "$tmp/NEWS"; then
  echo "NEWS differs from the metainfo's releases (above: - NEWS, + the metainfo's)"
  exit 1
fi
echo "NEWS holds the metainfo's $(grep -c '^Version ' "$tmp/NEWS") release(s)"
