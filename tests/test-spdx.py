#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every tracked source file names its licence in an SPDX line near its top,
in its own comment syntax (TAP).  Every tracked file is either a kind of
source listed here or exempt for a reason given here: a new kind of file
fails until it is placed in one list or the other.
Usage: test-spdx.py SOURCE_ROOT.  Skips outside a git checkout."""
import fnmatch
import os
import subprocess
import sys

LINE = "SPDX-License-Identifier: GPL-3.0-or-later"
HASH = "# " + LINE
C = "/* " + LINE + " */"
XML = "<!-- " + LINE + " -->"
ROFF = '.\\" ' + LINE

# First match wins.  A pattern with a slash matches the path from the top,
# one without matches the file's name.
EXEMPT = [
    ("tests/data/*", "test inputs (but their generator, *.py): the tests read their bytes"),
    ("docs/reference/*", "the sourced facts and the article the dataset is made from"),
    ("data/land-110m.txt", "map data converted from Natural Earth, with its own notice"),
    ("COPYING", "the licence's own text, verbatim"),
    ("NEWS", "made from the metainfo by appstreamcli; test-news compares them"),
    ("*.json", "JSON has no comments"),
    ("*.po", "translations"),
    ("*.png", "images"),
    ("*.md", "prose; the licence is in COPYING and README"),
]
# Matched with any ".in" endings taken off (a template is its kind of file:
# x.desktop.in, x.metainfo.xml.in.in, po/POTFILES.in).
SOURCE = [
    ("*.c", C), ("*.h", C), ("*.css", C),
    ("*.xml", XML), ("*.ui", XML), ("*.svg", XML), ("*.page", XML),
    ("*.py", HASH), ("*.sh", HASH), ("meson.build", HASH), ("meson_options.txt", HASH),
    ("*.desktop", HASH), ("*.service", HASH),
    ("*.yml", HASH), ("*.yaml", HASH), ("*.supp", HASH), ("*.dict", HASH),
    ("po/POTFILES", HASH), ("LINGUAS", HASH),
    (".ci/run", HASH), (".editorconfig", HASH), (".gitignore", HASH),
    ("*.1", ROFF),
]


def match(path, pattern):
    if "/" in pattern:
        return fnmatch.fnmatchcase(path, pattern)
    return fnmatch.fnmatchcase(os.path.basename(path), pattern)


def kind(path):
    template = path
    while template.endswith(".in"):
        template = template[:-3]
    if match(template, "tests/data/*.py"):
        return HASH, "the test data's generator"
    for pattern, reason in EXEMPT:
        if match(template, pattern):
            return None, reason
    for pattern, form in SOURCE:
        if match(template, pattern):
            return form, pattern
    return None, None


def has_line(path, form):
    """The line, alone, among the first lines after any #! line or XML
    declaration (a copyright line may stand before it)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        head = [f.readline().rstrip("\n") for _ in range(4)]
    if head[0].startswith("#!") or head[0].startswith("<?xml"):
        head = head[1:]
    return form in head[:2]


def main():
    root = sys.argv[1]
    try:
        top = subprocess.run(["git", "-C", root, "rev-parse", "--show-toplevel"],
                             capture_output=True, check=True, text=True).stdout.strip()
        out = subprocess.run(["git", "-C", root, "ls-files", "-z"], capture_output=True,
                             check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        top = None
    if top is None or os.path.realpath(top) != os.path.realpath(root):
        print("1..0 # SKIP not a git checkout (or git is not installed)")
        return 0
    files = [f for f in out.decode("utf-8").split("\0")
             if f and os.path.isfile(os.path.join(root, f))]
    if not files:
        print("1..0 # SKIP git lists no files here")
        return 0
    n = 0
    fail = 0

    def check(name, good, detail=""):
        nonlocal n, fail
        n += 1
        if good:
            print("ok %d - %s" % (n, name))
        else:
            fail = 1
            print("not ok %d - %s" % (n, name))
            for line in detail.splitlines():
                print("# " + line)

    unknown = []
    missing = []
    sources = 0
    exempt = 0
    for path in sorted(files):
        form, why = kind(path)
        if form is None and why is None:
            unknown.append(path)
        elif form is None:
            exempt += 1
        else:
            sources += 1
            if not has_line(os.path.join(root, path), form):
                missing.append("%s (wants: %s)" % (path, form))
    check("every tracked file is a known kind of source (%d files) or exempt (%d files)"
          % (sources, exempt), not unknown,
          "place these in SOURCE or EXEMPT in tests/test-spdx.py:\n" + "\n".join(unknown))
    check("every source file (%d) has its SPDX line near the top" % sources, not missing,
          "%d without it:\n" % len(missing) + "\n".join(missing))
    print("1..%d" % n)
    return fail


sys.exit(main())
