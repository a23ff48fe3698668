"""The harness itself: the site served by gunicorn on its own Redis and PostgreSQL, healthy and cached."""

import json


def test_the_site_is_served_healthy_and_cached(site):
    health = site.get("/healthz")
    assert health.status == 200, health
    assert json.loads(health.body) == {"database": "ok", "cache": "ok"}
    first, second = site.get("/nl/"), site.get("/nl/")
    assert (first.status, second.status) == (200, 200)
    assert second.page_cache == "hit", (first.headers, second.headers)
