"""The bench's judgement of a noisy ratio (bench/rounds.py) and its comparison of two runs
(bench/compare.py): what an engineer reads in bench/results/ before quoting a figure."""

import pytest

from bench import compare
from bench.rounds import NO, NOT_MEASURABLE, YES, combine, judge, ratios, shown


def test_a_ratio_is_the_median_of_its_rounds_with_their_spread():
    figure = ratios([90, 80, 100, 45], [100, 100, 100, 100])
    assert figure["median"] == pytest.approx(0.85)
    assert (figure["min"], figure["max"]) == (0.45, 1.0)
    assert shown(figure) == "0.85 (0.45–1.00)"


@pytest.mark.parametrize(
    ("rounds", "at_least", "verdict"),
    [
        ([0.86, 0.90, 0.88], True, YES),  # every round meets "at least 0.85"
        ([0.70, 0.80, 0.84], True, NO),  # none does
        ([0.80, 0.90, 0.95], True, NOT_MEASURABLE),  # the median meets it, one round does not
        ([0.84, 0.80, 0.95], True, NOT_MEASURABLE),  # the median misses it, one round meets it
        ([0.80, 0.84, 0.85], False, YES),  # "at most 0.85": the target itself is met
    ],
)
def test_a_target_is_judged_on_every_round_and_a_spread_across_it_is_not_measurable(rounds, at_least, verdict):
    assert judge(ratios(rounds, [1.0] * len(rounds)), 0.85, at_least) == verdict


def test_the_rounds_of_one_measurement_add_up_their_answers_and_take_the_median_rate():
    rounds = [
        {"rps": 100.0, "p50_us": 900, "p99_us": 3000, "sent": 500, "statuses": {204: 500}, "errors": {"read": 1}},
        {"rps": 300.0, "p50_us": 800, "p99_us": 2000, "sent": 1500, "statuses": {204: 1499, 500: 1}, "errors": {}},
        {"rps": 200.0, "p50_us": 700, "p99_us": 1000, "sent": 1000, "statuses": {204: 1000}, "errors": {}},
    ]
    row = combine(rounds)
    assert row["rps"] == 200.0 and row["p50_us"] == 800
    assert row["sent"] == 3000 and row["statuses"] == {204: 2999, 500: 1} and row["errors"] == {"read": 1}


def report(tmp_path, name, rows):
    lines = ["# Benchmark", "", "## Compared in interleaved rounds", "", "| ratio | what | median | target | met |"]
    lines += ["|---|---|---|---|---|"]
    lines += [f"| {ratio} | something | {figure} | ≥ 0.85 | {met} |" for ratio, figure, met in rows]
    lines += ["", "## Under load (wrk)", ""]
    path = tmp_path / name
    path.write_text("\n".join(lines))
    return path


def test_two_runs_agree_within_ten_percent(tmp_path, capsys):
    first = report(tmp_path, "a.md", [("cached/static", "0.88 (0.86–0.90)", "yes"), ("scale", "1.05 (1.01–1.09)", "")])
    second = report(tmp_path, "b.md", [("cached/static", "0.92 (0.90–0.95)", "yes"), ("scale", "1.10 (1.02–1.12)", "")])
    assert compare.main(first, second) == 0
    assert "cached/static" in capsys.readouterr().out


def test_runs_that_differ_by_more_disagree_unless_a_run_said_it_could_not_measure(tmp_path, capsys):
    first = report(tmp_path, "a.md", [("cached/static", "0.88 (0.86–0.90)", "yes")])
    second = report(tmp_path, "b.md", [("cached/static", "0.70 (0.66–0.72)", "**no**")])
    assert compare.main(first, second) == 1
    assert "DISAGREE" in capsys.readouterr().out
    noisy = report(tmp_path, "c.md", [("cached/static", "0.70 (0.50–0.95)", "not measurable today")])
    assert compare.main(first, noisy) == 0
    assert "not measurable today" in capsys.readouterr().out


def test_an_older_report_without_rounds_is_a_readable_error(tmp_path, capsys):
    old = tmp_path / "old.md"
    old.write_text("# Benchmark\n\n## Under load (wrk)\n")
    assert compare.main(old, old) == 2
    assert "older bench" in capsys.readouterr().err
