"""Every public page type's uncached render: median time, SQL queries, and the ratio to the calibration loop.

    .venv/bin/python bench/page_types.py [--seconds 1.5] [--profile campaign]

A quick, in-process companion to `make bench` for work on render cost: the
bench's own setup (production settings, its SQLite file in bench/.work/ or
DATABASE_URL), the demo grown to 10 campaigns and lessons inside a transaction
that is rolled back (as bench/scale.py does), every page in bench/scale.py's
SCALE_PAGES rendered with the page cache off as a first visit, and the CPU
calibration loop (bench/calibration.py) measured before and after in the same
run. The figure is render/calib: the slowest page type's median over the best
calibration loop.

The cache is Redis (production settings need it): REDIS_URL, or database 12 on
127.0.0.1:6379 (not the bench's 15, so a `make bench` running beside this one is
not disturbed). Nothing is cleared: the content version is bumped instead.

``--profile KEY`` renders that page type (a SCALE_PAGES key) under cProfile
afterwards and prints the functions with the most time of their own and the
most cumulative time.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository root: bench.* and the site

from bench.calibration import calibration_loop_ms  # noqa: E402
from bench.environment import USER_AGENT, bench_environment, say, set_up_site  # noqa: E402
from bench.scale import FEW, SCALE_PAGES  # noqa: E402


def render(client, path, expected):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.cookies.clear()  # a first visit
    # The connection keeps at most 9,000 queries; once full, CaptureQueriesContext counts 0.
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as captured:
        start = time.perf_counter()
        response = client.get(path)
        elapsed = time.perf_counter() - start
    if response.status_code != expected:
        raise SystemExit(f"{path}: {response.status_code}, expected {expected}")
    return elapsed, len(captured), captured


def measure(client, seconds):
    found = {}
    for key, what, path, expected in SCALE_PAGES:
        for _ in range(3):  # warm-up: templates, caches
            render(client, path, expected)
        times, queries = [], []
        started = time.perf_counter()
        while len(times) < 10 or time.perf_counter() - started < seconds:
            elapsed, count, _ = render(client, path, expected)
            times.append(elapsed)
            queries.append(count)
            if len(times) >= 300:
                break
        found[key] = (what, statistics.median(times) * 1000, max(queries))
    return found


def profile(client, key, rounds=60):
    path, expected = next((p, e) for k, _w, p, e in SCALE_PAGES if k == key)
    for _ in range(3):
        render(client, path, expected)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(rounds):
        render(client, path, expected)
    profiler.disable()
    stats = pstats.Stats(profiler)
    print(f"\ncProfile of {path}, {rounds} renders: most time of their own")
    stats.sort_stats("tottime").print_stats(25)
    print("most cumulative time in the site's own code")
    stats.sort_stats("cumulative").print_stats(r"/(pages|campaign|messaging|home|reach)/(?!.*site-packages)", 40)
    print("most cumulative time in Wagtail and Django template tags")
    stats.sort_stats("cumulative").print_stats(r"(wagtail|templatetags|modeltranslation)", 30)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=1.5, help="per page type, at least 10 renders")
    parser.add_argument("--profile", help="a SCALE_PAGES key to profile afterwards")
    parser.add_argument("--queries", help="a SCALE_PAGES key whose SQL to print")
    options = parser.parse_args()

    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/12")
    os.environ.setdefault("LOG_LEVEL", "ERROR")  # not a line per 404
    env, notes = bench_environment()
    say(f"database: {notes['database']}; cache: {notes['cache']}")
    set_up_site(env)

    from django.db import transaction
    from django.test import Client, override_settings

    from core import page_cache
    from demo.growth import grow

    calib_before = calibration_loop_ms()
    with override_settings(PAGE_CACHE_ENABLED=False), transaction.atomic():
        client = Client(HTTP_USER_AGENT=USER_AGENT, HTTP_HOST="127.0.0.1")
        grow(FEW)
        page_cache.invalidate()
        found = measure(client, options.seconds)
        calib_after = calibration_loop_ms()
        if options.queries:
            path, expected = next((p, e) for k, _w, p, e in SCALE_PAGES if k == options.queries)
            render(client, path, expected)
            _, count, captured = render(client, path, expected)
            print(f"\n{count} queries for {path}:")
            for query in captured.captured_queries:
                sql = query["sql"]
                print(" ", sql[:60], "…", sql[sql.find(" FROM ") :][:400])
        if options.profile:
            profile(client, options.profile)
        transaction.set_rollback(True)
    page_cache.invalidate()

    calib = min(calib_before, calib_after)
    print(f"\ncalibration loop: {calib:.1f} ms (best of 5, before {calib_before:.1f}, after {calib_after:.1f})")
    print(f"{'page type':40} {'median ms':>9} {'/calib':>7} {'queries':>7}")
    for key, (what, median_ms, queries) in found.items():
        print(f"{what:40} {median_ms:9.1f} {median_ms / calib:7.3f} {queries:7d}   [{key}]")
    slowest = max(found.values(), key=lambda item: item[1])
    print(
        f"slowest: {slowest[0]} {slowest[1]:.1f} ms, render/calib={slowest[1] / calib:.2f}; "
        f"max_queries={max(item[2] for item in found.values())}"
    )


if __name__ == "__main__":
    main()
