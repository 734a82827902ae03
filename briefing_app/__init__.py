"""Briefings drawn from articles: desktop views, presentation mode and PowerPoint export."""

__version__ = "0.1.0"
