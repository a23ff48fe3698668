"""The sign-in limit's client address behind proxies: a TRUSTED_PROXY_COUNT that does not fit the
X-Forwarded-For that arrives is said once in the log, and never puts everyone on the proxy's address.

(The same behind real nginx and varnishd: tests/edge/test_edge_sign_in.py.)"""

import logging

import pytest

from core import client_address
from core.client_address import login_client_address
from second_factor.adapter import EditorAccountAdapter

CLIENT = "203.0.113.9"


class FakeRequest:
    def __init__(self, forwarded=None, peer="127.0.0.1"):
        self.META = {"REMOTE_ADDR": peer}
        if forwarded is not None:
            self.META["HTTP_X_FORWARDED_FOR"] = forwarded
        self.headers = {"x-forwarded-for": forwarded} if forwarded is not None else {}


@pytest.fixture(autouse=True)
def fresh(settings, caplog):
    client_address._warned.clear()
    settings.TRUSTED_PROXY_ADDRESSES = ["127.0.0.1", "::1"]
    caplog.set_level(logging.WARNING, logger="core.client_address")
    yield
    client_address._warned.clear()


def warnings(caplog):
    return [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING]


def test_nginx_and_varnish_are_two_hops(settings, caplog):
    settings.LOGIN_PROXY_COUNT = 2
    # The client wrote 6.6.6.6; nginx appended the client, Varnish appended nginx.
    assert login_client_address(FakeRequest(f"6.6.6.6, {CLIENT}, 127.0.0.1")) == CLIENT
    assert warnings(caplog) == []


def test_one_hop_too_few_is_said_once_and_the_client_still_counted(settings, caplog):
    settings.LOGIN_PROXY_COUNT = 1
    for _ in range(3):
        assert login_client_address(FakeRequest(f"6.6.6.6, {CLIENT}, 127.0.0.1")) == CLIENT
    (message,) = warnings(caplog)
    assert "TRUSTED_PROXY_COUNT=1 points at 127.0.0.1" in message and "Set TRUSTED_PROXY_COUNT=2" in message


def test_one_hop_too_many_is_said_and_the_outermost_address_used(settings, caplog):
    settings.LOGIN_PROXY_COUNT = 3
    assert login_client_address(FakeRequest(f"{CLIENT}, 127.0.0.1")) == CLIENT
    (message,) = warnings(caplog)
    assert "has only 2 entries" in message and "Set TRUSTED_PROXY_COUNT=2" in message


def test_a_request_around_the_proxies_counts_by_its_own_address_and_the_log_names_none(settings, caplog):
    settings.LOGIN_PROXY_COUNT = 2
    assert login_client_address(FakeRequest("6.6.6.6, 7.7.7.7", peer="198.51.100.4")) == "198.51.100.4"
    (message,) = warnings(caplog)
    assert "not one of the proxies" in message
    assert "198.51.100.4" not in message and "6.6.6.6" not in message


def test_a_proxy_that_sends_no_header_is_said(settings, caplog):
    settings.LOGIN_PROXY_COUNT = 1
    assert login_client_address(FakeRequest()) == "127.0.0.1"
    assert "without X-Forwarded-For" in warnings(caplog)[0]


def test_a_sign_in_from_the_server_itself_is_no_warning(settings, caplog):
    settings.LOGIN_PROXY_COUNT = 2
    assert login_client_address(FakeRequest("127.0.0.1, 127.0.0.1")) == "127.0.0.1"
    assert warnings(caplog) == []


def test_a_load_balancer_network_counts_as_a_proxy(settings, caplog):
    settings.TRUSTED_PROXY_ADDRESSES = ["127.0.0.1", "10.0.0.0/8"]
    settings.LOGIN_PROXY_COUNT = 2  # load balancer + nginx, but Varnish was added: 3 hops
    assert login_client_address(FakeRequest(f"{CLIENT}, 10.0.0.5, 127.0.0.1")) == CLIENT
    assert "Set TRUSTED_PROXY_COUNT=3" in warnings(caplog)[0]


def test_without_a_count_the_header_is_not_read(settings, caplog):
    settings.LOGIN_PROXY_COUNT = 0
    assert login_client_address(FakeRequest("6.6.6.6", peer="198.51.100.4")) == "198.51.100.4"
    assert warnings(caplog) == []


def test_allauth_uses_the_same_address_and_no_500_on_a_short_header(settings):
    settings.LOGIN_PROXY_COUNT = settings.ALLAUTH_TRUSTED_PROXY_COUNT = 3
    # allauth's own rule raises ImproperlyConfigured here (a 500 on the sign-in page).
    assert EditorAccountAdapter().get_client_ip(FakeRequest(f"{CLIENT}, 127.0.0.1")) == CLIENT


# -- the reach beacon: nginx sends it straight to the beacon pool, past Varnish (deploy/nginx/beacons.conf) --

SECRET = "edge-secret-" + "x" * 20


def through(forwarded, secret=None):
    request = FakeRequest(forwarded)
    if secret is not None:
        request.META["HTTP_X_VIB_EDGE"] = secret
    return request


def test_with_an_edge_a_request_nginx_sent_straight_on_is_read_with_one_hop_fewer(settings, caplog):
    settings.LOGIN_PROXY_COUNT, settings.EDGE_SHARED_SECRET = 2, SECRET
    # Through Varnish: nginx appended the client, Varnish appended nginx, and sent its secret.
    assert login_client_address(through(f"6.6.6.6, {CLIENT}, 127.0.0.1", SECRET)) == CLIENT
    # Straight from nginx (the reach beacon): no Varnish entry, no secret.
    assert login_client_address(through(CLIENT)) == CLIENT
    assert warnings(caplog) == []


def test_past_the_edge_a_made_up_header_or_secret_does_not_choose_the_address(settings):
    settings.LOGIN_PROXY_COUNT, settings.EDGE_SHARED_SECRET = 2, SECRET
    # A script that writes its own X-Forwarded-For to look like many senders: nginx appends the real one.
    for made_up in ("6.6.6.6", "6.6.6.6, 7.7.7.7"):
        assert login_client_address(through(f"{made_up}, {CLIENT}")) == CLIENT
        assert login_client_address(through(f"{made_up}, {CLIENT}", "a-guess")) == CLIENT


def test_without_an_edge_the_secret_header_changes_nothing(settings):
    settings.LOGIN_PROXY_COUNT, settings.EDGE_SHARED_SECRET = 1, ""
    assert login_client_address(through(f"6.6.6.6, {CLIENT}")) == CLIENT
    assert login_client_address(through(f"6.6.6.6, {CLIENT}", "anything")) == CLIENT
