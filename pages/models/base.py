"""What every public page type shares: knowing its languages and being searchable per language.

One page tree holds both languages: each translatable field has a ``_nl`` and
an ``_en`` column (wagtail-modeltranslation). Dutch is the fallback, so a page
whose English is missing still answers under /en/, with a notice.
"""

from django.db import models
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from core import languages

from .routing import RoutedPageMixin

__all__ = ["TranslatedPageMixin", "preview_language", "sitemap_entries"]

LANGUAGE_MODE_PREFIX = "language:"


def preview_language(mode):
    """The language a preview mode shows: the default language for Wagtail's default mode (""), the
    named one for "language:en"; None for another mixin's mode (A/B variants choose their own)."""
    if not mode:
        return languages.default()
    if mode.startswith(LANGUAGE_MODE_PREFIX) and languages.is_site_language(mode[len(LANGUAGE_MODE_PREFIX) :]):
        return mode[len(LANGUAGE_MODE_PREFIX) :]
    return None


def sitemap_entries(urls, lastmod):
    """Sitemap entries for one page (or view) given its full URL per language, each naming
    every language version and the Dutch x-default as alternates (hreflang)."""
    alternates = [{"lang_code": code, "location": url} for code, url in urls.items()]
    alternates.append({"lang_code": "x-default", "location": urls[languages.default()]})
    return [{"location": url, "lastmod": lastmod, "alternates": alternates} for url in urls.values()]


class TranslatedPageMixin(RoutedPageMixin, models.Model):
    """Mixed into every page type, before ``Page``.

    ``search_text`` is a translated, non-editable column holding the page's
    readable text in one language (title, intro, StreamField text), so site
    search can match only the visitor's language with that language's
    PostgreSQL text-search configuration (see pages/search.py).

    Serving a page is kept to a few queries whatever the amount of content (see routing.py).
    """

    search_text = models.TextField(editable=False, blank=True, default="")

    #: Field names (without language suffix) whose text goes into search_text.
    search_text_fields = ["title", "search_description"]

    #: Add to each page type's search_fields (after Page.search_fields).
    search_text_index = [index.SearchField("search_text")]

    #: Whether site search looks in this page type (pages/search.py), whichever app defines it.
    in_site_search = False

    class Meta:
        abstract = True

    # -- languages ---------------------------------------------------------
    def is_translated_into(self, language_code):
        """True when the page has its own title in that language (not the fallback)."""
        return language_code == languages.default() or languages.has_own_value(self, "title", language_code)

    def field_language(self, name, language_code=None):
        """The language a translated field is shown in: its own, or Dutch when it falls back."""
        return languages.shown_language(self, name, language_code)

    def get_url_in(self, language_code, request=None):
        with translation.override(language_code):
            return self.get_url(request=request)

    def get_full_url_in(self, language_code, request=None):
        with translation.override(language_code):
            return self.get_full_url(request=request)

    # -- preview -------------------------------------------------------------
    @property
    def preview_modes(self):
        """One preview mode per language, Dutch first (the default), then the modes of other mixins.

        An editor writing in the Dutch admin checks the English page too: Wagtail's preview panel (and
        its Checks panel, which counts the words in that preview) gets a mode menu, "Nederlands" and
        "Engels". The mode menu is Wagtail's own; preview_language() says which language a mode shows.
        """
        others = [(mode, label) for mode, label in super().preview_modes if mode != ""]
        by_language = [("", languages.name(languages.default()))]
        by_language += [(LANGUAGE_MODE_PREFIX + code, languages.name(code)) for code in languages.others()]
        return by_language + others

    def make_preview_request(self, original_request=None, preview_mode=None, extra_request_attrs=None):
        """Wagtail's preview, run for the page's address in the mode's language (/nl/… or /en/…).

        Wagtail sends a dummy request for the page's public URL through every middleware; that URL
        is taken in the active language, so the language middleware, the page and its templates
        then all speak the chosen language, as for a visitor of that address.
        """
        code = preview_language(preview_mode)
        if code is None:
            return super().make_preview_request(original_request, preview_mode, extra_request_attrs)
        with translation.override(code):
            return super().make_preview_request(original_request, "", extra_request_attrs)

    def get_sitemap_urls(self, request=None):
        """One entry per public language, each naming its alternates (hreflang)."""
        lastmod = self.last_published_at or self.latest_revision_created_at
        urls = {code: self.get_full_url_in(code, request) for code in languages.public_codes()}
        return sitemap_entries(urls, lastmod)

    # -- search --------------------------------------------------------------
    def build_search_text(self, language_code):
        """The page's readable text in one language, without the fallback."""
        parts = []
        for name in self.search_text_fields:
            value = languages.own_value(self, name, language_code)
            if not value:
                continue
            field = self._meta.get_field(languages.column(name, language_code))
            if isinstance(field, StreamField):
                parts.extend(field.stream_block.get_searchable_content(value))
            elif isinstance(field, RichTextField):
                parts.append(get_text_for_indexing(value))
            else:
                parts.append(strip_tags(str(value)))
        return "\n".join(part for part in parts if part)

    def save(self, *args, **kwargs):  # noqa: DJ012  (kept beside build_search_text, which it calls)
        # Saving a draft revision passes update_fields and must not put draft
        # text into the live search text; publishing saves every field.
        update_fields = kwargs.get("update_fields")
        if update_fields is None:
            for code in languages.codes():
                setattr(self, languages.column("search_text", code), self.build_search_text(code))
        return super().save(*args, **kwargs)
