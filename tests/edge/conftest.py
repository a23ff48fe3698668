"""Edge tests: Debian's varnishd with deploy/varnish/default.vcl, started by the tests on a free port.

Skipped without varnishd (apt-get install varnish; the sign-in test also nginx-light); with CI=true,
REQUIRE_BROWSER=1 or REQUIRE_VARNISH=1 a missing one is a failure. Marked ``edge``.
"""

import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bench.edge import Varnish, varnishd_found
from core.edge_vcl import EdgeSite

SECRET = "edge-test-secret-5b1c0e"


def varnish_required():
    return (
        os.environ.get("REQUIRE_VARNISH") == "1"
        or os.environ.get("REQUIRE_BROWSER") == "1"
        or os.environ.get("CI", "").lower() == "true"
    )


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.edge)


class EchoHandler(BaseHTTPRequestHandler):
    """Answers with the request it got (method, path, headers) as JSON; /private/ is no-store."""

    def do_GET(self):
        self.server.requests.append(self.path)
        body = json.dumps({"method": self.command, "path": self.path, "headers": dict(self.headers)}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if self.path.startswith("/experiment/"):
            self.send_header("X-VIB-Experiments", "hero-ouders-vraag")
            self.send_header("Vary", "X-VIB-Bucket")
        if self.path.startswith("/sets-cookie/"):
            self.send_header("Set-Cookie", "x=1")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET
    do_HEAD = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def echo_edge():
    if not varnishd_found():
        message = "varnishd not found at /usr/sbin/varnishd (apt-get install varnish)"
        if varnish_required():
            pytest.fail(message + " — CI=true, REQUIRE_BROWSER=1 or REQUIRE_VARNISH=1: a failure")
        pytest.skip(message)
    server = ThreadingHTTPServer(("127.0.0.1", 0), EchoHandler)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    varnish = Varnish(
        EdgeSite(secret=SECRET, backend_port=server.server_address[1], probe_host="127.0.0.1", secure_cookie=False)
    ).start()
    try:
        yield varnish, server
    finally:
        varnish.remove()
        server.shutdown()
