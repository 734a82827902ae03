"""Songjiang / G60 Corridor briefing: desktop views, presentation mode and PowerPoint export."""

__version__ = "0.1.0"
