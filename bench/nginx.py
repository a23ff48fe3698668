"""Debian's nginx for the edge tests and bench/spike.py: `nginx -p <its folder> -c <its conf>` on a free
port, plain HTTP, in front of a backend (Varnish or gunicorn), with deploy/nginx/proxy-headers.conf
included as docs/deploy.md says, and with a beacon pool, deploy/nginx/beacons.conf too (/api/ to
``beacon_port``, /api/reach to ``reach_port``). Its own folder, pid, logs and temp paths; foreground
(`daemon off`), its own process group, stopped by that group's id."""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from bench.environment import ROOT, free_port, tail

NGINX = os.environ.get("NGINX", "/usr/sbin/nginx")

DEPLOY = ROOT / "deploy" / "nginx"


def nginx_found():
    return Path(NGINX).is_file() and os.access(NGINX, os.X_OK)


class Nginx:
    def __init__(self, backend_port, beacon_port=None, reach_port=None, workers=1):
        """``beacon_port``, ``reach_port``: the upstreams vib_beacons and vib_reach of docs/deploy.md
        (with Varnish in front of the site: Varnish, and the beacon pool); ``workers``: nginx's worker
        processes (Debian's nginx.conf: one a core)."""
        self.backend_port = backend_port
        self.beacon_port, self.reach_port = beacon_port, reach_port or beacon_port
        self.workers = workers
        self.port = free_port()
        self.prefix = Path(tempfile.mkdtemp(prefix="vib-nginx-"))
        self.prefix.chmod(0o755)  # run as root, nginx's workers are `nobody`
        self.conf = self.prefix / "nginx.conf"
        self.log = self.prefix / "error.log"
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def write_conf(self):
        snippets = self.prefix / "snippets"  # included as in /etc/nginx: snippets/vib-….conf
        snippets.mkdir(exist_ok=True)
        shutil.copy(DEPLOY / "proxy-headers.conf", snippets / "vib-proxy-headers.conf")
        shutil.copy(DEPLOY / "beacons.conf", snippets / "vib-beacons.conf")
        beacons, beacon_locations = "", ""
        if self.beacon_port:
            beacons = (
                f"upstream vib_beacons {{ server 127.0.0.1:{self.beacon_port}; keepalive 16; }}\n"
                f"    upstream vib_reach {{ server 127.0.0.1:{self.reach_port}; keepalive 16; }}"
            )
            beacon_locations = "include snippets/vib-beacons.conf;"
        temp = self.prefix / "temp"
        for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (temp / name).mkdir(parents=True, exist_ok=True)
            (temp / name).chmod(0o777)
        self.conf.write_text(
            f"""daemon off;
worker_processes {self.workers};
pid {self.prefix}/nginx.pid;
error_log {self.log} warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    upstream vib_app {{ server 127.0.0.1:{self.backend_port}; keepalive 16; }}
    {beacons}
    server {{
        listen 127.0.0.1:{self.port};
        server_name _;
        location / {{
            proxy_pass http://vib_app;
            include snippets/vib-proxy-headers.conf;
        }}
        {beacon_locations}
    }}
}}
"""
        )

    def start(self, timeout=20):
        self.write_conf()
        command = [NGINX, "-p", str(self.prefix), "-c", str(self.conf), "-e", str(self.log)]
        test = subprocess.run([*command, "-t"], capture_output=True, text=True)
        if test.returncode:
            raise RuntimeError(f"nginx -t failed:\n{test.stderr}")
        with (self.prefix / "stdout.log").open("w") as out:
            self.process = subprocess.Popen(
                command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx exited with {self.process.returncode}:\n{tail(self.log)}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"nginx did not listen on {self.port} within {timeout} s:\n{tail(self.log)}")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)  # the nginx master we started, and its worker
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
            except ProcessLookupError:
                pass

    def remove(self):
        self.stop()
        shutil.rmtree(self.prefix, ignore_errors=True)
