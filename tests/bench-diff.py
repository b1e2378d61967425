#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times comparing two versions of a dataset against loading both (not a
test: prints figures).

Usage: bench-diff.py DELEGATIONS DATASET

The new version is DATASET with a few facts changed, as a briefing's
update would: a member removed, one's status changed, a stop's dates
moved, a stop now not visited, a source added.  `delegations --diff OLD NEW`
loads both and compares them; the floor is `delegations --validate OLD
NEW`, which loads both and checks them, one after the other.  Target:
about the time of loading both (at most 1.25x the floor).  Memory has no
target: --diff holds both versions at once, --validate one at a time.
"""
import json
import os
import subprocess
import sys
import tempfile

import bench_util

BIN, DATASET = sys.argv[1:]
env = dict(os.environ, LC_ALL="C.UTF-8")
env.pop("DISPLAY", None)

with open(DATASET, encoding="utf-8") as f:
    data = json.load(f)
side = data["sides"][0]
first, second = side["delegations"][0], side["delegations"][1]
first["members"].pop()
first["members"][0]["status"] = "withdrew"
second["destinations"][0]["from"] = "2025-05-01"
second["destinations"][-1]["status"] = "planned-not-visited"
data["sources"].append(dict(data["sources"][0], id="bench-new-source"))

with tempfile.TemporaryDirectory() as tmp:
    new = os.path.join(tmp, "new.json")
    with open(new, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    report = subprocess.run([BIN, "--diff", DATASET, new], env=env, capture_output=True,
                            text=True)
    first_line = report.stdout.split("\n", 1)[0]
    if report.returncode != 1:
        sys.exit("--diff exited %d: %s" % (report.returncode, report.stderr))
    floor = bench_util.measure(3, [BIN, "--validate", DATASET, new], env)
    diff = bench_util.measure(3, [BIN, "--diff", DATASET, new], env, statuses=(1,))
    print("--diff of two versions against --validate of both, best of 3, time / peak memory")
    print("%-24s --validate both %6.2f s %5.0f MiB   --diff %6.2f s %5.0f MiB   ratio %.2f / %.2f"
          " (time target 1.25)"
          % (os.path.basename(DATASET), *floor, *diff, diff[0] / floor[0], diff[1] / floor[1]))
    print("the report said: %s" % first_line.replace(tmp, "TMP"))
