"""The explorer's pure parts: history, breadcrumb, columns cut by display width."""

from __future__ import annotations

from rich.cells import cell_len

from store.views.refs import Ref
from tui.history import History
from tui.render import fit
from tui.screens.detail import breadcrumb_text


def test_history_back_forward_and_trail() -> None:
    h: History[str] = History()
    assert h.current is None and not h.can_back and not h.can_forward
    for x in ("tang", "ipos", "wipo"):
        h.visit(x)
    assert h.trail == ["tang", "ipos", "wipo"]
    assert h.back() == "ipos" and h.can_forward
    assert h.forward() == "wipo" and not h.can_forward
    h.back()
    h.back()
    h.visit("cnipa")  # a new visit after going back drops the forward entries
    assert h.trail == ["tang", "cnipa"] and not h.can_forward
    assert h.back() == "tang"
    assert h.back() is None  # home
    assert h.back() is None and h.forward() == "tang"


def test_history_visiting_current_is_a_no_op_and_limit() -> None:
    h: History[int] = History(limit=3)
    h.visit(1)
    h.visit(1)
    assert len(h) == 1
    for i in range(2, 6):
        h.visit(i)
    assert h.trail == [3, 4, 5]
    h.replace(9)
    assert h.current == 9


def test_history_equality_by_kind_and_id() -> None:
    h: History[Ref] = History()
    h.visit(Ref("person", 1, "Daren Tang"))
    h.visit(Ref("person", 1, "邓鸿森"))
    assert len(h) == 1


def test_breadcrumb_drops_from_the_left() -> None:
    assert breadcrumb_text(["Daren Tang", "IPOS", "WIPO"], 80).plain == "Daren Tang › IPOS › WIPO"
    short = breadcrumb_text(["Daren Tang", "IPOS", "WIPO", "CNIPA"], 16).plain
    assert short.startswith("…") and short.endswith("CNIPA") and cell_len(short) <= 16


def test_columns_cut_by_display_width() -> None:
    cut = fit("新加坡知识产权局", 7)
    assert cell_len(cut.plain) == 7 and cut.plain.endswith("…")
    padded = fit("邓鸿森", 10)
    assert cell_len(padded.plain) == 10
