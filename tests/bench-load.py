#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times opening a dataset against the floor (not a test: prints figures).

Usage: bench-load.py DELEGATIONS BENCH_PARSE DATASET...

`delegations --validate` does everything opening a file does before the
window shows it (the strict check, the parse, the objects, the keys for
search and sort), then frees it all. The floor, bench-parse, reads the same
file and parses it with json-glib into a tree, then frees the tree. Target:
at most 2x the floor in time and 1.3x in peak memory.

Then one member with many legs (stops attended), at two sizes eight times
apart: checking legs grows with their number (about 8x), not with its
square (64x).
"""
import json
import os
import sys
import tempfile

import bench_util
import testutil

BIN, PARSE, *DATASETS = sys.argv[1:]
env = dict(os.environ, LC_ALL="C.UTF-8")
env.pop("DISPLAY", None)

print("opening: --validate against a bare json-glib parse, best of 3, time / peak memory")
for dataset in DATASETS:
    floor = bench_util.measure(3, [PARSE, dataset], env)
    load = bench_util.measure(3, [BIN, "--validate", dataset], env)
    print("%-24s parse %6.2f s %5.0f MiB   --validate %6.2f s %5.0f MiB   ratio %.2f / %.2f"
          " (target 2.0 / 1.3)"
          % (os.path.basename(dataset), *floor, *load, load[0] / floor[0], load[1] / floor[1]))

print("legs: one member attending N stops, --validate against the parse, best of 3")
times = {}
tests = os.path.dirname(os.path.abspath(__file__))
with tempfile.TemporaryDirectory() as tmp:
    for n in (16000, 128000):
        legs = testutil.legs_dataset(tests, n)
        path = os.path.join(tmp, "legs-%d.json" % n)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(legs, f)
        floor = bench_util.measure(3, [PARSE, path], env)
        load = bench_util.measure(3, [BIN, "--validate", path], env)
        times[n] = load[0]
        print("%7d legs   parse %6.2f s   --validate %6.2f s   ratio %.2f"
              % (n, floor[0], load[0], load[0] / floor[0]))
print("8x the legs: %.1fx the time (linear: about 8; quadratic: 64)" % (times[128000] / times[16000]))
