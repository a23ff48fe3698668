"""Lighthouse scores for the page types the audiences issue names, in Dutch and English.

Usage (see docs/development.md):
    PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix /tmp/lh lighthouse   # once, outside the project
    make run                                                           # in another terminal
    .venv/bin/python bench/lighthouse.py --lighthouse /tmp/lh/node_modules/.bin/lighthouse \\
        --base http://127.0.0.1:8000 --report bench/lighthouse-report.md

Prints one row per URL and exits with 1 when a score is under the bar:
accessibility 100, best practices 95, SEO 95, performance 90.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PATHS = [
    "/nl/",
    "/en/",
    "/nl/campagnes/echt-of-nep/",
    "/en/campaigns/real-or-fake/",
    "/nl/campagnes/echt-of-nep/jongeren/",
    "/en/campaigns/real-or-fake/young-people/",
    "/nl/campagnes/echt-of-nep/ouders/",
    "/en/campaigns/real-or-fake/parents/",
    "/nl/campagnes/echt-of-nep/scholen/",
    "/en/campaigns/real-or-fake/schools/",
    "/nl/informatie/het-is-jou-overkomen/",
    "/en/guidance/it-happened-to-you/",
    "/nl/ouders/",
    "/en/parents/",
    "/nl/hulp/",
    "/en/help/",
]
BARS = {"accessibility": 100, "best-practices": 95, "seo": 95, "performance": 90}
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)


def run(lighthouse, url, mode):
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "report.json"
        command = [
            lighthouse,
            url,
            "--output=json",
            f"--output-path={output}",
            "--quiet",
            f"--chrome-flags={CHROME_FLAGS}",
        ]
        if mode == "desktop":
            command.append("--preset=desktop")
        env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
        # Lighthouse now and then fails to record a trace (NO_NAVSTART): try again, at most 3 times.
        for _attempt in range(3):
            if subprocess.run(command, env=env).returncode == 0:
                break
        else:
            raise SystemExit(f"Lighthouse failed three times on {url}")
        report = json.loads(output.read_text())
    scores = {key: round(report["categories"][key]["score"] * 100) for key in BARS}
    failed_audits = [
        audit_id
        for category in BARS
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] > 0
        for audit_id in [ref["id"]]
        if (
            report["audits"][audit_id].get("score") is not None
            and report["audits"][audit_id]["score"] < 1
            and category != "performance"
        )
    ]
    return scores, failed_audits


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lighthouse", default="lighthouse")
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--mode", choices=["mobile", "desktop"], default="mobile")
    parser.add_argument("--report", help="also write the table to this Markdown file")
    parser.add_argument("--path", action="append", help="a path to check instead of the usual pages (repeatable)")
    args = parser.parse_args()

    rows, ok = [], True
    for path in args.path or PATHS:
        scores, failed = run(args.lighthouse, args.base + path, args.mode)
        below = [key for key, bar in BARS.items() if scores[key] < bar]
        ok = ok and not below
        rows.append(
            f"| {path} | {scores['performance']} | {scores['accessibility']} | "
            f"{scores['best-practices']} | {scores['seo']} | {', '.join(failed) or '–'} |"
        )
        print(rows[-1], flush=True)
    table = "\n".join(
        [
            f"Lighthouse ({args.mode}), {args.base}",
            "",
            "| page | performance | accessibility | best practices | SEO | audits not passed (non-performance) |",
            "|---|---|---|---|---|---|",
            *rows,
        ]
    )
    if args.report:
        Path(args.report).write_text(table + "\n")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
