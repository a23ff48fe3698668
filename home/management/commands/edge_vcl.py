"""`manage.py edge_vcl`: print this site's part of the Varnish configuration (vib-local.vcl).

deploy/varnish/default.vcl includes it. Written from the site's own settings, so the edge sends
the shared secret the site expects (EDGE_SHARED_SECRET), passes the admin where it really is
(WAGTAIL_ADMIN_PATH), sends to where gunicorn listens (GUNICORN_BIND, as campaign/gunicorn_conf.py
reads it), sends the beacons to their own pool (BEACON_BIND, campaign/gunicorn_beacons_conf.py)
and keeps pages as long as the page cache does (PAGE_CACHE_SECONDS).

With --output the file is written whole or not at all: a temporary file in the same folder, then
renamed over the old one. (A shell redirect, `> vib-local.vcl`, empties the file before the command
runs, so a missing secret left Varnish an empty include.)
"""

import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.edge_vcl import EdgeConfigError, EdgeSite, beacon_bind_address, gunicorn_bind_address, render_local_vcl


class Command(BaseCommand):
    help = "Print vib-local.vcl (the site's part of deploy/varnish/default.vcl) from the site's settings."

    def add_arguments(self, parser):
        parser.add_argument("--backend-host", help="where gunicorn listens (default: from GUNICORN_BIND)")
        parser.add_argument("--backend-port", type=int, help="gunicorn's port (default: from GUNICORN_BIND)")
        parser.add_argument(
            "--beacon-port",
            type=int,
            help="the beacon pool's port, on the backend host (default: from BEACON_BIND; unset: the site's port)",
        )
        parser.add_argument("--output", help="write the file here, atomically, mode 0600 (default: print it)")
        parser.add_argument(
            "--probe-host", required=True, help="the Host the /healthz probe sends: one of ALLOWED_HOSTS"
        )
        parser.add_argument(
            "--purger",
            action="append",
            dest="purgers",
            help="an address or network that may PURGE (repeatable; default 127.0.0.1 and ::1)",
        )
        parser.add_argument("--insecure-cookie", action="store_true", help="vib_bucket without Secure (plain HTTP)")

    def handle(self, *args, **options):
        try:
            bind_host, bind_port = gunicorn_bind_address(os.environ)
        except EdgeConfigError as error:
            if options["backend_host"] is None or options["backend_port"] is None:
                raise CommandError(str(error)) from error
            bind_host, bind_port = None, None
        host = options["backend_host"] or bind_host
        port = options["backend_port"] if options["backend_port"] is not None else bind_port
        if port not in range(1, 65536):
            raise CommandError(f"--backend-port {port} is not a port (1-65535)")
        try:
            beacons = beacon_bind_address(os.environ)
        except EdgeConfigError as error:
            if options["beacon_port"] is None:
                raise CommandError(str(error)) from error
            beacons = None
        beacon_host, beacon_port = beacons or (None, None)
        if options["beacon_port"] is not None:
            beacon_host, beacon_port = host, options["beacon_port"]
        if beacon_port is not None and beacon_port not in range(1, 65536):
            raise CommandError(f"--beacon-port {beacon_port} is not a port (1-65535)")
        site = EdgeSite(
            beacon_host=beacon_host,
            beacon_port=beacon_port,
            secret=getattr(settings, "EDGE_SHARED_SECRET", ""),
            backend_host=host,
            backend_port=port,
            probe_host=options["probe_host"],
            admin_path=settings.WAGTAIL_ADMIN_PATH,
            html_seconds=getattr(settings, "PAGE_CACHE_SECONDS", 300),
            secure_cookie=not options["insecure_cookie"],
            **({"purgers": options["purgers"]} if options["purgers"] else {}),
        )
        try:
            text = render_local_vcl(site)
        except EdgeConfigError as error:
            raise CommandError(str(error)) from error
        if not options["output"]:
            self.stdout.write(text, ending="")
            return
        write_atomically(Path(options["output"]), text)
        beacons_at = f"{beacon_host}:{beacon_port}" if beacon_port is not None else "the site's backend"
        self.stdout.write(f"Wrote {options['output']} (backend {host}:{port}, beacons {beacons_at})")


def write_atomically(path, text):
    """The whole text under `path`, or the old file untouched: never an empty or half file."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise CommandError(f"cannot write in {path.parent}: {error.strerror}") from error
    try:
        with os.fdopen(handle, "w") as out:  # mkstemp: mode 0600, the file holds the secret
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
