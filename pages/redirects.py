"""Old addresses keep working when an editor renames or moves a published page, in every language.

Wagtail creates a redirect when a slug changes or a page moves, but only for
the language the editor happens to work in: with one page tree and
translated slugs (wagtail-modeltranslation), /nl/lesmateriaal/oude-naam/
and /en/lesson-materials/old-name/ are two addresses, and renaming the
English slug from the Dutch admin changes no "slug" Wagtail looks at.

So: before a page is saved we note its URL path per language; after the
save has been committed, for each language whose path changed we let Wagtail's own
``create_redirects`` make the (automatic, editable) Redirect objects for the
page and its descendants, with that language active.
"""

import copy

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.utils import translation
from wagtail.contrib.redirects.signal_handlers import create_redirects
from wagtail.models import Page, Site

from core import languages


def _url_path_fields():
    return [f"url_path_{code}" for code in languages.codes()]


def remember_url_paths(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    if update_fields is not None and not {"slug", "url_path", *_url_path_fields()} & set(update_fields):
        return  # a draft save or a bookkeeping update: the address cannot change
    before = Page.objects.filter(pk=instance.pk).values("live", *_url_path_fields()).first()
    instance._url_paths_before = before


def redirect_old_url_paths(sender, instance, raw=False, **kwargs):
    before = getattr(instance, "_url_paths_before", None)
    if raw or before is None:
        return
    del instance._url_paths_before
    if not before["live"] or not getattr(settings, "WAGTAILREDIRECTS_AUTO_CREATE", True):
        return  # nobody can have linked to a page that was never published
    # After the commit, as Wagtail does: by then the descendants' paths are updated too.
    transaction.on_commit(lambda: _create_redirects(instance, before))


def _create_redirects(instance, before):
    sites = Site.objects.exclude(root_page=instance)
    for code in languages.codes():
        old_path = before[f"url_path_{code}"]
        if not old_path or old_path == getattr(instance, f"url_path_{code}"):
            continue
        page_before = copy.copy(instance)
        setattr(page_before, f"url_path_{code}", old_path)
        with translation.override(code):
            create_redirects(page=instance, page_old=page_before, sites=sites)


def connect():
    pre_save.connect(remember_url_paths, dispatch_uid="pages_remember_url_paths")
    post_save.connect(redirect_old_url_paths, dispatch_uid="pages_redirect_old_url_paths")
