"""Permanent short links to lessons: /l/<code>/.

Schools paste lesson links into learning environments and letters to parents
that nobody updates. The code is stored on the lesson and never changes, so
the short link survives any slug change or move; it redirects (302, so the
target can keep changing) to the lesson in the visitor's language.
"""

import re
import secrets

from django.http import Http404
from django.shortcuts import redirect
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from core import languages

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


def visitor_language(request):
    """?lang=en|nl wins; then the browser's Accept-Language; then Dutch."""
    asked = request.GET.get("lang", "")
    if languages.is_site_language(asked):
        return asked
    return translation.get_language_from_request(request, check_path=False)


def short_link_view(request, code):
    from ..models import LessonPage

    code = code.lower()
    if not CODE_PATTERN.match(code):
        raise Http404
    lesson = LessonPage.objects.live().public().filter(short_code=code).first()
    if lesson is None:
        raise Http404
    language = visitor_language(request)
    with translation.override(language):
        url = lesson.get_url(request)
    response = redirect(url)
    # The target depends on the browser's language and on where the lesson is
    # today: caches must neither share nor keep it.
    patch_vary_headers(response, ["Accept-Language"])
    patch_cache_control(response, no_cache=True, max_age=0)
    return response
