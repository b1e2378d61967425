#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison sheet (PDF) and the member table (CSV), written by
`delegations --export-pdf/--export-csv` with no display, read back with
poppler-utils and Python's csv module (TAP).

Usage: test-sheet.py DELEGATIONS TESTS_SOURCE_DIR BUNDLED_JSON GENERATOR
"""
import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import testutil

BIN, TESTS, BUNDLED, GENERATOR = sys.argv[1:5]
for tool in ("pdfinfo", "pdftotext", "pdffonts", "pdftoppm"):
    if shutil.which(tool) is None:
        print("1..0 # SKIP %s (poppler-utils) is not installed" % tool)
        sys.exit(0)
ENV = dict(os.environ)
ENV.pop("DISPLAY", None)
ENV.pop("WAYLAND_DISPLAY", None)
ENV["LC_ALL"] = "C.UTF-8"
results = []
tmp = tempfile.mkdtemp()


def check(name, ok, detail=""):
    results.append((name, bool(ok), detail))


def run(*args):
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=ENV,
                          timeout=testutil.seconds(300))


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    texts = [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), "-raw", path, "-"],
                            capture_output=True, text=True).stdout for i in range(1, pages + 1)]
    return pages, (float(size.group(1)), float(size.group(2))), texts


def flat(text):
    return re.sub(r"\s+", " ", text)


# --- the bundled dataset ---
pdf = os.path.join(tmp, "bundled.pdf")
r = run("--export-pdf=" + pdf)
check("--export-pdf on the bundled dataset exits 0 with no display", r.returncode == 0,
      r.stderr)
pages, size, texts = pdf_pages(pdf)
english_pages = pages
check("A4 landscape by default", abs(size[0] - 841.89) < 1 and abs(size[1] - 595.28) < 1,
      repr(size))
check("several pages", pages >= 4, repr(pages))
check("'Page N of M' on every page",
      all(("Page %d of %d" % (i + 1, pages)) in t for i, t in enumerate(texts)),
      repr([t[-80:] for t in texts]))
whole = flat(" ".join(texts))
with open(BUNDLED, encoding="utf-8") as f:
    data = json.load(f)
missing = []
for side in data["sides"]:
    for d in side["delegations"]:
        leader = next(m["name"] for m in d["members"] if m["id"] == d["leader"])
        if flat("led by " + leader) not in whole:
            missing.append(leader)
        for dest in d["destinations"]:
            if dest["capital"] not in whole:
                missing.append(dest["capital"])
check("every leader and capital of the bundled dataset is on the sheet", not missing,
      repr(missing))
check("the title block names the dataset", flat(data["title"]) in flat(texts[0]))
full_pdf = os.path.join(tmp, "full.pdf")
r = run("--export-pdf=" + full_pdf, "--sheet=full")
full_pages, _, full_texts = pdf_pages(full_pdf)
full_whole = flat(" ".join(full_texts))
check("the full annex's comparison lists the places both sides visited, at the city level",
      r.returncode == 0 and "Visited by both sides (5)" in full_whole and
      "EU institutions, Brussels (Belgium) · London (United Kingdom) · Moscow (Russia) · "
      "New York (India: the city; Pakistan: UN Headquarters, New York), United States · "
      "Washington, D.C. (United States)" in full_whole, r.stderr)
check("the full annex tables every stop; the briefing says each route in a line",
      full_pages > pages and "Destination Country Dates" in full_whole and
      "Destination Country Dates" not in whole and
      re.search(r"Route: Manama[†?≠]?, Bahrain", whole) is not None,
      repr((full_pages, pages)))
plain = flat(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
check("Azad's row says which legs he missed; the counts are announced and recorded",
      "Travelled; missed Riyadh · Algiers" in plain and
      "Announced: 59 members, 33 countries" in plain and "Recorded: 62 named" in plain and
      "Peace delegation: Announced: 9 members." in plain, plain[:200])
check("a sources page lists every source with its number",
      "[1] Govt deploys 7 lawmakers" in whole and "[121] Shashi Tharoor not part" in whole)
fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
check("every font is embedded", fonts and all(" yes " in line.split("  ", 1)[1] for line in fonts),
      "\n".join(fonts))

# --- the briefing: page one at a glance, running heads, page count and fill ---
def words(path):
    """Per page: (page height, [(word, xMin, yMin, xMax, yMax)]) from pdftotext -bbox"""
    html = subprocess.run(["pdftotext", "-bbox", path, "-"], capture_output=True,
                          text=True).stdout
    out = []
    for page in re.findall(r"<page width=\"([\d.]+)\" height=\"([\d.]+)\">(.*?)</page>", html,
                           re.S):
        ws = [(html_unescape(w), float(a), float(b), float(c), float(d)) for a, b, c, d, w in
              re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                         r'yMax="([\d.]+)">(.*?)</word>', page[2])]
        out.append((float(page[1]), ws))
    return out


def html_unescape(text):
    import html
    return html.unescape(text)


page_one = flat(texts[0])
leaders = [next(m["name"] for m in d["members"] if m["id"] == d["leader"])
           for side in data["sides"] for d in side["delegations"]]
# the places both sides were in, all five, New York among them with where
# in it each side was (an empty side's column gives "Both" its room)
check("page one lists every place both sides were in, New York with where each was",
      "New York: India Group 5" in page_one and
      "Pakistan Peace delegation (UN Headquarters, New York)" in page_one and
      "Washington, D.C.: India Group 5" in page_one and "and 2 more" not in page_one,
      page_one[:1500])
check("page one holds the board and every leader",
      "Places by side" in page_one and "India only (29)" in page_one and "Both (5)" in page_one
      and "Pakistan only (0)" in page_one and all(flat(n) in page_one for n in leaders),
      page_one[:300])
# the map: India's colour (dots and routes) drawn on page one, nowhere else
ppm_prefix = os.path.join(tmp, "page")
subprocess.run(["pdftoppm", "-r", "40", pdf, ppm_prefix], check=True)


def colour_pixels(path, rgb):
    """How many pixels of a P6 PPM (pdftoppm's own output) are near rgb"""
    with open(path, "rb") as f:
        raw = f.read()
    fields = raw.split(maxsplit=4)  # P6, width, height, maxval, pixels
    pixels = fields[4]
    return sum(1 for i in range(0, len(pixels) - 2, 3)
               if all(abs(pixels[i + k] - rgb[k]) < 40 for k in range(3)))


india = data["sides"][0].get("colour", "#c64600").lstrip("#")
india_rgb = tuple(int(india[i:i + 2], 16) for i in (0, 2, 4))
ppms = sorted(f for f in os.listdir(tmp) if f.startswith("page-") and f.endswith(".ppm"))
# the routes and dots in India's saffron (#FF9933) darkened to 3:1 against the paper and the
# land (dlg_map_route_colour, test-map), the leaders' stripe in the saffron itself
route_rgb = (0xc6, 0x63, 0x00)
first = colour_pixels(os.path.join(tmp, ppms[0]), route_rgb)
second = colour_pixels(os.path.join(tmp, ppms[1]), route_rgb)
check("page one holds the map: the routes and dots in India's route colour",
      india_rgb == (0xff, 0x99, 0x33) and first > 200 and second < 20, repr((first, second)))


def land_edges(pdf_path):
    """Page one's land (its fill at 13%) as vectors (pdftocairo -svg): the
    width of the world it spans and its longest edge across, but for the
    pole's line (Antarctica's edge along the bottom of the world), or None"""
    svg = os.path.join(tmp, "page-one.svg")
    if subprocess.run(["pdftocairo", "-svg", "-f", "1", "-l", "1", pdf_path, svg],
                      capture_output=True).returncode != 0:
        return None
    with open(svg, encoding="utf-8") as f:
        paths = re.findall(r'<path style="[^"]*fill-rule:evenodd;[^"]*fill-opacity:0\.13;" d="([^"]*)"',
                           f.read())
    edges = []
    for d in paths:
        start = last = None
        for op, args in re.findall(r"([MLCZ])([^MLCZ]*)", d):
            v = [float(n) for n in args.split()]
            points = [(v[i], v[i + 1]) for i in range(0, len(v) - 1, 2)]
            if op == "Z":
                points = [start] if start else []
            for p in points:
                if op == "M":
                    start = p
                elif last is not None:
                    edges.append((last, p))
                last = p
    if not edges:
        return None
    xs = [p[0] for e in edges for p in e]
    bottom = max(p[1] for e in edges for p in e)
    across = [abs(b[0] - a[0]) for a, b in edges if not (a[1] > bottom - 0.5 and b[1] > bottom - 0.5)]
    return max(xs) - min(xs), max(across)


# the land on page one: no edge runs across the map (Natural Earth's rings
# across the 180th meridian drew Fiji as a line across the world at 16 S)
if shutil.which("pdftocairo"):
    edges = land_edges(pdf)
    check("page one's map has no land edge across the map (the 180th meridian)",
          edges is not None and edges[0] > 300 and edges[1] < edges[0] / 8, repr(edges))
# 8 pages before format 1.2; the Background (15 events, 11 stated purposes) takes most of a page
check("the briefing is at most 9 pages", pages <= 9, repr(pages))
# the running head is drawn last on each page: pdftotext -raw gives it after the footer
heads = []
for t in texts[1:]:
    lines = [line for line in t.splitlines() if line.strip()]
    heads.append(lines[-1] if lines else "")
check("every page after the first has a running head naming the side and delegation",
      all(re.match(r"^(India|Pakistan)( · .+)?(, continued)?$|^(Background|Comparison|Sources)(, continued)?$",
                   h) for h in heads) and any(" · " in h and h.endswith(", continued") for h in heads),
      repr(heads))
bboxes = words(pdf)
fill = []
for height, ws in bboxes[1:]:
    body = [w for w in ws if 36 - 1 <= w[2] and w[4] <= height - 36 - 22 + 1]
    fill.append((max(w[4] for w in body) - 36) / (height - 36 - 22 - 36) if body else 0)
check("no page but the last is under half used",
      all(f >= 0.5 for f in fill[:-1]), repr([round(f, 2) for f in fill]))
name_heights = [w[4] - w[2] for _, ws in bboxes[1:] for w in ws if w[0] == "Nishikant"]
source_numbers = [w[4] - w[2] for _, ws in bboxes for w in ws if w[0] == "[1]"]
check("body text is at least 9 pt, source numbers at least 6 pt",
      name_heights and min(name_heights) >= 9 and source_numbers and min(source_numbers) >= 6,
      repr((name_heights, source_numbers)))
glance_pdf = os.path.join(tmp, "glance.pdf")
r = run("--export-pdf=" + glance_pdf, "--sheet=glance")
check("--sheet=glance writes page one alone", r.returncode == 0 and
      pdf_pages(glance_pdf)[0] == 1, r.stderr)
r = run("--export-pdf=" + glance_pdf, "--sheet=poster")
check("an unknown --sheet is a usage error", r.returncode == 2 and "--sheet" in r.stderr, r.stderr)

# --- US Letter where the locale says so ---
# The locale is compiled into a temporary folder (LOCPATH), so the test
# needs glibc's locale sources (Debian's "locales"), not a system locale.
if os.path.exists("/usr/share/i18n/locales/en_US"):
    locdir = os.path.join(tmp, "locales")
    os.makedirs(locdir)
    subprocess.run(["localedef", "-i", "en_US", "-f", "UTF-8",
                    os.path.join(locdir, "en_US.UTF-8")], capture_output=True)
    env = dict(ENV, LC_ALL="en_US.UTF-8", LOCPATH=locdir)
    letter_pdf = os.path.join(tmp, "letter.pdf")
    p = subprocess.run([BIN, "--export-pdf=" + letter_pdf], env=env, capture_output=True, text=True)
    _, lsize, _ = pdf_pages(letter_pdf)
    check("US Letter landscape in a US locale", abs(lsize[0] - 792) < 1 and abs(lsize[1] - 612) < 1,
          repr(lsize))

# --- a long synthetic dataset: headers on every page, no row split ---
big = os.path.join(tmp, "big.json")
with open(big, "w", encoding="utf-8") as f:
    subprocess.run(["/usr/bin/python3", GENERATOR, "3000", "--long-roles"], stdout=f, check=True)
big_pdf = os.path.join(tmp, "big.pdf")
r = run("--export-pdf=" + big_pdf, big)
check("a 3000-member sheet is written", r.returncode == 0, r.stderr)
pages, _, texts = pdf_pages(big_pdf)
first_comparison = next(i for i, t in enumerate(texts) if "Comparison: " in t)
check("a long table spans many pages", first_comparison > 20, repr(first_comparison))
no_header = [i + 1 for i in range(1, first_comparison)
             if not (all(h in texts[i] for h in ("Name", "Party", "Role", "Status")) or
                     all(h in texts[i] for h in ("Destination", "Country", "Dates")))]
check("the column headings are repeated on every page of the member tables", not no_header,
      repr(no_header))
begin_page = {}
end_page = {}
for i, t in enumerate(texts):
    for m in re.finditer(r"BEGIN_(m\d+)", t):
        begin_page[m.group(1)] = i
    for m in re.finditer(r"END_(m\d+)", t):
        end_page[m.group(1)] = i
split = [k for k in begin_page if end_page.get(k) != begin_page[k]]
check("every member is on the sheet", len(begin_page) == 3000, repr(len(begin_page)))
# a table never starts at a page bottom with fewer than three rows: below the last member-table
# heading of a page, when it is not the top of the page and its table goes on over the next page
# (which starts with its "continued" caption and headings), three rows or more
few = []
for pno, (height, ws) in enumerate(words(big_pdf)):
    heads = sorted({round(w[2]) for w in ws if w[0] == "Name" and
                    any(v[0] == "Status" and abs(v[2] - w[2]) < 2 for v in ws)})
    begins = sorted(w[2] for w in ws if w[0].startswith("BEGIN_m"))
    goes_on = pno + 1 < len(texts) and \
        re.match(r"[^\n]*, continued\nName Party Role Status", texts[pno + 1]) is not None
    if heads and heads[-1] > 100 and goes_on:
        rows = [b for b in begins if b > heads[-1]]
        if len(rows) < 3:
            few.append((pno + 1, heads[-1], len(rows)))
check("a member table starts with at least three rows, or on the next page", not few,
      repr(few[:10]))

check("no table row is split across pages", not split, repr(split[:10]))
check("'Page N of M' on every page of the long sheet",
      all(("Page %d of %d" % (i + 1, pages)) in t for i, t in enumerate(texts)))

# --- CSV ---
csv_path = os.path.join(tmp, "bundled.csv")
r = run("--export-csv=" + csv_path)
check("--export-csv exits 0", r.returncode == 0, r.stderr)
with open(csv_path, newline="", encoding="utf-8") as f:
    raw = f.read()
check("CSV rows end in CRLF", raw.count("\r\n") == raw.count("\n") and raw.endswith("\r\n"))
with open(csv_path, newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
check("CSV header row", rows[0] == ["side", "delegation", "name", "party", "role_kind", "role",
                                    "status", "destinations", "membership", "certainty",
                                    "missed", "not_known"], repr(rows[0]))
expected = []
for side in data["sides"]:
    for d in side["delegations"]:
        for m in d["members"]:
            expected.append([side["name"], d["label"], m["name"], m.get("party", ""),
                             m.get("role_kind", "other"), m.get("role", ""),
                             m.get("status", "unconfirmed")])
got = [r[:7] for r in rows[1:]]
check("CSV rows match the dataset, one per member", got == expected,
      repr([(a, b) for a, b in zip(got, expected) if a != b][:3]))
tharoor = next(r for r in rows if r[2] == "Shashi Tharoor")
# each stop as sure as Tharoor (one source) and the stop are: never a plain fact
check("CSV destinations list the delegation's route",
      tharoor[7] == "New York (United States) [single-source]; Georgetown (Guyana) "
                    "[single-source]; Panama City (Panama) [single-source]; Bogota (Colombia) "
                    "[single-source]; Brasilia (Brazil) [single-source]; Washington, D.C. "
                    "(United States) [single-source]" and tharoor[9] == "single-source",
      tharoor[7])

tricky = os.path.join(TESTS, "data", "valid", "tricky-text.json")
tricky_csv = os.path.join(tmp, "tricky.csv")
r = run("--export-csv=" + tricky_csv, tricky)
with open(tricky_csv, newline="", encoding="utf-8") as f:
    rows = {r[2]: r for r in csv.reader(f)}
check("formulas are neutralised", "'=HYPERLINK(\"http://x\")" in rows and
      rows["'=HYPERLINK(\"http://x\")"][3] == "'+1 Party" and "'@handle" in rows and
      rows["'@handle"][3] == "'-minus", repr(list(rows)))
check("quotes, commas and newlines survive",
      rows["'=HYPERLINK(\"http://x\")"][5] == "Says \"hello\", twice\non two lines")
check("Arabic and Devanagari survive in UTF-8",
      "محمد عبد الله" in rows and "शशि थरूर" in rows)
tricky_pdf = os.path.join(tmp, "tricky.pdf")
r = run("--export-pdf=" + tricky_pdf, tricky)
fonts = subprocess.run(["pdffonts", tricky_pdf], capture_output=True, text=True).stdout
check("Devanagari text gets a Devanagari font, embedded", "Lohit-Devanagari" in fonts, fonts)
text = subprocess.run(["pdftotext", tricky_pdf, "-"], capture_output=True, text=True).stdout
check("markup-like text prints literally", "=HYPERLINK(\"http://x\")" in text)

r = run("--export-pdf=/nonexistent/dir/x.pdf")
check("an unwritable PDF path exits 2 with the path", r.returncode == 2 and
      "/nonexistent/dir/x.pdf" in r.stderr, r.stderr)
# A pipe as target: refused before it is opened (opening a FIFO with no
# reader to write waits for one for ever).
fifo = os.path.join(tmp, "fifo")
os.mkfifo(fifo)
status, err, _ = testutil.run_measured([BIN, "--export-csv=" + fifo], 30, env=ENV)
check("an export onto a pipe is refused at once, naming it", status == 2 and
      fifo + ": error: this is not a regular file" in err, (status, err))
status, err, _ = testutil.run_measured([BIN, "--export-pdf=" + tmp], 30, env=ENV)
check("an export onto a folder is refused, naming it", status == 2 and
      tmp + ": error: this is a folder" in err, (status, err))

# Interrupted while it writes over an existing file: the old file stays,
# no temporary file is left beside it.
kept = os.path.join(tmp, "interrupted", "kept.pdf")
os.makedirs(os.path.dirname(kept))
with open(kept, "w", encoding="utf-8") as f:
    f.write("OLD")
child = subprocess.Popen([BIN, "--export-pdf=" + kept, "--sheet=full", big], env=ENV,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
deadline = time.monotonic() + testutil.seconds(120)
writing = False
while child.poll() is None and time.monotonic() < deadline and not writing:
    writing = len(os.listdir(os.path.dirname(kept))) > 1
    time.sleep(0.01)
child.send_signal(signal.SIGINT)
_, err = child.communicate(timeout=testutil.seconds(60))
with open(kept, encoding="utf-8", errors="replace") as f:
    old_kept = f.read() == "OLD"
left = sorted(os.listdir(os.path.dirname(kept)))
check("an export interrupted mid-write keeps the old file and leaves no temporary file",
      writing and child.returncode == 2 and old_kept and left == ["kept.pdf"] and
      "interrupted; the file was left as it was" in err, (writing, child.returncode, left, err))

r = run("--export-csv=" + os.path.join(tmp, "x.csv"), os.path.join(TESTS, "data", "invalid",
                                                                    "bad-colour.json"))
check("an invalid dataset exits 1 with its error", r.returncode == 1 and
      "bad-colour.json:67:17: error:" in r.stderr, r.stderr)

# --- hostile text on the sheet ---
with open(os.path.join(TESTS, "data", "valid", "minimal.json"), encoding="utf-8") as f:
    minimal = json.load(f)


def dataset_of(name, edit):
    data = json.loads(json.dumps(minimal))
    edit(data)
    path = os.path.join(tmp, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    return path


def sheet_of(name, edit, *options):
    path = dataset_of(name, edit)
    out = os.path.join(tmp, name + ".pdf")
    r = run("--export-pdf=" + out, *options, path)
    return r, out


def second_member(d):
    return d["sides"][0]["delegations"][0]["members"][1]


# A 12 000-word role: the row goes on over the next page, marked, cut with a mark.
r, out = sheet_of("tall-row", lambda d: second_member(d).update(
    role="BEGINROLE " + " ".join("word%d" % i for i in range(12000))))
pages, _, texts = pdf_pages(out)
begin = [i for i, t in enumerate(texts) if "BEGINROLE" in t]
last_word = max((int(n) for n in re.findall(r"word(\d+)", texts[begin[0]])), default=-1) \
    if begin else -1
check("a row taller than a page goes on over the next page, under a 'continued' caption",
      r.returncode == 0 and begin and "Group 1, continued" in texts[begin[0] + 1] and
      "word%d" % (last_word + 1) in flat(texts[begin[0] + 1]), (r.stderr, begin, last_word))
check("text cut short on the sheet says so",
      "more characters not printed" in flat(" ".join(texts)), flat(" ".join(texts))[-500:])
check("the footer stays clear on every page",
      all(("Page %d of %d" % (i + 1, pages)) in t for i, t in enumerate(texts)))

# One unbroken 1 MB word: cut and wrapped at characters, not laid out whole.
r, out = sheet_of("long-word", lambda d: second_member(d).update(name="W" * 1_000_000))
check("a 1 MB unbroken name prints (cut, with a mark)", r.returncode == 0 and
      "more characters not printed" in flat(" ".join(pdf_pages(out)[2])), r.stderr)

# A side name taller than a page where it is a column heading (the full
# sheet's counts tables): the heading is split over pages, not repeated on
# every page after (the layout used to place the heading page after page
# and never end).
for sheet in ("full", "briefing", "glance"):
    path = dataset_of("long-side-" + sheet,
                      lambda d: d["sides"][0].update(name=("word " * 286).strip()))
    out = os.path.join(tmp, "long-side-" + sheet + ".pdf")
    status, err, _ = testutil.run_measured([BIN, "--export-pdf=" + out, "--sheet=" + sheet, path],
                                           60, env=ENV)
    pages = pdf_pages(out)[0] if status == 0 else 0
    check("a side name of 1 429 characters: the %s sheet ends, in a few pages" % sheet,
          status == 0 and 1 <= pages <= 20, (status, pages, err[-500:]))
# A side name of 2 MB: cut on the sheet; the layout ends within a minute, under 1 GB.
path = dataset_of("huge-side", lambda d: d["sides"][0].update(name="word " * 400_000))
out = os.path.join(tmp, "huge-side.pdf")
status, err, rss = testutil.run_measured([BIN, "--export-pdf=" + out, "--sheet=full", path], 60,
                                         env=ENV)
check("a side name of 2 MB: the full sheet is written within a minute, under 1 GB",
      status == 0 and rss < 1024 and pdf_pages(out)[0] <= 30, (status, rss, err[-500:]))

# Urdu (heh goal, ے, ٹ: letters Arabic fonts such as DejaVu's lack) gets an Urdu font, embedded
r, out = sheet_of("urdu", lambda d: second_member(d).update(name="موازنہ بھٹو زرداری"))
urdu_fonts = subprocess.run(["pdffonts", out], capture_output=True, text=True).stdout
check("Urdu text gets a font with Urdu letters (Awami Nastaliq), embedded",
      r.returncode == 0 and "AwamiNastaliq" in urdu_fonts, urdu_fonts)

# A RIGHT-TO-LEFT OVERRIDE in a side name does not reverse the sheet's own words.
r, out = sheet_of("rlo", lambda d: d["sides"][0].update(name="\u202eSide A"))
text = flat(" ".join(pdf_pages(out)[2]))
check("an RLO in a side name stays inside the name",
      r.returncode == 0 and "only" in text and "ylno" not in text and "delisiv" not in text,
      text[:400])

# The same in the running head: "‮Side A · Group 1, continued" keeps our words in order.
r, out = sheet_of("rlo-head", lambda d: (d["sides"][0].update(name="\u202eSide A"),
                                         second_member(d).update(
                                             role=" ".join("word%d" % i for i in range(3000)))))
heads = [[line for line in t.splitlines() if line.strip()][-1] for t in pdf_pages(out)[2][1:]]
check("an RLO in a side name stays inside the running head",
      r.returncode == 0 and any("continued" in h for h in heads) and
      not any("deunitnoc" in h for h in heads), repr(heads))

# --- the sheets in Urdu (right to left, Nastaliq), as a person in Pakistan prints them ---
# The catalogue of the build tree (DELEGATIONS_LOCALEDIR) and the ur_PK
# locale (build-aux/setup.sh generates it); without them the checks skip.
LOCALEDIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(BIN))), "po")
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def have_locale(name):
    listed = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
    return name.lower().replace("utf-8", "utf8") in (n.lower() for n in listed)


def skip(name, reason):
    results.append((name + " # SKIP " + reason, True, ""))


URDU_CHECKS = ("Urdu: the briefing is at most one page longer than the English one",
               "Urdu: page one is not cut (every leader, every place on the board)",
               "Urdu: names and parties come out whole, each on one line, in every sheet")
if not os.path.exists(os.path.join(LOCALEDIR, "ur", "LC_MESSAGES", "delegations.mo")):
    for name in URDU_CHECKS:
        skip(name, "no Urdu catalogue in " + LOCALEDIR)
elif not have_locale("ur_PK.UTF-8"):
    for name in URDU_CHECKS:
        skip(name, "the ur_PK.UTF-8 locale is not generated (build-aux/setup.sh)")
else:
    urdu_env = dict(ENV, LC_ALL="ur_PK.UTF-8", LANGUAGE="", DELEGATIONS_LOCALEDIR=LOCALEDIR)
    urdu = {}
    for kind in ("briefing", "glance", "full"):
        out = os.path.join(tmp, "urdu-%s.pdf" % kind)
        r = subprocess.run([BIN, "--export-pdf=" + out, "--sheet=" + kind], capture_output=True,
                           text=True, env=urdu_env, timeout=testutil.seconds(300))
        urdu[kind] = (r, pdf_pages(out) if r.returncode == 0 else (0, None, []))
    r, (ur_pages, _, ur_texts) = urdu["briefing"]
    # (in Urdu: its words in Awami Nastaliq)
    ur_fonts = subprocess.run(["pdffonts", os.path.join(tmp, "urdu-briefing.pdf")],
                              capture_output=True, text=True).stdout
    check(URDU_CHECKS[0], r.returncode == 0 and 0 < ur_pages <= english_pages + 1 and
          "AwamiNastaliq" in ur_fonts, (r.stderr[-300:], ur_pages, english_pages, ur_fonts))
    one = flat(BIDI_CONTROLS.sub("", ur_texts[0])) if ur_texts else ""
    board_places = set()
    for side in data["sides"]:
        for d in side["delegations"]:
            for dest in d["destinations"]:
                board_places.add(dest["capital"])
    absent = [n for n in leaders + sorted(board_places) if flat(n) not in one]
    # (pdftotext gives Urdu words letter by letter: "and 2 more" cannot be
    # read back, what it would stand for can)
    check(URDU_CHECKS[1], one and not absent, (absent, one[:600]))
    # each leader's name whole on one line, and the party whole on one line
    # ("Supriya Sule" and "(NCP (SP))", not "NCP) Supriya Sule" and "((SP)",
    # the two lines a line break inside the party gave)
    broken = []
    for kind, (r, (_, _, kind_texts)) in urdu.items():
        lines = [BIDI_CONTROLS.sub("", line) for t in kind_texts for line in t.splitlines()]
        for side in data["sides"]:
            for d in side["delegations"]:
                leader = next(m for m in d["members"] if m["id"] == d["leader"])
                if not any(leader["name"] in line for line in lines):
                    broken.append((kind, leader["name"]))
                party = leader.get("party")
                if party and not any(re.search(r"(^|\W)%s(\W|$)" % re.escape(party), line)
                                     for line in lines):
                    broken.append((kind, party))
        if r.returncode != 0:
            broken.append((kind, r.stderr[-300:]))
    check(URDU_CHECKS[2], not broken, broken)

# Month names are the locale's (LC_TIME), on the sheet as in the window:
# Hindi, in the full annex (the sources' dates among them, given as
# 2025-05-17 in the dataset)
HINDI_CHECK = "Hindi: every date on the sheet has the locale's month name, a source's date too"
if not os.path.exists(os.path.join(LOCALEDIR, "hi", "LC_MESSAGES", "delegations.mo")):
    skip(HINDI_CHECK, "no Hindi catalogue in " + LOCALEDIR)
elif not have_locale("hi_IN.UTF-8"):
    skip(HINDI_CHECK, "the hi_IN.UTF-8 locale is not generated (build-aux/setup.sh)")
else:
    out = os.path.join(tmp, "hindi-full.pdf")
    r = subprocess.run([BIN, "--export-pdf=" + out, "--sheet=full"], capture_output=True,
                       text=True, env=dict(ENV, LC_ALL="hi_IN.UTF-8", LANGUAGE="",
                                           DELEGATIONS_LOCALEDIR=LOCALEDIR),
                       timeout=testutil.seconds(300))
    hindi = flat(" ".join(pdf_pages(out)[2])) if r.returncode == 0 else ""
    # (the dataset's own words may name a month in English: "from 1 January 2025")
    with open(BUNDLED, encoding="utf-8") as f:
        dataset_text = f.read()
    english_months = [d for d in re.findall(r"\d (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                                            r"\w* \d{4}", hindi) if d not in dataset_text]
    check(HINDI_CHECK, "24 जून 2025" in hindi and "Hindustan Times, 17 मई 2025" in hindi and
          not english_months and not re.search(r", \d{4}-\d\d-\d\d\b", hindi),
          (r.stderr[-300:], english_months[:5], hindi[:300]))

# --- format 1.2: how sure each fact is (issue 22) ---
# tests/data/sheet/certainty-1-2.json: one source for Beta Member and a
# stop of Side A's, none but an announcement for Gamma Leader, a recorded
# disagreement about Zeta Member; Delta Official is placed in London only
# (the delegation's record of who went where is not complete), Epsilon
# Member in New York only; Side B was at the UN Headquarters, which lies
# within New York, where Side A was.
CERTAIN = os.path.join(TESTS, "data", "sheet", "certainty-1-2.json")


def sheet_text(kind):
    out = os.path.join(tmp, "certainty-%s.pdf" % kind)
    r = run("--export-pdf=" + out, "--sheet=" + kind, CERTAIN)
    pages_text = [flat(t) for t in pdf_pages(out)[2]] if r.returncode == 0 else [""]
    # -raw: the order things are drawn in (a superscript stays after its word)
    return r, pages_text, " ".join(pages_text)


def between(text, start, end):
    i = text.find(start)
    j = text.find(end, i + len(start)) if i >= 0 else -1
    return text[i:j] if i >= 0 and j >= 0 else ""


certain = {kind: sheet_text(kind) for kind in ("briefing", "full")}
check("the 1.2 test dataset's sheets are written",
      all(r.returncode == 0 for r, _, _ in certain.values()),
      [r.stderr for r, _, _ in certain.values()])

r, ptexts, ptext = certain["full"]
check("the full sheet's counts by kind of role and by party say named and travelled",
      "Sitting legislator 3 named, 2 travelled 1 named, 1 travelled" in ptext and
      "P1 3 named, 2 travelled none" in ptext, ptext[-2500:])
# all of it: who withdrew, and that the official is unconfirmed (the
# review found a card that said less than --summary)
check("a leader card counts in the same words",
      "4 named, 3 travelled, 1 withdrew or declined · 24 May – 3 Jun 2025" in ptexts[0] and
      "2 named, 2 travelled; 1 accompanying official (1 unconfirmed) · 1–6 Jun 2025"
      in ptexts[0], ptexts[0])

for kind, (r, ptexts, ptext) in certain.items():
    delta = between(ptext, "Delta Official", "Zeta Member")
    epsilon = between(ptext, "Epsilon Member", "Eta Member")
    check("%s: stops no source places a member at are 'not known', never 'missed'" % kind,
          "not known: UN Headquarters, New York · Washington, D.C." in delta and
          "missed" not in delta and "Paris" not in delta and
          "not known: Washington, D.C." in epsilon and "missed" not in epsilon,
          (delta, epsilon))
    check("%s: a recorded missed leg is still said as missed, with its source" % kind,
          re.search(r"Beta Member.*?Travelled; missed Washington, D\.C\.\s*†?\s*2\b", ptext) is not None,
          ptext[:2000])

LEGEND = "Marks: † one source only; ? unconfirmed; ≠ sources disagree."
for kind, (r, ptexts, ptext) in certain.items():
    check("%s: facts not confirmed carry their mark" % kind,
          re.search(r"Beta Member\s*†", ptext) and re.search(r"Gamma Leader\s*\?", ptext) and
          re.search(r"Zeta Member\s*≠", ptext) and
          re.search(r"Alpha Leader\s*[†?≠]", ptext) is None, ptext[:2000])
    check("%s: page one carries the marks' legend; so does every page with a mark" % kind,
          LEGEND in ptexts[0] and
          all(LEGEND in t for t in ptexts[1:] if re.search(r"(Member|Leader|Official)\s*[†?≠]", t)),
          [t[:300] for t in ptexts])

r, ptexts, ptext = certain["full"]
check("the full comparison speaks at the city level, saying where in it each side was",
      "Visited by both sides (2) New York (Side A: the city; Side B: UN Headquarters, New York), "
      "United States · Washington, D.C. (United States)" in ptext and
      "Visited by Side B only (1) London (United Kingdom)" in ptext, ptext[-2500:])

for kind, (r, ptexts, ptext) in certain.items():
    background = between(ptext, "Background", "Side A Delegations")
    check("%s: a Background block gives each event with its date, sources and mark, and each "
          "side's stated purpose with its sources" % kind,
          re.search(r"22 Apr 2025 Attack at the border post\s*1,2", background) and
          re.search(r"7 May 2025 Strikes across the line\s*†\s*1\b", background) and
          re.search(r"c\. 10–11 May 2025 Ceasefire talks\s*\?\s*4\b", background) and
          re.search(r"Side A: To explain the strikes to other capitals\s*1,3", background) and
          re.search(r"Side B: To call for talks\s*†\s*2\b", background),
          background or ptext[:1500])
r, ptexts, ptext = sheet_text("glance")
check("the glance alone (one page) holds the Background under the leaders when it fits",
      r.returncode == 0 and len(ptexts) == 1 and
      re.search(r"Background 22 Apr 2025 Attack at the border post\s*1,2", ptexts[0]) and
      re.search(r"Side B: To call for talks\s*†\s*2\b", ptexts[0]), ptexts[0][-800:])
r, ptexts, ptext = certain["briefing"]
check("a stated purpose is confirmed by reports of it, an announcement among them",
      re.search(r"To present its case\s*4,1\b", ptext) is not None,
      between(ptext, "Stated purposes", "Side A Delegations"))

for kind, (r, ptexts, ptext) in certain.items():
    check("%s: a source that is an announcement says it is not used as confirmation" % kind,
          "Plans announced. Agency, 16 May 2025. (announcement, not used as confirmation)" in ptext,
          ptext[-600:])



# --- the changes since an older version, a page of the briefing (issue 25) ---
# new: Beta Member removed, Delta Newcomer added (source s2, [2]), the
# stop in Paris two days later (source s1, [1])
def changed(d):
    g = d["sides"][0]["delegations"][0]
    g["members"] = [m for m in g["members"] if m["id"] != "a1-m2"]
    g["members"].append({"id": "a1-m3", "name": "Delta Newcomer", "status": "travelled",
                         "sources": ["s2"]})
    g["destinations"][0].update({"from": "2025-05-27", "to": "2025-05-28"})


old_path = dataset_of("monday", lambda d: None)
new_path = dataset_of("thursday", changed)
report = run("--diff", old_path, new_path).stdout
report_lines = [re.sub(r" sources \[[\d, ]+\]$", "", line.strip())
                for line in report.splitlines()[1:] if line.startswith("  ")]
changes_sheets = {}
for kind in ("briefing", "full", "glance"):
    out = os.path.join(tmp, "changes-%s.pdf" % kind)
    r = run("--export-pdf=" + out, "--sheet=" + kind, "--changes-since=" + old_path, new_path)
    changes_sheets[kind] = (r, [flat(t) for t in pdf_pages(out)[2]] if r.returncode == 0 else [])
for kind in ("briefing", "full"):
    r, ptexts = changes_sheets[kind]
    page = ptexts[1] if len(ptexts) > 1 else ""
    check("%s with --changes-since: page two is headed by what the changes are counted from, "
          "then says what it counts" % kind,
          r.returncode == 0 and "Changes since" not in ptexts[0] and
          page.startswith("Changes since “monday.json”") and
          "3 changes: 1 member added, 1 member removed, 1 stop with dates moved" in page,
          (r.stderr, page[:400]))
    check("%s: page two lists every change as --diff says it, under its side · delegation"
          % kind, len(report_lines) == 3 and "Side A · Group 1" in page and
          all(line in page for line in report_lines), (report_lines, page[:800]))
    check("%s: each change carries the numbers of its sources in the new version; a removal "
          "none, and the page says why" % kind,
          re.search(r"member added: Delta Newcomer\s*2\b", page) and
          re.search(r"stop dates moved: Paris, 26–27 May 2025 → 27–28 May 2025\s*1\b",
                    page) and
          re.search(r"member removed: Beta Member\s*\d", page) is None and
          "what was removed has none" in page, page[:800])
    check("%s: the rest of the sheet follows on a page of its own" % kind,
          len(ptexts) > 2 and "Side A" in ptexts[2] and "Changes since" not in ptexts[2],
          [t[:120] for t in ptexts])
r, ptexts = changes_sheets["glance"]
check("the glance stays one page, without the changes", r.returncode == 0 and len(ptexts) == 1 and
      "Changes since" not in ptexts[0], (r.stderr, len(ptexts)))
r = run("--export-pdf=" + os.path.join(tmp, "no-changes.pdf"), new_path)
check("a sheet without --changes-since has no page of changes", r.returncode == 0 and
      "Changes since" not in " ".join(pdf_pages(os.path.join(tmp, "no-changes.pdf"))[2]),
      r.stderr)
r = run("--changes-since=" + old_path, new_path)
check("--changes-since without --export-pdf is a usage error", r.returncode == 2 and
      "--changes-since goes with --export-pdf" in r.stderr, r.stderr)
r = run("--export-pdf=" + os.path.join(tmp, "x.pdf"), "--changes-since=" +
        os.path.join(tmp, "absent.json"), new_path)
check("--changes-since with a file that cannot be read says so and writes nothing",
      r.returncode == 2 and "absent.json" in r.stderr and
      not os.path.exists(os.path.join(tmp, "x.pdf")), r.stderr)


# Right to left: the group heading "Side A · Group 1" starts at the right
# margin in Urdu, at the left in English
URDU_CHANGES = "Urdu: the page of changes runs from the right, as the English one from the left"
if not os.path.exists(os.path.join(LOCALEDIR, "ur", "LC_MESSAGES", "delegations.mo")):
    skip(URDU_CHANGES, "no Urdu catalogue in " + LOCALEDIR)
elif not have_locale("ur_PK.UTF-8"):
    skip(URDU_CHANGES, "the ur_PK.UTF-8 locale is not generated (build-aux/setup.sh)")
else:
    out = os.path.join(tmp, "urdu-changes.pdf")
    r = subprocess.run([BIN, "--export-pdf=" + out, "--changes-since=" + old_path, new_path],
                       capture_output=True, text=True,
                       env=dict(ENV, LC_ALL="ur_PK.UTF-8", LANGUAGE="",
                                DELEGATIONS_LOCALEDIR=LOCALEDIR),
                       timeout=testutil.seconds(300))
    width = pdf_pages(out)[1][0] if r.returncode == 0 else 0
    ur_side = [w for w in words(out)[1][1] if w[0] == "Side"] if r.returncode == 0 else []
    en_side = [w for w in words(os.path.join(tmp, "changes-briefing.pdf"))[1][1]
               if w[0] == "Side"]
    check(URDU_CHANGES, ur_side and en_side and all(w[3] > width - 36 - 30 for w in ur_side) and
          all(w[1] < 36 + 30 for w in en_side), (r.stderr[-300:], ur_side, en_side))


# 500 members added: the changes go on over pages, under a running head
def many_added(d):
    g = d["sides"][0]["delegations"][0]
    g["members"] += [{"id": "n%d" % i, "name": "Newcomer %d" % i, "status": "travelled"}
                     for i in range(500)]


many_path = dataset_of("many-added", many_added)
out = os.path.join(tmp, "changes-many.pdf")
r = run("--export-pdf=" + out, "--changes-since=" + old_path, many_path)
ptexts = [flat(t) for t in pdf_pages(out)[2]] if r.returncode == 0 else []
changes_pages = [t for t in ptexts if "member added: Newcomer" in t]
absent = [i for i in range(500)
          if not any(re.search(r"member added: Newcomer %d\b" % i, t) for t in changes_pages)]
check("500 changes go on over pages, each listed once, the pages after the first under "
      "'Changes · Side A · Group 1, continued'",
      len(changes_pages) >= 3 and not absent and "500 changes: 500 members added" in ptexts[1] and
      all("Changes · Side A · Group 1, continued" in t for t in changes_pages[1:]) and
      all(("Page %d of %d" % (i + 1, len(ptexts))) in t for i, t in enumerate(ptexts)),
      (r.stderr, len(changes_pages), absent[:10]))

# --- an export never replaces the dataset it reads ---
own = os.path.join(tmp, "own.json")
with open(BUNDLED, encoding="utf-8") as f:
    original = f.read()
with open(own, "w", encoding="utf-8") as f:
    f.write(original)
link = os.path.join(tmp, "own-link.json")
os.symlink(own, link)
for option in ("--export-csv=", "--export-pdf="):
    for target, name in ((own, "the same path"), (link, "a link to it")):
        r = run(option + target, own)
        with open(own, encoding="utf-8") as f:
            kept = f.read() == original
        check("%s onto the dataset (%s) is refused, the dataset kept" % (option[:-1], name),
              r.returncode == 2 and "this is the dataset being compared" in r.stderr and kept,
              r.stderr)
r = run("--export-csv=")
check("--export-csv= with no name is a usage error", r.returncode == 2 and
      "need a file name" in r.stderr, r.stderr)

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        print("# " + str(detail).replace("\n", "\n# ")[:2000])
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
