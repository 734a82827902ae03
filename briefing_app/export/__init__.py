"""Exports to files: data tables (CSV/JSON/XLSX) and decks. Nothing here imports Qt."""
