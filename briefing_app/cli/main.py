"""`main`: parse, run the command, and turn every failure into one line and an exit code."""

from __future__ import annotations

import sys
import traceback

from ..errors import UserError
from .commands import COMMANDS
from .parser import build_parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        problems = _pack_problems(exc)
        if problems is not None:
            for problem in problems:
                print(problem, file=sys.stderr if args.command != "check" else sys.stdout)
        else:
            print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; nothing was written", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader stopped reading (`find … | head`): quietly, as a piped Unix tool does
        _silence_stdout()
        return 141
    except Exception as exc:  # a bug: still one line for the user, the details for the report
        log = _log_traceback()
        print(f"error: unexpected {type(exc).__name__}: {exc} (details in {log}; please report it)",
              file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """Point stdout at the null device, so the flush at exit does not raise on the closed pipe again."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test's captured stdout)
        pass


def _pack_problems(exc: UserError):
    """The problems of a PackError (every reason a pack did not load), else None. The model is imported
    here, not at start-up: the app paints its window before the model (pydantic) loads."""
    from ..model import PackError

    return exc.problems if isinstance(exc, PackError) else None


def _log_traceback() -> str:
    from ..logfile import write_log

    return str(write_log(traceback.format_exc()) or "no log: the cache folder is not writable")
