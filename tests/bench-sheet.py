#!/usr/bin/python3
"""Times the comparison sheet and the CSV export (not a test: prints figures).

Usage: bench-sheet.py DELEGATIONS BUNDLED_JSON SYNTHETIC_10K_JSON
"""
import os
import re
import subprocess
import sys
import tempfile
import time

BIN, BUNDLED, BIG = sys.argv[1:4]
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
