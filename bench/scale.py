"""Render cost as content grows: every public page type with 10 and with 200 campaigns and lessons.

The two states are two databases of their own, copies of the bench's database made at the start
(SQLite: bench/.work/scale-<n>.sqlite3 by SQLite's backup; PostgreSQL: <database>_scale_<n>, made
with CREATE DATABASE … TEMPLATE and dropped at the end), grown once to 10 and to 200 campaigns and
lessons (demo/growth.py, committed). Each state is served by a process of its own (`python
bench/scale.py serve`, asked over its stdin), so nothing of one state's Python (caches, garbage, a
savepoint's journal) or cache keys (BENCH_CACHE_KEY_PREFIX) is in the other's. Then rounds
(BENCH_SCALE_ROUNDS, default 5): in each, every page type is rendered for a short budget at 10
and right after at 200 (at 200 first in every other round), with the Django test client, the page
cache off, a first visit each time; the round's figure is the median render, and each round
starts with the calibration loop (bench/calibration.py) in both processes.

Figures (bench/rounds.py): per page type the median over the rounds of the ratio
median(200) / median(10), with its spread; the same ratio divided, round by round, by the null
control's (the 404 page: its cost cannot depend on content, so its ratio is the noise floor of that
round); and render/calib, the slowest page type at 10 over that round's calibration loop.
"""

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository root: bench.* and the site

from bench.environment import (  # noqa: E402
    USER_AGENT,
    WORK,
    BenchError,
    postgres_maintenance,
    say,
    url_with_database,
)
from bench.rounds import ratios, spread  # noqa: E402

FEW, MANY = 10, 200
ROUNDS = int(os.environ.get("BENCH_SCALE_ROUNDS", "5"))
#: The page type whose cost cannot depend on content: its ratio is each round's noise floor.
NULL_CONTROL = "not_found"
#: (key, what, path, expected status): one address per public page type (and the sitemap).
SCALE_PAGES = [
    ("home", "home page", "/nl/", 200),
    ("campaigns", "campaign overview", "/nl/campagnes/", 200),
    ("campaign", "campaign page, running experiment", "/nl/campagnes/denk-na-voor-je-deelt/", 200),
    ("audience_view", "campaign audience view", "/nl/campagnes/echt-of-nep/ouders/", 200),
    ("guidance_index", "guidance overview", "/nl/informatie/", 200),
    ("guidance", "guidance page", "/nl/informatie/het-is-jou-overkomen/", 200),
    ("hub_young", "young people's hub", "/nl/jongeren/", 200),
    ("hub_parents", "parents' hub", "/nl/ouders/", 200),
    ("hub_schools", "schools hub", "/nl/scholen/", 200),
    ("help", "help page", "/nl/hulp/", 200),
    ("offline", "get images offline", "/nl/hulp/beelden-offline/", 200),
    ("lessons", "lesson overview", "/nl/lesmateriaal/", 200),
    ("lesson", "lesson page", "/nl/lesmateriaal/echt-of-nep-groep-7-8/", 200),
    ("standard", "standard page", "/nl/over-ons/", 200),
    ("search", "search results", "/nl/zoeken/?q=deepfake", 200),
    ("sitemap", "sitemap.xml", "/sitemap.xml", 200),
    (NULL_CONTROL, "404 page", "/nl/deze-pagina-bestaat-niet/", 404),
]
WHAT = {key: what for key, what, _path, _status in SCALE_PAGES}


def render_round(client, budget, keys=None, warm_up=3):
    """{key: (times, queries, bytes)} for the pages in SCALE_PAGES (all or ``keys``), ``budget`` s each at most."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    found = {}
    for key, _what, path, expected in SCALE_PAGES:
        if keys is not None and key not in keys:
            continue
        times, queries = [], []
        started = time.perf_counter()
        for round_number in range(200):
            client.cookies.clear()  # a first visit
            connection.queries_log.clear()  # a full log (9,000 queries) would count 0
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = client.get(path)
                elapsed = time.perf_counter() - start
            if response.status_code != expected:
                raise BenchError(f"{path}: {response.status_code}, expected {expected}")
            if round_number < warm_up:
                continue  # warm-up: templates, caches
            times.append(elapsed)
            queries.append(len(captured))
            if len(times) >= 8 and time.perf_counter() - started > budget:
                break
        found[key] = (times, queries, len(response.content))
    return found


# -- the two states: databases of their own ---------------------------------------------------------


def copy_database(url, size):
    """A copy of the bench's database (``url``) for the state with ``size`` campaigns: its URL."""
    from django.db import connections

    connections.close_all()  # PostgreSQL copies only a database nobody is connected to
    if url.startswith("sqlite"):
        source = Path(url.removeprefix("sqlite:///"))
        target = WORK / f"scale-{size}.sqlite3"
        target.unlink(missing_ok=True)
        with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
        return f"sqlite:///{target}"
    connection, name = postgres_maintenance(url)
    copy = f"{name}_scale_{size}"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{copy}"')
        cursor.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{name}"')
    connection.close()
    return url_with_database(url, copy)


def drop_database(url):
    if url.startswith("sqlite"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        return
    connection, name = postgres_maintenance(url)
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
    connection.close()


def in_process_of_its_own(url, *arguments):
    """Run this file with ``arguments`` against the database ``url``; its last line of output, parsed as JSON."""
    env = {**os.environ, "DATABASE_URL": url}
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *arguments], env=env, capture_output=True, text=True
    )
    lines = result.stdout.strip().splitlines()
    if result.returncode or not lines:
        raise BenchError(f"bench/scale.py {' '.join(arguments)} failed ({result.returncode}): {result.stderr[-2000:]}")
    return json.loads(lines[-1])


class StateProcess:
    """A process rendering one state (`python bench/scale.py serve`), asked one page type at a time
    over its stdin; its own cache keys (BENCH_CACHE_KEY_PREFIX, bench/settings.py), so the other
    state's fragments are never its own."""

    def __init__(self, url, size):
        env = {**os.environ, "DATABASE_URL": url, "BENCH_CACHE_KEY_PREFIX": f"scale-{size}"}
        self.size = size
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "serve"],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=(WORK / f"scale-{size}.log").open("w"),
            text=True,
        )

    def ask(self, **question):
        self.process.stdin.write(json.dumps(question) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        if not answer:
            log = (WORK / f"scale-{self.size}.log").read_text(errors="replace")[-2000:]
            raise BenchError(f"the process rendering {self.size} campaigns stopped: {log}")
        answer = json.loads(answer)
        if "error" in answer:
            raise BenchError(f"at {self.size} campaigns: {answer['error']}")
        return answer

    def stop(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# -- the measurement ------------------------------------------------------------------------------------


def measure_rounds(seconds, keys=None, rounds=ROUNDS):
    """(results, overall): results {key: {"what", "few_ms", "many_ms", "ratio", "ratio_spread", "vs_null",
    "few_queries", "many_queries", "few_bytes", "many_bytes"}}, overall {"null", "render_calib",
    "slowest", "calib_ms", "rounds"}.

    ``keys``: only these SCALE_PAGES keys (bench/scale_check.py; the null control is always
    measured); every page type by default. Each page type is rendered ``budget`` seconds at 10 and
    then at 200 (at 200 first in every other round), so the two sides of a ratio are never more than
    a second apart.
    """
    keys = [key for key in WHAT if key in set(keys or WHAT) | {NULL_CONTROL}]
    budget = max(0.2, seconds / 30)
    url = os.environ["DATABASE_URL"]
    states, processes = {}, {}
    try:
        for size in (FEW, MANY):
            states[size] = copy_database(url, size)
            grown = in_process_of_its_own(states[size], "grow", str(size))
            if grown != [size, size]:
                raise BenchError(f"the demo could not be grown to {size} campaigns and lessons: {grown}")
            processes[size] = StateProcess(states[size], size)
        say(f"  two databases, {FEW} and {MANY} campaigns and lessons, a process each; {rounds} rounds")
        for process in processes.values():
            process.ask(warm=keys)
        found = {FEW: [], MANY: []}
        for number in range(rounds):
            order = (FEW, MANY) if number % 2 == 0 else (MANY, FEW)
            this_round = {size: {"calib_ms": processes[size].ask(calibrate=True)["calib_ms"]} for size in order}
            for size in order:
                this_round[size]["pages"] = {}
            for key in keys:
                for size in order:
                    this_round[size]["pages"][key] = processes[size].ask(key=key, budget=budget)
            for size in (FEW, MANY):
                found[size].append(this_round[size])
            say(f"  round {number + 1} of {rounds}: every page type at {order[0]}, then at {order[1]}")
    finally:
        for process in processes.values():
            process.stop()
        for state in states.values():
            drop_database(state)
    return summarise(found, keys)


def summarise(found, keys):
    few_rounds, many_rounds = found[FEW], found[MANY]

    def medians(rounds, key):
        return [statistics.median(round_["pages"][key]["times"]) * 1000 for round_ in rounds]

    null = ratios(medians(many_rounds, NULL_CONTROL), medians(few_rounds, NULL_CONTROL))
    results = {}
    for key in keys:
        few, many = medians(few_rounds, key), medians(many_rounds, key)
        ratio = ratios(many, few)
        vs_null = spread(value / noise for value, noise in zip(ratio["values"], null["values"], strict=True))
        results[key] = {
            "what": WHAT[key],
            "few_ms": statistics.median(few),
            "many_ms": statistics.median(many),
            "ratio": ratio["median"],
            "ratio_spread": ratio,
            "vs_null": vs_null,
            "few_queries": max(max(round_["pages"][key]["queries"]) for round_ in few_rounds),
            "many_queries": max(max(round_["pages"][key]["queries"]) for round_ in many_rounds),
            "few_bytes": few_rounds[-1]["pages"][key]["bytes"],
            "many_bytes": many_rounds[-1]["pages"][key]["bytes"],
        }
        say(
            f"  {WHAT[key]}: {results[key]['few_ms']:.1f} ms at {FEW}, {results[key]['many_ms']:.1f} ms at {MANY}, "
            f"× {ratio['median']:.2f} ({ratio['min']:.2f}–{ratio['max']:.2f}); over the null control × "
            f"{vs_null['median']:.2f}"
        )
    # render/calib: each round's slowest page type at 10 over the calibration loop of the same process.
    public = [key for key in keys if key != "sitemap"]
    per_round = []
    for round_ in few_rounds:
        slowest = max(statistics.median(round_["pages"][key]["times"]) * 1000 for key in public)
        per_round.append(slowest / round_["calib_ms"])
    overall = {
        "null": null,
        "render_calib": spread(per_round),
        "slowest": max(public, key=lambda key: results[key]["few_ms"]),
        "calib_ms": min(round_["calib_ms"] for round_ in few_rounds + many_rounds),
        "rounds": len(few_rounds),
    }
    return results, overall


def measure_scale(seconds, keys=None):
    """{key: figures} as measure_rounds() gives them (bench/scale_check.py)."""
    return measure_rounds(seconds, keys)[0]


# -- the processes of one state ------------------------------------------------------------------------


def _grow(size):
    from django.db import transaction

    from demo.growth import grow
    from pages.models import CampaignPage, LessonPage

    with transaction.atomic():
        grow(size)
    return [CampaignPage.objects.live().count(), LessonPage.objects.live().count()]


def _serve():
    """Answer questions on stdin, one JSON object a line: {"warm": [keys]}, {"calibrate": true} or
    {"key": k, "budget": s}; one JSON answer a line on stdout."""
    from django.core.cache import cache
    from django.test import Client, override_settings

    from bench.calibration import calibration_loop_ms
    from core import page_cache
    from messaging import running

    if os.environ.get("BENCH_OWN_REDIS") == "1":
        cache.clear()  # the bench's own Redis database: start from an empty cache
    page_cache.invalidate()
    running.forget()
    client = Client(HTTP_USER_AGENT=USER_AGENT, HTTP_HOST="127.0.0.1")
    with override_settings(PAGE_CACHE_ENABLED=False):
        for line in sys.stdin:
            question = json.loads(line)
            try:
                if "warm" in question:
                    render_round(client, 0, set(question["warm"]), warm_up=3)
                    answer = {"warm": True}
                elif question.get("calibrate"):
                    answer = {"calib_ms": calibration_loop_ms()}
                else:
                    found = render_round(client, question["budget"], {question["key"]}, warm_up=1)
                    times, queries, size = found[question["key"]]
                    answer = {"times": times, "queries": queries, "bytes": size}
            except BenchError as error:
                answer = {"error": str(error)}
            print(json.dumps(answer), flush=True)


def main(arguments):
    import django

    django.setup()
    if arguments[0] == "grow":
        print(json.dumps(_grow(int(arguments[1]))), flush=True)
    elif arguments[0] == "serve":
        _serve()
    else:
        raise SystemExit(f"usage: bench/scale.py grow N | serve (not {arguments})")


if __name__ == "__main__":
    main(sys.argv[1:])
