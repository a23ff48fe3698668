"""The three audiences the campaigns speak to, and how each appears in URLs.

An audience is part of the URL (/nl/campagnes/<slug>/ouders/), never a
cookie, so every audience view can be shared, bookmarked and cached. The URL
segment is translated like any interface string (pgettext context "url").
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core import languages

YOUNG_PEOPLE = "young-people"
PARENTS = "parents"
SCHOOLS = "schools"
EVERYONE = "everyone"

AUDIENCES = [YOUNG_PEOPLE, PARENTS, SCHOOLS]

AUDIENCE_CHOICES = [
    (YOUNG_PEOPLE, _("Young people")),
    (PARENTS, _("Parents")),
    (SCHOOLS, _("Schools")),
]

#: What a module can be tagged with: one or more audiences, or everyone.
AUDIENCE_TAG_CHOICES = AUDIENCE_CHOICES + [(EVERYONE, _("Everyone"))]

#: "For parents" etc., used in headings and page titles of audience views.
FOR_AUDIENCE = {
    YOUNG_PEOPLE: _("For young people"),
    PARENTS: _("For parents"),
    SCHOOLS: _("For schools"),
}

_URL_SEGMENTS = {
    YOUNG_PEOPLE: pgettext_lazy("url", "young-people"),
    PARENTS: pgettext_lazy("url", "parents"),
    SCHOOLS: pgettext_lazy("url", "schools"),
}


def label(audience):
    return dict(AUDIENCE_TAG_CHOICES).get(audience, "")


def url_segment(audience, language_code=None):
    """The audience's URL segment in a language ("ouders" in Dutch, "parents" in English)."""
    with translation.override(language_code or languages.active()):
        return str(_URL_SEGMENTS[audience])


def from_url_segment(segment):
    """(audience, language) for a URL segment in any site language, or (None, None)."""
    for code in languages.codes():
        for audience in AUDIENCES:
            if url_segment(audience, code) == segment:
                return audience, code
    return None, None
