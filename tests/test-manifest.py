#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifests (TAP).  Each parses, names its app id and
command, builds on a maintained GNOME runtime with the matching SDK, asks
for no more than a window needs (files, links and style go through
portals) and builds without the tests.  The release manifest (Flathub's)
builds from a git tag pinned to a commit; the development one from this
checkout, in the development profile.  When flatpak-builder is installed
it reads each manifest too (--show-manifest: no runtime needed), and an
unknown key or source type fails.

Usage: test-manifest.py RELEASE_MANIFEST APP_ID COMMAND
                        [DEVEL_MANIFEST DEVEL_APP_ID DEVEL_COMMAND]"""
import json
import os
import re
import shutil
import subprocess
import sys

import testutil

# GNOME runtimes no longer supported on Flathub, with the date given in
# flatpak's end-of-life notice ("The GNOME N runtime is no longer
# supported as of ...").  A runtime is supported for about a year, until
# the second release after it.  Keep this list honest: add a runtime when
# Flathub marks it end-of-life.
END_OF_LIFE = {
    "40": "2022-03-21",
    "41": "2022-09-17",
    "42": "2023-03-21",
    "43": "2023-09-20",
    "44": "2024-03-20",
    "45": "2024-09-18",
    "46": "2025-04-17",
    "47": "2025-10-15",
    "48": "2026-03-24",
    # Flathub's notice for 49 was not found in a source; it was released
    # in 2025-09 and GNOME 51 (2026-09) ends it by the rule above.
    "49": "2026-09 (by the one-year rule)",
}
OLDEST = 47          # the floor: the code must build there
ALLOWED_FINISH_ARGS = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11",
                       "--device=dri"}
GIT_URL = "https://example.com/delegations.git"

tap = testutil.Tap()
check = tap.check
skip = tap.skip


def runtime_problems(m):
    p = []
    if m.get("runtime") != "org.gnome.Platform":
        p.append("runtime is %r, not org.gnome.Platform" % m.get("runtime"))
    if m.get("sdk") != "org.gnome.Sdk":
        p.append("sdk is %r, not org.gnome.Sdk" % m.get("sdk"))
    version = m.get("runtime-version")
    if not isinstance(version, str) or not re.fullmatch(r"[0-9]+", version):
        p.append("runtime-version is %r, not a GNOME release number" % version)
    elif int(version) < OLDEST:
        p.append("runtime-version %s is older than GNOME %d" % (version, OLDEST))
    elif version in END_OF_LIFE:
        p.append("GNOME %s is end-of-life (%s)" % (version, END_OF_LIFE[version]))
    # the SDK is the runtime's: a separate sdk version would not match
    for key in ("sdk-version", "base-version"):
        if key in m and m[key] != version:
            p.append("%s %r differs from runtime-version %r" % (key, m[key], version))
    return p


def main_module(m):
    mods = [x for x in m.get("modules", []) if isinstance(x, dict)]
    return mods[-1] if mods else {}


def check_manifest(path, app_id, command, flathub):
    label = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            m = json.load(f)
    except (OSError, ValueError) as e:
        check("%s parses as JSON" % label, [str(e)])
        return
    check("%s parses as JSON" % label, [])

    p = []
    if m.get("id") != app_id:
        p.append("id is %r, not %r" % (m.get("id"), app_id))
    if "app-id" in m:
        p.append("app-id is the old spelling of id")
    if m.get("command") != command:
        p.append("command is %r, not %r" % (m.get("command"), command))
    check("%s: id %s, command %s" % (label, app_id, command), p)

    check("%s: a maintained GNOME runtime (>= %d, not end-of-life), its SDK" % (label, OLDEST),
          runtime_problems(m))

    args = m.get("finish-args", [])
    p = []
    if set(args) != ALLOWED_FINISH_ARGS or len(args) != len(ALLOWED_FINISH_ARGS):
        p.append("finish-args are %r, not %r" % (args, sorted(ALLOWED_FINISH_ARGS)))
    check("%s: finish-args only a window's (files and links through portals)" % label, p)

    mod = main_module(m)
    p = []
    if mod.get("name") != "delegations" or mod.get("buildsystem") != "meson":
        p.append("the last module is %r (%r), not delegations built with meson" %
                 (mod.get("name"), mod.get("buildsystem")))
    opts = mod.get("config-opts", [])
    if "-Dtests=false" not in opts:
        p.append("config-opts %r lack -Dtests=false" % opts)
    profile = [o for o in opts if o.startswith("-Dprofile=")]
    want = [] if flathub else ["-Dprofile=development"]
    if flathub and profile not in ([], ["-Dprofile=default"]):
        p.append("the release builds in the %r profile" % profile)
    if not flathub and profile != want:
        p.append("config-opts %r lack -Dprofile=development" % opts)
    check("%s: meson module without the tests%s" %
          (label, "" if flathub else ", development profile"), p)

    sources = mod.get("sources", [])
    p = []
    if len(sources) != 1 or not isinstance(sources[0], dict):
        p.append("sources are %r, not one" % sources)
    elif flathub:
        s = sources[0]
        if s.get("type") != "git":
            p.append("source type is %r, not git" % s.get("type"))
        if s.get("url") != GIT_URL:
            p.append("url is %r, not %r" % (s.get("url"), GIT_URL))
        if not re.fullmatch(r"[0-9a-f]{40}", str(s.get("commit", ""))):
            p.append("commit is %r, not a full 40-digit hash" % s.get("commit"))
        if "branch" in s:
            p.append("a branch moves: pin a tag and its commit")
        if "tag" in s and not re.fullmatch(r"v[0-9]+\.[0-9]+\.[0-9]+", str(s["tag"])):
            p.append("tag %r is not vX.Y.Z" % s["tag"])
    else:
        s = sources[0]
        if s.get("type") != "dir" or s.get("path") != "..":
            p.append("source is %r, not the checkout (dir ..)" % s)
    check("%s: %s" % (label, "git source pinned to a commit" if flathub
                      else "builds this checkout (dir source)"), p)

    builder = shutil.which("flatpak-builder")
    if builder is None:
        tap.skip("%s: flatpak-builder reads it" % label, "flatpak-builder is not installed")
        return
    env = dict(os.environ, G_DEBUG="fatal-warnings")
    r = subprocess.run([builder, "--show-manifest", path], capture_output=True, text=True,
                       env=env, timeout=60)
    p = []
    if r.returncode != 0 or r.stderr.strip():
        p.append("exit %d: %s" % (r.returncode, r.stderr.strip()))
    else:
        shown = json.loads(r.stdout)
        shown_src = main_module(shown).get("sources", [{}])[0]
        for key in ("type", "url", "tag", "commit", "path"):
            if sources and sources[0].get(key) != shown_src.get(key):
                p.append("flatpak-builder reads source %s as %r" % (key, shown_src.get(key)))
    check("%s: flatpak-builder --show-manifest reads it without a warning" % label, p)


args = sys.argv[1:]
if len(args) not in (3, 6):
    sys.exit(__doc__)
check_manifest(args[0], args[1], args[2], flathub=True)
if len(args) == 6:
    check_manifest(args[3], args[4], args[5], flathub=False)

sys.exit(tap.finish())
