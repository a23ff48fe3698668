"""Every page of the demo is valid HTML: the Nu Html Checker (vnu.jar, the W3C's validator) finds 0 errors.

The pages are the sitemap's (both languages) and the "get images offline" screens, which the sitemap
cannot list: each question, routes for a young person, a parent and an adult, and a wrong answer (400).
All files go to one java call (one JVM start, a few seconds for ~60 pages). vnu.jar comes with the
npm package vnu-jar (package.json, installed by `make test` with axe-core); VNU_JAR points at another
copy. Without Java or the jar the test is skipped, except in CI (CI=true, REQUIRE_VNU=1 or
REQUIRE_BROWSER=1), where that is a failure.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlencode, urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

ROUTE = {"nl": "/nl/hulp/beelden-offline/", "en": "/en/help/get-images-offline/"}
ROUTE_SCREENS = [
    {},
    {"who": "me"},
    {"who": "me", "age": "under-18"},
    {"who": "me", "age": "under-18", "what": "shared"},
    {"who": "me", "age": "under-18", "what": "shared", "platform": "snapchat"},
    {"who": "child", "what": "threatened", "platform": "instagram-facebook"},
    {"who": "me", "age": "18-or-over", "what": "shared", "platform": "x"},
    {"who": "other", "age": "18-or-over", "what": "threatened", "platform": "other"},
    {"who": "someone"},  # a wrong answer: the question again, with its message
]
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
NPM_JAR = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu_command():
    """``java -jar vnu.jar``, or None with the reason when either is missing."""
    java = shutil.which("java")
    jar = os.environ.get("VNU_JAR") or NPM_JAR
    if not java or not Path(jar).is_file():
        return None, "needs java and vnu.jar (npm ci; apt-get install default-jre-headless)"
    return [java, "-Xss1024k", "-jar", str(jar)], ""


def required():
    return os.environ.get("CI", "").lower() == "true" or "1" in (
        os.environ.get("REQUIRE_VNU"),
        os.environ.get("REQUIRE_BROWSER"),
    )


def site_paths(client):
    """The sitemap's pages and the route's screens, in both languages."""
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    locations = ElementTree.fromstring(sitemap.content).findall(".//sm:loc", SITEMAP_NS)
    paths = [urlsplit(loc.text).path for loc in locations]
    for address in ROUTE.values():
        paths += [f"{address}?{urlencode(query)}" if query else address for query in ROUTE_SCREENS]
    return list(dict.fromkeys(paths))


def test_the_sitemap_pages_and_the_route_screens_have_no_html_errors(client, tmp_path):
    command, reason = vnu_command()
    if command is None:
        if required():
            pytest.fail(reason + " — CI=true, REQUIRE_VNU=1 or REQUIRE_BROWSER=1: a failure")
        pytest.skip(reason)
    files = {}
    for number, path in enumerate(site_paths(client)):
        response = client.get(path)
        assert response.status_code in (200, 400), path
        assert response["Content-Type"].startswith("text/html"), path
        file = tmp_path / f"page-{number:03d}.html"
        file.write_bytes(response.content)
        files[file.name] = path
    assert len(files) > 40, "the sitemap lists the demo's pages in both languages"

    result = subprocess.run(
        [
            *command,
            "--errors-only",
            "--format",
            "json",
            "--exit-zero-always",
            *(str(f) for f in sorted(tmp_path.iterdir())),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{files.get(Path(urlsplit(m.get('url', '')).path).name, m.get('url'))} line {m.get('lastLine')}: "
        f"{m.get('message')}"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
    assert errors == [], f"{len(errors)} errors:\n" + "\n".join(errors)


def accessible_name(element, page):
    """The element's name from aria-label or aria-labelledby (the ids' text), "" when it has none."""
    if element.get("aria-label", "").strip():
        return element["aria-label"].strip()
    parts = [page.find(id=ref) for ref in element.get("aria-labelledby", "").split()]
    return " ".join(part.get_text(" ", strip=True) for part in parts if part is not None)


def test_every_aside_and_every_on_device_form_has_an_accessible_name(client):
    """Checkers (IBM Equal Access) want each complementary landmark and form named, so a screen reader's
    list of regions says what each one is: the call-to-action asides, the evidence note, the notice."""
    named = 0
    for path in site_paths(client):
        page = BeautifulSoup(client.get(path).content, "html.parser")
        for element in page.select("aside, form[data-tool-form]"):
            assert accessible_name(element, page), (path, str(element)[:120])
            named += 1
    assert named > 4  # the route has both tools, and demo pages have call-to-action asides
