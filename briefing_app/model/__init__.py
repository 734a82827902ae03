"""The briefing data model: plain Python, no Qt, no python-pptx."""

from .format import LANGS, display, numeric_value, period_text, qualifier_text
from .pack import Pack, load_pack
from .problems import PackError, Problem

__all__ = ["LANGS", "Pack", "PackError", "Problem", "display", "load_pack",
           "numeric_value", "period_text", "qualifier_text"]
