"""The site-specific part of the Varnish configuration (deploy/varnish/default.vcl includes it).

deploy/varnish/default.vcl holds the rules; this writes ``vib-local.vcl`` with what differs per
site and must not sit in the repository: where the site listens, the shared secret the site
expects in X-VIB-Edge (EDGE_SHARED_SECRET), the admin path (WAGTAIL_ADMIN_PATH), who may purge,
and how long a page is fresh (PAGE_CACHE_SECONDS). ``manage.py edge_vcl`` writes it from the
site's own settings, so the edge and the site cannot disagree on the secret; the tests and the
bench call render_local_vcl() with their own values.
"""

import ipaddress
import re
from dataclasses import dataclass, field

# VCL strings have no escapes: only characters that need none are accepted.
SECRET = re.compile(r"\A[A-Za-z0-9_.~-]{16,200}\Z")
ADMIN_PATH = re.compile(r"\A[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*\Z")
HOST = re.compile(r"\A[A-Za-z0-9.-]+\Z")


class EdgeConfigError(ValueError):
    """A value cannot be written into VCL safely."""


@dataclass
class EdgeSite:
    secret: str
    backend_host: str = "127.0.0.1"
    backend_port: int = 8000
    #: the Host the health probe sends (must be in ALLOWED_HOSTS)
    probe_host: str = "localhost"
    admin_path: str = "admin"
    purgers: list = field(default_factory=lambda: ["127.0.0.1", "::1"])
    html_seconds: int = 300
    probe_interval_seconds: int = 5
    #: "; Secure" behind TLS (production); off only for plain-HTTP tests
    secure_cookie: bool = True
    #: the beacon pool (campaign/gunicorn_beacons_conf.py, BEACON_BIND) that /api/ goes to; None: the
    #: site's own backend, one pool for everything as before there was a beacon pool
    beacon_host: str | None = None
    beacon_port: int | None = None


def gunicorn_bind_address(environ):
    """(host, port) gunicorn listens on, read as campaign/gunicorn_conf.py reads it: GUNICORN_BIND,
    else HOST:PORT, else 127.0.0.1:8000. Only its first address (gunicorn_conf binds one)."""
    bind = (environ.get("GUNICORN_BIND") or "").split(",")[0].strip()
    if not bind:
        bind = f"{environ.get('HOST', '127.0.0.1')}:{environ.get('PORT', '8000')}"
    return _tcp_address("GUNICORN_BIND", bind, "--backend-host and --backend-port")


def beacon_bind_address(environ):
    """(host, port) of the beacon pool as campaign/gunicorn_beacons_conf.py reads it (BEACON_BIND),
    or None when BEACON_BIND is not set (no pool of its own: the beacons go to the site)."""
    bind = (environ.get("BEACON_BIND") or "").split(",")[0].strip()
    return _tcp_address("BEACON_BIND", bind, "--beacon-port") if bind else None


def _tcp_address(name, bind, options):
    if bind.startswith(("unix:", "fd://")):
        raise EdgeConfigError(f"{name}={bind} is not a TCP address Varnish can reach: give {options}")
    host, separator, port = bind.rpartition(":")
    if not separator or not port.isdigit():
        raise EdgeConfigError(f"{name}={bind} is not host:port")
    host = host.strip("[]")
    if host in ("", "0.0.0.0", "::"):
        host = "127.0.0.1" if host != "::" else "::1"  # listening everywhere: reach it on this machine
    return host, int(port)


def _plain_host(host):
    if HOST.match(host):
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def render_local_vcl(site):
    if not SECRET.match(site.secret or ""):
        raise EdgeConfigError(
            "EDGE_SHARED_SECRET must be set: 16 or more characters of A-Z a-z 0-9 _ . ~ - "
            "(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    admin = site.admin_path.strip("/")
    if not ADMIN_PATH.match(admin):
        raise EdgeConfigError(f"admin path {site.admin_path!r} is not a plain path")
    beacon_host = site.beacon_host or site.backend_host
    beacon_port = site.beacon_port if site.beacon_port is not None else site.backend_port
    for host in (site.backend_host, site.probe_host, beacon_host):
        if not _plain_host(host):
            raise EdgeConfigError(f"host {host!r} is not a plain host name or address")
    purgers = []
    for entry in site.purgers:
        try:
            network = ipaddress.ip_network(entry, strict=False)
        except ValueError as error:
            raise EdgeConfigError(f"purger {entry!r} is not an address or network") from error
        if network.num_addresses == 1:
            purgers.append(f'    "{network.network_address}";')
        else:
            purgers.append(f'    "{network.network_address}"/{network.prefixlen};')
    interval = max(1, int(site.probe_interval_seconds))
    if (beacon_host, beacon_port) != (site.backend_host, site.backend_port):
        beacons_are = "the beacon pool (campaign/gunicorn_beacons_conf.py): a flood of them never delays a page"
    else:
        beacons_are = "the site itself (no beacon pool: BEACON_BIND was not set)"
    return f"""# Written by `manage.py edge_vcl` (core/edge_vcl.py): this site's part of deploy/varnish/default.vcl.
# Holds the shared secret: keep it readable by root and Varnish only (0640 root:varnish).

backend vib_site {{
    .host = "{site.backend_host}";
    .port = "{int(site.backend_port)}";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}}

# The beacons (/api/, default.vcl): {beacons_are}.
backend vib_beacons {{
    .host = "{beacon_host}";
    .port = "{int(beacon_port)}";
    .connect_timeout = 2s;
    .first_byte_timeout = 10s;
}}

# The same server, only probed: whether a copy past its lifetime may be served (default.vcl,
# req.grace). Fetches always go to vib_site, so a failed check (Redis down: the site still
# serves, slower) never stops them.
backend vib_health {{
    .host = "{site.backend_host}";
    .port = "{int(site.backend_port)}";
    .probe = {{
        .request = "GET /healthz HTTP/1.1"
                   "Host: {site.probe_host}"
                   "X-Forwarded-Proto: https"
                   "User-Agent: Varnish-probe"
                   "Connection: close";
        .interval = {interval}s;
        .timeout = 2s;
        .window = 3;
        .threshold = 2;
        .initial = 2;
    }}
}}

acl vib_purgers {{
{chr(10).join(purgers)}
}}

sub vib_local_recv {{
    set req.http.X-VIB-Edge = "{site.secret}";
    set req.http.X-VIB-Cookie-Flags = "{"; Secure" if site.secure_cookie else ""}";
    if (req.url ~ "^/{re.escape(admin)}(/|\\?|$)") {{
        set req.http.X-VIB-Private-Path = "1";
    }}
}}

sub vib_local_ttl {{
    set beresp.ttl = {int(site.html_seconds)}s;
}}
"""
