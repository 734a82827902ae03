"""Typography without Qt: which script a character is, where a line may break, which fonts measure it.

The slide model wraps every text with these rules, the PPTX writer tags runs by script with them, and the
Qt painter wraps what it must wrap itself (chart labels) with the same rules and Qt's own metrics.
"""

from .breaking import NO_LINE_END, NO_LINE_START, tokens, unwrap, wrap
from .script import has_cjk, is_cjk, is_wide

__all__ = ["NO_LINE_END", "NO_LINE_START", "has_cjk", "is_cjk", "is_wide", "tokens", "unwrap", "wrap"]
