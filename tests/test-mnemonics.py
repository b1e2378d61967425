#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Mnemonics (Alt+letter) in every language: no two in one scope share a
key, and a translation in a script without Latin letters (Hindi, Urdu)
carries no Latin mnemonic such as "(_V)", which only a Latin keyboard
layout could type (TAP).

A scope is what one Alt+key press searches: the window (the view
buttons, the filter bar, the side panes, the message bar, the Overview),
each menu and submenu of the main menu, the print dialog's own tab, each
file chooser.  Labels come from the .ui files (a translatable label with
use-underline) and from the C files that make buttons with mnemonics.

Usage: test-mnemonics.py SOURCE_ROOT
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = sys.argv[1]
UI = os.path.join(ROOT, "resources")
# scripts with no Latin letters: their mnemonics are their own letters
NATIVE = ("hi", "ur")
# C files whose _("...") strings with a mnemonic are labels, and their scope
C_SCOPES = {
    "src/ui/dlg-leaders.c": "window",
    "src/ui/dlg-print-operation.c": "the print dialog's tab",
    "src/ui/dlg-window-load.c": "the Open file chooser",
    "src/ui/dlg-window-print.c": "the Export file chooser",
}
# .ui files that are windows of their own; the rest are parts of the window
UI_WINDOWS = {"dlg-print-preview.ui": "the print preview"}


def mnemonic(label):
    """The character after the label's mnemonic underscore, or None"""
    m = re.search(r"(?<!_)(?:__)*_([^_])", label)
    return m.group(1) if m else None


def ui_labels():
    """(scope, msgid) of every label with a mnemonic in the .ui files"""
    out = []
    for folder, _, files in os.walk(UI):
        for name in sorted(files):
            if not name.endswith(".ui"):
                continue
            tree = ET.parse(os.path.join(folder, name))
            window = UI_WINDOWS.get(name, "window")
            for obj in tree.iter("object"):
                props = {p.get("name"): p for p in obj.findall("property")}
                label = props.get("label")
                underline = props.get("use-underline")
                if (label is not None and label.get("translatable") == "yes" and
                        underline is not None and underline.text.strip() in ("true", "1", "yes")):
                    out.append((window, label.text))

            def walk(menu, scope):
                for section in menu.findall("section"):
                    walk(section, scope)
                for child in menu:
                    if child.tag not in ("item", "submenu"):
                        continue
                    for attr in child.findall("attribute"):
                        if attr.get("name") == "label" and attr.get("translatable") == "yes":
                            out.append((scope, attr.text))
                            if child.tag == "submenu":
                                walk(child, "the %s submenu" % attr.text.replace("_", ""))

            for menu in tree.iter("menu"):
                walk(menu, "the menu %s" % menu.get("id"))
    return out


def c_labels():
    out = []
    for path, scope in C_SCOPES.items():
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            text = f.read()
        for s in re.findall(r'\b_\("((?:[^"\\]|\\.)*)"\)', text):
            if mnemonic(s) is not None and not re.search(r"%|\\n", s):
                out.append((scope, s))
    return out


def po_strings(path):
    """{msgid: msgstr} of a catalogue's singular, context-free, translated
    strings that are not fuzzy"""
    out = {}
    with open(path, encoding="utf-8") as f:
        entries = f.read().split("\n\n")
    for entry in entries:
        if "#, fuzzy" in entry or "msgctxt" in entry or "msgid_plural" in entry:
            continue
        fields = {}
        key = None
        for line in entry.splitlines():
            m = re.match(r'(msgid|msgstr) "(.*)"$', line)
            if m:
                key = m.group(1)
                fields[key] = m.group(2)
            elif key and re.match(r'"(.*)"$', line):
                fields[key] += line[1:-1]
        if fields.get("msgid") and fields.get("msgstr"):
            unescape = lambda s: s.replace('\\"', '"').replace("\\\\", "\\")
            out[unescape(fields["msgid"])] = unescape(fields["msgstr"])
    return out


labels = ui_labels() + c_labels()
scopes = {}
for scope, msgid in labels:
    scopes.setdefault(scope, []).append(msgid)
with open(os.path.join(ROOT, "po", "LINGUAS"), encoding="utf-8") as f:
    langs = [w for line in f if not line.startswith("#") for w in line.split()]

results = []
results.append(("the sources hold labels with mnemonics in the window, the menus and the "
                "print dialog (%d in %d scopes)" % (len(labels), len(scopes)),
                len(scopes) >= 4 and len(scopes.get("window", [])) >= 8, repr(scopes)))
for lang in ["en"] + langs:
    table = po_strings(os.path.join(ROOT, "po", lang + ".po")) if lang != "en" else {}
    clashes = []
    latin = []
    untranslated = []
    for scope, msgids in sorted(scopes.items()):
        keys = {}
        for msgid in msgids:
            text = table.get(msgid)
            if lang != "en" and text is None:
                untranslated.append(msgid)
                continue
            text = text or msgid
            key = mnemonic(text)
            if key is None:
                continue
            if lang in NATIVE and re.match(r"[A-Za-z]", key):
                latin.append(text)
            keys.setdefault(key.lower(), []).append(text)
        for key, texts in keys.items():
            if len(texts) > 1:
                clashes.append("%s: %s share %r" % (scope, " and ".join(texts), key))
    note = (" (not translated yet, not checked: %s)" % ", ".join(untranslated)
            if untranslated else "")
    results.append(("%s: no two mnemonics of one scope share a key%s" % (lang, note),
                    not clashes, "\n".join(clashes)))
    if lang in NATIVE:
        results.append(("%s: mnemonics are letters of the script, no Latin \"(_X)\"" % lang,
                        not latin, "\n".join(latin)))

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        print("# " + detail.replace("\n", "\n# "))
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
