#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds data/delegations-2025.json from the sourced fact sheet.

    build-aux/make-bundled-dataset.py docs/reference > data/delegations-2025.json

docs/reference/ is a copy of the project's reference (../shared/reference);
tests/test-bundled.sh checks that this reproduces the committed file.

The fact sheet (delegations-2025-facts.json) gives dates, parties and
roles as prose.  The tables below turn that prose into the dataset's fields
(ISO dates with an "approximate" flag, a short party label, a role kind);
the prose itself is kept in "dates_text", notes and disagreements, so
nothing is lost and nothing is added that the fact sheet does not say.
"""
import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundled_audit as audit  # noqa: E402  (the audit's tables, with their evidence)

ARTICLE = "article"

# Party labels: the fact sheet's affiliation text -> (party, disagreement or None)
PARTY = {
    "INC (Congress)": ("INC", None),
    "AITC (Trinamool Congress)": ("AITC", None),
    "BJP (former Union minister)": ("BJP", None),
    "PPP (chairman)": ("PPP", None),
    "MQM(-P)": ("MQM-P", None),
    "Democratic Progressive Azad Party (chairman)": ("Democratic Progressive Azad Party", None),
    "Nominated (official-format list); ANI reports call him a BJP MP":
        ("Nominated", "Affiliation: 'Nominated MP' in the official-format list and NewsBytes; "
                      "ANI reports call him a BJP MP."),
    "Nominated (NewsBytes); labelled BJP by some ANI copies and 'Congress' by others":
        ("Nominated", "Affiliation: 'Nominated MP' (NewsBytes) vs 'BJP' (ANI, 25 May) vs "
                      "'Congress MP' (several later ANI copies)."),
    "Former diplomat (described as a BJP leader by DNA/ANI)":
        ("Former diplomat", "DNA/ANI describe him as a BJP leader."),
    "PML-N (per a copied Indian report); called a Senator by Daily Times":
        ("PML-N", "Party per a copied Indian report; Daily Times calls him a Senator."),
}

# Role kind by name (the fact sheet's role text decides; see its "role" column)
FORMER_MINISTERS = {
    "Ghulam Nabi Azad", "M. J. Akbar", "Salman Khurshid",
    "S. S. (Surendrajeet Singh) Ahluwalia", "Anand Sharma", "V. Muraleedharan",
    "Bilawal Bhutto Zardari", "Khurram Dastgir Khan",
}
MINISTERS = {"Musadik Masood Malik"}
OFFICIALS = {"Varun Jeph", "Adeel Mumtaz", "Syed Tariq Fatemi"}

# Member status and the role as written where the fact sheet's role text
# mixes in what happened.
STATUS = {
    "Yusuf Pathan": ("withdrew", "MP (Baharampur)",
                     "Originally named; withdrew on 19 May and did not travel."),
    "Sudip Bandyopadhyay": ("declined", "MP",
                            "Approached for the US group; declined for health reasons "
                            "and did not travel."),
    "Varun Jeph": ("unconfirmed", None, None),
    "Adeel Mumtaz": ("unconfirmed", None,
                     "Accompanying official, not one of the nine delegation members."),
}

# (delegation, country, city) -> from, to, approximate.  None = not stated.
DATES = {
    ("in-g1", "Bahrain"): ("2025-05-24", "2025-05-26", True),
    ("in-g1", "Kuwait"): ("2025-05-26", "2025-05-27", True),
    ("in-g1", "Saudi Arabia"): ("2025-05-27", "2025-05-30", True),
    ("in-g1", "Algeria"): ("2025-05-30", "2025-06-02", False),
    ("in-g2", "France"): ("2025-05-26", "2025-05-27", True),
    ("in-g2", "Italy"): ("2025-05-28", None, True),
    ("in-g2", "Denmark"): ("2025-05-29", "2025-05-31", True),
    ("in-g2", "United Kingdom"): ("2025-05-31", "2025-06-03", False),
    ("in-g2", "European Union (Belgium)"): ("2025-06-03", "2025-06-05", True),
    ("in-g2", "Germany"): ("2025-06-05", "2025-06-07", True),
    ("in-g3", "Japan"): ("2025-05-22", None, False),
    ("in-g3", "Republic of Korea"): ("2025-05-24", "2025-05-26", False),
    # Singapore, Jakarta, Kuala Lumpur: only the plan gives first days (see
    # PLANNED_ONLY); the dates kept are the days reports confirm.
    ("in-g3", "Singapore"): (None, None, False),
    ("in-g3", "Indonesia"): (None, None, False),
    ("in-g3", "Malaysia"): (None, "2025-06-03", False),
    ("in-g4", "United Arab Emirates"): ("2025-05-22", "2025-05-23", True),
    ("in-g4", "Democratic Republic of the Congo"): ("2025-05-24", "2025-05-28", False),
    ("in-g4", "Sierra Leone"): ("2025-05-28", None, True),
    ("in-g4", "Liberia"): ("2025-05-31", "2025-06-03", True),
    ("in-g5", "New York"): ("2025-05-24", "2025-05-25", True),
    ("in-g5", "Washington, D.C."): ("2025-06-03", "2025-06-06", True),
    ("in-g5", "Guyana"): ("2025-05-25", "2025-05-27", True),
    ("in-g5", "Panama"): ("2025-05-27", "2025-05-29", False),
    ("in-g5", "Colombia"): ("2025-05-29", "2025-05-31", True),
    ("in-g5", "Brazil"): ("2025-06-01", "2025-06-03", False),
    ("in-g6", "Russia"): ("2025-05-22", "2025-05-24", False),
    ("in-g6", "Slovenia"): ("2025-05-25", "2025-05-27", True),
    ("in-g6", "Greece"): ("2025-05-27", None, True),
    ("in-g6", "Latvia"): ("2025-05-30", None, False),
    ("in-g6", "Spain"): ("2025-05-31", "2025-06-02", True),
    ("in-g7", "Qatar"): ("2025-05-24", "2025-05-26", False),
    ("in-g7", "South Africa"): ("2025-05-27", "2025-05-29", False),
    ("in-g7", "Ethiopia"): ("2025-05-30", "2025-06-01", True),
    ("in-g7", "Egypt"): ("2025-06-01", "2025-06-04", True),
    ("pk-bilawal", "New York (UN HQ)"): ("2025-05-31", "2025-06-03", True),
    ("pk-bilawal", "Washington, D.C."): ("2025-06-03", "2025-06-06", True),
    ("pk-bilawal", "United Kingdom"): ("2025-06-08", "2025-06-10", True),
    ("pk-bilawal", "European Union (Belgium)"): ("2025-06-11", "2025-06-14", True),
    ("pk-fatemi", "Russia"): ("2025-06-02", "2025-06-04", False),
}

# (delegation, country) -> the planned first day: orders the route, is not
# given as a visit date, and a note says so.
PLANNED_ONLY = {
    ("in-g3", "Singapore"): "2025-05-27",
    ("in-g3", "Indonesia"): "2025-05-28",
    ("in-g3", "Malaysia"): "2025-05-31",
}

# Delegation dates: departure and return where the fact sheet states them.
DELEGATION_DATES = {
    "in-g1": (None, "2025-06-03", True),
    "in-g2": ("2025-05-25", "2025-06-08", True),
    "in-g3": ("2025-05-21", "2025-06-04", False),
    "in-g4": ("2025-05-21", "2025-06-04", False),
    "in-g5": (None, "2025-06-10", True),
    "in-g7": (None, "2025-06-06", True),
    "pk-fatemi": ("2025-06-02", "2025-06-04", False),
}

UNSC = [
    ("permanent member", "permanent"),
    ("elected member", "elected"),
    ("not a member", "none"),
    ("n/a", "not-a-state"),
]

# Legs (format 1.1): the partial presences the fact sheet records.
# name -> ("attended" | "missed", [(delegation, place id)], fact-sheet source numbers)
# Format 1.2: a stop no leg names is "with the delegation" for who travelled,
# "not known" for who is unconfirmed; who withdrew or declined has no stops.
LEGS = {
    # "Hospitalised in Kuwait (c. 27 May); missed the Saudi Arabia and Algeria legs."
    "Ghulam Nabi Azad": ("missed", ["riyadh", "algiers"], [18, 19]),
    # "Director, India desk (accompanying official in London)"; his other
    # stops are not known (his status is unconfirmed)
    "Adeel Mumtaz": ("attended", ["london"], [107]),
}
# Officials and liaison officers travelling with a delegation, not members of it.
ACCOMPANYING = {"Adeel Mumtaz", "Varun Jeph"}

# The fact sheet's disagreements (by how their text starts) and the entities
# they concern; each is also kept in the dataset's own list.
DISAGREEMENT_TARGETS = [
    ("Total size:", [("side", "india")]),
    ("M.J. Akbar", [("member", "M. J. Akbar")]),
    ("Daggubati Purandeswari", [("member", "Daggubati Purandeswari")]),
    ("M. Thambidurai", [("member", "M. Thambidurai")]),
    ("ANI (London, 3 June)", [("delegation", "in-g2")]),
    ("ANI/Tribune (Washington, 4 June)", [("delegation", "in-g5")]),
    ("Shambhavi Choudhary and Milind Deora", [("member", "Shambhavi Choudhary"),
                                              ("member", "Milind Deora")]),
    ("Mian Altaf Ahmad", [("member", "Mian Altaf Ahmad")]),
    ("WION (23 May) labels Jawed Ashraf", [("member", "Jawed Ashraf"),
                                           ("member", "John Brittas")]),
    ("India Today (19 May) calls Mohan Kumar", [("member", "Mohan Kumar")]),
    ("Sujan Chinoy", [("member", "Sujan Chinoy")]),
    ("A News18 copy (source 56)", [("destination", "in-g4-kinshasa")]),
    ("The early TodayHeadline list", [("member", "Salman Khurshid"),
                                      ("member", "Harsh Vardhan Shringla"),
                                      ("member", "Brij Lal"), ("member", "Tejasvi Surya")]),
    ("Pakistani London arrival", [("destination", "pk-bilawal-london")]),
    ("Pakistani New York stay", [("destination", "pk-bilawal-un-hq-new-york")]),
]

# Texts of the fact sheet that quote the announcement article
QUOTES_ARTICLE = ["Musadik Malik: 'Energy Minister' (announc"]

CAPITAL_FIX = {
    "Pretoria (administrative capital)": ("Pretoria", "Pretoria is South Africa's administrative capital."),
}


def cited_in(text):
    """Source numbers a fact-sheet text names itself: "(source 56)"."""
    return [int(n) for n in re.findall(r"\bsource (\d+)\b", text or "")]


def slug(text):
    text = re.sub(r"\(.*?\)", "", text)
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text


class Builder:
    def __init__(self, facts):
        self.facts = facts
        self.keys = {s["id"]: s["key"] for s in facts["sources"]}
        self.member_ids = set()
        self.places = {}

    def place(self, d, key, capital):
        """The place a destination is at (format 1.1), added to self.places."""
        city = key or ""
        extra = {c["city"]: c for c in self.facts["extra_cities"]}
        if d["country"] == "European Union (Belgium)":
            pid = "eu-brussels"
            # the city it lies within (format 1.2), so comparisons can speak of Brussels
            self.places.setdefault("brussels", {
                "id": "brussels", "name": "Brussels", "kind": "city", "country": "Belgium",
                "latitude": d["lat"], "longitude": d["lon"]})
            place = {"id": pid, "name": "EU institutions, Brussels",
                     "kind": "international-organisation", "country": "Belgium",
                     "within": "brussels",
                     "latitude": d["lat"], "longitude": d["lon"],
                     "notes": [self.note("The EU institutions in Brussels (India Today and "
                                         "NewsBytes list the 'EU' as a destination); the Pakistani "
                                         "delegation also met Belgian parliamentarians and the "
                                         "Egmont Institute there.", [32, 33, 110])]}
        elif city == "New York (UN HQ)":
            ny = extra["New York (UN HQ)"]
            pid = "un-hq-new-york"
            # within New York (format 1.2): India's group was in the city, Pakistan's
            # at the UN there; a comparison says both were in New York, and where
            self.places.setdefault("new-york", {
                "id": "new-york", "name": "New York", "kind": "city", "country": "United States",
                "latitude": ny["lat"], "longitude": ny["lon"]})
            place = {"id": pid, "name": "UN Headquarters, New York",
                     "kind": "international-organisation", "country": "United States",
                     "within": "new-york",
                     "latitude": ny["lat"], "longitude": ny["lon"],
                     "sources": self.refs([95, 97, 101])}
        elif city == "New York":
            ny = extra["New York (UN HQ)"]
            pid = "new-york"
            place = {"id": pid, "name": "New York", "kind": "city", "country": "United States",
                     "latitude": ny["lat"], "longitude": ny["lon"],
                     "notes": [self.note("Transit and the 9/11 memorial; the sources read do not "
                                         "place this delegation at the UN.", [60, 69, 70])]}
        else:
            pid = slug(capital)
            unsc = next(v for prefix, v in UNSC if d["unsc_2025_status"].startswith(prefix))
            place = {"id": pid, "name": capital, "kind": "capital", "country": d["country"],
                     "unsc": unsc, "latitude": d["lat"], "longitude": d["lon"],
                     "sources": self.refs([116, 117])}
        self.places.setdefault(pid, place)
        return pid

    def refs(self, numbers):
        return [self.keys[n] for n in numbers or []]

    def cite(self, text, sources):
        """The sources a text cites: the outlet it quotes where the audit
        found it (bundled_audit.NOTE_SOURCES), else those given."""
        for prefix, numbers in audit.NOTE_SOURCES.items():
            if numbers and (text or "").startswith(prefix):
                return numbers
        return sources

    def note(self, text, sources=None):
        out = {"text": text}
        sources = self.cite(text, sources)
        if sources:
            out["sources"] = self.refs(sources)
        # texts that quote the announcement article cite it too
        if any(text.startswith(p) for p in QUOTES_ARTICLE):
            out["sources"] = [ARTICLE] + out.get("sources", [])
        return out

    def sources(self):
        out = []
        for s in self.facts["sources"]:
            src = {"id": s["key"], "title": s["title"], "publisher": s["publisher"]}
            date = s["date"] or ""
            m = re.match(r"^(\d{4}-\d{2}-\d{2})$", date)
            if m:
                src["date"] = date
            elif re.match(r"^\d{4}-\d{2}", date):
                src["date"] = date[:7]
            src["url"] = audit.URL_FIXES.get(s["key"], s["url"])
            # copies of one agency's report are one voice (format 1.2)
            m = re.search(r"\((ANI|PTI|IANS|Reuters|Ukrinform|News18)( copy)?\)$", s["publisher"] or "")
            if m:
                src["agency"] = m.group(1)
            if s["id"] in audit.SOURCE_KINDS:
                src["kind"] = audit.SOURCE_KINDS[s["id"]]
            note = "Read: " + s["read"] + "."
            if s["key"] in audit.URL_FIXES:
                note += " Address as recorded: " + s["url"] + "."
            if date and src.get("date") != date:
                note += " Date as recorded: " + date + "."
            src["note"] = note
            out.append(src)
        out.append({
            "id": ARTICLE,
            "title": "News article on Pakistan's planned 'peace' delegation and India's seven "
                     "all-party delegations (the text this project started from)",
            "date": "2025-05",
            "kind": "announcement",
            "unverified": True,
            "note": "c. 17-18 May 2025; publisher and address not recorded. Treated as one "
                    "unverified source: it is cited for what it says, never as confirmation.",
        })
        return out

    def member(self, delegation_id, m, article=False):
        name = m["name"]
        party, disagreement = PARTY.get(m["affiliation"], (m["affiliation"], None))
        status, role, status_note = STATUS.get(name, ("travelled", None, None))
        role = role or m["role"]
        if m["affiliation"].endswith(" (chairman)"):
            # the fact sheet gives the chairmanship with the party: keep it in the role
            role = "Chairman, %s; %s" % (party, role[0].lower() + role[1:])
        if name in MINISTERS:
            kind = "minister"
        elif name in FORMER_MINISTERS:
            kind = "former-minister"
        elif name in OFFICIALS:
            kind = "official"
        elif party == "Former diplomat":
            kind = "former-diplomat"
        elif re.match(r"^(MP|Senator|MNA)\b", m["role"]):
            kind = "sitting-legislator"
        else:
            kind = "other"
        mid = delegation_id + "-" + slug(name)
        assert mid not in self.member_ids, mid
        self.member_ids.add(mid)
        out = {"id": mid, "name": name, "party": party, "role": role,
               "role_kind": kind, "status": status}
        if name in ACCOMPANYING:
            out["membership"] = "accompanying"
        if name in LEGS:
            which, places, numbers = LEGS[name]
            out[which] = [{"destination": delegation_id + "-" + pid, "sources": self.refs(numbers)}
                          for pid in places]
        # legs whose member lists leave the member out: not known, with the
        # lists that leave them out (none when that report was not read)
        if name in audit.NOT_KNOWN_LEGS:
            legs = []
            for pid, numbers in audit.NOT_KNOWN_LEGS[name]:
                leg = {"destination": delegation_id + "-" + pid}
                if numbers:
                    leg["sources"] = self.refs(numbers)
                legs.append(leg)
            out["not_known"] = legs
        notes = []
        if status_note:
            notes.append(self.note(status_note, m["sources"]))
        if m.get("note"):
            notes.append(self.note(m["note"], m["sources"]))
        if m["status"] != "confirmed":
            notes.append(self.note("Fact sheet status: " + m["status"] + ".", m["sources"]))
        if notes:
            out["notes"] = notes
        if disagreement:
            out["disagreements"] = [self.note(disagreement, m["sources"])]
        out["sources"] = self.refs(m["sources"]) + ([ARTICLE] if article else [])
        return out

    def destination(self, delegation_id, d, key=None, cities=None, lat=None, lon=None,
                    status="visited", extra_note=None):
        capital, capital_note = CAPITAL_FIX.get(d["capital"], (d["capital"], None))
        frm, to, approx = DATES.get((delegation_id, key or d["country"]), (None, None, False))
        unsc = next(v for prefix, v in UNSC if d["unsc_2025_status"].startswith(prefix))
        pid = self.place(d, key, capital)
        out = {"id": delegation_id + "-" + pid, "place": pid,
               "country": d["country"], "capital": capital}
        if cities is None and d["city_visited"]:
            cities = [d["city_visited"]]
        if cities:
            out["cities_visited"] = cities
        if frm:
            out["from"] = frm
        if to:
            out["to"] = to
        if frm or to:
            out["dates_approximate"] = approx
        planned = PLANNED_ONLY.get((delegation_id, key or d["country"]))
        out["_order"] = frm or planned or "9999"
        if d["dates"]:
            # the sources' wording; the fact sheet's own status ("confirmed": one
            # source read says it) is not the certainty the outputs mark, so it
            # is kept only where it qualifies the dates
            said = d["dates_status"]
            out["dates_text"] = d["dates"] + ("" if said == "confirmed" else
                                              " (fact sheet: " + said + ")")
            out["dates_sources"] = self.refs(d["dates_sources"])
        out["status"] = status
        out["unsc"] = unsc
        out["latitude"] = d["lat"] if lat is None else lat
        out["longitude"] = d["lon"] if lon is None else lon
        notes = []
        if d.get("note"):
            notes.append(self.note(d["note"], d["sources"] + cited_in(d["note"])))
        if capital_note:
            notes.append(self.note(capital_note))
        if planned:
            notes.append(self.note("The published plan put this stop from %s; no report read "
                                   "gives the days of the visit itself, so only the days "
                                   "reports confirm are given as dates." % planned, [10]))
        if extra_note:
            notes.append(extra_note)
        if unsc != "permanent" and "(" in d["unsc_2025_status"] or unsc == "not-a-state":
            notes.append(self.note("UN Security Council 2025: " + d["unsc_2025_status"] + ".",
                                   [116, 117]))
        if notes:
            out["notes"] = notes
        out["sources"] = self.refs(d["sources"])
        return out

    def delegation_sources(self, numbers, dests, extra):
        """What backs a delegation: the reports of its leader, then those of
        its visits (a delegation announced is confirmed by reports that it
        went), each once."""
        out = self.refs(numbers)
        for d in dests:
            if d["status"] == "visited":
                out += [k for k in d.get("sources", []) if k not in out]
        return out + [k for k in extra if k not in out]

    def delegation_dates(self, out, did):
        frm, to, approx = DELEGATION_DATES.get(did, (None, None, False))
        if frm:
            out["from"] = frm
        if to:
            out["to"] = to
        if frm or to:
            out["dates_approximate"] = approx

    def india(self):
        delegations = []
        for g in self.facts["india"]["delegations"]:
            did = "in-g%d" % g["group"]
            members = [self.member(did, m) for m in g["members"]]
            leader = next(m["id"] for m in members if m["name"] == g["leader"])
            dests = []
            for d in g["destinations"]:
                if did == "in-g5" and d["country"] == "United States":
                    ny = next(c for c in self.facts["extra_cities"] if c["city"].startswith("New York"))
                    dests.append(self.destination(
                        did, d, key="New York", cities=["New York"], lat=ny["lat"], lon=ny["lon"],
                        extra_note=self.note("Transit and 9/11 memorial, c. 24-25 May.",
                                             d["dates_sources"])))
                    dests.append(self.destination(did, d, key="Washington, D.C.",
                                                  cities=["Washington, D.C."]))
                elif d["country"] == "South Africa":
                    dests.append(self.destination(
                        did, d, cities=["Cape Town", "Pretoria", "Johannesburg"],
                        extra_note=self.note("Cities: " + d["city_visited"] + ".",
                                             d["dates_sources"])))
                else:
                    dests.append(self.destination(did, d))
            dests.sort(key=lambda x: x.pop("_order"))
            out = {"id": did, "label": "Group %d" % g["group"], "leader": leader}
            self.delegation_dates(out, did)
            out["members"] = members
            out["destinations"] = dests
            r = g["return"]
            notes = [self.note("Return: " + r["value"] + " [" + r["status"] + "]", r["sources"])]
            if r.get("note"):
                notes.append(self.note(r["note"], r["sources"]))
            out["notes"] = notes
            out["sources"] = self.delegation_sources(g["leader_status"]["sources"], dests,
                                                     [ARTICLE])
            delegations.append(out)

        summary = self.facts["india"]["summary"]
        notes = []
        for s in summary:
            text = s["value"] + ("" if s["status"] == "confirmed" else " [" + s["status"] + "]")
            notes.append(self.note(text, s["sources"]))
            if s.get("note"):
                notes.append(self.note(s["note"], s["sources"]))
        notes.append({"text": "The article: India's all-party delegations \"aim to present a "
                              "united front against terrorism and share details of Operation "
                              "Sindoor.\"",
                      "sources": [ARTICLE]})
        notes.append({"text": "The article names the seven leaders: Shashi Tharoor (Congress), "
                              "Ravi Shankar Prasad (BJP), Sanjay Kumar Jha (JDU), Baijayant Panda "
                              "(BJP), Kanimozhi Karunanidhi (DMK), Supriya Sule (NCP-SP) and "
                              "Shrikant Eknath Shinde (Shiv Sena), and says the delegations will "
                              "visit key global capitals, including members of the UN Security "
                              "Council, to advocate a zero-tolerance approach to terrorism.",
                      "sources": [ARTICLE]})
        size = next(s for s in summary if s["value"].startswith("Size:"))
        # the sources that give 59 (4 and 7 give 51 leaders, 32 countries + EU HQ)
        announced = {"members": 59, "countries": 33,
                     "text": "59 members (51 political leaders + 8 former diplomats); 33 countries "
                             "including the EU",
                     "scope": "members: political leaders and former diplomats; countries: "
                              "including the EU",
                     "note": "Sources differ on the announced figures: 59 members and 33 "
                             "countries including the EU (Mint, Millennium Post); 51 political "
                             "leaders and 32 countries plus the EU headquarters (HT/PTI, "
                             "Telegraph); 58 leaders (Patrika). The members recorded here add up "
                             "to 52 political names including M. Thambidurai, who is missing "
                             "from the 18 May list and several ANI lists (53 with Yusuf Pathan, "
                             "who withdrew), and 8 former diplomats.",
                     "sources": self.refs([11, 12, 13])}
        assert size["value"].startswith("Size: 59 members (51 political leaders + 8 former "
                                        "diplomats); 33 countries incl. the EU"), size["value"]
        return {"id": "india", "name": "India", "colour": "#FF9933",
                "home_capital": "New Delhi", "announced": announced,
                "purposes": self.purposes("india"), "delegations": delegations,
                "notes": notes, "sources": self.refs([1, 2, 3])}

    def purposes(self, side):
        """The side's stated purposes, each with its sources (the article's
        alone when no other source says it)."""
        out = []
        for p in audit.PURPOSES[side]:
            text = p["text"]
            if text.startswith("(Moscow delegation) "):
                text = text[len("(Moscow delegation) "):] + " (the Moscow delegation)"
            text = text[0].upper() + text[1:] + "."
            if p["article_only"]:
                out.append({"text": text, "sources": [ARTICLE]})
            else:
                out.append(self.note(text, p["sources"]))
        return out

    def events(self):
        """The background, dated, with sources (bundled_audit.EVENTS)."""
        out = []
        for e in audit.EVENTS:
            # the dates are the event's own: not said again in its text
            text = re.sub(r" \(c\. [^)]*\)\.$", ".", e["text"])
            event = {"text": text, "from": e["date"]}
            if e.get("to"):
                event["to"] = e["to"]
            if e["approximate"]:
                event["dates_approximate"] = True
            # reports of an announcement or a schedule confirm that, not a visit
            # (an event all of whose sources are such reports is worded as one)
            if all(audit.SOURCE_KINDS.get(n) == "announcement" for n in e["sources"]):
                event["announcement"] = True
            event["sources"] = self.refs(e["sources"])
            out.append(event)
        return out

    def pakistan(self):
        article_names = {"Musadik Masood Malik", "Khurram Dastgir Khan", "Sherry Rehman",
                         "Hina Rabbani Khar", "Syed Faisal Ali Subzwari", "Tehmina Janjua",
                         "Jalil Abbas Jilani", "Bilawal Bhutto Zardari"}
        delegations = []
        for i, g in enumerate(self.facts["pakistan"]["delegations"]):
            did = "pk-bilawal" if i == 0 else "pk-fatemi"
            leader = g["leader"]
            members = [self.member(did, leader, leader["name"] in article_names)]
            for m in g.get("members", []):
                members.append(self.member(did, m, m["name"] in article_names))
            dests = []
            for d in g["destinations"]:
                if d["status"].startswith("unconfirmed (planned only)"):
                    dests.append(self.destination(did, d, status="planned-not-visited"))
                elif did == "pk-bilawal" and d["country"] == "United States":
                    dests.append(self.destination(did, d, key=d["city_visited"]))
                else:
                    dests.append(self.destination(did, d))
            dests.sort(key=lambda x: x.pop("_order"))
            label = "Peace delegation" if i == 0 else "Moscow delegation"
            out = {"id": did, "label": label, "leader": members[0]["id"]}
            self.delegation_dates(out, did)
            if "size" in g:
                assert g["size"]["value"].startswith("Nine members including Bilawal"), g["size"]
                out["announced"] = {"members": 9, "text": g["size"]["value"],
                                    "sources": self.refs(g["size"]["sources"])}
            out["members"] = members
            out["destinations"] = dests
            notes = [self.note("Formed: " + g["formed"]["value"], g["formed"]["sources"])]
            for k, prefix in (("size", "Size: "), ("planned_itinerary", "Planned itinerary: "),
                              ("return", "Afterwards: ")):
                if k in g:
                    notes.append(self.note(prefix + g[k]["value"], g[k]["sources"]))
            if g.get("members_note"):
                notes.append(self.note(g["members_note"]))
            if i == 0:
                notes.append({"text": "The article reports that PM Shehbaz Sharif entrusted "
                                      "Bilawal Bhutto Zardari, PPP chairman and former Foreign "
                                      "Minister, with leading the delegation, and that the "
                                      "itinerary was expected to include London, Washington, "
                                      "Paris and Brussels.",
                              "sources": [ARTICLE]})
                notes.append({"text": "The article: Pakistan \"has announced plans to send its "
                                      "own delegation abroad to advocate for 'peace'\"; \"the "
                                      "announcement came shortly after India revealed its plan "
                                      "to dispatch seven all-party delegations\".",
                              "sources": [ARTICLE]})
                notes.append({"text": "The article: Bhutto Zardari \"confirmed this on social "
                                      "media, stating that he was honored to accept the "
                                      "responsibility and remained committed to serving "
                                      "Pakistan during these challenging times.\"",
                              "sources": [ARTICLE]})
            out["notes"] = notes
            out["sources"] = self.delegation_sources(leader["sources"], dests, [])
            delegations.append(out)
        bilawal = delegations[0]["members"][0]
        assert bilawal["name"] == "Bilawal Bhutto Zardari"
        bilawal.setdefault("notes", []).append({
            "text": "Role kind 'former minister', as the sources read give his role (former "
                    "Foreign Minister); none of them says whether he sits in the National "
                    "Assembly, so he is not counted as a sitting legislator."})
        musadik = delegations[0]["members"][1]
        assert musadik["name"] == "Musadik Masood Malik"
        musadik.setdefault("disagreements", []).append({
            "text": "The announcement article calls him 'Energy Minister'; every 2025 source read "
                    "calls him Federal Minister for Climate Change & Environmental Coordination.",
            "sources": [ARTICLE] + self.refs([102, 108, 110])})
        return {"id": "pakistan", "name": "Pakistan", "colour": "#01411C",
                "home_capital": "Islamabad", "purposes": self.purposes("pakistan"),
                "delegations": delegations,
                "sources": self.refs([99, 100])}

    def attach_disagreements(self, sides):
        """Each disagreement of the fact sheet also on the entities it concerns."""
        delegations = {g["id"]: g for side in sides for g in side["delegations"]}
        members = {m["name"]: m for g in delegations.values() for m in g["members"]}
        destinations = {d["id"]: d for g in delegations.values() for d in g["destinations"]}
        prefixes = [prefix for prefix, _ in DISAGREEMENT_TARGETS]
        assert all(any(t.startswith(p) for t in self.facts["disagreements"]) for p in prefixes)
        for text in self.facts["disagreements"]:
            targets = [t for prefix, ts in DISAGREEMENT_TARGETS for t in ts
                       if text.startswith(prefix)]
            note = self.note(text, cited_in(text))
            for kind, key in targets:
                table = {"side": {side["id"]: side for side in sides},
                         "delegation": delegations, "member": members,
                         "destination": destinations}[kind]
                entity = table[key]
                if note not in entity.get("disagreements", []):
                    entity.setdefault("disagreements", []).append(dict(note))

    def dataset(self):
        f = self.facts
        sides = [self.india(), self.pakistan()]
        # the capitals the delegations start from (the map draws routes from them)
        for side in sides:
            home = next(p for p in f["places"] if p["capital"] == side["home_capital"])
            self.place(home, None, side["home_capital"])
        self.attach_disagreements(sides)
        notes = []
        for b in f["background"]:
            notes.append(self.note(b["value"], b["sources"]))
            if b.get("note"):
                notes.append(self.note(b["note"], b["sources"]))
        notes.append({"text": "According to the article (citing reports), Operation Sindoor "
                              "targeted terrorist infrastructure in Pakistan and "
                              "Pakistan-occupied Kashmir and eliminated over 100 terrorists "
                              "affiliated with Jaish-e-Mohammed, Lashkar-e-Taiba and Hizbul "
                              "Mujahideen; Pakistan reportedly answered with shelling and "
                              "attempted drone strikes, and India then struck Pakistani military "
                              "infrastructure, including radar systems and communication nodes.",
                      "sources": [ARTICLE]})
        notes.append({"text": "The article: External Affairs Minister S. Jaishankar \"has "
                              "reiterated that any future dialogue with Pakistan would focus "
                              "solely on the issue of terrorism and the retrieval of areas under "
                              "Pakistan's illegal occupation. He also indicated that the Indus "
                              "Waters Treaty would remain in abeyance until cross-border "
                              "terrorism backed by Islamabad is verifiably stopped.\"",
                      "sources": [ARTICLE]})
        notes.append({"text": "Method: " + f["method"]})
        notes.append({"text": "Coordinates are approximate (two decimals) and come from general "
                              "geographic knowledge, not from a source."})
        notes.append({"text": "Dates: 'from' and 'to' give the days the sources support; "
                              "'dates_approximate' marks days given as 'c.' or inferred from "
                              "plans, and 'dates_text' keeps the sources' own wording."})
        return {
            "$schema": "delegations.schema.json",
            "format": "delegations",
            "version": "1.2",
            "title": "Operation Sindoor outreach: India's all-party delegations and "
                     "Pakistan's delegations, May-June 2025",
            "description": "After Operation Sindoor (7 May 2025), India sent seven all-party "
                           "parliamentary delegations to 32 countries and the EU (announced as "
                           "33 countries including the EU); Pakistan "
                           "sent a delegation led by Bilawal Bhutto Zardari to New York, "
                           "Washington, London and Brussels, and a second one to Moscow. "
                           "Built from the project's sourced fact sheet.",
            # the facts are current to the last dated source, not the day this ran
            "as_of": max(s["date"] for s in f["sources"]
                         if re.match(r"^\d{4}-\d{2}-\d{2}$", s["date"] or "")),
            "sources": self.sources(),
            "places": list(self.places.values()),
            "events": self.events(),
            "notes": notes,
            "disagreements": [self.note(t, cited_in(t)) for t in f["disagreements"]],
            "sides": sides,
        }


def main():
    parser = argparse.ArgumentParser(
        description="Builds the bundled dataset (format 1.2) from the sourced fact sheet and "
                    "writes it to standard output. The committed data/delegations-2025.json is "
                    "exactly what this prints (tests/test-bundled.sh checks it).",
        epilog="Example: build-aux/make-bundled-dataset.py docs/reference > "
               "data/delegations-2025.json")
    parser.add_argument("reference", nargs="?",
                        default=str(Path(__file__).parent.parent / "docs" / "reference"),
                        help="folder holding delegations-2025-facts.json (default: docs/reference)")
    ref = Path(parser.parse_args().reference)
    facts = json.loads((ref / "delegations-2025-facts.json").read_text(encoding="utf-8"))
    json.dump(Builder(facts).dataset(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
