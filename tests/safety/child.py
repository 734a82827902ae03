"""Running a real command in a child process under a memory limit, and measuring its peak memory.

The limit (`resource.setrlimit(RLIMIT_AS)`, set in the child before it runs) keeps a regression from taking
the shared machine's memory: a bomb that gets past the checks fails with MemoryError instead of growing to
gigabytes. The peak is the child's own maximum resident set size, from `os.wait4` (the same rusage
`getrusage(RUSAGE_CHILDREN)` sums, for this one child only).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ADDRESS_SPACE = 1536 * 2**20  # room for Python, Qt and the fonts; far below what any bomb would take


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    peak_mb: float
    seconds: float

    @property
    def lines(self) -> list[str]:
        return (self.stdout + self.stderr).splitlines()


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_limited(argv: list[str], cwd: Path, timeout: float = 120, env: dict | None = None) -> Run:
    """Run `python -m briefing_app ARGV` (or `python -c CODE` when argv starts with "-c") in `cwd`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    cmd = [sys.executable, *argv] if argv[0] == "-c" else [sys.executable, "-m", "briefing_app", *argv]
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:  # not in cwd: it must stay as it was
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env,
                                preexec_fn=_limit_memory)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
        seconds = time.perf_counter() - start
        texts = []
        for f in (out, err):
            f.seek(0)
            texts.append(f.read().decode("utf-8", errors="replace"))
    return Run(proc.returncode, *texts, usage.ru_maxrss / 1024, seconds)
