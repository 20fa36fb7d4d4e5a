"""Widgets that draw the figures of store.views.charts (drawn by tui.charts): the chart of
agreements per year over the Timeline pane, and the detail view's list of lines, in which
a chart's lines sit between the links.

Their colours are component classes (`chart--series-1` ... in tui/app.tcss), read when
drawing, so a chart follows the theme.
"""

from __future__ import annotations

from typing import Any

from rich.style import Style
from rich.text import Text
from textual.app import RenderResult
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from store.views.charts import YearChart
from tui.charts import ChartStyle, year_chart_lines

SERIES_CLASSES = tuple(f"chart--series-{i}" for i in range(1, 5))
CHART_CLASSES = {*SERIES_CLASSES, "chart--span", "chart--axis", "chart--count", "chart--note"}


def chart_style(widget: Widget) -> ChartStyle:
    """The chart colours of WIDGET's component classes (the theme's, through app.tcss)."""

    def get(name: str) -> Style:
        # the colour as it shows on the widget (a muted colour is blended with the
        # background), without the background: a line keeps the list's own
        full = widget.get_component_rich_style(name)
        return Style(color=full.color, bold=full.bold, italic=full.italic)

    return ChartStyle(
        series=tuple(get(name) for name in SERIES_CLASSES),
        span=get("chart--span"),
        axis=get("chart--axis"),
        count=get("chart--count"),
        note=get("chart--note"),
    )


#: rows of bars on a screen shorter than TALL lines, and on a taller one
CHART_ROWS = (4, 6)
TALL = 30


def chart_rows(height: int) -> int:
    """At most how many rows a chart's bars take on a screen HEIGHT lines high: at 80x24 a
    chart leaves room for what follows it (the first partners, a screenful of agreements)."""
    return CHART_ROWS[0] if height < TALL else CHART_ROWS[1]


class YearChartView(Widget):
    """Agreements per year as stacked columns with counts and years, as high as it needs
    (bars of at most `chart_rows` rows); the legend says what it counts and leaves out."""

    COMPONENT_CLASSES = CHART_CLASSES
    DEFAULT_CSS = """
    YearChartView { height: auto; }
    """

    chart: reactive[YearChart | None] = reactive(None, layout=True)

    def render(self) -> RenderResult:
        if self.chart is None:
            return Text("loading…", style="dim")
        width = self.content_region.width or self.app.size.width
        rows = chart_rows(self.app.size.height)
        lines = year_chart_lines(self.chart, width, rows=rows, style=chart_style(self))
        return Text("\n").join(lines)


class Figure(Option):
    """A line of a chart in a DetailLines list: passed over by the cursor, drawn as it is."""

    def __init__(self, prompt: Text) -> None:
        super().__init__(prompt, disabled=True)


class DetailLines(OptionList):
    """The detail view's lines: headings and figures are disabled options (the cursor moves
    from link to link), but a figure keeps its own colours where a heading takes the
    disabled options' style."""

    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | CHART_CLASSES

    def _get_option_render(self, option: Option, style: Any) -> list[Strip]:
        if isinstance(option, Figure):
            style = self.get_visual_style("option-list--option")
        return super()._get_option_render(option, style)
