"""The results chart: geometry from messaging/charts.py, markup from messaging/chart.svg.

An editor sees the chart in the admin in Dutch or English; whatever the language and whatever
a label holds, the SVG must parse, say what it shows, and draw each rate at its height.
"""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from messaging.charts import HEIGHT, LEFT, TOP, WIDTH, chart_geometry, conversion_chart_svg

SVG = "{http://www.w3.org/2000/svg}"
DAY = datetime.date(2025, 3, 1)


def day(n):
    return DAY + datetime.timedelta(days=n)


def flat(rate, days=3):
    """A series whose rate (and band) stays at ``rate``."""
    return [(day(n), rate, rate, rate) for n in range(days)]


def render(series, labels=None, title="Conversie per dag", description="De lijn is het aandeel.", **kwargs):
    return ET.fromstring(conversion_chart_svg(series, labels or {}, title, description, **kwargs))


def test_the_svg_names_itself_for_screen_readers():
    root = render({"a": flat(0.1)})
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert (title.text, desc.text) == ("Conversie per dag", "De lijn is het aandeel.")
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert root.get("viewBox") == f"0 0 {WIDTH} {HEIGHT}"


def test_labels_title_and_description_are_escaped():
    hostile = '<script>alert("x")</script> & co'
    markup = conversion_chart_svg({"a": flat(0.1)}, {"a": hostile}, hostile, hostile)
    assert "<script" not in markup and "&lt;script&gt;" in markup
    root = ET.fromstring(markup)
    assert hostile in [text.text for text in root.iter(f"{SVG}text")]
    assert root.find(f"{SVG}title").text == hostile == root.find(f"{SVG}desc").text


def test_an_empty_chart_says_so_escaped():
    root = render({"a": []}, empty_text="Nog geen <bezoekers>")
    assert [text.text for text in root.iter(f"{SVG}text")] == ["Nog geen <bezoekers>"]
    assert root.findall(f".//{SVG}path") == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_coordinates_are_plain_numbers_in_every_language(language):
    series = {"a": [(day(0), 0.031, 0.02, 0.045), (day(1), 0.033, 0.025, 0.041), (day(2), 0.035, 0.03, 0.04)]}
    with translation.override(language):
        root = render(series)
    for element in root.iter():
        for name in ("x", "y", "x1", "y1", "x2", "y2", "cx", "cy"):
            if name in element.attrib:
                float(element.get(name))  # "56,5" (Dutch) would not parse, nor draw
    for pair in root.find(f".//{SVG}polygon").get("points").split():
        x, y = pair.split(",")
        float(x), float(y)
    assert "." in root.find(f".//{SVG}path").get("d")  # decimals, with a point


def test_heights_are_proportional_to_the_rates():
    geometry = chart_geometry({"a": flat(0.02), "b": flat(0.04)}, {})
    base = geometry["base"]
    [(_, a_y), *_rest], [(_, b_y), *_rest2] = (arm["line"] for arm in geometry["arms"])
    assert base - b_y == pytest.approx(2 * (base - a_y), abs=0.2)  # twice the rate, twice the height
    zero = next(line for line in geometry["grid"] if line["label"] == "0%")
    assert zero["y"] == base and TOP <= min(line["y"] for line in geometry["grid"])


def test_the_rendered_lines_follow_the_geometry():
    series = {"a": flat(0.02), "b": flat(0.04)}
    geometry = chart_geometry(series, {"a": "A", "b": "B"})
    root = render(series, {"a": "A", "b": "B"})
    paths = root.findall(f".//{SVG}path")
    for path, arm in zip(paths, geometry["arms"], strict=True):
        drawn = [tuple(float(n) for n in step.split()) for step in path.get("d").removeprefix("M ").split(" L ")]
        assert drawn == arm["line"]
        assert path.get("stroke") == arm["colour"]
    assert paths[0].get("stroke-dasharray") is None and paths[1].get("stroke-dasharray") == "8 4"


def test_days_run_left_to_right_with_their_labels():
    geometry = chart_geometry({"a": flat(0.1, days=10)}, {})
    xs = [tick["x"] for tick in geometry["days"]]
    assert xs == sorted(xs) and xs[0] == LEFT and len(xs) == 7
    root = render({"a": flat(0.1, days=10)})
    texts = [text.text for text in root.iter(f"{SVG}text")]
    assert "01-03" in texts and "10-03" in texts


def test_a_single_day_is_marked_with_a_point():
    geometry = chart_geometry({"a": flat(0.1, days=1)}, {})
    [arm] = geometry["arms"]
    assert arm["point"] == arm["line"][0]
    root = render({"a": flat(0.1, days=1)})
    circle = root.find(f".//{SVG}circle")
    assert (float(circle.get("cx")), float(circle.get("cy"))) == arm["point"]


def test_the_legend_names_each_arm_in_order():
    root = render({"a": flat(0.1), "b": flat(0.2), "c": flat(0.3), "d": flat(0.1)}, {"a": "Controle", "b": "Vraag"})
    texts = [text.text for text in root.iter(f"{SVG}text")]
    assert texts[-4:] == ["Controle", "Vraag", "c", "d"]  # an arm without a label shows its key
