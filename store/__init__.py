"""The store: SQLModel tables, sessions, the search index and every query the CLI and TUI share.

Nothing here imports `tui` or `importers`.
"""
