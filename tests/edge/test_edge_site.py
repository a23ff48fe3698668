"""The real site behind the real edge: gunicorn (production settings, SQLite, its own Redis) with the
demo content and the beacons' own gunicorn beside it (campaign/gunicorn_beacons_conf.py), varnishd with
the repository VCL in front, VARNISH_URL pointing at it. A publish
purges both languages; an A/B visitor gets its arm at the edge and is counted exactly once."""

import json
import os
import re
import secrets
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest

from bench.edge import Varnish, varnishd_found
from bench.environment import free_port
from core.edge_vcl import EdgeSite
from tests.operations.faults.services import PYTHON, ROOT, BeaconPool, Gunicorn, Redis, find_redis_server, request

from .conftest import SECRET, varnish_required
from .test_edge_rules import call

CAMPAIGN = "/nl/campagnes/denk-na-voor-je-deelt/"  # the demo's running experiment is shown here
EXPERIMENT = "hero-ouders-vraag"


@pytest.fixture(scope="module")
def edge_site():
    if not varnishd_found() or not find_redis_server():
        message = "varnishd and redis-server are needed (apt-get install varnish redis-server)"
        if varnish_required():
            pytest.fail(message)
        pytest.skip(message)
    workdir = Path(tempfile.mkdtemp(prefix="vib-edge-site-"))
    varnish_port = free_port()
    redis = Redis(find_redis_server(), workdir).start()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "campaign.settings.production",
        "PYTHONPATH": str(ROOT),
        "SECRET_KEY": "edge-test-only-" + secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{workdir / 'site.sqlite3'}",
        "REDIS_URL": redis.url,
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{varnish_port}",  # the demo site's address: the edge
        "EDGE_SHARED_SECRET": SECRET,
        "VARNISH_URL": f"http://127.0.0.1:{varnish_port}",
        "LOG_LEVEL": "WARNING",
        # Counted in the database at once, so the test reads its counts straight after the beacons
        # (buffered counting: tests/reach/test_buffered_counts.py).
        "COUNTS_IN_REDIS": "false",
    }
    gunicorn = beacons = varnish = None
    try:
        trial = ["--settings", "campaign.settings.trial"]
        for command in (
            ["setup_database", "-v", "0", *trial],
            ["load_demo_content", *trial],
            ["collectstatic", "--noinput", "-v", "0"],
        ):
            subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True)
        gunicorn = Gunicorn(env, workdir).start()
        beacons = BeaconPool(env, workdir).start()
        varnish = Varnish(
            EdgeSite(
                secret=SECRET,
                backend_port=gunicorn.port,
                beacon_port=beacons.port,
                probe_host="127.0.0.1",
                secure_cookie=False,
            ),
            port=varnish_port,
        ).start()
        yield varnish, env, workdir, beacons
    finally:
        if varnish:
            varnish.remove()
        for pool in (beacons, gunicorn):
            if pool:
                pool.stop()
        redis.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def exposures(workdir):
    with sqlite3.connect(workdir / "site.sqlite3") as db:
        row = db.execute(
            "SELECT COALESCE(SUM(c.count), 0) FROM messaging_experimentcount c JOIN messaging_experiment e "
            "ON e.id = c.experiment_id WHERE e.slug = ? AND c.goal = 'exposure'",
            [EXPERIMENT],
        ).fetchone()
    return row[0]


def test_a_publish_purges_both_languages(edge_site):
    varnish, env, _workdir, _beacons = edge_site
    for path in ("/nl/", "/en/"):
        call(varnish, "GET", path)
        assert call(varnish, "GET", path)[1]["x-cache"] == "HIT", path
    publish = (
        "from pages.models import CampaignPage; "
        "page = CampaignPage.objects.live().first(); page.save_revision().publish()"
    )
    subprocess.run([PYTHON, "manage.py", "shell", "-c", publish], cwd=ROOT, env=env, check=True, capture_output=True)
    for path in ("/nl/", "/en/"):
        status, headers, _ = call(varnish, "GET", path)
        assert (status, headers["x-cache"]) == (200, "MISS"), path


def test_an_ab_visitor_gets_an_arm_at_the_edge_and_is_counted_once(edge_site):
    varnish, _env, workdir, beacons = edge_site
    status, headers, body = call(varnish, "GET", CAMPAIGN)
    assert status == 200 and headers.get("x-vib-experiments") == EXPERIMENT
    bucket_cookie = re.match(r"vib_bucket=(\d+);", headers["set-cookie"]).group(0)[:-1]
    arm = re.search(rf'data-experiment="{EXPERIMENT}" data-variant="(\w)"', body.decode()).group(1)
    # The same visitor again: the same arm, from the edge's copy for that bucket.
    status, headers, again = call(varnish, "GET", CAMPAIGN, {"Cookie": bucket_cookie})
    assert re.search(rf'data-variant="{arm}"', again.decode())
    before, answered_before = exposures(workdir), beacons.access_size()
    beacon_headers = {"Content-Type": "application/json", "Sec-Fetch-Site": "same-origin", "Cookie": bucket_cookie}
    status, headers, _ = call(varnish, "POST", f"/api/ab/{EXPERIMENT}/exposure", beacon_headers, b'{"language":"nl"}')
    assert status == 204, headers
    cookies = [part.split(";", 1)[0] for part in headers["set-cookie"].splitlines()]
    cookie = "; ".join([bucket_cookie, *[c for c in cookies if c.startswith(("vib_visitor=", "vib_ab="))]])
    assert "vib_visitor=" in cookie and "vib_ab=" in cookie
    # With its signed id now, the edge derives the same bucket: still the same arm, not counted again.
    status, _headers, third = call(varnish, "GET", CAMPAIGN, {"Cookie": cookie})
    assert re.search(rf'data-variant="{arm}"', third.decode())
    status, _headers, _ = call(
        varnish, "POST", f"/api/ab/{EXPERIMENT}/exposure", {**beacon_headers, "Cookie": cookie}, b'{"language":"nl"}'
    )
    assert status == 204
    assert exposures(workdir) - before == 1
    # Both beacons were answered by the beacon pool, which Varnish sends /api/ to.
    assert beacons.access_statuses_since(answered_before) == [(204, f"POST /api/ab/{EXPERIMENT}/exposure")] * 2


VISITORS = 200  # issue 24: with the id's own arm, about half of them had guardrails on the other arm
GUARDRAIL_EVENTS = ("quick_exit", "helpline_call")  # helpline_call also counts help_seeking


def counted(workdir):
    """{(arm, goal or event): count} of the demo experiment, from both counters in the site's database."""
    with sqlite3.connect(workdir / "site.sqlite3") as db:
        rows = db.execute(
            "SELECT c.variant, c.goal, SUM(c.count) FROM messaging_experimentcount c JOIN messaging_experiment e "
            "ON e.id = c.experiment_id WHERE e.slug = ? GROUP BY c.variant, c.goal "
            "UNION ALL SELECT g.variant, g.event, SUM(g.count) FROM messaging_guardrailcount g "
            "JOIN messaging_experiment e ON e.id = g.experiment_id WHERE e.slug = ? GROUP BY g.variant, g.event",
            [EXPERIMENT, EXPERIMENT],
        ).fetchall()
    return {(arm, what): count for arm, what, count in rows}


def kind_of(what):
    if what == "exposure":
        return "exposure"
    return "guardrail" if what in ("help_seeking", *GUARDRAIL_EVENTS) else "conversion"


def added(before, after):
    return {key: count - before.get(key, 0) for key, count in after.items() if count != before.get(key, 0)}


class Browser:
    """One visitor's cookies through the edge: what the edge and the site set, sent back as a browser does."""

    def __init__(self, varnish):
        self.varnish, self.cookies = varnish, {}

    def call(self, method, path, body=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}
        if method == "POST":
            headers.update({"Content-Type": "application/json", "Sec-Fetch-Site": "same-origin"})
        status, response_headers, data = call(self.varnish, method, path, headers, body)
        for line in response_headers.get("set-cookie", "").splitlines():
            name, _, value = line.split(";", 1)[0].partition("=")
            self.cookies[name] = value
        return status, data

    def arm_shown(self):
        status, body = self.call("GET", CAMPAIGN)
        assert status == 200
        return re.search(rf'data-experiment="{EXPERIMENT}" data-variant="(\w)"', body.decode()).group(1)

    def beacon(self, path, body):
        status, _ = self.call("POST", path, body.encode())
        assert status == 204, path


def test_every_count_of_a_visitor_is_on_the_arm_its_page_showed(edge_site):
    """Many new visitors through varnishd as site.js drives it: the page (its arm read from the HTML),
    the exposure beacon, the page again, a conversion, a quick exit and a helpline call. Each
    visitor's rows in the database (exposure, conversion, guardrails) are all on the arm it saw."""
    varnish, _env, workdir, _beacons = edge_site
    other_arm = {"exposure": 0, "conversion": 0, "guardrail": 0}
    agreed = 0
    for _ in range(VISITORS):
        before = counted(workdir)
        browser = Browser(varnish)
        arm = browser.arm_shown()
        assert "vib_bucket" in browser.cookies
        browser.beacon(f"/api/ab/{EXPERIMENT}/exposure", '{"language": "nl"}')
        assert "vib_visitor" in browser.cookies
        assert browser.arm_shown() == arm  # the signed id's bucket: the same copy
        browser.beacon(f"/api/ab/{EXPERIMENT}/conversion", '{"language": "nl"}')  # the first goal
        for event in GUARDRAIL_EVENTS:
            browser.beacon("/api/ab/guardrail", f'{{"event": "{event}", "language": "nl"}}')
        rows = added(before, counted(workdir))
        assert sum(rows.values()) == 5, rows  # exposure, conversion, 2 events, help_seeking: nothing else
        wrong = {kind_of(what) for (row_arm, what) in rows if row_arm != arm}
        for kind in wrong:
            other_arm[kind] += 1
        agreed += not wrong
    print(f"\n{agreed}/{VISITORS} visitors with every count on the arm they saw; on the other arm: {other_arm}")
    assert (agreed, other_arm) == (VISITORS, {"exposure": 0, "conversion": 0, "guardrail": 0})


WARNING_EMBED = "/nl/hulp/waarschuwing/embed/"


def frame_ancestors(headers):
    return re.search(r"frame-ancestors ([^;]+)", headers["content-security-policy"]).group(1).split()


def test_the_partner_warning_answers_from_the_edge_without_a_cookie_and_a_new_partner_purges_it(edge_site):
    varnish, env, _workdir, _beacons = edge_site
    for path in (WARNING_EMBED, "/en/help/warning/splash/", "/nl/hulp/waarschuwing/"):
        _status, first, _body = call(varnish, "GET", path)
        # The page and the splash show the framing experiment: the edge keeps a copy per bucket, so the
        # same visitor (its bucket cookie) comes back. The embed shows no experiment: one copy for all.
        bucket = re.match(r"vib_bucket=\d+", first.get("set-cookie", ""))
        status, headers, body = call(varnish, "GET", path, {"Cookie": bucket.group(0)} if bucket else {})
        assert (status, headers["x-cache"]) == (200, "HIT"), path
        assert b"Stop it Now" in body, path
        assert (bucket is None) == (path == WARNING_EMBED), path
    status, headers, body = call(varnish, "GET", WARNING_EMBED)
    # The cached copy keeps the embed's own headers: the demo partner may frame it, no cookie is set
    # (no experiment in the embed, so no bucket either), and no X-Frame-Options overrules the list.
    assert frame_ancestors(headers) == ["https://forum.example", "https://www.forum.example"]
    assert "set-cookie" not in headers and "x-frame-options" not in headers
    assert "x-vib-experiments" not in headers

    add = (
        "from pages.models import WarningPartner; "
        "partner = WarningPartner(name='Nieuw', origins='https://nieuw.example'); partner.full_clean(); partner.save()"
    )
    subprocess.run([PYTHON, "manage.py", "shell", "-c", add], cwd=ROOT, env=env, check=True, capture_output=True)
    status, headers, _ = call(varnish, "GET", WARNING_EMBED)
    assert (status, headers["x-cache"]) == (200, "MISS")
    assert "https://nieuw.example" in frame_ancestors(headers)
    assert call(varnish, "GET", WARNING_EMBED)[1]["x-cache"] == "HIT"


def test_the_beacon_pool_counts_beacons_and_serves_nothing_else(edge_site):
    """Asked directly: a reach beacon of the Dutch home page is counted; a page address is a small JSON
    404 (the pool has no pages, no sessions, no templates); the answers carry nosniff."""
    _varnish, _env, workdir, beacons = edge_site
    with sqlite3.connect(workdir / "site.sqlite3") as db:
        (home,) = db.execute("SELECT id FROM wagtailcore_page WHERE depth = 2 ORDER BY path LIMIT 1").fetchone()

    def views_of_home():
        with sqlite3.connect(workdir / "site.sqlite3") as db:
            query = "SELECT COALESCE(SUM(count), 0) FROM reach_reachcount WHERE page_id = ? AND event = 'view'"
            return db.execute(query, [home]).fetchone()[0]

    before = views_of_home()
    body = f'{{"page": {home}, "event": "view", "language": "nl"}}'.encode()
    answer = request(
        beacons.port, "POST", "/api/reach", body, {"Content-Type": "text/plain", "Sec-Fetch-Site": "same-origin"}
    )
    assert answer.status == 204
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert views_of_home() - before == 1

    page = request(beacons.port, "GET", "/nl/")
    assert page.status == 404
    assert page.headers["content-type"] == "application/json"
    assert json.loads(page.body) == {"error": "not a beacon address"}
    assert not page.cookies  # no session, no CSRF token, no language cookie
