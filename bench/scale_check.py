"""Some page types' render cost at 10 and at 200 campaigns and lessons, with the calibration loop.

    .venv/bin/python bench/scale_check.py [search help sitemap ...] [--seconds 1] [--profile search]

The scale part of `make bench` (bench/scale.py, the same rounds: 10, 200, 10 again,
everything rolled back) for a few SCALE_PAGES keys only, in the bench's own setup
(production settings, its SQLite file in bench/.work/ or DATABASE_URL), with the
CPU calibration loop (bench/calibration.py) measured before and after in the same
run. Without keys, every page type. For work on a page type whose ratio
median(200) / median(10) is above the target of issue 17 (1.3).

The cache is Redis: REDIS_URL, or database 12 on 127.0.0.1:6379, as
bench/page_types.py uses.

``--profile KEY`` renders that page type at 200 campaigns and lessons under
cProfile afterwards (inside a transaction that is rolled back) and prints the
functions with the most cumulative time.
"""

import argparse
import cProfile
import os
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository root: bench.* and the site

from bench.calibration import calibration_loop_ms  # noqa: E402
from bench.environment import USER_AGENT, bench_environment, say, set_up_site  # noqa: E402
from bench.scale import FEW, MANY, SCALE_PAGES, measure_scale  # noqa: E402


def profile_at_many(key, rounds=40):
    from django.db import transaction
    from django.test import Client, override_settings

    from core import page_cache
    from demo.growth import grow

    path = next(p for k, _w, p, _e in SCALE_PAGES if k == key)
    with override_settings(PAGE_CACHE_ENABLED=False), transaction.atomic():
        client = Client(HTTP_USER_AGENT=USER_AGENT, HTTP_HOST="127.0.0.1")
        grow(MANY)
        page_cache.invalidate()
        for _ in range(3):
            client.get(path)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(rounds):
            client.cookies.clear()
            client.get(path)
        profiler.disable()
        transaction.set_rollback(True)
    page_cache.invalidate()
    print(f"\ncProfile of {path} at {MANY} campaigns and lessons, {rounds} renders: most cumulative time")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)


def main():
    keys = [key for key, *_ in SCALE_PAGES]
    parser = argparse.ArgumentParser()
    parser.add_argument("keys", nargs="*", help=f"SCALE_PAGES keys ({', '.join(keys)}); every page type without")
    parser.add_argument("--seconds", type=float, default=1.0, help="per page type and round, at least 8 renders")
    parser.add_argument("--profile", choices=keys, help="a SCALE_PAGES key to profile at 200 afterwards")
    options = parser.parse_args()
    unknown = set(options.keys) - set(keys)
    if unknown:
        parser.error(f"not a SCALE_PAGES key: {', '.join(sorted(unknown))}")

    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/12")
    os.environ.setdefault("LOG_LEVEL", "ERROR")  # not a line per 404
    env, notes = bench_environment()
    say(f"database: {notes['database']}; cache: {notes['cache']}")
    set_up_site(env)

    calib_before = calibration_loop_ms()
    # measure_scale gives each page type a tenth of its ``seconds`` per round.
    results = measure_scale(options.seconds * 10, keys=set(options.keys or keys))
    calib_after = calibration_loop_ms()
    calib = min(calib_before, calib_after)
    print(f"\ncalibration loop: {calib:.1f} ms (best of 5, before {calib_before:.1f}, after {calib_after:.1f})")
    print(f"{'page type':36} {f'ms at {FEW}':>9} {f'ms at {MANY}':>10} {'ratio':>6} {'queries':>9} {'kB':>11}")
    for key, item in results.items():
        print(
            f"{item['what']:36} {item['few_ms']:9.1f} {item['many_ms']:10.1f} {item['ratio']:6.2f} "
            f"{item['few_queries']:4d}/{item['many_queries']:<4d} "
            f"{item['few_bytes'] / 1000:5.1f}/{item['many_bytes'] / 1000:<5.1f}  [{key}]"
        )
    worst = max(results.values(), key=lambda item: item["ratio"])
    print(f"largest ratio: {worst['what']} × {worst['ratio']:.2f}")
    if options.profile:
        profile_at_many(options.profile)


if __name__ == "__main__":
    main()
