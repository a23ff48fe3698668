"""One timestamp in every log line: ISO 8601 in UTC with its zone, e.g. 2026-12-06T01:40:00.123+00:00.

gunicorn's master, its workers and Django each wrote their own: the master in the server's zone,
the workers in Europe/Amsterdam once Django had set TZ from TIME_ZONE, and Django's "%(asctime)s"
without any zone at all, so lines from one request could not be put in order. The access log's
time comes from gunicorn's `%(t)s` atom, so GunicornLogger's now() gives the same form.
"""

import logging
from datetime import UTC, datetime

from gunicorn.glogging import Logger


def utc_timestamp(seconds=None):
    moment = datetime.now(UTC) if seconds is None else datetime.fromtimestamp(seconds, UTC)
    return moment.isoformat(timespec="milliseconds")


class UTCFormatter(logging.Formatter):
    """A formatter whose %(asctime)s is utc_timestamp(): Django's LOGGING and gunicorn's own."""

    def formatTime(self, record, datefmt=None):
        return utc_timestamp(record.created)


class GunicornLogger(Logger):
    """gunicorn's logger (campaign/gunicorn_conf.py, logger_class) with UTC ISO 8601 times."""

    error_fmt = "%(asctime)s [%(process)d] [%(levelname)s] %(message)s"

    def setup(self, cfg):
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                pattern = handler.formatter._fmt if handler.formatter else self.error_fmt
                handler.setFormatter(UTCFormatter(pattern))

    def now(self):
        return utc_timestamp()
