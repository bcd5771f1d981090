"""Vector charts for the report PDFs (reportlab.graphics), labelled in Indonesian."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from kiosk.reports.pdf_layout import (
    ACCENT,
    BAND_COLOURS,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    decimal_id,
    printable,
    register_fonts,
)
from kiosk.survey.ikm import classify_ikm


def _value_axis(chart: HorizontalBarChart | VerticalBarChart, font_size: float) -> None:
    """Whole numbers written the Indonesian way, over light grid lines (every chart of a report)."""
    axis = chart.valueAxis
    axis.labels.fontName, axis.labels.fontSize = FONT, font_size
    axis.labelTextFormat = lambda v: decimal_id(v, 0)
    axis.visibleGrid = True
    axis.gridStrokeColor = RULE
    axis.gridStrokeWidth = 0.3


def nrr_chart(
    labels: Sequence[str], values: Sequence[float | None], *, width: float, height: float = 200
) -> Drawing:
    """Vertical bars of NRR (1-4) per element, coloured by the band each would fall in, with
    the value written on every bar so the chart reads without the table."""
    register_fonts()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 44
    chart.width, chart.height = width - 44, height - 80
    chart.data = [[v or 0 for v in values]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 4, 1
    _value_axis(chart, 7.5)
    chart.categoryAxis.categoryNames = [printable(label) for label in labels]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = FONT_BOLD, 8
    chart.categoryAxis.labels.dy = -3
    chart.barWidth = 10
    chart.groupSpacing = 8
    chart.bars.strokeColor = None
    for index, value in enumerate(values):
        band = "D" if value is None else classify_ikm(Fraction(value) * 25).mutu
        chart.bars[(0, index)].fillColor = BAND_COLOURS[band]
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT_BOLD, 7.5
    chart.barLabelFormat = lambda v: decimal_id(v, 2) if v else "–"
    chart.barLabels.nudge = 7
    drawing.add(chart)
    drawing.add(String(2, height - 12, "NRR (skala 1–4)", fontName=FONT, fontSize=7.5, fillColor=MUTED))
    legend_x = 34.0
    for band, words in (("A", "A Sangat baik"), ("B", "B Baik"), ("C", "C Kurang baik"), ("D", "D Tidak baik")):
        drawing.add(Rect(legend_x, 8, 8, 8, fillColor=BAND_COLOURS[band], strokeColor=None))
        drawing.add(String(legend_x + 11, 9, words, fontName=FONT, fontSize=7, fillColor=INK))
        legend_x += 11 + stringWidth(words, FONT, 7) + 14
    return drawing


def category_chart(
    title: str, labels: Sequence[str], counts: Sequence[int], *, width: float, bar_height: float = 11
) -> Drawing:
    """Horizontal bars with the count and share written beside each, for a profile field."""
    register_fonts()
    rows = max(len(labels), 1)
    label_width = 92
    chart_height = rows * (bar_height + 5)
    height = chart_height + 26
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 11, printable(title), fontName=FONT_BOLD, fontSize=8.5, fillColor=INK))
    total = sum(counts)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 4
    chart.width, chart.height = width - label_width - 56, chart_height
    chart.data = [list(reversed(counts)) or [0]]
    chart.categoryAxis.categoryNames = [printable(label) for label in reversed(labels)] or ["–"]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = FONT, 7.5
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.visibleTicks = False
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*counts, 1])
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = ACCENT
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT, 7
    chart.barLabelFormat = lambda v: _count_share(int(v), total)
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barWidth = bar_height
    drawing.add(chart)
    drawing.add(Line(label_width, 4, label_width, 4 + chart_height, strokeColor=RULE, strokeWidth=0.5))
    return drawing


def _count_share(count: int, total: int) -> str:
    if total == 0:
        return "0"
    return f"{count} ({decimal_id(count * 100 / total, 0)} %)"


def column_chart(
    title: str, labels: Sequence[str], counts: Sequence[int], *, width: float, height: float = 150
) -> Drawing:
    """Vertical bars of counts (busiest hours of the day, tickets per day)."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 11, printable(title), fontName=FONT_BOLD, fontSize=8.5, fillColor=INK))
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 22
    chart.width, chart.height = width - 46, height - 48
    chart.data = [list(counts) or [0]]
    top = max([*counts, 1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.15
    _value_axis(chart, 7)
    chart.categoryAxis.categoryNames = [printable(label) for label in labels] or ["–"]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = FONT, 7
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = ACCENT
    if len(counts) <= 31:
        # More bars than a month's days leave no room to write on each.
        chart.barLabels.fontName, chart.barLabels.fontSize = FONT, 6.5
        chart.barLabelFormat = lambda v: decimal_id(v, 0) if v else ""
        chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing

