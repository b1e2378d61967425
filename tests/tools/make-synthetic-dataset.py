#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic, valid Delegations dataset of a given size, for
benchmarks and stress tests.  Deterministic for a given seed.

    make-synthetic-dataset.py MEMBERS [--sides N] [--seed S] [--minify] > big.json
"""
import argparse
import json
import random
import sys

SYLLABLES = ["an", "ra", "vi", "sha", "ku", "mar", "de", "li", "so", "na", "ta", "jo", "mi",
             "el", "za", "pa", "ri", "ba", "go", "lu", "ha", "ni", "fe", "ö", "é", "ç"]
PARTIES = ["Alpha Party", "Beta League", "Gamma Front", "Delta Union", "Epsilon Congress",
           "Zeta Movement", "Eta Alliance", "Theta Forum", "Independent", "Former diplomat",
           "Iota Party", "Kappa Bloc"]
KINDS = ["sitting-legislator"] * 6 + ["minister", "former-minister", "former-diplomat",
                                      "official", "other"]
ROLES = {"sitting-legislator": "MP", "minister": "Minister", "former-minister": "Former minister",
         "former-diplomat": "Former ambassador", "official": "Director", "other": "Adviser"}
STATUSES = ["travelled"] * 17 + ["withdrew", "declined", "unconfirmed"]
UNSC = ["permanent", "elected", "none", "none", "none", "none"]


def name(rng):
    first = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    last = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
    return first + " " + last


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("members", type=int)
    ap.add_argument("--sides", type=int, default=2)
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("--minify", action="store_true")
    ap.add_argument("--long-roles", action="store_true",
                    help="roles that wrap over several lines, marked BEGIN_<id> … END_<id>")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    places = [("Country %02d" % i, "Capital %02d" % i, UNSC[i % len(UNSC)],
               round(rng.uniform(-60, 70), 2), round(rng.uniform(-170, 170), 2))
              for i in range(80)]
    sources = [{"id": "s%d" % i, "title": "Synthetic source %d" % i, "publisher": "Generator",
                "date": "2025-05-%02d" % (1 + i % 28), "url": "https://example.com/%d" % i}
               for i in range(50)]
    sides = []
    per_side = [args.members // args.sides + (1 if i < args.members % args.sides else 0)
                for i in range(args.sides)]
    mid = 0
    for s, count in enumerate(per_side):
        delegations = []
        g = 0
        while count > 0:
            size = min(count, rng.randint(6, 14))
            count -= size
            did = "side%d-g%d" % (s, g)
            members = []
            for _ in range(size):
                kind = rng.choice(KINDS)
                role = ROLES[kind]
                if args.long_roles:
                    role = "BEGIN_m%d %s %s END_m%d" % (
                        mid, role, " ".join(name(rng) for _ in range(rng.randint(1, 6))), mid)
                members.append({"id": "m%d" % mid, "name": name(rng),
                                "party": rng.choice(PARTIES), "role": role,
                                "role_kind": kind, "status": rng.choice(STATUSES),
                                "sources": [rng.choice(sources)["id"]]})
                mid += 1
            dests = []
            day = rng.randint(1, 20)
            for p in rng.sample(places, rng.randint(3, 6)):
                dests.append({"country": p[0], "capital": p[1],
                              "from": "2025-05-%02d" % day, "to": "2025-05-%02d" % (day + 1),
                              "status": "visited", "unsc": p[2],
                              "latitude": p[3], "longitude": p[4],
                              "sources": [rng.choice(sources)["id"]]})
                day = min(day + 2, 27)
            delegations.append({"id": did, "label": "Group %d" % (g + 1),
                                "leader": members[0]["id"], "members": members,
                                "destinations": dests})
            g += 1
        sides.append({"id": "side%d" % s, "name": "Side %d" % (s + 1), "delegations": delegations})

    dataset = {"format": "delegations", "version": "1.0",
               "title": "Synthetic dataset, %d members" % args.members, "as_of": "2025-06-30",
               "sources": sources, "sides": sides}
    if args.minify:
        json.dump(dataset, sys.stdout, ensure_ascii=False, separators=(",", ":"))
    else:
        json.dump(dataset, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
