"""Views per day as an inline SVG line chart, in the frame of the A/B results chart (core/line_chart.py).

One line for all views and one per audience view. Colours are Okabe–Ito (colour-blind safe) and
every line also has its own dash pattern and a legend entry, so no line is told apart by colour
alone; the page shows the same numbers as a table next to it. No script, no style attribute,
nothing external: the SVG prints and works under the site's CSP.
"""

import hashlib
import math

from django.template.loader import render_to_string

from core.line_chart import Frame, line_style, tick_indexes

WIDTH, HEIGHT = 640, 340
LEFT, RIGHT, TOP, BOTTOM = 56, 28, 16, 104  # the legend sits below the x axis
FRAME = Frame(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM)
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
    geometry = {**FRAME.empty(), "lines": []}
    if not days or not any(any(values) for _label, values in lines):
        return geometry
    y_max, y_step = nice_axis(max(max(values) for _label, values in lines))
    span = len(days) - 1
    drawn = []
    for number, (label, values) in enumerate(lines):
        drawn.append(
            {
                "label": label,
                **line_style(number),
                "points": [(FRAME.x(i, span), FRAME.y(value, y_max)) for i, value in enumerate(values)],
                "point": (FRAME.x(0, span), FRAME.y(values[0], y_max)) if len(values) == 1 else None,
                "legend": FRAME.legend(number, LEGEND_COLUMNS, LEGEND_WIDTH, gap=44),
            }
        )
    geometry.update(
        {
            **FRAME.axes(y_max, y_step, _number),
            "days": [{"x": FRAME.x(i, span), "day": days[i]} for i in tick_indexes(len(days))],
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
