"""gunicorn settings for production: `gunicorn -c campaign/gunicorn_conf.py` (serves campaign.wsgi).

Everything can be set from the environment (command-line options still win):

    WEB_CONCURRENCY    worker processes (default 2 × CPU cores + 1)
    GUNICORN_BIND      address to listen on (default HOST:PORT, i.e. 127.0.0.1:8000,
                       for nginx in front on the same machine)
    GUNICORN_TIMEOUT   seconds before a silent worker is killed and restarted (default 30)
    GUNICORN_ACCESS_LOG  where the access log goes: a file, "-" for stdout (default),
                       or "off"
    GUNICORN_LOG_LEVEL gunicorn's own log level (default info)
    FORWARDED_ALLOW_IPS  proxies trusted for X-Forwarded-Proto (default 127.0.0.1,::1)
    GUNICORN_PIDFILE   where the master writes its pid (unset: none); the zero-downtime reload
                       (deploy/gunicorn-reload.sh, systemd's ExecReload) needs it
    GUNICORN_PRELOAD   load the site in the master before forking workers (default true)

Reloading: the master loads the site once (preload_app) and forks its workers from it, so a new
worker takes requests at once. A code upgrade is a new master (USR2, deploy/gunicorn-reload.sh),
not HUP: with preload, HUP forks new workers from the *old* code already in the master; without
preload, HUP retires the old workers before the new ones have loaded the site, and every request
waits seconds (measured in tests/operations/faults/test_reload.py; docs/deploy.md).

The access log holds no personal data: no client address, no user name, no
user agent, no referer and no query string (search terms and filters can say
something about a person) — only time, method, path, protocol, status, size and
duration. Error output goes to stderr. Every line starts with the time in ISO 8601, UTC
(2026-12-06T01:40:00.123+00:00), as Django's own lines do.
"""

import multiprocessing
import os

wsgi_app = "campaign.wsgi:application"

workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
bind = [os.environ.get("GUNICORN_BIND") or f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"]

# A page renders in well under a second; 30 s only catches a hung worker.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30

_access_log = os.environ.get("GUNICORN_ACCESS_LOG", "-")
accesslog = None if _access_log.lower() in ("off", "none", "") else _access_log
# %(U)s is the path without the query string; %(M)s the duration in milliseconds.
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Master, workers, access log and Django: one timestamp, ISO 8601 in UTC (core/log_format.py).
logger_class = "core.log_format.GunicornLogger"

# Only the proxy on this machine may say the request came over HTTPS
# (SECURE_PROXY_SSL_HEADER in campaign/settings/production.py).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")


# See the docstring: the site is imported once, in the master; workers share its memory.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() not in ("0", "false", "no", "off")
pidfile = os.environ.get("GUNICORN_PIDFILE") or None

# gunicorn 25.1+ opens a control socket for `gunicornc` in $HOME/.gunicorn/ by default, i.e.
# /srv/veilig-in-beeld/.gunicorn/: read-only under the unit (ProtectSystem=strict; a warning at
# every start and reload) and, with two masters during a reload, one path for both. Nothing here
# uses it: signals and deploy/gunicorn-reload.sh do the work.
control_socket_disable = True


def when_ready(server):
    """With preload: render each language's home page once in the master, so every worker starts
    warm (core/warmup.py)."""
    if server.cfg.preload_app:
        # gunicorn reads this file before it loads the site: Django and the app are imported only then.
        from core.warmup import warm_up

        warm_up()


def pre_fork(server, worker):
    """A worker must not inherit a database connection of the master's (two processes on one
    socket garble each other's queries). Django opens connections lazily, so there is normally
    none; this makes sure. Redis' connection pool renews itself after a fork."""
    if server.cfg.preload_app:
        # gunicorn reads this file before it loads the site (see when_ready).
        from django.db import connections

        connections.close_all()


def post_worker_init(worker):
    """Say when a worker has loaded the site and takes requests (booting takes seconds)."""
    worker.log.info("Worker ready (pid: %s)", worker.pid)
