# SPDX-License-Identifier: GPL-3.0-or-later
"""What the Python tests share: deadlines that scale with the machine, and
TAP output for a list of named checks.

A deadline in a test bounds the wait for a condition; it is never a speed
target.  It scales with DLG_TEST_TIMEOUT_SCALE, which build-aux sets to the
same factor as meson's --timeout-multiplier (meson passes that factor to no
test)."""
import json
import os
import subprocess
import tempfile
import threading


def scale():
    """The factor every deadline is multiplied by (at least 1)"""
    try:
        return max(1.0, float(os.environ.get("DLG_TEST_TIMEOUT_SCALE", "1")))
    except ValueError:
        return 1.0


def seconds(n):
    """n seconds, scaled"""
    return n * scale()


def run_measured(argv, timeout, env=None):
    """Runs argv until it ends or the (scaled) timeout kills it.  Returns
    (exit status, or None when killed at the deadline; its standard error;
    its peak resident memory in MiB)."""
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=err)
        expired = threading.Event()

        def kill():
            expired.set()
            child.kill()

        timer = threading.Timer(seconds(timeout), kill)
        timer.start()
        _, status, usage = os.wait4(child.pid, 0)
        timer.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return (None if expired.is_set() else child.returncode), stderr, usage.ru_maxrss / 1024


def legs_dataset(tests_dir, n):
    """format-1-1.json with one member attending n stops of its delegation
    (checking legs was quadratic in their number)"""
    with open(os.path.join(tests_dir, "data", "valid", "format-1-1.json"), encoding="utf-8") as f:
        legs = json.load(f)
    route = legs["sides"][0]["delegations"][0]
    route["destinations"] = [dict(route["destinations"][0], id="leg%d" % i) for i in range(n)]
    for m in route["members"]:
        m.pop("missed", None)
        m.pop("attended", None)
    route["members"][1]["attended"] = [{"destination": "leg%d" % i} for i in range(n)]
    return legs


class Tap:
    """Named checks, printed as TAP at the end: a check passes when its
    list of problems is empty (or None, as a skip's is)."""

    def __init__(self):
        self.results = []

    def check(self, name, problems):
        self.results.append((name, problems))

    def skip(self, name, why):
        self.results.append(("%s # SKIP %s" % (name, why), None))

    def finish(self):
        """Prints the TAP lines and returns the exit status."""
        fail = False
        for i, (name, problems) in enumerate(self.results, 1):
            if problems:
                fail = True
                print("not ok %d - %s" % (i, name))
                for line in problems:
                    print("# " + line)
            else:
                print("ok %d - %s" % (i, name))
        print("1..%d" % len(self.results))
        return 1 if fail else 0
