"""Runs one command and writes its wall time, CPU time and peak RSS as JSON: the benchmark's launcher.

    python bench/launch.py RESULT.json COMMAND...

Why a launcher: on Linux a child's `ru_maxrss` starts from its parent's resident size at fork and keeps it
across exec, so children started straight from the benchmark (which holds a 100× pack in memory) would all
report at least the benchmark's own size. This process is small, so what it reports is the command's own peak.

The command runs without PYTHONDONTWRITEBYTECODE, so the untimed warm-up run leaves compiled bytecode behind
as an installed app has it (pip compiles every module at install): with it set, as in some shells, every
timed run would compile each of the app's modules from source again, a cost no user pays (72 ms CPU of the
first paint on main before lazyui, 839 against 767 ms) and one the one-file baselines barely have.
"""

import json
import os
import sys
import time

result, cmd = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
pid = os.posix_spawnp(cmd[0], cmd, env)
_pid, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
with open(result, "w", encoding="utf-8") as f:
    json.dump({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "maxrss_kb": usage.ru_maxrss}, f)
sys.exit(os.waitstatus_to_exitcode(status))
