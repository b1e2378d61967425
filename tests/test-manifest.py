#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifest parses, names the app id and the command, asks for
no more than a window needs (files, links and style go through portals),
and builds without the tests.  Usage: test-manifest.py MANIFEST APP_ID"""
import json
import sys

path, app_id = sys.argv[1:3]
with open(path, encoding="utf-8") as f:
    manifest = json.load(f)

problems = []
if manifest.get("id") != app_id:
    problems.append("id is %r, not %r" % (manifest.get("id"), app_id))
if manifest.get("command") != "delegations":
    problems.append("command is %r" % manifest.get("command"))
if manifest.get("runtime") != "org.gnome.Platform":
    problems.append("runtime is %r" % manifest.get("runtime"))
allowed = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"}
if set(manifest.get("finish-args", [])) != allowed:
    problems.append("finish-args are %r" % manifest.get("finish-args"))
main = [m for m in manifest.get("modules", []) if isinstance(m, dict) and m.get("name") == "delegations"]
if not main or main[-1].get("buildsystem") != "meson" or \
        "-Dtests=false" not in main[-1].get("config-opts", []):
    problems.append("no meson module 'delegations' built with -Dtests=false")

for p in problems:
    print("%s: %s" % (path, p))
sys.exit(1 if problems else 0)
