"""The beacons go to their own worker pool at the edge: varnishd with deploy/varnish/default.vcl
sends /api/ to the backend vib_beacons and everything else to the site, so a flood of beacons
queues only before the beacon pool (docs/deploy.md, "The beacon pool")."""

import json
import threading
import uuid
from http.server import ThreadingHTTPServer

import pytest

from bench.edge import Varnish, varnishd_found
from core.edge_vcl import EdgeSite

from .conftest import SECRET, EchoHandler, varnish_required
from .test_edge_rules import call


def echo_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), EchoHandler)
    server.requests = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def two_pools():
    if not varnishd_found():
        if varnish_required():
            pytest.fail("varnishd not found at /usr/sbin/varnishd (apt-get install varnish)")
        pytest.skip("varnishd not found at /usr/sbin/varnishd (apt-get install varnish)")
    site, beacons = echo_server(), echo_server()
    varnish = Varnish(
        EdgeSite(
            secret=SECRET,
            backend_port=site.server_address[1],
            beacon_port=beacons.server_address[1],
            probe_host="127.0.0.1",
            secure_cookie=False,
        )
    ).start()
    try:
        yield varnish, site, beacons
    finally:
        varnish.remove()
        site.shutdown()
        beacons.shutdown()


def send(varnish, method, path, body=None):
    headers = {"Sec-Fetch-Site": "same-origin", "Content-Type": "text/plain"}
    status, _headers, data = call(varnish, method, path, headers, body)
    return status, json.loads(data)


def test_beacons_go_to_the_beacon_pool_and_pages_to_the_site(two_pools):
    varnish, site, beacons = two_pools
    marker = uuid.uuid4().hex
    for path in ("/api/reach", "/api/ab/hero-ouders-vraag/exposure", "/api/ab/guardrail"):
        status, echoed = send(varnish, "POST", f"{path}?{marker}", body='{"language":"nl"}')
        assert status == 200 and echoed["method"] == "POST"
        # The beacon pool gets the edge's headers too: the A/B bucket and the secret it is believed by.
        assert echoed["headers"]["X-VIB-Edge"] == SECRET and echoed["headers"]["X-VIB-Bucket"]
    page = f"/nl/{marker}/"
    assert send(varnish, "GET", page)[0] == 200

    assert [path for path in beacons.requests if marker in path] == [
        f"/api/reach?{marker}",
        f"/api/ab/hero-ouders-vraag/exposure?{marker}",
        f"/api/ab/guardrail?{marker}",
    ]
    assert [path for path in site.requests if marker in path] == [page]


def test_the_site_answers_pages_while_the_beacon_pool_is_stuck(two_pools):
    """A beacon pool that takes no more requests (a flood) leaves the pages' backend untouched."""
    varnish, site, beacons = two_pools
    # Last in this module: the beacon pool goes away (closed, so Varnish's connection is refused).
    beacons.shutdown()
    beacons.server_close()
    status, _headers, _body = call(varnish, "POST", "/api/reach", None, "{}")
    assert status == 503  # the beacon is lost (sendBeacon does not retry); the page is not
    for number in range(5):
        status, echoed = send(varnish, "GET", f"/nl/still-served-{uuid.uuid4().hex}/")
        assert status == 200 and echoed["method"] == "GET", number


# -- behind nginx, as docs/deploy.md deploys it: the reach beacon goes past Varnish ------------------------


@pytest.fixture(scope="module")
def nginx_in_front():
    """nginx with deploy/nginx/'s snippets in front of Varnish (pages, A/B beacons) and the pool (reach)."""
    from bench.nginx import Nginx, nginx_found

    if not varnishd_found() or not nginx_found():
        message = "varnishd and nginx are needed (apt-get install varnish nginx-light)"
        if varnish_required():
            pytest.fail(message)
        pytest.skip(message)
    site, beacons = echo_server(), echo_server()
    varnish = Varnish(
        EdgeSite(
            secret=SECRET,
            backend_port=site.server_address[1],
            beacon_port=beacons.server_address[1],
            probe_host="127.0.0.1",
            secure_cookie=False,
        )
    ).start()
    front = Nginx(varnish.port, beacon_port=varnish.port, reach_port=beacons.server_address[1]).start()
    try:
        yield front, site, beacons
    finally:
        front.remove()
        varnish.remove()
        site.shutdown()
        beacons.shutdown()


def test_behind_nginx_the_reach_beacon_goes_straight_to_the_pool_and_the_ab_beacons_through_varnish(nginx_in_front):
    front, site, beacons = nginx_in_front
    marker = uuid.uuid4().hex
    status, reach = send(front, "POST", f"/api/reach?{marker}", body='{"language":"nl"}')
    assert status == 200 and reach["method"] == "POST"
    # Past Varnish: no edge secret, no bucket, and one address in X-Forwarded-For (nginx's entry), so
    # the pool reads it with one proxy fewer (core/client_address.py, tests/operations/test_proxy_hops.py).
    assert "X-VIB-Edge" not in reach["headers"] and "X-VIB-Bucket" not in reach["headers"]
    assert reach["headers"]["X-Forwarded-For"] == "127.0.0.1"
    status, ab = send(front, "POST", f"/api/ab/hero-ouders-vraag/exposure?{marker}", body='{"language":"nl"}')
    assert status == 200
    # Through Varnish: the secret, the visitor's bucket, and Varnish's entry after nginx's.
    assert ab["headers"]["X-VIB-Edge"] == SECRET and ab["headers"]["X-VIB-Bucket"]
    assert ab["headers"]["X-Forwarded-For"] == "127.0.0.1, 127.0.0.1"
    page = f"/nl/{marker}/"
    assert send(front, "GET", page)[0] == 200

    assert [path for path in beacons.requests if marker in path] == [
        f"/api/reach?{marker}",
        f"/api/ab/hero-ouders-vraag/exposure?{marker}",
    ]
    assert [path for path in site.requests if marker in path] == [page]
