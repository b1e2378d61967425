#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""delegations --validate and --version, run as a program (TAP).

Usage: test-cli.py DELEGATIONS_BINARY TESTS_SOURCE_DIR BUNDLED_JSON
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

import testutil

BIN, TESTS, BUNDLED = sys.argv[1:4]
# delegations, or delegations-devel in a development build
PROGRAM = os.path.basename(BIN)
ENV = dict(os.environ)
ENV.pop("DISPLAY", None)
ENV.pop("WAYLAND_DISPLAY", None)
ENV["LC_ALL"] = "C.UTF-8"

results = []


def run(*args, stdin=None):
    p = subprocess.run([BIN, *args], capture_output=True, text=True, env=ENV,
                       timeout=testutil.seconds(20),
                       input=stdin)
    return p.returncode, p.stdout, p.stderr


def run_bytes(*args, stdin=b""):
    p = subprocess.run([BIN, *args], capture_output=True, env=ENV, timeout=testutil.seconds(60),
                       input=stdin)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def check(name, cond, detail=""):
    results.append((name, cond, detail))


def invalid(name):
    return os.path.join(TESTS, "data", "invalid", name + ".json")


rc, out, err = run("--validate", BUNDLED)
check("bundled file is valid", rc == 0 and err == "" and
      out == BUNDLED + ": valid: 2 sides, 9 delegations, 40 stops; people: 72 named, 70 travelled, 2 withdrew or declined; 2 accompanying officials (2 unconfirmed)\n",
      repr((rc, out, err)))

rc, out, err = run("--version")
check("--version", rc == 0 and out.startswith("delegations "), repr((rc, out)))

expected = {}
with open(os.path.join(TESTS, "data", "invalid", "EXPECTED"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        name, loc, phrase = line.rstrip("\n").split("\t")
        expected[name] = (loc, phrase)

for name, (loc, phrase) in sorted(expected.items()):
    path = invalid(name)
    rc, out, err = run("--validate", path)
    prefix = path + (":" + loc if loc != "-" else "") + ": error: "
    first = err.split("\n")[0]
    check("invalid/%s exits 1 with its error" % name,
          rc == 1 and out == "" and first.startswith(prefix) and phrase in first,
          repr((rc, first)))

# Every error is printed, one per line.
rc, out, err = run("--validate", invalid("many-errors"))
check("many errors, one line each", rc == 1 and err.count(": error: ") == 3 and
      len(err.strip().split("\n")) == 3, repr(err))

# Several files: valid ones still get their line; the worst status wins.
rc, out, err = run("--validate", BUNDLED, invalid("bad-colour"))
check("valid and invalid together", rc == 1 and out.startswith(BUNDLED + ": valid:") and
      "bad-colour.json:" in err, repr((rc, out, err)))

rc, out, err = run("--validate", os.path.join(TESTS, "data"))
check("a directory exits 2", rc == 2 and "is a directory" in err, repr((rc, err)))

for mode in (["--validate"], ["--summary"], ["--export-csv=-"], []):
    rc, out, err = run(*mode, "")
    check("an empty argument is a usage error, not the current folder (%s)" %
          (mode[0].split("=")[0] if mode else "the window"),
          rc == 2 and "an empty argument is not a file name" in err and "directory" not in err,
          repr((rc, err)))

rc, out, err = run("--validate", "/nonexistent/none.json")
check("a missing file exits 2", rc == 2 and "/nonexistent/none.json: error:" in err, repr((rc, err)))
check("a missing file is named once, with the cause",
      err == "/nonexistent/none.json: error: No such file or directory\n", repr(err))

with tempfile.TemporaryDirectory() as tmp:
    unreadable = os.path.join(tmp, "locked.json")
    with open(unreadable, "w") as f:
        f.write("{}")
    os.chmod(unreadable, 0)
    if os.geteuid() != 0:
        rc, out, err = run("--validate", unreadable)
        check("an unreadable file exits 2", rc == 2 and unreadable in err, repr((rc, err)))

    huge = os.path.join(tmp, "huge.json")
    with open(huge, "wb") as f:
        f.truncate(300 * 1024 * 1024)  # sparse: nothing is written
    rc, out, err = run("--validate", huge)
    check("a huge file is refused before reading, sizes in MiB as documented",
          rc == 2 and "the file is 300.0\xa0MiB (314572800 bytes); datasets larger than "
          "256.0\xa0MiB (268435456 bytes) are refused" in err and huge + ": error:" in err,
          repr((rc, err)))
    with open(huge, "wb") as f:
        f.truncate(256 * 1024 * 1024 + 1)
    rc, out, err = run("--validate", huge)
    check("a file one byte over the limit says by how much, not 256.0 MiB against 256.0 MiB",
          rc == 2 and "(268435457 bytes); datasets larger than 256.0\xa0MiB (268435456 bytes)"
          in err, repr((rc, err)))

    # A link that leads nowhere is said to be one, not "a pipe, socket or device".
    loop_a = os.path.join(tmp, "loop-a.json")
    loop_b = os.path.join(tmp, "loop-b.json")
    os.symlink(loop_b, loop_a)
    os.symlink(loop_a, loop_b)
    dangling = os.path.join(tmp, "dangling.json")
    os.symlink(os.path.join(tmp, "nowhere.json"), dangling)
    for link in (loop_a, dangling):
        rc, out, err = run("--validate", link)
        check("a symbolic link to nothing (%s) is said to be one" % os.path.basename(link),
              rc == 2 and link + ": error: is a symbolic link that leads to no file" in err,
              repr((rc, err)))

    # Only regular files are read: a FIFO would wait for a writer for ever.
    fifo = os.path.join(tmp, "fifo.json")
    os.mkfifo(fifo)
    for mode in (["--validate"], ["--summary"], ["--export-csv=" + os.path.join(tmp, "f.csv")]):
        try:
            rc, out, err = run(*mode, fifo)
            check("a FIFO is refused at once (%s)" % mode[0].split("=")[0],
                  rc == 2 and fifo + ": error: is not a regular file" in err, repr((rc, err)))
        except subprocess.TimeoutExpired:
            check("a FIFO is refused at once (%s)" % mode[0], False, "hung")
    rc, out, err = run("--validate", "/dev/zero")
    check("a device is refused before reading", rc == 2 and "not a regular file" in err,
          repr((rc, err)))

    # A 10 MB bad value is quoted cut, on one line.
    longval = os.path.join(tmp, "long-value.json")
    with open(os.path.join(TESTS, "data", "valid", "minimal.json"), encoding="utf-8") as f:
        text = f.read()
    with open(longval, "w", encoding="utf-8") as f:
        f.write(text.replace('"role_kind": "former-diplomat"',
                             '"role_kind": "' + "x" * 10_000_000 + '"', 1))
    rc, out, err = run("--validate", longval)
    check("a 10 MB bad value is quoted cut to a short line",
          rc == 1 and len(err) < 600 and err.count("\n") == 1 and '"xxxxxxxx' in err and
          'xxx…"' in err, repr((rc, len(err), err[:300])))

rc, out, err = run("--validate", os.path.join(TESTS, "data", "valid", "control-in-key.json"))
check("terminal escapes in a key reach the terminal only as \\u001B, one finding per line",
      rc == 0 and "\x1b" not in err and "\x07" not in err and
      '["\\u001B]0;pwned\\u0007\\u001B[2Jclear"]: unknown member' in err and
      err.count("\n") == 1, repr((rc, err)))
rc, out, err = run("--validate", invalid("control-characters"))
check("terminal escapes in a value reach the terminal only as \\u001B",
      rc == 1 and "\x1b" not in err and "\\u001B[31mred\\u000Asecond line" in err and
      err.count("\n") == 1, repr((rc, err)))
rc, out, err = run("--validate", invalid("big-integer"))
check("an integer beyond 2^53 is refused with its place", rc == 1 and
      "big-integer.json:58:27: error: the whole number 18446744073709551661 is out of range" in err,
      repr((rc, err)))

rc, out, err = run("--validate")
check("--validate without FILE exits 2", rc == 2 and "FILE" in err, repr((rc, err)))

rc, out, err = run("--no-such-option")
check("an unknown option exits 2", rc == 2 and "--no-such-option" in err, repr((rc, err)))
check("an unknown option's message names the program, then how to see the options",
      err == PROGRAM + ": Unknown option --no-such-option\n"
             "Run “" + PROGRAM + " --help” to see a full list of available command line "
             "options.\n", repr(err))
rc, out, err = run("--sheet")
check("a missing argument is a usage error named as the program",
      rc == 2 and err.startswith(PROGRAM + ": Missing argument for --sheet\n"), repr((rc, err)))

rc, out, err = run("--export-csv=/nonexistent-dir/x.csv")
check("an export into a missing folder names the file once, with the cause",
      rc == 2 and err == "/nonexistent-dir/x.csv: error: No such file or directory\n",
      repr((rc, err)))

# Every usage error is said the same way: the program's name, the
# message, then how to see the options (exit 2).
HINT = "Run “" + PROGRAM + " --help” to see a full list of available command line options.\n"
for args in (("--validate",), ("--export-pdf=",), ("--export-image=x.jpg",),
             ("--export-pdf=-", "--export-csv=-"), ("--export-pdf=x.pdf", "--export-csv=x.pdf"),
             ("--sheet=full",), ("--summary", "--validate"), ("--no-such-option",)):
    rc, out, err = run(*args)
    lines = err.splitlines(True)
    check("usage error %s: the program's name, one line, then the hint" % " ".join(args),
          rc == 2 and out == "" and len(lines) == 2 and lines[0].startswith(PROGRAM + ": ") and
          lines[1] == HINT, repr((rc, out, err)))

# Modes are exclusive; "-" is standard input and, for an export, standard output.
for modes in (("--validate", "--summary"), ("--summary", "--export-csv=x.csv"),
              ("--validate", "--export-pdf=x.pdf")):
    rc, out, err = run(*modes, BUNDLED)
    check("%s with %s is a usage error" % modes, rc == 2 and out == "" and "choose one" in err,
          repr((rc, out, err)))
with open(BUNDLED, encoding="utf-8") as f:
    bundled_text = f.read()
rc, out, err = run("--validate", "-", stdin=bundled_text)
check("--validate - reads standard input", rc == 0 and
      out == "<stdin>" + ": valid: 2 sides, 9 delegations, 40 stops; people: 72 named, 70 travelled, 2 withdrew or declined; 2 accompanying officials (2 unconfirmed)\n",
      repr((rc, out, err)))
rc, out, err = run("--validate", "-", stdin='{"format": "delegations",\n  "version": 7')
check("an error in standard input is placed in <stdin>", rc == 1 and
      err.startswith("<stdin>:2:"), repr((rc, err)))
rc, out, err = run("--export-csv=-", "-", stdin=bundled_text)
check("--export-csv=- - writes the CSV of standard input to standard output",
      rc == 0 and out.startswith("side,delegation,name,party") and out.count("\n") == 75,
      repr((rc, out[:200], err)))
rc, out, err = run_bytes("--export-pdf=-", stdin=b"")
check("--export-pdf=- writes a PDF to standard output", rc == 0 and out.startswith(b"%PDF-") and
      out.rstrip().endswith(b"%%EOF"), repr((rc, out[:20], err)))
rc, out, err = run("--export-pdf=-", "--export-csv=-")
check("both exports to standard output is a usage error", rc == 2 and out == "",
      repr((rc, out, err)))
rc, out, err = run("-")
check("the window does not read standard input", rc == 2 and "standard input" in err,
      repr((rc, err)))
rc, out, err = run("--help")
check("--help names every mode and the files", rc == 0 and "[FILE…]" in out and
      out.count("[FILE…]") == 1 and all(o in out for o in ("--validate", "--summary",
                                                           "--export-pdf", "--export-csv",
                                                           "--diff")),
      repr(out))

# Format 1.1: each member's own route in the CSV; announced beside recorded.
v11 = os.path.join(TESTS, "data", "valid", "format-1-1.json")
rc, out, err = run("--export-csv=-", v11)
rows = {r[2]: r for r in csv.reader(io.StringIO(out))}
check("the CSV lists each member's own route and membership",
      rc == 0 and rows["Beta Member"][7] ==
      "UN Headquarters, New York (United States) [unconfirmed]; "
      "Washington, D.C. (United States) [unconfirmed]" and
      rows["Alpha Leader"][7].endswith("; Paris (France) [unconfirmed]") and
      # a leg no surer than the member's being there (no source names him)
      rows["Delta Official"][7] == "UN Headquarters, New York (United States) [unconfirmed]" and
      rows["Delta Official"][8] == "accompanying" and rows["Beta Member"][8] == "member",
      repr((rc, err, list(rows.values())[:4])))
# format 1.2: how sure each member is, and what was missed apart from what
# is not known
check("the CSV says each member's certainty, missed and not-known stops",
      rows["Alpha Leader"][9] == "single-source" and rows["Beta Member"][9] == "unconfirmed" and
      rows["Beta Member"][10] == "Paris (France) [unconfirmed]" and rows["Beta Member"][11] == "",
      repr(list(rows.values())[:2]))
rc, out, err = run("--summary", v11)
check("--summary shows announced and recorded counts",
      rc == 0 and "  Announced: 4 members, 2 countries. Recorded: 2 named, 2 travelled; "
      "1 accompanying official.\n" in out and
      "  Group 1: Announced: 2 members. Recorded: 1 named, 1 travelled.\n" in out, out)

rc, out, err = run("--validate", os.path.join(TESTS, "data", "valid", "unknown-member.json"))
check("warnings go to stderr, the file is still valid",
      rc == 0 and ": valid:" in out and 'unknown member "twitter" ignored' in err,
      repr((rc, out, err)))

rc, out, err = run("--summary")
check("--summary prints the bundled dataset's routes and shared capitals",
      rc == 0 and "Group 5: Shashi Tharoor† — New York† → Georgetown† → Panama City → Bogota† → "
      "Brasilia† → Washington, D.C.†" in out and
      "Visited by both (5): EU institutions, Brussels; London; Moscow; New York (India: the "
      "city; Pakistan: UN Headquarters, New York); Washington, D.C." in out and
      "Only Pakistan (0):" in out and
      "Paris? (Planned, not visited)" in out and
      "  Announced: 59 members, 33 countries (members: political leaders and former diplomats; "
      "countries: including the EU). Recorded: 62 named, 60 travelled, 2 withdrew or declined; "
      "1 accompanying official (1 unconfirmed)." in out and
      "  About the announced figures: Sources differ" in out and
      "  Peace delegation: Announced: 9 members. Recorded: 9 named, 9 travelled; "
      "1 accompanying official (1 unconfirmed)." in out and "As of 24 Jun 2025" in out,
      repr((rc, out[:300], err)))
check("--summary prints the Background with its sources, and the marks' legend",
      "\nBackground\n  22 Apr 2025: The Pahalgam terror attack killed 26 people" in out and
      "[14, 42, 114]" in out and
      "Stated purpose of India: Present a united front against terrorism.? [122]" in out and
      "Marks: † one source only; ? unconfirmed; ≠ sources disagree." in out,
      out[-2500:])
rows = {r[2]: r for r in csv.reader(io.StringIO(run("--export-csv=-")[1]))}
check("Azad's CSV row lacks the Riyadh and Algiers legs he missed",
      rows["Ghulam Nabi Azad"][7] ==
      "Manama (Bahrain) [single-source]; Kuwait City (Kuwait) [single-source]" and
      rows["Ghulam Nabi Azad"][10] == "Riyadh (Saudi Arabia); Algiers (Algeria)" and
      "Riyadh" in rows["Baijayant 'Jay' Panda"][7], repr(rows["Ghulam Nabi Azad"]))
# nobody says the official missed anything: his other stops are not known,
# and Paris, which nobody visited, is neither
check("the accompanying official is listed in London only, the rest not known",
      rows["Adeel Mumtaz"][7] == "London (United Kingdom) [unconfirmed]" and
      rows["Adeel Mumtaz"][8] == "accompanying" and rows["Adeel Mumtaz"][10] == "" and
      rows["Adeel Mumtaz"][11] == "UN Headquarters, New York (United States); Washington, D.C. "
      "(United States); EU institutions, Brussels (European Union (Belgium))",
      repr(rows["Adeel Mumtaz"]))
check("an unconfirmed liaison officer is at no stop as a plain fact",
      rows["Varun Jeph"][7] == "" and rows["Varun Jeph"][9] == "unconfirmed" and
      rows["Varun Jeph"][11].count(";") == 5, repr(rows["Varun Jeph"]))
check("members who withdrew or declined have no route",
      rows["Yusuf Pathan"][7] == "" and rows["Sudip Bandyopadhyay"][7] == "",
      repr((rows["Yusuf Pathan"], rows["Sudip Bandyopadhyay"])))
old = os.path.join(TESTS, "data", "valid", "bundled-1-0.json")
rc, out, err = run("--summary", old)
check("the 1.0 bundled file still opens with its counts",
      rc == 0 and "  Recorded: 63 named, 60 travelled, 2 withdrew or declined, 1 unconfirmed."
      in out and "Visited by both (4): Brussels; London; Moscow; Washington, D.C." in out and
      "12 UN Security Council members visited" in out, out[:600])

# --export-image: the comparison for slides, PNG or SVG by the name's
# ending, with no display (ENV has no DISPLAY).
def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


with tempfile.TemporaryDirectory() as tmp:
    png = os.path.join(tmp, "comparison.png")
    rc, out, err = run("--export-image=" + png)
    size = png_size(png) if os.path.exists(png) else None
    check("--export-image=OUT.png writes a 16:9 PNG of at least 1920x1080, no display needed",
          rc == 0 and err == "" and size is not None and size[0] >= 1920 and size[1] >= 1080 and
          size[0] * 9 == size[1] * 16, repr((rc, err, size)))

    svg = os.path.join(tmp, "Comparison.SVG")
    rc, out, err = run("--export-image=" + svg)
    try:
        import xml.etree.ElementTree as ET
        root = ET.parse(svg).getroot()
        ns = "{http://www.w3.org/2000/svg}"
        title = root.find(ns + "title").text
        desc = root.find(ns + "desc").text
        with open(svg, encoding="utf-8") as f:
            svg_text = f.read()
        parsed = (root.tag, root.get("width"), root.get("height"), title, desc, svg_text)
    except Exception as e:  # noqa: BLE001 - reported below
        parsed = (repr(e),)
    check("--export-image=OUT.SVG writes an SVG document of vectors with its text as text",
          rc == 0 and len(parsed) == 6 and parsed[0] == "{http://www.w3.org/2000/svg}svg" and
          parsed[1:3] == ("1920px", "1080px") and parsed[5].count("<path") > 100 and
          parsed[3].startswith("Operation Sindoor outreach") and
          "<image" not in parsed[5], repr((rc, err, parsed[:5])))
    desc = parsed[4] if len(parsed) == 6 else ""
    # (isolates around dataset text; the map's legend keeps each item on
    # one line with no-break spaces)
    plain = desc.replace("\u2068", "").replace("\u2069", "").replace("\xa0", " ")
    check("the image's board: both sides' places with their dates and marks, each side's own, "
          "the marks' legend, the map's legend and where the sources are",
          "Places by side" in plain and "Both (5)" in plain and "India only (29)" in plain and
          "Pakistan only (0)" in plain and
          "London≠: India Group 2, 31 May – 3 Jun 2025; Pakistan Peace delegation, c. 8–10 Jun "
          "2025; 5 days apart (approximate)" in plain and
          "Paris† (Pakistan: planned, not visited)" in plain and
          "Marks: † one source only" in plain and "ringed: UN Security Council member" in plain and
          "Sources: 122 in the dataset" in plain and "all members" in plain, plain)

    three = os.path.join(tmp, "three.svg")
    rc, out, err = run("--export-image=" + three,
                       os.path.join(TESTS, "data", "valid", "three-sides.json"))
    with open(three, encoding="utf-8") as f:
        text = f.read().replace("\u2068", "").replace("\u2069", "")
    check("three sides: the image's board has the shared places, a column per side with places "
          "of its own, the others counted; the map says which sides it shows",
          rc == 0 and "Shared (0)" in text and "Side A only (1)" in text and
          "Side B only" not in text and "2 sides visited no place alone." in text and
          "Paris† (Side B: planned, not visited)" in text and
          "The map shows Side A and Side B; the board, every side." in text, text[-1500:])

    # Dataset text is inert: markup in a title is text, in the SVG's text
    # as in its drawing.
    with open(os.path.join(TESTS, "data", "valid", "minimal.json"), encoding="utf-8") as f:
        data = json.load(f)
    data["title"] = '<b>Bold</b> & "quoted" </desc><script>x</script>'
    marked = os.path.join(tmp, "marked.json")
    with open(marked, "w", encoding="utf-8") as f:
        json.dump(data, f)
    out_svg = os.path.join(tmp, "marked.svg")
    rc, out, err = run("--export-image=" + out_svg, marked)
    try:
        root = ET.parse(out_svg).getroot()
        got = (root.find(ns + "title").text,
               root.find(ns + "desc").text.split("\n")[0].strip("\u2068\u2069"),
               len(root.findall(".//" + ns + "script")))
    except Exception as e:  # noqa: BLE001 - reported below
        got = (repr(e),)
    check("markup in the dataset's title stays text in the SVG",
          rc == 0 and got == (data["title"], data["title"], 0), repr((rc, err, got)))

    for bad in ("comparison.jpg", "comparison", "-", "png"):
        target = os.path.join(tmp, bad) if bad != "-" else bad
        rc, out, err = run("--export-image=" + target)
        check("--export-image=%s is a usage error that says why, and writes nothing" % bad,
              rc == 2 and out == "" and "ends in neither .png nor .svg" in err and
              (bad == "-" or not os.path.exists(target)), repr((rc, out, err)))

    # The dataset itself is never the target, also under another name.
    dataset = os.path.join(tmp, "dataset.svg")
    with open(BUNDLED, "rb") as f:
        original = f.read()
    with open(dataset, "wb") as f:
        f.write(original)
    link = os.path.join(tmp, "link.png")
    os.symlink(dataset, link)
    for target in (dataset, link):
        rc, out, err = run("--export-image=" + target, dataset)
        with open(dataset, "rb") as f:
            now = f.read()
        check("--export-image refuses to write over the dataset it reads (%s)" %
              os.path.basename(target),
              rc == 2 and "this is the dataset being compared" in err and now == original,
              repr((rc, err)))

    rc, out, err = run("--export-image=" + png, "--export-pdf=" + png)
    check("two exports to one file are a usage error", rc == 2 and "the same file" in err,
          repr((rc, err)))
    rc, out, err = run("--summary", "--export-image=" + png)
    check("--export-image with --summary is a usage error", rc == 2 and "choose one" in err,
          repr((rc, err)))
rc, out, err = run("--help")
check("--help names --export-image and its formats", rc == 0 and
      "--export-image=OUT.png|OUT.svg" in out, repr(out))

# One member who attended 128 000 stops: each leg is looked up, not
# searched for along the route (quadratic, it took over two minutes).
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "legs.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(testutil.legs_dataset(TESTS, 128000), f)
    status, err, _ = testutil.run_measured([BIN, "--validate", path], 60, env=ENV)
check("a member with 128 000 legs validates within a minute", status == 0, repr((status, err)))

# --diff OLD NEW: what changed, by side and delegation; 0, 1 or 2 as diff(1).
with tempfile.TemporaryDirectory() as tmp:
    with open(BUNDLED, encoding="utf-8") as f:
        data = json.load(f)
    india = next(s for s in data["sides"] if s["name"] == "India")
    group = next(d for d in india["delegations"] if d["label"] == "Group 2")
    group["members"] = [m for m in group["members"] if m["name"] != "Priyanka Chaturvedi"]
    london = next(d for d in group["destinations"] if d.get("id") == "in-g2-london")
    london["from"], london["to"] = "2025-06-01", "2025-06-04"
    data["sources"].append({"id": "zz-new", "title": "=HYPERLINK(\"x\")", "publisher": "Q"})
    changed = os.path.join(tmp, "changed.json")
    with open(changed, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    new_number = len(data["sources"])

    rc, out, err = run("--diff", BUNDLED, BUNDLED)
    check("--diff of a file with itself: no change, exit 0",
          rc == 0 and err == "" and out == "0 changes from %s to %s\n" % (BUNDLED, BUNDLED),
          repr((rc, out, err)))

    rc, out, err = run("--diff", BUNDLED, changed)
    lines = out.split("\n")
    check("--diff reports the changes by side and delegation, with sources, exit 1",
          rc == 1 and err == "" and lines[0] == "3 changes from %s to %s" % (BUNDLED, changed) and
          ("\nThe dataset\n  source added: =HYPERLINK(\"x\") sources [%d]\n" % new_number) in out
          and "\nIndia · Group 2\n  member removed: Priyanka Chaturvedi\n"
              "  stop dates moved: London, 31 May – 3 Jun 2025 → 1–4 Jun 2025 sources [" in out,
          repr((rc, out, err)))

    rc, out, err = run("--diff", changed, BUNDLED)
    check("--diff the other way: the member added, the source removed",
          rc == 1 and "  member added: Priyanka Chaturvedi" in out and
          "  source removed: =HYPERLINK" in out, repr((rc, out, err)))

    rc, raw, err = run_bytes("--diff", "--export-csv=-", BUNDLED, changed)
    out = raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(out, newline="")))
    check("--diff --export-csv=- writes one row per change, formulas neutralised",
          rc == 1 and err == "" and out.count("\r\n") == 4 and
          rows[0] == ["side", "delegation", "kind", "subject", "field", "old", "new", "sources"]
          and len(rows) == 4 and
          rows[1] == ["", "", "source-added", "'=HYPERLINK(\"x\")", "", "", "", "zz-new"] and
          rows[2][:5] == ["India", "Group 2", "member-removed", "Priyanka Chaturvedi", ""] and
          rows[3][:7] == ["India", "Group 2", "stop-dates-moved", "London", "dates",
                          "31 May – 3 Jun 2025", "1–4 Jun 2025"] and rows[3][7] != "",
          repr((rc, out, err)))

    csv_path = os.path.join(tmp, "changes.csv")
    rc, out, err = run("--diff", "--export-csv=" + csv_path, BUNDLED, changed)
    with open(csv_path, encoding="utf-8", newline="") as f:
        written = list(csv.reader(f))
    check("--diff --export-csv=FILE writes the rows and prints the report",
          rc == 1 and len(written) == 4 and out.startswith("3 changes"), repr((rc, out, err)))

    with open(BUNDLED, encoding="utf-8") as f:
        rc, out, err = run("--diff", "-", changed, stdin=f.read())
    check("--diff reads OLD from standard input", rc == 1 and
          out.startswith("3 changes from <stdin> to "), repr((rc, out, err)))

    # one change: singular; dataset text escaped for the terminal
    data["sources"].pop()
    group["members"][0]["party"] = "Party\u202e<b>X</b>"
    renamed = os.path.join(tmp, "renamed.json")
    with open(renamed, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    rc, out, err = run("--diff", changed, renamed)
    check("--diff: one change says so; dataset text stays inert",
          rc == 1 and out.startswith("2 changes") and "Party\\u202E<b>X</b>" in out and
          "\u202e" not in out, repr((rc, out, err)))
    rc, out, err = run("--diff", renamed, renamed)
    check("--diff: no change counted as 0", rc == 0 and out.startswith("0 changes"),
          repr((rc, out, err)))
    data["sources"].append({"id": "zz-new", "title": "=HYPERLINK(\"x\")", "publisher": "Q"})
    with open(renamed, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    rc, out, err = run("--diff", changed, renamed)
    check("--diff: 1 change, singular", rc == 1 and out.startswith("1 change from "),
          repr((rc, out, err)))

    missing = os.path.join(tmp, "missing.json")
    rc, out, err = run("--diff", BUNDLED, missing)
    check("--diff: a file that cannot be read is named, exit 2",
          rc == 2 and out == "" and missing in err, repr((rc, out, err)))
    bad = invalid("wrong-format")
    rc, out, err = run("--diff", bad, BUNDLED)
    check("--diff: a file that is not a valid dataset is named, exit 2",
          rc == 2 and out == "" and err.startswith(bad + ":"), repr((rc, out, err)))
    for args in (("--diff", BUNDLED), ("--diff", BUNDLED, changed, changed),
                 ("--diff", "--summary", BUNDLED, changed),
                 ("--diff", "--export-pdf=x.pdf", BUNDLED, changed),
                 ("--diff", "-", "-"), ("--diff", "--export-csv=" + changed, BUNDLED, changed)):
        rc, out, err = run(*args)
        check("usage error: " + " ".join(a.replace(tmp, "TMP") for a in args),
              rc == 2 and out == "" and "--help" in err, repr((rc, out, err)))

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok:
        print("# " + detail.replace("\n", "\n# "))
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
