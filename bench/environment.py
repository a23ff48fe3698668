"""The bench's environment: its paths and what it measures, the settings of every command and
server, and the site set up for it (database, demo content, static files)."""

import os
import re
import socket
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
LUA = ROOT / "bench" / "wrk" / "bench.lua"
BIN = Path(sys.executable).parent

USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
EXPERIMENT = "hero-ouders-vraag"  # the demo content's running experiment (demo/data/messages.yaml)
PAGES = [  # (key, what, path): the page types, rendered without the page cache
    ("home", "home page", "/nl/"),
    ("campaign", "campaign page, running experiment", "/nl/campagnes/denk-na-voor-je-deelt/"),
    ("guidance", "guidance page", "/nl/informatie/het-is-jou-overkomen/"),
    (
        "lessons",
        "lesson index with filters",
        "/nl/lesmateriaal/?level=vo&age=13&duration=45&subject=mediawijsheid&sort=duration",
    ),
]
CACHED = "/nl/"  # the cached page: the home page, served from the page cache
STATIC = "/static/bench/reference.html"  # written under STATIC_ROOT before the second server starts
BARE = "/bench/bare/"  # bench/urls.py: the same bytes from a view that does nothing else
BEACON = f"/api/ab/{EXPERIMENT}/exposure"
REACH = "/api/reach"  # the reach beacon (reach/api.py): a view of the cached page, as site.js sends it
BENCH_REDIS = "redis://127.0.0.1:6379/15"

TARGETS = {
    "cached/static": 0.85,
    "edge/static": 0.9,
    "beacon/bare": 0.6,
    "reach/bare": 0.6,
    "render/calib": 0.5,
    "scale": 1.3,  # render at 200 campaigns and lessons / at 10, over the null control's (bench/scale.py)
    "render_p50_ms": 30.0,
    "queries": 10,
}


class BenchError(Exception):
    """The bench itself failed (not a missed target)."""


STARTED = time.monotonic()


def say(message=""):
    print(f"[{time.monotonic() - STARTED:5.1f}s] {message}" if message else "", flush=True)


def redis_answers(host="127.0.0.1", port=6379):
    try:
        with socket.create_connection((host, port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def hide_password(url):
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


def bench_environment():
    """The environment of every command and server: production settings, bench database and files."""
    env = dict(os.environ)
    notes = {}
    if env.get("DATABASE_URL"):
        notes["database"] = (
            f"{'PostgreSQL' if env['DATABASE_URL'].startswith('postgres') else 'DATABASE_URL'} "
            f"({hide_password(env['DATABASE_URL'])})"
        )
    else:
        env["DATABASE_URL"] = f"sqlite:///{WORK / 'bench.sqlite3'}"
        notes["database"] = "SQLite (bench/.work/bench.sqlite3)"
    notes["sqlite"] = env["DATABASE_URL"].startswith("sqlite")
    notes["own_redis"] = False
    if env.get("REDIS_URL"):
        notes["cache"] = f"Redis, REDIS_URL from the environment ({hide_password(env['REDIS_URL'])})"
    elif redis_answers():
        env["REDIS_URL"] = BENCH_REDIS
        env["BENCH_OWN_REDIS"] = "1"  # bench/scale.py's processes may clear it
        notes["own_redis"] = True
        notes["cache"] = f"Redis ({BENCH_REDIS}: REDIS_URL was not set and a Redis answered on 127.0.0.1:6379)"
    else:
        notes["cache"] = "local memory, one cache per worker (no REDIS_URL, no Redis on 127.0.0.1:6379)"
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        PYTHONPATH=str(ROOT),
        SECRET_KEY="bench-only-not-secret-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",  # plain HTTP on 127.0.0.1
        STATIC_ROOT=str(WORK / "static"),
        MEDIA_ROOT=str(WORK / "media"),
        LOG_LEVEL=env.get("LOG_LEVEL", "WARNING"),
        # wrk is one sender sending thousands of beacons a second, each of which must be counted
        # (counted=sent). The limit per sender still runs on every beacon, so its cost (a cache round
        # trip) is in the beacon's timings; it is only set too high to refuse any.
        BEACON_SENDER_LIMIT=str(10**9),
        # The beacons measured here write to the database at once, as they did before counts were
        # buffered in Redis (core/buffered_counting.py), so counted=sent reads the database; the
        # buffered path gets a bench of its own (issue 31, the spike bench). COUNTS_IN_REDIS=true to try it.
        COUNTS_IN_REDIS=env.get("COUNTS_IN_REDIS", "false"),
    )
    return env, notes


def postgres_server(url):
    """(connection parameters of the server, database name) of a PostgreSQL database URL."""
    import dj_database_url

    config = dj_database_url.parse(url)
    params = dict(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
    )
    return params, config["NAME"]


def postgres_maintenance(url):
    """(an autocommit connection to the server's "postgres" database, the URL's database name): for
    CREATE and DROP DATABASE, which cannot run in a transaction or in the database they name."""
    import psycopg2

    params, name = postgres_server(url)
    connection = psycopg2.connect(dbname="postgres", **params)
    connection.autocommit = True
    return connection, name


def url_with_database(url, name):
    """The database URL ``url`` naming the database ``name`` instead, its query string kept."""
    base, _slash, rest = url.rpartition("/")
    query = rest.partition("?")[2]
    return f"{base}/{name}" + (f"?{query}" if query else "")


def ensure_postgres_database(url):
    """Create the database named in DATABASE_URL when it does not exist yet."""
    import psycopg2

    params, name = postgres_server(url)
    try:
        psycopg2.connect(dbname=name, **params).close()
        return
    except psycopg2.OperationalError as error:
        if "does not exist" not in str(error):
            raise BenchError(f"PostgreSQL does not answer: {error}".strip()) from error
    connection, _name = postgres_maintenance(url)
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    say(f"created PostgreSQL database {name}")


def set_up_site(env):
    """Migrate, load the demo content once, collect static files: in this process, output to bench/.work/setup.log."""
    WORK.mkdir(parents=True, exist_ok=True)
    if env["DATABASE_URL"].startswith("postgres"):
        ensure_postgres_database(env["DATABASE_URL"])
    os.environ.update(env)  # this process uses the same settings, database and cache as the servers
    import django
    from django.core.management import call_command

    log = WORK / "setup.log"
    with log.open("w") as out:
        try:
            django.setup()
            for command, options in (
                ("setup_database", {"verbosity": 0}),
                ("load_demo_content", {"if_empty": True}),
                ("collectstatic", {"interactive": False, "verbosity": 0}),
            ):
                say(f"manage.py {command}")
                call_command(command, stdout=out, stderr=out, **options)
        except Exception as error:  # the settings refuse, a migration fails, ...
            out.flush()
            raise BenchError(f"setting up the site failed: {type(error).__name__}: {error}\n{tail(log)}") from error


def tail(path, lines=30):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no output)"
