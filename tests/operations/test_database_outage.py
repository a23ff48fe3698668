"""While the database cannot be reached: cached pages are still served, the rest gets a calm 503.

The outage is made in-process by making every new database cursor fail the way
psycopg2 fails when PostgreSQL is down; tests/operations/faults/ stops a real
PostgreSQL under gunicorn.
"""

import json
from contextlib import contextmanager
from unittest import mock

import pytest
from django.db import connections
from django.db.utils import OperationalError
from django.test import Client

from core import page_cache

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("public_site")]


@contextmanager
def database_down():
    def refuse(*args, **kwargs):
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')

    with mock.patch.object(type(connections["default"]), "ensure_connection", refuse):
        yield


def get(path, **headers):
    # As a visitor would: the exception becomes a response instead of failing the test.
    return Client(raise_request_exception=False).get(path, **headers)


def test_a_cached_page_is_still_served():
    assert get("/nl/").get("X-Page-Cache") == "miss"
    with database_down():
        response = get("/nl/")
    assert response.status_code == 200 and response["X-Page-Cache"] == "hit"


def test_the_last_good_copy_is_served_even_after_a_content_change():
    get("/en/help/")
    page_cache.invalidate()  # the copy is now of an older version: normally a miss
    with database_down():
        response = get("/en/help/")
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "stale"
    assert response["Content-Language"] == "en"
    assert "Content-Security-Policy" in response  # the security headers still come on top


def test_a_copy_past_its_fresh_time_is_served_while_the_database_is_down(settings, monkeypatch):
    get("/nl/hulp/")
    later = page_cache.time.time() + settings.PAGE_CACHE_SECONDS + 1
    monkeypatch.setattr(page_cache.time, "time", lambda: later)
    with database_down():
        response = get("/nl/hulp/")
    assert response.status_code == 200 and response["X-Page-Cache"] == "stale"


@pytest.mark.parametrize("path, first_language", [("/nl/campagnes/", "nl"), ("/en/campaigns/", "en")])
def test_a_page_never_cached_gets_a_bilingual_back_soon_page(path, first_language):
    with database_down():
        response = get(path)
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert f'<html lang="{first_language}" dir="ltr">' in html
    assert "Zo weer terug" in html and "Back soon" in html  # both languages, the address's first
    first, second = ("Zo weer terug", "Back soon") if first_language == "nl" else ("Back soon", "Zo weer terug")
    assert html.index(first) < html.index(second)
    assert '<section lang="nl" dir="ltr">' in html and '<section lang="en" dir="ltr">' in html
    assert '<section lang="tr" dir="ltr">' in html and '<section lang="ar" dir="rtl">' in html  # every public language
    assert "Traceback" not in html and "OperationalError" not in html
    assert "data-quick-exit" in html  # the quick exit stays
    assert "Content-Security-Policy" in response


def test_a_signed_in_editor_gets_the_same_calm_page(admin_client):
    admin_client.raise_request_exception = False
    with database_down():
        response = admin_client.get("/nl/")
    assert response.status_code == 503 and "Zo weer terug" in response.content.decode()


def test_healthz_names_the_database():
    with database_down():
        response = get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "failed", "cache": "ok"}


def test_other_errors_are_still_a_500_not_a_503(settings):
    settings.ROOT_URLCONF = "tests.pages.error_urls"
    response = Client(raise_request_exception=False).get("/nl/boom/")
    assert response.status_code == 500 and "Retry-After" not in response
