#!/usr/bin/env python3
"""Converts Natural Earth's 1:110m land (TopoJSON, from the npm package
world-atlas) into data/land-110m.txt, the map's outlines.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    build-aux/make-land.py package/land-110m.json > data/land-110m.txt

Output: comment lines (#), then one ring per line: "lon lat lon lat ...",
degrees with two decimals (about 1 km, finer than 1:110m needs).  Land
only, no borders.  Natural Earth is in the public domain; world-atlas is
ISC-licensed (Copyright 2013-2019 Michael Bostock).
"""
import json
import sys


def decode_arcs(topology):
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring(arcs, indices):
    points = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        # consecutive arcs share their joining point
        points.extend(arc if not points else arc[1:])
    return points


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    out = sys.stdout
    out.write("# Land outlines: Natural Earth 1:110m land (public domain), from the npm package\n"
              "# world-atlas 2.0.2 (ISC, Copyright 2013-2019 Michael Bostock), converted by\n"
              "# build-aux/make-land.py.  One ring per line: lon lat pairs in degrees.\n")
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for indices in polygon:
                points = ring(arcs, indices)
                out.write(" ".join("%.2f %.2f" % p for p in points) + "\n")


if __name__ == "__main__":
    main()
