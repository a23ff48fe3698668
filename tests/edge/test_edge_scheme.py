"""A request that reaches Varnish without nginx's `X-Forwarded-Proto: https` never decides what
HTTPS visitors get.

Found when docs/deploy.md was followed on a fresh Debian 12: Debian's varnish listens on every
interface, and one request straight to :6081 got the site's redirect to HTTPS, which Varnish
cached under the page's address; every visitor through nginx was then sent to the very address
they asked for, a redirect loop, until the copy expired. The VCL keys copies by the scheme as well."""

import json

from .test_edge_rules import call

HOST = "schema.veiliginbeeld.test"


def test_a_copy_made_without_https_is_not_served_to_https_visitors(echo_edge):
    varnish, _server = echo_edge
    path = "/nl/zonder-https/"
    call(varnish, "GET", path, {"Host": HOST})  # straight to Varnish: no X-Forwarded-Proto
    assert call(varnish, "GET", path, {"Host": HOST})[1]["x-cache"] == "HIT"

    status, headers, body = call(varnish, "GET", path, {"Host": HOST, "X-Forwarded-Proto": "https"})
    assert (status, headers["x-cache"]) == (200, "MISS"), "an HTTPS visitor gets a copy of its own"
    assert json.loads(body)["headers"]["X-Forwarded-Proto"] == "https"
    https = {"Host": HOST, "X-Forwarded-Proto": "https"}
    assert call(varnish, "GET", path, https)[1]["x-cache"] == "HIT"


def test_a_purge_clears_the_copies_of_both_schemes(echo_edge):
    varnish, _server = echo_edge
    path = "/nl/beide/"
    for proto in ("http", "https"):
        call(varnish, "GET", path, {"Host": HOST, "X-Forwarded-Proto": proto})
    assert call(varnish, "PURGE", path, {"Host": HOST})[0] == 200
    for proto in ("http", "https"):
        assert call(varnish, "GET", path, {"Host": HOST, "X-Forwarded-Proto": proto})[1]["x-cache"] == "MISS"
