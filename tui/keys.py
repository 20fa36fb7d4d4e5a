"""Every key of the explorer, described once: its id, keys, action, footer label and help.

The BINDINGS of the app and of each screen, the footer, the help screen (`?`) and the
remapping by id in keymap.toml all come from these tables. Keys that Textual provides
itself (enter, tab, ctrl+p) are listed for the help screen only.

Importing this module does not import Textual until `bindings()` is called.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import KW_ONLY, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.binding import BindingType


@dataclass(frozen=True)
class Key:
    """One binding: ID (what keymap.toml remaps), KEYS (comma-separated), the ACTION it
    runs, LABEL in the footer (when SHOW), and HELP on the help screen. A key with no id
    is Textual's own, listed on the help screen only."""

    id: str
    keys: str
    action: str = ""
    label: str = ""
    help: str = ""
    _: KW_ONLY
    show: bool = True

    @property
    def bound(self) -> bool:
        return bool(self.id)


@dataclass(frozen=True)
class Keys:
    """The keys of one place (the app, a screen), titled as on the help screen."""

    title: str
    keys: tuple[Key, ...]
    listed: bool = True  # on the help screen

    def bindings(self) -> list[BindingType]:
        """Textual's BINDINGS for the app or a screen."""
        from textual.binding import Binding

        return [
            Binding(k.keys, k.action, k.label, show=k.show, id=k.id) for k in self.keys if k.bound
        ]

    def key(self, id: str) -> Key:
        return next(k for k in self.keys if k.id == id)


APP = Keys(
    "Everywhere",
    (
        Key(
            "ipx.search",
            "slash",
            "search",
            "Search",
            "Search everything: names, acronyms, 汉字, pinyin, initials",
        ),
        Key("ipx.help", "question_mark", "help", "Keys", "This list of keys"),
        Key(
            "ipx.history.back",
            "left_square_bracket",
            "history_back",
            "Back",
            "Back in the history (like a browser)",
            show=False,
        ),
        Key(
            "ipx.history.forward",
            "right_square_bracket",
            "history_forward",
            "Forward",
            "Forward in the history",
            show=False,
        ),
        Key(
            "ipx.refresh",
            "r",
            "refresh",
            "Refresh",
            "Reload the lists and the view (after an import)",
        ),
        Key(
            "ipx.theme", "t", "toggle_theme", "Theme", "Toggle the dark and light theme", show=False
        ),
        Key("ipx.quit", "q", "quit", "Quit", "Quit"),
        Key("", "ctrl+p", help="Command palette: find and open anything"),
    ),
)
MAIN = Keys(
    "Lists",
    (
        Key(
            "ipx.pane.organisations",
            "1",
            "pane('organisations')",
            "Organisations",
            "Organisations list",
            show=False,
        ),
        Key(
            "ipx.pane.agreements",
            "2",
            "pane('agreements')",
            "Agreements",
            "Agreements list",
            show=False,
        ),
        Key(
            "ipx.pane.officials",
            "3",
            "pane('officials')",
            "Officials",
            "Officials list",
            show=False,
        ),
        Key(
            "ipx.pane.review",
            "4",
            "pane('review')",
            "Review",
            "Review: what ipx doubts, most worth a look first",
            show=False,
        ),
        Key(
            "ipx.pane.timeline",
            "5",
            "pane('timeline')",
            "Timeline",
            "Timeline: every agreement by date, under a chart per year",
            show=False,
        ),
        Key("ipx.filter", "f", "filter", "Filter", "Filter the lists (as you type)"),
        Key(
            "ipx.filter.clear",
            "escape",
            "clear_filter",
            "Clear filter",
            "Clear the filter",
            show=False,
        ),
        Key("ipx.sources", "s", "sources", "Sources", "Source sentences of the highlighted entity"),
        Key("ipx.path", "p", "path", "Path", "Path from the highlighted entity to another"),
        Key("", "enter", help="Open the highlighted row"),
        Key("", "tab", help="Next widget"),
    ),
)
DETAIL = Keys(
    "Detail view",
    (
        Key(
            "ipx.back",
            "escape,backspace",
            "back",
            "Back",
            "Back (to the lists from the first view)",
        ),
        Key(
            "ipx.detail.sources",
            "s",
            "sources",
            "Sources",
            "Source sentences of the highlighted fact",
        ),
        Key("ipx.detail.path", "p", "path", "Path to…", "Path from this entity to another"),
        Key("ipx.merge", "m", "merge", "Merge", "Merge a duplicate into this entity"),
        Key("ipx.split", "u", "split", "Split", "Split a merge of this entity"),
        Key("", "enter", help="Follow the link / show the sources"),
    ),
)
SEARCH = Keys(
    "Search",
    (
        Key("ipx.search.close", "escape", "dismiss_none", "Close", "Close the search"),
        Key(
            "ipx.search.results",
            "down",
            "to_results",
            "Results",
            "Move into the results",
            show=False,
        ),
        Key("", "enter", help="Open the result"),
    ),
)
SOURCES = Keys(
    "Sources",
    (Key("ipx.sources.close", "escape,q,s", "close", "Close", "Close the sources"),),
    listed=False,
)
CONFIRM = Keys(
    "Confirmation",
    (
        Key("ipx.confirm.yes", "y", "answer(True)", "Yes", "Yes"),
        Key("ipx.confirm.no", "n,escape", "answer(False)", "No", "No"),
    ),
    listed=False,
)
PICK_MERGE = Keys(
    "Split a merge",
    (Key("ipx.pick.close", "escape", "close", "Close", "Close without splitting"),),
    listed=False,
)
REVIEW = Keys(
    "Review (key 4)",
    (
        Key("ipx.review.accept", "a", "judge('accept')", "Accept", "Accept: it is right"),
        Key(
            "ipx.review.reject",
            "x",
            "judge('reject')",
            "Reject",
            "Reject: it goes, and is not read from the same documents again",
        ),
        Key(
            "ipx.review.reject_why",
            "X",
            "reject_why",
            "Reject, why",
            "Reject, saying why",
            show=False,
        ),
        Key("ipx.review.merge", "m", "judge('merge')", "Merge", "Merge the pair into one"),
        Key(
            "ipx.review.distinct",
            "n",
            "judge('distinct')",
            "Not same",
            "Not the same: the pair is never suggested or merged again",
        ),
        Key(
            "ipx.review.edit",
            "e",
            "edit",
            "Edit",
            "Edit: rename, or fix a title, a date, the parties, a role's organisation",
        ),
        Key("ipx.review.undo", "u", "undo", "Undo", "Undo your latest judgement"),
    ),
)
REVIEW_FORM = Keys(
    "Edit a review item",
    (
        Key("ipx.review.form.close", "escape", "close", "Cancel", "Close without judging"),
        Key("", "enter", help="Save: judge with what the fields hold"),
    ),
    listed=False,
)
PATH = Keys(
    "Path", (Key("ipx.path.close", "escape", "close", "Close", "Close the path"),), listed=False
)
HELP = Keys(
    "Keys",
    (Key("ipx.help.close", "escape,q,question_mark", "close", "Close", "Close this list"),),
    listed=False,
)
ALL = (APP, MAIN, REVIEW, DETAIL, SEARCH, SOURCES, CONFIRM, PICK_MERGE, PATH, HELP, REVIEW_FORM)

KEYMAP_NOTE = (
    'Remap any key by its id: put lines like  "ipx.search" = "ctrl+f"  in keymap.toml '
    "in the ipx config folder, or in the file named by IPX_KEYMAP."
)

#: a help screen row: the keys in force, what they do, the binding id
HelpRow = tuple[str, str, str]


def help_groups(
    keymap: Mapping[str, str], display: Callable[[str], str]
) -> list[tuple[str, list[HelpRow]]]:
    """Every listed key by where it works, with the keys in force after KEYMAP; DISPLAY
    writes one key as the footer does (ctrl+f -> ^f)."""
    groups = []
    for place in ALL:
        if not place.listed:
            continue
        rows = []
        for k in place.keys:
            if not k.bound:
                rows.append((k.keys, k.help, ""))
                continue
            keys = keymap.get(k.id, k.keys)
            rows.append((", ".join(display(x.strip()) for x in keys.split(",")), k.help, k.id))
        groups.append((place.title, rows))
    return groups


def keymap_path() -> Path:
    env = os.environ.get("IPX_KEYMAP")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("ipx", appauthor=False)) / "keymap.toml"


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """{binding id: keys} from a TOML file; a missing or broken file is an empty keymap."""
    path = path or keymap_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}
