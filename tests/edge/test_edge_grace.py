"""Grace: with the backend stopped, Varnish still serves the copy it had, past its lifetime
(X-Cache: STALE); a page it never had gets the calm 503 with Retry-After."""

import threading
import time
import uuid
from http.server import ThreadingHTTPServer

import pytest

from bench.edge import Varnish, varnishd_found
from core.edge_vcl import EdgeSite

from .conftest import SECRET, EchoHandler, varnish_required
from .test_edge_rules import call


@pytest.fixture
def short_lived_edge():
    if not varnishd_found():
        if varnish_required():
            pytest.fail("varnishd not found at /usr/sbin/varnishd (apt-get install varnish)")
        pytest.skip("varnishd not found at /usr/sbin/varnishd (apt-get install varnish)")
    server = ThreadingHTTPServer(("127.0.0.1", 0), EchoHandler)
    server.requests = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = EdgeSite(
        secret=SECRET,
        backend_port=server.server_address[1],
        probe_host="127.0.0.1",
        secure_cookie=False,
        html_seconds=1,
        probe_interval_seconds=1,
    )
    varnish = Varnish(site).start()
    try:
        yield varnish, server
    finally:
        varnish.remove()
        server.shutdown()
        server.server_close()


def test_a_stopped_backend_still_serves_cached_pages(short_lived_edge):
    varnish, server = short_lived_edge
    path = f"/nl/{uuid.uuid4().hex}/"
    status, headers, body = call(varnish, "GET", path)
    assert (status, headers["x-cache"]) == (200, "MISS")
    server.shutdown()
    server.server_close()  # the backend is gone: connections are refused
    time.sleep(1.5)  # past the 1 s lifetime
    # Before the probe has noticed (a fetch fails, the copy in grace is served) ...
    status, headers, stale = call(varnish, "GET", path)
    assert (status, headers["x-cache"]) == (200, "STALE")
    assert stale == body
    # ... and once it has (the probe of /healthz marks the site sick).
    deadline = time.monotonic() + 10
    while varnish.backend_healthy() is not False and time.monotonic() < deadline:
        time.sleep(0.25)
    assert varnish.backend_healthy() is False
    status, headers, again = call(varnish, "GET", path)
    assert (status, headers["x-cache"], again) == (200, "STALE", body)
    # A page never cached: the edge's own 503, both languages, try again in 30 s.
    status, headers, page = call(varnish, "GET", f"/nl/{uuid.uuid4().hex}/")
    assert status == 503 and headers["retry-after"] == "30"
    assert "Zo weer terug" in page.decode() and "Back soon" in page.decode()
