"""The real site behind the real edge: gunicorn (production settings, SQLite, its own Redis) with the
demo content, varnishd with the repository VCL in front, VARNISH_URL pointing at it. A publish
purges both languages; an A/B visitor gets its arm at the edge and is counted exactly once."""

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
from campaign.edge_vcl import EdgeSite
from tests.operations.faults.services import PYTHON, ROOT, Gunicorn, Redis, find_redis_server

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
    }
    gunicorn = varnish = None
    try:
        trial = ["--settings", "campaign.settings.trial"]
        for command in (
            ["setup_database", "-v", "0", *trial],
            ["load_demo_content", *trial],
            ["collectstatic", "--noinput", "-v", "0"],
        ):
            subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True)
        gunicorn = Gunicorn(env, workdir).start()
        varnish = Varnish(
            EdgeSite(secret=SECRET, backend_port=gunicorn.port, probe_host="127.0.0.1", secure_cookie=False),
            port=varnish_port,
        ).start()
        yield varnish, env, workdir
    finally:
        if varnish:
            varnish.remove()
        if gunicorn:
            gunicorn.stop()
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
    varnish, env, _workdir = edge_site
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
    varnish, _env, workdir = edge_site
    status, headers, body = call(varnish, "GET", CAMPAIGN)
    assert status == 200 and headers.get("x-vib-experiments") == EXPERIMENT
    bucket_cookie = re.match(r"vib_bucket=(\d+);", headers["set-cookie"]).group(0)[:-1]
    arm = re.search(rf'data-experiment="{EXPERIMENT}" data-variant="(\w)"', body.decode()).group(1)
    # The same visitor again: the same arm, from the edge's copy for that bucket.
    status, headers, again = call(varnish, "GET", CAMPAIGN, {"Cookie": bucket_cookie})
    assert re.search(rf'data-variant="{arm}"', again.decode())
    before = exposures(workdir)
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
