"""The edge tier under load: Debian's varnishd with deploy/varnish/default.vcl in front of a running
gunicorn, and wrk through it. Also the Varnish process the edge tests start (tests/edge/).

    measure_edge(backend_port, seconds, connections, rounds=1) -> {
        "page":   wrk figures (bench/load.py wrk(): rps, p50_us, p99_us, statuses, ...) of the cached
                  page (bench.environment.CACHED) through Varnish, plus key/what/path/cache; with
                  rounds, combined (bench/rounds.py combine(): medians of the rounds, counts summed),
        "static": the same for the static file (bench.environment.STATIC) through Varnish,
        "edge/static": page rps / static rps through Varnish, per round: bench/rounds.py spread()
                       {"median", "min", "max", "values"},
        "checks": {"page_x_cache": "HIT", "static_x_cache": "HIT", "page_bytes": n, "static_bytes": n},
        "varnish": {"version": "varnish-7.1.1 …", "port": n},
    }

The backend must already serve the site (bench/server.py Server, page cache on) with the
reference file written; Varnish is started on a free port, warmed (both paths answer
X-Cache: HIT), measured, and stopped by its own process group, also when wrk fails.
"""

import os
import re
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.environment import CACHED, ROOT, STATIC, USER_AGENT, WORK, BenchError, free_port, tail

VARNISHD = os.environ.get("VARNISHD", "/usr/sbin/varnishd")
VCL = ROOT / "deploy" / "varnish" / "default.vcl"
SYSTEM_VCL_PATH = "/usr/share/varnish/vcl"


def varnishd_found():
    return Path(VARNISHD).is_file() and os.access(VARNISHD, os.X_OK)


def varnish_version():
    result = subprocess.run([VARNISHD, "-V"], capture_output=True, text=True)
    return (result.stderr or result.stdout).splitlines()[0].strip()


class Varnish:
    """varnishd -F on 127.0.0.1:<port> with the repository's VCL and a vib-local.vcl written by
    core/edge_vcl.py; its own working folder (-n), no jail (-j none: runs as the caller), its own
    process group, stopped by that group's id."""

    def __init__(self, site, workdir=None, port=None, storage="malloc,128m"):
        self.site = site  # core.edge_vcl.EdgeSite
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="vib-varnish-"))
        self.port = port or free_port()
        self.storage = storage
        self.log = self.workdir / "varnishd.log"
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def write_vcl(self):
        from core.edge_vcl import render_local_vcl

        folder = self.workdir / "vcl"
        folder.mkdir(parents=True, exist_ok=True)
        local = folder / "vib-local.vcl"
        local.write_text(render_local_vcl(self.site))
        local.chmod(0o600)  # it holds the shared secret
        return folder

    def start(self, timeout=60):
        vcl_path = self.write_vcl()
        # The kernel may hand back the port just released for -a: varnishd's manager would then take
        # it for -T and the child could not listen ("Address already in use", seen in CI).
        admin_port = free_port()
        while admin_port == self.port:
            admin_port = free_port()
        command = [
            VARNISHD,
            "-F",
            "-j",
            "none",
            "-n",
            str(self.workdir / "n"),
            "-a",
            f"127.0.0.1:{self.port}",
            "-T",
            f"127.0.0.1:{admin_port}",
            "-f",
            str(VCL),
            "-p",
            f"vcl_path={vcl_path}:{SYSTEM_VCL_PATH}",
            "-s",
            self.storage,
        ]
        with self.log.open("w") as out:
            self.process = subprocess.Popen(
                command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"varnishd exited with {self.process.returncode}:\n{tail(self.log)}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2):  # passed: the site answers
                    return self
            except urllib.error.HTTPError:
                return self  # varnishd answered (the site may be down on purpose)
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise BenchError(f"varnishd did not answer on {self.url} within {timeout} s:\n{tail(self.log)}")

    def adm(self, *args):
        result = subprocess.run(
            ["varnishadm", "-n", str(self.workdir / "n"), *args], capture_output=True, text=True, timeout=10
        )
        return result.stdout

    def backend_healthy(self, name="vib_health"):
        """What the probe says now: True (healthy), False (sick), None (not known)."""
        for line in self.adm("backend.list").splitlines():
            if re.search(rf"\.{name}\b", line):
                return "healthy" in line.lower() or " up " in f" {line.lower()} "
        return None

    def running(self):
        return self.process is not None and self.process.poll() is None

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)  # the group of the varnishd we started
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        except ProcessLookupError:
            pass

    def remove(self):
        self.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)


def get(url, headers=None, timeout=10):
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def measure_edge(backend_port, seconds, connections, secret=None, page=CACHED, static=STATIC, rounds=1):
    """Varnish in front of the gunicorn on 127.0.0.1:backend_port: wrk on the cached page and the
    static file through it, ``rounds`` interleaved rounds of ``seconds`` each (see the module docstring
    for the returned dict)."""
    from bench.load import wrk
    from bench.rounds import combine, ratios
    from core.edge_vcl import EdgeSite

    if not varnishd_found():
        raise BenchError(f"varnishd not found at {VARNISHD} (apt-get install varnish)")
    site = EdgeSite(
        secret=secret or os.environ.get("EDGE_SHARED_SECRET") or secrets.token_urlsafe(32),
        backend_port=backend_port,
        probe_host="127.0.0.1",
        secure_cookie=False,
    )
    WORK.mkdir(parents=True, exist_ok=True)
    varnish = Varnish(site, workdir=tempfile.mkdtemp(prefix="varnish-", dir=WORK)).start()
    try:
        checks = {}
        for name, path in (("page", page), ("static", static)):
            for _ in range(3):  # a miss, then hits
                status, headers, body = get(varnish.url + path)
            if status != 200 or headers.get("X-Cache") != "HIT":
                raise BenchError(f"{path} through Varnish: {status}, X-Cache {headers.get('X-Cache')}")
            checks[f"{name}_x_cache"] = headers["X-Cache"]
            checks[f"{name}_bytes"] = len(body)
        measured = {"page": [], "static": []}
        for _round in range(rounds):  # interleaved, page and static back to back (bench/rounds.py)
            for name, path in (("page", page), ("static", static)):
                measured[name].append(wrk(varnish.url + path, seconds, connections))
        results = {}
        for name, path, what in (
            ("page", page, "cached page through Varnish"),
            ("static", static, "static file through Varnish"),
        ):
            results[name] = combine(measured[name])
            results[name].update(key=f"edge_{name}", what=what, path=path, cache="varnish")
        results["edge/static"] = ratios(
            [data["rps"] for data in measured["page"]], [data["rps"] for data in measured["static"]]
        )
        results["checks"] = checks
        results["varnish"] = {"version": varnish_version(), "port": varnish.port}
        return results
    finally:
        varnish.remove()
