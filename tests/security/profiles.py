"""The Hypothesis profiles of the hostile-input tests: a fixed guard by default, a long random fuzz on demand.

- ``guard`` (the default: ``make test``, CI, any plain pytest run): ``derandomize=True``, so every
  run tries the same examples (seeded from each test function; hypothesis is pinned) and a green
  run means the same thing every time. Each failure found so far is an explicit ``@example``,
  tried first on every run. Without this a property test is a lottery: issue 24's search for "-"
  failed one run on PostgreSQL and passed the runs before and after it.
- ``fuzz`` (``make fuzz``, or HYPOTHESIS_PROFILE=fuzz): new random examples on every run, and
  FUZZ_FACTOR (default 20) times as many per test. A failure prints the falsifying example (and a
  blob to reproduce it): add it to the test as an ``@example``, then fix the code.

Neither keeps an example database, so nothing is written into the working tree.
"""

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings

PROFILES = ("guard", "fuzz")
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "guard")
if PROFILE not in PROFILES:
    raise RuntimeError(f"HYPOTHESIS_PROFILE={PROFILE!r}: use one of {', '.join(PROFILES)}")
FUZZ_FACTOR = int(os.environ.get("FUZZ_FACTOR", "20"))

settings.register_profile("guard", derandomize=True, database=None, print_blob=True)
settings.register_profile("fuzz", derandomize=False, database=None, print_blob=True)
settings.load_profile(PROFILE)


def hostile(max_examples):
    """Hypothesis settings for a property over HTTP requests: ``max_examples`` under the guard,
    FUZZ_FACTOR times as many under fuzz.

    The db fixture is function-scoped on purpose: all examples of one test share its
    transaction, which is rolled back at the end. Every request must answer within 2 s
    (generous, for a shared 2-core machine).
    """
    fuzzing = PROFILE == "fuzz"
    return settings(
        parent=settings.get_profile(PROFILE),
        max_examples=max_examples * FUZZ_FACTOR if fuzzing else max_examples,
        deadline=timedelta(seconds=2),
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
