"""Every log line of the running site starts with one kind of time: ISO 8601 in UTC, with its zone.

gunicorn (campaign/gunicorn_conf.py) with the production settings, its own Redis, SQLite; the
master's environment says TZ=America/New_York, and Django sets Europe/Amsterdam in the workers.
Lines from the master (booting), a worker (ready), Django (Redis gone) and the access log must
all carry the same UTC form, close to the clock's time now."""

import os
import re
import secrets
import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.log_format import UTCFormatter, utc_timestamp
from tests.operations.faults.services import ROOT, Gunicorn, Redis, find_redis_server, get, wait_for

STAMP = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00) ")


def stamps(text):
    """The time of every line that starts an entry (traceback lines continue one)."""
    found = []
    for line in text.splitlines():
        if (
            not line.strip()
            or line.startswith((" ", "Traceback", "\t", "The above exception", "During handling of the above"))
            or re.match(r"^\w+(\.\w+)*(Error|Exception)", line)
        ):
            continue
        match = STAMP.match(line)
        assert match, f"a log line without the UTC ISO 8601 time: {line!r}"
        found.append(datetime.fromisoformat(match.group(1)))
    return found


def test_djangos_formatter_writes_utc_iso_8601_with_its_zone():
    import logging

    record = logging.LogRecord("campaign", logging.WARNING, __file__, 1, "hallo", None, None)
    record.created = 1_796_000_000.25  # 2026-11-30T00:53:20.250 UTC
    line = UTCFormatter("%(asctime)s %(message)s").format(record)
    assert line == "2026-11-30T00:53:20.250+00:00 hallo"
    assert utc_timestamp().endswith("+00:00")


@pytest.mark.skipif(not find_redis_server(), reason="redis-server is needed (apt-get install redis-server)")
def test_master_workers_access_log_and_django_share_one_utc_time():
    workdir = Path(tempfile.mkdtemp(prefix="vib-log-times-"))
    redis = Redis(find_redis_server(), workdir).start()
    env = {
        **os.environ,
        "TZ": "America/New_York",
        "DJANGO_SETTINGS_MODULE": "campaign.settings.production",
        "PYTHONPATH": str(ROOT),
        "SECRET_KEY": "log-test-only-" + secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{workdir / 'site.sqlite3'}",
        "REDIS_URL": redis.url,
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "INFO",
    }
    gunicorn = Gunicorn(env, workdir, workers=1)
    try:
        gunicorn.start()
        redis.kill()  # Django then logs "Redis cache unreachable" from the worker
        assert get(gunicorn.port, "/healthz").status == 503
        assert wait_for(lambda: "Redis cache unreachable" in gunicorn.log.read_text(), 10)
    finally:
        gunicorn.stop()
        redis.stop()
    log, access = gunicorn.log.read_text(), gunicorn.access_log.read_text()
    shutil.rmtree(workdir, ignore_errors=True)
    assert "Starting gunicorn" in log and "Worker ready" in log  # the master's line and a worker's
    assert re.search(r"\[WARNING\] core\.cache_backend: Redis cache unreachable", log), "Django's line"
    now = datetime.now(UTC)
    times = stamps(log) + stamps(access)
    assert len(stamps(access)) >= 2, access
    assert all(now - timedelta(minutes=3) < moment <= now for moment in times), times
