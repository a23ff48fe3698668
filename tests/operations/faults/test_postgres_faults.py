"""PostgreSQL stopped (an immediate stop: a crash) or restarted under load.

While the database is down, pages the cache holds still answer 200 (X-Page-Cache "hit", or
"stale" for a copy past its fresh time); a page not in the cache answers 503 with
Retry-After and a bilingual page (Dutch and English) without a traceback, within 2 s;
/healthz answers 503 {"database": "failed"}; a beacon answers 204 (counted) or 503, never
500. Once PostgreSQL is back, every page answers 200 again within RECOVERY_LIMIT seconds,
without restarting gunicorn (CONN_HEALTH_CHECKS replaces the dead connections), and no
request of the whole scenario answered 500. Beacons answered 204 are counted exactly.
"""

import threading
import time

from .scenario import Scenario, uncached_path


def expect_database_outage(scenario, phase, outage_certain):
    """`outage_certain`: the database was down for the whole phase (else some requests were
    served before it went down or after it came back, and may answer as usual)."""
    for answer in scenario.of(phase, "cached"):
        scenario.expect(
            answer.status == 200 and answer.page_cache in ("hit", "stale"),
            "a cached page should still be served from the cache while the database is down",
            answer,
        )
    for answer in scenario.of(phase, "uncached"):
        if outage_certain or answer.status != 200:
            scenario.expect_outage_page(answer)
    for answer in scenario.of(phase, "healthz"):
        if outage_certain or answer.status != 200:
            scenario.expect(answer.status == 503, "/healthz should answer 503 while the database is down", answer)
            scenario.expect_health(answer, database="failed")
    for answer in scenario.of(phase, "beacon"):
        scenario.expect(
            answer.status in (204, 503),
            "a beacon answers 204 (counted) or 503 (not counted) while the database is down",
            answer,
        )


def serves_everything(scenario):
    """One round: a page never cached, a cached page and /healthz, all 200."""
    fresh = scenario.page("recovery", "uncached", uncached_path())
    cached = scenario.cached_page("recovery", 0)
    health = scenario.health("recovery")
    return fresh.status == 200 and cached.status == 200 and health.status == 200


def expect_all_well(scenario, phase):
    for answer in scenario.of(phase, "cached") + scenario.of(phase, "uncached"):
        scenario.expect(answer.status == 200, "after recovery every page answers 200", answer)
    for answer in scenario.of(phase, "healthz"):
        scenario.expect(answer.status == 200, "after recovery /healthz answers 200", answer)
        scenario.expect_health(answer, database="ok", cache="ok")
    for answer in scenario.of(phase, "beacon"):
        scenario.expect(answer.status == 204, "after recovery a beacon answers 204", answer)


def test_database_stopped_immediately_then_started(site):
    scenario = Scenario(site, "postgres stopped (pg_ctl stop -m immediate), then started")
    scenario.prepare()
    for _ in range(2):
        scenario.beacon("before")
    site.flush_database()
    try:
        site.postgres.stop("immediate")
        started = time.monotonic()
        scenario.figures["fault_requests"] = scenario.load("fault")
        scenario.figures["fault_s"] = time.monotonic() - started
    finally:
        started = time.monotonic()
        site.postgres.start()
        scenario.figures["pg_start_s"] = time.monotonic() - started
    scenario.recover(serves_everything)
    scenario.load("after", count=10, pause=0.05)
    expect_database_outage(scenario, "fault", outage_certain=True)
    expect_all_well(scenario, "after")
    scenario.check_counts()
    scenario.finish()


def test_database_restarted_while_requests_are_made(site):
    scenario = Scenario(site, "postgres restarted (pg_ctl restart -m fast) while requests are made")
    scenario.prepare()
    stop = threading.Event()
    traffic = scenario.load_in_background("fault", count=80, seconds=20, pause=0.05, stop=stop)
    try:
        time.sleep(0.5)  # requests in flight when the database goes
        started = time.monotonic()
        site.postgres.restart("fast")
        scenario.figures["pg_restart_s"] = time.monotonic() - started
        scenario.recover(serves_everything)
        # The traffic goes on a little after the restart: each worker's first request on a dead
        # persistent connection is the one that must not fail.
        time.sleep(max(0.0, started + 3.0 - time.monotonic()))
    finally:
        stop.set()
        traffic.join(timeout=30)
    scenario.figures["fault_requests"] = len(scenario.of("fault"))
    scenario.figures["fault_503"] = sum(1 for answer in scenario.of("fault") if answer.status == 503)
    scenario.load("after", count=10, pause=0.05)
    expect_database_outage(scenario, "fault", outage_certain=False)
    expect_all_well(scenario, "after")
    scenario.check_counts()
    scenario.finish()
