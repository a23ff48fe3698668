"""/healthz tells a load balancer whether this app server can serve: database and cache."""

import json

import pytest
from django.db import OperationalError

pytestmark = pytest.mark.django_db


def test_a_healthy_server_says_so_and_is_never_cached(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert not response.cookies
    assert "X-Page-Cache" not in response


def test_a_cache_that_does_not_answer_makes_it_unhealthy(client, settings, caplog):
    # A Redis that is not there: nothing listens on port 1.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
    }
    settings.PAGE_CACHE_ENABLED = False
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "ok", "cache": "failed"}
    assert "Health check cache failed" in caplog.text
    assert "Traceback" not in response.content.decode()


def test_a_database_that_does_not_answer_makes_it_unhealthy(client, monkeypatch):
    from core import health

    def broken():
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setitem(health.CHECKS, "database", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "failed", "cache": "ok"}


def test_only_get_is_answered(client):
    assert client.post("/healthz").status_code == 405
