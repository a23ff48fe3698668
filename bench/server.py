"""The servers under load: gunicorn in its own process group, stopped on exit, and fetch()."""

import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from bench.environment import BIN, USER_AGENT, WORK, BenchError, say, tail
from bench.processes import give_way, start_logged

HEALTH = "/healthz"

RUNNING = []


class Server:
    """gunicorn with campaign/gunicorn_conf.py on 127.0.0.1:<port>, in its own process group."""

    config = "campaign/gunicorn_conf.py"
    #: (path, status) a GET answers once the workers take requests
    ready_when = (HEALTH, 200)
    #: CPU priority (nice); docs/deploy.md gives the beacon pool a smaller CPU weight than the site
    nice = 0

    def __init__(self, env, name, page_cache, workers, port):
        self.name, self.workers, self.port = name, workers, port
        self.env = {**env, "PAGE_CACHE_ENABLED": "true" if page_cache else "false"}
        self.log = WORK / f"gunicorn-{name}.log"
        self.access_log = WORK / f"access-{name}.log"
        self.process = None

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self):
        if self.access_log:
            self.access_log.unlink(missing_ok=True)
        # --preload: the site is imported once and the workers forked from it, so that five workers
        # are up in seconds (boot time is not measured); serving is the same as without it.
        command = [
            *(["nice", "-n", str(self.nice)] if self.nice else []),
            str(BIN / "gunicorn"),
            "--config",
            self.config,
            "--preload",
            "--bind",
            f"127.0.0.1:{self.port}",
            *(["--access-logfile", str(self.access_log)] if self.access_log else []),  # else: its config's
            "--no-control-socket",
        ]
        self.process = start_logged(command, self.log, self.env)
        if self.nice:
            give_way(self.process.pid, self.nice)
        RUNNING.append(self)
        # Every worker has loaded the site (post_worker_init in campaign/gunicorn_conf.py), and the
        # health check answers (not the bare view: its reference file is written later, from the
        # first server's own bytes).
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"gunicorn ({self.name}) exited with {self.process.returncode}:\n{tail(self.log)}")
            if self.log.read_text(errors="replace").count("Worker ready") >= self.workers:
                try:
                    if fetch(self.url(self.ready_when[0]), timeout=5)[0] == self.ready_when[1]:
                        say(f"  gunicorn ready ({self.workers} workers, page cache {self.name})")
                        return self
                except OSError:
                    pass
            time.sleep(0.2)
        raise BenchError(f"gunicorn ({self.name}) was not ready within 120 s:\n{tail(self.log)}")

    def warm_up(self, paths, rounds=2):
        """Each path `rounds` times per worker, as many at once as there are workers, all answered."""

        def get(path):
            return fetch(self.url(path))[0]

        with ThreadPoolExecutor(self.workers) as pool:
            for path in paths:
                statuses = set(pool.map(get, [path] * (rounds * self.workers)))
                if statuses != {200}:
                    raise BenchError(f"warming up {path}: answers {sorted(statuses)}")

    def terminate(self):
        """Graceful shutdown; gunicorn closes its socket at once, its workers take a few seconds to exit."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()

    def stop(self):
        self.terminate()
        if self.process is not None:
            try:
                self.process.wait(timeout=35)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)  # the process group of the gunicorn we started
                self.process.wait()
        if self in RUNNING:
            RUNNING.remove(self)


def stop_all():
    for server in list(RUNNING):
        server.stop()


def fetch(url, method="GET", body=None, headers=None, timeout=10):
    request = urllib.request.Request(
        url, data=body, method=method, headers={"User-Agent": USER_AGENT, **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()
