"""Problems found in a pack, reported as `FILE:LINE: field.path: message` (one per line);
warnings as `FILE:LINE: field.path: warning: message`."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UserError


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    path: str
    message: str
    warning: bool = False  # a warning is printed by `check` but does not stop the pack loading

    def __str__(self) -> str:
        kind = "warning: " if self.warning else ""
        return f"{self.file}:{self.line}: {self.path}: {kind}{self.message}"


class PackError(UserError):
    """A pack could not be loaded; `problems` says every reason found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
