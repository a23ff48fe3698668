"""A purge cannot miss because of a port, and cannot fail without a warning.

Wagtail's PURGE carries the Site's host with its port when that is not 80/443 (a trial at
https://name:8443 gets `Host: name:8443`), while nginx sends visitors' requests with `$host`, no
port. Through the real varnishd with deploy/varnish/default.vcl: both spellings are one copy, and
the purge through core/frontend_cache.py's backend turns that copy from HIT to MISS. An edge
that refuses or does not answer is a warning in the log, never silence."""

import json
import logging

from bench.environment import free_port
from core.frontend_cache import EdgePurgeBackend

from .test_edge_rules import call

HOST = "proef.veiliginbeeld.test"


def backend(location):
    return EdgePurgeBackend({"LOCATION": location, "EXPECT_HEADER": "X-VIB-Purged"})


def test_a_purge_with_a_non_default_port_turns_the_page_from_hit_to_miss(echo_edge, caplog):
    varnish, _server = echo_edge
    path = "/nl/proef-met-poort/"
    call(varnish, "GET", path, {"Host": f"{HOST}:8443"})
    assert call(varnish, "GET", path, {"Host": f"{HOST}:8443"})[1]["x-cache"] == "HIT"
    # A visitor through nginx ($host: no port) gets the same copy.
    status, headers, body = call(varnish, "GET", path, {"Host": HOST})
    assert (status, headers["x-cache"]) == (200, "HIT")
    assert json.loads(body)["headers"]["Host"] == HOST, "the site is asked without the port"

    with caplog.at_level(logging.INFO, logger="core.frontend_cache"):
        backend(varnish.url).purge(f"https://{HOST}:8443{path}")
    assert [r.levelname for r in caplog.records] == ["INFO"], caplog.text
    assert f"{HOST}{path}" in caplog.text, "the log names what the edge banned"

    assert call(varnish, "GET", path, {"Host": HOST})[1]["x-cache"] == "MISS"
    assert call(varnish, "GET", path, {"Host": f"{HOST}:8443"})[1]["x-cache"] == "HIT"


def test_an_ipv6_host_keeps_its_address_and_loses_only_the_port(echo_edge):
    varnish, _server = echo_edge
    _status, _headers, body = call(varnish, "GET", "/ipv6/", {"Host": "[::1]:8443"})
    assert json.loads(body)["headers"]["Host"] == "[::1]"


def test_an_edge_that_refuses_or_is_not_varnish_is_a_warning(echo_edge, caplog):
    _varnish, server = echo_edge
    not_varnish = f"http://127.0.0.1:{server.server_address[1]}"  # answers PURGE with 501
    with caplog.at_level(logging.INFO, logger="core.frontend_cache"):
        backend(not_varnish).purge(f"https://{HOST}/nl/")
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    assert "refused the purge" in caplog.text and "501" in caplog.text


def test_an_edge_that_does_not_answer_is_a_warning(caplog):
    with caplog.at_level(logging.INFO, logger="core.frontend_cache"):
        backend(f"http://127.0.0.1:{free_port()}").purge(f"https://{HOST}/nl/")
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    assert "did not answer the purge" in caplog.text
