"""Inline SVG line chart of cumulative conversion rates per variant.

Self-contained and CSP-friendly: no scripts, no external resources, no
``style`` attributes (only presentation attributes). Colours are from the
Okabe–Ito colour-blind safe palette, and every arm also has its own dash
pattern so lines can be told apart without colour.
"""

from __future__ import annotations

import hashlib
import math
from datetime import date
from xml.sax.saxutils import escape

WIDTH, HEIGHT = 640, 320
LEFT, RIGHT, TOP, BOTTOM = 56, 28, 16, 84  # plot margins; legend sits below the x axis
COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
DASHES = [None, "8 4", "2 3", "10 3 2 3", "4 4", "12 3 2 3 2 3", "1 2"]
FONT = 'font-family="sans-serif" font-size="12" fill="#222"'


def _nice_max(value: float) -> tuple[float, float]:
    """A round upper bound (in %) and tick step so there are at most 5 steps."""
    value = max(value, 1.0)
    for step in (0.5, 1, 2, 2.5, 5, 10, 20, 25):
        if value / step <= 5:
            break
    return min(100.0, math.ceil(value / step - 1e-9) * step), step


def _pct(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") + "%"


def _svg_open(title: str, description: str, seed: str) -> list[str]:
    uid = "chart-" + hashlib.sha1(seed.encode()).hexdigest()[:10]
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="100%" role="img" aria-labelledby="{uid}-t {uid}-d">',
        f'<title id="{uid}-t">{escape(title)}</title>',
        f'<desc id="{uid}-d">{escape(description)}</desc>',
    ]


def conversion_chart_svg(
    series: dict[str, list[tuple[date, float, float, float]]],
    labels: dict[str, str],
    title: str,
    description: str,
    empty_text: str = "No data yet",
) -> str:
    """One line (cumulative rate) plus a translucent Wilson band per arm."""
    series = {key: points for key, points in series.items() if points}
    out = _svg_open(title, description, repr((title, description, sorted(series.items()))))
    if not series:
        out.append(
            f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle" {FONT}>{escape(empty_text)}</text></svg>'
        )
        return "\n".join(out)

    days = sorted({p[0] for points in series.values() for p in points})
    y_max, y_step = _nice_max(100 * max(p[3] for points in series.values() for p in points))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    span = (days[-1] - days[0]).days

    def x(day: date) -> float:
        if span == 0:
            return LEFT + plot_w / 2
        return round(LEFT + plot_w * (day - days[0]).days / span, 1)

    def y(rate: float) -> float:
        return round(TOP + plot_h * (1 - min(100 * rate, y_max) / y_max), 1)

    # Horizontal grid lines with % labels.
    ticks = round(y_max / y_step)
    for i in range(ticks + 1):
        value = i * y_step
        ty = y(value / 100)
        out.append(f'<line x1="{LEFT}" y1="{ty}" x2="{WIDTH - RIGHT}" y2="{ty}" stroke="#ddd"/>')
        out.append(f'<text x="{LEFT - 6}" y="{ty + 4}" text-anchor="end" {FONT}>{_pct(value)}</text>')
    # Axes.
    base = TOP + plot_h
    out.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{base}" stroke="#444"/>')
    out.append(f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}" stroke="#444"/>')
    # Date ticks: at most ~7 labels, always including the first and last day.
    count = min(len(days), 7)
    shown = [days[round(i * (len(days) - 1) / (count - 1))] for i in range(count)] if count > 1 else days
    for day in shown:
        out.append(f'<line x1="{x(day)}" y1="{base}" x2="{x(day)}" y2="{base + 4}" stroke="#444"/>')
        out.append(f'<text x="{x(day)}" y="{base + 17}" text-anchor="middle" {FONT}>{day:%d-%m}</text>')

    for index, (key, points) in enumerate(series.items()):
        colour, dash = COLOURS[index % len(COLOURS)], DASHES[index % len(DASHES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        band = [f"{x(d)},{y(hi)}" for d, _, _, hi in points]
        band += [f"{x(d)},{y(lo)}" for d, _, lo, _ in reversed(points)]
        out.append(f'<polygon points="{" ".join(band)}" fill="{colour}" fill-opacity="0.15" stroke="none"/>')
        line = " L ".join(f"{x(d)} {y(r)}" for d, r, _, _ in points)
        out.append(
            f'<path d="M {line}" fill="none" stroke="{colour}" stroke-width="2.5"{dash_attr} '
            f'stroke-linecap="round" stroke-linejoin="round"/>'
        )
        if len(points) == 1:  # a single day is a point, not a line: mark it
            d, r, _, _ = points[0]
            out.append(f'<circle cx="{x(d)}" cy="{y(r)}" r="4" fill="{colour}"/>')
        # Legend entry, laid out in rows of three below the axis labels.
        lx = LEFT + (index % 3) * 190
        ly = base + 40 + (index // 3) * 18
        out.append(
            f'<line x1="{lx}" y1="{ly}" x2="{lx + 28}" y2="{ly}" stroke="{colour}" stroke-width="2.5"{dash_attr}/>'
        )
        label = labels.get(key, key)
        out.append(f'<text x="{lx + 34}" y="{ly + 4}" {FONT}>{escape(label)}</text>')

    out.append("</svg>")
    return "\n".join(out)
