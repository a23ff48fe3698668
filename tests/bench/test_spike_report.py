"""The spike bench's verdicts (bench/spike.py report()): what the team reads before saying the site
keeps up with a national spike. Figures here are made up; the bench measures the real ones."""

from bench.spike import report


def beacons(rps, sent, answered_204=None, counted=None, errors=0, other=None):
    answered_204 = sent if answered_204 is None else answered_204
    return {
        "rps": rps,
        "sent": sent,
        "answered": answered_204 + sum((other or {}).values()),
        "answered_204": answered_204,
        "other_answers": other or {},
        "errors": errors,
        "counted": sent if counted is None else counted,
        "p50_ms": 2.0,
        "p99_ms": 9.0,
    }


def figures(old=None, new=None, flood=None, calm_p99_ms=40.0, flood_p99_ms=50.0):
    return {
        "seconds": 30,
        "database": "PostgreSQL (127.0.0.1:5432/vib_bench_spike)",
        "workers": 5,
        "beacon_pool": "2 workers × 4 threads",
        "old": old or beacons(800, 24000),
        "new": new or beacons(4200, 126000),
        "rate": 4000,
        "flood": flood or beacons(4000, 120000),
        "route_calm": {"p50_us": 20000, "p99_us": calm_p99_ms * 1000},
        "route_flood": {"p50_us": 22000, "p99_us": flood_p99_ms * 1000},
        "pages_calm": 9000,
        "pages_flood": 8000,
        "load": (1.0, 1.0, 1.0),
    }


def verdicts(section):
    """{figure: met} from the section's last table."""
    rows = [line.split("|")[1:-1] for line in section.splitlines() if line.startswith("| ")]
    return {
        cells[0].strip(): cells[-1].strip() for cells in rows if len(cells) == 4 and cells[-1].strip() in ("yes", "no")
    }


def test_a_run_that_keeps_up_is_judged_so_on_every_figure():
    section, line = report(figures())
    assert verdicts(section) == {
        "new path / old path (beacons per s)": "yes",  # 4200 / 800 = 5.25
        "flood: beacons answered per s / scheduled": "yes",
        "flood: every beacon answered 204": "yes",
        "counted = sent, every part": "yes",
        "route screen p99, flood / no flood": "yes",  # 50 / 40 = 1.25
    }
    assert "new/old=5.25" in line and "counted=sent" in line and "ratio=1.25" in line


def test_a_lost_count_a_refused_beacon_a_slow_pool_and_a_slow_page_each_fail_their_figure():
    section, line = report(
        figures(
            new=beacons(3000, 90000, counted=89999),
            flood=beacons(2500, 75000, answered_204=74990, other={503: 10}),
            flood_p99_ms=80.0,
        )
    )
    assert verdicts(section) == {
        "new path / old path (beacons per s)": "no",
        "flood: beacons answered per s / scheduled": "no",
        "flood: every beacon answered 204": "no",
        "counted = sent, every part": "no",
        "route screen p99, flood / no flood": "no",
    }
    assert "counted!=sent" in line and "answered_all=no" in line


def test_rounds_add_up_what_was_sent_and_take_the_median_p99():
    from bench.spike import merged, over_rounds

    def wrk_figures(rps, answered, p99_ms):
        return {
            "rps": rps,
            "sent": answered,
            "answered": answered,
            "statuses": {204: answered},
            "errors": {},
            "p50_us": 1000,
            "p99_us": p99_ms * 1000,
        }

    flood = merged([wrk_figures(1000, 10000, 30), wrk_figures(500, 5000, 90), wrk_figures(1000, 10000, 40)])
    assert flood["sent"] == flood["answered"] == flood["statuses"][204] == 25000
    assert flood["rps"] == 25000 / 30  # 30 s of answering in all, not the mean of the rates
    assert flood["p99_us"] == 40000  # one slow round does not make the figure
    route, pages = over_rounds([(wrk_figures(0, 1, p99), {"rps": rps}) for p99, rps in ((50, 9), (20, 7), (60, 8))])
    assert route["p99_us"] == 50000 and route["p99_rounds_ms"] == [50.0, 20.0, 60.0] and pages["rps"] == 8
    section, _line = report({**figures(), "route_calm": route})
    assert "| 3. no flood | 1.0 | 50.0 | 50.0, 20.0, 60.0 | 9000 |" in section


def test_the_report_shows_each_rounds_rate():
    old, new = beacons(800, 24000), beacons(4200, 126000)
    old["rounds_rps"], new["rounds_rps"] = [790, 810, 800], [4100, 4300, 4200]
    section, _line = report(figures(old=old, new=new))
    assert "Beacons per s of each round: old path 790, 810, 800; new path 4100, 4300, 4200." in section
