#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The JSON Schema accepts the bundled and valid test datasets and rejects
invalid ones that are well-formed JSON (TAP).  Uses Debian's python3-jsonschema.

Usage: test-schema.py SCHEMA TESTS_SOURCE_DIR BUNDLED_JSON
"""
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("1..0 # SKIP python3-jsonschema is not installed")
    sys.exit(0)

SCHEMA, TESTS, BUNDLED = sys.argv[1:4]
with open(SCHEMA, encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema)

results = []


def errors_of(path):
    with open(path, encoding="utf-8") as f:
        return list(validator.iter_errors(json.load(f)))


valid = [BUNDLED] + sorted(
    os.path.join(TESTS, "data", "valid", n) for n in os.listdir(os.path.join(TESTS, "data", "valid")))
for path in valid:
    errs = errors_of(path)
    results.append(("schema accepts %s" % os.path.basename(path), not errs,
                    "; ".join(e.message for e in errs[:3])))

# Rules a schema can express; cross-references and real dates are the loader's.
for name in ["missing-title", "missing-sides", "one-side", "sides-not-array", "name-wrong-type",
             "empty-name", "member-not-object", "bad-visit-status", "bad-role-kind", "bad-unsc",
             "missing-capital", "bad-colour", "approximate-not-boolean", "relative-url",
             "latitude-out-of-range", "longitude-out-of-range", "latitude-without-longitude",
             "coordinate-as-string", "date-not-iso", "wrong-format", "newer-major-version",
             "bad-version", "note-wrong-type", "bad-source-date",
             # format 1.1
             "bad-place-kind", "unsc-not-on-a-capital", "capital-without-country",
             "city-without-coordinates", "attended-and-missed", "bad-membership",
             "announced-not-whole", "announced-nothing", "announced-not-object",
             "version-plus", "version-leading-zero", "version-negative", "url-not-web",
             # format 1.2
             "bad-source-kind", "event-without-date"]:
    errs = errors_of(os.path.join(TESTS, "data", "invalid", name + ".json"))
    results.append(("schema rejects invalid/%s" % name, bool(errs), "accepted"))

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok:
        print("# " + detail)
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
