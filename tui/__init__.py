"""The terminal explorer (Textual). Importing this package does not import Textual.

Entry points: `tui.app.IpxApp(database)`, `tui.app.run(database)` and `tui.serve.serve(...)`;
`python -m tui --db URL` runs the explorer on its own (what `ipx serve` spawns per browser).

Keys can be remapped: every binding has an id (shown on the help screen, `?`); put
`id = "key"` lines in `keymap.toml` in the ipx config folder (or point `IPX_KEYMAP` at a
file), for example::

    "ipx.search" = "ctrl+f"
    "ipx.quit" = "ctrl+q"
"""
