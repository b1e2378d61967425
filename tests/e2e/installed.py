#!/usr/bin/python3
"""The installed application started as a user starts it: its launcher,
through gtk4-launch and D-Bus activation; then a second launch with a
file:// URI.  Prints TAP lines (the caller numbers them).

Usage: installed.py DATASET
"""
import os
import subprocess
import sys
import time

import pyatspi

DATASET = sys.argv[1]


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
    return [n.name for n in pyatspi.findAllDescendants(
        app, lambda n: n.getRoleName() == "label" and pred(n.name or ""))]


launch = subprocess.run(["gtk4-launch", "com.example.Delegations"], capture_output=True, text=True,
                        timeout=60)
say(launch.returncode == 0, "gtk4-launch com.example.Delegations succeeds", launch.stderr.strip())
app = wait_for(lambda: apps() and apps()[0])
counts = wait_for(lambda: sorted(labels(app, lambda s: s.startswith("Showing "))) ==
                  ["Showing 11 of 11 members", "Showing 63 of 63 members"])
say(app is not None and counts, "the launcher opens a window showing both sides' members",
    repr(app and labels(app, lambda s: s.startswith("Showing "))))

service = subprocess.run(["pgrep", "-af", "delegations --gapplication-service"],
                         capture_output=True, text=True)
say(service.returncode == 0, "the window runs in the D-Bus activated service", service.stdout)

uri = "file://" + os.path.abspath(DATASET)
second = subprocess.run(["gtk4-launch", "com.example.Delegations", uri], capture_output=True,
                        text=True, timeout=60)
shown = wait_for(lambda: labels(app, lambda s: s == "Minimal test dataset"))
say(second.returncode == 0 and shown and len(apps()) == 1,
    "a second launch with a file:// URI opens it in the same window",
    repr((second.returncode, second.stderr.strip(), len(apps()))))

subprocess.run(["gdbus", "call", "--session", "--dest", "com.example.Delegations",
                "--object-path", "/com/example/Delegations", "--method",
                "org.gtk.Actions.Activate", "quit", "[]", "{}"], capture_output=True, timeout=30)
