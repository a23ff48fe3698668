"""Reloading gunicorn under load: a new release goes live without a refused connection, a 5xx or a stall.

The documented reload (docs/deploy.md, "Reload or restart"; systemd's ExecReload) is
deploy/gunicorn-reload.sh: USR2 starts a new master from the code on disk, which loads the site
before forking its workers (preload_app), then the old master is stopped gracefully. This test runs
that script against its own gunicorn (on the fault tests' own PostgreSQL and Redis, production
settings, 2 sync workers) while four clients keep asking for pages that are not in the page cache,
and compares the worst answer during the reload with the normal p99.

    .venv/bin/python -m pytest -q -s tests/operations/faults/test_reload.py

With RELOAD_COMPARE=1 it also measures, and only prints, what docs/deploy.md advises against:
HUP without preload (old workers leave before the new ones have loaded the site) and a stop and
start (what `systemctl restart` does).
"""

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from .services import ROOT, Gunicorn, ServiceError, get, tail, wait_for

RELOAD_SCRIPT = ROOT / "deploy" / "gunicorn-reload.sh"
CLIENTS = 4
BASELINE_SECONDS = 5.0
AFTER_RELOAD_SECONDS = 3.0


class Load:
    """CLIENTS threads asking, each on a new connection, for a page the cache has not seen
    (a fresh query string: the full Django stack renders it) and /healthz, until stopped."""

    def __init__(self, port):
        self.port = port
        self.answers = []  # (started, seconds, status)
        self.running = threading.Event()
        self.threads = []
        self.counter = 0
        self.lock = threading.Lock()

    def _client(self):
        while self.running.is_set():
            with self.lock:
                self.counter += 1
                number = self.counter
            path = "/healthz" if number % 4 == 0 else f"/nl/?reload-test={number}"
            answer = get(self.port, path, timeout=10)
            self.answers.append((answer.started, answer.seconds, answer.status))
            if not isinstance(answer.status, int):
                time.sleep(0.05)  # a refused connection returns at once: do not spin

    def start(self):
        self.running.set()
        self.threads = [threading.Thread(target=self._client, daemon=True) for _ in range(CLIENTS)]
        for thread in self.threads:
            thread.start()
        return self

    def stop(self):
        self.running.clear()
        for thread in self.threads:
            thread.join(timeout=15)

    def between(self, start, end):
        return [answer for answer in self.answers if start <= answer[0] < end]


def figures(answers):
    seconds = sorted(answer[1] for answer in answers)
    statuses = [answer[2] for answer in answers]
    return {
        "requests": len(answers),
        "p50": seconds[len(seconds) // 2] if seconds else None,
        "p99": seconds[min(len(seconds) - 1, int(len(seconds) * 0.99))] if seconds else None,
        "max": seconds[-1] if seconds else None,
        "refused": sum(1 for status in statuses if isinstance(status, str) and "Refused" in status),
        "other errors": sum(1 for status in statuses if isinstance(status, str) and "Refused" not in status),
        "5xx": sum(1 for status in statuses if isinstance(status, int) and status >= 500),
        "non-200": sum(1 for status in statuses if status != 200),
    }


def show(name, numbers):
    def fmt(value):
        return f"{value:.3f} s" if isinstance(value, float) else str(value)

    return f"[reload] {name}: " + ", ".join(f"{key} {fmt(value)}" for key, value in numbers.items())


class OwnGunicorn(Gunicorn):
    """The harness's gunicorn with a pid file (the reload script's handle). After a USR2 the serving
    master is no longer the process we started, so stopping goes by the process group, which the new
    master shares."""

    def __init__(self, env, workdir, preload=True):
        workdir.mkdir(parents=True, exist_ok=True)
        super().__init__(env, workdir)
        self.pidfile = Path(workdir) / "gunicorn.pid"
        self.env["GUNICORN_PIDFILE"] = str(self.pidfile)
        self.env["GUNICORN_PRELOAD"] = "true" if preload else "false"

    def master(self):
        return int(self.pidfile.read_text())

    def stop(self):
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)  # our own process group
        except ProcessLookupError:
            return
        if not wait_for(lambda: not group_alive(self.process.pid), 20, interval=0.2):
            os.killpg(self.process.pid, signal.SIGKILL)
        if self.process.poll() is None:
            self.process.wait(timeout=10)


def group_alive(pgid):
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


def worker_pids(master):
    found = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True).stdout
    return {int(pid) for pid in found.split()}


def measure(site, tmp_path, reload, preload=True):
    """Serve, load, reload at a known moment, keep loading; the figures before and during."""
    gunicorn = OwnGunicorn(site.env, tmp_path / "gunicorn", preload=preload).start()
    load = None
    try:
        assert get(gunicorn.port, "/nl/").status == 200
        old_master = gunicorn.master()
        old_workers = worker_pids(old_master)
        load = Load(gunicorn.port).start()
        time.sleep(BASELINE_SECONDS)
        reload_started = time.monotonic()
        reload(gunicorn)
        reload_done = time.monotonic()
        time.sleep(AFTER_RELOAD_SECONDS)
        load.stop()
        baseline = figures(load.between(0, reload_started))
        during_answers = load.between(reload_started, float("inf"))
        during = figures(during_answers)
        slowest = sorted(during_answers, key=lambda answer: -answer[1])[:3]
        during["slowest sent at"] = ", ".join(f"+{answer[0] - reload_started:.1f} s" for answer in slowest)
        new_master = gunicorn.master() if gunicorn.pidfile.exists() else None
        serving = worker_pids(new_master) if new_master else set()
        return baseline, during, reload_done - reload_started, (old_master, old_workers, new_master, serving), gunicorn
    finally:
        if load is not None:
            load.stop()
        gunicorn.stop()


def usr2_reload(gunicorn):
    result = subprocess.run(
        ["sh", str(RELOAD_SCRIPT), str(gunicorn.pidfile), "60"], capture_output=True, text=True, timeout=90
    )
    if result.returncode != 0:
        raise ServiceError(f"gunicorn-reload.sh failed: {result.stderr}\n{tail(gunicorn.log)}")
    # The script returns once the old master has been told to stop; it finishes its requests first.
    wait_for(lambda: "Master has been promoted" in gunicorn.log.read_text(errors="replace"), 60)


def test_a_reload_under_load_refuses_nothing_and_does_not_stall(site, tmp_path):
    baseline, during, took, (old_master, old_workers, new_master, serving), gunicorn = measure(
        site, tmp_path, usr2_reload
    )
    print("\n" + show("baseline", baseline) + "\n" + show(f"during USR2 reload ({took:.1f} s)", during))
    log = gunicorn.log.read_text(errors="replace")
    assert "Master has been promoted" in log, tail(gunicorn.log)
    assert new_master not in (None, old_master), "the pid file does not name the new master"
    assert serving and not old_workers & serving, (old_workers, serving)
    assert baseline["requests"] > 20 and during["requests"] > 20, (baseline, during)
    assert during["refused"] == 0 and during["other errors"] == 0, during
    assert during["5xx"] == 0 and during["non-200"] == 0, during
    assert during["max"] < baseline["p99"] + 1.0, (baseline, during)


@pytest.mark.skipif(os.environ.get("RELOAD_COMPARE") != "1", reason="comparison figures only: RELOAD_COMPARE=1")
@pytest.mark.parametrize("method", ["hup-without-preload", "hup-with-preload", "stop-and-start"])
def test_compare_other_ways_to_reload(site, tmp_path, method):
    def hup(gunicorn):
        os.kill(gunicorn.master(), signal.SIGHUP)
        time.sleep(0.5)

    def stop_and_start(gunicorn):
        # What systemctl restart does: the old master stops (gracefully), then a new one starts.
        master = gunicorn.master()
        os.kill(master, signal.SIGTERM)
        wait_for(lambda: gunicorn.process.poll() is not None, 35)
        gunicorn.start()

    action = stop_and_start if method == "stop-and-start" else hup
    baseline, during, took, _old, _g = measure(site, tmp_path, action, preload=method != "hup-without-preload")
    print("\n" + show(f"{method} baseline", baseline) + "\n" + show(f"{method} ({took:.1f} s)", during))
