"""The terminal explorer (Textual). Importing this package does not import Textual.

Entry points: `tui.app.IpxApp(database)`, `tui.app.run(database)` and `tui.serve.serve(...)`;
`ipx serve` runs `python -m ipx --db URL` for each browser tab.

Every key is described once, in tui.keys. Keys can be remapped: every binding has an id
(shown on the help screen, `?`); put `id = "key"` lines in `keymap.toml` in the ipx config
folder (or point `IPX_KEYMAP` at a file), for example::

    "ipx.search" = "ctrl+f"
    "ipx.quit" = "ctrl+q"
"""
