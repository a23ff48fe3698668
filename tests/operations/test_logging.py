"""What the site logs says nothing about who visited: no address, no browser, no search words."""

import logging

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
VISITOR = {
    "REMOTE_ADDR": "203.0.113.77",
    "HTTP_USER_AGENT": "VisitorBrowser/9.9",
    "HTTP_X_FORWARDED_FOR": "198.51.100.23",
}


def test_not_found_and_searches_log_no_personal_data(caplog):
    caplog.set_level(logging.DEBUG)
    client = Client(**VISITOR)
    client.get("/nl/bestaat-niet/?naam=Jansen")
    client.get("/nl/zoeken/?q=mijn+dochter+naaktfoto")
    client.get("/api/ab/unknown/exposure")
    client.post("/api/ab/hero-ouders-vraag/exposure", data="x" * 5000, content_type="application/json")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in ("203.0.113.77", "198.51.100.23", "VisitorBrowser", "Jansen", "dochter", "naaktfoto"):
        assert secret not in logged


def test_a_server_error_is_logged_without_the_visitors_data(settings, caplog):
    settings.ROOT_URLCONF = "tests.pages.error_urls"
    client = Client(raise_request_exception=False, **VISITOR)
    response = client.get("/nl/boom/?email=iemand@example.org")
    assert response.status_code == 500
    messages = "\n".join(record.getMessage() for record in caplog.records)
    assert "a deliberate failure" not in response.content.decode()
    for secret in ("203.0.113.77", "198.51.100.23", "VisitorBrowser", "iemand@example.org"):
        assert secret not in messages
