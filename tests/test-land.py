#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The map's land outlines (data/land-110m.txt) and their converter
(build-aux/make-land.py): no ring has an edge longer than 180 degrees of
longitude, which a map draws as a line across the whole world (TAP).

Usage: test-land.py LAND_TXT MAKE_LAND_PY
"""
import json
import os
import subprocess
import sys
import tempfile

LAND, MAKE_LAND = sys.argv[1:3]
results = []


def check(name, ok, detail=""):
    results.append((name, bool(ok), detail))


def rings_of(text):
    rings = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        v = [float(x) for x in line.split()]
        rings.append(list(zip(v[::2], v[1::2])))
    return rings


def long_edges(rings):
    """Edges (the closing one too) longer than 180 degrees of longitude"""
    return [(a, b) for ring in rings for a, b in zip(ring, ring[1:] + ring[:1])
            if abs(b[0] - a[0]) > 180]


def area(ring):
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:] + ring[:1]))) / 2


with open(LAND, encoding="utf-8") as f:
    land = rings_of(f.read())
check("the land has its rings", len(land) > 100, repr(len(land)))
check("no edge of the land is longer than 180 degrees of longitude", not long_edges(land),
      repr(long_edges(land)[:3]))
check("every point is a longitude and a latitude",
      all(-180 <= lon <= 180 and -90 <= lat <= 90 for ring in land for lon, lat in ring))

# The converter on a TopoJSON of its own: an island across the meridian
# (as Fiji's) and a ring round the south pole (as Antarctica's)
island = [(179.0, -16.0), (-179.0, -16.0), (-179.0, -17.0), (179.0, -17.0), (179.0, -16.0)]
polar = [(-180.0, -80.0)] + [(-180.0 + 30 * i, -78.0) for i in range(1, 12)] + [(178.0, -79.0),
                                                                                 (-180.0, -80.0)]


def arc(points):
    """An arc as TopoJSON quantises it: integer steps, scale 0.01"""
    q = [(round((lon + 180) * 100), round((lat + 90) * 100)) for lon, lat in points]
    return [list(q[0])] + [[b[0] - a[0], b[1] - a[1]] for a, b in zip(q, q[1:])]


topology = {
    "type": "Topology",
    "transform": {"scale": [0.01, 0.01], "translate": [-180, -90]},
    "arcs": [arc(island), arc(polar)],
    "objects": {"land": {"type": "GeometryCollection", "geometries": [
        {"type": "MultiPolygon", "arcs": [[[0]], [[1]]]}]}},
}
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "land.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(topology, f)
    r = subprocess.run([sys.executable, MAKE_LAND, path], capture_output=True, text=True)
check("make-land.py converts a TopoJSON", r.returncode == 0, r.stderr)
made = rings_of(r.stdout)
check("its rings have no edge longer than 180 degrees of longitude", not long_edges(made),
      repr(long_edges(made)))
# the island is cut in two, one piece on either side of the map, 2 square degrees in all
pieces = [ring for ring in made if all(lat > -20 for _, lat in ring)]
check("an island across the meridian is cut into a piece on each side",
      len(pieces) == 2 and sorted(round(min(lon for lon, _ in p)) for p in pieces) == [-180, 179]
      and abs(sum(area(p) for p in pieces) - 2.0) < 0.01, repr(pieces))
south = [ring for ring in made if any(lat == -90 for _, lat in ring)]
check("a ring round the pole is closed along the pole, across the whole map",
      len(south) == 1 and min(lon for lon, _ in south[0]) == -180 and
      max(lon for lon, _ in south[0]) == 180, repr(south))

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        for line in str(detail).splitlines()[:20]:
            print("# " + line)
