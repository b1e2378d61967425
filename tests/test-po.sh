#!/bin/sh
# Translations stay complete: every source file with translatable strings
# is listed in po/POTFILES.in, xgettext extracts them without error, and
# every language in po/LINGUAS compiles (TAP).
set -u
top=$1
cd "$top" || exit 1
n=0
fail=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
bad() { n=$((n + 1)); fail=1; echo "not ok $n - $1"; }

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

for lang in $(grep -v '^#' po/LINGUAS); do
  if msgfmt -c --statistics -o /dev/null "po/$lang.po" 2>"$tmp/err"; then ok "po/$lang.po compiles"
  else bad "po/$lang.po: $(cat "$tmp/err")"; fi
done

echo "1..$n"
exit $fail
