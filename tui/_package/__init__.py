"""The `onrecord` import package: the one top-level name OnRecord installs.

The repository keeps `db/` and `tui/` at its top; pyproject.toml maps them to
`onrecord.db` and `onrecord.tui`, and this folder to `onrecord` itself, so nothing
named `db` or `tui` lands in site-packages. Kept empty: importing `onrecord.db`
must not load the terminal side.
"""
