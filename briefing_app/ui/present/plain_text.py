"""Pack text shown in Qt widgets is data, never markup: `<b>` shows as `<b>`, `&` as `&`.

Tooltips guess rich text from the first tag they see and cannot be told otherwise, so pack text goes in
as rich text that spells it out literally. Labels that mix our formatting with pack text escape the pack
parts with `html.escape` and set Qt.RichText.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` exactly as written."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""
