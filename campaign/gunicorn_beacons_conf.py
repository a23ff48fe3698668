"""gunicorn settings for the beacon pool: `gunicorn -c campaign/gunicorn_beacons_conf.py`.

The site's settings (campaign/gunicorn_conf.py: access log without personal data, UTC log lines,
trusted proxies, pid file, preload) with the beacons' own application and size:

    BEACON_BIND       address to listen on (default 127.0.0.1:8001); Varnish's vib_beacons backend
                      (`manage.py edge_vcl`) or nginx's /api/ location sends the beacons here
    BEACON_WORKERS    worker processes (default: one a CPU core: a worker never waits on Redis, its
                      counts go in batches on its event loop, core/beacon_batch.py; on 2 cores, 2
                      workers answered 2,650–3,030 beacons/s through nginx, 4 workers 1,830–2,080/s)
    BEACON_THREADS    threads per worker for the beacons Django's handler answers (default 2): the A/B
                      beacons, and a reach beacon the fast path declines; each thread may hold a
                      database connection (a beacon reads the database only when Redis cannot answer)
    BEACON_PIDFILE    where the master writes its pid (unset: none; the systemd unit sets it)
    BEACON_ACCESS_LOG the access log of the beacons: off (default), - (standard output: journald) or a
                      file. Off because in a spike it would be thousands of lines a second saying
                      "204", each a write on the beacon's way, and journald drops lines beyond its
                      rate limit (10,000 per 30 s by default) anyway; errors are always logged, and
                      the dashboard counts the beacons (refused ones too).

Workers: uvicorn's event loop under gunicorn (campaign/beacon_worker.py), serving
campaign/beacon_asgi.py: a warm reach beacon is answered on the loop, its count sent to Redis in a
batch with the others that arrived meanwhile, any other in a thread by Django's handler. An
event-loop worker keeps the proxy's connection open between beacons (a sync worker closes it after
every answer). No warm-up: a beacon renders no page.
"""

import multiprocessing
import os

from campaign.gunicorn_conf import *  # noqa: F401,F403  (the site's logging, proxies, preload)

wsgi_app = "campaign.beacon_asgi:application"
bind = [os.environ.get("BEACON_BIND") or "127.0.0.1:8001"]
workers = int(os.environ.get("BEACON_WORKERS") or multiprocessing.cpu_count())
worker_class = "campaign.beacon_worker.BeaconWorker"
threads = int(os.environ.get("BEACON_THREADS") or 2)  # read by campaign/beacon_asgi.py, not by the worker
keepalive = 30  # seconds an idle proxy connection stays open
pidfile = os.environ.get("BEACON_PIDFILE") or None
_beacon_access_log = os.environ.get("BEACON_ACCESS_LOG", "off")
accesslog = None if _beacon_access_log.lower() in ("off", "none", "") else _beacon_access_log


def when_ready(server):
    """Nothing to warm: the site's pool renders its home pages here; a beacon renders none."""
