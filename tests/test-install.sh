#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# What a user gets: meson install into a temporary prefix (its own build
# tree, removed once installed), then the launcher, the icon, the schema,
# the MIME type and the command line of the installed copy, the licence and
# release notes, and the validators on the installed metainfo and launcher
# (TAP).
# Usage: test-install.sh SOURCE_ROOT CHECK_ICON [B_SANITIZE]
set -u
src=$1
check_icon=$2
here=$(cd "$(dirname "$0")" && pwd)

. "$here/tools/tap.sh"

[ "${3:-none}" = none ] || skip_all "the install is tested in the plain build"

need_tools Xvfb dbus-run-session gtk4-launch gsettings gio
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || skip_all "python3-pyatspi is not installed"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"

if meson setup "$tmp/build" "$src" --prefix="$prefix" -Dtests=false >"$tmp/setup.log" 2>&1 &&
   meson compile -C "$tmp/build" >"$tmp/compile.log" 2>&1 &&
   meson install -C "$tmp/build" --strip >"$tmp/install.log" 2>&1; then
  ok "meson install into a fresh prefix"
else
  bad "meson install into a fresh prefix" "$(tail -n 20 "$tmp"/*.log)"
  echo "1..$n"
  exit 1
fi
# The installed copy must not need its build tree.
build_path="$tmp/build"
rm -rf "$tmp/build"

share="$prefix/share"
for f in bin/delegations \
         share/applications/com.example.Delegations.desktop \
         share/metainfo/com.example.Delegations.metainfo.xml \
         share/icons/hicolor/scalable/apps/com.example.Delegations.svg \
         share/icons/hicolor/symbolic/apps/com.example.Delegations-symbolic.svg \
         share/icons/hicolor/48x48/apps/com.example.Delegations.png \
         share/glib-2.0/schemas/com.example.Delegations.gschema.xml \
         share/glib-2.0/schemas/gschemas.compiled \
         share/mime/packages/com.example.Delegations.xml \
         share/dbus-1/services/com.example.Delegations.service \
         share/man/man1/delegations.1 \
         share/doc/delegations/FORMAT.md \
         share/delegations/delegations-2025.json \
         share/delegations/delegations.schema.json \
         share/help/C/com.example.Delegations/index.page \
         share/help/C/com.example.Delegations/open-dataset.page \
         share/help/C/com.example.Delegations/overview.page \
         share/help/C/com.example.Delegations/marks.page \
         share/help/C/com.example.Delegations/filter-sort.page \
         share/help/C/com.example.Delegations/sides-details.page \
         share/help/C/com.example.Delegations/print-export.page \
         share/help/C/com.example.Delegations/command-line.page \
         share/help/C/com.example.Delegations/dataset-format.page \
         share/help/C/com.example.Delegations/shortcuts.page \
         share/doc/delegations/COPYING \
         share/doc/delegations/NEWS; do
  [ -f "$prefix/$f" ] || missing="${missing:-} $f"
done
check "$([ -z "${missing:-}" ]; echo $?)" "every file is installed" "missing:${missing:-}"

# The user guide where help:com.example.Delegations finds it: every page of
# docs/help/C, valid as installed
installed_help="$share/help/C/com.example.Delegations"
if [ "$(ls "$installed_help" 2>&1)" = "$(ls "$src/docs/help/C")" ]; then
  ok "the user guide installs every page of docs/help/C"
else
  bad "the user guide installs every page of docs/help/C" "$(ls "$installed_help" 2>&1)"
fi
if command -v yelp-check >/dev/null 2>&1; then
  out=$(yelp-check validate "$installed_help" 2>&1) && [ -z "$out" ]
  check $? "the installed user guide is valid Mallard (yelp-check validate)" "$out"
else
  ok "the installed user guide is valid Mallard # SKIP yelp-check (yelp-tools) is not installed"
fi

cmp -s "$src/COPYING" "$share/doc/delegations/COPYING" && cmp -s "$src/NEWS" "$share/doc/delegations/NEWS"
check $? "the licence (COPYING) and the release notes (NEWS) are installed in share/doc/delegations/"

# The validators, on the installed files: a missing tool is a skip, never a pass.
metainfo="$share/metainfo/com.example.Delegations.metainfo.xml"
out=$(sh "$here/tools/validate-metainfo.sh" "$metainfo" 2>&1)
case $? in
  0) ok "the installed metainfo passes appstreamcli validate --pedantic --no-net (no E, W or I line)"
     printf '%s\n' "$out" | grep '^tolerated' | sed 's/^/# /' ;;
  77) n=$((n + 1)); echo "ok $n - the installed metainfo validates # SKIP appstreamcli is not installed" ;;
  *) bad "the installed metainfo passes appstreamcli validate --pedantic --no-net" "$out" ;;
esac
if command -v desktop-file-validate >/dev/null 2>&1; then
  out=$(desktop-file-validate "$share/applications/com.example.Delegations.desktop" 2>&1)
  check "$([ $? -eq 0 ] && [ -z "$out" ]; echo $?)" \
    "the installed launcher passes desktop-file-validate with nothing to say" "$out"
else
  n=$((n + 1)); echo "ok $n - the installed launcher validates # SKIP desktop-file-validate is not installed"
fi
# Screenshots and the other links into the repository are its own: the
# vcs-browser URL, then /-/raw/main/ or /-/blob/main/ and a file of the
# source tree, or /-/tree/main/ and a folder (help, translations).
vcs=$(sed -n 's|.*<url type="vcs-browser">\(.*\)</url>.*|\1|p' "$metainfo")
links=$(grep -o 'https://[^<"]*' "$metainfo" | grep -E '/-/(raw|blob|tree)/main/' | sort -u)
wrong=""
for url in $links; do
  case $url in
    "$vcs"/-/raw/main/*) [ -f "$src/${url#"$vcs"/-/raw/main/}" ] ;;
    "$vcs"/-/blob/main/*) [ -f "$src/${url#"$vcs"/-/blob/main/}" ] ;;
    "$vcs"/-/tree/main/*) [ -d "$src/${url#"$vcs"/-/tree/main/}" ] ;;
    *) false ;;
  esac || wrong="$wrong $url"
done
shots=$(grep -c '<image>' "$metainfo")
check "$([ -n "$vcs" ] && [ -n "$links" ] && [ -z "$wrong" ] && [ "$shots" -gt 0 ] &&
         [ "$(grep '<image>' "$metainfo" | grep -c "$vcs/-/raw/main/")" = "$shots" ]; echo $?)" \
  "the metainfo's $shots screenshots and its $(echo $links | wc -w) links into the repository ($vcs) name its files and folders" \
  "not in the source tree or not under $vcs:${wrong:- (no links, or a screenshot elsewhere)}"
# ... and each screenshot is a PNG of the whole 1280x800 frame that
# build-aux/screenshots.sh captures (its header: the signature, IHDR, then
# the width and the height as 32-bit big-endian numbers)
sizes=""
for url in $(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$metainfo"); do
  png="$src/${url#"$vcs"/-/raw/main/}"
  head=$(od -An -tx1 -N24 "$png" 2>/dev/null | tr -d ' \n')
  case $head in
    89504e470d0a1a0a0000000d494844520000050000000320) ;;
    *) sizes="$sizes ${png#"$src"/} ($head)" ;;
  esac
done
check "$([ -z "$sizes" ]; echo $?)" "each of the $shots screenshots is a 1280x800 PNG" \
  "not a 1280x800 PNG:$sizes"

# The man page names the installed format description, and every file
# it names under the prefix is there.
man="$share/man/man1/delegations.1"
grep -q "^\.IR\{0,1\} $share/doc/delegations/FORMAT\.md" "$man"
check $? "the man page names the installed FORMAT.md" "$(grep -n FORMAT "$man")"
named=$(sed -n "s|^\.IR\{0,1\} \($prefix/[^ ,]*\).*|\1|p" "$man" | sed 's/\\-/-/g')
absent=""
for f in $named; do
  [ -e "$f" ] || absent="$absent $f"
done
check "$([ -n "$named" ] && [ -z "$absent" ]; echo $?)" \
  "every installed file the man page names is there ($(echo $named | wc -w))" "absent:$absent"

# The Flatpak manifests (they are not installed; checked here too, as
# the release checklist runs this test)
/usr/bin/python3 "$here/test-manifest.py" \
  "$src/build-aux/com.example.Delegations.json" com.example.Delegations delegations \
  "$src/build-aux/com.example.Delegations.Devel.json" com.example.Delegations.Devel \
  delegations-devel >"$tmp/manifest.tap" 2>&1
relay "$tmp/manifest.tap" "Flatpak manifest: "
grep -q "^ok " "$tmp/manifest.tap" || bad "the Flatpak manifests' test ran" "$(cat "$tmp/manifest.tap")"

grep -q "$build_path" "$prefix/bin/delegations"
check "$([ $? -ne 0 ]; echo $?)" "no build-tree path in the installed binary"

grep -qx "Exec=$prefix/bin/delegations --gapplication-service" \
  "$share/dbus-1/services/com.example.Delegations.service"
check $? "the D-Bus service starts the installed binary as a service"

# as after an install into /usr/local: the binary on PATH (GIO hides a
# launcher whose Exec it cannot find), the data under XDG_DATA_DIRS
export PATH="$prefix/bin:$PATH" XDG_DATA_DIRS="$share:/usr/share"
export XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/data"
export HOME="$tmp" LC_ALL=C.UTF-8 GDK_DEBUG=gl-disable GSETTINGS_BACKEND=memory
unset GSETTINGS_SCHEMA_DIR GTK_A11Y NO_AT_BRIDGE DBUS_SESSION_BUS_ADDRESS

out=$(gsettings get com.example.Delegations window-width 2>&1)
check "$([ "$out" = 1280 ]; echo $?)" "the settings schema is found from the install" "$out"

type=$(gio info -a standard::content-type "$share/delegations/delegations-2025.json" 2>&1 |
       sed -n 's/^ *standard::content-type: //p')
check "$([ "$type" = application/x-delegations+json ]; echo $?)" \
  "a dataset is recognised as application/x-delegations+json by its content" "$type"
cp "$src/tests/data/valid/minimal.json" "$tmp/minimal.delegations.json"
printf '{"name": 1}' >"$tmp/other.delegations.json"
type=$(gio info -a standard::content-type "$tmp/other.delegations.json" 2>&1 |
       sed -n 's/^ *standard::content-type: //p')
check "$([ "$type" = application/x-delegations+json ]; echo $?)" \
  "... and by the .delegations.json ending" "$type"
default=$(gio mime application/x-delegations+json 2>&1 | head -n 1)
case $default in
  *com.example.Delegations.desktop*) ok "the launcher opens the type" ;;
  *) bad "the launcher opens the type" "$default" ;;
esac

"$prefix/bin/delegations" --export-pdf="$tmp/sheet.pdf" >"$tmp/export.log" 2>&1 &&
  head -c 5 "$tmp/sheet.pdf" | grep -q '%PDF-'
check $? "the installed binary exports the bundled dataset's sheet" "$(cat "$tmp/export.log")"

# The launcher, through D-Bus activation, under a private Xvfb and bus.
mkdir -m 700 "$tmp/runtime"
export XDG_RUNTIME_DIR="$tmp/runtime"
sh "$here/tools/with-xvfb.sh" dbus-run-session -- sh -c '
  "$1" com.example.Delegations 48 >"$3/icon" 2>&1
  echo $? >"$3/icon.rc"
  /usr/bin/python3 "$2/e2e/installed.py" "$3/minimal.delegations.json" >"$3/launch.tap" 2>"$3/launch.err"
  ' sh "$check_icon" "$here" "$tmp" >"$tmp/session.log" 2>&1

icon=$(cat "$tmp/icon" 2>/dev/null)
case "$(cat "$tmp/icon.rc" 2>/dev/null)/$icon" in
  0/"$share"/icons/hicolor/48x48/apps/com.example.Delegations.png)
    ok "GtkIconTheme finds the installed icon (the PNG at the window's 48 pixels)" ;;
  *) bad "GtkIconTheme finds the installed icon" "$icon" ;;
esac
relay "$tmp/launch.tap"
[ -s "$tmp/launch.tap" ] || bad "the launcher session ran" "$(tail -n 5 "$tmp/session.log" "$tmp/launch.err")"

# Hindi and Urdu, as installed: the launcher, the software-centre text,
# the command line, and the window mirrored in Urdu.  The locales are
# compiled into the test's folder (LOCPATH): a fresh system may lack them.
for lang in hi ur; do
  grep -q "^Name\[$lang\]=" "$share/applications/com.example.Delegations.desktop" &&
    grep -q "xml:lang=\"$lang\"" "$share/metainfo/com.example.Delegations.metainfo.xml"
  check $? "the launcher and the metainfo carry the $lang translation"
done
mkdir -p "$tmp/locale"
if localedef -i hi_IN -f UTF-8 "$tmp/locale/hi_IN.UTF-8" >/dev/null 2>&1 &&
   localedef -i ur_PK -f UTF-8 "$tmp/locale/ur_PK.UTF-8" >/dev/null 2>&1; then
  out=$(LOCPATH="$tmp/locale" LC_ALL=hi_IN.UTF-8 "$prefix/bin/delegations" --summary 2>&1)
  case $out in
    *"24 जून 2025 की स्थिति"*"दोनों ने दौरा किया (5)"*) ok "--summary speaks Hindi, dates included" ;;
    *) bad "--summary speaks Hindi, dates included" "$(printf '%s' "$out" | head -n 3)" ;;
  esac
  out=$(LOCPATH="$tmp/locale" LC_ALL=ur_PK.UTF-8 "$prefix/bin/delegations" --validate \
          "$share/delegations/delegations-2025.json" 2>&1)
  case $out in
    *'\u'*) bad "--validate speaks Urdu, with no escaped text of its own" "$out" ;;
    *"درست: 2 فریق، 9 وفود، 40 پڑاؤ؛ افراد: "*"72 نامزد، 70 نے سفر کیا"*) ok "--validate speaks Urdu, with its plural forms" ;;
    *) bad "--validate speaks Urdu, with its plural forms" "$out" ;;
  esac
  LOCPATH="$tmp/locale" LC_ALL=ur_PK.UTF-8 sh "$here/tools/with-xvfb.sh" dbus-run-session -- \
    /usr/bin/python3 "$here/e2e/installed.py" --urdu "$prefix/bin/delegations" \
    >"$tmp/rtl.tap" 2>"$tmp/rtl.err"
  relay "$tmp/rtl.tap"
  [ -s "$tmp/rtl.tap" ] || bad "the Urdu session ran" "$(tail -n 5 "$tmp/rtl.err")"
  if grep -q "^not ok" "$tmp/rtl.tap"; then
    tail -n 20 "$tmp/rtl.err" | sed 's/^/# /'
  fi
else
  bad "localedef compiles hi_IN and ur_PK (Debian's locales package)"
fi

echo "1..$n"
exit $fail
