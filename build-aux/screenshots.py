#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the window through AT-SPI and captures it (build-aux/screenshots.sh).

Usage: screenshots.py OUTPUT_DIR
"""
import os
import subprocess
import sys
import time

import pyatspi

OUT = sys.argv[1]


def wait_for(fn, timeout=30.0):
    end = time.time() + timeout
    while time.time() < end:
        try:
            value = fn()
        except Exception:
            value = None
        if value:
            return value
        time.sleep(0.2)
    sys.exit("screenshots: gave up waiting")


def find(root, pred):
    return pyatspi.findDescendant(root, pred, breadth_first=True)


def click(node):
    ext = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    subprocess.run(["xdotool", "mousemove", str(ext.x + ext.width // 2),
                    str(ext.y + ext.height // 2), "click", "1"], check=True)


def shot(name):
    time.sleep(1.0)
    subprocess.run(["import", "-window", "root", os.path.join(OUT, name + ".png")], check=True)


app = wait_for(lambda: [a for a in pyatspi.Registry.getDesktop(0)
                        if a is not None and a.name == "delegations"][0])
frame = wait_for(lambda: app.getChildAtIndex(0))
# the Overview first: map, board, leaders, timeline
wait_for(lambda: find(frame, lambda n: (n.name or "").startswith("Map of the routes, ")))
subprocess.run(["xdotool", "mousemove", "1279", "799"], check=True)
shot("overview")

# GTK 4.8 reads the view switcher's toggle buttons as push buttons
members = wait_for(lambda: find(frame, lambda n: n.getRoleName() in ("push button", "toggle button")
                                and n.name == "Members"))
click(members)
wait_for(lambda: find(frame, lambda n: (n.name or "") == "Showing 63 of 63 people"))

# typed, as a person does: the search bar opens
subprocess.run(["xdotool", "key", "ctrl+f"], check=True)
subprocess.run(["xdotool", "type", "--delay", "60", "former"], check=True)
entry = find(frame, lambda n: n.name == "Search members" and n.getRoleName() in ("entry", "text"))
wait_for(lambda: find(frame, lambda n: (n.name or "") == "Showing 17 of 63 people"))
shot("search")

# typed too, as a person does
subprocess.run(["xdotool", "key", "ctrl+a"], check=True)
subprocess.run(["xdotool", "type", "--delay", "60", "tharoor"], check=True)
wait_for(lambda: find(frame, lambda n: (n.name or "") == "Showing 1 of 63 people"))
table = find(frame, lambda n: n.getRoleName() == "tree table" and "India" in (n.name or ""))
row = wait_for(lambda: find(table, lambda n: n.getRoleName() == "label" and
                            "Shashi Tharoor" in (n.name or "")))
click(row)
wait_for(lambda: find(frame, lambda n: n.getRoleName() == "push button" and
                      n.name == "Close the details"))
subprocess.run(["xdotool", "mousemove", "1279", "799"], check=True)
shot("details")
