"""A national spike: beacons through the edge at several times the old rate, pages measured meanwhile.

    .venv/bin/python bench/spike.py          (`make bench` runs it last; BENCH_SPIKE=0 leaves it out)

The servers, as docs/deploy.md deploys them: the site's gunicorn (campaign/gunicorn_conf.py, the bench's
workers, page cache on), the beacon pool beside it (campaign/gunicorn_beacons_conf.py: counts buffered in
Redis, core/buffered_counting.py), the count flusher (manage.py flush_counts), varnishd with
deploy/varnish/default.vcl in front of the site, and nginx in front of both (bench/nginx.py, with
deploy/nginx/'s snippets): pages and the A/B beacons go through Varnish, the reach beacon straight to
the beacon pool (deploy/nginx/beacons.conf). Plain HTTP: TLS would cost every path alike. The site's
own gunicorn counts the old way (COUNTS_IN_REDIS=false: one database write per beacon), so both paths
are measured in one run.

The database is PostgreSQL, as in production: BENCH_SPIKE_DATABASE_URL, else DATABASE_URL when it is
PostgreSQL, else the local server's database vib_bench_spike (created, migrated and given the demo
content once). Without a PostgreSQL the bench's SQLite file is used, and the report says so.

Parts, SECONDS each (BENCH_SPIKE_SECONDS, default 30; `make bench`'s BENCH_SECONDS when that is
smaller, as in CI's smoke run):

1. old path: reach beacons straight to the site's gunicorn, as fast as it answers: old/s, counted = sent.
2. new path: reach beacons through nginx to the beacon pool, as fast as it answers: new/s; counted =
   sent once the flusher has written them. Parts 1 and 2 alternate in ROUNDS rounds (1 2 1 2 1 2): the
   old path's rate varies from run to run, and the ratio must compare like with like.
3. no flood: the cached home page through nginx and Varnish at full speed (wrk), and beside it an uncached route
   screen (the "get images offline" route's first screen, a new query string every time so neither
   Varnish nor the page cache has it): its p50 and p99.
4. flood: the same, plus reach beacons through nginx on a schedule of FLOOD × old/s (FLOOD 5): the
   beacons answered (every one 204?), counted = sent after the flush, and the route screen's p99
   against part 3's (target within 1.5×). Parts 3 and 4 alternate in ROUNDS rounds (3 4 3 4 3 4), and
   each p99 is the median of its rounds.

Prints one line `spike: …` and the report's section (Markdown) on stdout.
"""

import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository root: bench.* and the site

from bench.environment import (  # noqa: E402
    BIN,
    CACHED,
    REACH,
    WORK,
    BenchError,
    bench_environment,
    free_port,
    say,
    set_up_site,
)
from bench.load import settled, wrk  # noqa: E402
from bench.processes import start_logged  # noqa: E402
from bench.server import Server, fetch  # noqa: E402

LOCAL_POSTGRES = "postgres://postgres@127.0.0.1:5432/vib_bench_spike"
ROUTE = "/nl/hulp/beelden-offline/"  # the "get images offline" route's first screen
FLOOD = 5  # the flood: this many times the old path's rate
#: Parts 1 and 2, then 3 and 4, alternate in this many rounds (1 2 1 2 1 2, 3 4 3 4 3 4), SECONDS /
#: ROUNDS each: rates and a p99 from one connection vary from run to run, so each figure is taken over
#: its rounds (the rate over their time together, the median p99), and the report shows every round's.
ROUNDS = 3
TARGETS = {"new/old": 5.0, "p99 flood/none": 1.5}
BEACON_CONNECTIONS = 16  # wrk threads (one connection each) sending beacons in parts 2 and 4
PAGE_CONNECTIONS = 2  # wrk on the cached page through nginx and Varnish in parts 3 and 4
SECTION_MARK = "<!-- bench/spike.py: the report's section follows -->"
#: CPU priorities. The beacon pool runs as docs/deploy.md's unit runs it, with a smaller CPU share than
#: the site (CPUWeight there, nice here), so a flood of counting gives way to pages. The load generators
#: stand in for browsers on other machines: they take what the servers leave (nice 19). The route
#: screen's wrk is the visitor being measured: it runs at the normal priority.
POOL_NICE = 19
LOAD_NICE = 19


class BeaconPool(Server):
    """gunicorn -c campaign/gunicorn_beacons_conf.py (threaded workers), as bench/server.py starts the site's."""

    config = "campaign/gunicorn_beacons_conf.py"
    ready_when = (REACH, 405)  # a beacon address answering "use POST": it serves beacons
    nice = POOL_NICE

    def __init__(self, env, workers, threads):
        env = {**env, "BEACON_WORKERS": str(workers), "BEACON_THREADS": str(threads)}
        super().__init__(env, "beacons", page_cache=True, workers=workers, port=free_port())
        self.access_log = None  # as deployed: campaign/gunicorn_beacons_conf.py's BEACON_ACCESS_LOG (off)


class Flusher:
    """manage.py flush_counts (every COUNTS_FLUSH_SECONDS), its own process group."""

    def __init__(self, env):
        self.env, self.log, self.process = env, WORK / "spike-flusher.log", None

    def start(self):
        self.process = start_logged([str(BIN / "python"), "manage.py", "flush_counts"], self.log, self.env)
        return self

    def stop(self):
        stop_group(self.process)


def stop_group(process):
    """SIGTERM to the process group of a child this script started (start_new_session), then SIGKILL."""
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass


def database_url():
    """(URL, what to say in the report): PostgreSQL when there is one, else the bench's SQLite file."""
    chosen = os.environ.get("BENCH_SPIKE_DATABASE_URL")
    if not chosen and os.environ.get("DATABASE_URL", "").startswith("postgres"):
        chosen = os.environ["DATABASE_URL"]
    if not chosen and shutil.which("pg_isready"):
        ready = subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"], check=False).returncode == 0
        chosen = LOCAL_POSTGRES if ready else None
    if chosen:
        return chosen, f"PostgreSQL ({chosen.rpartition('@')[2]})"
    return None, "SQLite (bench/.work/bench.sqlite3): no PostgreSQL answered; the issue's figure is PostgreSQL's"


def reach_counted_now():
    """The cached page's views in the database after writing what Redis holds (a reader's flush)."""
    from bench.in_process import reach_counted
    from core.buffered_counting import flush

    flush()
    return reach_counted()


def counted_during(read, run):
    """(what ``run()`` returned, how many views were counted meanwhile: every beacon written by then)."""
    before = settled(read)
    result = run()
    return result, settled(read) - before


def beacon_figures(data, counted):
    answered_204 = data["statuses"].get(204, 0)
    errors = sum(data["errors"].values())
    return {
        "rps": data["rps"],
        "sent": data["sent"],
        "answered": data["answered"],
        "answered_204": answered_204,
        "other_answers": {code: n for code, n in data["statuses"].items() if code != 204},
        "errors": errors,
        "counted": counted,
        "p50_ms": data["p50_us"] / 1000,
        "p99_ms": data["p99_us"] / 1000,
    }


def over_rounds(rounds):
    """(the route screen's figures, the cached page's) over the rounds: the median p50 and p99 (and
    each round's p99, for the spread), the cached page's median rate."""
    routes = [route for route, _pages in rounds]
    return (
        {
            "p50_us": statistics.median(route["p50_us"] for route in routes),
            "p99_us": statistics.median(route["p99_us"] for route in routes),
            "p99_rounds_ms": [round(route["p99_us"] / 1000, 1) for route in routes],
        },
        {"rps": statistics.median(pages["rps"] for _route, pages in rounds)},
    )


def merged(rounds):
    """One wrk figure of the flood's rounds: what was sent and answered added up, the rate over their
    time together, the median p50 and p99."""
    statuses, errors = {}, {}
    for data in rounds:
        for code, n in data["statuses"].items():
            statuses[code] = statuses.get(code, 0) + n
        for kind, n in data["errors"].items():
            errors[kind] = errors.get(kind, 0) + n
    answered = sum(data["answered"] for data in rounds)
    timed = sum(data["answered"] / data["rps"] for data in rounds if data["rps"])
    return {
        "rps": answered / timed if timed else 0.0,
        "sent": sum(data["sent"] for data in rounds),
        "answered": answered,
        "statuses": statuses,
        "errors": errors,
        "p50_us": statistics.median(data["p50_us"] for data in rounds),
        "p99_us": statistics.median(data["p99_us"] for data in rounds),
    }


def with_pages_at_full_speed(varnish_url, seconds, also=None):
    """The route screen (1 connection, never cached) while wrk loads the cached page through the front;
    ``also`` (a function) runs at the same time: the flood. Their wrk figures."""
    with ThreadPoolExecutor(3) as pool:
        pages = pool.submit(wrk, varnish_url + CACHED, seconds + 2, PAGE_CONNECTIONS, nice=LOAD_NICE)
        time.sleep(1)  # the cached-page load is under way before the route screen is measured
        flood = pool.submit(also) if also else None
        route = pool.submit(wrk, varnish_url + ROUTE, seconds, 1, "unique")
        return route.result(), pages.result(), flood.result() if flood else None


def main():
    seconds = int(float(os.environ.get("BENCH_SPIKE_SECONDS", "30")))
    if os.environ.get("BENCH_SECONDS"):
        seconds = max(1, min(seconds, int(float(os.environ["BENCH_SECONDS"]))))
    url, database = database_url()
    if url:
        os.environ["DATABASE_URL"] = url
    env, notes = bench_environment()
    # This process flushes before it reads (core/buffered_counting.py), as the dashboard does.
    env["COUNTS_IN_REDIS"] = "true"
    say(f"spike: {seconds} s per part; database: {database}; cache: {notes['cache']}")
    set_up_site(env)

    from bench.edge import Varnish, varnishd_found
    from bench.nginx import Nginx, nginx_found
    from campaign import gunicorn_conf
    from core.edge_vcl import EdgeSite

    if not varnishd_found():
        raise BenchError("varnishd not found (apt-get install varnish): the spike goes through the edge")
    if not nginx_found():
        raise BenchError("nginx not found (apt-get install nginx-light): the edge's front, as docs/deploy.md's")
    from bench.in_process import reach_body

    body = reach_body()
    os.environ["BENCH_REACH_BODY"] = body  # wrk inherits it
    workers = gunicorn_conf.workers
    from campaign import gunicorn_beacons_conf  # its defaults (or BEACON_WORKERS and BEACON_THREADS)

    beacon_workers, beacon_threads = gunicorn_beacons_conf.workers, gunicorn_beacons_conf.threads
    site = Server({**env, "COUNTS_IN_REDIS": "false"}, "spike", page_cache=True, workers=workers, port=free_port())
    pool = flusher = varnish = front = None
    try:
        site.start()
        pool = BeaconPool(env, beacon_workers, beacon_threads).start()
        flusher = Flusher(env).start()
        varnish = Varnish(
            EdgeSite(
                secret=env.get("EDGE_SHARED_SECRET") or "spike-bench-secret-" + "s" * 20,
                backend_port=site.port,
                beacon_port=pool.port,
                probe_host="127.0.0.1",
                secure_cookie=False,
            ),
            workdir=tempfile.mkdtemp(prefix="varnish-spike-", dir=WORK),
        ).start()
        # The front, as docs/deploy.md's: pages and the A/B beacons through Varnish, the reach beacon
        # straight to the beacon pool (deploy/nginx/beacons.conf). One nginx worker a core, as Debian's.
        front = Nginx(varnish.port, beacon_port=varnish.port, reach_port=pool.port, workers=os.cpu_count()).start()
        site.warm_up([CACHED, ROUTE])
        for _ in range(3):
            fetch(front.url + CACHED)
        headers = {"Content-Type": "text/plain;charset=UTF-8", "Sec-Fetch-Site": "same-origin"}
        for target in (site.url(REACH), front.url + REACH):
            for _ in range(2 * workers):
                if fetch(target, "POST", body.encode(), headers)[0] != 204:
                    raise BenchError(f"a warm-up reach beacon to {target} was not answered 204")

        round_seconds = max(1, seconds // ROUNDS)
        say(
            f"  1 and 2, in {ROUNDS} rounds of {round_seconds} s each, alternating: reach beacons (1) straight to "
            "the site's gunicorn, one database write each, (2) through nginx to the beacon pool, counted in "
            "Redis and written by the flusher"
        )
        paths = {
            "old": lambda: wrk(site.url(REACH), round_seconds, workers, "reach", nice=LOAD_NICE),
            "new": lambda: wrk(front.url + REACH, round_seconds, BEACON_CONNECTIONS, "reach", nice=LOAD_NICE),
        }
        measured = {"old": ([], 0), "new": ([], 0)}
        for number in range(1, ROUNDS + 1):
            for name, run in paths.items():
                data, counted_now = counted_during(reach_counted_now, run)
                rounds, counted = measured[name]
                measured[name] = (rounds + [data], counted + counted_now)
                say(
                    f"     round {number}, {name} path: {data['rps']:.0f}/s, sent {data['sent']}, counted {counted_now}"
                )
        old = beacon_figures(merged(measured["old"][0]), measured["old"][1])
        new = beacon_figures(merged(measured["new"][0]), measured["new"][1])
        old["rounds_rps"] = [round(data["rps"]) for data in measured["old"][0]]
        new["rounds_rps"] = [round(data["rps"]) for data in measured["new"][0]]
        say(f"     old path {old['rps']:.0f}/s, new path {new['rps']:.0f}/s over the rounds")

        rate = round(FLOOD * old["rps"])
        say(
            f"  3 and 4, in {ROUNDS} rounds of {round_seconds} s each, alternating: the cached page at full speed "
            f"through nginx and Varnish and the route screen beside it, without (3) and with (4) reach beacons "
            f"at {FLOOD} × {old['rps']:.0f}/s = {rate}/s through nginx"
        )

        def flood():
            return wrk(front.url + REACH, round_seconds, BEACON_CONNECTIONS, "reach", rate=rate, nice=LOAD_NICE)

        calm_rounds, flood_rounds, flood_data, counted = [], [], [], 0
        for number in range(1, ROUNDS + 1):
            route, pages, _ = with_pages_at_full_speed(front.url, round_seconds)
            calm_rounds.append((route, pages))
            (route, pages, data), counted_now = counted_during(
                reach_counted_now, lambda: with_pages_at_full_speed(front.url, round_seconds, flood)
            )
            flood_rounds.append((route, pages))
            flood_data.append(data)
            counted += counted_now
            say(
                f"     round {number}: route screen p99 {calm_rounds[-1][0]['p99_us'] / 1000:.1f} ms without, "
                f"{route['p99_us'] / 1000:.1f} ms with the flood; flood beacons {data['rps']:.0f}/s, "
                f"sent {data['sent']}, 204 {data['statuses'].get(204, 0)}, counted {counted_now}"
            )
        route_calm, pages_calm = over_rounds(calm_rounds)
        route_flood, pages_flood = over_rounds(flood_rounds)
        flooded = beacon_figures(merged(flood_data), counted)
    finally:
        for part in (front, varnish):
            if part:
                part.remove()
        for part in (flusher, pool):
            if part:
                part.stop()
        site.stop()

    figures = {
        "seconds": seconds,
        "database": database,
        "workers": workers,
        "beacon_pool": f"{beacon_workers} uvicorn workers, each with {beacon_threads} threads for Django's handler",
        "old": old,
        "new": new,
        "rate": rate,
        "flood": flooded,
        "route_calm": route_calm,
        "route_flood": route_flood,
        "pages_calm": pages_calm["rps"],
        "pages_flood": pages_flood["rps"],
        "load": os.getloadavg(),
    }
    section, line = report(figures)
    print(SECTION_MARK)
    print(section)
    print(line, flush=True)
    return 0


def per_round(part):
    return ", ".join(str(value) for value in part.get("rounds_rps", [])) or "–"


def rounds_of(route):
    return ", ".join(f"{value:.1f}" for value in route.get("p99_rounds_ms", [])) or "–"


def report(figures):
    """(the report's Markdown section, the summary line)."""
    old, new, flood = figures["old"], figures["new"], figures["flood"]
    new_over_old = new["rps"] / old["rps"] if old["rps"] else 0.0
    calm_p99, flood_p99 = figures["route_calm"]["p99_us"] / 1000, figures["route_flood"]["p99_us"] / 1000
    p99_ratio = flood_p99 / calm_p99 if calm_p99 else 0.0
    all_answered = flood["answered_204"] == flood["sent"] and not flood["errors"] and not flood["other_answers"]
    exact = all(part["counted"] == part["sent"] for part in (old, new, flood))

    def met(value, target, smaller=False):
        return "yes" if (value <= target if smaller else value >= target) else "no"

    def row(name, part):
        return (
            f"| {name} | {part['rps']:.0f} | {part['sent']} | {part['answered_204']} | "
            f"{part['errors'] + sum(part['other_answers'].values())} | {part['counted']} | "
            f"{'yes' if part['counted'] == part['sent'] else 'no'} | {part['p50_ms']:.1f} | {part['p99_ms']:.1f} |"
        )

    lines = [
        "## A national spike (bench/spike.py)",
        "",
        f"Database: {figures['database']}. {figures['seconds']} s per part. The site's gunicorn: "
        f"{figures['workers']} sync workers, page cache on, one database write per beacon (the old path); the "
        f"beacon pool: {figures['beacon_pool']} (campaign/gunicorn_beacons_conf.py), counts in Redis written by "
        "`manage.py flush_counts`; in front, as docs/deploy.md deploys it, nginx (bench/nginx.py with "
        "deploy/nginx/'s snippets, one worker a core) sends pages and the A/B beacons through varnishd "
        "(deploy/varnish/default.vcl) and the reach beacon straight to the pool (deploy/nginx/beacons.conf). "
        f"Beacons from {BEACON_CONNECTIONS} wrk connections; the cached page from {PAGE_CONNECTIONS}; the route "
        f"screen (`{ROUTE}`, a new query string each time: rendered every time) from 1. Priorities: the beacon "
        f"pool at nice {POOL_NICE} (its unit in docs/deploy.md: CPUWeight=1, Nice=19), the load generators (wrk for "
        f"the beacons and the cached page) at nice {LOAD_NICE}, each in a session of its own; the route screen's wrk "
        "at the normal priority. So in part 4 the pages take the CPU first and the beacons get what is left: "
        "with the cached page at full speed that is little, and the flood is answered below its schedule. "
        "Load average after: " + ", ".join(f"{value:.2f}" for value in figures["load"]) + ".",
        "",
        "| beacons | per s | sent | answered 204 | errors or other answers | counted | counted = sent | "
        "p50 ms | p99 ms |",
        "|---|---:|---:|---:|---:|---:|---|---:|---:|",
        row("1. old path: straight to the site's gunicorn", old),
        row("2. new path: through nginx to the beacon pool", new),
        row(f"4. the flood: scheduled at {figures['rate']}/s ({FLOOD} × part 1) through nginx", flood),
        "",
        f"Beacons per s of each round: old path {per_round(old)}; new path {per_round(new)}.",
        "",
        "| route screen, uncached (median of the rounds) | p50 ms | p99 ms | p99 of each round, ms | "
        "cached page beside it, per s |",
        "|---|---:|---:|---|---:|",
        f"| 3. no flood | {figures['route_calm']['p50_us'] / 1000:.1f} | {calm_p99:.1f} | "
        f"{rounds_of(figures['route_calm'])} | {figures['pages_calm']:.0f} |",
        f"| 4. during the flood | {figures['route_flood']['p50_us'] / 1000:.1f} | {flood_p99:.1f} | "
        f"{rounds_of(figures['route_flood'])} | {figures['pages_flood']:.0f} |",
        "",
        "| figure | value | target | met |",
        "|---|---:|---|---|",
        f"| new path / old path (beacons per s) | {new_over_old:.2f} | ≥ {TARGETS['new/old']:.0f} | "
        f"{met(new_over_old, TARGETS['new/old'])} |",
        f"| flood: beacons answered per s / scheduled | {flood['rps'] / figures['rate']:.2f} | 1.00 | "
        f"{met(flood['rps'] / figures['rate'], 0.98)} |",
        f"| flood: every beacon answered 204 | {'yes' if all_answered else 'no'} | yes | "
        f"{'yes' if all_answered else 'no'} |",
        f"| counted = sent, every part | {'yes' if exact else 'no'} | yes | {'yes' if exact else 'no'} |",
        f"| route screen p99, flood / no flood | {p99_ratio:.2f} | ≤ {TARGETS['p99 flood/none']} | "
        f"{met(p99_ratio, TARGETS['p99 flood/none'], smaller=True)} |",
    ]
    line = (
        f"spike: old={old['rps']:.0f}/s new={new['rps']:.0f}/s new/old={new_over_old:.2f} "
        f"flood={flood['rps']:.0f}/s of {figures['rate']}/s answered_all={'yes' if all_answered else 'no'} "
        f"{'counted=sent' if exact else 'counted!=sent'} route_p99_ms={calm_p99:.1f}->{flood_p99:.1f} "
        f"ratio={p99_ratio:.2f}"
    )
    return "\n".join(lines) + "\n", line


def run_as_part():
    """(summary line or None, the report's section or the output) in a process of its own: for
    bench/run.py, whose process is already set up with the bench's database."""
    say("a national spike (bench/spike.py; BENCH_SPIKE=0 leaves it out):")
    done = subprocess.run([sys.executable, str(Path(__file__).resolve())], capture_output=True, text=True)
    progress, _mark, section = done.stdout.partition(SECTION_MARK)
    for line in (progress + done.stderr).splitlines():
        say(f"  {line}")
    summary = [line for line in section.splitlines() if line.startswith("spike: ")]
    if done.returncode or not summary:
        return None, done.stdout + done.stderr
    return summary[-1], "\n".join(line for line in section.strip().splitlines() if not line.startswith("spike: "))


if __name__ == "__main__":
    try:
        status = main()
    except BenchError as error:
        print(f"spike bench failed: {error}", file=sys.stderr, flush=True)
        status = 1
    sys.exit(status)
