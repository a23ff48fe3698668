"""/l/<code>/: the redirect from a lesson's permanent short link (pages/lessons/short_links.py)
to the lesson in the visitor's language."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from core import languages

from ..models import LessonPage
from .short_links import CODE_PATTERN


def visitor_language(request):
    """?lang=en|nl (a public language) wins; then the browser's Accept-Language; then Dutch."""
    asked = request.GET.get("lang", "")
    if languages.is_public(asked):
        return asked
    return languages.public_or_default(translation.get_language_from_request(request, check_path=False))


def short_link_view(request, code):
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
