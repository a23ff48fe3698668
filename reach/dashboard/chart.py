"""Views per day as an inline SVG line chart, in the style of the A/B results chart (messaging/charts.py).

One line for all views and one per audience view. Colours are Okabe–Ito (colour-blind safe) and
every line also has its own dash pattern and a legend entry, so no line is told apart by colour
alone; the page shows the same numbers as a table next to it. No script, no style attribute,
nothing external: the SVG prints and works under the site's CSP.
"""

import hashlib
import math

from django.template.loader import render_to_string

from core.chart_palette import COLOURS, DASHES

WIDTH, HEIGHT = 640, 340
LEFT, RIGHT, TOP, BOTTOM = 56, 28, 16, 104  # the legend sits below the x axis
LEGEND_COLUMNS, LEGEND_WIDTH = 2, 280


def nice_axis(value):
    """A round upper bound and tick step for counts, at most 5 steps."""
    value = max(value, 1)
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (m * magnitude / 10 for m in (1, 2, 2.5, 5, 10, 20, 25, 50, 100)):
        if value / step <= 5:
            break
    step = max(step, 1)
    return math.ceil(value / step - 1e-9) * step, step


def _number(value):
    return f"{value:g}" if value < 1e6 else f"{value:,.0f}"


def chart_geometry(days, lines):
    """days: the dates in order; lines: [(label, [count per day])]. Everything in SVG units."""
    geometry = {"width": WIDTH, "height": HEIGHT, "centre": (WIDTH / 2, HEIGHT / 2), "lines": []}
    if not days or not any(any(values) for _label, values in lines):
        return geometry
    y_max, y_step = nice_axis(max(max(values) for _label, values in lines))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    base = TOP + plot_h
    span = len(days) - 1

    def x(index):
        return round(LEFT + (plot_w / 2 if span == 0 else plot_w * index / span), 1)

    def y(count):
        return round(TOP + plot_h * (1 - count / y_max), 1)

    shown = min(len(days), 7)
    ticks = sorted({round(i * span / (shown - 1)) for i in range(shown)}) if shown > 1 else [0]
    drawn = []
    for number, (label, values) in enumerate(lines):
        legend_x = LEFT + (number % LEGEND_COLUMNS) * LEGEND_WIDTH
        legend_y = base + 44 + (number // LEGEND_COLUMNS) * 18
        drawn.append(
            {
                "label": label,
                "colour": COLOURS[number % len(COLOURS)],
                "dash": DASHES[number % len(DASHES)],
                "points": [(x(i), y(value)) for i, value in enumerate(values)],
                "point": (x(0), y(values[0])) if len(values) == 1 else None,
                "legend": {"x1": legend_x, "x2": legend_x + 28, "y": legend_y, "text_x": legend_x + 34},
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
                {"y": y(i * y_step), "label_y": y(i * y_step) + 4, "label": _number(i * y_step)}
                for i in range(round(y_max / y_step) + 1)
            ],
            "tick_end": base + 4,
            "tick_label_y": base + 17,
            "days": [{"x": x(i), "day": days[i]} for i in ticks],
            "lines": drawn,
        }
    )
    return geometry


def views_chart_svg(days, lines, title, description, empty_text):
    seed = repr((title, description, days[:1], days[-1:], lines))
    return render_to_string(
        "reach/views_chart.svg",
        {
            "chart": chart_geometry(days, lines),
            "uid": "reach-chart-" + hashlib.sha1(seed.encode()).hexdigest()[:10],
            "title": title,
            "description": description,
            "empty_text": empty_text,
        },
    )
