"""Fixtures for the reach tests: the public site built once per module, a browser-like client."""

import json

import pytest
from django.test import Client
from wagtail.models import Page

from tests import factories
from tests.shared_rows import shared_by_module

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0"
CAMPAIGN = "/nl/campagnes/echt-of-nep/"


@pytest.fixture(scope="module")
def reach_site_rows(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker, factories.build_public_site):
        yield


@pytest.fixture
def reach_site(reach_site_rows, db):
    """The public site of tests/factories.build_public_site; each test's changes rolled back."""


@pytest.fixture
def browser():
    return Client(HTTP_USER_AGENT=BROWSER, raise_request_exception=False)


def page_id(slug):
    return Page.objects.get(slug_nl=slug).pk


def send(client, body, **headers):
    """A beacon as navigator.sendBeacon sends a string: text/plain, same origin."""
    headers.setdefault("HTTP_SEC_FETCH_SITE", "same-origin")
    payload = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post("/api/reach", payload, content_type="text/plain;charset=UTF-8", **headers)
