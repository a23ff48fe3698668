"""The VCL's request rules against real varnishd, with a backend that echoes what it received:
the bucket Varnish computes from a signed cookie id is messaging.assignment.edge_bucket_of_id,
visitors' own edge headers never reach the site, cookies are stripped from cached requests,
a hit follows a miss, POST and the admin pass, a purge empties the cache for that path."""

import http.client
import json
import uuid

import pytest

from messaging.assignment import edge_bucket_of_id, issue_visitor_id, signed_visitor_cookie

from .conftest import SECRET

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def call(varnish, method, path, headers=None, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", varnish.port, timeout=10)
    try:
        connection.request(method, path, body=body, headers={"User-Agent": BROWSER, **(headers or {})})
        response = connection.getresponse()
        data = response.read()
        headers = {k.lower(): v for k, v in response.getheaders()}
        if response.msg.get_all("Set-Cookie"):
            headers["set-cookie"] = "\n".join(response.msg.get_all("Set-Cookie"))  # one a line
        return response.status, headers, data
    finally:
        connection.close()


def seen(varnish, path, headers=None, method="GET"):
    status, response_headers, data = call(varnish, method, path, headers)
    assert status == 200
    return json.loads(data)["headers"], response_headers


@pytest.mark.django_db(transaction=False)
def test_the_bucket_of_a_signed_cookie_is_edge_bucket_of_id(echo_edge, settings):
    varnish, _server = echo_edge
    settings.SECRET_KEY = "edge-tests-only-" + "k" * 40
    for _ in range(200):
        visitor_id = issue_visitor_id()
        cookie = signed_visitor_cookie(visitor_id)
        got, _ = seen(varnish, f"/private-check/{uuid.uuid4().hex}", {"Cookie": f"sessionid=x; vib_visitor={cookie}"})
        # sessionid: passed (no cache), cookies kept; the bucket is still assigned
        assert got["X-VIB-Bucket"] == str(edge_bucket_of_id(visitor_id)), visitor_id
        assert got["X-VIB-Bucket-Source"] == "visitor"
        assert got["X-VIB-Edge"] == SECRET


def test_forged_edge_headers_from_a_visitor_are_replaced(echo_edge):
    varnish, _server = echo_edge
    forged = {"X-VIB-Bucket": "7", "X-VIB-Edge": "guess", "X-VIB-Bucket-Source": "cookie", "DNT": "1"}
    got, _ = seen(varnish, f"/page/{uuid.uuid4().hex}", forged)
    assert got["X-VIB-Bucket"] == "none"  # DNT: the control, whatever the visitor claimed
    assert got["X-VIB-Bucket-Source"] == "none"
    assert got["X-VIB-Edge"] == SECRET


def test_a_new_visitor_gets_a_random_bucket_and_keeps_it_by_cookie(echo_edge):
    varnish, _server = echo_edge
    path = f"/experiment/{uuid.uuid4().hex}"
    status, headers, data = call(varnish, "GET", path)
    got = json.loads(data)["headers"]
    assert got["X-VIB-Bucket-Source"] == "new"
    bucket = got["X-VIB-Bucket"]
    assert 0 <= int(bucket) <= 255
    assert headers["set-cookie"].startswith(f"vib_bucket={bucket};")
    assert "HttpOnly" in headers["set-cookie"] and "SameSite=Lax" in headers["set-cookie"]
    again, _ = seen(varnish, f"/experiment/{uuid.uuid4().hex}", {"Cookie": f"vib_bucket={bucket}"})
    assert again["X-VIB-Bucket"] == bucket and again["X-VIB-Bucket-Source"] == "cookie"


def test_a_bot_gets_no_bucket(echo_edge):
    varnish, _server = echo_edge
    got, _ = seen(varnish, f"/page/{uuid.uuid4().hex}", {"User-Agent": "Googlebot/2.1"})
    assert got["X-VIB-Bucket"] == "none"


def test_a_hit_after_a_miss_without_cookies_reaching_the_site(echo_edge):
    varnish, server = echo_edge
    path = f"/page/{uuid.uuid4().hex}"
    got, first = seen(varnish, path, {"Cookie": "vib_ab=x; other=y"})
    assert first["x-cache"] == "MISS"
    assert "Cookie" not in got
    _again, second = seen(varnish, path)
    assert second["x-cache"] == "HIT"
    assert server.requests.count(path) == 1


def test_post_admin_and_signed_in_requests_pass(echo_edge):
    varnish, server = echo_edge
    for method, path, headers in (
        ("POST", f"/api/ab/x/exposure?{uuid.uuid4().hex}", {"Cookie": "vib_visitor=abc"}),
        ("GET", f"/admin/pages/{uuid.uuid4().hex}/", {}),
        ("GET", f"/nl/{uuid.uuid4().hex}/", {"Cookie": "sessionid=abc"}),
        ("GET", f"/nl/{uuid.uuid4().hex}/", {"Cookie": "csrftoken=abc"}),
    ):
        for _ in range(2):
            status, headers_out, data = call(varnish, method, path, headers)
            assert status == 200 and headers_out["x-cache"] == "PASS", (method, path)
        assert server.requests.count(path) == 2
        if headers:
            assert json.loads(data)["headers"]["Cookie"] == headers["Cookie"]


def test_a_response_that_sets_a_cookie_is_not_cached(echo_edge):
    varnish, server = echo_edge
    path = f"/sets-cookie/{uuid.uuid4().hex}"
    for _ in range(2):
        call(varnish, "GET", path)
    assert server.requests.count(path) == 2


def test_experiment_pages_are_kept_per_bucket(echo_edge):
    varnish, server = echo_edge
    path = f"/experiment/{uuid.uuid4().hex}"
    for bucket in ("3", "4", "3", "4"):
        call(varnish, "GET", path, {"Cookie": f"vib_bucket={bucket}"})
    assert server.requests.count(path) == 2  # one copy per bucket, each served again from the cache


def test_a_purge_removes_every_query_and_bucket_of_the_path(echo_edge):
    varnish, server = echo_edge
    base = f"/nl/{uuid.uuid4().hex}/"
    for path in (base, base + "?page=2"):
        call(varnish, "GET", path)
        assert call(varnish, "GET", path)[1]["x-cache"] == "HIT"
    status, _h, _d = call(varnish, "PURGE", base)
    assert status == 200
    for path in (base, base + "?page=2"):
        assert call(varnish, "GET", path)[1]["x-cache"] == "MISS"
