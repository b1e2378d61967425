#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The man page against the program (TAP): every long option that
`delegations --help-all` lists is under OPTIONS, every exit status the
code defines (DLG_EXIT_* in src/dlg-cli.h) under EXIT STATUS, every
environment variable the code reads (g_getenv) under ENVIRONMENT, and
FILES and SEE ALSO name the installed FORMAT.md.  groff -ww and
man --warnings print nothing on it (each skips when its tool is missing).

Usage: test-man.py DELEGATIONS_BINARY MAN_PAGE SOURCE_ROOT FORMAT_MD_PATH"""
import glob
import os
import re
import shutil
import subprocess
import sys

import testutil

BIN, PAGE, SRC, FORMAT_MD = sys.argv[1:5]
tap = testutil.Tap()
check = tap.check
skip = tap.skip


with open(PAGE, encoding="utf-8") as f:
    roff = f.read()


def plain(text):
    """The page's words with roff's escapes and font macros taken out"""
    text = text.replace("\\-", "-").replace("\\c\n", "").replace("\\(mu", "x")
    text = re.sub(r"\\f[BIRP]", "", text)
    return re.sub(r"^\.(B|I|BI|IB|BR|RB|IR|RI) ", "", text, flags=re.M)


def section(name):
    """The text of one .SH section, made plain"""
    m = re.search(r"^\.SH \"?%s\"?\n(.*?)(?=^\.SH |\Z)" % re.escape(name), roff, re.M | re.S)
    return plain(m.group(1)) if m else None


# OPTIONS: what --help-all lists (in the C locale, untranslated)
env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
env.pop("DISPLAY", None)
env.pop("WAYLAND_DISPLAY", None)
r = subprocess.run([BIN, "--help-all"], capture_output=True, text=True, env=env, timeout=60)
options = re.findall(r"^\s+(?:-\w, )?(--[a-z][a-z-]*)", r.stdout, re.M)
options_text = section("OPTIONS") or ""
p = [] if r.returncode == 0 and len(options) >= 8 else \
    ["--help-all exited %d and listed %r" % (r.returncode, options)]
for opt in options:
    # as an item of its own: a line under OPTIONS that starts with the
    # option (after its short form, as in "-h, --help")
    if not re.search(r'^(?:-\w[", ]*)?%s(?![a-z-])' % re.escape(opt), options_text, re.M):
        p.append("%s is not under OPTIONS" % opt)
check("every long option of --help-all is under OPTIONS (%d)" % len(options), p)

# EXIT STATUS: each DLG_EXIT_* value, as a tagged paragraph
with open(os.path.join(SRC, "src", "dlg-cli.h"), encoding="utf-8") as f:
    codes = sorted(set(re.findall(r"#define DLG_EXIT_\w+ (\d+)", f.read())))
status_text = section("EXIT STATUS") or ""
p = [] if codes else ["no DLG_EXIT_* in src/dlg-cli.h"]
for code in codes:
    if not re.search(r"^%s\n\S" % code, status_text, re.M):
        p.append("exit status %s is not under EXIT STATUS" % code)
check("every exit status of src/dlg-cli.h is under EXIT STATUS (%s)" % ", ".join(codes), p)

# ENVIRONMENT: each variable the program reads itself
names = set()
for path in glob.glob(os.path.join(SRC, "src", "**", "*.c"), recursive=True):
    with open(path, encoding="utf-8") as f:
        names.update(re.findall(r'g_getenv \("([A-Z_]+)"\)', f.read()))
env_text = section("ENVIRONMENT") or ""
p = [] if names else ["no g_getenv in src/"]
p += ["%s is not under ENVIRONMENT" % n for n in sorted(names)
      if not re.search(r"^%s\b" % n, env_text, re.M)]
check("every variable the code reads is under ENVIRONMENT (%s)" % ", ".join(sorted(names)), p)

# FILES and SEE ALSO: the installed format description
p = []
for name in ("FILES", "SEE ALSO"):
    text = section(name)
    if text is None:
        p.append("no %s section" % name)
    elif FORMAT_MD not in text:
        p.append("%s does not name %s" % (name, FORMAT_MD))
check("FILES and SEE ALSO name the installed %s" % FORMAT_MD, p)
check("SEE ALSO names the help (help:com.example.Delegations)",
      [] if "help:com.example.Delegations" in (section("SEE ALSO") or "") else
      ["not in SEE ALSO"])

# The formatters' warnings: any output fails (both exit 0 on warnings)
if shutil.which("groff"):
    r = subprocess.run(["groff", "-ww", "-man", "-z", PAGE], capture_output=True, text=True,
                       timeout=60)
    out = (r.stdout + r.stderr).strip()
    check("groff -ww -man -z prints nothing", [] if r.returncode == 0 and not out else
          ["exit %d" % r.returncode] + out.splitlines())
else:
    skip("groff -ww -man -z prints nothing", "groff is not installed")
if shutil.which("man"):
    r = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", PAGE], capture_output=True,
                       text=True, env=dict(env, MANPAGER="cat", PAGER="cat", MANWIDTH="80"),
                       timeout=60)
    out = r.stderr.strip()
    check("man --warnings -l prints no warning", [] if r.returncode == 0 and not out else
          ["exit %d" % r.returncode] + out.splitlines())
else:
    skip("man --warnings -l prints no warning", "man is not installed")

sys.exit(tap.finish())
