"""OnRecord's data layer: reading documents, extracting statements, the SQLite store.

Nothing in this package imports the terminal UI (an import-linter contract enforces it).
"""
