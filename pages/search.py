"""Site search in the visitor's language only.

Each page type keeps its readable text per language in ``search_text_<lang>``
(see models/base.py). We search that one column with Wagtail's search
backend. On PostgreSQL the backend gets the language's own text-search
configuration ('dutch' or 'english': stemming and stop words per language);
on SQLite, Wagtail's portable database backend matches words in the column.
"""

import unicodedata

from django.core.paginator import EmptyPage, Paginator
from django.db import connection
from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.search.backends import get_search_backend

from home.models import HomePage

from . import languages
from .models import (
    CampaignIndexPage,
    CampaignPage,
    GuidanceIndexPage,
    GuidancePage,
    LessonIndexPage,
    LessonPage,
    StandardPage,
)
from .models.routing import private_q

SEARCHABLE_PAGE_TYPES = [
    CampaignPage,
    GuidancePage,
    LessonPage,
    StandardPage,
    CampaignIndexPage,
    GuidanceIndexPage,
    LessonIndexPage,
    HomePage,
]
POSTGRES_SEARCH_CONFIGS = {"nl": "dutch", "en": "english"}
MAX_QUERY_LENGTH = 200
MAX_RESULTS = 100
RESULTS_PER_PAGE = 10


def search_backend_for(language_code):
    if connection.vendor == "postgresql":
        return get_search_backend(
            "wagtail.search.backends.database.postgres.postgres",
            SEARCH_CONFIG=POSTGRES_SEARCH_CONFIGS.get(language_code, "simple"),
        )
    # Substring matching on the one language column: portable and exact
    # enough for a campaign site's few hundred pages.
    return get_search_backend("wagtail.search.backends.database.fallback")


def clean_query(raw):
    """The visitor's words without control characters (PostgreSQL rejects NUL), at most 200 characters."""
    text = "".join(" " if unicodedata.category(char) == "Cc" else char for char in raw)
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_pages(query, language_code, limit=MAX_RESULTS, request=None):
    """Live, public pages whose text in ``language_code`` matches ``query``, best first.

    With a request, the view restrictions are read once for all page types
    (pages/models/routing.py) instead of once per type by ``.public()``.
    """
    backend = search_backend_for(language_code)
    field = languages.column("search_text", language_code)
    scored = []
    for model in SEARCHABLE_PAGE_TYPES:
        queryset = model.objects.live()
        queryset = queryset.exclude(private_q(request)) if request is not None else queryset.public()
        results = backend.search(query, queryset, fields=[field], operator="and")
        for page in results.annotate_score("_score")[:limit]:
            scored.append(page)
    # One ranking across page types: the backend's score, then newest first.
    scored.sort(key=lambda page: (-(page._score or 0), -(page.pk)))
    return scored[:limit]


@require_GET
def search_view(request):
    query = clean_query(request.GET.get("q", ""))
    language_code = languages.active()
    results = search_pages(query, language_code, request=request) if query else []
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_number = int(request.GET.get("page", "1"))
        results_page = paginator.page(page_number)
    except (ValueError, EmptyPage):
        results_page = paginator.page(1)
    return render(
        request,
        "pages/search.html",
        {"search_query": query, "results": results_page, "result_count": len(results)},
    )
