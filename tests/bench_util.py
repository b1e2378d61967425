# SPDX-License-Identifier: GPL-3.0-or-later
"""What the benchmark scripts share: a command's best time and its peak memory."""
import os
import subprocess
import time


def measure(n, argv, env=None, statuses=(0,)):
    """Best time (s) and its peak resident memory (MiB) over n runs of argv
    (each must end with one of the exit statuses given)."""
    best = None
    for _ in range(n):
        start = time.monotonic()
        child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.monotonic() - start
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) not in statuses:
            raise SystemExit("%s failed" % " ".join(argv))
        if best is None or elapsed < best[0]:
            best = (elapsed, usage.ru_maxrss / 1024)
    return best
