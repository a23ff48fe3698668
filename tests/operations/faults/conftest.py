"""Fault tests: the site under gunicorn with the production settings, on its own Redis and PostgreSQL.

One session builds everything once, in temporary folders and on free ports:

1. redis-server (its own process group);
2. a PostgreSQL cluster: initdb, pg_ctl start (as the ``postgres`` user when run as root),
   CREATE DATABASE;
3. ``manage.py setup_database``, ``load_demo_content`` and ``collectstatic`` with the
   production settings against that database and that Redis;
4. gunicorn (campaign/gunicorn_conf.py, 2 sync workers).

The tests then kill, pause, stop and restart Redis and PostgreSQL — by the pid we started or
with ``pg_ctl -D <our data dir>``; never the machine's own services — while making requests.
Everything is stopped at the end of the session, also when a test fails.

They run only in the test pass without DATABASE_URL (they bring their own database), are
marked ``faults`` (``pytest -m "not faults"`` leaves them out), and are skipped when
redis-server or PostgreSQL's initdb is missing — except with CI=true or REQUIRE_BROWSER=1,
where a missing binary is a failure. Run as root (CI), PostgreSQL runs as the ``postgres``
user (FAULTS_POSTGRES_USER names another); as anyone else, as that user.

    .venv/bin/python -m pytest -q -s tests/operations/faults    # -s shows each scenario's figures
"""

import os
import pwd
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path

import pytest

from bench.processes import start_logged

from .services import (
    PYTHON,
    ROOT,
    Gunicorn,
    Postgres,
    Redis,
    ServiceError,
    find_postgres_bin,
    find_redis_server,
    get,
    tail,
    wait_for,
)

DATABASE = "veilig_in_beeld_faults"


def services_required():
    return os.environ.get("REQUIRE_BROWSER") == "1" or os.environ.get("CI", "").lower() == "true"


def postgres_user_name():
    return os.environ.get("FAULTS_POSTGRES_USER", "postgres")


def postgres_user_exists():
    try:
        pwd.getpwnam(postgres_user_name())
        return True
    except KeyError:
        return False


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.faults)


class Site:
    """What a test needs: the three services, the served address, and the database's counts."""

    def __init__(self, redis, postgres, gunicorn, env, workdir):
        self.redis, self.postgres, self.gunicorn, self.env, self.workdir = redis, postgres, gunicorn, env, workdir

    @property
    def port(self):
        return self.gunicorn.port

    def get(self, path, cookie=None, timeout=5.0):
        return get(self.port, path, cookie=cookie, timeout=timeout)

    def manage(self, *args, timeout=300):
        self.manage_in_background(*args)(timeout)

    def manage_in_background(self, *args):
        """Starts `manage.py <args>` with the site's environment; returns wait(timeout), which raises
        when the command failed."""
        log = self.workdir / f"manage-{args[0]}.log"
        process = start_logged([PYTHON, "manage.py", *args], log, self.env)

        def wait(timeout=300):
            try:
                returncode = process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)  # the command we started
                process.wait()
                raise ServiceError(f"manage.py {' '.join(args)} took over {timeout} s:\n{tail(log)}") from None
            if returncode != 0:
                raise ServiceError(f"manage.py {' '.join(args)} failed ({returncode}):\n{tail(log)}")

        return wait

    def exposures(self, slug):
        """Exposures counted in the database for the experiment, all arms, languages and days."""
        rows = self.postgres.execute(
            DATABASE,
            "SELECT COALESCE(SUM(c.count), 0) FROM messaging_experimentcount c "
            "JOIN messaging_experiment e ON e.id = c.experiment_id WHERE e.slug = %s AND c.goal = 'exposure'",
            [slug],
            fetch=True,
        )
        return int(rows[0][0])

    def flush_database(self):
        """CHECKPOINT: counts are committed with synchronous_commit off (core/counter_rows.py), so an
        immediate stop (a crash) may lose the last fraction of a second by design; the test flushes
        before it crashes the database, and counts what was answered before exactly."""
        self.postgres.execute(DATABASE, "CHECKPOINT")

    def healthy(self):
        answer = self.get("/healthz", timeout=2)
        return answer.status == 200

    def ensure_healthy(self):
        """Before a scenario: both services up (a failed test may have left one down), site healthy."""
        if self.redis.paused:
            self.redis.resume()
        if not self.redis.running():
            self.redis.start()
        if not self.postgres.running():
            self.postgres.start()
        if not self.gunicorn.alive():
            raise ServiceError(f"gunicorn is not running:\n{tail(self.gunicorn.log)}")
        if not wait_for(self.healthy, 20, interval=0.25):
            raise ServiceError(
                f"the site did not become healthy within 20 s: /healthz "
                f"{self.get('/healthz').status}\n{tail(self.gunicorn.log)}"
            )


@pytest.fixture(scope="session")
def fault_site(tmp_path_factory):
    if os.environ.get("DATABASE_URL"):
        pytest.skip(
            "fault tests run in the test pass without DATABASE_URL: they start their own PostgreSQL "
            "and Redis (this pass has DATABASE_URL set)"
        )
    redis_binary, postgres_bin = find_redis_server(), find_postgres_bin()
    missing = [
        name
        for name, found in (("redis-server", redis_binary), ("PostgreSQL's initdb/pg_ctl/postgres", postgres_bin))
        if not found
    ]
    if os.geteuid() == 0 and not postgres_user_exists():
        missing.append(f"an unprivileged user '{postgres_user_name()}' to run PostgreSQL as (it refuses root)")
    if missing:
        message = (
            f"{' and '.join(missing)} not found (apt-get install redis-server postgresql): "
            "the fault tests start their own"
        )
        if services_required():
            pytest.fail(message + " — CI=true or REQUIRE_BROWSER=1: a missing binary is a failure")
        pytest.skip(message)

    workdir = tmp_path_factory.mktemp("faults")
    # PostgreSQL's folder must be reachable by the user it runs as (pytest's own temporary
    # folders are private to the user running pytest), hence a folder of its own in /tmp.
    pg_base = Path(tempfile.mkdtemp(prefix="vib-faults-pg-"))
    redis = postgres = gunicorn = None
    timings = {}

    def step(name, action):
        started = time.monotonic()
        result = action()
        timings[name] = time.monotonic() - started
        return result

    collected = None
    try:
        redis = Redis(redis_binary, workdir)
        step("redis", redis.start)
        postgres = Postgres(postgres_bin, pg_base)
        step("initdb+start", lambda: postgres.init().start())
        postgres.execute("postgres", f'CREATE DATABASE "{DATABASE}"')
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "campaign.settings.production",
            "PYTHONPATH": str(ROOT),
            "SECRET_KEY": "faults-test-only-" + secrets.token_urlsafe(40),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": postgres.url(DATABASE),
            "REDIS_URL": redis.url,
            "SECURE_SSL_REDIRECT": "false",  # plain HTTP on 127.0.0.1
            "STATIC_ROOT": str(workdir / "static"),
            "MEDIA_ROOT": str(workdir / "media"),
            "LOG_LEVEL": "WARNING",
            # The scenarios count beacons in the database right after them, and kill a Redis without
            # persistence: counts are written at once here (core/buffered_counting.py has its own
            # crash tests: tests/reach/test_buffered_counts.py).
            "COUNTS_IN_REDIS": "false",
        }
        for name in (
            "REDIS_TIMEOUT_SECONDS",
            "REDIS_RETRY_SECONDS",
            "PAGE_CACHE_ENABLED",
            "PAGE_CACHE_SECONDS",
            "DB_CONN_MAX_AGE",
            "WEB_CONCURRENCY",
            "GUNICORN_BIND",
            "GUNICORN_ACCESS_LOG",
            "GUNICORN_TIMEOUT",
            "FRONTEND_CACHE_PURGE_URL",
            "CLOUDFLARE_ZONE_ID",
            "CLOUDFLARE_BEARER_TOKEN",
            "AWS_STORAGE_BUCKET_NAME",
        ):
            env.pop(name, None)  # the defaults are what is tested; nothing of the shell's own site
        site = Site(redis, postgres, None, env, workdir)
        # collectstatic needs no database: it runs beside the database set-up.
        collected = site.manage_in_background("collectstatic", "--noinput", "--verbosity", "0")
        # The demo app is not part of production: these two steps add it (campaign/settings/trial.py).
        demo = ("--settings", "campaign.settings.trial")
        step("setup_database", lambda: site.manage("setup_database", "--verbosity", "0", *demo))
        step("load_demo_content", lambda: site.manage("load_demo_content", "--if-empty", *demo))
        step("collectstatic (rest)", collected)
        gunicorn = site.gunicorn = step("gunicorn", Gunicorn(env, workdir).start)
        print(
            f"\n[faults] set up in {sum(timings.values()):.1f} s ("
            + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings.items())
            + f"): redis :{redis.port}, postgres :{postgres.port}"
            + (f" as {postgres.as_user.pw_name}" if postgres.as_user else "")
            + f", gunicorn :{gunicorn.port} (2 sync workers); logs in {workdir}",
            flush=True,
        )
        yield site
    finally:
        if collected is not None:
            try:
                collected(timeout=60)  # never left running after a failed set-up
            except ServiceError:
                pass
        if gunicorn is not None:
            logged = gunicorn.access_statuses_since(0)
            statuses = dict(sorted(Counter(status for status, _line in logged).items()))
            print(
                f"\n[faults] whole run: {len(logged)} requests in gunicorn's access log, statuses {statuses}",
                flush=True,
            )
        # gunicorn first (it talks to both), then Redis (woken first if paused), then PostgreSQL.
        for stop in (gunicorn and gunicorn.stop, redis and redis.stop, postgres and postgres.shutdown):
            if stop:
                try:
                    stop()
                except Exception as error:  # keep stopping the others
                    print(f"[faults] stopping a service failed: {error}")
        shutil.rmtree(pg_base, ignore_errors=True)


@pytest.fixture
def site(fault_site):
    fault_site.ensure_healthy()
    yield fault_site
    # Whatever the test did, it leaves both services running for the next one.
    try:
        fault_site.ensure_healthy()
    except ServiceError as error:
        print(f"[faults] could not restore the services after the test: {error}")
