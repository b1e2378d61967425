#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A right-to-left catalogue (one that translates "default:LTR" as
"default:RTL") opens every line of a translation that starts with a %s (a
name from the dataset) with U+200F RIGHT-TO-LEFT MARK, so that the line reads
right to left whatever the name's script, and translates the route's arrow
to point left.  Prints the offending messages; exits 1 when there are any,
0 otherwise (also for a left-to-right catalogue).

Usage: check-rtl-po.py FILE.po
"""
import re
import sys
import unicodedata


def messages(path):
    """(msgctxt, msgid, [msgstr…]) of each entry, escapes resolved."""
    entry, field = {}, None
    for line in open(path, encoding="utf-8").read().split("\n") + [""]:
        if not line.strip():
            if "msgid" in entry:
                yield entry.get("msgctxt"), entry["msgid"], [v for k, v in sorted(entry.items())
                                                             if k.startswith("msgstr")]
            entry, field = {}, None
            continue
        if line.startswith("#"):
            continue
        m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) (".*")$', line)
        if m:
            field = m.group(1)
            entry[field] = ""
            line = m.group(2)
        entry[field] += bytes(line[1:-1], "utf-8").decode("unicode_escape").encode(
            "latin-1").decode("utf-8")


def starts_with_argument(text):
    i = 0
    while i < len(text):
        if re.match(r"%(\d+\$)?s", text[i:]):
            return True
        if text[i] == "<":  # markup
            end = text.find(">", i)
            i = end + 1 if end > 0 else i + 1
            continue
        if unicodedata.bidirectional(text[i]) in ("L", "R", "AL"):
            return False
        i += 1
    return False


entries = list(messages(sys.argv[1]))
rtl = any(mid == "default:LTR" and strs == ["default:RTL"] for _, mid, strs in entries)
bad = []
for ctx, mid, strs in entries:
    if not rtl or not mid or ctx == "date format":
        continue
    for s in strs:
        for line in s.split("\n"):
            if starts_with_argument(line) and not line.lstrip(" ").startswith("\u200f"):
                bad.append("%r: line %r does not start with U+200F" % (mid, line))
        if mid == " → " and s != " ← ":
            bad.append("%r: the arrow of a right-to-left route points left: %r" % (mid, s))
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
