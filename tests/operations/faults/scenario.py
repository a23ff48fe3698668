"""One fault scenario: requests made before, during and after a fault, what they answered, the verdict.

Every answer is recorded with its phase ("before", "fault", "recovery", "after") and kind:

* ``cached``   a page requested before the fault, so the page cache holds a copy
  (the home pages, a guidance page, the campaign page with a running experiment as a
  returning visitor);
* ``uncached`` a page never requested before (the lesson index with a query string of its own:
  every address is its own cache entry);
* ``healthz``  GET /healthz;
* ``beacon``   POST /api/ab/<experiment>/exposure as a new visitor (a visitor cookie taken from
  the campaign page's own Set-Cookie before the fault), to be counted exactly once.

Checked for every answer of the scenario, whatever the phase: an answer came (no timeout, no
reset), within MAX_SECONDS, and no 5xx other than 503 — and gunicorn's access log of the
scenario holds no 500 either; gunicorn is still the same process and no worker was restarted
(no "WORKER TIMEOUT", no "Booting worker": a hung or crashed worker would show there).
"""

import itertools
import json
import threading
import time
from collections import Counter

from .services import request

MAX_SECONDS = 2.0
RECOVERY_LIMIT = 10.0  # seconds from the service being back to every page answering as before
EXPERIMENT = "hero-ouders-vraag"  # the demo's running experiment (demo/data/messages.yaml)
CAMPAIGN = "/nl/campagnes/denk-na-voor-je-deelt/"  # shows it
BEACON = f"/api/ab/{EXPERIMENT}/exposure"
CACHED = ["/nl/", "/en/", "/nl/informatie/het-is-jou-overkomen/", CAMPAIGN]
DUTCH_WORDS = ("probeer", "opnieuw", "terug", "niet", "even")
ENGLISH_WORDS = ("try again", "back soon", "please", "cannot")
_unique = itertools.count(1)


def uncached_path():
    return f"/nl/lesmateriaal/?level=vo&sort=duration&fault={time.monotonic_ns()}-{next(_unique)}"


class Scenario:
    def __init__(self, site, name):
        self.site, self.name = site, name
        self.samples = []  # (phase, kind, Answer)
        self.problems = []
        self.figures = {}
        self.visitors = []
        self.returning = None  # the visitor cookie of the returning visitor of CAMPAIGN
        self.started = time.monotonic()
        self.gunicorn_pid = site.gunicorn.process.pid
        self.log_offset = site.gunicorn.log_size()
        self.access_offset = site.gunicorn.access_size()
        self.exposures_before = site.exposures(EXPERIMENT)
        self._lock = threading.Lock()
        self._cached_turn = itertools.count()

    # -- requests ------------------------------------------------------------------------------
    def record(self, phase, kind, answer):
        with self._lock:
            self.samples.append((phase, kind, answer))
        return answer

    def page(self, phase, kind, path, cookie=None):
        return self.record(phase, kind, self.site.get(path, cookie=cookie))

    def cached_page(self, phase, index):
        path = CACHED[index % len(CACHED)]
        return self.page(phase, "cached", path, cookie=self.returning if path == CAMPAIGN else None)

    def health(self, phase):
        return self.record(phase, "healthz", self.site.get("/healthz"))

    def beacon(self, phase):
        if not self.visitors:
            self.problems.append("ran out of visitor cookies (a harness limit, not a site fault)")
            return None
        cookie = self.visitors.pop()
        answer = request(
            self.site.port,
            "POST",
            BEACON,
            body=b'{"language":"nl"}',
            headers={"Content-Type": "application/json", "Sec-Fetch-Site": "same-origin", "Cookie": cookie},
        )
        return self.record(phase, "beacon", answer)

    def prepare(self, visitors=30):  # more than the beacons a scenario sends (one in five requests)
        """While healthy: visitor cookies from the campaign page, and every CACHED page in the cache."""
        while len(self.visitors) < visitors + 1:
            answer = self.page("before", "visitor", CAMPAIGN)
            cookie = answer.cookie("vib_visitor")
            if answer.status != 200 or cookie is None:
                raise AssertionError(
                    f"{self.name}: the campaign page gave no visitor cookie "
                    f"({answer.status}, Set-Cookie {answer.cookies})"
                )
            self.visitors.append(cookie)
        self.returning = self.visitors.pop()
        for index in range(len(CACHED)):
            for _attempt in range(3):
                if self.cached_page("before", index).page_cache == "hit":
                    break
            else:
                raise AssertionError(
                    f"{self.name}: {CACHED[index]} is not served from the page cache before "
                    f"the fault (X-Page-Cache {self.samples[-1][2].page_cache!r})"
                )

    def load(self, phase, count=40, seconds=12.0, pause=0.15, stop=None):
        """A mix of requests, bounded in number and time: cached, uncached, healthz, beacon, cached."""
        deadline = time.monotonic() + seconds
        made = 0
        for step in itertools.count():
            if made >= count or time.monotonic() >= deadline or (stop is not None and stop.is_set()):
                break
            kind = ("cached", "uncached", "healthz", "beacon", "cached")[step % 5]
            if kind == "cached":
                self.cached_page(phase, next(self._cached_turn))
            elif kind == "uncached":
                self.page(phase, "uncached", uncached_path())
            elif kind == "healthz":
                self.health(phase)
            elif not self.beacon(phase):
                continue
            made += 1
            time.sleep(pause)
        return made

    def load_in_background(self, phase, **options):
        thread = threading.Thread(target=self.load, args=(phase,), kwargs=options, daemon=True)
        thread.start()
        return thread

    def recover(self, round_ok, limit=RECOVERY_LIMIT, give_up=20.0, rounds_needed=2):
        """Poll until `round_ok(self)` holds for `rounds_needed` rounds in a row; returns the seconds
        until the first of those rounds (None when it never did within `give_up`)."""
        started = time.monotonic()
        first_good, good = None, 0
        while time.monotonic() - started < give_up:
            round_started = time.monotonic()
            if round_ok(self):
                first_good = round_started if good == 0 else first_good
                good += 1
                if good >= rounds_needed:
                    break
            else:
                good = 0
            time.sleep(0.2)
        seconds = None if good < rounds_needed else first_good - started
        self.figures["recovered_s"] = seconds
        if seconds is None:
            self.problems.append(f"not recovered within {give_up:.0f} s (last answers: {self.last(6)})")
        elif seconds > limit:
            self.problems.append(f"recovery took {seconds:.1f} s, over {limit:.0f} s")
        return seconds

    # -- what the answers say ------------------------------------------------------------------
    def of(self, phase=None, kind=None, since=None):
        """The answers of a phase and kind; `since`: only requests sent at or after that moment."""
        return [
            answer
            for p, k, answer in self.samples
            if (phase is None or p == phase)
            and (kind is None or k == kind)
            and (since is None or answer.started >= since)
        ]

    def last(self, count):
        return [f"{k} {a.path} {a.status} {a.page_cache or ''}".strip() for _p, k, a in self.samples[-count:]]

    def expect(self, condition, message, answer=None):
        if not condition:
            detail = ""
            if answer is not None:
                detail = (
                    f" [{answer.method} {answer.path} → {answer.status} in {answer.seconds:.2f} s, "
                    f"X-Page-Cache {answer.page_cache!r}, body {answer.body[:120]!r}]"
                )
            self.problems.append(message + detail)

    def expect_health(self, answer, **states):
        try:
            report = json.loads(answer.body)
        except ValueError:
            report = None
        ok = isinstance(report, dict) and all(report.get(name) == state for name, state in states.items())
        self.expect(ok, f"/healthz should say {states}, said {report!r}", answer)

    def expect_outage_page(self, answer):
        """503 with Retry-After, a bilingual page (Dutch and English), no traceback."""
        text = answer.body.decode(errors="replace")
        lower = text.lower()
        self.expect(
            answer.status == 503, "a page not in the cache should answer 503 while the database is down", answer
        )
        if answer.status != 503:
            return
        self.expect("retry-after" in answer.headers, "the 503 should carry Retry-After", answer)
        self.expect(
            any(word in lower for word in DUTCH_WORDS) and any(word in lower for word in ENGLISH_WORDS),
            "the 503 page should be in Dutch and English",
            answer,
        )
        self.expect("traceback" not in lower and 'file "' not in lower, "the 503 page shows a traceback", answer)

    def check_common(self):
        for phase, kind, answer in self.samples:
            if not isinstance(answer.status, int):
                self.problems.append(
                    f"no answer ({phase}, {kind}): {answer.method} {answer.path} → {answer.status} "
                    f"after {answer.seconds:.2f} s"
                )
                continue
            if answer.status >= 500 and answer.status != 503:
                self.problems.append(
                    f"{answer.status} ({phase}, {kind}): {answer.method} {answer.path} {answer.body[:200]!r}"
                )
            if answer.seconds > MAX_SECONDS and phase != "before":  # "before": first renders, warming up
                self.problems.append(
                    f"slow ({phase}, {kind}): {answer.method} {answer.path} → {answer.status} "
                    f"in {answer.seconds:.2f} s (over {MAX_SECONDS:.0f} s)"
                )
        gunicorn = self.site.gunicorn
        logged = gunicorn.access_statuses_since(self.access_offset)
        errors = [f"{status} {line}" for status, line in logged if status >= 500 and status != 503]
        self.figures["access_log_5xx_not_503"] = len(errors)
        if errors:
            self.problems.append(f"gunicorn's access log has {len(errors)} 5xx other than 503: {errors[:5]}")
        log = gunicorn.log_since(self.log_offset)
        for sign in ("WORKER TIMEOUT", "Booting worker", "Worker exiting", "Shutting down"):
            if sign in log:
                self.problems.append(f"gunicorn log says {sign!r}: a worker hung, crashed or was restarted")
        if not gunicorn.alive() or gunicorn.process.pid != self.gunicorn_pid:
            self.problems.append("gunicorn is not the same running process any more")

    def check_counts(self):
        """Every beacon answered 204 was counted once in the database: no more, no fewer."""
        answered = sum(1 for answer in self.of(kind="beacon") if answer.status == 204)
        try:
            counted = self.site.exposures(EXPERIMENT) - self.exposures_before
        except Exception as error:  # the database is still down: reported, not a crash of the test
            self.problems.append(f"could not count the beacons in the database: {error}")
            return
        self.figures.update(beacons_sent=len(self.of(kind="beacon")), beacons_204=answered, counted=counted)
        self.expect(counted == answered, f"beacons: {answered} answered 204, {counted} counted in the database")

    # -- the verdict ---------------------------------------------------------------------------
    def summary(self):
        lines = [f"[faults] {self.name}"]
        for phase in ("before", "fault", "recovery", "after"):
            answers = self.of(phase)
            if not answers:
                continue
            statuses = Counter(answer.status for answer in answers)
            kinds = Counter(kind for p, kind, _a in self.samples if p == phase)
            page_cache = Counter(
                answer.page_cache or "-"
                for p, kind, answer in self.samples
                if p == phase and kind in ("cached", "uncached")
            )
            lines.append(
                f"  {phase:8} {len(answers):3} requests ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); "
                f"statuses {dict(sorted(statuses.items(), key=str))}; X-Page-Cache {dict(page_cache)}; "
                f"max {max(answer.seconds for answer in answers):.2f} s"
            )
        figures = ", ".join(
            f"{name}={value:.2f}" if isinstance(value, float) else f"{name}={value}"
            for name, value in self.figures.items()
        )
        lines.append(f"  figures: {figures}; scenario took {time.monotonic() - self.started:.1f} s")
        return "\n".join(lines)

    def finish(self):
        self.check_common()
        text = self.summary()
        print("\n" + text, flush=True)
        if self.problems:
            unique = list(dict.fromkeys(self.problems))
            shown = "\n  - ".join(unique[:25])
            more = f"\n  … and {len(unique) - 25} more" if len(unique) > 25 else ""
            raise AssertionError(f"{text}\n  problems ({len(unique)}):\n  - {shown}{more}")
