"""One visitor's wrong passwords never lock out another visitor or the editor, behind the real stack.

nginx (deploy/nginx/proxy-headers.conf: X-Forwarded-For $proxy_add_x_forwarded_for) → varnishd
(deploy/varnish/default.vcl, which appends nginx's address) → gunicorn with the production
settings (SQLite, its own Redis). The clients are real, distinct addresses: the whole of
127.0.0.0/8 is this machine, so client A connects from 127.0.0.2, B from 127.0.0.3, the editor
from 127.0.0.4; nginx, Varnish and gunicorn all talk over 127.0.0.1 (FORWARDED_ALLOW_IPS).

With TRUSTED_PROXY_COUNT=2 (nginx + Varnish, docs/deploy.md) the sign-in limit sees each client;
with the old documented 1 (one hop too few) it warns in the log once and still keeps the clients
apart instead of putting everyone on 127.0.0.1."""

import http.client
import os
import re
import secrets
import shutil
import sqlite3
import subprocess
import tempfile
import urllib.parse
from pathlib import Path

import pytest

from bench.edge import Varnish, varnishd_found
from bench.nginx import Nginx, nginx_found
from core.edge_vcl import EdgeSite
from tests.operations.faults.services import PYTHON, ROOT, Gunicorn, Redis, find_redis_server

from .conftest import SECRET, varnish_required

EDITOR, PASSWORD = "hoofdredacteur", "juist-wachtwoord-8c1f"
CLIENT_A, CLIENT_B, EDITOR_ADDRESS = "127.0.0.2", "127.0.0.3", "127.0.0.4"
WARNING = "TRUSTED_PROXY_COUNT"


class Stack:
    def __init__(self, workdir, env, redis):
        self.workdir, self.env, self.redis = workdir, env, redis
        self.gunicorn = self.varnish = self.nginx = None

    def serve(self, trusted_proxy_count):
        """(Re)start gunicorn with this count, on the port Varnish already sends to."""
        port = self.gunicorn.port if self.gunicorn else None
        if self.gunicorn:
            self.gunicorn.stop()
        gunicorn = Gunicorn({**self.env, "TRUSTED_PROXY_COUNT": str(trusted_proxy_count)}, self.workdir, workers=1)
        if port:
            gunicorn.port = port
            gunicorn.env["GUNICORN_BIND"] = f"127.0.0.1:{port}"
        self.gunicorn = gunicorn.start()
        self.manage("axes_reset")

    def manage(self, *args):
        subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=self.env, check=True, capture_output=True)

    def counted_addresses(self):
        with sqlite3.connect(self.workdir / "site.sqlite3") as db:
            return {row[0] for row in db.execute("SELECT ip_address FROM axes_accessattempt")}

    def sign_in(self, source, username, password, forged=None):
        """GET the form, POST it, from `source`; the status of the POST (200 form again, 302 in, 429 paused)."""
        headers = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"}
        if forged:
            headers["X-Forwarded-For"] = forged  # what a client may write itself
        status, response_headers, body = self.request(source, "GET", "/account/login/", headers)
        assert status == 200, (status, body[:300])
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
        cookie = re.search(r"csrftoken=([^;]+)", response_headers["set-cookie"]).group(1)
        form = urllib.parse.urlencode({"login": username, "password": password, "csrfmiddlewaretoken": token})
        headers.update({"Cookie": f"csrftoken={cookie}", "Content-Type": "application/x-www-form-urlencoded"})
        return self.request(source, "POST", "/account/login/", headers, form)[0]

    def request(self, source, method, path, headers, body=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.nginx.port, timeout=20, source_address=(source, 0))
        try:
            connection.request(method, path, body=body, headers={"Host": "localhost", **headers})
            response = connection.getresponse()
            found = {k.lower(): v for k, v in response.getheaders()}
            found["set-cookie"] = "\n".join(response.msg.get_all("Set-Cookie") or [])
            return response.status, found, response.read().decode(errors="replace")
        finally:
            connection.close()


@pytest.fixture(scope="module")
def stack():
    if not (varnishd_found() and nginx_found() and find_redis_server()):
        message = "varnishd, nginx and redis-server are needed (apt-get install varnish nginx-light redis-server)"
        if varnish_required():
            pytest.fail(message)
        pytest.skip(message)
    workdir = Path(tempfile.mkdtemp(prefix="vib-edge-sign-in-"))
    redis = Redis(find_redis_server(), workdir).start()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "campaign.settings.production",
        "PYTHONPATH": str(ROOT),
        "SECRET_KEY": "edge-test-only-" + secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{workdir / 'site.sqlite3'}",
        "REDIS_URL": redis.url,
        "SECURE_SSL_REDIRECT": "false",  # nginx listens on plain HTTP here
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "EDGE_SHARED_SECRET": SECRET,
        "FORWARDED_ALLOW_IPS": "127.0.0.1,::1",
        "AXES_FAILURE_LIMIT": "5",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("TRUSTED_PROXY_COUNT", None)
    site = Stack(workdir, env, redis)
    try:
        site.manage("setup_database", "-v", "0")
        create = (
            "from django.contrib.auth import get_user_model; "
            f"get_user_model().objects.create_superuser({EDITOR!r}, '', {PASSWORD!r})"
        )
        site.manage("shell", "-c", create)
        site.manage("collectstatic", "--noinput", "-v", "0")
        site.serve(trusted_proxy_count=2)
        site.varnish = Varnish(
            EdgeSite(secret=SECRET, backend_port=site.gunicorn.port, probe_host="127.0.0.1", secure_cookie=False)
        ).start()
        site.nginx = Nginx(site.varnish.port).start()
        yield site
    finally:
        for part in (site.nginx, site.varnish):
            if part:
                part.remove()
        if site.gunicorn:
            site.gunicorn.stop()
        redis.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def one_client_fails_and_the_others_still_sign_in(stack, forge=True):
    # Client A: wrong passwords under made-up names, each with another invented X-Forwarded-For
    # (as someone trying to dodge the limit would); the fifth (AXES_FAILURE_LIMIT) pauses A.
    for attempt in range(4):
        forged = f"198.51.100.{attempt}" if forge else None
        status = stack.sign_in(CLIENT_A, f"verzonnen-{attempt}", "fout", forged=forged)
        assert status == 200, f"attempt {attempt + 1} from A: {status}"
    forged = "192.0.2.77" if forge else None
    assert stack.sign_in(CLIENT_A, "nog-een-naam", "fout", forged=forged) == 429, "A is paused"
    assert stack.sign_in(CLIENT_A, EDITOR, PASSWORD, forged=forged) == 429, "even with the right password"
    # Client B: one typo, then the right password. The editor, from a third address: straight in.
    assert stack.sign_in(CLIENT_B, EDITOR, "tikfout") == 200
    assert stack.sign_in(CLIENT_B, EDITOR, PASSWORD) == 302, "B is not locked out by A"
    assert stack.sign_in(EDITOR_ADDRESS, EDITOR, PASSWORD) == 302, "the editor is not locked out by A"


def test_with_two_hops_each_client_is_counted_by_its_own_address(stack):
    stack.serve(trusted_proxy_count=2)
    one_client_fails_and_the_others_still_sign_in(stack)
    addresses = stack.counted_addresses()
    assert CLIENT_A in addresses
    assert "127.0.0.1" not in addresses and not any(a.startswith(("198.51.100.", "192.0.2.")) for a in addresses)
    assert WARNING not in stack.gunicorn.log.read_text(), "a count that fits the topology warns about nothing"


def test_with_one_hop_too_few_the_log_says_so_and_nobody_is_locked_out(stack):
    stack.serve(trusted_proxy_count=1)  # docs/deploy.md said 1, with Varnish behind nginx
    one_client_fails_and_the_others_still_sign_in(stack)
    assert "127.0.0.1" not in stack.counted_addresses()
    log = stack.gunicorn.log.read_text()
    assert log.count("TRUSTED_PROXY_COUNT=1 points at 127.0.0.1") == 1, "warned once, not per request"
    assert "Set TRUSTED_PROXY_COUNT=2" in log


def test_with_one_hop_too_many_the_log_says_so_and_nobody_is_locked_out(stack):
    stack.serve(trusted_proxy_count=3)
    # Not with invented headers: a count too high trusts one entry the client wrote, which no
    # check can tell from a real one (hence the warning, from the requests that show it).
    one_client_fails_and_the_others_still_sign_in(stack, forge=False)
    assert "127.0.0.1" not in stack.counted_addresses()
    log = stack.gunicorn.log.read_text()
    assert "Set TRUSTED_PROXY_COUNT=2" in log
