#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the running delegations window through AT-SPI, as a person with
a screen reader or a keyboard would, and prints TAP.

Usage: drive.py DATASET_COPY   (the file the app has open; it gets broken
and fixed again; changes.json and before.json are written next to it)
"""
import json
import os
import subprocess
import sys
import time

import pyatspi

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import testutil  # noqa: E402  (deadlines scaled as the suite's)

DATASET = sys.argv[1]
results = []


START = time.time()


def check(name, ok, detail=""):
    results.append((name, bool(ok), detail))
    if os.environ.get("DLG_E2E_TIMES"):
        sys.stderr.write("%6.1f s  %s\n" % (time.time() - START, name))
    return ok


def wait_for(fn, timeout=15.0):
    end = time.time() + testutil.seconds(timeout)
    while time.time() < end:
        try:
            value = fn()
        except Exception:  # the tree changes under us while the app works
            value = None
        if value:
            return value
        time.sleep(0.1)
    return None


# AT-SPI names the application after its program: delegations, or
# delegations-devel in a development build
PROGRAM = os.path.basename(os.environ.get("DLG_BINARY", "delegations"))


def find_app():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == PROGRAM:
            return app
    return None


def descendants(node, pred):
    return pyatspi.findAllDescendants(node, pred)


def labels_starting(root, prefix):
    return [n.name for n in descendants(root, lambda n: n.getRoleName() == "label" and
                                        (n.name or "").startswith(prefix))]


def counts(root):
    return sorted(labels_starting(root, "Showing "))


def pane_of(root, side_name):
    # the side's heading in its pane (the overview has one too, outside)
    for heading in descendants(root, lambda n: n.getRoleName() == "heading" and
                               n.name == side_name):
        node = heading
        while node is not None and node.name != "DlgSidePane":
            node = node.parent
        if node is not None:
            return node
    return None


def table_rows(pane, limit=12):
    table = pyatspi.findDescendant(pane, lambda n: n.getRoleName() == "tree table",
                                   breadth_first=True)
    rows_list = [table.getChildAtIndex(i) for i in range(table.childCount)]
    header = rows_list[0]
    body = rows_list[1]
    rows = []
    for i in range(min(body.childCount, limit)):
        row = body.getChildAtIndex(i)
        cells = []
        for j in range(row.childCount):
            label = pyatspi.findDescendant(row.getChildAtIndex(j),
                                           lambda n: n.getRoleName() == "label")
            cells.append(label.name if label is not None else "")
        rows.append(cells)
    return header, rows


def click(node):
    ext = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    x, y = ext.x + ext.width // 2, ext.y + ext.height // 2
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], check=True)


def view_button(name):
    """One of the window's view switcher buttons (Overview, Members…)"""
    # GTK 4.8 reads a toggle button as a push button, pressed or not
    return pyatspi.findDescendant(frame, lambda n: n.getRoleName() in ("toggle button",
                                                                    "push button") and
                                  n.name == name, breadth_first=True)


def is_on(button):
    states = button.getState()
    return states.contains(pyatspi.STATE_CHECKED) or states.contains(pyatspi.STATE_PRESSED)


def show_view(name):
    button = wait_for(lambda: view_button(name))
    click(button)
    wait_for(lambda: is_on(button))


app = wait_for(find_app, 30)
if not check("the application appears on the accessibility bus", app):
    print("1..1\nnot ok 1 - the application appears on the accessibility bus")
    sys.exit(1)
frame = wait_for(lambda: app.getChildAtIndex(0))

check("the window opens on the Overview",
      wait_for(lambda: is_on(view_button("Overview"))))
show_view("Members")
got = wait_for(lambda: counts(frame) == ["Showing 11 of 11 people", "Showing 63 of 63 people"]
               and counts(frame))
check("both sides show their members", got, repr(counts(frame)))

for side in ("India", "Pakistan"):
    check("a heading names side %s" % side, wait_for(lambda: pane_of(frame, side)))

# Every table, list, card, button and the progress bar has a real name
# (one walk of the tree: each node read over the bus costs a round trip).
def inventory(root):
    found = []

    def walk(node):
        role = node.getRoleName()
        if role in ("tree table", "list", "list item", "push button", "progress bar"):
            found.append((role, node.name))
        for i in range(node.childCount):
            walk(node.getChildAtIndex(i))

    walk(root)
    return found


# A pane's list has its rows once shown: show each view once first.
show_view("Leaders")
show_view("Destinations")
show_view("Members")
nodes = inventory(frame)


def named(role):
    return [name for r, name in nodes if r == role]


tables = named("tree table")
check("each member table is named after its side",
      sorted(tables) == ["Members of \u2068India\u2069", "Members of \u2068Pakistan\u2069"],
      repr(tables))
lists = [n for n in named("list") if n != "GtkColumnListView"]
check("the leader and destination lists are named after their side",
      sorted(lists) == sorted("%s of \u2068%s\u2069" % (what, side)
                              for what in ("Leaders", "Destinations")
                              for side in ("India", "Pakistan")), repr(lists))
items = named("list item")
check("every leader and destination card has a name", len(items) >= 9 and all(items) and
      any(i.startswith("Group 5. \u2068Shashi Tharoor\u2069\u2020 (Single source). ") for i in items),
      repr(items[:3]))
buttons = [b for b in named("push button") if not b.startswith("Gtk")]
check("no button reads its mnemonic or its label twice",
      buttons and not any("_" in b or b.endswith(" " + b.split(" ")[0]) for b in buttons) and
      "Clear Filters" in buttons and "Cancel loading" in buttons, repr(buttons))
check("the progress bar is named", named("progress bar") == ["Loading progress"],
      repr(named("progress bar")))

# Each side's "Both sides" badges match the comparison's count.
def both_badges(side):
    lst = pyatspi.findDescendant(frame, lambda n: n.getRoleName() == "list" and
                                 n.name == "Destinations of \u2068%s\u2069" % side,
                                 breadth_first=True)
    names = [n.name for n in descendants(lst, lambda n: n.getRoleName() == "list item")]
    return len(names), sum(1 for n in names if ". Both sides" in n)


both = labels_starting(frame, "Visited by both sides (")
india_rows, india_badges = both_badges("India")
pakistan_rows, pakistan_badges = both_badges("Pakistan")
check("'Both sides' badges equal the places both sides visited",
      both == ["Visited by both sides (5)"] and india_badges == 5 and pakistan_badges == 5 and
      india_rows == 34 and pakistan_rows == 6,
      repr((both, india_rows, india_badges, pakistan_rows, pakistan_badges)))

# The board and the timeline, read through their accessible names.
def board_texts():
    board = pyatspi.findDescendant(frame, lambda n: n.name == "Places by side" and
                                   n.getRoleName() not in ("heading", "label"),
                                   breadth_first=True)
    # the headings are labels, the places buttons named with their text
    return [n.name for n in descendants(board, lambda n: n.getRoleName() in ("label",
                                                                              "push button"))]


def board_focus():
    board = pyatspi.findDescendant(frame, lambda n: n.name == "Places by side" and
                                   n.getRoleName() not in ("heading", "label"),
                                   breadth_first=True)
    return [n.name for n in descendants(board, lambda n: n.getRoleName() == "push button" and
                                        n.getState().contains(pyatspi.STATE_FOCUSED))]


show_view("Overview")
texts = wait_for(lambda: (lambda t: "Both (5)" in t and t)(board_texts()))
check("the board lists the five places both sides visited",
      texts and any(t.startswith("\u200e\u2068London\u2069") and "5 days apart" in t for t in texts),
      repr(texts and texts[:6]))
# The map reads alone: its name counts its places; its legend, under it,
# says what the colours and marks mean (an entry's words held together by
# no-break spaces)
map_node = wait_for(lambda: pyatspi.findDescendant(
    frame, lambda n: (n.name or "").startswith("Map of the routes, "), breadth_first=True))
check("the map is named with its places",
      map_node is not None and map_node.name == "Map of the routes, 34 places",
      repr(map_node and map_node.name))
legend = wait_for(lambda: pyatspi.findDescendant(
    frame, lambda n: n.getRoleName() == "label" and "home\u00a0capital" in (n.name or ""),
    breadth_first=True))
check("the map's legend reads through accessibility: each side, home capital, both visited",
      legend is not None and all(w in legend.name for w in (
          "\u2068India\u2069", "\u2068Pakistan\u2069", "both\u00a0visited",
          "ringed:\u00a0UN\u00a0Security\u00a0Council\u00a0member")),
      repr(legend and legend.name))

# The keyboard: Tab from the view switcher (just clicked) past the map
# to the board's first place; the arrows inside it; one Tab out of it.
first = None
for _ in range(20):
    subprocess.run(["xdotool", "key", "Tab"], check=True)
    first = wait_for(board_focus, 0.7)
    if first:
        break
subprocess.run(["xdotool", "key", "Right"], check=True)
second = wait_for(lambda: (lambda f: f != first and f)(board_focus()))
subprocess.run(["xdotool", "key", "Tab"], check=True)
left = wait_for(lambda: board_focus() == [] and "left")
check("the board is one Tab stop, the arrows move inside it",
      first and first[0].startswith("\u200e\u2068EU institutions, Brussels\u2069") and
      second and second[0].startswith("\u200e\u2068London\u2069") and
      "5 days apart" in second[0] and second[0].endswith("Disputed") and left,
      repr((first, second, board_focus())))

timeline = wait_for(lambda: pyatspi.findDescendant(
    frame, lambda n: (n.name or "").startswith("Timeline, "), breadth_first=True))
lines = (timeline.description or "").split("\n") if timeline else []
# a line a lane, the stops without dates, then the context lane: the
# dataset's events, one line
lanes = [line for line in lines
         if not line.startswith("Background: ") and not line.startswith("Dates not reported: ")]
background = [line for line in lines if line.startswith("Background: ")]
undated = [line for line in lines if line.startswith("Dates not reported: ")]
check("the timeline reads a lane per delegation",
      timeline is not None and timeline.name == "Timeline, 9 delegations" and len(lanes) == 9 and
      any(lane.startswith("\u2068India\u2069 · \u2068Group 5\u2069: ") for lane in lanes),
      repr((timeline and timeline.name, lanes[:2])))
check("the timeline reads the background's events, dated, with their sources",
      len(background) == 1 and lines[-1] == background[0] and
      "7 May 2025: \u2068Operation Sindoor was launched in response to the Pahalgam attack.\u2069 ["
      in background[0], repr(background))
check("the timeline reads the stops whose dates are not reported",
      len(undated) == 1 and "\u2068Singapore\u2069" in undated[0] and
      "\u2068Jakarta\u2069" in undated[0], repr(undated))

# The headline and the brief, read through accessibility: each figure a
# button named by its side, the brief's sentences labels in a named box.
def figure(name):
    return pyatspi.findDescendant(frame, lambda n: n.getRoleName() == "push button" and
                                  n.name == name, breadth_first=True)


def brief_sentences():
    box = pyatspi.findDescendant(frame, lambda n: n.name == "In brief" and
                                 n.getRoleName() not in ("heading", "label"), breadth_first=True)
    return [n.name for n in descendants(box, lambda n: n.getRoleName() == "label")]


def coverage():
    found = labels_starting(frame, "These figures and the brief are for the whole dataset.")
    return found[0] if found else None


names = ["\u2068India\u2069: 7 delegations",
         "\u2068India\u2069: Recorded: 62 named, 60 travelled, 2 withdrew or declined; "
         "1 accompanying official (1 unconfirmed)",
         "\u2068India\u2069: 34 places visited in 33 countries",
         "\u2068India\u2069: 12 UN Security Council members visited",
         "\u2068Pakistan\u2069: 5 places both sides were in"]
missing = [n for n in names if not wait_for(lambda: figure(n), 5)]
check("the headline's figures are buttons named by side and figure", not missing, repr(missing))
sentences = wait_for(brief_sentences) or []
check("the brief reads five to seven sentences, with their sources",
      5 <= len(sentences) <= 7 and
      sentences[0].startswith("\u200e\u2068India\u2069 sent 7 delegations. [1, 2, 3] "
                              "Announced: 59 members") and
      "The dataset records 62 named, 60 travelled" in sentences[0] and
      any(t.startswith("\u200eBoth sides were in 5 places: ") for t in sentences) and
      any(t.startswith("\u200eLed by: ") for t in sentences), repr(sentences))
check("the headline says its figures are the whole dataset's",
      wait_for(coverage) == "These figures and the brief are for the whole dataset.",
      repr(coverage()))
check("Copy with Citations is a named button",
      pyatspi.findDescendant(frame, lambda n: n.getRoleName() == "push button" and
                             n.name == "Copy with Citations", breadth_first=True))
# its action, as a screen reader activates it (the Overview may be
# scrolled to the board by now: no click at where it was)
figure(names[1]).queryAction().doAction(0)
check("a figure opens its view (people: Members)",
      wait_for(lambda: is_on(view_button("Members"))))
show_view("Overview")

# Search, the way the GTK notes recommend setting entry text
entry = wait_for(lambda: pyatspi.findDescendant(frame, lambda n: n.name == "Search members" and
                                                n.getRoleName() in ("entry", "text"),
                                                breadth_first=True))
check("the search entry is named 'Search members'", entry)
entry.queryEditableText().setTextContents("former")
show_view("Members")
got = wait_for(lambda: counts(frame) == ["Showing 17 of 63 people", "Showing 7 of 11 people"]
               and counts(frame))
check("searching 'former' filters both sides", got, repr(counts(frame)))

show_view("Overview")
entry.queryEditableText().setTextContents("Paris")
got = wait_for(lambda: "Below, the filter" in (coverage() or ""))
check("under a search, the headline says what the views below show, and keeps its figures",
      got and coverage().startswith("These figures and the brief are for the whole dataset. "
                                    "Below, the filter (search: \u2018\u2068Paris\u2069\u2019) "
                                    "shows ") and coverage().endswith(" of 74 people.") and
      figure("\u2068Pakistan\u2069: 5 places both sides were in") and
      figure("\u2068India\u2069: 7 delegations"), repr(coverage()))
paris = wait_for(lambda: [t for t in board_texts() if t.startswith("\u200e\u2068Paris\u2069")])
check("searching Paris shows Pakistan's Paris as planned only",
      paris and "\u2068Peace delegation\u2069: Planned, not visited" in paris[0], repr(paris))
texts = wait_for(lambda: (lambda t: "Both (4 of 5 shown)" in t and t)(board_texts()))
check("... and the board keeps every place on its side: 'Both (4 of 5 shown)', Washington in it",
      texts and texts.index("Both (4 of 5 shown)") <
      min(i for i, t in enumerate(texts) if t.startswith("\u200e\u2068Washington, D.C.\u2069")) <
      min(i for i, t in enumerate(texts) if t.endswith(" only (4 of 29 shown)")),
      repr(texts and texts[:8]))
show_view("Members")
matched = wait_for(lambda: labels_starting(pane_of(frame, "Pakistan"), "Matched: "))
check("... and Pakistan's members found by Paris say it was planned, not visited",
      matched and all(m == "Matched: \u2068Paris\u2069, planned, not visited" for m in matched),
      repr(matched))
entry.queryEditableText().setTextContents("")
got = wait_for(lambda: counts(frame) == ["Showing 11 of 11 people", "Showing 63 of 63 people"])
check("clearing the search shows everyone again", got, repr(counts(frame)))

# Click the Party column header of India's table; both tables sort by party.
india = pane_of(frame, "India")
pakistan = pane_of(frame, "Pakistan")
header, _ = table_rows(india)
party_title = header.getChildAtIndex(1)
click(party_title)


def sorted_by_party(pane):
    _, rows = table_rows(pane, 15)
    parties = [r[1] for r in rows]
    return len(parties) > 3 and parties == sorted(parties) and parties


got_india = wait_for(lambda: sorted_by_party(india))
check("clicking 'Party' sorts India's members by party", got_india,
      repr([r[1] for r in table_rows(india, 15)[1]]))
got_pakistan = wait_for(lambda: sorted_by_party(pakistan))
check("... and Pakistan's members the same way", got_pakistan,
      repr([r[1] for r in table_rows(pakistan, 15)[1]]))

click(party_title)
got = wait_for(lambda: (lambda p: p == sorted(p, reverse=True) and p)(
    [r[1] for r in table_rows(india, 15)[1]]))
check("clicking again sorts descending", got, repr([r[1] for r in table_rows(india, 15)[1]]))

# Typing into the window starts a search.
subprocess.run(["xdotool", "type", "--delay", "40", "tharoor"], check=True)
got = wait_for(lambda: "Showing 1 of 63 people" in counts(frame))
check("typing in the window searches", got, repr(counts(frame)))
entry.queryEditableText().setTextContents("")
wait_for(lambda: "Showing 63 of 63 people" in counts(frame))

# A place's page: London's details show both sides' stays, with dates and
# how far apart; following a link and Alt+Left come back to it.
def details_labels():
    details = pyatspi.findDescendant(frame, lambda n: n.name == "DlgDetails", breadth_first=True)
    if details is None:
        return []
    return [n.name for n in descendants(details, lambda n: n.getRoleName() == "label")]


show_view("Destinations")
pk_list = wait_for(lambda: pyatspi.findDescendant(
    frame, lambda n: n.getRoleName() == "list" and n.name == "Destinations of \u2068Pakistan\u2069",
    breadth_first=True))
london = wait_for(lambda: [n for n in descendants(pk_list, lambda n: n.getRoleName() == "list item")
                           if (n.name or "").startswith("\u2068London\u2069")])
if london:
    click(london[0])
page = wait_for(lambda: (lambda t: "\u2068London\u2069, \u2068United Kingdom\u2069" in t and t)(
    details_labels()))
check("London's details show both sides' stays with their dates",
      page and "\u2068India\u2069: 1 stay" in page and "\u2068Pakistan\u2069: 1 stay" in page and
      "31 May – 3 Jun 2025" in page and "c. 8–10 Jun 2025" in page and
      "\u2068India\u2069 and \u2068Pakistan\u2069: 5 days apart (approximate)" in page,
      repr(page and page[:24]))


def link_label(text):
    details = pyatspi.findDescendant(frame, lambda n: n.name == "DlgDetails", breadth_first=True)
    return pyatspi.findDescendant(details, lambda n: n.getRoleName() == "label" and
                                  n.name == text, breadth_first=True)


group = wait_for(lambda: link_label("\u2068Group 2\u2069"))
if group:
    ext = group.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    # the link is the label's text, at its start
    subprocess.run(["xdotool", "mousemove", str(ext.x + 12), str(ext.y + ext.height // 2),
                    "click", "1"], check=True)
followed = wait_for(lambda: (lambda t: t and t[0] == "Group 2" and t)(details_labels()))
check("following a delegation's link shows the delegation", followed,
      repr(details_labels()[:3]))
subprocess.run(["xdotool", "key", "alt+Left"], check=True)
back = wait_for(lambda: (lambda t: t and t[0].startswith("\u2068London") and t)(details_labels()))
check("Alt+Left goes back to London's page", back, repr(details_labels()[:3]))
subprocess.run(["xdotool", "key", "alt+Right"], check=True)
forward = wait_for(lambda: (lambda t: t and t[0] == "Group 2" and t)(details_labels()))
check("... and Alt+Right forward to the delegation again", forward, repr(details_labels()[:3]))
close = pyatspi.findDescendant(frame, lambda n: n.getRoleName() == "push button" and
                               n.name == "Close the details", breadth_first=True)
if close:
    click(close)
show_view("Members")

# Break the open file: the error shows, the data stays.
with open(DATASET, encoding="utf-8") as f:
    good = f.read()
with open(DATASET, "w", encoding="utf-8") as f:
    f.write(good.replace('"title":', '"title" 7,', 1))


def error_lines():
    return labels_starting(frame, DATASET + ":")


got = wait_for(lambda: error_lines())
check("a broken file shows its error with line and column", got and ": error:" in got[0],
      repr(got))
check("the data stays on screen", "Showing 63 of 63 people" in counts(frame), repr(counts(frame)))

with open(DATASET, "w", encoding="utf-8") as f:
    f.write(good.replace('"title": "', '"title": "Fixed: ', 1))
got = wait_for(lambda: not error_lines() and
               pyatspi.findDescendant(frame, lambda n: (n.name or "").startswith("Fixed: "),
                                      breadth_first=True))
check("fixing the file removes the error and shows the new data", got)

# What changed: a copy of the dataset, opened in the running window, is
# rewritten on disk as an editor saves (a temporary file, then a rename)
# with one member removed, then with a member's party changed.
CHANGED = os.path.join(os.path.dirname(os.path.abspath(DATASET)), "changes.json")
GONE = "Sherry Rehman"
MOVED = "Hina Rabbani Khar"
NEW_PARTY = "Pakistan Peoples Party"


def without_isolates(text):
    return (text or "").replace("\u2068", "").replace("\u2069", "")


def save_as_editors_do(data):
    with open(CHANGED + ".part", "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
    os.replace(CHANGED + ".part", CHANGED)


def peace_delegation(data):
    side = next(s for s in data["sides"] if s["id"] == "pakistan")
    return next(d for d in side["delegations"] if d["id"] == "pk-bilawal")


def bar_title():
    found = labels_starting(frame, "What changed: ")
    return found[0] if len(found) == 1 else None


def changes_window():
    return next((w for w in app if w is not None and w.name == "What Changed"), None)


def change_rows():
    """The What Changed window's list, each row's labels (its group's
    heading when the row is the first of its group, then the change)"""
    window = changes_window()
    changes = pyatspi.findDescendant(window, lambda n: n.getRoleName() == "list" and
                                     n.name == "Changes", breadth_first=True)
    return [[n.name for n in descendants(changes.getChildAtIndex(i),
                                         lambda n: n.getRoleName() == "label")]
            for i in range(changes.childCount)
            if changes.getChildAtIndex(i).getRoleName() == "list item"]


def show_changes_button():
    return pyatspi.findDescendant(frame, lambda n: n.getRoleName() == "push button" and
                                  without_isolates(n.name).endswith("Show Changes"),
                                  breadth_first=True)


def press_show_changes():
    """Show Changes, activated as a screen reader does (its action)"""
    button = show_changes_button()
    if button is not None:
        button.queryAction().doAction(0)


def bar_says(text):
    return wait_for(lambda: bar_title() == text and show_changes_button() is not None)


original = json.loads(good)
with open(CHANGED, "w", encoding="utf-8") as f:
    f.write(good)
subprocess.run([os.environ.get("DLG_BINARY", "delegations"), CHANGED], capture_output=True,
               timeout=testutil.seconds(30))
show_view("Members")
entry.queryEditableText().setTextContents(GONE)
got = wait_for(lambda: frame.name == original["title"] and
               counts(frame) == ["Showing 0 of 63 people", "Showing 1 of 11 people"])
check("a copy opened in the window: searching finds the member about to be removed", got,
      repr((frame.name, counts(frame))))

removed = json.loads(good)
members = peace_delegation(removed)["members"]
peace_delegation(removed)["members"] = [m for m in members if m["name"] != GONE]
save_as_editors_do(removed)
banner = "What changed: 1 change in \u201cchanges.json\u201d on disk since the version shown before"
got = bar_says(banner)
check("the file saved with one member removed: the bar says 1 change since the version shown "
      "before", got and labels_starting(frame, "The data shown is the new version."),
      repr(bar_title()))
got = wait_for(lambda: counts(frame) == ["Showing 0 of 10 people", "Showing 0 of 63 people"])
check("the data shown is the new version: the side counts one fewer, search no longer finds "
      "the member", got, repr(counts(frame)))
button = show_changes_button()
check("the bar's button reads 'Show Changes' (no mnemonic, once)",
      button is not None and button.name == "Show Changes", repr(button and button.name))
press_show_changes()
rows = wait_for(lambda: changes_window() and change_rows())
check("Show Changes opens 'What Changed': 'member removed' under its side and delegation",
      rows == [["\u2068Pakistan\u2069 \u00b7 \u2068Peace delegation\u2069",
                "member removed: \u2068%s\u2069" % GONE]], repr(rows))

# saved again, with a party changed: counted from the version without
# the member (the one shown before), not from the file first opened
entry.queryEditableText().setTextContents("")
party_changed = json.loads(json.dumps(removed))
member = next(m for m in peace_delegation(party_changed)["members"] if m["name"] == MOVED)
old_party = member["party"]
member["party"] = NEW_PARTY
save_as_editors_do(party_changed)
party_row = "member changed: \u2068%s\u2069, party: \u2068%s\u2069 \u2192 \u2068%s\u2069" % (
    MOVED, old_party, NEW_PARTY)


def is_party_row(text):
    # then the numbers of its sources in the new version, "[91, 122]"
    return without_isolates(text).startswith(without_isolates(party_row) + " [")


def party_row_alone():
    rows = changes_window() and change_rows()
    return rows and len(rows) == 1 and is_party_row(rows[0][-1]) and rows


# the list, left open, comes to hold the changes of the new comparison
# alone (the bar says 1 change before and after: the list tells them
# apart)
rows = wait_for(party_row_alone)
got = wait_for(lambda: bar_says(banner))
check("saved again with a party changed: 1 change since the version shown before", rows and got,
      repr(bar_title()))
check("... and 'What Changed', left open, lists that change alone, with its sources", rows,
      repr(changes_window() and change_rows()))
row = wait_for(lambda: pyatspi.findDescendant(
    changes_window(), lambda n: n.getRoleName() == "label" and
    without_isolates(n.name).startswith("member changed: "), breadth_first=True))
if row is not None:
    # at its start: its end holds the links to its sources
    ext = row.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    subprocess.run(["xdotool", "mousemove", str(ext.x + 12), str(ext.y + 8), "click", "1"],
                   check=True)
page = wait_for(lambda: (lambda t: t and without_isolates(t[0]) == MOVED and t)(details_labels()))
check("activating the change shows the member's details, with the new party",
      page and NEW_PARTY in [without_isolates(t) for t in page], repr(details_labels()[:8]))

# Compare With…: the menu's item, the file chooser, a path typed in
with open(os.path.join(os.path.dirname(CHANGED), "before.json"), "w", encoding="utf-8") as f:
    f.write(good)
menu = wait_for(lambda: pyatspi.findDescendant(frame, lambda n: n.getRoleName() == "push button" and
                                               n.name == "Main menu" and n.childCount == 1,
                                               breadth_first=True))
click(menu)
# the menu's popover is the menu button's child
item = wait_for(lambda: pyatspi.findDescendant(menu, lambda n: n.getRoleName() == "menu item" and
                                               n.name == "Compare With\u2026", breadth_first=True))
check("the menu offers 'Compare With…'", item)
if item is not None:
    item.queryAction().doAction(0)
chooser = wait_for(lambda: next((w for w in app if w is not None and
                                 w.name == "Compare With a Dataset"), None))
location = None
if chooser is not None:
    # keys reach the dialog once it is mapped and focused: ask for the
    # location entry until it has the focus
    wid = subprocess.run(["xdotool", "search", "--name", "^Compare With a Dataset$"],
                         capture_output=True, text=True).stdout.split()
    for _ in range(20):
        if wid:
            subprocess.run(["xdotool", "windowfocus", wid[-1]], check=False)
        subprocess.run(["xdotool", "key", "ctrl+l"], check=True)
        location = wait_for(lambda: pyatspi.findDescendant(
            chooser, lambda n: n.getRoleName() in ("text", "entry") and
            n.getState().contains(pyatspi.STATE_FOCUSED), breadth_first=True), 1)
        if location:
            break
if location is not None:
    # typed: the chooser's entry does not take text set through AT-SPI
    path = os.path.join(os.path.dirname(CHANGED), "before.json")
    subprocess.run(["xdotool", "type", "--delay", "20", path], check=True)
    wait_for(lambda: location.queryText().getText(0, location.queryText().characterCount) == path)
    # here the first Return after typing does not reach the chooser (the
    # entry's completion is still at work): press it until the chooser goes
    for _ in range(10):
        subprocess.run(["xdotool", "key", "Return"], check=True)
        if wait_for(lambda: not any(w is not None and w.name == "Compare With a Dataset"
                                    for w in app), 2):
            break
got = wait_for(lambda: bar_title() == "What changed: 2 changes from \u201cbefore.json\u201d to "
               "the data shown" and bar_title())
check("Compare With… a file: the bar counts the changes from it to the data shown",
      got and location is not None, repr(bar_title()))
press_show_changes()
rows = wait_for(lambda: (lambda r: len(r) == 2 and r)(changes_window() and change_rows()))
check("... and 'What Changed' lists both: the member removed, the party changed",
      rows and without_isolates(rows[0][-1]) == "member removed: " + GONE and
      is_party_row(rows[1][-1]), repr(rows))
close = pyatspi.findDescendant(frame, lambda n: n.getRoleName() == "push button" and
                               n.name == "Close the details", breadth_first=True)
if close:
    click(close)

# A second invocation hands its file to the running window.
other = os.environ.get("DLG_SECOND_DATASET")
if other:
    # as a URI, the way the launcher's %U passes it
    second = subprocess.run([os.environ["DLG_BINARY"], "file://" + os.path.abspath(other)],
                            capture_output=True, text=True, timeout=testutil.seconds(30))
    got = wait_for(lambda: pyatspi.findDescendant(
        frame, lambda n: n.getRoleName() == "label" and n.name == "Minimal test dataset",
        breadth_first=True))
    apps = [a for a in pyatspi.Registry.getDesktop(0) if a is not None and a.name == PROGRAM]
    check("a second 'delegations URI' opens it in the running window", got and
          second.returncode == 0 and len(apps) == 1, repr((second.returncode, len(apps))))

# Three sides: each pane chooses its side from a drop-down, by keyboard.
three = os.environ.get("DLG_THREE_DATASET")
if three:
    subprocess.run([os.environ["DLG_BINARY"], os.path.abspath(three)], capture_output=True,
                   timeout=testutil.seconds(30))

    def headings():
        # the side panes' headings (each pane's heading carries a side drop-down)
        return [n.name for n in descendants(frame, lambda n: n.getRoleName() == "heading")
                if pane_of(frame, n.name) is not None][-2:]

    got = wait_for(lambda: headings() == ["Side A", "Side B"] and counts(frame) ==
                   ["Showing 1 of 1 person", "Showing 2 of 2 people"])
    check("a dataset with three sides shows the first two", got, repr(headings()))
    chooser = wait_for(lambda: pyatspi.findDescendant(
        pane_of(frame, "Side A"), lambda n: n.getRoleName() == "combo box" and
        n.name == "Side shown in this pane", breadth_first=True))
    click(chooser)
    time.sleep(0.5)
    subprocess.run(["xdotool", "key", "--delay", "150", "Down", "Down", "Return"], check=True)
    got = wait_for(lambda: headings() == ["Side C", "Side B"] and
                   sorted(counts(frame)) == ["Showing 0 of 0 people", "Showing 1 of 1 person"])
    check("choosing the third side in a pane shows it there", got, repr(headings()))
    # the window still answers: a search reaches the other pane
    entry.queryEditableText().setTextContents("no such member")
    got = wait_for(lambda: "Showing 0 of 1 person" in counts(frame))
    check("... and the window still answers a search", got, repr(counts(frame)))
    entry.queryEditableText().setTextContents("")

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        print("# " + detail)
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
