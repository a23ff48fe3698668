"""In process, with the Django test client: render time and SQL queries, and the beacons counted."""

import statistics
import time

from bench.environment import BEACON, CACHED, EXPERIMENT, PAGES, REACH, USER_AGENT, BenchError, say
from bench.load import percentile


def timings(times, queries, size=0):
    """One row of the render table: the measured requests' median and p90 (ms), their queries, the bytes."""
    return {
        "renders": len(times),
        "p50_ms": statistics.median(times) * 1000,
        "p90_ms": percentile(times, 0.9) * 1000,
        "queries": max(queries),
        "queries_min": min(queries),
        "bytes": size,
    }


def measure_in_process(seconds, notes):
    """Median render time and SQL queries per page type, without the page cache (Django test client)."""
    from django.core.cache import cache
    from django.db import connection, connections
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    from core import page_cache
    from messaging import running

    if notes["own_redis"]:
        cache.clear()  # the bench's own Redis database: start from an empty cache
    else:
        page_cache.invalidate()
        running.forget()

    budget = max(1.0, seconds / 4)
    results = {}
    with override_settings(PAGE_CACHE_ENABLED=False):
        for key, what, path in PAGES:
            client = Client(HTTP_USER_AGENT=USER_AGENT, HTTP_HOST="127.0.0.1")
            times, queries = [], []
            started = time.perf_counter()
            for round_number in range(300):
                client.cookies.clear()  # a first visit, as from wrk
                connection.queries_log.clear()  # a full log (9,000 queries) would count 0
                with CaptureQueriesContext(connection) as captured:
                    start = time.perf_counter()
                    response = client.get(path)
                    elapsed = time.perf_counter() - start
                if response.status_code != 200 or "X-Page-Cache" in response:
                    raise BenchError(f"{path}: {response.status_code} {response.get('X-Page-Cache', '')}")
                if round_number < 3:
                    continue  # warm-up: templates, caches, connections
                times.append(elapsed)
                queries.append(len(captured))
                if len(times) >= 10 and time.perf_counter() - started > budget:
                    break
            if key == "campaign" and "vib_visitor" not in response.cookies:
                raise BenchError(f"{path} shows no running experiment (no visitor cookie set)")
            results[key] = timings(times, queries, len(response.content))
            say(f"  render {what}: p50 {results[key]['p50_ms']:.1f} ms, {results[key]['queries']} queries")

        # One beacon, to count its queries (its count is outside the measured window). Each round
        # a new visitor, with an id signed as the site signs it: a made-up id is not counted.
        from messaging.assignment import issue_visitor_id, signed_visitor_cookie

        client = Client(HTTP_USER_AGENT=USER_AGENT, HTTP_HOST="127.0.0.1")
        times, queries = [], []
        for round_number in range(23):
            client.cookies.clear()
            client.cookies["vib_visitor"] = signed_visitor_cookie(issue_visitor_id())
            connection.queries_log.clear()  # a full log (9,000 queries) would count 0
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = client.post(
                    BEACON,
                    '{"language":"nl"}',
                    content_type="application/json",
                    headers={"Sec-Fetch-Site": "same-origin"},
                )
                elapsed = time.perf_counter() - start
            if response.status_code != 204 or "vib_ab" not in response.cookies:
                raise BenchError(f"the beacon was not counted in process: {response.status_code}")
            if round_number >= 3:
                times.append(elapsed)
                queries.append(len(captured))
        results["beacon"] = timings(times, queries)
    connections.close_all()
    return results


def beacons_counted():
    """Exposures of the bench's experiment in the database, all arms and days together."""
    from django.db import connections
    from django.db.models import Sum

    from messaging.models import ExperimentCount
    from messaging.models.counters import EXPOSURE

    total = ExperimentCount.objects.filter(experiment__slug=EXPERIMENT, goal=EXPOSURE).aggregate(n=Sum("count"))["n"]
    connections.close_all()
    return total or 0


def reach_body():
    """The reach beacon site.js sends after the cached page rendered: a view of that page, from a mailing link."""
    import json

    from wagtail.models import Site

    page = Site.objects.get(is_default_site=True).root_page_id  # CACHED, the home page
    return json.dumps({"page": page, "event": "view", "language": "nl", "audience": "", "utm_medium": "email"})


def reach_counted():
    """Reach views of the cached page in the database, every day and source together."""
    from django.db import connections
    from django.db.models import Sum
    from wagtail.models import Site

    from reach.models import VIEW, ReachCount

    page = Site.objects.get(is_default_site=True).root_page_id
    total = ReachCount.objects.filter(page_id=page, event=VIEW).aggregate(n=Sum("count"))["n"]
    connections.close_all()
    return total or 0


def measure_reach_in_process(body):
    """Time and SQL queries of the reach beacon, warm (its page and sources cached), in process."""
    from django.db import connection, connections
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_USER_AGENT=USER_AGENT, HTTP_HOST="127.0.0.1")
    times, queries = [], []
    for round_number in range(23):
        connection.queries_log.clear()  # a full log (9,000 queries) would count 0
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.post(
                REACH, body, content_type="text/plain;charset=UTF-8", HTTP_SEC_FETCH_SITE="same-origin"
            )
            elapsed = time.perf_counter() - start
        if response.status_code != 204:
            raise BenchError(f"the reach beacon answered {response.status_code} in process (for {CACHED})")
        if round_number >= 3:
            times.append(elapsed)
            queries.append(len(captured))
    connections.close_all()
    return timings(times, queries)
