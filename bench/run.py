"""`make bench`: the site under load, with gunicorn and wrk, against its own ceilings.

Starts the site with gunicorn (campaign/gunicorn_conf.py, production settings
with DEBUG off, via bench/settings.py) on PostgreSQL when DATABASE_URL is set and
on a SQLite file in bench/.work/ otherwise, drives it with wrk, and writes
bench/results/<date>.md (or BENCH_OUTPUT). The last line on stdout is the summary:

    bench: cached/static=<ratio> beacon/bare=<ratio> counted=sent|counted!=sent render_p50_ms=<ms> max_queries=<n>

(req/s ratios; render_p50_ms is the slowest page type's median render, max_queries the most
SQL queries of any page type.)

What is measured, BENCH_SECONDS (default 10) each:
  * under wrk, page cache off: the home page, a campaign page with a running
    experiment, a guidance page and the lesson index with filters;
  * under wrk, page cache on: a cached page (the home page, from the cache), the
    A/B exposure beacon, and two references — the same bytes as a static file
    served by whitenoise (the ceiling) and from a bare Django view;
  * in process, with the Django test client and the page cache off: the render
    time (median) and the SQL queries of each page type;
  * the beacon counts in the database after the run, against the beacons wrk sent.

A benchmark, not a test: missed targets are reported, not failed. The exit
status is non-zero only when the bench itself fails: the server does not start,
wrk is missing, a response is not the expected one, or counted != sent.

Environment: BENCH_SECONDS, DATABASE_URL, REDIS_URL (default: Redis database 15 on
127.0.0.1:6379 when a Redis answers there), BENCH_CONNECTIONS (default: one per
gunicorn worker), WEB_CONCURRENCY (workers), BENCH_PORT, BENCH_OUTPUT.
"""

import atexit
import datetime
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
LUA = ROOT / "bench" / "wrk" / "bench.lua"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))

USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
EXPERIMENT = "hero-ouders-vraag"  # the demo content's running experiment (pages/demo/content_messages.py)
PAGES = [  # (key, what, path): the page types, rendered without the page cache
    ("home", "home page", "/nl/"),
    ("campaign", "campaign page, running experiment", "/nl/campagnes/denk-na-voor-je-deelt/"),
    ("guidance", "guidance page", "/nl/informatie/het-is-jou-overkomen/"),
    ("lessons", "lesson index with filters",
     "/nl/lesmateriaal/?level=vo&age=13&duration=45&subject=mediawijsheid&sort=duration"),
]
CACHED = "/nl/"  # the cached page: the home page, served from the page cache
STATIC = "/static/bench/reference.html"  # written under STATIC_ROOT before the second server starts
BARE = "/bench/bare/"  # bench/urls.py: the same bytes from a view that does nothing else
BEACON = f"/api/ab/{EXPERIMENT}/exposure"
BENCH_REDIS = "redis://127.0.0.1:6379/15"

TARGETS = {"cached/static": 0.5, "beacon/bare": 0.6, "render_p50_ms": 30.0, "queries": 15}


class BenchError(Exception):
    """The bench itself failed (not a missed target)."""


STARTED = time.monotonic()


def say(message=""):
    print(f"[{time.monotonic() - STARTED:5.1f}s] {message}" if message else "", flush=True)


# -- environment -----------------------------------------------------------------------------
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
        notes["database"] = f"{'PostgreSQL' if env['DATABASE_URL'].startswith('postgres') else 'DATABASE_URL'} " \
                            f"({hide_password(env['DATABASE_URL'])})"
    else:
        env["DATABASE_URL"] = f"sqlite:///{WORK / 'bench.sqlite3'}"
        notes["database"] = "SQLite (bench/.work/bench.sqlite3)"
    notes["sqlite"] = env["DATABASE_URL"].startswith("sqlite")
    notes["own_redis"] = False
    if env.get("REDIS_URL"):
        notes["cache"] = f"Redis, REDIS_URL from the environment ({hide_password(env['REDIS_URL'])})"
    elif redis_answers():
        env["REDIS_URL"] = BENCH_REDIS
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
    )
    return env, notes


def ensure_postgres_database(url):
    """Create the database named in DATABASE_URL when it does not exist yet."""
    import dj_database_url
    import psycopg2

    config = dj_database_url.parse(url)
    params = dict(host=config["HOST"] or None, port=config["PORT"] or None,
                  user=config["USER"] or None, password=config["PASSWORD"] or None)
    try:
        psycopg2.connect(dbname=config["NAME"], **params).close()
        return
    except psycopg2.OperationalError as error:
        if "does not exist" not in str(error):
            raise BenchError(f"PostgreSQL does not answer: {error}".strip()) from error
    connection = psycopg2.connect(dbname="postgres", **params)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{config["NAME"]}"')
    connection.close()
    say(f"created PostgreSQL database {config['NAME']}")


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
            for command, options in (("setup_database", {"verbosity": 0}), ("load_demo_content", {"if_empty": True}),
                                     ("collectstatic", {"interactive": False, "verbosity": 0})):
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


# -- in process: render time and queries -------------------------------------------------------
def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure_in_process(seconds, notes):
    """Median render time and SQL queries per page type, without the page cache (Django test client)."""
    from django.core.cache import cache
    from django.db import connection, connections
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    from campaign import page_cache
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
            results[key] = {
                "renders": len(times), "p50_ms": statistics.median(times) * 1000,
                "p90_ms": percentile(times, 0.9) * 1000, "queries": max(queries),
                "queries_min": min(queries), "bytes": len(response.content),
            }
            say(f"  render {what}: p50 {results[key]['p50_ms']:.1f} ms, {results[key]['queries']} queries")

        # One beacon, to count its queries (its count is outside the measured window).
        client = Client(HTTP_USER_AGENT=USER_AGENT, HTTP_HOST="127.0.0.1")
        times, queries = [], []
        for round_number in range(23):
            client.cookies.clear()
            client.cookies["vib_visitor"] = secrets.token_hex(16)
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = client.post(BEACON, '{"language":"nl"}', content_type="application/json",
                                       headers={"Sec-Fetch-Site": "same-origin"})
                elapsed = time.perf_counter() - start
            if response.status_code != 204 or "vib_ab" not in response.cookies:
                raise BenchError(f"the beacon was not counted in process: {response.status_code}")
            if round_number >= 3:
                times.append(elapsed)
                queries.append(len(captured))
        results["beacon"] = {"renders": len(times), "p50_ms": statistics.median(times) * 1000,
                             "p90_ms": percentile(times, 0.9) * 1000, "queries": max(queries),
                             "queries_min": min(queries), "bytes": 0}
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


def settled(read, interval=0.5, limit=10):
    """The value once it stops changing (a beacon still in flight when wrk stopped is counted by then)."""
    value, deadline = read(), time.monotonic() + limit
    while time.monotonic() < deadline:
        time.sleep(interval)
        again = read()
        if again == value:
            return value
        value = again
    return value


# -- the server ------------------------------------------------------------------------------
RUNNING = []


class Server:
    """gunicorn with campaign/gunicorn_conf.py on 127.0.0.1:<port>, in its own process group."""

    def __init__(self, env, name, page_cache, workers, port):
        self.name, self.workers, self.port = name, workers, port
        self.env = {**env, "PAGE_CACHE_ENABLED": "true" if page_cache else "false"}
        self.log = WORK / f"gunicorn-{name}.log"
        self.access_log = WORK / f"access-{name}.log"
        self.process = None

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self):
        self.access_log.unlink(missing_ok=True)
        # --preload: the site is imported once and the workers forked from it, so that five workers
        # are up in seconds (boot time is not measured); serving is the same as without it.
        command = [str(BIN / "gunicorn"), "--config", "campaign/gunicorn_conf.py", "--preload",
                   "--bind", f"127.0.0.1:{self.port}", "--access-logfile", str(self.access_log),
                   "--no-control-socket"]
        with self.log.open("w") as out:
            self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, start_new_session=True)
        RUNNING.append(self)
        # Every worker has loaded the site (post_worker_init in campaign/gunicorn_conf.py), and answers.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"gunicorn ({self.name}) exited with {self.process.returncode}:\n{tail(self.log)}")
            if self.log.read_text(errors="replace").count("Worker ready") >= self.workers:
                try:
                    if fetch(self.url(BARE), timeout=5)[0] == 200:
                        say(f"  gunicorn ready ({self.workers} workers, page cache {self.name})")
                        return self
                except OSError:
                    pass
            time.sleep(0.2)
        raise BenchError(f"gunicorn ({self.name}) was not ready within 120 s:\n{tail(self.log)}")

    def warm_up(self, paths, rounds=2):
        """Each path `rounds` times per worker, as many at once as there are workers, all answered."""
        def get(path):
            return fetch(self.url(path))[0]

        with ThreadPoolExecutor(self.workers) as pool:
            for path in paths:
                statuses = set(pool.map(get, [path] * (rounds * self.workers)))
                if statuses != {200}:
                    raise BenchError(f"warming up {path}: answers {sorted(statuses)}")

    def terminate(self):
        """Graceful shutdown; gunicorn closes its socket at once, its workers take a few seconds to exit."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()

    def stop(self):
        self.terminate()
        if self.process is not None:
            try:
                self.process.wait(timeout=35)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)  # the process group of the gunicorn we started
                self.process.wait()
        if self in RUNNING:
            RUNNING.remove(self)


def stop_all():
    for server in list(RUNNING):
        server.stop()


def fetch(url, method="GET", body=None, headers=None, timeout=10):
    request = urllib.request.Request(url, data=body, method=method,
                                     headers={"User-Agent": USER_AGENT, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


# -- wrk -------------------------------------------------------------------------------------
def wrk(url, seconds, connections, mode="get"):
    if mode == "beacon":
        # Each thread stops itself after `seconds`, right after a response; -d is only a safety net.
        arguments = ["-d", f"{seconds + 3}s", "-s", str(LUA), url, "--", "beacon", str(seconds)]
    else:
        arguments = ["-d", f"{seconds}s", "-s", str(LUA), url, "--", "get"]
    command = ["wrk", "-t", str(connections), "-c", str(connections), "--timeout", "10s", *arguments]
    result = subprocess.run(command, capture_output=True, text=True)
    line = next((line for line in result.stdout.splitlines() if line.startswith("BENCH ")), None)
    if result.returncode or line is None:
        raise BenchError(f"wrk failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")
    data = json.loads(line[len("BENCH "):])
    data["statuses"] = {int(code): count for code, count in data["statuses"].items()}
    if mode == "beacon" and data["stopped_themselves"] == data["threads"] and data["timed_us"]:
        # wrk's duration is the -d it slept; the threads stopped themselves and timed it.
        data["rps"] = data["answered"] / (data["timed_us"] / 1e6)
    else:
        data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
    return data


# -- the run ---------------------------------------------------------------------------------
def main():
    seconds = max(1, int(float(os.environ.get("BENCH_SECONDS", "10"))))
    if not shutil.which("wrk"):
        raise BenchError("wrk is not installed: apt-get install wrk (`make bench` does that when run as root)")
    env, notes = bench_environment()
    notes["load_before"] = os.getloadavg()[0]
    say(f"bench: {seconds} s per measurement; database: {notes['database']}; cache: {notes['cache']}")
    set_up_site(env)
    from campaign import gunicorn_conf

    workers = gunicorn_conf.workers
    connections = int(os.environ.get("BENCH_CONNECTIONS") or workers)
    # Both servers on one port: pages name their own address, so the cached page and the
    # reference bytes (taken from the first server) are the same bytes.
    port = int(os.environ.get("BENCH_PORT") or free_port())
    problems = []

    say("in process, page cache off:")
    render = measure_in_process(seconds, notes)

    def measure(server, key, what, path, expected=200, mode="get"):
        data = wrk(server.url(path), seconds, connections, mode)
        unexpected = {code: n for code, n in data["statuses"].items() if code != expected}
        if unexpected:
            problems.append(f"{what}: unexpected answers {unexpected} (expected {expected})")
        data.update(key=key, what=what, path=path, cache=server.name)
        say(f"  {what}: {data['rps']:.1f} req/s, p50 {data['p50_us'] / 1000:.1f} ms, "
            f"p99 {data['p99_us'] / 1000:.1f} ms")
        return data

    rows = []
    say(f"gunicorn, page cache off ({workers} workers, wrk {connections} connections):")
    server = Server(env, "off", page_cache=False, workers=workers, port=port).start()
    server.warm_up([path for _key, _what, path in PAGES])
    for key, what, path in PAGES:
        rows.append(measure(server, key, what, path))
    status, _headers, reference = fetch(server.url(CACHED))
    if status != 200:
        raise BenchError(f"{CACHED} answered {status}")
    server.stop()
    # The references are the cached page's own bytes, as the server sent them.
    (WORK / "static" / STATIC.removeprefix("/static/")).parent.mkdir(parents=True, exist_ok=True)
    (WORK / "static" / STATIC.removeprefix("/static/")).write_bytes(reference)

    say("gunicorn, page cache on:")
    server = Server(env, "on", page_cache=True, workers=workers, port=port).start()
    checks = {}
    for name, path in (("static", STATIC), ("bare", BARE)):
        status, headers, body = fetch(server.url(path))
        if status != 200 or body != reference:
            raise BenchError(f"{path} does not answer the reference bytes ({status}, {len(body)} bytes)")
    fetch(server.url(CACHED))
    status, headers, body = fetch(server.url(CACHED))
    if headers.get("X-Page-Cache") != "hit":
        raise BenchError(f"{CACHED} is not served from the page cache (X-Page-Cache: {headers.get('X-Page-Cache')})")
    checks["cached_bytes"] = len(body)
    checks["cached_identical"] = body == reference
    server.warm_up([STATIC, BARE, CACHED])
    static = measure(server, "static", "static file (whitenoise), the ceiling", STATIC)
    bare = measure(server, "bare", "bare Django view, same bytes", BARE)
    cached = measure(server, "cached", "cached page (home page from the page cache)", CACHED)
    # Warm-up for the beacon: a few countable beacons, sequentially, before the count is read.
    def warm_beacon(_number):
        status, headers, _body = fetch(server.url(BEACON), "POST", b'{"language":"nl"}', {
            "Content-Type": "application/json", "Sec-Fetch-Site": "same-origin",
            "Cookie": f"vib_visitor={secrets.token_hex(16)}"})
        return status == 204 and "vib_ab=" in headers.get("Set-Cookie", "")

    warm_beacons = 2 * workers
    with ThreadPoolExecutor(workers) as pool:
        if not all(pool.map(warm_beacon, range(warm_beacons))):
            raise BenchError("a warm-up beacon was not counted")
    before = beacons_counted()
    beacon = measure(server, "beacon", "A/B exposure beacon (POST)", BEACON, expected=204, mode="beacon")
    counted = settled(beacons_counted) - before
    server.stop()  # its access log is complete now
    pattern = re.compile(rf'"POST {re.escape(BEACON)} [^"]*" 204 ')
    logged = sum(1 for line in server.access_log.read_text().splitlines() if pattern.search(line)) - warm_beacons
    rows += [cached, beacon, static, bare]
    beacon.update(counted=counted, logged=logged)
    # Exact: every beacon wrk sent was counted once (answered < sent only if wrk stopped a thread
    # with a beacon in flight; the server counts that one too).
    exact = counted == beacon["sent"]
    if not exact:
        problems.append(f"beacons: sent {beacon['sent']}, answered {beacon['answered']}, "
                        f"204 {beacon['statuses'].get(204, 0)}, counted {counted}")

    summary = {
        "cached/static": cached["rps"] / static["rps"],
        "beacon/bare": beacon["rps"] / bare["rps"],
        "exact": exact,
        "render_p50_ms": max(render[key]["p50_ms"] for key, _what, _path in PAGES),
        "max_queries": max(render[key]["queries"] for key, _what, _path in PAGES),
    }
    line = (f"bench: cached/static={summary['cached/static']:.2f} beacon/bare={summary['beacon/bare']:.2f} "
            f"{'counted=sent' if exact else 'counted!=sent'} render_p50_ms={summary['render_p50_ms']:.1f} "
            f"max_queries={summary['max_queries']}")
    notes["load_after"] = os.getloadavg()[0]
    context = dict(seconds=seconds, notes=notes, workers=workers, connections=connections, checks=checks,
                   reference_bytes=len(reference), problems=problems)
    output = Path(os.environ.get("BENCH_OUTPUT") or ROOT / "bench" / "results" / f"{datetime.date.today()}.md")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(report(rows, render, static, bare, beacon, summary, line, context))
    for problem in problems:
        say(f"PROBLEM: {problem}")
    say(f"wrote {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}")
    print(line, flush=True)
    return 1 if problems else 0


# -- the report ------------------------------------------------------------------------------
def version(command):
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=10)
        return (result.stdout or result.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"


def report(rows, render, static, bare, beacon, summary, line, context):
    import django
    import gunicorn
    import wagtail

    notes = context["notes"]
    commit = version(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    # Reports written by earlier runs are not changes to the code measured.
    dirty = version(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)bench/results"]) not in ("?", "")
    ms = lambda us: f"{us / 1000:.1f}"  # noqa: E731
    out = [
        f"# Benchmark {datetime.date.today()}",
        "",
        f"`make bench` (bench/run.py), BENCH_SECONDS={context['seconds']} per measurement, "
        f"commit {commit}{' with uncommitted changes' if dirty else ''}.",
        "",
        f"- Server: gunicorn {gunicorn.__version__} with campaign/gunicorn_conf.py (plus --preload, for a quick boot), "
        f"{context['workers']} sync workers, production settings (bench/settings.py: DEBUG off, plus the bare view), "
        "access log on, 127.0.0.1 over HTTP",
        f"- Database: {notes['database']}",
        f"- Cache: {notes['cache']}",
        f"- Load: {version(['wrk', '--version']).split(' [')[0]}, {context['connections']} threads × 1 connection, "
        f"on the same machine ({os.cpu_count()} cores) as the server; load average (1 min) "
        f"{notes['load_before']:.1f} before the run, {notes['load_after']:.1f} after",
        f"- Python {platform.python_version()}, Django {django.get_version()}, Wagtail {wagtail.__version__}",
        f"- Reference bytes: {context['reference_bytes']} (the home page as the server sent it); the cached page "
        f"answered {context['checks']['cached_bytes']} bytes"
        f"{', identical' if context['checks']['cached_identical'] else ', not byte-identical'}",
        "",
        "## Under load (wrk)",
        "",
        "| what | path | page cache | req/s | p50 ms | p99 ms | × static | × bare | answers |",
        "|---|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        answers = ", ".join(f"{n} × {code}" for code, n in sorted(row["statuses"].items()))
        errors = {name: n for name, n in row["errors"].items() if n and name != "status"}
        if errors:
            answers += "; socket errors " + ", ".join(f"{name} {n}" for name, n in errors.items())
        out.append(
            f"| {row['what']} | `{row['path']}` | {row['cache']} | {row['rps']:.1f} | {ms(row['p50_us'])} | "
            f"{ms(row['p99_us'])} | {row['rps'] / static['rps']:.2f} | {row['rps'] / bare['rps']:.2f} | {answers} |"
        )
    out += [
        "",
        "## Uncached render, in process",
        "",
        "Django test client, page cache off, a first visit each time (no cookies), one request at a time; "
        "SQL queries counted with CaptureQueriesContext.",
        "",
        "| page type | renders | p50 ms | p90 ms | SQL queries | bytes |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for key, what, _path in PAGES + [("beacon", "A/B exposure beacon (not a page)", BEACON)]:
        r = render[key]
        queries = str(r["queries"]) if r["queries"] == r["queries_min"] else f"{r['queries_min']}–{r['queries']}"
        out.append(f"| {what} | {r['renders']} | {r['p50_ms']:.1f} | {r['p90_ms']:.1f} | {queries} | {r['bytes']} |")
    out += [
        "",
        "## Beacons",
        "",
        "Every request is a new visitor (random `vib_visitor`, no `vib_ab` cookie), so every one should count. "
        "Each wrk thread has one connection and stops itself right after a response once its time is up, "
        f"so none is left in flight ({beacon['stopped_themselves']} of {beacon['threads']} threads did).",
        "",
        "| sent by wrk | answered | 204 | counted in the database | 204 in gunicorn's access log |",
        "|---:|---:|---:|---:|---:|",
        f"| {beacon['sent']} | {beacon['answered']} | {beacon['statuses'].get(204, 0)} | {beacon['counted']} | "
        f"{beacon['logged']} |",
        "",
        "## Targets",
        "",
        "| target | measured | met |",
        "|---|---|---|",
    ]
    render_met = all(render[key]["p50_ms"] <= TARGETS["render_p50_ms"] for key, _w, _p in PAGES)
    yes = lambda ok: "yes" if ok else "**no**"  # noqa: E731
    out += [
        f"| cached page ≥ {TARGETS['cached/static']} × static | {summary['cached/static']:.2f} | "
        f"{yes(summary['cached/static'] >= TARGETS['cached/static'])} |",
        f"| beacon ≥ {TARGETS['beacon/bare']} × bare view | {summary['beacon/bare']:.2f} | "
        f"{yes(summary['beacon/bare'] >= TARGETS['beacon/bare'])} |",
        f"| beacon counts exact | counted {beacon['counted']}, sent {beacon['sent']} | {yes(summary['exact'])} |",
        f"| uncached render p50 ≤ {TARGETS['render_p50_ms']:.0f} ms, every page type (on SQLite) | slowest "
        f"{summary['render_p50_ms']:.1f} ms | {yes(render_met) if notes['sqlite'] else 'not SQLite: reported only'} |",
        f"| ≤ {TARGETS['queries']} SQL queries per page | at most {summary['max_queries']} | "
        f"{yes(summary['max_queries'] <= TARGETS['queries'])} |",
        "",
    ]
    if context["problems"]:
        out += ["## Problems", ""] + [f"- {problem}" for problem in context["problems"]] + [""]
    out += ["## Summary", "", "```", line, "```", ""]
    return "\n".join(out)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *args: sys.exit(143))
    atexit.register(stop_all)
    try:
        status = main()
    except BenchError as error:
        print(f"bench failed: {error}", file=sys.stderr, flush=True)
        status = 1
    finally:
        stop_all()
    sys.exit(status)
