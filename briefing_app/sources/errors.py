"""The one error a reader raises: a file that cannot be converted, said in one line that names it."""

from __future__ import annotations

from ..errors import UserError


class ConversionError(UserError):
    """The file cannot be read as an article; `str(error)` is the line the user reads."""
