"""Redis killed (SIGKILL) or hung (SIGSTOP) under load: the site fails open, then caches again by itself.

While Redis is down every public page still answers 200 within 2 s, rendered without the
cache (X-Page-Cache absent or "miss"); /healthz answers 503 {"cache": "failed",
"database": "ok"}; A/B beacons answer 204 and are counted in the database exactly. When
Redis is back (started again on the same port, or continued), a page is served from the
cache again and /healthz answers 200 within RECOVERY_LIMIT seconds — gunicorn is not
restarted.
"""

import time

from .scenario import CACHED, Scenario


def expect_served_without_cache(scenario, phase, since):
    """Requests sent after the fault: pages 200 without the cache, /healthz 503, beacons 204.
    (Those in flight when Redis went may have been served from it: only the common checks.)"""
    for answer in scenario.of(phase, "cached", since) + scenario.of(phase, "uncached", since):
        scenario.expect(answer.status == 200, "a page should answer 200 while Redis is down", answer)
        scenario.expect(
            answer.page_cache in (None, "miss"), "a page cannot come from the cache while Redis is down", answer
        )
    for answer in scenario.of(phase, "healthz", since):
        scenario.expect(answer.status == 503, "/healthz should answer 503 while Redis is down", answer)
        scenario.expect_health(answer, cache="failed", database="ok")
    for answer in scenario.of(phase, "beacon"):  # all of them, in flight or not: counted either way
        scenario.expect(
            answer.status == 204, "a beacon should be answered 204 (and counted) while Redis is down", answer
        )


def cached_again(scenario):
    """One round: the home page from the cache, and /healthz 200."""
    page = scenario.page("recovery", "cached", CACHED[0])
    health = scenario.health("recovery")
    return page.status == 200 and page.page_cache == "hit" and health.status == 200


def expect_all_well(scenario, phase):
    for answer in scenario.of(phase, "cached") + scenario.of(phase, "uncached"):
        scenario.expect(answer.status == 200, "after recovery every page answers 200", answer)
    for answer in scenario.of(phase, "healthz"):
        scenario.expect(answer.status == 200, "after recovery /healthz answers 200", answer)
    for answer in scenario.of(phase, "beacon"):
        scenario.expect(answer.status == 204, "after recovery a beacon answers 204", answer)


def run(site, name, fault, heal):
    """Requests start, Redis fails half a second later (requests in flight), the requests go on
    (40, or 12 s), then Redis is healed and the site must cache again by itself."""
    scenario = Scenario(site, name)
    scenario.prepare()
    traffic = scenario.load_in_background("fault", count=40, seconds=12.0)
    try:
        time.sleep(0.5)
        fault()
        fault_at = time.monotonic()
        traffic.join(timeout=60)
        scenario.figures["fault_requests"] = len(scenario.of("fault"))
        scenario.figures["after_fault"] = len(scenario.of("fault", since=fault_at))
        scenario.figures["fault_s"] = time.monotonic() - fault_at
    finally:
        heal()
    scenario.recover(cached_again)
    scenario.load("after", count=10, pause=0.05)
    expect_served_without_cache(scenario, "fault", since=fault_at)
    expect_all_well(scenario, "after")
    scenario.check_counts()
    scenario.finish()


def test_redis_killed_and_started_again_on_the_same_port(site):
    run(
        site,
        "redis killed (SIGKILL), then started again on the same port",
        fault=site.redis.kill,
        heal=site.redis.start,
    )


def test_redis_hung_and_continued(site):
    run(site, "redis hung (SIGSTOP), then continued (SIGCONT)", fault=site.redis.pause, heal=site.redis.resume)
