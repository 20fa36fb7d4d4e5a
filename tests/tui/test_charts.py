"""Charts drawn as text (tui/charts.py): every bar labelled with its count and its year, the
chart within the width it is given, and what it leaves out said beside it."""

from __future__ import annotations

from rich.text import Text

from store.views.charts import Span, span_chart, year_chart
from tui.charts import Axis, year_chart_lines


def _plain(lines: list[Text]) -> list[str]:
    return [line.plain for line in lines]


def test_every_bar_has_its_count_over_it_and_its_year_under_it() -> None:
    chart = year_chart([("2015", "mou"), ("2016-03", "mou"), ("2016", "pph"), ("2018", "pph")])
    lines = _plain(year_chart_lines(chart, 76))
    years = next(line for line in lines if "2015" in line)
    assert years.split() == ["2015", "2016", "2017", "2018"]
    axis = next(i for i, line in enumerate(lines) if line.startswith("─"))
    counts = [w for line in lines[:axis] for w in line.split() if w.isdigit()]
    assert sorted(counts) == ["1", "1", "2"]  # 2017 had none: no bar and no count
    assert any("█" in line for line in lines) and any("▓" in line for line in lines)
    assert lines[-1] == "█ MoU  ▓ PPH  4 agreements, 2015–2018"


def test_bars_are_exact_when_the_highest_fits_the_rows() -> None:
    chart = year_chart([("2020", "mou")] * 2 + [("2021", "mou")])
    lines = _plain(year_chart_lines(chart, 40, rows=4))
    bars = [line for line in lines if "█" in line]
    assert len(bars) == 4  # two rows an agreement
    assert sum(1 for line in bars if line.strip().startswith("█") and line.count("█") > 5) == 2


def test_the_chart_keeps_within_its_width() -> None:
    chart = year_chart([(f"{1990 + i % 30}", "mou") for i in range(200)])
    for room in (20, 40, 76, 118):
        for line in year_chart_lines(chart, room):
            assert line.cell_len <= room, (room, line.plain)


def test_narrow_columns_name_every_few_years_and_say_the_highest_count() -> None:
    chart = year_chart([(f"{2000 + i}", "mou") for i in range(30)] + [("2010", "mou")])
    lines = _plain(year_chart_lines(chart, 40))
    years = next(line for line in lines if "2000" in line).split()
    assert years[0] == "2000" and len(years) < 30
    assert "at most 2 in a column (2010)" in " ".join(lines)


def test_years_that_do_not_fit_are_gathered_and_said_so() -> None:
    chart = year_chart([(f"{1950 + i}", "mou") for i in range(70)])
    text = " ".join(_plain(year_chart_lines(chart, 30)))
    assert "each column 3 years" in text


def test_undated_agreements_are_counted_beside_the_chart() -> None:
    chart = year_chart([("2019", "mou"), (None, "mou"), (None, "pph")])
    text = " ".join(_plain(year_chart_lines(chart, 76)))
    assert "3 agreements, 2019 · 2 undated, not drawn" in text
    only_undated = year_chart([(None, "mou")])
    assert _plain(year_chart_lines(only_undated, 76)) == [
        "MoU · 1 agreement · 1 undated, not drawn"
    ]


def test_spans_on_a_year_axis() -> None:
    spans = [Span(2012, 2015), Span(2016, None), Span(None, 2014), None]
    chart = span_chart(spans)
    assert chart is not None
    axis = Axis(chart, 30)
    labels = axis.labels().plain.split()
    assert labels[0] == "2012" and labels[-1] == "2016"
    known, held, ended, undated = (axis.bar(s).plain for s in spans)
    assert known.strip(" ━") == "" and "━" in known and known.index("━") == axis.at(2012)
    assert held.rstrip().endswith("▶")  # still held: runs to the end of the axis
    assert ended.startswith("┄") and "━" in ended  # its start is not known
    assert undated.strip() == "undated"
    assert all(len(bar) == 30 for bar in (known, held, ended, undated))


def test_a_span_at_the_start_of_the_axis_still_shows_its_start_is_unknown() -> None:
    chart = span_chart([Span(None, 2011), Span(2016, None)])
    assert chart is not None
    assert Axis(chart, 20).bar(Span(None, 2011)).plain.startswith("┄━")
