#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a few large seeds for the fuzzer into a folder: many members, a
name taller than a page, many sides, many legs (the shapes the third
review found endless or quadratic layouts and checks in).

Usage: make-large-seeds.py TESTS_SOURCE_DIR OUT_DIR
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import testutil  # noqa: E402

TESTS, OUT = sys.argv[1:3]


def base(name):
    with open(os.path.join(TESTS, "data", "valid", name), encoding="utf-8") as f:
        return json.load(f)


def write(name, data):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)


# a thousand members, roles wrapping over several lines
with open(os.path.join(OUT, "large-members.json"), "w", encoding="utf-8") as f:
    subprocess.run(["/usr/bin/python3", os.path.join(TESTS, "tools", "make-synthetic-dataset.py"),
                    "1000", "--long-roles"], stdout=f, check=True)

# a side name of 1 429 characters, a role of 3 000 words
tall = base("minimal.json")
tall["sides"][0]["name"] = ("word " * 286).strip()
tall["sides"][0]["delegations"][0]["members"][1]["role"] = " ".join("w%d" % i for i in range(3000))
write("large-tall-text.json", tall)

# sixty sides, one delegation each
sides = base("three-sides.json")
template = sides["sides"][0]
sides["sides"] = []
for i in range(60):
    side = json.loads(json.dumps(template).replace('"a1', '"s%d-a1' % i))
    side["id"] = "s%d" % i
    side["name"] = "Side %d" % i
    sides["sides"].append(side)
write("large-sides.json", sides)

# one member attending 4 000 stops
write("large-legs.json", testutil.legs_dataset(TESTS, 4000))
