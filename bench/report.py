"""The report: bench/results/<date>.md (or BENCH_OUTPUT), in Markdown."""

import datetime
import os
import platform
import subprocess

from bench.environment import BEACON, PAGES, REACH, ROOT, TARGETS


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
        f"on the same machine ({os.cpu_count()} cores) as the server; load average (1 min) "
        f"{notes['load_before']:.1f} before the run, {notes['load_after']:.1f} after",
        f"- Python {platform.python_version()}, Django {django.get_version()}, Wagtail {wagtail.__version__}",
        f"- Reference bytes: {context['reference_bytes']} (the home page as the server sent it); the cached page "
        f"answered {context['checks']['cached_bytes']} bytes"
        f"{', identical' if context['checks']['cached_identical'] else ', not byte-identical'}",
        "- CPU calibration (bench/calibration.py, best of 5 of a fixed pure-Python loop), measured before each part: "
        + ", ".join(f"{part} {ms_:.1f} ms" for part, ms_ in context["calibration"].items())
        + f". Absolute times below are stated beside the lowest, {summary['calib_ms']:.1f} ms, as a ratio (× calib).",
        "",
        "## Under load (wrk)",
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
        "In process, page cache off, a first visit each time; the two rounds at 10 pooled (before and after 200).",
        "",
        "| page type | p50 ms at 10 | × calib | p50 ms at 200 | × calib | 200 / 10 | queries at 10 | at 200 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for item in scale.values():
        out.append(
            f"| {item['what']} | {item['few_ms']:.1f} | {item['few_ms'] / calib:.2f} | {item['many_ms']:.1f} | "
            f"{item['many_ms'] / calib:.2f} | {item['ratio']:.2f} | {item['few_queries']} | {item['many_queries']} |"
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
    render_met = all(render[key]["p50_ms"] <= TARGETS["render_p50_ms"] for key, _w, _p in PAGES)
    yes = lambda ok: "yes" if ok else "**no**"  # noqa: E731
    out += [
        f"| cached page ≥ {TARGETS['cached/static']} × static | {summary['cached/static']:.2f} | "
        f"{yes(summary['cached/static'] >= TARGETS['cached/static'])} |",
        f"| beacon ≥ {TARGETS['beacon/bare']} × bare view | {summary['beacon/bare']:.2f} | "
        f"{yes(summary['beacon/bare'] >= TARGETS['beacon/bare'])} |",
        f"| reach beacon ≥ {TARGETS['reach/bare']} × bare view | {summary['reach/bare']:.2f} | "
        f"{yes(summary['reach/bare'] >= TARGETS['reach/bare'])} |",
        f"| beacon counts exact | A/B counted {beacon['counted']}, sent {beacon['sent']}; reach counted "
        f"{reach['counted']}, sent {reach['sent']} | {yes(summary['exact'])} |",
        (
            f"| cached page via Varnish ≥ {TARGETS['edge/static']} × static via Varnish | "
            f"{summary['edge/static']:.2f} | {yes(summary['edge/static'] >= TARGETS['edge/static'])} |"
            if summary["edge/static"] is not None
            else f"| cached page via Varnish ≥ {TARGETS['edge/static']} × static via Varnish | not measured "
            "(no varnishd) | **no** |"
        ),
        f"| slowest public page type's uncached render ≤ {TARGETS['render/calib']} × calib | "
        f"{summary['render/calib']:.2f} ({summary['slowest_render_ms']:.1f} ms) | "
        f"{yes(summary['render/calib'] <= TARGETS['render/calib'])} |",
        f"| render at 200 campaigns ≤ 1.3 × at 10, every page type | at most × {summary['scale']:.2f} | "
        f"{yes(summary['scale'] <= 1.3)} |",
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
