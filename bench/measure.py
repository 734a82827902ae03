"""Timing child processes fairly on a shared machine: wall and CPU time and peak memory per run,
alternating the contenders within one run, reported as median (min–max).

CPU time (user + system of the child, from `os.wait4` in launch.py) is shown beside wall time because the machine is
shared: other people's load stretches wall time, much less the CPU time a process itself spends.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
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


LAUNCHER = Path(__file__).resolve().parent / "launch.py"


def run_child(cmd: list[str], env: dict[str, str] | None = None, cwd: str | None = None,
              timeout: float = 1800) -> Run:
    """Run `cmd` to completion; its wall time, CPU time and peak RSS. Raises ChildFailed on a non-zero exit.

    The command runs under `launch.py`, which reaps it with `os.wait4` and reports exactly its resource usage
    (not mixed with earlier children, and not inflated by this process's own size; see launch.py).
    """
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp, \
            open(Path(tmp) / "out", "w+", encoding="utf-8") as out, \
            open(Path(tmp) / "err", "w+", encoding="utf-8") as err:
        result = Path(tmp) / "usage.json"
        proc = subprocess.Popen([sys.executable, str(LAUNCHER), str(result), *cmd], env=env, cwd=cwd,
                                stdout=out, stderr=err, text=True)
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise ChildFailed(f"{' '.join(cmd[-3:])}: timed out after {timeout:.0f} s") from None
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
        usage = json.loads(result.read_text()) if result.exists() else None
    if code != 0 or usage is None:
        last = (stderr.strip().splitlines() or ["(no output)"])[-1]
        raise ChildFailed(f"{' '.join(cmd[-3:])}: exit {code}: {last}")
    return Run(wall=usage["wall"], cpu=usage["cpu"], maxrss_mb=usage["maxrss_kb"] / 1024, stdout=stdout)


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
