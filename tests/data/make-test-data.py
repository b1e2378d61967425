#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small test datasets under valid/ and invalid/.

Run from this folder.  Each invalid file breaks one rule; invalid/EXPECTED
lists, for each file, where the loader must point (LINE:COL, or - when the
error has no position) and a phrase its message must contain.  The
positions there were checked by hand against the files; re-run the tests
after changing this script.
"""
import json
import re


def minimal():
    return {
        "format": "delegations",
        "version": "1.0",
        "title": "Minimal test dataset",
        "as_of": "2025-06-30",
        "sources": [
            {"id": "s1", "title": "First source", "publisher": "Test", "date": "2025-05-17",
             "url": "https://example.com/1"},
            {"id": "s2", "title": "Second source", "date": "2025-06"},
        ],
        "sides": [
            {"id": "a", "name": "Side A", "delegations": [
                {"id": "a1", "label": "Group 1", "leader": "a1-lead", "members": [
                    {"id": "a1-lead", "name": "Alpha Leader", "party": "P1", "role": "MP",
                     "role_kind": "sitting-legislator", "status": "travelled", "sources": ["s1"]},
                    {"id": "a1-m2", "name": "Beta Member", "party": "P2", "role": "Former envoy",
                     "role_kind": "former-diplomat", "status": "travelled"},
                ], "destinations": [
                    {"country": "France", "capital": "Paris", "from": "2025-05-26",
                     "to": "2025-05-27", "status": "visited", "unsc": "permanent",
                     "latitude": 48.86, "longitude": 2.35, "sources": ["s1"]},
                ]},
            ]},
            {"id": "b", "name": "Side B", "delegations": [
                {"id": "b1", "label": "Group 1", "leader": "b1-lead", "members": [
                    {"id": "b1-lead", "name": "Gamma Leader", "status": "travelled"},
                ], "destinations": [
                    {"country": "France", "capital": "Paris", "status": "planned-not-visited",
                     "unsc": "permanent"},
                ]},
            ]},
        ],
    }


def format11():
    """Format 1.1: places the two sides share (the UN in New York apart from
    Washington), members' legs and membership, announced figures."""
    d = minimal()
    d["version"] = "1.1"
    d["places"] = [
        {"id": "un-ny", "name": "UN Headquarters, New York", "kind": "international-organisation",
         "country": "United States", "latitude": 40.75, "longitude": -73.97, "sources": ["s1"]},
        {"id": "washington", "name": "Washington, D.C.", "kind": "capital",
         "country": "United States", "unsc": "permanent", "latitude": 38.9, "longitude": -77.04},
        {"id": "paris", "name": "Paris", "kind": "capital", "country": "France",
         "unsc": "permanent", "latitude": 48.86, "longitude": 2.35},
    ]
    a, b = d["sides"][0], d["sides"][1]
    a["announced"] = {"members": 4, "countries": 2, "text": "four members to two countries",
                      "sources": ["s1"]}
    a1 = a["delegations"][0]
    a1["destinations"] = [
        {"id": "a1-un", "country": "United States", "capital": "Washington, D.C.",
         "cities_visited": ["New York"], "place": "un-ny", "status": "visited",
         "unsc": "permanent"},
        {"id": "a1-dc", "country": "United States", "capital": "Washington, D.C.",
         "place": "washington", "status": "visited", "unsc": "permanent"},
        {"id": "a1-paris", "country": "France", "capital": "Paris", "place": "paris",
         "status": "visited", "unsc": "permanent"},
    ]
    a1["members"][1]["missed"] = [{"destination": "a1-paris", "sources": ["s2"]}]
    a1["members"].append({"id": "a1-official", "name": "Delta Official", "role": "Desk officer",
                          "role_kind": "official", "status": "travelled",
                          "membership": "accompanying",
                          "attended": [{"destination": "a1-un", "sources": ["s1"]}]})
    b1 = b["delegations"][0]
    b1["announced"] = {"members": 2, "sources": ["s2"]}
    b1["destinations"] = [
        {"id": "b1-un", "country": "United States", "capital": "Washington, D.C.",
         "cities_visited": ["New York"], "place": "un-ny", "status": "visited",
         "unsc": "permanent"},
        {"id": "b1-dc", "country": "United States", "capital": "Washington, D.C.",
         "place": "washington", "status": "visited", "unsc": "permanent"},
    ]
    return d


def format12():
    """Format 1.2: a certainty for each fact from its sources (one voice per
    publisher; announcements never confirm), attended / missed / not known
    legs, places within places, events, purposes, announced scope and note."""
    d = format11()
    d["version"] = "1.2"
    d["sources"] = [
        {"id": "s1", "title": "First report", "publisher": "Alpha News", "date": "2025-05-17"},
        {"id": "s2", "title": "Second report", "publisher": "Beta Times", "date": "2025-05-20"},
        {"id": "s3", "title": "Another Alpha report", "publisher": "Alpha News"},
        {"id": "s4", "title": "The plan", "publisher": "Gamma", "kind": "announcement"},
        {"id": "s5", "title": "A statement", "publisher": "Ministry", "kind": "official-statement"},
        {"id": "s6", "title": "Wire copy one", "publisher": "Times One (Wire)", "agency": "Wire"},
        {"id": "s7", "title": "Wire copy two", "publisher": "Times Two (Wire)", "agency": "Wire"},
        {"id": "s8", "title": "A rumour", "publisher": "Delta", "unverified": True},
    ]
    d["places"] = [
        {"id": "ny", "name": "New York", "kind": "city", "country": "United States",
         "latitude": 40.71, "longitude": -74.01},
        {"id": "un-ny", "name": "UN Headquarters, New York", "kind": "international-organisation",
         "country": "United States", "within": "ny", "latitude": 40.75, "longitude": -73.97},
        {"id": "dc", "name": "Washington, D.C.", "kind": "capital", "country": "United States",
         "unsc": "permanent", "latitude": 38.9, "longitude": -77.04},
        {"id": "paris", "name": "Paris", "kind": "capital", "country": "France",
         "unsc": "permanent", "latitude": 48.86, "longitude": 2.35},
    ]
    d["events"] = [
        {"text": "An attack.", "from": "2025-04-22", "sources": ["s1", "s2"]},
        {"text": "A plan was announced.", "from": "2025-05-17", "announcement": True,
         "sources": ["s4"]},
        {"text": "A visit was reported from the plan only.", "from": "2025-05-18",
         "sources": ["s4"]},
    ]
    a, b = d["sides"][0], d["sides"][1]
    a["announced"] = {"members": 4, "countries": 2, "text": "four members to two countries",
                      "scope": "members and officials", "note": "One official was added.",
                      "sources": ["s1"]}
    a["purposes"] = [{"text": "To explain.", "sources": ["s1", "s2"]}, "To listen."]

    def member(mid, name, **kw):
        m = {"id": mid, "name": name, "role_kind": "sitting-legislator", "status": "travelled",
             "sources": ["s1", "s2"]}
        m.update(kw)
        return m
    a1 = a["delegations"][0]
    a1["members"] = [
        member("a1-lead", "Alpha Leader"),
        member("a1-partial", "Partial Record", attended=[{"destination": "a1-ny",
                                                          "sources": ["s1"]}]),
        member("a1-gone", "Withdrew Early", status="withdrew"),
        member("a1-unsure", "Early List Only", status="unconfirmed", membership="accompanying"),
        member("a1-nk", "Not Named Later", not_known=[{"destination": "a1-dc",
                                                        "sources": ["s2"]}]),
        member("a1-same", "Same Publisher", sources=["s1", "s3"]),
        member("a1-ann", "Announced Only", sources=["s4", "s1"]),
        member("a1-official", "Official Voice", sources=["s5", "s1"]),
        member("a1-wire", "One Wire", sources=["s6", "s7"]),
        member("a1-rumour", "Rumoured", sources=["s8", "s1"]),
        member("a1-flag", "Flagged", unconfirmed=True),
        member("a1-disp", "Disputed", disagreements=[{"text": "Party differs.",
                                                       "sources": ["s1"]}]),
        member("a1-missed", "Missed One", missed=[{"destination": "a1-dc", "sources": ["s2"]}],
               not_known=[{"destination": "a1-ny"}]),
    ]
    a1["destinations"] = [
        {"id": "a1-ny", "country": "United States", "capital": "Washington, D.C.",
         "place": "ny", "from": "2025-05-24", "to": "2025-05-25", "dates_approximate": True,
         "status": "visited", "unsc": "permanent", "sources": ["s1", "s2"]},
        {"id": "a1-dc", "country": "United States", "capital": "Washington, D.C.",
         "place": "dc", "from": "2025-06-03", "to": "2025-06-06", "status": "visited",
         "unsc": "permanent", "sources": ["s1"]},
        {"id": "a1-paris", "country": "France", "capital": "Paris", "place": "paris",
         "status": "planned-not-visited", "unsc": "permanent", "sources": ["s4"]},
    ]
    a1["leader"] = "a1-lead"
    a["delegations"].append({
        "id": "a2", "label": "Group 2", "attendance_complete": True,
        "members": [member("a2-lead", "Complete Leader"),
                    member("a2-m", "Complete Member",
                           attended=[{"destination": "a2-x", "sources": ["s1"]}])],
        "destinations": [
            {"id": "a2-x", "country": "France", "capital": "Paris", "place": "paris",
             "status": "visited", "unsc": "permanent"},
            {"id": "a2-y", "country": "United States", "capital": "Washington, D.C.",
             "place": "dc", "status": "visited", "unsc": "permanent"}]})
    b1 = b["delegations"][0]
    b1["destinations"] = [
        {"id": "b1-un", "country": "United States", "capital": "Washington, D.C.",
         "place": "un-ny", "from": "2025-05-31", "to": "2025-06-03", "dates_approximate": True,
         "status": "visited", "unsc": "permanent"},
        {"id": "b1-dc", "country": "United States", "capital": "Washington, D.C.",
         "place": "dc", "from": "2025-06-04", "to": "2025-06-05", "status": "visited",
         "unsc": "permanent"},
    ]
    return d


def edit12(fn):
    d = format12()
    fn(d)
    return dump(d)


def dump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def edit(fn):
    d = minimal()
    fn(d)
    return dump(d)


def a_member(d):
    return d["sides"][0]["delegations"][0]["members"][1]


def a_dest(d):
    return d["sides"][0]["delegations"][0]["destinations"][0]


def edit11(fn):
    d = format11()
    fn(d)
    return dump(d)


def a_place(d, i=0):
    return d["places"][i]


TEXT = dump(minimal())

INVALID = {
    # syntax and encoding: refused before json-glib sees them
    "empty": b"",
    "whitespace-only": b"  \n\n",
    "double-comma": TEXT.replace('"Minimal test dataset",', '"Minimal test dataset",,', 1),
    "trailing-comma-object": TEXT.replace('"https://example.com/1"\n    }', '"https://example.com/1",\n    }', 1),
    "trailing-comma-array": re.sub(r'("sources": \[\s*"s1")(\s*\])', r'\1,\2', TEXT, count=1),
    "single-quotes": TEXT.replace('"title": "Minimal test dataset"', "'title': 'Minimal test dataset'", 1),
    "comment": "// a comment\n" + TEXT,
    "unterminated-string": TEXT.replace('"Minimal test dataset"', '"Minimal test dataset\n', 1),
    "missing-colon": TEXT.replace('"version": "1.0"', '"version" "1.0"', 1),
    "two-values": TEXT + "{}\n",
    "not-utf8": TEXT.replace("Alpha Leader", "Alpha L\u00e9ader").encode("latin-1"),
    "nul-byte": TEXT.replace("Beta Member", "Beta\0Member"),
    "deep-nesting": "[" * 100000 + "]" * 100000 + "\n",
    "nan": TEXT.replace('"latitude": 48.86', '"latitude": NaN', 1),
    "leading-zero": TEXT.replace('"latitude": 48.86', '"latitude": 048.86', 1),
    "huge-exponent": TEXT.replace('"latitude": 48.86', '"latitude": 1e999', 1),
    # json-glib wraps what does not fit in 64 bits: this one loaded as -1
    "big-integer": TEXT.replace('"latitude": 48.86', '"latitude": 18446744073709551661', 1),
    "lone-surrogate": TEXT.replace("Beta Member", "Beta \\ud800 Member"),
    "bad-escape": TEXT.replace("Beta Member", "Beta \\x41 Member"),
    "raw-tab": TEXT.replace("Beta Member", "Beta\tMember"),
    "duplicate-key": TEXT.replace('"title": "Minimal test dataset",',
                                  '"title": "Minimal test dataset",\n  "title": "Again",', 1),
    "unclosed": TEXT.rstrip().rstrip("}"),
    # structure and values
    "root-array": "[" + TEXT + "]\n",
    "wrong-format": edit(lambda d: d.update(format="something-else")),
    "newer-major-version": edit(lambda d: d.update(version="2.0")),
    "bad-version": edit(lambda d: d.update(version="one")),
    "missing-title": edit(lambda d: d.pop("title")),
    "missing-sides": edit(lambda d: d.pop("sides")),
    "one-side": edit(lambda d: d["sides"].pop()),
    "sides-not-array": edit(lambda d: d.update(sides={"a": 1})),
    "name-wrong-type": edit(lambda d: a_member(d).update(name=42)),
    "empty-name": edit(lambda d: a_member(d).update(name="  ")),
    "member-not-object": edit(lambda d: d["sides"][1]["delegations"][0]["members"].append("Delta")),
    "duplicate-member-id": edit(lambda d: a_member(d).update(id="a1-lead")),
    "duplicate-source-id": edit(lambda d: d["sources"][1].update(id="s1")),
    "leader-not-member": edit(lambda d: d["sides"][1]["delegations"][0].update(leader="nobody")),
    "leader-other-delegation": edit(lambda d: d["sides"][1]["delegations"][0].update(leader="a1-lead")),
    "unknown-source": edit(lambda d: a_member(d).update(sources=["s1", "s9"])),
    "impossible-date": edit(lambda d: a_dest(d).update({"from": "2025-02-30"})),
    "date-not-iso": edit(lambda d: a_dest(d).update({"to": "27 May 2025"})),
    "from-after-to": edit(lambda d: a_dest(d).update({"from": "2025-05-28"})),
    "latitude-out-of-range": edit(lambda d: a_dest(d).update(latitude=95.5)),
    "longitude-out-of-range": edit(lambda d: a_dest(d).update(longitude=-181)),
    "latitude-without-longitude": edit(lambda d: a_dest(d).pop("longitude")),
    "coordinate-as-string": edit(lambda d: a_dest(d).update(latitude="48.86")),
    "bad-visit-status": edit(lambda d: a_dest(d).update(status="went")),
    "bad-role-kind": edit(lambda d: a_member(d).update(role_kind="diplomat")),
    # terminal escapes (set the title, red text) in a value and in a key
    "control-characters": edit(lambda d: a_member(d).update(
        {"role_kind": "\x1b]0;pwned\x07\x1b[31mred\nsecond line",
         "\x1b[2J\u202eclear": "x"})),
    "bad-unsc": edit(lambda d: a_dest(d).update(unsc="yes")),
    "missing-capital": edit(lambda d: a_dest(d).pop("capital")),
    "bad-colour": edit(lambda d: d["sides"][0].update(colour="orange")),
    "approximate-not-boolean": edit(lambda d: a_dest(d).update(dates_approximate="yes")),
    "relative-url": edit(lambda d: d["sources"][0].update(url="example.com/1")),
    "bad-source-date": edit(lambda d: d["sources"][1].update(date="June 2025")),
    "note-wrong-type": edit(lambda d: a_member(d).update(notes=[{"sources": ["s1"]}])),
    "many-errors": edit(lambda d: (a_member(d).update(name=""), a_dest(d).update(latitude=99),
                                   d["sides"][1].update(name=None))),
    # format 1.1
    "unknown-place": edit11(lambda d: a_dest(d).update(place="nowhere")),
    "bad-place-kind": edit11(lambda d: a_place(d).update(kind="town")),
    "unsc-not-on-a-capital": edit11(lambda d: a_place(d).update(unsc="none")),
    "capital-without-country": edit11(lambda d: a_place(d, 1).pop("country")),
    "city-without-coordinates": edit11(lambda d: (a_place(d, 2).pop("latitude"),
                                                 a_place(d, 2).pop("longitude"))),
    "attended-and-missed": edit11(lambda d: a_member(d).update(
        attended=[{"destination": "a1-un"}])),
    "leg-unknown-destination": edit11(lambda d: a_member(d).update(
        missed=[{"destination": "a1-rome"}])),
    "leg-other-delegation": edit11(lambda d: a_member(d).update(
        missed=[{"destination": "b1-dc"}])),
    "within-unknown": edit12(lambda d: d["places"][1].update(within="nowhere")),
    "within-cycle": edit12(lambda d: d["places"][0].update(within="un-ny")),
    # x lies within a loop it is not part of: the loop's places are to blame
    "within-loop-beyond": edit12(lambda d: d["places"].extend([
        {"id": "x", "name": "X", "kind": "city", "latitude": 1, "longitude": 1, "within": "y"},
        {"id": "y", "name": "Y", "kind": "city", "latitude": 1, "longitude": 1, "within": "z"},
        {"id": "z", "name": "Z", "kind": "city", "latitude": 1, "longitude": 1, "within": "y"}])),
    "event-without-date": edit12(lambda d: d["events"][0].pop("from")),
    "bad-source-kind": edit12(lambda d: d["sources"][0].update(kind="rumour")),
    "leg-attended-and-not-known": edit12(lambda d: d["sides"][0]["delegations"][0]["members"][1]
                                         .update(not_known=[{"destination": "a1-ny"}])),
    "bad-membership": edit11(lambda d: a_member(d).update(membership="guest")),
    "announced-not-whole": edit11(lambda d: d["sides"][0]["announced"].update(members=3.5)),
    "announced-nothing": edit11(lambda d: d["sides"][0].update(announced={"sources": ["s1"]})),
    "announced-not-object": edit11(lambda d: d["sides"][0].update(announced="59")),
}

VALID = {
    "minimal": dump(minimal()),
    "format-1-1": dump(format11()),
    "format-1-2": dump(format12()),
    # a recorded absence from a stop nobody visited: a warning, and ignored
    "leg-not-visited": edit12(lambda d: d["sides"][0]["delegations"][0]["members"][0].update(
        missed=[{"destination": "a1-paris"}])),
    "unknown-member": edit(lambda d: (d.update(publisher="Someone"),
                                      a_member(d).update(twitter="@beta"))),
    "newer-minor-version": edit(lambda d: (d.update(version="1.7"),
                                           a_dest(d).update(weather="sunny"))),
    # a key with terminal escapes: reported as an unknown member, inert
    "control-in-key": edit(lambda d: a_member(d).update({"\x1b]0;pwned\x07\x1b[2Jclear": "x"})),
    "markup-in-names": edit(lambda d: a_member(d).update(name="<b>Bold</b> & Co")),
    "three-sides": edit(lambda d: d["sides"].append(
        {"id": "c", "name": "Side C", "delegations": []})),
    "tricky-text": edit(lambda d: d["sides"][0]["delegations"][0]["members"].extend([
        {"id": "t1", "name": "=HYPERLINK(\"http://x\")", "party": "+1 Party",
         "role": "Says \"hello\", twice\non two lines", "status": "travelled"},
        {"id": "t2", "name": "@handle", "party": "-minus", "role": "  spaced  ",
         "status": "declined"},
        {"id": "t3", "name": "محمد عبد الله", "party": "حزب", "role": "نائب",
         "status": "travelled"},
        {"id": "t4", "name": "शशि थरूर", "party": "कांग्रेस", "role": "सांसद",
         "status": "travelled"},
    ])),
}

for name, text in INVALID.items():
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    with open("invalid/%s.json" % name, "wb") as f:
        f.write(data)
for name, text in VALID.items():
    with open("valid/%s.json" % name, "w", encoding="utf-8") as f:
        f.write(text)
print(len(INVALID), "invalid,", len(VALID), "valid")
