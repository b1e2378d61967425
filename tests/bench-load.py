#!/usr/bin/python3
"""Times opening a dataset against the floor (not a test: prints figures).

Usage: bench-load.py DELEGATIONS BENCH_PARSE DATASET...

`delegations --validate` does everything opening a file does before the
window shows it (the strict check, the parse, the objects, the keys for
search and sort), then frees it all. The floor, bench-parse, reads the same
file and parses it with json-glib into a tree, then frees the tree. Target:
at most 1.3x the floor in time and in peak memory.
"""
import os
import sys

import bench_util

BIN, PARSE, *DATASETS = sys.argv[1:]
env = dict(os.environ, LC_ALL="C.UTF-8")
env.pop("DISPLAY", None)

print("opening: --validate against a bare json-glib parse, best of 3, time / peak memory")
for dataset in DATASETS:
    floor = bench_util.measure(3, [PARSE, dataset], env)
    load = bench_util.measure(3, [BIN, "--validate", dataset], env)
    print("%-24s parse %6.2f s %5.0f MiB   --validate %6.2f s %5.0f MiB   ratio %.2f / %.2f"
          " (target 1.3 / 1.3)"
          % (os.path.basename(dataset), *floor, *load, load[0] / floor[0], load[1] / floor[1]))
