#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The user guide (docs/help/C, Mallard) is valid and whole: every page
# validates against the Mallard schema (yelp-check validate), every xref
# names a page that exists (yelp-check links), every page id is its
# file's name and every page is reached from a guide, and the pages are
# the ones docs/help/meson.build installs.  That the shortcuts page lists
# every shortcut the application sets is test-application's
# /app/help/shortcuts-documented (it reads them from the running window).
# TAP; a skip when yelp-check (yelp-tools) is missing.
# Usage: test-help.sh SOURCE_ROOT
set -u
top=$1
help="$top/docs/help/C"
if ! command -v yelp-check >/dev/null 2>&1; then
  echo "1..0 # SKIP yelp-check (yelp-tools) is not installed"
  exit 0
fi
n=0
fail=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
bad() { n=$((n + 1)); fail=1; echo "not ok $n - $1"; [ $# -gt 1 ] && printf '%s\n' "$2" | sed 's/^/# /'; }
# command output and status: a pass needs status 0 and no output
quiet() { out=$("$@" 2>&1); rc=$?; [ $rc -eq 0 ] && [ -z "$out" ]; }

pages=$(cd "$help" && ls *.page 2>/dev/null)
if [ -n "$pages" ]; then ok "the guide has $(echo "$pages" | wc -l) pages"
else bad "no page in $help"; fi

# validate prints nothing for a valid page
if quiet yelp-check validate "$help"; then ok "every page is valid Mallard"
else bad "yelp-check validate" "$out"; fi

if quiet yelp-check links "$help"; then ok "every xref names a page that exists"
else bad "yelp-check links: broken links" "$out"; fi

if quiet yelp-check ids "$help"; then ok "every page id is its file's name"
else bad "yelp-check ids" "$out"; fi

if quiet yelp-check orphans "$help"; then ok "every page is linked from a guide"
else bad "yelp-check orphans" "$out"; fi

# the pages on disk are the pages meson installs
listed=$(grep -o "'[A-Za-z0-9_-]*\.page'" "$top/docs/help/meson.build" | tr -d "'" | sort)
if [ "$listed" = "$(echo "$pages" | sort)" ]; then ok "docs/help/meson.build installs every page"
else bad "docs/help/meson.build and the pages differ" \
  "$(printf 'meson.build:\n%s\non disk:\n%s' "$listed" "$pages")"; fi

# the help: URI F1 opens is help:APP_ID; the guide installs under that id
# (gnome.yelp(app_id)), so its first page is index.page
if [ -f "$help/index.page" ] && grep -q 'type="guide"' "$help/index.page"; then
  ok "index.page is a guide (what help:APP_ID opens)"
else bad "index.page is missing or not a guide"; fi

echo "1..$n"
exit $fail
