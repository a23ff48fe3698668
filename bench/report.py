"""The report: bench/results/<date>.md (or BENCH_OUTPUT), in Markdown."""

import datetime
import os
import platform
import subprocess

from bench.environment import BEACON, PAGES, REACH, ROOT, TARGETS
from bench.rounds import NOT_MEASURABLE, judge, shown

#: The ratios compared in interleaved rounds: (name, what, target, at least the target).
COMPARED = [
    ("cached/static", "cached page / static file (req/s)", TARGETS["cached/static"], True),
    ("beacon/bare", "A/B exposure beacon / bare view (req/s)", TARGETS["beacon/bare"], True),
    ("reach/bare", "reach beacon / bare view (req/s)", TARGETS["reach/bare"], True),
    ("edge/static", "cached page / static file, both via Varnish (req/s)", TARGETS["edge/static"], True),
    ("render/calib", "slowest public page type's render at 10 / calibration loop", TARGETS["render/calib"], False),
    ("scale", "largest render at 200 / at 10, over the null control's", TARGETS["scale"], False),
    ("null", "null control (404 page) at 200 / at 10: the noise floor", None, None),
]


def version(command):
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=10)
        return (result.stdout or result.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"


def loads(averages):
    return ", ".join(f"{value:.2f}" for value in averages)


def report(rows, render, static, bare, beacon, summary, line, context):
    import django
    import gunicorn
    import wagtail

    notes = context["notes"]
    reach = context["reach"]
    commit = version(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    # Reports written by earlier runs are not changes to the code measured.
    dirty = version(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)bench/results"]
    ) not in ("?", "")
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
        f"on the same machine ({os.cpu_count()} cores) as the server; load average (1, 5, 15 min) "
        f"{loads(notes['load_before'])} before the run, {loads(notes['load_after'])} after",
        f"- Python {platform.python_version()}, Django {django.get_version()}, Wagtail {wagtail.__version__}",
        f"- Reference bytes: {context['reference_bytes']} (the home page as the server sent it); the cached page "
        f"answered {context['checks']['cached_bytes']} bytes"
        f"{', identical' if context['checks']['cached_identical'] else ', not byte-identical'}",
        "- CPU calibration (bench/calibration.py, best of 5 of a fixed pure-Python loop), measured before each part: "
        + ", ".join(f"{part} {ms_:.1f} ms" for part, ms_ in context["calibration"].items())
        + f". Absolute times below are stated beside the lowest, {summary['calib_ms']:.1f} ms, as a ratio (× calib).",
        "",
        "## Compared in interleaved rounds",
        "",
        f"Each ratio is measured in rounds, A B A B … ({context['rounds']} rounds of {context['round_seconds']} s "
        f"under wrk; {context['scale_overall']['rounds']} rounds of 10 and 200 campaigns, each in a process of its "
        "own), taken per round: the median of the rounds, and in brackets the lowest and highest round "
        '(bench/rounds.py). Judged "yes" when every round meets the target, "no" when none does, and '
        f'"{NOT_MEASURABLE}" when the rounds fall on both sides of it (the spread is wider than the margin).',
        "",
        "| ratio | what | median (min–max) | target | met |",
        "|---|---|---|---|---|",
    ]
    compared = summary["compared"]
    for name, what, target, at_least in COMPARED:
        if name not in compared:
            out.append(f"| {name} | {what} | not measured | | **no** |")
            continue
        figure = compared[name]
        if target is None:
            out.append(f"| {name} | {what} | {shown(figure)} | | |")
            continue
        verdict = judge(figure, target, at_least)
        out.append(
            f"| {name} | {what} | {shown(figure)} | {'≥' if at_least else '≤'} {target} | "
            f"{verdict if verdict != 'no' else '**no**'} |"
        )
    out += [
        "",
        f"The largest scale ratio is the {context['scale'][summary['scale_worst']]['what']}'s; the slowest page "
        f"type at 10 the {context['scale'][summary['slowest_render']]['what']}'s.",
        "",
        "## Under load (wrk)",
        "",
        "With the page cache on, each row is the median of its rounds (req/s, p50, p99), its answers summed.",
        "",
        "| what | path | page cache | req/s | p50 ms | p50 × calib | p99 ms | × static | × bare | answers |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        answers = ", ".join(f"{n} × {code}" for code, n in sorted(row["statuses"].items()))
        errors = {name: n for name, n in row["errors"].items() if n and name != "status"}
        if errors:
            answers += "; socket errors " + ", ".join(f"{name} {n}" for name, n in errors.items())
        out.append(
            f"| {row['what']} | `{row['path']}` | {row['cache']} | {row['rps']:.1f} | {ms(row['p50_us'])} | "
            f"{row['p50_us'] / 1000 / summary['calib_ms']:.3f} | {ms(row['p99_us'])} | "
            f"{row['rps'] / static['rps']:.2f} | {row['rps'] / bare['rps']:.2f} | {answers} |"
        )
    out += [
        "",
        "## Uncached render, in process",
        "",
        "Django test client, page cache off, a first visit each time (no cookies), one request at a time; "
        "SQL queries counted with CaptureQueriesContext.",
        "",
        "| page type | renders | p50 ms | p50 × calib | p90 ms | SQL queries | bytes |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    calib = summary["calib_ms"]
    extra = [
        ("beacon", "A/B exposure beacon (not a page)", BEACON),
        ("reach", "reach beacon, warm (not a page)", REACH),
    ]
    for key, what, _path in PAGES + extra:
        r = render[key]
        queries = str(r["queries"]) if r["queries"] == r["queries_min"] else f"{r['queries_min']}–{r['queries']}"
        out.append(
            f"| {what} | {r['renders']} | {r['p50_ms']:.1f} | {r['p50_ms'] / calib:.3f} | {r['p90_ms']:.1f} | "
            f"{queries} | {r['bytes']} |"
        )
    scale = context["scale"]
    out += [
        "",
        "## Every public page type, with 10 and with 200 campaigns and lessons (bench/scale.py)",
        "",
        "In process, page cache off, a first visit each time; two databases, one grown to 10 and one to 200, "
        "rendered in alternating processes (bench/scale.py). Times: the median of the rounds' medians; "
        "ratios: per round, the median (min–max) over the rounds; over the null control: each round's ratio "
        "divided by the 404 page's in that round.",
        "",
        "| page type | p50 ms at 10 | × calib | p50 ms at 200 | 200 / 10 | over the null control "
        "| queries at 10 | at 200 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for item in scale.values():
        out.append(
            f"| {item['what']} | {item['few_ms']:.1f} | {item['few_ms'] / calib:.2f} | {item['many_ms']:.1f} | "
            f"{shown(item['ratio_spread'])} | {shown(item['vs_null'])} | {item['few_queries']} | "
            f"{item['many_queries']} |"
        )
    out += [
        "",
        "## Beacons",
        "",
        "Every request is a new visitor (a fresh signed `vib_visitor`, no `vib_ab` cookie), so every one should count. "
        "Each wrk thread has one connection and stops itself right after a response once its time is up, "
        f"so none is left in flight ({beacon['stopped_themselves']} of {beacon['threads']} threads did).",
        "",
        "| sent by wrk | answered | 204 | counted in the database | 204 in gunicorn's access log |",
        "|---:|---:|---:|---:|---:|",
        f"| {beacon['sent']} | {beacon['answered']} | {beacon['statuses'].get(204, 0)} | {beacon['counted']} | "
        f"{beacon['logged']} |",
        "",
        "The reach beacon (a view of the cached page, no cookie, the same body each time, as site.js sends it):",
        "",
        "| sent by wrk | answered | 204 | counted in the database | 204 in gunicorn's access log |",
        "|---:|---:|---:|---:|---:|",
        f"| {reach['sent']} | {reach['answered']} | {reach['statuses'].get(204, 0)} | {reach['counted']} | "
        f"{reach['logged']} |",
        "",
        "## Targets",
        "",
        "| target | measured | met |",
        "|---|---|---|",
    ]
    judged = [judge(compared[n], t, a) if n in compared else "no" for n, _w, t, a in COMPARED if t is not None]
    render_met = all(render[key]["p50_ms"] <= TARGETS["render_p50_ms"] for key, _w, _p in PAGES)
    yes = lambda ok: "yes" if ok else "**no**"  # noqa: E731
    out += [
        f"| every ratio compared in rounds (above) met in every round | {len(judged)} ratios | "
        f"{yes(all(verdict == 'yes' for verdict in judged))} |",
        f"| beacon counts exact | A/B counted {beacon['counted']}, sent {beacon['sent']}; reach counted "
        f"{reach['counted']}, sent {reach['sent']} | {yes(summary['exact'])} |",
        f"| uncached render p50 ≤ {TARGETS['render_p50_ms']:.0f} ms, every page type (on SQLite) | slowest "
        f"{summary['render_p50_ms']:.1f} ms | {yes(render_met) if notes['sqlite'] else 'not SQLite: reported only'} |",
        f"| ≤ {TARGETS['queries']} SQL queries per public page type | at most {summary['max_queries']} | "
        f"{yes(summary['max_queries'] <= TARGETS['queries'])} |",
        "",
    ]
    if context["problems"]:
        out += ["## Problems", ""] + [f"- {problem}" for problem in context["problems"]] + [""]
    out += ["## Summary", "", "```", line, "```", ""]
    return "\n".join(out)
