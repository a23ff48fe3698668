"""Interleaved rounds: how the bench turns noisy measurements into a figure that repeats.

This machine's speed drifts (up to 3× within a day, and by tens of percent within a minute when
another process wakes up). A ratio of two things measured minutes apart mixes that drift into
the figure. So every comparison is measured as rounds, A B A B …: each round measures both sides
back to back, the ratio is taken per round, and the figure is the median of the rounds' ratios,
shown with its spread (the lowest and highest round). Drift that is slow compared to a round
cancels in each round's ratio; a burst that hits one round moves the median little and shows in
the spread.

The judgement of a ratio against a target is one of:

- "yes": every round is on the right side of the target (the whole spread meets it);
- "no": every round misses it;
- "not measurable today": the rounds fall on both sides (the spread reaches across the target,
  so it is wider than the margin between the median and the target): the machine is too noisy
  today to say, and the report says so instead of picking the side the median happened to fall on.
"""

import statistics

YES, NO, NOT_MEASURABLE = "yes", "no", "not measurable today"


def spread(values):
    """{"median", "min", "max", "values"} of a list of per-round figures."""
    values = list(values)
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "values": values}


def ratios(tops, bottoms):
    """The per-round ratios top / bottom of two lists measured in the same rounds."""
    return spread(top / bottom for top, bottom in zip(tops, bottoms, strict=True))


def judge(figure, target, at_least):
    """YES, NO or NOT_MEASURABLE for a spread() against ``target`` (at least it, or at most it)."""
    meets = (lambda value: value >= target) if at_least else (lambda value: value <= target)
    low, high = meets(figure["min"]), meets(figure["max"])
    if low and high:
        return YES
    if not low and not high:
        return NO
    return NOT_MEASURABLE


def shown(figure, digits=2):
    """ "0.87 (0.85–0.90)": the median and the spread of the rounds."""
    return f"{figure['median']:.{digits}f} ({figure['min']:.{digits}f}–{figure['max']:.{digits}f})"


def combine(rounds):
    """One row of the wrk table from the rounds of one measurement (bench/load.py wrk() results):
    request and answer counts summed, rate and latencies the median of the rounds."""
    row = dict(rounds[-1])
    row["rounds_rps"] = [data["rps"] for data in rounds]
    for key in ("rps", "p50_us", "p99_us"):
        row[key] = statistics.median(data[key] for data in rounds)
    for key in ("requests", "sent", "answered", "stopped_themselves", "threads", "ran_out"):
        if key in row:
            row[key] = sum(data.get(key) or 0 for data in rounds)
    for key in ("statuses", "errors"):
        total = {}
        for data in rounds:
            for name, count in (data.get(key) or {}).items():
                total[name] = total.get(name, 0) + count
        row[key] = total
    return row
