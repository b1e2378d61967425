#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times the comparison sheet and the CSV export (not a test: prints figures).

Usage: bench-sheet.py DELEGATIONS BUNDLED_JSON SYNTHETIC_10K_JSON BENCH_PARSE SYNTHETIC_100K_JSON

Then the same exports of each dataset with one 10 MB value added (an
unbroken name; a role of words), against the same export without it and
against the floor, bench-parse reading and parsing the file with nothing
else: time and peak memory, target at most 2x the export without it.

Then printing at scale: the PDF of 100 000 members against 10 000 (target:
at most 10x the time, linear), and the PDF of 10 000 members against
LibreOffice Calc converting the same members' CSV to PDF in the same run
(target: at most half Calc's time; skipped without `soffice`).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import bench_util

BIN, BUNDLED, BIG, PARSE, HUGE = sys.argv[1:6]
env = dict(os.environ, LC_ALL="C.UTF-8")
env.pop("DISPLAY", None)
tmp = tempfile.mkdtemp()


def best_of(n, args):
    times = []
    for _ in range(n):
        start = time.monotonic()
        subprocess.run([BIN, *args], env=env, check=True)
        times.append(time.monotonic() - start)
    return min(times)


for label, dataset, runs in (("bundled (74 members)", BUNDLED, 5), ("10 000 members", BIG, 2)):
    pdf = os.path.join(tmp, "sheet.pdf")
    csv = os.path.join(tmp, "members.csv")
    t_pdf = best_of(runs, ["--export-pdf=" + pdf, dataset])
    t_csv = best_of(runs, ["--export-csv=" + csv, dataset])
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = re.search(r"Pages:\s+(\d+)", info).group(1)
    print("%-22s --export-pdf %7.2f s  %4s pages  %6d KiB   --export-csv %6.2f s"
          % (label, t_pdf, pages, os.path.getsize(pdf) // 1024, t_csv))


def measure(n, argv):
    return bench_util.measure(n, argv, env)


ADD_LONG_VALUE = """
import json, sys
dataset, field, kind, path = sys.argv[1:5]
with open(dataset, encoding="utf-8") as f:
    data = json.load(f)
data["sides"][0]["delegations"][0]["members"][0][field] = (
    "N" * 10_000_000 if kind == "word" else "word " * 2_000_000)
with open(path, "w", encoding="utf-8") as f:
    json.dump(data, f)
"""


def with_long_value(dataset, field, kind, name):
    # in another process: a child's peak memory counts the copy of this
    # process it starts as, so this one stays small
    path = os.path.join(tmp, name)
    subprocess.run([sys.executable, "-c", ADD_LONG_VALUE, dataset, field, kind, path], check=True)
    return path


LONG = {(dataset, kind): with_long_value(dataset, field, kind, "long-%d-%s.json" % (i, kind))
        for i, dataset in enumerate((BUNDLED, BIG))
        for kind, field in (("word", "name"), ("words", "role"))}

print()
print("one 10 MB value added: export time / peak memory; ratios (time / memory) to the same")
print("export without it and to the floor (reading and parsing the file with the value)")
worst = 0.0
for label, dataset, runs in (("bundled", BUNDLED, 3), ("10 000 members", BIG, 1)):
    for kind, kind_label in (("word", "10 MB word"), ("words", "10 MB of words")):
        longer = LONG[(dataset, kind)]
        floor = measure(runs, [PARSE, longer])
        print("%-15s %-15s parse floor %6.2f s %4.0f MiB" % (label, kind_label, *floor))
        for option, out in (("--export-pdf", "sheet.pdf"), ("--export-csv", "members.csv")):
            target = "%s=%s" % (option, os.path.join(tmp, out))
            base = measure(runs, [BIN, target, dataset])
            long = measure(runs, [BIN, target, longer])
            ratios = (long[0] / base[0], long[1] / base[1])
            if dataset == BIG:
                worst = max(worst, *ratios)
            print("    %s %5.2f s %4.0f MiB  without it %5.2f s %4.0f MiB  ratio %3.1f / %3.1f"
                  "  to the floor %3.1f / %3.1f"
                  % (option, long[0], long[1], base[0], base[1], *ratios,
                     long[0] / floor[0], long[1] / floor[1]))
print("worst ratio on 10 000 members: %.1f (target 2.0)" % worst)


print()
print("printing at scale: PDF export (briefing), time / peak memory, best of 2")
pdf = os.path.join(tmp, "sheet.pdf")
scale = {}
for label, dataset in (("10 000 members", BIG), ("100 000 members", HUGE)):
    scale[label] = measure(2, [BIN, "--export-pdf=" + pdf, dataset])
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    print("%-16s %6.2f s %5.0f MiB  %5s pages" % (label, *scale[label],
                                                  re.search(r"Pages:\s+(\d+)", info).group(1)))
t10, m10 = scale["10 000 members"]
t100, m100 = scale["100 000 members"]
print("100 000 / 10 000: time %.1fx (target at most 10x), memory %.1fx" % (t100 / t10, m100 / m10))
# the sheet's own memory: the PDF's peak over the CSV export's (loading the same file)
load = measure(1, [BIN, "--export-csv=" + os.path.join(tmp, "members.csv"), HUGE])
print("100 000 members, CSV export (the load): %.2f s %4.0f MiB; the sheet adds %.0f MiB"
      % (*load, m100 - load[1]))

soffice = shutil.which("soffice") or shutil.which("libreoffice")
if soffice is None:
    print("LibreOffice Calc: not installed (libreoffice-calc-nogui), no comparison")
else:
    csv = os.path.join(tmp, "members.csv")
    subprocess.run([BIN, "--export-csv=" + csv, BIG], env=env, check=True)
    profile = "file://" + os.path.join(tmp, "lo-profile")
    convert = [soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
               "--outdir", tmp, csv]
    subprocess.run(convert, env=env, check=True, capture_output=True)  # makes its profile
    calc = measure(2, convert)
    info = subprocess.run(["pdfinfo", os.path.join(tmp, "members.pdf")], capture_output=True,
                          text=True).stdout
    print("LibreOffice Calc, the same 10 000 members' CSV to PDF: %.2f s %4.0f MiB %s pages"
          % (*calc, re.search(r"Pages:\s+(\d+)", info).group(1)))
    print("Delegations / Calc: %.2f (target at most 0.5)" % (t10 / calc[0]))
