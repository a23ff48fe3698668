"""RFC 6238 time-based codes (HMAC-SHA1, 30-second step, 6 digits), written out for the tests.

The tests compute the codes an authenticator app would show from the secret the
enrolment page displays, independently of allauth's own implementation.
"""

import base64
import hashlib
import hmac
import struct
import time


def totp(secret, at=None, step=30, digits=6):
    """The code at `at`, or now: then never in the last two seconds of a step, so it is still
    the current code when the server checks it (allauth accepts no neighbouring step)."""
    if at is None and step - time.time() % step < 2:
        time.sleep(step - time.time() % step + 0.1)
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    counter = int((time.time() if at is None else at) // step)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(number % 10**digits).zfill(digits)


def wrong_code(secret):
    """A six-digit code that is not the current one (nor the one of the step before or after)."""
    now = time.time()
    taken = {totp(secret, now + delta) for delta in (-30, 0, 30)}
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in taken)


def test_the_rfc_6238_reference_value():
    # RFC 6238, appendix B: the ASCII secret "12345678901234567890" at T=59 gives 94287082 (8 digits).
    secret = base64.b32encode(b"12345678901234567890").decode()
    assert totp(secret, at=59, digits=8) == "94287082"
    assert totp(secret, at=1111111109, digits=8) == "07081804"
