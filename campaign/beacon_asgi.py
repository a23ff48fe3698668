"""The beacon pool's application: the site's beacons (campaign/beacon_urls.py) and nothing else.

Why a pool of its own. Every page view sends a reach beacon, and a tested page an exposure beacon
too, and the edge passes them all to the origin (Varnish caches no POST). In a spike they would
fill the site's workers, and the requests that matter most then (a route screen not yet cached,
search, the admin) would queue behind the counting. Served by their own gunicorn
(campaign/gunicorn_beacons_conf.py), with Varnish or nginx sending ``/api/`` there
(docs/deploy.md, "The beacon pool"), a flood of beacons can only slow other beacons.

Why ASGI (uvicorn's event loop, campaign/beacon_worker.py). A beacon is tiny and the site must take
thousands a second, several times what its page workers could (issue 31, bench/spike.py). Most of
a threaded WSGI worker's time went on HTTP parsing and thread hand-offs in Python; uvicorn parses in
C (httptools) on one event loop per process. Two paths:

- **Fast path, on the loop:** a reach beacon whose page this worker remembers (reach/lookup.py) is
  judged by reach.api.answer_from_memory: Django's own request object and the view's own checks.
  Its count goes to Redis with those of the beacons that arrived meanwhile, in one script call
  (core/beacon_batch.py, core/beacon_count.py), awaited on the loop; the beacon is answered once
  its count is back. It never touches the database; whenever it would have to (facts not
  remembered, the content version moved on, Redis not answering) it declines, and the beacon takes
  the other path.
- **Full path, in a thread:** every other beacon, and a declined one, goes through Django's handler
  (the beacon addresses and SecurityMiddleware only) in a pool of BEACON_THREADS threads, exactly as
  the site would answer it, database fallback included (the ORM must not run on an event loop).

Both apply SecurityMiddleware (the HTTPS redirect, HSTS, nosniff). A beacon reads no session,
user, locale, CSRF token, redirect or page: its language comes in its body, its visitor in its own
signed cookie, its sender from X-Forwarded-For. The access log line is the site's (no address:
campaign/gunicorn_conf.py), written here because uvicorn's own names the client's address.
"""

import asyncio
import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO

import django
from django.conf import settings
from django.core import signals
from django.core.cache import caches
from django.core.handlers.asgi import ASGIRequest
from django.core.handlers.base import BaseHandler
from django.middleware.security import SecurityMiddleware

from core.beacons import MAX_BODY_BYTES
from core.log_format import utc_timestamp

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "campaign.settings.production")

BEACON_MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
BEACON_URLCONF = "campaign.beacon_urls"
FAST_PATH = "/api/reach"

access_log = logging.getLogger("gunicorn.access")
error_log = logging.getLogger("campaign.beacon_asgi")


class BeaconApplication:
    """The ASGI application (HTTP only; uvicorn's lifespan is off: nothing to start)."""

    def __init__(self, threads, own_process=True):
        if own_process:
            django.setup(set_prefix=False)
            # This process serves nothing else, so the two settings are set once, before the handler
            # reads them. (A test sets them for itself and passes own_process=False.)
            settings.MIDDLEWARE = BEACON_MIDDLEWARE
            settings.ROOT_URLCONF = BEACON_URLCONF
        self.handler = BaseHandler()
        self.handler.load_middleware()
        self.executor = ThreadPoolExecutor(threads, thread_name_prefix="beacon")
        self.buffer = self.security = self.batches = None
        from core.beacon_batch import CountBatches
        from core.buffered_counting import redis_buffer
        from reach.api import ToCount, answer_from_memory

        self.answer_from_memory, self.to_count = answer_from_memory, ToCount  # imported once Django is set up
        if redis_buffer() is not None:
            # A cache instance of the loop's own: Django's `cache` is one per thread or task.
            self.buffer = caches.create_connection("default")
            self.security = SecurityMiddleware(lambda request: None)
            self.batches = CountBatches(self.buffer)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return
        started = time.monotonic()
        body = await read_body(receive)
        answer = None
        if self.buffer is not None and scope["path"] == FAST_PATH:
            answer = await self.answer_on_loop(scope, body)
        if answer is None:
            answer = await asyncio.get_running_loop().run_in_executor(self.executor, self.answer_in_thread, scope, body)
        status, headers, content = answer
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": content})
        elapsed = round((time.monotonic() - started) * 1000)
        # The site's access line (campaign/gunicorn_conf.py): time, request line, status, size, duration.
        if access_log.handlers:
            access_log.info(
                '%s "%s %s HTTP/%s" %s %s %sms',
                *(
                    utc_timestamp(),
                    scope["method"],
                    scope["path"],
                    scope["http_version"],
                    status,
                    len(content),
                    elapsed,
                ),
            )

    async def answer_on_loop(self, scope, body):
        """(status, headers, body) from the fast path, or None: the full path answers."""
        try:
            request = ASGIRequest(scope, BytesIO(body))
            response = self.security.process_request(request)
            if response is None:
                response = self.answer_from_memory(request, self.buffer)
                if isinstance(response, self.to_count):
                    response = response.answer(await self.batches.count(response.count))
                if response is None:
                    return None
            return as_asgi(self.security.process_response(request, response))
        except Exception:  # the full path answers it, as the site would (never a 500 from here)
            error_log.exception("the beacon's fast path failed; answered by the full path")
            return None

    def answer_in_thread(self, scope, body):
        """(status, headers, body) from Django's handler, in one of the pool's threads."""
        signals.request_started.send(sender=self.__class__, scope=scope)
        request = ASGIRequest(scope, BytesIO(body))
        response = self.handler.get_response(request)
        try:
            return as_asgi(response)
        finally:
            response.close()  # request_finished: the thread's database connection is looked after


async def read_body(receive):
    """The request body, read no further than one byte past what a beacon may send (the view answers 413)."""
    body = b""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return body
        body += message.get("body", b"")
        if not message.get("more_body") or len(body) > MAX_BODY_BYTES:
            return body


def as_asgi(response):
    headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in response.items()]
    headers += [
        (b"set-cookie", cookie.output(header="").strip().encode("latin-1")) for cookie in response.cookies.values()
    ]
    return response.status_code, headers, response.content


def __getattr__(name):
    """``application``, made when gunicorn asks for it (so that importing this module changes nothing)."""
    if name == "application":
        globals()["application"] = BeaconApplication(int(os.environ.get("BEACON_THREADS") or 2))
        return globals()["application"]
    raise AttributeError(name)
