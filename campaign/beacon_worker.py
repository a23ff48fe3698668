"""The beacon pool's gunicorn worker: uvicorn's event loop (uvicorn-worker) serving campaign/beacon_asgi.py.

gunicorn stays the master, as for the site: the same unit, pid file, reload by HUP and
deploy/gunicorn-reload.sh, the same timeout and logging. Only the worker differs, and these
uvicorn settings are fixed here because they matter for what the site promises:

- ``proxy_headers`` off: uvicorn would otherwise replace the peer address with X-Forwarded-For
  itself; the site reads that header by its own rule (core/client_address.py, TRUSTED_PROXY_COUNT),
  the same in both pools, so the limit per sender sees the same sender.
- ``access_log`` off: uvicorn's access line names the client's address. The application writes the
  site's own line instead (no address: campaign/gunicorn_conf.py).
- ``server_header`` off: the site's answers do not name their server either.
- ``lifespan`` off: nothing to start or stop; Django is set up when the application is imported.
- uvloop and httptools: the event loop and HTTP parser in C, the point of this worker.
"""

from uvicorn_worker import UvicornWorker


class BeaconWorker(UvicornWorker):
    CONFIG_KWARGS = {
        "loop": "uvloop",
        "http": "httptools",
        "proxy_headers": False,
        "access_log": False,
        "server_header": False,
        "lifespan": "off",
    }
