"""Finding a lesson: the filter form on the lesson overview.

A GET form, so it works without JavaScript and every combination is a URL a
teacher can share. A value the form does not know (an old bookmark, a typo, a
hostile string) is dropped and the rest of the filters still apply; the page
says so instead of failing.
"""

from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from core import languages

from ..fields import has_key_q
from ..pagination import pagination_links
from . import vocabulary

AGE_CHOICES = [("", _("Any age"))] + [(str(age), str(age)) for age in range(4, 21)]
DURATION_CHOICES = [("", _("Any length"))] + [
    (str(minutes), _("Up to %(minutes)s minutes") % {"minutes": minutes}) for minutes in (30, 45, 50, 60, 90, 120)
]
SORT_CHOICES = [
    ("level", _("Youngest pupils first")),
    ("duration", _("Shortest first")),
    ("title", _("Title (A–Z)")),
    ("reviewed", _("Most recently reviewed")),
]
PER_PAGE = 20


class LessonFilterForm(forms.Form):
    level = forms.ChoiceField(label=_("School level"), required=False)
    age = forms.TypedChoiceField(label=_("Age of the pupils"), required=False, coerce=int, empty_value=None)
    duration = forms.TypedChoiceField(label=_("Duration"), required=False, coerce=int, empty_value=None)
    subject = forms.ChoiceField(label=_("Subject"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORT_CHOICES)

    def __init__(self, data=None):
        super().__init__(data)
        # Built per request so the labels follow the visitor's language.
        self.fields["level"].choices = [("", _("All levels"))] + vocabulary.level_filter_choices()
        self.fields["age"].choices = AGE_CHOICES
        self.fields["duration"].choices = DURATION_CHOICES
        self.fields["subject"].choices = [("", _("All subjects"))] + vocabulary.SUBJECT_CHOICES
        # Only the languages the public sees: a language still being written has no lessons to find yet.
        self.fields["language"].choices = [("", _("All languages"))] + [
            (code, name) for code, name in vocabulary.LANGUAGE_FILTER_CHOICES if languages.is_public(code)
        ]

    def valid_filters(self):
        """The filters that were understood; unknown values are left out, not fatal."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}

    def ignored_fields(self):
        return [self.fields[name].label for name in self.errors]


def filter_lessons(lessons, filters):
    if "level" in filters:
        lessons = lessons.filter(has_key_q("levels", *vocabulary.level_filter_keys(filters["level"])))
    if "age" in filters:
        lessons = lessons.filter(min_age__lte=filters["age"], max_age__gte=filters["age"])
    if "duration" in filters:
        lessons = lessons.filter(duration_minutes__lte=filters["duration"])
    if "subject" in filters:
        lessons = lessons.filter(has_key_q("subjects", filters["subject"]))
    language = filters.get("language")
    if language and language != languages.default():  # every lesson is in the default language
        title = languages.column("title", language)
        lessons = lessons.exclude(Q(**{f"{title}__isnull": True}) | Q(**{title: ""}))
    return lessons


def sort_lessons(lessons, sort):
    if sort == "duration":
        return lessons.order_by("duration_minutes", "min_age", "path")
    if sort == "title":
        # The title in the visitor's language, the Dutch one where it is missing.
        shown_title = languages.shown_value_expression("title")
        return lessons.annotate(shown_title=Lower(shown_title)).order_by("shown_title", "path")
    if sort == "reviewed":
        return lessons.order_by("-last_reviewed", "path")
    return lessons.order_by("min_age", "max_age", "duration_minutes", "path")


def find_lessons(lessons, request):
    """Template context for the overview of ``lessons`` (the overview's live, public lessons): the form,
    the matching lessons (one page of them), counts, the links to the other pages.

    A page number that is not a page of the list shows the nearest page (an old bookmark after
    lessons were removed still shows lessons)."""
    form = LessonFilterForm(request.GET or None)
    filters = form.valid_filters() if request.GET else {}
    total = lessons.count()
    matching = sort_lessons(filter_lessons(lessons, filters), filters.get("sort", "level"))
    paginator = Paginator(matching, PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    # Page links carry only the filters that were understood.
    query = urlencode({name: value for name, value in filters.items()})

    def url(number):
        parts = [query] if query else []
        if number > 1:
            parts.append(f"page={number}")
        return request.path + ("?" + "&".join(parts) if parts else "")

    return {
        **pagination_links(page, url),
        "filter_form": form,
        "active_filters": {name: value for name, value in filters.items() if name != "sort"},
        "ignored_filters": form.ignored_fields() if request.GET else [],
        "lessons": page.object_list,
        "lessons_page": page,
        "lesson_count": paginator.count,
        "lesson_total": total,
        "page_query": query,
    }
