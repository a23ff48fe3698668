"""Do two bench reports agree? Every ratio of one `make bench` run beside another's.

    .venv/bin/python bench/compare.py bench/results/2026-12-06.md bench/results/2026-12-06-2.md

Reads the table "Compared in interleaved rounds" of both reports (bench/report.py) and prints, per
ratio, both medians with their spreads and the difference between the runs relative to their
mean. Two runs agree on a ratio when the difference is at most 10 % (AGREEMENT), or when either
run judged that ratio "not measurable today" (its spread then says why, and the report says so).
Exit status 0 when every ratio agrees, 1 otherwise, 2 on a report it cannot read.
"""

import re
import sys
from pathlib import Path

AGREEMENT = 0.10
ROW = re.compile(
    r"^\| (?P<name>[a-z/]+) \| [^|]* \| "
    r"(?P<median>[\d.]+) \((?P<low>[\d.]+)–(?P<high>[\d.]+)\) \| [^|]* \| (?P<met>[^|]*) \|$"
)


def compared(path):
    """{ratio name: (median, low, high, verdict)} from a report's table of ratios compared in rounds."""
    text = Path(path).read_text()
    if "## Compared in interleaved rounds" not in text:
        raise ValueError(f"{path}: no table 'Compared in interleaved rounds' (a report of an older bench?)")
    section = text.split("## Compared in interleaved rounds", 1)[1].split("\n## ", 1)[0]
    found = {}
    for line in section.splitlines():
        match = ROW.match(line.strip())
        if match:
            found[match["name"]] = (
                float(match["median"]),
                float(match["low"]),
                float(match["high"]),
                match["met"].strip().strip("*"),
            )
    return found


def main(first, second):
    try:
        a, b = compared(first), compared(second)
    except (OSError, ValueError) as error:
        print(f"compare: {error}", file=sys.stderr)
        return 2
    agree = True
    print(f"{'ratio':14} {'first run':>20} {'second run':>20} {'difference':>11}  agreement")
    for name in [name for name in a if name in b]:
        (m1, l1, h1, v1), (m2, l2, h2, v2) = a[name], b[name]
        difference = abs(m1 - m2) / ((m1 + m2) / 2) if m1 + m2 else 0.0
        if difference <= AGREEMENT:
            verdict = "agree"
        elif "not measurable" in (v1 + v2):
            verdict = "not measurable today (see the spreads)"
        else:
            verdict = "DISAGREE"
            agree = False
        print(
            f"{name:14} {f'{m1:.2f} ({l1:.2f}–{h1:.2f})':>20} {f'{m2:.2f} ({l2:.2f}–{h2:.2f})':>20} "
            f"{difference:10.1%}  {verdict}"
        )
    missing = sorted(set(a) ^ set(b))
    if missing:
        print(f"in one report only: {', '.join(missing)}")
    return 0 if agree else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__.split("\n\n")[1])
    sys.exit(main(sys.argv[1], sys.argv[2]))
