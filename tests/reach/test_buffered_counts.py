"""Counting that absorbs a spike (core/buffered_counting.py): beacons add up in Redis, a flush moves
them to the database exactly once, whatever crashes or stops on the way.

Each test starts its own redis-server on a free port (tests/operations/faults/services.py) and stops
it by its pid. The tests are transactional: the flusher's commits are real commits, and the
beacons' threads (each with its own database connection) see the site.
"""

import datetime
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from io import StringIO

import pytest
import redis
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from core import buffered_counting
from core.buffered_counting import BATCHES, LIVE, flush
from core.models import FlushedCountBatch
from messaging.assignment import signed_visitor_cookie
from messaging.models import Experiment, ExperimentCount
from messaging.results import experiment_results
from reach.dashboard.figures import Scope, reach_figures
from reach.models import ReachCount
from tests.messaging.conftest import CAMPAIGN as AB_CAMPAIGN
from tests.messaging.conftest import build_experiment_site
from tests.reach.conftest import page_id, send

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0 VIB-spike-test"
ADDRESS = "203.0.113.77"
VISITOR = "5f1d0c2b9a8e4d7fa3c6b1e0d9f8a7b6"
THREADS = 6


@pytest.fixture(scope="module", autouse=True)
def migrated_rows_put_back(django_db_blocker):
    """These tests commit for real (threads, a flusher), so each ends by emptying the database; Django puts
    the migrated rows (the root page, the default site) back only when the next such test starts. Put them
    back after the last one too: pytest-django runs tests that need no database fixture (the demo loader's
    module-wide sites) after all transactional ones, and they build on those rows."""
    yield
    with django_db_blocker.unblock():
        for alias in connections:
            contents = getattr(connections[alias], "_test_serialized_contents", None)
            if contents:
                connections[alias].creation.deserialize_db_from_string(contents)


@pytest.fixture
def site(db):
    build_experiment_site()
    return {"campaign": page_id("echt-of-nep"), "help": page_id("hulp")}


def raw_redis(server):
    return redis.Redis(port=server.port)


def in_redis(server):
    """What waits in Redis: live and taken, summed per field."""
    client = raw_redis(server)
    waiting = Counter()
    keys = [LIVE.encode()] + [buffered_counting.batch_key(i.decode()).encode() for i in client.smembers(BATCHES)]
    for key in keys:
        for field, n in client.hgetall(key).items():
            waiting[field.decode()] += int(n)
    return waiting


def totals_by_event():
    counted = Counter()
    for row in ReachCount.objects.all():
        counted[(row.page_id, row.event)] += row.count
    return counted


def spike(site, beacons_per_thread, threads=THREADS):
    """Threads, each a browser of its own through the real beacon view: page views of the campaign (in two
    languages) and of the help page (a view there also counts "help page reached"). What was sent."""
    bodies = [
        {"page": site["campaign"], "event": "view", "language": "nl"},
        {"page": site["campaign"], "event": "view", "language": "en", "audience": "parents"},
        {"page": site["help"], "event": "view", "language": "nl"},
        {"page": site["campaign"], "event": "quick_exit", "language": "nl"},
    ]
    sent, errors, lock = Counter(), [], threading.Lock()
    start = threading.Barrier(threads)

    def browse(index):
        client = Client(HTTP_USER_AGENT=AGENT, REMOTE_ADDR=ADDRESS)
        mine = Counter()
        try:
            start.wait()
            for step in range(beacons_per_thread):
                body = bodies[(index + step) % len(bodies)]
                assert send(client, body).status_code == 204
                mine[(body["page"], body["event"])] += 1
                if body["page"] == site["help"]:
                    mine[(body["page"], "help_page")] += 1
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()
        with lock:
            sent.update(mine)

    workers = [threading.Thread(target=browse, args=(index,)) for index in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert not errors, errors
    return sent


# -- the spike is absorbed, and a flush writes exactly what was sent ---------------------------------


def test_a_spike_waits_in_redis_and_one_flush_writes_exactly_what_was_sent(buffered, site):
    sent = spike(site, 60)
    assert ReachCount.objects.count() == 0, "no beacon wrote to the database"
    assert sum(in_redis(buffered).values()) == sum(sent.values())

    cells = flush()
    # One row per cell, whatever the number of beacons behind it: the campaign's views in Dutch and in
    # English (parents), its quick exits, the help page's views and its "help page reached".
    assert cells == 5
    assert totals_by_event() == sent
    assert ReachCount.objects.get(page_id=site["campaign"], language="en", event="view").audience == "parents"
    assert in_redis(buffered) == Counter(), "nothing is left in Redis"
    assert raw_redis(buffered).keys("counts:*") == []
    assert FlushedCountBatch.objects.count() == 1

    more = spike(site, 20)
    flush()
    assert totals_by_event() == sent + more, "a second flush adds to the same rows"


def test_without_redis_every_beacon_is_written_at_once_as_before(settings, site):
    settings.COUNTS_IN_REDIS = True  # on, but the cache is local memory (development, tests): write through
    sent = spike(site, 10, threads=2)
    assert totals_by_event() == sent
    assert flush() == 0


# -- a flusher that crashes ---------------------------------------------------------------------------


class Crash(Exception):
    """The flusher's process dying at this point."""


def test_a_flusher_crashing_after_taking_a_batch_loses_nothing(buffered, site, monkeypatch):
    sent = spike(site, 30)

    def dies(batch_id, counts):
        raise Crash

    monkeypatch.setattr(buffered_counting, "write_batch", dies)
    with pytest.raises(Crash):
        flush()
    assert ReachCount.objects.count() == 0
    assert len(raw_redis(buffered).smembers(BATCHES)) == 1, "the taken batch waits in Redis"
    more = spike(site, 10)  # beacons keep coming while the flusher is down: a new live hash

    monkeypatch.undo()  # the flusher restarts
    flush()
    assert totals_by_event() == sent + more
    assert in_redis(buffered) == Counter()


def test_a_flusher_crashing_after_the_commit_and_before_the_delete_doubles_nothing(buffered, site, monkeypatch):
    sent = spike(site, 30)

    def dies(buffer, batch_id):
        raise Crash

    monkeypatch.setattr(buffered_counting, "forget_batch", dies)
    with pytest.raises(Crash):
        flush()
    assert totals_by_event() == sent, "the batch was committed"
    assert sum(in_redis(buffered).values()) == sum(sent.values()), "and is still in Redis"

    monkeypatch.undo()  # the flusher restarts: the batch's id is recorded, so it is deleted, not written again
    assert flush() == 5  # read again, written nothing
    assert totals_by_event() == sent
    assert in_redis(buffered) == Counter()


def test_two_flushers_meeting_the_same_left_over_batch_write_it_once(buffered, site, monkeypatch):
    sent = spike(site, 30)
    monkeypatch.setattr(buffered_counting, "forget_batch", lambda buffer, batch_id: None)  # both "crash" there
    flush()
    flush()  # the second meets the batch the first left: recorded, so nothing written
    assert totals_by_event() == sent
    monkeypatch.undo()
    flush()
    assert totals_by_event() == sent and in_redis(buffered) == Counter()


def test_a_flusher_killed_with_sigkill_mid_write_then_restarted_loses_and_doubles_nothing(buffered, site):
    """A real process: the batch write is held open (a lock on the batch table), the process gets SIGKILL,
    its transaction is rolled back by the database, and the next flush writes the batch once."""
    if connection.vendor != "postgresql":
        pytest.skip("a second process sees the test database on PostgreSQL only (SQLite's is in memory)")
    sent = spike(site, 30)
    database = connection.settings_dict
    url = (
        f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{database['NAME']}"
    )
    # The flusher in its own process: it takes the batch, records its id, and waits inside its transaction.
    script = (
        "import time, django; django.setup()\n"
        "from core import buffered_counting as b\n"
        "real = b.add_many\n"
        "def slow(*a, **k):\n"
        "    real(*a, **k); print('written', flush=True); time.sleep(60)\n"
        "b.add_many = slow\n"
        "b.flush()\n"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "campaign.settings.test",
        "DATABASE_URL": url,
        "REDIS_URL": buffered.url,
    }
    flusher = subprocess.Popen(
        [sys.executable, "-c", script.replace("django.setup()", "django.setup(); " + _production_cache())],
        env=environment,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert flusher.stdout.readline().strip() == "written"
        os.kill(flusher.pid, signal.SIGKILL)
        flusher.wait(timeout=10)
    finally:
        if flusher.poll() is None:
            os.kill(flusher.pid, signal.SIGKILL)
            flusher.wait(timeout=10)
    time.sleep(0.2)  # PostgreSQL notices the closed connection and rolls its transaction back
    assert ReachCount.objects.count() == 0 and not FlushedCountBatch.objects.exists()
    flush()
    assert totals_by_event() == sent
    assert in_redis(buffered) == Counter()


def _production_cache():
    """Settings code for the subprocess: the fail-open Redis cache at REDIS_URL and buffering on."""
    return (
        "from django.conf import settings; import os; "
        "settings.CACHES = {'default': {'BACKEND': 'core.cache_backend.FailOpenRedisCache', "
        "'LOCATION': os.environ['REDIS_URL']}}; settings.COUNTS_IN_REDIS = True"
    )


# -- Redis stopping mid-spike -----------------------------------------------------------------------


def test_redis_stopped_mid_spike_the_beacons_go_to_the_database_and_every_count_is_exact(buffered, site):
    client = raw_redis(buffered)
    first = spike(site, 30)
    client.shutdown(save=True)  # `systemctl stop redis-server`: Redis saves its data and exits
    buffered.process.wait(timeout=10)

    during = spike(site, 30)  # Redis gone: each beacon written to the database at once
    assert totals_by_event() == during

    buffered.start()  # back, with what it held when it stopped
    time.sleep(0.3)  # the fail-open cache's pause after a failure (RETRY_SECONDS) is over
    after = spike(site, 30)
    assert sum(in_redis(buffered).values()) == sum((first + after).values())
    flush()
    assert totals_by_event() == first + during + after


def test_redis_killed_after_a_flush_loses_nothing_the_flush_wrote(buffered, site):
    """A crash of Redis (SIGKILL, no persistence) loses what it held since the last flush; what a flush
    wrote is in the database, and the beacons while Redis is down are too."""
    first = spike(site, 20)
    flush()
    buffered.kill()
    during = spike(site, 20)
    assert totals_by_event() == first + during
    assert flush() == 0  # nothing to take, no error


# -- nothing about a visitor in Redis -------------------------------------------------------------------


def test_the_count_keys_hold_no_visitor_data(buffered, site):
    experiment = Experiment.objects.get(slug="hero-ouders-vraag")
    client = Client(HTTP_USER_AGENT=AGENT, REMOTE_ADDR=ADDRESS)
    client.cookies["vib_visitor"] = signed_visitor_cookie(VISITOR)
    client.get(AB_CAMPAIGN)
    assert (
        client.post(f"/api/ab/{experiment.slug}/exposure", '{"language": "nl"}', "application/json").status_code == 204
    )
    send(client, {"page": site["campaign"], "event": "view", "language": "nl", "referrer": "https://www.google.nl/"})
    redis_client = raw_redis(buffered)
    fields = redis_client.hkeys(LIVE)
    assert len(fields) == 2, "an exposure and a page view"
    stored = b" ".join([*redis_client.keys("*"), *fields]).decode()
    for secret in (VISITOR, ADDRESS, AGENT, "VIB-spike-test", "google", signed_visitor_cookie(VISITOR)):
        assert secret not in stored
    # The fields are exactly the rows' unique columns.
    assert all(
        field.decode().startswith(('["messaging.experimentcount",{"day":', '["reach.reachcount",{"audience":'))
        for field in fields
    )
    flush()
    assert ExperimentCount.objects.get(experiment=experiment).count == 1
    assert redis_client.keys("counts:*") == []


# -- the readers show what waits in Redis ---------------------------------------------------------------


def test_the_dashboard_and_the_ab_results_show_counts_not_yet_flushed(buffered, site):
    sent = spike(site, 10, threads=2)
    experiment = Experiment.objects.get(slug="hero-ouders-vraag")
    for index in range(4):
        visitor = Client(HTTP_USER_AGENT=AGENT)
        visitor.cookies["vib_visitor"] = signed_visitor_cookie(f"{index:032x}")
        visitor.get(AB_CAMPAIGN)
        visitor.post(f"/api/ab/{experiment.slug}/exposure", '{"language": "nl"}', "application/json")
    assert ReachCount.objects.count() == 0 and ExperimentCount.objects.count() == 0

    today = timezone.localdate()
    figures = reach_figures(Scope(start=today - datetime.timedelta(days=6), end=today), ["nl", "en"])
    assert figures.total.views == sum(n for (_page, event), n in sent.items() if event == "view")
    result = experiment_results(experiment)
    assert sum(variant["exposures"] for variant in result["variants"]) == 4


# -- what a flush leaves out, and the command -----------------------------------------------------------


def test_counts_of_a_page_deleted_before_the_flush_go_with_it_and_the_rest_are_written(buffered, site):
    sent = spike(site, 20)
    Page.objects.get(pk=site["help"]).delete()
    flush()
    assert totals_by_event() == Counter({key: n for key, n in sent.items() if key[0] == site["campaign"]})
    assert in_redis(buffered) == Counter()


def test_a_cell_this_code_does_not_know_is_dropped_and_holds_up_nothing(buffered, site, caplog):
    sent = spike(site, 10, threads=2)
    raw_redis(buffered).hincrby(LIVE, '["reach.renamedcount",{"day":"2026-12-06"}]', 3)
    flush()
    assert totals_by_event() == sent
    assert in_redis(buffered) == Counter()
    assert "reach.renamedcount" in caplog.text


def test_the_flush_counts_command_writes_what_waits(buffered, site):
    sent = spike(site, 10, threads=2)
    out = StringIO()
    call_command("flush_counts", "--once", stdout=out)
    assert out.getvalue().strip() == "Wrote 5 counter cells."
    assert totals_by_event() == sent


# -- a warm beacon: one round trip, judged on facts the worker remembers --------------------------------


def redis_commands_during(monkeypatch, action):
    """The commands the site sent to Redis while ``action()`` ran (each packed command is one round trip)."""
    from redis.connection import Connection

    sent, original = [], Connection.send_packed_command

    def counting(self, command, *args, **kwargs):
        sent.append(command)
        return original(self, command, *args, **kwargs)

    monkeypatch.setattr(Connection, "send_packed_command", counting)
    action()
    monkeypatch.undo()
    return sent


def test_a_warm_reach_beacon_makes_one_round_trip_to_redis(buffered, site, monkeypatch):
    client = Client(HTTP_USER_AGENT=AGENT, REMOTE_ADDR=ADDRESS)
    view = {"page": site["help"], "event": "view", "language": "nl"}
    assert send(client, view).status_code == 204  # the worker reads the site's facts and remembers them
    sent = redis_commands_during(monkeypatch, lambda: send(client, view))
    assert len(sent) == 1, "the limit per sender, the content version and both +1s in one script"
    flush()
    assert totals_by_event() == Counter({(site["help"], "view"): 2, (site["help"], "help_page"): 2})


def test_a_page_unpublished_after_a_worker_remembered_it_is_not_counted_any_more(buffered, site):
    client = Client(HTTP_USER_AGENT=AGENT, REMOTE_ADDR=ADDRESS)
    view = {"page": site["campaign"], "event": "view", "language": "nl"}
    assert send(client, view).status_code == 204
    Page.objects.get(pk=site["campaign"]).specific.unpublish()  # a new content version
    answer = send(client, view)
    assert answer.status_code == 400 and answer.json() == {"error": "unknown page"}
    flush()
    assert totals_by_event() == Counter({(site["campaign"], "view"): 1})


def test_over_the_limit_the_refused_count_waits_in_redis_too(buffered, site, settings):
    from reach.models import RefusedBeaconCount

    settings.BEACON_SENDER_LIMIT = 5
    client = Client(HTTP_USER_AGENT=AGENT, REMOTE_ADDR=ADDRESS)
    for _ in range(8):
        assert send(client, {"page": site["campaign"], "event": "view", "language": "nl"}).status_code == 204
    other = Client(HTTP_USER_AGENT=AGENT + " another browser", REMOTE_ADDR=ADDRESS)
    assert send(other, {"page": site["campaign"], "event": "view", "language": "nl"}).status_code == 204
    assert ReachCount.objects.count() == 0 and RefusedBeaconCount.objects.count() == 0
    flush()
    assert totals_by_event() == Counter({(site["campaign"], "view"): 6})
    assert RefusedBeaconCount.objects.get(kind="reach").count == 3
