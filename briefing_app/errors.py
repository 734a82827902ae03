"""The one error convention of every command: something the user can fix, said in one line, exit 1.

Lower layers raise a `UserError` subclass with a message that names the file or option at fault; the
command layer prints it and exits 1. Anything else is a bug, reported by the command layer's last resort.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or an unusable output path; `str(error)` is the line the user reads."""


class UsageError(UserError):
    """A bad option value."""
