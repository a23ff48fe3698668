"""`make bench`: the site under load, with gunicorn and wrk, against its own ceilings.

Starts the site with gunicorn (campaign/gunicorn_conf.py, production settings
with DEBUG off, via bench/settings.py) on PostgreSQL when DATABASE_URL is set and
on a SQLite file in bench/.work/ otherwise, drives it with wrk, and writes
bench/results/<date>.md (<date>-2.md, … when the day has one; or BENCH_OUTPUT). The last line on
stdout is the summary:

    bench: cached/static=<ratio> beacon/bare=<ratio> counted=sent|counted!=sent render_p50_ms=<ms> max_queries=<n>
           reach/bare=<ratio> edge/static=<ratio> render/calib=<ratio> scale=<ratio> null=<ratio> calib_ms=<ms>

(one line; the ratios are medians of interleaved rounds; render_p50_ms is the slowest median render of
the page types under load, max_queries the most SQL queries of any public page type, counted=sent
covers the A/B and the reach beacon; render/calib is the slowest public page type's median render at
10 campaigns over the calibration loop of the same process and round, scale the largest
median(200 campaigns) / median(10) of any page type over the null control's (the 404 page), null that
control's own ratio, calib_ms the loop itself.)

Every ratio is measured in interleaved rounds, A B A B … (bench/rounds.py), and reported as the
median of its rounds with their spread, judged "not measurable today" when the rounds fall on both
sides of the target. Two reports compare with bench/compare.py (agreement: within 10 %).

What is measured:
  * under wrk, page cache off, BENCH_SECONDS (default 10) each: the home page, a campaign page with a
    running experiment, a guidance page and the lesson index with filters;
  * under wrk, page cache on, BENCH_ROUNDS rounds (default 4) of BENCH_SECONDS / 2 each, in every round
    back to back: the same bytes as a static file served by whitenoise (the ceiling), a cached page (the
    home page, from the page cache), the same bytes from a bare Django view, the A/B exposure beacon and
    the reach beacon (a view of the cached page, as site.js sends it);
  * in process, with the Django test client and the page cache off: the render
    time (median) and the SQL queries of each page type;
  * every public page type with 10 and with 200 campaigns and lessons, each in a database and a
    process of its own, BENCH_SCALE_ROUNDS rounds (default 5; bench/scale.py);
  * through Varnish in front of the page-cache server, when varnishd is installed (bench/edge.py):
    the cached page and the static file, in the same rounds, and their ratio;
  * the beacon counts in the database after each round, against the beacons wrk sent;
  * a national spike, last, in a process of its own on PostgreSQL (bench/spike.py; BENCH_SPIKE=0 leaves it
    out): reach beacons through Varnish to the beacon pool at 5 × the old path's rate, counted = sent, and an
    uncached route screen's p99 with and without the flood;
  * with BENCH_REACH_HISTORY=1 and PostgreSQL, in a process and a scratch database of its own: the
    reach dashboard and its CSV over two years of made-up counts (bench/reach_history.py; minutes);
  * a CPU calibration figure (bench/calibration.py: best of 5 of a fixed pure-Python loop) before
    each part, stated beside its absolute times; the load average before and after the run.

A benchmark, not a test: missed targets are reported, not failed. The exit
status is non-zero only when the bench itself fails: the server does not start,
wrk is missing, a response is not the expected one, or counted != sent.

Environment: BENCH_SECONDS, BENCH_ROUNDS, BENCH_SCALE_ROUNDS, DATABASE_URL, REDIS_URL (default: Redis
database 15 on 127.0.0.1:6379 when a Redis answers there), BENCH_CONNECTIONS (default: one per
gunicorn worker), WEB_CONCURRENCY (workers), BENCH_PORT, BENCH_OUTPUT; BENCH_REACH_HISTORY=1 and the
BENCH_REACH_* settings of bench/reach_history.py.
"""

import atexit
import datetime
import os
import re
import shutil
import signal
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository root: bench.* and the site

from bench.calibration import calibration_loop_ms  # noqa: E402
from bench.environment import (  # noqa: E402
    BARE,
    BEACON,
    CACHED,
    PAGES,
    REACH,
    ROOT,
    STATIC,
    WORK,
    BenchError,
    bench_environment,
    free_port,
    say,
    set_up_site,
)
from bench.in_process import (  # noqa: E402
    beacons_counted,
    measure_in_process,
    measure_reach_in_process,
    reach_body,
    reach_counted,
)
from bench.load import settled, wrk  # noqa: E402
from bench.report import report  # noqa: E402
from bench.rounds import combine, ratios, shown  # noqa: E402
from bench.scale import MANY, NULL_CONTROL, measure_rounds  # noqa: E402
from bench.server import Server, fetch, stop_all  # noqa: E402


def signed_visitors(count):
    """Fresh visitor cookies the server accepts: random ids signed in this process, which has the
    servers' settings and SECRET_KEY (set_up_site); the site counts no made-up id."""
    from messaging.assignment import issue_visitor_id, signed_visitor_cookie

    return [signed_visitor_cookie(issue_visitor_id()) for _ in range(count)]


def write_visitors(threads, seconds):
    """One file of unused signed ids per wrk thread, for bench.lua, named by $BENCH_VISITORS.

    Enough for 1,200 beacons a second per thread (6,000 in all with fewer threads), several times
    the rate measured here; a thread that runs out says so ("ran_out"), it never reuses an id.
    """
    folder = WORK / "visitors"
    folder.mkdir(parents=True, exist_ok=True)
    per_thread = 500 + seconds * max(1200, 6000 // threads)
    for index in range(1, threads + 1):
        (folder / f"{index}.txt").write_text("\n".join(signed_visitors(per_thread)) + "\n")
    os.environ["BENCH_VISITORS"] = str(folder)  # wrk (bench/load.py) inherits this environment


def measure_edge(port, seconds, connections, rounds):
    """[cached page via Varnish, static file via Varnish] rows and the edge/static spread (bench/edge.py:
    its own varnishd in front of the page-cache server on ``port``), or ([], None) without varnishd."""
    from bench.edge import measure_edge as through_varnish
    from bench.edge import varnishd_found

    if not varnishd_found():
        say("  varnishd not installed (apt-get install varnish): the edge is not measured")
        return [], None
    result = through_varnish(port, seconds, connections, rounds=rounds)
    for row in (result["page"], result["static"]):
        say(f"  {row['what']}: {row['rps']:.1f} req/s (median of {rounds} rounds), p50 {row['p50_us'] / 1000:.2f} ms")
    say(f"  edge/static {shown(result['edge/static'])} ({result['varnish']['version']})")
    return [result["page"], result["static"]], result["edge/static"]


def main():
    seconds = max(1, int(float(os.environ.get("BENCH_SECONDS", "10"))))
    rounds = max(1, int(os.environ.get("BENCH_ROUNDS", "4")))
    round_seconds = max(1, seconds // 2)
    if not shutil.which("wrk"):
        raise BenchError("wrk is not installed: apt-get install wrk (`make bench` does that when run as root)")
    env, notes = bench_environment()
    notes["load_before"] = os.getloadavg()
    say(
        f"bench: {seconds} s per measurement ({rounds} rounds of {round_seconds} s for each compared pair); "
        f"database: {notes['database']}; cache: {notes['cache']}"
    )
    set_up_site(env)
    from campaign import gunicorn_conf

    workers = gunicorn_conf.workers
    connections = int(os.environ.get("BENCH_CONNECTIONS") or workers)
    # Both servers on one port: pages name their own address, so the cached page and the
    # reference bytes (taken from the first server) are the same bytes.
    port = int(os.environ.get("BENCH_PORT") or free_port())
    problems = []

    calibration = {}

    def calibrate(part):
        calibration[part] = calibration_loop_ms()
        say(f"calibration loop ({part}): {calibration[part]:.1f} ms, best of 5")

    calibrate("in process")
    say("in process, page cache off:")
    render = measure_in_process(seconds, notes)
    reach_payload = reach_body()
    render["reach"] = measure_reach_in_process(reach_payload)
    say(f"  reach beacon, warm: p50 {render['reach']['p50_ms']:.2f} ms, {render['reach']['queries']} queries")
    say(f"10 and {MANY} campaigns and lessons, each in a database and processes of its own:")
    scale, scale_overall = measure_rounds(seconds)
    calibrate("after in process")

    def measure(server, key, what, path, expected=200, mode="get", duration=seconds, quiet=False):
        data = wrk(server.url(path), duration, connections, mode)
        unexpected = {code: n for code, n in data["statuses"].items() if code != expected}
        if unexpected:
            problems.append(f"{what}: unexpected answers {unexpected} (expected {expected})")
        data.update(key=key, what=what, path=path, cache=server.name)
        if not quiet:
            say(
                f"  {what}: {data['rps']:.1f} req/s, p50 {data['p50_us'] / 1000:.1f} ms, "
                f"p99 {data['p99_us'] / 1000:.1f} ms"
            )
        return data

    rows = []
    calibrate("server, page cache off")
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

    calibrate("server, page cache on")
    say(f"gunicorn, page cache on: {rounds} interleaved rounds of {round_seconds} s each")
    server = Server(env, "on", page_cache=True, workers=workers, port=port).start()
    checks = {}
    for _name, path in (("static", STATIC), ("bare", BARE)):
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

    # Warm-up for the beacon: a few countable beacons, sequentially, before the count is read.
    def warm_beacon(cookie):
        status, headers, _body = fetch(
            server.url(BEACON),
            "POST",
            b'{"language":"nl"}',
            {"Content-Type": "application/json", "Sec-Fetch-Site": "same-origin", "Cookie": f"vib_visitor={cookie}"},
        )
        return status == 204 and "vib_ab=" in headers.get("Set-Cookie", "")

    warm_beacons = 2 * workers
    with ThreadPoolExecutor(workers) as pool:
        if not all(pool.map(warm_beacon, signed_visitors(warm_beacons))):
            raise BenchError("a warm-up beacon was not counted (is the visitor id signed with the server's key?)")
    # The reach beacon: no cookie, the same body every time; each one is a view to count.
    os.environ["BENCH_REACH_BODY"] = reach_payload  # wrk (bench/load.py) inherits this environment
    reach_headers = {"Content-Type": "text/plain;charset=UTF-8", "Sec-Fetch-Site": "same-origin"}
    for _ in range(warm_beacons):
        if fetch(server.url(REACH), "POST", reach_payload.encode(), reach_headers)[0] != 204:
            raise BenchError("a warm-up reach beacon was not answered 204")

    # Interleaved rounds (bench/rounds.py): each pair compared is measured back to back in every round.
    measured = {name: [] for name in ("static", "cached", "bare", "beacon", "reach")}
    counted = {"beacon": 0, "reach": 0}
    for number in range(rounds):
        measured["static"].append(measure(server, "static", "static", STATIC, duration=round_seconds, quiet=True))
        measured["cached"].append(measure(server, "cached", "cached", CACHED, duration=round_seconds, quiet=True))
        measured["bare"].append(measure(server, "bare", "bare", BARE, duration=round_seconds, quiet=True))
        write_visitors(connections, round_seconds)  # fresh signed ids each round: every beacon a new visitor
        before = beacons_counted()
        measured["beacon"].append(
            measure(server, "beacon", "beacon", BEACON, expected=204, mode="beacon", duration=round_seconds, quiet=True)
        )
        counted["beacon"] += settled(beacons_counted) - before
        before = settled(reach_counted)
        measured["reach"].append(
            measure(server, "reach", "reach", REACH, expected=204, mode="reach", duration=round_seconds, quiet=True)
        )
        counted["reach"] += settled(reach_counted) - before
        figures = ", ".join(f"{name} {data[-1]['rps']:.0f}" for name, data in measured.items())
        say(f"  round {number + 1}: req/s {figures}")
    whats = {
        "static": "static file (whitenoise), the ceiling",
        "bare": "bare Django view, same bytes",
        "cached": "cached page (home page from the page cache)",
        "beacon": "A/B exposure beacon (POST)",
        "reach": "reach beacon (POST, a view of the cached page)",
    }
    combined = {}
    for name, data in measured.items():
        combined[name] = combine(data)
        combined[name]["what"] = whats[name]
    static, bare, cached, beacon, reach = (combined[name] for name in ("static", "bare", "cached", "beacon", "reach"))
    if beacon.get("ran_out"):
        problems.append(f"beacons: {beacon['ran_out']} wrk thread(s) used up their signed visitor ids early")
    compared = {
        "cached/static": ratios(measured_rps(measured["cached"]), measured_rps(measured["static"])),
        "beacon/bare": ratios(measured_rps(measured["beacon"]), measured_rps(measured["bare"])),
        "reach/bare": ratios(measured_rps(measured["reach"]), measured_rps(measured["bare"])),
    }
    for name, figure in compared.items():
        say(f"  {name}: {shown(figure)}")

    say("Varnish in front of the page-cache server:")
    edge_rows, edge_figure = measure_edge(port, round_seconds, connections, rounds)
    server.stop()  # its access log is complete now
    access_log = server.access_log.read_text().splitlines()

    def logged_204(path):
        pattern = re.compile(rf'"POST {re.escape(path)} [^"]*" 204 ')
        return sum(1 for line in access_log if pattern.search(line)) - warm_beacons

    rows += [cached, beacon, reach, static, bare]
    beacon.update(counted=counted["beacon"], logged=logged_204(BEACON))
    reach.update(counted=counted["reach"], logged=logged_204(REACH))
    # Exact: every beacon wrk sent was counted once (answered < sent only if wrk stopped a thread
    # with a beacon in flight; the server counts that one too).
    exact = True
    for name, sent in (("beacons", beacon), ("reach beacons", reach)):
        if sent["counted"] != sent["sent"]:
            exact = False
            problems.append(
                f"{name}: sent {sent['sent']}, answered {sent['answered']}, "
                f"204 {sent['statuses'].get(204, 0)}, counted {sent['counted']}"
            )

    rows += edge_rows
    calibrate("end")
    calib_ms = min(calibration.values())
    if edge_figure is not None:
        compared["edge/static"] = edge_figure
    compared["render/calib"] = scale_overall["render_calib"]
    worst = max((key for key in scale if key != NULL_CONTROL), key=lambda key: scale[key]["vs_null"]["median"])
    compared["scale"] = scale[worst]["vs_null"]
    compared["null"] = scale_overall["null"]
    summary = {
        "cached/static": compared["cached/static"]["median"],
        "beacon/bare": compared["beacon/bare"]["median"],
        "reach/bare": compared["reach/bare"]["median"],
        "exact": exact,
        "render_p50_ms": max(render[key]["p50_ms"] for key, _what, _path in PAGES),
        "max_queries": max(
            [render[key]["queries"] for key, _what, _path in PAGES]
            + [max(item["few_queries"], item["many_queries"]) for item in scale.values()]
        ),
        "edge/static": edge_figure["median"] if edge_figure else None,
        "render/calib": compared["render/calib"]["median"],
        "slowest_render": scale_overall["slowest"],
        "scale": compared["scale"]["median"],
        "scale_worst": worst,
        "null": compared["null"]["median"],
        "calib_ms": calib_ms,
        "compared": compared,
    }
    edge = f"{summary['edge/static']:.2f}" if edge_rows else "not-measured"
    line = (
        f"bench: cached/static={summary['cached/static']:.2f} beacon/bare={summary['beacon/bare']:.2f} "
        f"{'counted=sent' if exact else 'counted!=sent'} render_p50_ms={summary['render_p50_ms']:.1f} "
        f"max_queries={summary['max_queries']} reach/bare={summary['reach/bare']:.2f} edge/static={edge} "
        f"render/calib={summary['render/calib']:.2f} scale={summary['scale']:.2f} null={summary['null']:.2f} "
        f"calib_ms={calib_ms:.1f}"
    )
    notes["load_after"] = os.getloadavg()
    context = dict(
        seconds=seconds,
        rounds=rounds,
        round_seconds=round_seconds,
        notes=notes,
        workers=workers,
        connections=connections,
        checks=checks,
        reference_bytes=len(reference),
        problems=problems,
        calibration=calibration,
        scale=scale,
        scale_overall=scale_overall,
        reach=reach,
        edge=edge_rows,
    )
    output = Path(os.environ.get("BENCH_OUTPUT") or unused_report_path())
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(report(rows, render, static, bare, beacon, summary, line, context))
    if os.environ.get("BENCH_REACH_HISTORY") == "1":
        from bench.reach_history import run_as_part

        history, history_output = run_as_part()
        if history is None:
            problems.append("two years of reach (bench/reach_history.py) failed: see its output above")
        with output.open("a") as report_file:
            report_file.write(
                f"\n## Two years of reach (bench/reach_history.py)\n\n```\n{history_output.strip()}\n```\n"
            )
    if os.environ.get("BENCH_SPIKE", "1") != "0":
        from bench.spike import run_as_part as spike_part

        spike_line, spike_section = spike_part()
        if spike_line is None:
            problems.append("a national spike (bench/spike.py) failed: see its output above")
            spike_section = f"## A national spike (bench/spike.py)\n\nFailed:\n\n```\n{spike_section.strip()}\n```"
        with output.open("a") as report_file:
            report_file.write(f"\n{spike_section.strip()}\n")
        if spike_line:
            say(spike_line)
    for problem in problems:
        say(f"PROBLEM: {problem}")
    say(f"wrote {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}")
    print(line, flush=True)
    return 1 if problems else 0


def unused_report_path():
    """bench/results/<date>.md, or <date>-2.md, -3, … when an earlier run of the day wrote one: two runs
    back to back keep both reports (bench/compare.py compares them)."""
    folder, today = ROOT / "bench" / "results", datetime.date.today()
    path, number = folder / f"{today}.md", 1
    while path.exists():
        number += 1
        path = folder / f"{today}-{number}.md"
    return path


def measured_rps(rounds):
    return [data["rps"] for data in rounds]


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
