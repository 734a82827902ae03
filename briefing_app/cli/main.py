"""`main`: parse, run the command, and turn every failure into one line and an exit code."""

from __future__ import annotations

import sys
import traceback

from ..errors import UserError
from ..model import PackError
from .commands import COMMANDS
from .parser import build_parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except PackError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr if args.command != "check" else sys.stdout)
        return 1
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; nothing was written", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: still one line for the user, the details for the report
        log = _log_traceback()
        print(f"error: unexpected {type(exc).__name__}: {exc} (details in {log}; please report it)",
              file=sys.stderr)
        return 1


def _log_traceback() -> str:
    from ..logfile import write_log

    return str(write_log(traceback.format_exc()) or "no log: the cache folder is not writable")
