"""Two years of reach: the dashboard and its CSV over a national campaign's worth of counts.

Run on its own (`python bench/reach_history.py`), or from `make bench` with BENCH_REACH_HISTORY=1
(bench/run.py starts it as a separate process after the other parts). Needs PostgreSQL: its
DATABASE_URL (or BENCH_REACH_SERVER_URL, when the rest of the bench runs on SQLite) names the
server; the part works in a scratch database of its own on it,
<database>_reach_history (BENCH_REACH_DATABASE to name another), never in the bench's or the
site's database. It:

1. sets the scratch database up as the bench does (migrations, demo content; bench/environment.py);
2. fills it with `manage.py fill_reach_history --force --replace` (demo/reach_history.py):
   BENCH_REACH_PAGES pages (default 300) over BENCH_REACH_MONTHS months (default 25), seed
   BENCH_REACH_SEED (default 0); at full size about 3.7 million rows, minutes; the fill also writes
   the whole site's sums of the closed days (SiteReachCount, reach/rollup.py: about 185,000 rows), as
   the daily `prune_reach_counts` does on a real site; then ANALYZE, as autovacuum does after such a
   load, so the plans are those of a settled database;
3. times in this process, Django test client, a signed-in superuser, page cache off: the dashboard
   for the whole period (whole site: its unusually high days are judged over the last 28 days,
   reach/dashboard/spikes.py) and for one campaign (the campaign page with the most counts, whole
   period, every day judged), BENCH_REACH_ROUNDS times each (default 5; the median), and the CSV
   download of the whole site's period: time to first byte, total, and the peak of memory
   allocated while it is read (tracemalloc, one extra round: tracing slows it down);
4. drops the scratch database again, unless BENCH_REACH_KEEP=1 (then the next run with the same
   size still fills it afresh: --replace).

BENCH_REACH_FILL=0 times a scratch database kept from an earlier run (BENCH_REACH_KEEP=1) without
filling it again (seconds instead of minutes): step 2 becomes the daily job's adding-up of the days
closed since (reach/rollup.py), the summary says fill_s=skipped, and the database is kept.

Targets: the dashboard under 1 s in process; the CSV streamed (a StreamingHttpResponse; a file
over 16 KB goes out in more than one chunk). The CSV's first byte waits for the figures (aggregate
queries over the period), so time to first byte is most of its total: the rows are few (one a
day), the queries are the cost. A benchmark: missed targets are reported, not failed. Other work on
the machine slows every figure: the summary ends with the load average (1, 5, 15 minutes) read just
before the timings. The last line on stdout is the summary:

    reach_history: rows=<n> sums=<n> fill_s=<s>|skipped dashboard_ms=<ms> campaign_ms=<ms> csv_first_ms=<ms>
                   csv_ms=<ms> csv_peak_kib=<kib> streamed=yes|no load=<1>/<5>/<15>

(one line; rows: reach count rows, sums: whole-site sums of closed days).
"""

import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository root: bench.* and the site

from bench.environment import (  # noqa: E402
    BenchError,
    bench_environment,
    postgres_maintenance,
    say,
    set_up_site,
    url_with_database,
)

DASHBOARD_TARGET_MS = 1000.0


def scratch_url(url):
    """DATABASE_URL with the scratch database's name."""
    import dj_database_url

    config = dj_database_url.parse(url)
    name = os.environ.get("BENCH_REACH_DATABASE") or f"{config['NAME']}_reach_history"
    if name == config["NAME"]:
        raise BenchError("BENCH_REACH_DATABASE must name another database than DATABASE_URL's")
    return url_with_database(url, name), name


def drop_database(url, name):
    connection, _name = postgres_maintenance(url)
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
    connection.close()


def timed_get(client, url, rounds):
    """(median ms, status, bytes) of ``rounds`` GETs after one warm-up."""
    response = client.get(url)
    times = []
    for _round in range(rounds):
        start = time.perf_counter()
        response = client.get(url)
        if response.streaming:
            body = b"".join(response.streaming_content)
        else:
            body = response.content
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, response.status_code, len(body)


def read_csv(client, url):
    """(ms to the first chunk, ms in all, chunks, bytes) of one CSV download."""
    start = time.perf_counter()
    response = client.get(url)
    if response.status_code != 200:
        raise BenchError(f"{url}: {response.status_code}")
    if not response.streaming:
        body = response.content
        total = time.perf_counter() - start
        return total * 1000, total * 1000, 1, len(body)
    first, chunks, size = None, 0, 0
    for chunk in response.streaming_content:
        if first is None:
            first = time.perf_counter() - start
        chunks += 1
        size += len(chunk)
    return first * 1000, (time.perf_counter() - start) * 1000, chunks, size


def measure(rounds):
    """The timings, in the scratch database (Django set up by set_up_site)."""
    from urllib.parse import urlencode

    from django.contrib.auth import get_user_model
    from django.db.models import Count, Min
    from django.test import Client, override_settings
    from django.urls import reverse

    from pages.models import CampaignPage
    from reach.models import ReachCount

    span = ReachCount.objects.aggregate(first=Min("day"))
    first = span["first"]
    if first is None:
        raise BenchError("no reach counts were written")
    today = ReachCount.objects.order_by("-day").values_list("day", flat=True).first()
    by_page = dict(ReachCount.objects.values("page").annotate(rows=Count("id")).values_list("page", "rows"))
    campaigns = [(by_page.get(page.pk, 0), page.pk, page.title) for page in CampaignPage.objects.all()]
    if not campaigns:
        raise BenchError("the demo content has no campaign page")
    campaign_rows, campaign, campaign_title = max(campaigns)
    user, _created = get_user_model().objects.get_or_create(
        username="bench-reach-history", defaults={"is_staff": True, "is_superuser": True}
    )
    period = {"start": first.isoformat(), "end": today.isoformat()}
    dashboard = f"{reverse('reach_dashboard')}?{urlencode(period)}"
    one_campaign = f"{reverse('reach_dashboard')}?{urlencode({**period, 'campaign': campaign})}"
    csv_url = f"{reverse('reach_dashboard_csv')}?{urlencode({**period, 'format': 'nl'})}"
    found = {"period": f"{first} to {today}", "campaign": f"{campaign_title} ({campaign_rows} rows)"}
    # The admin without its second factor and the page cache: this measures the figures, not the login.
    with override_settings(ADMIN_REQUIRE_SECOND_FACTOR=False, PAGE_CACHE_ENABLED=False):
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(user)
        for key, url in (("dashboard", dashboard), ("campaign", one_campaign)):
            ms, status, size = timed_get(client, url, rounds)
            if status != 200:
                raise BenchError(f"{url}: {status}")
            found[key] = {"ms": ms, "bytes": size}
            say(f"  {key}: median {ms:.0f} ms of {rounds}, {size} bytes")
        read_csv(client, csv_url)  # warm-up
        runs = [read_csv(client, csv_url) for _round in range(rounds)]
        first_ms = statistics.median(run[0] for run in runs)
        total_ms = statistics.median(run[1] for run in runs)
        chunks, size = runs[-1][2], runs[-1][3]
        streamed = client.get(csv_url).streaming
        tracemalloc.start()
        read_csv(client, csv_url)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        found["csv"] = {
            "first_ms": first_ms,
            "ms": total_ms,
            "chunks": chunks,
            "bytes": size,
            "peak_kib": peak / 1024,
            # Streamed: a StreamingHttpResponse (one chunk when the file is under CSV_CHUNK, 16 KB).
            "streamed": streamed,
        }
        say(
            f"  CSV: first byte {first_ms:.0f} ms, all {total_ms:.0f} ms, {chunks} chunks, {size} bytes, "
            f"{'streamed' if streamed else 'NOT streamed'}, peak {peak / 1024:.0f} KiB allocated while reading it"
        )
    return found


def main():
    env, notes = bench_environment()
    # From a `make bench` on SQLite, BENCH_REACH_SERVER_URL names the PostgreSQL server to use.
    url = os.environ.get("BENCH_REACH_SERVER_URL") or os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise BenchError(
            "the two-years part needs PostgreSQL: set DATABASE_URL=postgres://… "
            "(or BENCH_REACH_SERVER_URL=postgres://… beside a bench on SQLite)"
        )
    pages = int(os.environ.get("BENCH_REACH_PAGES", "300"))
    months = int(os.environ.get("BENCH_REACH_MONTHS", "25"))
    seed = int(os.environ.get("BENCH_REACH_SEED", "0"))
    rounds = max(1, int(os.environ.get("BENCH_REACH_ROUNDS", "5")))
    refill = os.environ.get("BENCH_REACH_FILL") != "0"
    scratch, name = scratch_url(url)
    env["DATABASE_URL"] = scratch
    say(f"reach history: {pages} pages, {months} months, seed {seed}, scratch database {name}")
    set_up_site(env)
    try:
        from django.core.management import call_command

        from reach.models import ReachCount

        if refill:
            say("manage.py fill_reach_history")
            start = time.perf_counter()
            call_command(
                "fill_reach_history",
                pages=pages,
                months=months,
                seed=seed,
                force=True,
                replace=True,
                stdout=sys.stdout,
            )
            fill_s = f"{time.perf_counter() - start:.1f}"
        else:
            from reach.rollup import roll_up

            days, summed = roll_up()
            say(f"BENCH_REACH_FILL=0: the counts already there; added up {days} days closed since ({summed} rows)")
            fill_s = "skipped"
        from django.db import connection

        from reach.models import SiteReachCount

        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {ReachCount._meta.db_table}, {SiteReachCount._meta.db_table}")
        rows, sums = ReachCount.objects.count(), SiteReachCount.objects.count()
        load = "/".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"
        say(f"in process, {rows} reach count rows, {sums} whole-site sums of closed days, load average {load}:")
        found = measure(rounds)
    finally:
        from django.db import connections

        connections.close_all()
        if refill and os.environ.get("BENCH_REACH_KEEP") != "1":
            drop_database(url, name)
            say(f"dropped {name}")
    dashboard_ok = max(found["dashboard"]["ms"], found["campaign"]["ms"]) < DASHBOARD_TARGET_MS
    say(
        f"targets: dashboard under {DASHBOARD_TARGET_MS:.0f} ms in process: {'met' if dashboard_ok else 'MISSED'}; "
        f"CSV streamed: {'yes' if found['csv']['streamed'] else 'NO'}"
    )
    print(
        f"reach_history: rows={rows} sums={sums} fill_s={fill_s} dashboard_ms={found['dashboard']['ms']:.0f} "
        f"campaign_ms={found['campaign']['ms']:.0f} csv_first_ms={found['csv']['first_ms']:.0f} "
        f"csv_ms={found['csv']['ms']:.0f} csv_peak_kib={found['csv']['peak_kib']:.0f} "
        f"streamed={'yes' if found['csv']['streamed'] else 'no'} load={load}",
        flush=True,
    )
    return 0


def run_as_part():
    """(summary line or None, output) of this part in a process of its own: for bench/run.py, whose
    process is already set up with the bench's database."""
    import subprocess

    say("two years of reach (bench/reach_history.py, BENCH_REACH_HISTORY=1):")
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve())], capture_output=True, text=True, env=dict(os.environ)
    )
    output = done.stdout + done.stderr
    for line in output.splitlines():
        say(f"  {line}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("reach_history: ")]
    return (lines[-1] if done.returncode == 0 and lines else None), output


if __name__ == "__main__":
    try:
        status = main()
    except BenchError as error:
        print(f"bench failed: {error}", file=sys.stderr, flush=True)
        status = 1
    sys.exit(status)
