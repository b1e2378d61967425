#!/usr/bin/python3
"""The comparison sheet (PDF) and the member table (CSV), written by
`delegations --export-pdf/--export-csv` with no display, read back with
poppler-utils and Python's csv module (TAP).

Usage: test-sheet.py DELEGATIONS TESTS_SOURCE_DIR BUNDLED_JSON GENERATOR
"""
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

BIN, TESTS, BUNDLED, GENERATOR = sys.argv[1:5]
ENV = dict(os.environ)
ENV.pop("DISPLAY", None)
ENV.pop("WAYLAND_DISPLAY", None)
ENV["LC_ALL"] = "C.UTF-8"
results = []
tmp = tempfile.mkdtemp()


def check(name, ok, detail=""):
    results.append((name, bool(ok), detail))


def run(*args):
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=ENV, timeout=300)


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
check("the comparison lists the capitals both sides visited",
      "Visited by both sides (4)" in whole and
      "EU institutions, Brussels (Belgium) · London (United Kingdom) · Moscow (Russia) · "
      "Washington, D.C. (United States)" in whole)
plain = flat(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
check("Azad's row says which legs he missed; the counts are announced and recorded",
      "Travelled; missed Riyadh → Algiers" in plain and
      "Announced: 59 members, 33 countries. Recorded: 62 members" in plain and
      "Peace delegation: Announced: 9 members." in plain, plain[:200])
check("a sources page lists every source with its number",
      "[1] Govt deploys 7 lawmakers" in whole and "[121] Shashi Tharoor not part" in whole)
fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
check("every font is embedded", fonts and all(" yes " in line.split("  ", 1)[1] for line in fonts),
      "\n".join(fonts))

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
no_header = [i + 1 for i in range(first_comparison)
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
                                    "status", "destinations", "membership"], repr(rows[0]))
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
check("CSV destinations list the delegation's route",
      tharoor[7] == "New York (United States); Georgetown (Guyana); Panama City (Panama); "
                    "Bogota (Colombia); Brasilia (Brazil); Washington, D.C. (United States)",
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
r = run("--export-csv=" + os.path.join(tmp, "x.csv"), os.path.join(TESTS, "data", "invalid",
                                                                    "bad-colour.json"))
check("an invalid dataset exits 1 with its error", r.returncode == 1 and
      "bad-colour.json:67:17: error:" in r.stderr, r.stderr)

# --- hostile text on the sheet ---
with open(os.path.join(TESTS, "data", "valid", "minimal.json"), encoding="utf-8") as f:
    minimal = json.load(f)


def sheet_of(name, edit):
    data = json.loads(json.dumps(minimal))
    edit(data)
    path = os.path.join(tmp, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    out = os.path.join(tmp, name + ".pdf")
    r = run("--export-pdf=" + out, path)
    return r, out


def second_member(d):
    return d["sides"][0]["delegations"][0]["members"][1]


# A 12 000-word role: the row goes on over the next page, marked, cut with a mark.
r, out = sheet_of("tall-row", lambda d: second_member(d).update(
    role="BEGINROLE " + " ".join("word%d" % i for i in range(12000))))
pages, _, texts = pdf_pages(out)
begin = [i for i, t in enumerate(texts) if "BEGINROLE" in t]
check("a row taller than a page goes on over the next page, under a 'continued' caption",
      r.returncode == 0 and begin and "Group 1, continued" in texts[begin[0] + 1] and
      "word200" in flat(texts[begin[0] + 1]), (r.stderr, begin))
check("text cut short on the sheet says so",
      "more characters not printed" in flat(" ".join(texts)), flat(" ".join(texts))[-500:])
check("the footer stays clear on every page",
      all(("Page %d of %d" % (i + 1, pages)) in t for i, t in enumerate(texts)))

# One unbroken 1 MB word: cut and wrapped at characters, not laid out whole.
r, out = sheet_of("long-word", lambda d: second_member(d).update(name="W" * 1_000_000))
check("a 1 MB unbroken name prints (cut, with a mark)", r.returncode == 0 and
      "more characters not printed" in flat(" ".join(pdf_pages(out)[2])), r.stderr)

# A RIGHT-TO-LEFT OVERRIDE in a side name does not reverse the sheet's own words.
r, out = sheet_of("rlo", lambda d: d["sides"][0].update(name="\u202eSide A"))
text = flat(" ".join(pdf_pages(out)[2]))
check("an RLO in a side name stays inside the name",
      r.returncode == 0 and "only" in text and "ylno" not in text and "delisiv" not in text,
      text[:400])

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
