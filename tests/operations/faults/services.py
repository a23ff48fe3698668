"""The services the fault tests start, stop, kill and restart: all their own, never the machine's.

* Redis: ``redis-server`` on a free port, in its own process group, no persistence.
* PostgreSQL: a cluster made with ``initdb`` under a temporary folder, on a free port,
  TCP on 127.0.0.1 only, no Unix socket; run as the ``postgres`` user when the tests run as
  root (PostgreSQL refuses root). Stopped with ``pg_ctl -D <our data dir>``, or by the pid in
  our own ``postmaster.pid``.
* gunicorn: campaign/gunicorn_conf.py with the production settings, 2 sync workers, in its
  own process group.

Every process is stopped by its own pid or process group, never by name.
"""

import glob
import http.client
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.processes import start_logged

ROOT = Path(__file__).resolve().parents[3]
PYTHON = sys.executable
BIN = Path(sys.executable).parent
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
HTTP_TIMEOUT = 5.0  # a request that takes longer is a hang


class ServiceError(Exception):
    """A service of the harness did not start or stop (not a finding about the site)."""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def tail(path, lines=40):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no output)"


def wait_for(predicate, timeout, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


# -- binaries ---------------------------------------------------------------------------------


def find_redis_server():
    return shutil.which("redis-server")


def find_postgres_bin():
    """The folder holding initdb, pg_ctl and postgres (Debian keeps them off PATH)."""
    candidates = []
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    candidates += [Path(path).parent for path in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)]
    for folder in candidates:
        if all((folder / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


# -- Redis ------------------------------------------------------------------------------------


class Redis:
    """redis-server on 127.0.0.1:<port>; kill() / pause() / resume() / start() again on the same port."""

    def __init__(self, binary, workdir):
        self.binary, self.workdir = binary, Path(workdir)
        self.port = free_port()
        self.process = None
        self.paused = False
        self.log = self.workdir / "redis.log"

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def answers(self, timeout=0.5):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def start(self):
        if self.running():
            return self
        command = [
            self.binary,
            "--bind",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(self.workdir),
            "--daemonize",
            "no",
        ]
        with self.log.open("a") as out:
            self.process = subprocess.Popen(
                command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
            )
        self.paused = False
        if not wait_for(self.answers, 10):
            self.stop()
            raise ServiceError(f"redis-server on port {self.port} did not answer within 10 s:\n{tail(self.log)}")
        return self

    def running(self):
        return self.process is not None and self.process.poll() is None

    def kill(self):
        """SIGKILL, by the pid we started: Redis is gone at once, connections reset."""
        if self.running():
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.paused = False

    def pause(self):
        """SIGSTOP: a hung Redis; connections open, nothing answers."""
        os.kill(self.process.pid, signal.SIGSTOP)
        self.paused = True

    def resume(self):
        if self.running():
            os.kill(self.process.pid, signal.SIGCONT)
        self.paused = False

    def stop(self):
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGCONT)
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
            except ProcessLookupError:
                pass
        self.paused = False


# -- PostgreSQL -------------------------------------------------------------------------------


class Postgres:
    """A throw-away PostgreSQL cluster: initdb under `base`, TCP on 127.0.0.1:<port>, trust auth."""

    SUPERUSER = "vib_faults"

    def __init__(self, bin_dir, base):
        self.bin_dir, self.base = Path(bin_dir), Path(base)
        self.data = self.base / "data"
        self.log = self.base / "postgres.log"
        self.port = free_port()
        self.as_user = None
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root: run it as an unprivileged user
            try:
                self.as_user = pwd.getpwnam(os.environ.get("FAULTS_POSTGRES_USER", "postgres"))
            except KeyError as error:
                raise ServiceError(
                    "running as root, and there is no 'postgres' user to run PostgreSQL as "
                    "(set FAULTS_POSTGRES_USER to another unprivileged user)"
                ) from error
            os.chown(self.base, self.as_user.pw_uid, self.as_user.pw_gid)
        self.initialised = False

    def url(self, database):
        return f"postgres://{self.SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args, timeout=120, check=True):
        kwargs = {}
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        if self.as_user is not None:
            kwargs.update(user=self.as_user.pw_uid, group=self.as_user.pw_gid, extra_groups=[])
            env["HOME"] = self.as_user.pw_dir
        else:
            env["HOME"] = os.environ.get("HOME", str(self.base))
        result = subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]],
            cwd=self.base,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            **kwargs,
        )
        if check and result.returncode != 0:
            raise ServiceError(
                f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}\n{tail(self.log)}"
            )
        return result

    def init(self):
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            self.SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                "\n# tests/operations/faults: our own cluster, TCP on 127.0.0.1 only, no Unix socket\n"
                f"port = {self.port}\n"
                "listen_addresses = '127.0.0.1'\n"
                "unix_socket_directories = ''\n"
                "fsync = off\n"  # a throw-away cluster; a process crash still loses nothing written
                "max_connections = 40\n"
                "shared_buffers = 32MB\n"
            )
        self.initialised = True
        return self

    def start(self):
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start")
        return self

    def stop(self, mode="fast"):
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def restart(self, mode="fast"):
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-m", mode, "-w", "-t", "60", "restart")

    def postmaster_pid(self):
        try:
            return int((self.data / "postmaster.pid").read_text().splitlines()[0])
        except (OSError, ValueError, IndexError):
            return None

    def running(self):
        if not self.initialised:
            return False
        return self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def connect(self, database):
        import psycopg2

        return psycopg2.connect(
            host="127.0.0.1", port=self.port, user=self.SUPERUSER, dbname=database, connect_timeout=5
        )

    def execute(self, database, sql, params=None, fetch=False):
        connection = self.connect(database)
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall() if fetch else None
        finally:
            connection.close()

    def shutdown(self):
        """At the end: our postmaster only, by pg_ctl on our data dir, else by the pid in its postmaster.pid."""
        if not self.initialised:
            return
        if self.running():
            try:
                self.stop("immediate")
            except (ServiceError, subprocess.TimeoutExpired):
                pid = self.postmaster_pid()
                if pid:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass


# -- gunicorn ---------------------------------------------------------------------------------


class Gunicorn:
    """gunicorn -c campaign/gunicorn_conf.py, 2 sync workers, production settings, own process group."""

    def __init__(self, env, workdir, workers=2):
        self.workdir = Path(workdir)
        self.workers = workers
        self.port = free_port()
        self.log = self.workdir / "gunicorn.log"
        self.access_log = self.workdir / "access.log"
        self.env = {
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "WEB_CONCURRENCY": str(workers),
            "GUNICORN_ACCESS_LOG": str(self.access_log),
        }
        self.process = None

    config = "campaign/gunicorn_conf.py"
    worker_class = "sync"
    #: a request that answers (path, status) once the workers take requests
    ready_when = ("/healthz", 200)

    def start(self):
        command = [
            str(BIN / "gunicorn"),
            "--config",
            self.config,
            "--worker-class",
            self.worker_class,
            "--no-control-socket",
        ]
        self.process = start_logged(command, self.log, self.env)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServiceError(f"gunicorn exited with {self.process.returncode}:\n{tail(self.log)}")
            if self.log.read_text(errors="replace").count("Worker ready") >= self.workers:
                if get(self.port, self.ready_when[0]).status == self.ready_when[1]:
                    return self
            time.sleep(0.2)
        raise ServiceError(f"gunicorn was not ready within 90 s:\n{tail(self.log)}")

    def log_size(self):
        try:
            return self.log.stat().st_size
        except OSError:
            return 0

    def log_since(self, offset):
        with self.log.open("rb") as handle:
            handle.seek(offset)
            return handle.read().decode(errors="replace")

    def access_size(self):
        try:
            return self.access_log.stat().st_size
        except OSError:
            return 0

    def access_statuses_since(self, offset):
        """(status, request line) of every request in the access log after `offset`."""
        try:
            with self.access_log.open("rb") as handle:
                handle.seek(offset)
                text = handle.read().decode(errors="replace")
        except OSError:
            return []
        found = []
        for line in text.splitlines():
            match = re.search(r'"([A-Z]+ \S+) [^"]*" (\d{3}) ', line)
            if match:
                found.append((int(match.group(2)), match.group(1)))
        return found

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)  # the process group of the gunicorn we started
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        except ProcessLookupError:
            pass


class BeaconPool(Gunicorn):
    """gunicorn -c campaign/gunicorn_beacons_conf.py: the beacons' own pool (uvicorn workers), own process group."""

    config = "campaign/gunicorn_beacons_conf.py"
    worker_class = "campaign.beacon_worker.BeaconWorker"  # as its config says
    ready_when = ("/api/reach", 405)  # a beacon address answering "use POST": it serves beacons

    def __init__(self, env, workdir, workers=1):
        super().__init__(env, workdir, workers)
        self.log = self.workdir / "beacons.log"
        self.access_log = self.workdir / "beacons-access.log"
        self.env = {
            **env,
            "BEACON_BIND": f"127.0.0.1:{self.port}",
            "BEACON_WORKERS": str(workers),
            "BEACON_ACCESS_LOG": str(self.access_log),  # off by default (campaign/gunicorn_beacons_conf.py)
        }


# -- HTTP -------------------------------------------------------------------------------------


@dataclass
class Answer:
    method: str
    path: str
    status: object  # an int, or "timeout" / "error: …" when no answer came
    seconds: float
    headers: dict = field(default_factory=dict)
    cookies: list = field(default_factory=list)  # "name=value" of each Set-Cookie
    body: bytes = b""
    started: float = 0.0  # time.monotonic() when the request was sent

    @property
    def page_cache(self):
        return self.headers.get("x-page-cache")

    def cookie(self, name):
        for pair in self.cookies:
            if pair.split("=", 1)[0] == name:
                return pair
        return None


def request(port, method, path, body=None, headers=None, timeout=HTTP_TIMEOUT):
    """One request on a new connection, plain HTTP; cookies are the caller's business."""
    all_headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
        "Connection": "close",
        **(headers or {}),
    }
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        data = response.read()
        seconds = time.monotonic() - started
        header_map = {name.lower(): value for name, value in response.getheaders()}
        cookies = [value.split(";", 1)[0].strip() for value in (response.msg.get_all("Set-Cookie") or [])]
        return Answer(method, path, response.status, seconds, header_map, cookies, data, started)
    except TimeoutError:
        return Answer(method, path, "timeout", time.monotonic() - started, started=started)
    except (OSError, http.client.HTTPException) as error:
        return Answer(
            method, path, f"error: {type(error).__name__}: {error}", time.monotonic() - started, started=started
        )
    finally:
        connection.close()


def get(port, path, cookie=None, timeout=HTTP_TIMEOUT):
    return request(port, "GET", path, headers={"Cookie": cookie} if cookie else None, timeout=timeout)
