#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The installed application started as a user starts it: its launcher,
through gtk4-launch and D-Bus activation; then a second launch with a
file:// URI.  With --urdu, the installed binary started in Urdu (the
caller sets LC_ALL and LOCPATH): the window mirrors, its own words are
Urdu.  Prints TAP lines (the caller numbers them).

Usage: installed.py DATASET
       installed.py --urdu BINARY
"""
import json
import os
import subprocess
import sys
import time

import pyatspi

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import testutil  # noqa: E402  (deadlines scaled as the suite's)


def say(ok, name, detail=""):
    print("%s 0 - %s" % ("ok" if ok else "not ok", name))
    if not ok and detail:
        print("# " + detail)


def wait_for(fn, timeout=90.0):
    end = time.time() + testutil.seconds(timeout)
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


def headings(app, name):
    return [n for n in pyatspi.findAllDescendants(
        app, lambda n: n.getRoleName() == "heading" and n.name == name)]


def x_of(node):
    return node.queryComponent().getExtents(pyatspi.WINDOW_COORDS).x


def launcher(dataset):
    launch = subprocess.run(["gtk4-launch", "com.example.Delegations"], capture_output=True, text=True,
                            timeout=testutil.seconds(60))
    say(launch.returncode == 0, "gtk4-launch com.example.Delegations succeeds", launch.stderr.strip())
    app = wait_for(lambda: apps() and apps()[0])
    counts = wait_for(lambda: sorted(labels(app, lambda s: s.startswith("Showing "))) ==
                      ["Showing 11 of 11 people", "Showing 63 of 63 people"])
    say(app is not None and counts, "the launcher opens a window showing both sides' members",
        repr(app and labels(app, lambda s: s.startswith("Showing "))))

    service = subprocess.run(["pgrep", "-af", "delegations --gapplication-service"],
                             capture_output=True, text=True)
    say(service.returncode == 0, "the window runs in the D-Bus activated service", service.stdout)

    # The window's icon (48 pixels on X11) comes from the installed PNG:
    # drawing the SVG would load librsvg into the process, 7-8 MiB resident.
    maps = ""
    if service.returncode == 0:
        with open("/proc/%s/maps" % service.stdout.split()[0], encoding="utf-8") as f:
            maps = f.read()
    say(maps and "librsvg" not in maps, "the window's icon is drawn without loading librsvg",
        "librsvg is mapped" if maps else "no process")

    uri = "file://" + os.path.abspath(dataset)
    second = subprocess.run(["gtk4-launch", "com.example.Delegations", uri], capture_output=True,
                            text=True, timeout=testutil.seconds(60))
    shown = wait_for(lambda: labels(app, lambda s: s == "Minimal test dataset"))
    say(second.returncode == 0 and shown and len(apps()) == 1,
        "a second launch with a file:// URI opens it in the same window",
        repr((second.returncode, second.stderr.strip(), len(apps()))))

    # The file rewritten on disk (as an editor saves: a new file renamed
    # over it) without one member: the installed window says what changed
    with open(dataset, encoding="utf-8") as f:
        data = json.load(f)
    members = data["sides"][0]["delegations"][0]["members"]
    gone = members.pop()["name"]
    part = dataset + ".part"
    with open(part, "w", encoding="utf-8") as f:
        json.dump(data, f)
    os.rename(part, dataset)
    name = os.path.basename(dataset)
    said = wait_for(lambda: labels(app, lambda s: s == "What changed: 1 change in “%s” on disk "
                                                      "since the version shown before" % name))
    say(bool(said), "the file rewritten without %s: the window says 1 change since the version "
        "shown before" % gone, repr(labels(app, lambda s: s.startswith("What changed"))))

    subprocess.run(["gdbus", "call", "--session", "--dest", "com.example.Delegations",
                    "--object-path", "/com/example/Delegations", "--method",
                    "org.gtk.Actions.Activate", "quit", "[]", "{}"], capture_output=True, timeout=testutil.seconds(30))


def urdu(binary):
    proc = subprocess.Popen([binary])
    try:
        app = wait_for(lambda: apps() and apps()[0])
        # "Showing 11 of 11 people" in Urdu, for each side
        counts = wait_for(lambda: sorted(labels(app, lambda s: "افراد دکھائے جا رہے ہیں" in s))
                          == ["11 میں سے 11 افراد دکھائے جا رہے ہیں",
                              "63 میں سے 63 افراد دکھائے جا رہے ہیں"])
        say(app is not None and counts, "in Urdu the window's own words are Urdu",
            repr(app and labels(app, lambda s: "11" in s)))

        # the sides' headings (the leaders, side by side, in the Overview)
        india = wait_for(lambda: headings(app, "India"))
        pakistan = wait_for(lambda: headings(app, "Pakistan"))
        xs = india and pakistan and (x_of(india[0]), x_of(pakistan[0]))
        say(bool(xs) and xs[0] > xs[1],
            "in Urdu the window runs right to left: the first side (India) is on the right",
            repr(xs))
    finally:
        proc.terminate()
        proc.wait(timeout=testutil.seconds(30))


if sys.argv[1] == "--urdu":
    urdu(sys.argv[2])
else:
    launcher(sys.argv[1])
