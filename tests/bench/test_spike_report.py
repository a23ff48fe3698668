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
