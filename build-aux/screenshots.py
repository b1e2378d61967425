#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the window through AT-SPI and captures it (build-aux/screenshots.sh).

Each picture is taken once the window shows what it should (read through
accessibility, as tests/e2e/drive.py reads it) and the screen has stopped
changing; the pointer is parked on the window's corner so no hover
highlight or tooltip shows.

  overview.png  the Overview as it opens: "At a glance" with each side's
                figures, the brief with its sources, the map with names
  search.png    Members, one search ("former") narrowing both sides' tables
  details.png   London's page: both sides' stays, dates, how far apart

Usage: screenshots.py OUTPUT_DIR
"""
import os
import subprocess
import sys
import time

import pyatspi

OUT = sys.argv[1]
WIDTH, HEIGHT = 1280, 800
FSI, PDI = "\u2068", "\u2069"


def wait_for(fn, what, timeout=30.0):
    end = time.time() + timeout
    while time.time() < end:
        try:
            value = fn()
        except Exception:  # the tree changes under us while the app works
            value = None
        if value:
            return value
        time.sleep(0.2)
    sys.exit("screenshots: gave up waiting for %s" % what)


def find(root, pred):
    return pyatspi.findDescendant(root, pred, breadth_first=True)


def find_all(root, pred):
    return pyatspi.findAllDescendants(root, pred)


def click(node):
    ext = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    subprocess.run(["xdotool", "mousemove", str(ext.x + ext.width // 2),
                    str(ext.y + ext.height // 2), "click", "1"], check=True)


def park_pointer():
    subprocess.run(["xdotool", "mousemove", str(WIDTH - 1), str(HEIGHT - 1)], check=True)


def grab():
    return subprocess.run(["import", "-window", "root", "-depth", "8", "rgb:-"],
                          check=True, capture_output=True).stdout


def shot(name):
    """Writes the screen once it has stayed the same for 2.5 s: the window
    has drawn what the tree says it shows, and the overlay scrollbars a
    click or a scroll showed have faded (GTK starts fading them 2 s after;
    a blinking caret stops after its 10 s cursor-blink timeout)"""
    park_pointer()
    last = grab()
    since = time.time()
    end = since + 30.0
    while time.time() - since < 2.5:
        if time.time() > end:
            sys.exit("screenshots: the screen kept changing before %s" % name)
        time.sleep(0.25)
        now = grab()
        if now != last:
            last, since = now, time.time()
    # lossless: no metadata, zlib level 9 with adaptive filtering
    subprocess.run(["/usr/bin/convert", "-size", "%dx%d" % (WIDTH, HEIGHT), "-depth", "8",
                    "rgb:-", "-strip", "-quality", "95", os.path.join(OUT, name + ".png")],
                   input=last, check=True)


def view_button(name):
    # GTK 4.8 reads the view switcher's toggle buttons as push buttons
    return find(frame, lambda n: n.getRoleName() in ("toggle button", "push button") and
                n.name == name)


def is_on(button):
    states = button.getState()
    return states.contains(pyatspi.STATE_CHECKED) or states.contains(pyatspi.STATE_PRESSED)


def show_view(name):
    button = wait_for(lambda: view_button(name), "the %s button" % name)
    if not is_on(button):
        click(button)
    wait_for(lambda: is_on(button), "the %s view" % name)


def counts():
    return sorted(n.name for n in find_all(frame, lambda n: n.getRoleName() == "label" and
                                           (n.name or "").startswith("Showing ")))


def window_fits():
    ext = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return ext.x >= 0 and ext.y >= 0 and ext.x + ext.width <= WIDTH and \
        ext.y + ext.height <= HEIGHT


app = wait_for(lambda: [a for a in pyatspi.Registry.getDesktop(0)
                        if a is not None and a.name == "delegations"][0], "the application")
frame = wait_for(lambda: app.getChildAtIndex(0), "the window")

# The Overview, as the window opens: the headline's figures, the brief's
# sentences and the map, named with its places
wait_for(lambda: is_on(view_button("Overview")), "the Overview")
wait_for(lambda: find(frame, lambda n: n.getRoleName() == "push button" and
                      n.name == FSI + "India" + PDI + ": 7 delegations"), "the headline")
wait_for(lambda: find_all(find(frame, lambda n: n.name == "In brief" and
                               n.getRoleName() not in ("heading", "label")),
                          lambda n: n.getRoleName() == "label"), "the brief")
wait_for(lambda: find(frame, lambda n: n.name == "Map of the routes, 34 places"), "the map")
wait_for(window_fits, "the window to fit the screen")
shot("overview")

# One search narrows both sides: typed, as a person does (the search bar
# opens)
show_view("Members")
wait_for(lambda: counts() == ["Showing 11 of 11 people", "Showing 63 of 63 people"],
         "both sides' members")
subprocess.run(["xdotool", "key", "ctrl+f"], check=True)
subprocess.run(["xdotool", "type", "--delay", "60", "former"], check=True)
entry = wait_for(lambda: find(frame, lambda n: n.name == "Search members" and
                              n.getRoleName() in ("entry", "text")), "the search entry")
wait_for(lambda: counts() == ["Showing 17 of 63 people", "Showing 7 of 11 people"],
         "the search to narrow both sides")
wait_for(window_fits, "the window to fit the screen")
shot("search")

# A place both sides were in: London's page shows each side's stay, the
# dates and how far apart they were
entry.queryEditableText().setTextContents("")
wait_for(lambda: counts() == ["Showing 11 of 11 people", "Showing 63 of 63 people"],
         "the search to clear")
subprocess.run(["xdotool", "key", "Escape"], check=True)
show_view("Destinations")
places = wait_for(lambda: find(frame, lambda n: n.getRoleName() == "list" and
                               n.name == "Destinations of " + FSI + "Pakistan" + PDI),
                  "Pakistan's destinations")
london = wait_for(lambda: [n for n in find_all(places, lambda n: n.getRoleName() == "list item")
                           if (n.name or "").startswith(FSI + "London" + PDI)], "London")
click(london[0])


def details_labels():
    details = find(frame, lambda n: n.name == "DlgDetails")
    return [n.name for n in find_all(details, lambda n: n.getRoleName() == "label")]


wait_for(lambda: (lambda t: FSI + "India" + PDI + ": 1 stay" in t and
                  FSI + "Pakistan" + PDI + ": 1 stay" in t and t)(details_labels()),
         "London's details")
wait_for(window_fits, "the window to fit the screen")
shot("details")
