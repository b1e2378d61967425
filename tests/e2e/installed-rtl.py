#!/usr/bin/python3
"""The installed application in Urdu (the caller sets LC_ALL and LOCPATH):
the window mirrors, its own words are Urdu.  Starts the binary itself,
reads the window through AT-SPI and prints TAP lines (the caller numbers
them).

Usage: installed-rtl.py BINARY
"""
import subprocess
import sys
import time

import pyatspi

BINARY = sys.argv[1]


def say(ok, name, detail=""):
    print("%s 0 - %s" % ("ok" if ok else "not ok", name))
    if not ok and detail:
        print("# " + detail)


def wait_for(fn, timeout=90.0):
    end = time.time() + timeout
    while time.time() < end:
        try:
            value = fn()
        except Exception:  # the tree changes while the app works
            value = None
        if value:
            return value
        time.sleep(0.2)
    return None


def apps():
    return [a for a in pyatspi.Registry.getDesktop(0) if a is not None and a.name == "delegations"]


def labels(app, pred):
    return [n for n in pyatspi.findAllDescendants(
        app, lambda n: n.getRoleName() == "label" and pred(n.name or ""))]


def headings(app, name):
    return [n for n in pyatspi.findAllDescendants(
        app, lambda n: n.getRoleName() == "heading" and n.name == name)]


def x_of(node):
    return node.queryComponent().getExtents(pyatspi.WINDOW_COORDS).x


proc = subprocess.Popen([BINARY])
try:
    app = wait_for(lambda: apps() and apps()[0])
    # "Showing 11 of 11 members" in Urdu, for each side
    counts = wait_for(lambda: sorted(n.name for n in labels(app, lambda s: "ارکان دکھائے جا رہے ہیں" in s))
                      == ["11 میں سے 11 ارکان دکھائے جا رہے ہیں", "63 میں سے 63 ارکان دکھائے جا رہے ہیں"])
    say(app is not None and counts, "in Urdu the window's own words are Urdu",
        repr(app and [n.name for n in labels(app, lambda s: "11" in s)]))

    # the sides' headings (the leaders, side by side, in the Overview)
    india = wait_for(lambda: headings(app, "India"))
    pakistan = wait_for(lambda: headings(app, "Pakistan"))
    xs = india and pakistan and (x_of(india[0]), x_of(pakistan[0]))
    say(bool(xs) and xs[0] > xs[1],
        "in Urdu the window runs right to left: the first side (India) is on the right", repr(xs))
finally:
    proc.terminate()
    proc.wait(timeout=30)
