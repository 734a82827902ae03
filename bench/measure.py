"""Timing child processes fairly on a shared machine: wall and CPU time and peak memory per run,
alternating the contenders within one run, reported as median (min–max).

CPU time (user + system of the child, from `os.wait4`) is shown beside wall time because the machine is
shared: other people's load stretches wall time, much less the CPU time a process itself spends.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # seconds, user + system of the child
    maxrss_mb: float  # peak resident memory of the child (ru_maxrss, KiB on Linux)
    stdout: str = ""


@dataclass
class Series:
    """Repeated measurements of one contender."""

    name: str
    runs: list[Run] = field(default_factory=list)

    def values(self, what: str) -> list[float]:
        return [getattr(r, what) for r in self.runs]

    def median(self, what: str = "wall") -> float:
        return statistics.median(self.values(what))

    def spread(self, what: str = "wall", scale: float = 1.0, digits: int = 0) -> str:
        """'median (min–max)' in the given scale, e.g. scale=1000 for ms."""
        vals = [v * scale for v in self.values(what)]
        fmt = f"{{:,.{digits}f}}"
        return f"{fmt.format(statistics.median(vals))} ({fmt.format(min(vals))}–{fmt.format(max(vals))})"


class ChildFailed(RuntimeError):
    pass


def run_child(cmd: list[str], env: dict[str, str] | None = None, cwd: str | None = None,
              timeout: float = 900) -> Run:
    """Run `cmd` to completion; its wall time, CPU time and peak RSS. Raises ChildFailed on a non-zero exit.

    The child is reaped with `os.wait4`, which returns the resource usage of exactly this child (unlike
    RUSAGE_CHILDREN, which would mix in every earlier child).
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=err, text=True)
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        last = (stderr.strip().splitlines() or ["(no output)"])[-1]
        raise ChildFailed(f"{' '.join(cmd[-3:])}: exit {proc.returncode}: {last}")
    return Run(wall=wall, cpu=usage.ru_utime + usage.ru_stime, maxrss_mb=usage.ru_maxrss / 1024, stdout=stdout)


def alternate(contenders: dict[str, list[str]], runs: int, env: dict[str, str] | None = None,
              warm: set[str] | None = None, progress=None) -> dict[str, Series]:
    """Run each command `runs` times, alternating A, B, A, B… so machine noise hits all alike.

    One untimed warm-up run of each contender in `warm` (default: all) first fills the disk cache.
    """
    series = {name: Series(name) for name in contenders}
    for name, cmd in contenders.items():
        if warm is None or name in warm:
            run_child(cmd, env)
    for i in range(runs):
        for name, cmd in contenders.items():
            series[name].runs.append(run_child(cmd, env))
        if progress:
            progress(f"  round {i + 1}/{runs}: " + ", ".join(
                f"{n} {s.runs[-1].wall:.2f} s" for n, s in series.items()))
    return series
