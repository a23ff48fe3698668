"""Render cost as content grows: every public page type with 10 and with 200 campaigns and lessons.

In process, with the Django test client and the page cache off, in the bench's own
database: the demo is grown to 10 campaigns and lessons (demo/growth.py) and every
page type rendered, then grown to 200 inside a savepoint and rendered again, then the
savepoint is rolled back (10 again) and rendered a third time; everything is rolled
back at the end, so the servers measured afterwards see the demo as loaded. The two
rounds at 10 are pooled, so drift of the machine during the measurement counts
against neither state. The ratio median(200) / median(10) is the figure: flat is 1.0.
"""

import statistics
import time

from bench.environment import USER_AGENT, BenchError, say

FEW, MANY = 10, 200
#: (key, what, path, expected status): one address per public page type (and the sitemap).
SCALE_PAGES = [
    ("home", "home page", "/nl/", 200),
    ("campaigns", "campaign overview", "/nl/campagnes/", 200),
    ("campaign", "campaign page, running experiment", "/nl/campagnes/denk-na-voor-je-deelt/", 200),
    ("audience_view", "campaign audience view", "/nl/campagnes/echt-of-nep/ouders/", 200),
    ("guidance_index", "guidance overview", "/nl/informatie/", 200),
    ("guidance", "guidance page", "/nl/informatie/het-is-jou-overkomen/", 200),
    ("hub_young", "young people's hub", "/nl/jongeren/", 200),
    ("hub_parents", "parents' hub", "/nl/ouders/", 200),
    ("hub_schools", "schools hub", "/nl/scholen/", 200),
    ("help", "help page", "/nl/hulp/", 200),
    ("offline", "get images offline", "/nl/hulp/beelden-offline/", 200),
    ("lessons", "lesson overview", "/nl/lesmateriaal/", 200),
    ("lesson", "lesson page", "/nl/lesmateriaal/echt-of-nep-groep-7-8/", 200),
    ("standard", "standard page", "/nl/over-ons/", 200),
    ("search", "search results", "/nl/zoeken/?q=deepfake", 200),
    ("sitemap", "sitemap.xml", "/sitemap.xml", 200),
    ("not_found", "404 page", "/nl/deze-pagina-bestaat-niet/", 404),
]


def render_round(client, budget, keys=None):
    """{key: (times, queries, bytes)} for the pages in SCALE_PAGES (all or ``keys``), ``budget`` s each at most."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    found = {}
    for key, _what, path, expected in SCALE_PAGES:
        if keys is not None and key not in keys:
            continue
        times, queries = [], []
        started = time.perf_counter()
        for round_number in range(200):
            client.cookies.clear()  # a first visit
            connection.queries_log.clear()  # a full log (9,000 queries) would count 0
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = client.get(path)
                elapsed = time.perf_counter() - start
            if response.status_code != expected:
                raise BenchError(f"{path}: {response.status_code}, expected {expected}")
            if round_number < 2:
                continue  # warm-up: templates, caches
            times.append(elapsed)
            queries.append(len(captured))
            if len(times) >= 8 and time.perf_counter() - started > budget:
                break
        found[key] = (times, queries, len(response.content))
    return found


def measure_scale(seconds, keys=None):
    """{key: {"few_ms", "many_ms", "ratio", "few_queries", "many_queries", "few_bytes", "many_bytes"}}.

    ``keys``: only these SCALE_PAGES keys (bench/scale_check.py); every page type by default.
    """
    from django.db import connections, transaction
    from django.test import Client, override_settings

    from core import page_cache
    from demo.growth import grow
    from pages.models import CampaignPage, LessonPage

    budget = max(0.5, seconds / 10)
    results = {}
    with override_settings(PAGE_CACHE_ENABLED=False), transaction.atomic():
        client = Client(HTTP_USER_AGENT=USER_AGENT, HTTP_HOST="127.0.0.1")
        grow(FEW)
        page_cache.invalidate()  # the content changed; no commit bumps the version inside this transaction
        if (CampaignPage.objects.live().count(), LessonPage.objects.live().count()) != (FEW, FEW):
            raise BenchError(f"the demo could not be grown to {FEW} campaigns and lessons")
        few = render_round(client, budget, keys)
        say(f"  {FEW} campaigns and lessons: rendered")
        with transaction.atomic():
            grow(MANY)
            page_cache.invalidate()
            many = render_round(client, budget, keys)
            say(f"  {MANY} campaigns and lessons: rendered")
            transaction.set_rollback(True)
        page_cache.invalidate()
        again = render_round(client, budget, keys)
        transaction.set_rollback(True)
    page_cache.invalidate()
    for key, what, _path, _status in SCALE_PAGES:
        if key not in few:
            continue
        few_times = few[key][0] + again[key][0]
        few_ms = statistics.median(few_times) * 1000
        many_ms = statistics.median(many[key][0]) * 1000
        results[key] = {
            "what": what,
            "few_ms": few_ms,
            "many_ms": many_ms,
            "ratio": many_ms / few_ms,
            "few_queries": max(few[key][1] + again[key][1]),
            "many_queries": max(many[key][1]),
            "few_bytes": few[key][2],
            "many_bytes": many[key][2],
        }
        say(f"  {what}: {few_ms:.1f} ms at {FEW}, {many_ms:.1f} ms at {MANY}, × {results[key]['ratio']:.2f}")
    connections.close_all()
    return results
