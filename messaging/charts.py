"""Inline SVG line chart of cumulative conversion rates per variant.

The geometry is worked out here (``chart_geometry``); the markup is the template
messaging/templates/messaging/chart.svg, which escapes every label. Self-contained
and CSP-friendly: no scripts, no external resources, no ``style`` attributes (only
presentation attributes). Colours (core/chart_palette.py) are from the
Okabe–Ito colour-blind safe palette, and every arm also has its own dash
pattern so lines can be told apart without colour.
"""

from __future__ import annotations

import hashlib
import math
from datetime import date

from django.template.loader import render_to_string

from core.chart_palette import COLOURS, DASHES

WIDTH, HEIGHT = 640, 320
LEFT, RIGHT, TOP, BOTTOM = 56, 28, 16, 84  # plot margins; legend sits below the x axis


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
    geometry = {"width": WIDTH, "height": HEIGHT, "centre": (WIDTH / 2, HEIGHT / 2), "arms": []}
    if not series:
        return geometry

    days = sorted({p[0] for points in series.values() for p in points})
    y_max, y_step = _nice_max(100 * max(p[3] for points in series.values() for p in points))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    span = (days[-1] - days[0]).days
    base = TOP + plot_h

    def x(day: date) -> float:
        if span == 0:
            return LEFT + plot_w / 2
        return round(LEFT + plot_w * (day - days[0]).days / span, 1)

    def y(rate: float) -> float:
        return round(TOP + plot_h * (1 - min(100 * rate, y_max) / y_max), 1)

    # Date ticks: at most ~7 labels, always including the first and last day.
    count = min(len(days), 7)
    shown = [days[round(i * (len(days) - 1) / (count - 1))] for i in range(count)] if count > 1 else days
    arms = []
    for index, (key, points) in enumerate(series.items()):
        legend_x, legend_y = LEFT + (index % 3) * 190, base + 40 + (index // 3) * 18  # rows of three
        arms.append(
            {
                "key": key,
                "label": labels.get(key, key),
                "colour": COLOURS[index % len(COLOURS)],
                "dash": DASHES[index % len(DASHES)],
                "band": [(x(d), y(hi)) for d, _, _, hi in points] + [(x(d), y(lo)) for d, _, lo, _ in reversed(points)],
                "line": [(x(d), y(r)) for d, r, _, _ in points],
                # A single day is a point, not a line: it is marked.
                "point": (x(points[0][0]), y(points[0][1])) if len(points) == 1 else None,
                "legend": {
                    "x1": legend_x,
                    "x2": legend_x + 28,
                    "y": legend_y,
                    "text_x": legend_x + 34,
                    "text_y": legend_y + 4,
                },
            }
        )
    geometry.update(
        {
            "left": LEFT,
            "right": WIDTH - RIGHT,
            "top": TOP,
            "base": base,
            "grid_label_x": LEFT - 6,
            "grid": [
                {"y": y(i * y_step / 100), "label_y": y(i * y_step / 100) + 4, "label": _pct(i * y_step)}
                for i in range(round(y_max / y_step) + 1)
            ],
            "tick_end": base + 4,
            "tick_label_y": base + 17,
            "days": [{"x": x(day), "day": day} for day in shown],
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
