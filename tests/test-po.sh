#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Translations stay complete: every source file with translatable strings
# is listed in po/POTFILES.in, xgettext extracts them without error, and
# every language in po/LINGUAS compiles (TAP).
set -u
top=$1
cd "$top" || exit 1
for tool in xgettext msgfmt msgcmp; do
  if ! command -v $tool >/dev/null 2>&1; then
    echo "1..0 # SKIP $tool (gettext) is not installed"
    exit 0
  fi
done
n=0
fail=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
bad() { n=$((n + 1)); fail=1; echo "not ok $n - $1"; [ $# -gt 1 ] && printf '%s\n' "$2" | sed 's/^/# /'; }

listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d')
missing=""
for f in $(grep -rlE '(^|[^A-Za-z_])N?_\(|g_dngettext|translatable="yes"' src resources 2>/dev/null | sort); do
  echo "$listed" | grep -qx "$f" || missing="$missing $f"
done
if [ -z "$missing" ]; then ok "POTFILES.in lists every file with translatable strings"
else bad "POTFILES.in misses:$missing"; fi

stale=""
for f in $listed; do [ -f "$f" ] || stale="$stale $f"; done
if [ -z "$stale" ]; then ok "every file in POTFILES.in exists"; else bad "POTFILES.in names missing files:$stale"; fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
     --keyword=g_dngettext:2,3 --add-comments=Translators -f po/POTFILES.in \
     -o "$tmp/delegations.pot" 2>"$tmp/err" && [ -s "$tmp/delegations.pot" ]; then
  ok "xgettext extracts $(grep -c '^msgid ' "$tmp/delegations.pot") strings"
else
  bad "xgettext failed: $(cat "$tmp/err")"
fi

# Each language compiles with its checks (formats, plural forms, header,
# the _ of every mnemonic kept), is complete (nothing untranslated or fuzzy)
# and holds every string of the sources.
langs=$(grep -v '^#' po/LINGUAS)
[ -n "$langs" ] && ok "po/LINGUAS names $(echo $langs)" || bad "po/LINGUAS names no language"
for lang in $langs; do
  if msgfmt -c --check-accelerators=_ --statistics -o /dev/null "po/$lang.po" 2>"$tmp/err"; then
    if grep -Eq 'untranslated|fuzzy' "$tmp/err"; then bad "po/$lang.po is incomplete: $(cat "$tmp/err")"
    else ok "po/$lang.po compiles and is complete: $(cat "$tmp/err")"; fi
  else bad "po/$lang.po: $(cat "$tmp/err")"; fi
  if msgcmp "po/$lang.po" "$tmp/delegations.pot" 2>"$tmp/err"; then ok "po/$lang.po holds every string of the sources"
  else bad "po/$lang.po misses strings of the sources" "$(head -n 20 "$tmp/err")"; fi
  # right to left: lines that start with a name open with U+200F, arrows point left
  if python3 tests/tools/check-rtl-po.py "po/$lang.po" >"$tmp/err" 2>&1; then
    ok "po/$lang.po keeps the reading direction of its composed texts"
  else bad "po/$lang.po: composed texts would not read right to left" "$(head -n 20 "$tmp/err")"; fi
done

echo "1..$n"
exit $fail
