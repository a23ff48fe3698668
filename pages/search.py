"""Site search in the visitor's language only.

Each page type keeps its readable text per language in ``search_text_<lang>``
(see models/base.py). We search that one column with Wagtail's search
backend. On PostgreSQL the backend gets the language's own text-search
configuration from the settings list ('dutch', 'english', 'turkish', 'arabic': stemming and stop
words per language; 'simple' for a language PostgreSQL has none for);
on SQLite, Wagtail's portable database backend matches words in the column.
"""

import unicodedata
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, Paginator
from django.db import connection
from django.db.models import F, FloatField, Value
from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend

from core import languages
from upstream.empty_search import has_search_terms

from .models.routing import private_q
from .pagination import pagination_links

MAX_QUERY_LENGTH = 200
MAX_RESULTS = 100
RESULTS_PER_PAGE = 10


def searchable_page_types():
    """The page types whose ``in_site_search`` says so (models/base.py): those of pages and the home page,
    which the home app defines (content does not import it)."""
    return [model for model in get_page_models() if getattr(model, "in_site_search", False)]


def search_backend_for(language_code):
    if connection.vendor == "postgresql":
        return get_search_backend(
            "wagtail.search.backends.database.postgres.postgres",
            SEARCH_CONFIG=languages.search_config(language_code),  # from the settings list
        )
    # Substring matching on the one language column: portable and exact
    # enough for a campaign site's few hundred pages.
    return get_search_backend("wagtail.search.backends.database.fallback")


def clean_query(raw):
    """The visitor's words without control characters (PostgreSQL rejects NUL), at most 200 characters."""
    text = "".join(" " if unicodedata.category(char) == "Cc" else char for char in raw)
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def ranked_matches(query, language_code, limit=MAX_RESULTS, request=None):
    """``[(page id, score)]`` of the live, public pages whose text matches, best first, at most ``limit``.

    Wagtail's search backend builds the match (and on PostgreSQL the rank) for
    every page type; the queries are united into one SQL statement that returns
    only ids and scores, so no page is loaded here, however many match. Both
    database backends' results expose the queryset they would evaluate
    (``get_queryset()``); we take its filter and rank, not its rows.
    With a request, the view restrictions are read once for all page types
    (pages/models/routing.py) instead of once per type by ``.public()``.
    """
    if not has_search_terms(query):
        return []  # only hyphens and spaces: no word to look for (PostgreSQL's backend fails on it)
    backend = search_backend_for(language_code)
    field = languages.column("search_text", language_code)
    per_type = []
    for model in searchable_page_types():
        queryset = model.objects.live()
        queryset = queryset.exclude(private_q(request)) if request is not None else queryset.public()
        matches = backend.search(query, queryset, fields=[field], operator="and").annotate_score("_score")
        matches = matches.get_queryset()
        if "_score" not in matches.query.annotations:  # the fallback backend does not rank
            matches = matches.annotate(_score=Value(None, output_field=FloatField()))
        # The same two columns for every type (the parent link's name differs), no ordering of its own
        # (SQLite allows none inside a UNION): the union is ordered once, below.
        per_type.append(matches.annotate(hit=F("pk")).values_list("hit", "_score").order_by())
    united = per_type[0].union(*per_type[1:], all=True)
    # One ranking across page types: the backend's score, then newest first.
    return list(united.order_by(F("_score").desc(nulls_last=True), F("hit").desc())[:limit])


def pages_for(ids):
    """The pages with these ids, in this order, as their own type: one query, generic fields only.

    The results list shows title, description and address, which every page keeps
    in wagtailcore_page, so the specific tables are not read (``specific(defer=True)``).
    """
    found = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific(defer=True)}
    return [found[pk] for pk in ids if pk in found]


def search_pages(query, language_code, limit=MAX_RESULTS, request=None):
    """Live, public pages whose text in ``language_code`` matches ``query``, best first."""
    return pages_for([pk for pk, _score in ranked_matches(query, language_code, limit, request)])


@require_GET
def search_view(request):
    query = clean_query(request.GET.get("q", ""))
    language_code = languages.active()
    # Ids and scores of at most MAX_RESULTS matches (a few bytes each), one more to know there are more;
    # pages only for the one page shown.
    matches = ranked_matches(query, language_code, MAX_RESULTS + 1, request=request) if query else []
    more_than_shown = len(matches) > MAX_RESULTS
    matches = matches[:MAX_RESULTS]
    paginator = Paginator(matches, RESULTS_PER_PAGE)
    try:
        page_number = int(request.GET.get("page", "1"))
        results_page = paginator.page(page_number)
    except (ValueError, EmptyPage):
        results_page = paginator.page(1)
    results_page.object_list = pages_for([pk for pk, _score in results_page.object_list])

    def url(number):
        return f"{request.path}?{urlencode({'q': query, **({'page': number} if number > 1 else {})})}"

    return render(
        request,
        "pages/search.html",
        {
            **pagination_links(results_page, url),
            "search_query": query,
            "results": results_page,
            "result_count": len(matches),
            "more_than_shown": more_than_shown,
        },
    )
