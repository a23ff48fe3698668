"""The frame of the admin's inline SVG line charts: palette, plot box, grid, ticks and legend places.

The A/B results chart (messaging/charts.py) and the reach dashboard's views chart
(reach/dashboard/chart.py) draw different lines in the same frame; each works out its own
axis and points and takes the rest from here, in the SVG's own units. Colours are from the
Okabe–Ito colour-blind safe palette, and every line also has its own dash pattern, so no
line is told apart by colour alone.
"""

from dataclasses import dataclass

COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
DASHES = [None, "8 4", "2 3", "10 3 2 3", "4 4", "12 3 2 3 2 3", "1 2"]
MOST_TICKS = 7
LEGEND_ROW = 18


def line_style(number):
    """{"colour", "dash"} of the ``number``-th line."""
    return {"colour": COLOURS[number % len(COLOURS)], "dash": DASHES[number % len(DASHES)]}


def tick_indexes(count, most=MOST_TICKS):
    """Which of ``count`` days get a date label: at most ``most``, always the first and the last."""
    shown = min(count, most)
    if shown <= 1:
        return [0] if count else []
    return sorted({round(i * (count - 1) / (shown - 1)) for i in range(shown)})


@dataclass(frozen=True)
class Frame:
    """The chart's size and its plot margins (the legend sits in the bottom margin)."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int

    @property
    def plot_width(self):
        return self.width - self.left - self.right

    @property
    def plot_height(self):
        return self.height - self.top - self.bottom

    @property
    def base(self):
        """The x axis."""
        return self.top + self.plot_height

    def empty(self):
        """What a chart without data draws from: its size and centre (for the "no data" text)."""
        return {"width": self.width, "height": self.height, "centre": (self.width / 2, self.height / 2)}

    def x(self, position, span):
        """Day ``position`` of ``span`` days after the first; a single day sits in the middle."""
        return round(self.left + (self.plot_width / 2 if span == 0 else self.plot_width * position / span), 1)

    def y(self, value, y_max):
        return round(self.top + self.plot_height * (1 - min(value, y_max) / y_max), 1)

    def legend(self, number, columns, column_width, gap):
        """Where the ``number``-th legend entry goes: rows of ``columns``, ``gap`` below the x axis."""
        x = self.left + (number % columns) * column_width
        y = self.base + gap + (number // columns) * LEGEND_ROW
        return {"x1": x, "x2": x + 28, "y": y, "text_x": x + 34, "text_y": y + 4}

    def axes(self, y_max, y_step, label):
        """The plot box, the horizontal grid lines with their labels (``label(value)``) and the tick places."""
        return {
            "left": self.left,
            "right": self.width - self.right,
            "top": self.top,
            "base": self.base,
            "grid_label_x": self.left - 6,
            "grid": [
                {"y": self.y(i * y_step, y_max), "label_y": self.y(i * y_step, y_max) + 4, "label": label(i * y_step)}
                for i in range(round(y_max / y_step) + 1)
            ],
            "tick_end": self.base + 4,
            "tick_label_y": self.base + 17,
        }
