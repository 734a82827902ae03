"""Work around PySide6 6.12 on Python 3.11 returning None from void methods without a new reference.

Every `painter.save()`, `setPen()`… then lowers None's reference count by one, and after a few thousand
calls the interpreter aborts with "none_dealloc: deallocating None". Python 3.12 made None immortal;
on older versions we give None a reference count no show can exhaust.
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def keep_none_alive() -> None:
    """Add 2**40 references to None once (a no-op on Python ≥ 3.12, where None is immortal)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _done = True


keep_none_alive()
