#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The development profile installs beside the release: these sources built
# twice, as the release and with -Dprofile=development, installed into one
# temporary prefix.  Each build must work from there with its own program,
# settings, launcher, icon and D-Bus name, its window must look different,
# and neither install may write a file the other wrote (TAP).
# Usage: test-install-devel.sh SOURCE_ROOT CHECK_ICON [B_SANITIZE]
set -u
src=$1
check_icon=$2
here=$(cd "$(dirname "$0")" && pwd)

. "$here/tools/tap.sh"

[ "${3:-none}" = none ] || skip_all "the install is tested in the plain build"

need_tools Xvfb dbus-run-session gdbus gio gsettings desktop-file-validate \
           /usr/bin/import /usr/bin/convert /usr/bin/compare

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"
share="$prefix/share"

# The release first, as a user who tries a development build would have it.
for profile in default development; do
  b="$tmp/build-$profile"
  if meson setup "$b" "$src" --prefix="$prefix" -Dtests=false -Dprofile=$profile \
       >"$tmp/setup-$profile.log" 2>&1 &&
     meson compile -C "$b" >"$tmp/compile-$profile.log" 2>&1 &&
     meson install -C "$b" --strip >"$tmp/install-$profile.log" 2>&1; then
    ok "meson install, profile $profile"
  else
    bad "meson install, profile $profile" "$(tail -n 20 "$tmp"/*-$profile.log)"
    echo "1..$n"
    exit 1
  fi
  # the files the install wrote, relative to the prefix (the log also
  # names the folders it made: the first install makes share/icons and
  # the like, which both use)
  grep -v '^#' "$b/meson-logs/install-log.txt" | while IFS= read -r f; do
    [ -d "$f" ] || echo "${f#"$prefix"/}"
  done | sort >"$tmp/$profile.files"
  rm -rf "$b"
done

# No file of one install is a file of the other: uninstalling or
# upgrading one leaves the other whole.  (The caches that meson's
# post-install step rebuilds from both, such as gschemas.compiled and
# the MIME database, are not in the lists: they are made from every
# installed file, not installed.)
shared=$(comm -12 "$tmp/default.files" "$tmp/development.files")
check "$([ -z "$shared" ]; echo $?)" \
  "the two installs share no file ($(wc -l <"$tmp/default.files") and $(wc -l <"$tmp/development.files") files)" \
  "both install: $shared"

missing=""
for f in bin/delegations-devel \
         share/applications/com.example.Delegations.Devel.desktop \
         share/metainfo/com.example.Delegations.Devel.metainfo.xml \
         share/icons/hicolor/scalable/apps/com.example.Delegations.Devel.svg \
         share/icons/hicolor/symbolic/apps/com.example.Delegations.Devel-symbolic.svg \
         share/icons/hicolor/48x48/apps/com.example.Delegations.Devel.png \
         share/glib-2.0/schemas/com.example.Delegations.Devel.gschema.xml \
         share/mime/packages/com.example.Delegations.Devel.xml \
         share/dbus-1/services/com.example.Delegations.Devel.service \
         share/delegations-devel/delegations-2025.json \
         share/doc/delegations-devel/COPYING \
         share/doc/delegations-devel/NEWS \
         share/doc/delegations-devel/FORMAT.md \
         share/help/C/com.example.Delegations.Devel/index.page; do
  grep -qx "$f" "$tmp/development.files" || missing="$missing $f"
done
check "$([ -z "$missing" ]; echo $?)" "the development build installs its files under its own names" \
  "missing:$missing"
grep -qx bin/delegations "$tmp/default.files"
check $? "... and the release keeps its own (bin/delegations)"
cmp -s "$share/icons/hicolor/scalable/apps/com.example.Delegations.svg" \
       "$share/icons/hicolor/scalable/apps/com.example.Delegations.Devel.svg"
check "$([ $? -ne 0 ]; echo $?)" "the development build's icon is not the release's"

export XDG_DATA_DIRS="$share:/usr/share"
export XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/data"
export HOME="$tmp" LC_ALL=C.UTF-8 GDK_DEBUG=gl-disable
unset GSETTINGS_SCHEMA_DIR GTK_A11Y NO_AT_BRIDGE DBUS_SESSION_BUS_ADDRESS

# Both programs run, each on the dataset its own install carries.
for p in delegations:delegations delegations-devel:delegations-devel; do
  bin=${p%%:*}
  out=$("$prefix/bin/$bin" --validate "$share/${p#*:}/delegations-2025.json" 2>&1)
  case $out in
    *": valid: 2 sides, 9 delegations"*) ok "$bin --validate reads its bundled dataset" ;;
    *) bad "$bin --validate reads its bundled dataset" "$out" ;;
  esac
done
release_version=$("$prefix/bin/delegations" --version 2>&1)
devel_version=$("$prefix/bin/delegations-devel" --version 2>&1)
commit=$(git -C "$src" rev-parse --short HEAD 2>/dev/null)
check "$([ "$release_version" = "delegations 0.1.0" ]; echo $?)" \
  "the release's version is the project's" "$release_version"
if [ -n "$commit" ]; then
  check "$([ "$devel_version" = "delegations 0.1.0-$commit" ]; echo $?)" \
    "the development build's version names its commit" "$devel_version (HEAD: $commit)"
fi

# Each finds its own catalogues (the gettext domains delegations and
# delegations-devel); the locale is compiled into the test's folder.
mkdir -p "$tmp/locale"
if localedef -i hi_IN -f UTF-8 "$tmp/locale/hi_IN.UTF-8" >/dev/null 2>&1; then
  for bin in delegations delegations-devel; do
    out=$(LOCPATH="$tmp/locale" LC_ALL=hi_IN.UTF-8 "$prefix/bin/$bin" --summary 2>&1)
    case $out in
      *"दोनों ने दौरा किया (5)"*) ok "$bin speaks Hindi from its own catalogue" ;;
      *) bad "$bin speaks Hindi from its own catalogue" "$(printf '%s' "$out" | head -n 3)" ;;
    esac
  done
else
  bad "localedef compiles hi_IN (Debian's locales package)"
fi

# Their own settings: one schema each, at its own path; a value the
# development build keeps does not change the release's.
export GSETTINGS_BACKEND=keyfile
a=$(gsettings get com.example.Delegations window-width 2>&1)
b=$(gsettings get com.example.Delegations.Devel window-width 2>&1)
check "$([ "$a/$b" = 1280/1280 ]; echo $?)" "each build's settings schema is found from the install" "$a / $b"
gsettings set com.example.Delegations.Devel window-width 900 &&
  a=$(gsettings get com.example.Delegations window-width 2>&1) &&
  b=$(gsettings get com.example.Delegations.Devel window-width 2>&1)
check "$([ "$a/$b" = 1280/900 ]; echo $?)" "the development build's settings are its own" "$a / $b"
grep -q '^\[com/example/Delegations/Devel\]' "$XDG_CONFIG_HOME/glib-2.0/settings/keyfile"
check $? "... kept under /com/example/Delegations/Devel/"
export GSETTINGS_BACKEND=memory

# Both define the dataset's MIME type, each in a file of its own name;
# the database merges them into one type.
type=$(gio info -a standard::content-type "$share/delegations-devel/delegations-2025.json" 2>&1 |
       sed -n 's/^ *standard::content-type: //p')
check "$([ "$type" = application/x-delegations+json ]; echo $?)" \
  "with both MIME files installed a dataset is still application/x-delegations+json" "$type"
# A dataset double-clicked opens in the release: the development
# launcher claims no file type (it stays in Open With's other programs).
default=$(PATH="$prefix/bin:$PATH" gio mime application/x-delegations+json 2>&1)
case $default in
  *"Default application for"*"com.example.Delegations.desktop"*)
    case $default in
      *com.example.Delegations.Devel.desktop*) bad "only the release opens datasets by default" "$default" ;;
      *) ok "only the release opens datasets by default" ;;
    esac ;;
  *) bad "only the release opens datasets by default" "$default" ;;
esac

# Launchers and D-Bus services, each pointing at its own program and icon.
for id in com.example.Delegations:delegations com.example.Delegations.Devel:delegations-devel; do
  app=${id%%:*}
  bin=${id#*:}
  desktop="$share/applications/$app.desktop"
  out=$(desktop-file-validate "$desktop" 2>&1)
  check "$([ -z "$out" ]; echo $?)" "$app.desktop validates" "$out"
  grep -qx "Exec=$bin %U" "$desktop" && grep -qx "Icon=$app" "$desktop"
  check $? "$app.desktop starts $bin and shows the $app icon" "$(grep -E '^(Exec|Icon)=' "$desktop")"
  service="$share/dbus-1/services/$app.service"
  grep -qx "Name=$app" "$service" &&
    grep -qx "Exec=$prefix/bin/$bin --gapplication-service" "$service"
  check $? "the D-Bus service $app starts $bin" "$(cat "$service")"
  grep -q "<id>$app</id>" "$share/metainfo/$app.metainfo.xml" &&
    grep -q "<launchable type=\"desktop-id\">$app.desktop</launchable>" "$share/metainfo/$app.metainfo.xml" &&
    grep -q "<binary>$bin</binary>" "$share/metainfo/$app.metainfo.xml"
  check $? "the metainfo of $app names its launcher and program"
done

# Under a private Xvfb and bus: the icon theme finds each icon, and each
# D-Bus name, activated, is served by its own program, whose window shows.
# The header bars of the two windows, side by side: the development
# build's is marked (window.devel: Adwaita's tint and emblem at its end).
mkdir -m 700 "$tmp/runtime"
export XDG_RUNTIME_DIR="$tmp/runtime"
sh "$here/tools/with-xvfb.sh" dbus-run-session -- sh "$here/tools/activate-and-shoot.sh" \
  "$check_icon" "$prefix" "$tmp" >"$tmp/session.tap" 2>"$tmp/session.err"
relay "$tmp/session.tap"
[ -s "$tmp/session.tap" ] || bad "the session under Xvfb ran" "$(tail -n 5 "$tmp/session.err")"

if [ -f "$tmp/shot-delegations.png" ] && [ -f "$tmp/shot-delegations-devel.png" ]; then
  # the header bar's end, under the window's buttons: the tint grows
  # from 65 % of the width to the right edge, the emblem sits at 90 %
  w=$(/usr/bin/convert "$tmp/shot-delegations.png" -format %w info:)
  x=$((w * 88 / 100))
  cw=$((w - x))
  for s in delegations delegations-devel; do
    /usr/bin/convert "$tmp/shot-$s.png" -crop "${cw}x36+$x+4" +repage "$tmp/head-$s.png"
  done
  total=$((cw * 36))
  differ=$(/usr/bin/compare -metric AE -fuzz 3% "$tmp/head-delegations.png" \
             "$tmp/head-delegations-devel.png" null: 2>&1)
  differ=${differ%%.*}
  case $differ in
    ''|*[!0-9]*) bad "the development build's header bar is marked" "compare: $differ" ;;
    *) check "$([ "$differ" -gt $((total / 2)) ]; echo $?)" \
         "the development build's header bar is marked ($differ of $total pixels at its end differ from the release's)" ;;
  esac
  if [ -n "${DELEGATIONS_KEEP_SHOTS:-}" ]; then
    cp "$tmp"/shot-*.png "$DELEGATIONS_KEEP_SHOTS"/
  fi
fi

echo "1..$n"
exit $fail
