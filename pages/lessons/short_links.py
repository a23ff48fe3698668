"""Permanent short links to lessons: /l/<code>/.

Schools paste lesson links into learning environments and letters to parents
that nobody updates. The code is stored on the lesson and never changes, so
the short link survives any slug change or move; it redirects (302, so the
target can keep changing) to the lesson in the visitor's language
(pages/lessons/short_link_view.py).
"""

import re
import secrets

# No 0/o, 1/l/i: a code read aloud or copied from paper stays unambiguous.
ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
CODE_LENGTH = 6
CODE_PATTERN = re.compile(rf"\A[{ALPHABET}]{{{CODE_LENGTH}}}\Z")  # \Z: "$" allows a trailing newline


def new_short_code(model):
    """A random code not used by any row of ``model`` yet."""
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if not model.objects.filter(short_code=code).exists():
            return code
