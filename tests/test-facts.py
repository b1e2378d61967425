#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The bundled dataset's outputs against the sourced fact sheet (TAP).

Every person of the fact sheet, in the CSV export of the bundled dataset:
which stops they attended, missed or are not known at, and how sure each
is.  The stops come from the fact sheet itself (its destinations and its
notes on people), not from the dataset; the certainty is worked out here
again from the dataset's sources, apart from the application's code.  A
stop nobody reported as missed is never "missed"; an unconfirmed person is
at no stop as a plain fact.

With a PDF tool (pdftotext) the full sheet is read too: each person's
line says the same.

Usage: test-facts.py DELEGATIONS_BINARY REFERENCE_DIR BUNDLED_JSON
"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

BIN, REFERENCE, BUNDLED = sys.argv[1:4]
ENV = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")

with open(os.path.join(REFERENCE, "delegations-2025-facts.json"), encoding="utf-8") as f:
    FACTS = json.load(f)
with open(BUNDLED, encoding="utf-8") as f:
    DATA = json.load(f)

results = []


def check(name, ok, detail=""):
    results.append((name, bool(ok), detail))


def run(*args):
    p = subprocess.run([BIN] + list(args), capture_output=True, env=ENV)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


STOP = re.compile(r"^(?P<place>.+?) \((?P<country>.+)\)(?P<tags>( \[[a-z-]+\])*)$")


def stops_of(cell):
    """[(place, country, tags)] of a CSV stops cell"""
    out = []
    for part in [p for p in cell.split("; ") if p]:
        m = STOP.match(part)
        assert m, part
        out.append((m["place"], m["country"], re.findall(r"\[([a-z-]+)\]", m["tags"])))
    return out


# --- what the fact sheet says of each person -----------------------------

def groups():
    """(delegation label, fact-sheet group, its people) for every delegation"""
    for g in FACTS["india"]["delegations"]:
        yield "Group %d" % g["group"], g, g["members"]
    for i, g in enumerate(FACTS["pakistan"]["delegations"]):
        yield ("Peace delegation" if i == 0 else "Moscow delegation"), g, \
            [g["leader"]] + g.get("members", [])


def visited_countries(g):
    """the countries the delegation made stops in (the dataset may make two
    stops of one country's row: New York and Washington for Group 5)"""
    return sorted({d["country"] for d in g["destinations"]
                   if not d["status"].startswith("unconfirmed (planned only)")})


def planned_only(g):
    return [d["country"] for d in g["destinations"]
            if d["status"].startswith("unconfirmed (planned only)")]


def expected(person, g):
    """what the fact sheet says: (travelled, missed countries, unsure)"""
    note = (person.get("note") or "") + " " + person.get("role", "")
    if "did NOT travel" in person["role"] or "withdrew" in note or "declined" in note \
            or "Approached for the US group" in note:
        return "none", [], False
    missed = []
    m = re.search(r"missed the (.+?) legs", note)
    if m:
        missed = [c.strip() for c in re.split(r" and |, ", m.group(1))]
    unsure = "every leg is unconfirmed" in note
    if person["status"] == "unconfirmed":
        return "unconfirmed", missed, True
    return "travelled", missed, unsure


# --- how sure a fact is, worked out again from the dataset -----------------

SOURCES = {s["id"]: s for s in DATA["sources"]}


def certainty(record, status=None):
    if record.get("disagreements"):
        return "disputed"
    if record.get("unconfirmed") or status == "unconfirmed":
        return "unconfirmed"
    voices = set()
    for sid in record.get("sources", []):
        s = SOURCES[sid]
        if s.get("kind") == "announcement" or s.get("unverified"):
            continue
        voices.add(s.get("agency") or s.get("publisher") or "\1" + sid)
    return "confirmed" if len(voices) >= 2 else "single-source" if voices else "unconfirmed"


MEMBERS = {(g["label"], m["name"]): m for side in DATA["sides"] for g in side["delegations"]
           for m in g["members"]}

# --- the CSV --------------------------------------------------------------

rc, out, err = run("--export-csv=-", BUNDLED)
check("the bundled dataset exports its CSV", rc == 0, err)
rows = {}
for r in csv.DictReader(io.StringIO(out.decode("utf-8"))):
    rows[(r["delegation"], r["name"])] = r

n_people = 0
for label, g, people in groups():
    countries = visited_countries(g)
    planned = planned_only(g)
    for person in people:
        n_people += 1
        key = (label, person["name"])
        row = rows.get(key)
        if row is None:
            check("%s (%s) has a row" % key, False, "no CSV row")
            continue
        how, missed, unsure = expected(person, g)
        attended = stops_of(row["destinations"])
        missed_cells = stops_of(row["missed"])
        not_known = stops_of(row["not_known"])
        got_missed = sorted(c for _, c, _ in missed_cells)
        went = [c for _, c, tags in attended if "planned-not-visited" not in tags]
        problems = []
        # only what a source says was missed is missed
        if sorted(missed) != got_missed and not (missed and set(got_missed) ==
                                                 {c for c in countries if any(
                                                     c.startswith(x) for x in missed)}):
            problems.append("missed %r, the fact sheet %r" % (got_missed, missed))
        # a stop nobody visited is neither missed nor not known
        for _, c, _ in missed_cells + not_known:
            if c in planned and c not in countries:
                problems.append("%s, which nobody visited, is missed or not known" % c)
        if how == "none":
            if attended or missed_cells or not_known:
                problems.append("did not travel, yet has stops")
        elif how == "unconfirmed":
            # at no stop as a plain fact: attended only with a mark
            for place, c, tags in attended:
                if not set(tags) & {"single-source", "unconfirmed", "disputed"}:
                    problems.append("%s attended as a plain fact" % place)
            if sorted(set(went + [c for _, c, _ in not_known])) != countries:
                problems.append("stops %r + not known %r, the delegation's %r" %
                                (went, not_known, countries))
        else:
            if sorted(set(went + got_missed + [c for _, c, _ in not_known])) != countries:
                problems.append("stops %r missed %r not known %r; the delegation's %r" %
                                (went, got_missed, not_known, countries))
            if unsure and not not_known:
                problems.append("the fact sheet leaves a leg unconfirmed; none is not known")
            if not unsure and not_known:
                problems.append("not known %r, which the fact sheet does not say" % not_known)
        # the mark: as the dataset's sources make it, and never confirmed for
        # whom the fact sheet leaves unconfirmed
        member = MEMBERS[key]
        sure = certainty(member, member.get("status"))
        if row["certainty"] != sure:
            problems.append("certainty %s, its sources make it %s" % (row["certainty"], sure))
        if person["status"] == "unconfirmed" and row["certainty"] == "confirmed":
            problems.append("confirmed, though the fact sheet says unconfirmed")
        # a stop is no surer than the member's being there (a disagreement
        # about a party or a role is not one about where they were)
        presence = certainty(dict(member, disagreements=[]), member.get("status"))
        if presence != "confirmed":
            for place, _, tags in attended:
                if not set(tags) & {"single-source", "unconfirmed", "disputed"}:
                    problems.append("%s: an unsure member's stop without its mark" % place)
        check("%s (%s): stops and marks as the fact sheet says" % (person["name"], label),
              not problems, "; ".join(problems))

check("every person of the fact sheet is in the CSV, and nobody else",
      n_people == len(rows), "%d people, %d rows" % (n_people, len(rows)))

# --- the full sheet --------------------------------------------------------

if shutil.which("pdftotext") is None:
    check("the full sheet # SKIP pdftotext is not installed", True)
else:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = os.path.join(tmp, "full.pdf")
        rc, _, err = run("--sheet=full", "--export-pdf=" + pdf, BUNDLED)
        check("the full sheet prints", rc == 0, err)
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                              env=ENV).stdout.decode("utf-8")
        flat = re.sub(r"\s+", " ", text)
        check("the full sheet never says a person missed a stop nobody reported missed",
              "missed UN Headquarters" not in flat and "missed Paris" not in flat and
              "→ Paris" not in flat.split("Adeel Mumtaz")[-1][:300],
              flat[flat.find("Adeel Mumtaz"):][:400])
        check("the full sheet says which stops are not known",
              "not known" in flat.lower(), "")
        check("the full sheet has the marks' legend",
              "one source only" in flat and "sources disagree" in flat, "")

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        print("# " + detail.replace("\n", "\n# "))
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
