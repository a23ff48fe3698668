"""Inline SVG line chart of cumulative conversion rates per variant.

The geometry is worked out here (``chart_geometry``) in the frame the admin's line charts
share (core/line_chart.py: palette, grid, ticks, legend); the markup is the template
messaging/templates/messaging/chart.svg, which escapes every label. Self-contained
and CSP-friendly: no scripts, no external resources, no ``style`` attributes (only
presentation attributes). Colours are from the Okabe–Ito colour-blind safe palette, and
every arm also has its own dash pattern so lines can be told apart without colour.
"""

from __future__ import annotations

import hashlib
import math
from datetime import date

from django.template.loader import render_to_string

from core.line_chart import Frame, line_style, tick_indexes

WIDTH, HEIGHT = 640, 320
LEFT, RIGHT, TOP, BOTTOM = 56, 28, 16, 84  # plot margins; legend sits below the x axis
FRAME = Frame(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM)
LEGEND_COLUMNS, LEGEND_WIDTH = 3, 190


def _nice_max(value: float) -> tuple[float, float]:
    """A round upper bound (in %) and tick step so there are at most 5 steps."""
    value = max(value, 1.0)
    for step in (0.5, 1, 2, 2.5, 5, 10, 20, 25):
        if value / step <= 5:
            break
    return min(100.0, math.ceil(value / step - 1e-9) * step), step


def _pct(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") + "%"


def chart_geometry(series: dict[str, list[tuple[date, float, float, float]]], labels: dict[str, str]) -> dict:
    """Where everything goes, in the SVG's own units: grid lines, date ticks and, per arm, its
    band, line, single-day point and legend entry. Empty arms are left out."""
    series = {key: points for key, points in series.items() if points}
    geometry = {**FRAME.empty(), "arms": []}
    if not series:
        return geometry

    days = sorted({p[0] for points in series.values() for p in points})
    y_max, y_step = _nice_max(100 * max(p[3] for points in series.values() for p in points))
    span = (days[-1] - days[0]).days

    def x(day: date) -> float:
        return FRAME.x((day - days[0]).days, span)

    def y(rate: float) -> float:
        return FRAME.y(100 * rate, y_max)

    arms = []
    for index, (key, points) in enumerate(series.items()):
        arms.append(
            {
                "key": key,
                "label": labels.get(key, key),
                **line_style(index),
                "band": [(x(d), y(hi)) for d, _, _, hi in points] + [(x(d), y(lo)) for d, _, lo, _ in reversed(points)],
                "line": [(x(d), y(r)) for d, r, _, _ in points],
                # A single day is a point, not a line: it is marked.
                "point": (x(points[0][0]), y(points[0][1])) if len(points) == 1 else None,
                "legend": FRAME.legend(index, LEGEND_COLUMNS, LEGEND_WIDTH, gap=40),  # rows of three
            }
        )
    geometry.update(
        {
            **FRAME.axes(y_max, y_step, _pct),
            "days": [{"x": x(days[i]), "day": days[i]} for i in tick_indexes(len(days))],
            "arms": arms,
        }
    )
    return geometry


def conversion_chart_svg(
    series: dict[str, list[tuple[date, float, float, float]]],
    labels: dict[str, str],
    title: str,
    description: str,
    empty_text: str = "No data yet",
) -> str:
    """One line (cumulative rate) plus a translucent Wilson band per arm, as inline SVG markup."""
    drawn = {key: points for key, points in series.items() if points}
    seed = repr((title, description, sorted(drawn.items())))
    return render_to_string(
        "messaging/chart.svg",
        {
            "chart": chart_geometry(series, labels),
            "uid": "chart-" + hashlib.sha1(seed.encode()).hexdigest()[:10],
            "title": title,
            "description": description,
            "empty_text": empty_text,
        },
    )
