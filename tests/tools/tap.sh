# SPDX-License-Identifier: GPL-3.0-or-later
# TAP for sh test scripts, sourced (. tests/tools/tap.sh): ok and bad
# print a numbered line (bad with its details as comments), check turns an
# exit status into either, relay passes on another script's TAP lines
# under this script's numbers (each name after an optional prefix, $2);
# the script ends with: echo "1..$n"; exit $fail
n=0
fail=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
bad() { n=$((n + 1)); fail=1; echo "not ok $n - $1"; [ $# -gt 1 ] && printf '%s\n' "$2" | sed 's/^/# /'; }
check() { if [ "$1" = 0 ]; then ok "$2"; else bad "$2" "${3:-}"; fi; }
relay() {
  while IFS= read -r line; do
    case $line in
      "ok "*) ok "${2:-}${line#ok * - }" ;;
      "not ok "*) bad "${2:-}${line#not ok * - }" ;;
      "#"*) echo "$line" ;;
    esac
  done <"$1"
}
# Before any check: the whole script skipped, saying why
skip_all() { echo "1..0 # SKIP $1"; exit 0; }
# Skips the whole script unless every command named is there
need_tools() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || skip_all "$tool is not installed"
  done
}
