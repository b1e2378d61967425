#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts Natural Earth's 1:110m land (TopoJSON, from the npm package
world-atlas) into data/land-110m.txt, the map's outlines.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    build-aux/make-land.py package/land-110m.json > data/land-110m.txt

Output: comment lines (#), then one ring per line: "lon lat lon lat ...",
degrees with two decimals (about 1 km, finer than 1:110m needs).  Land
only, no borders.  Rings that cross the 180th meridian (Fiji, Chukotka,
Antarctica) are cut there into rings on either side, so that no edge is
longer than 180 degrees of longitude: drawn as they come, such an edge
is a line across the whole map.  Antarctica, which goes round the pole,
is closed along the pole's line.  Natural Earth is in the public domain; world-atlas is
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


def unwrap(points):
    """The ring with each longitude within 180 degrees of the one before
    (so it may run past -180 or 180)"""
    out = [points[0]]
    for lon, lat in points[1:]:
        step = lon - out[-1][0]
        step -= 360 * round(step / 360)
        out.append((out[-1][0] + step, lat))
    return out


def clip(points, keep, cross):
    """Sutherland-Hodgman: the ring's part where keep(point), cut along
    the meridian whose crossing cross(a, b) gives"""
    out = []
    for i, b in enumerate(points):
        a = points[i - 1]
        if keep(b):
            if not keep(a):
                out.append(cross(a, b))
            out.append(b)
        elif keep(a):
            out.append(cross(a, b))
    return out


def at_lon(lon):
    def cross(a, b):
        t = (lon - a[0]) / (b[0] - a[0])
        return (lon, a[1] + t * (b[1] - a[1]))
    return cross


def area(points):
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:] + points[:1])) / 2


def cut(points):
    """The ring as rings within -180..180 whose edges are all shorter than
    180 degrees of longitude (a ring that has none is kept as it is)"""
    if all(abs(b[0] - a[0]) <= 180 for a, b in zip(points, points[1:] + points[:1])):
        return [points]
    points = unwrap(points)
    if points[0] == points[-1]:
        points = points[:-1]
    closing = points[0][0] - points[-1][0]
    closing -= 360 * round(closing / 360)
    winding = points[-1][0] + closing - points[0][0]
    if abs(winding) > 180:
        # round the pole (Antarctica): closed along the pole's line, which
        # Equal Earth draws as the map's edge, in steps of 10 degrees
        pole = -90.0 if sum(p[1] for p in points) < 0 else 90.0
        last = points[-1][0] + closing
        steps = int(abs(last - points[0][0]) // 10) + 1
        points = points + [(last, points[-1][1])] + [
            (last + (points[0][0] - last) * i / steps, pole) for i in range(steps + 1)]
    low = min(p[0] for p in points)
    high = max(p[0] for p in points)
    rings = []
    for k in range(int((low + 180) // 360) - 1, int((high - 180) // 360) + 2):
        west, east = -180 + 360 * k, 180 + 360 * k
        part = clip(points, lambda p: p[0] >= west, at_lon(west))
        part = clip(part, lambda p: p[0] <= east, at_lon(east))
        # a sliver along the meridian encloses nothing
        if len(part) >= 3 and abs(area(part)) > 1e-6:
            rings.append([(lon - 360 * k, lat) for lon, lat in part])
    return rings


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
                for points in cut(ring(arcs, indices)):
                    pairs = ["%.2f %.2f" % p for p in points]
                    # a cut may repeat a point on the meridian
                    pairs = [p for i, p in enumerate(pairs) if i == 0 or p != pairs[i - 1]]
                    out.write(" ".join(pairs) + "\n")


if __name__ == "__main__":
    main()
