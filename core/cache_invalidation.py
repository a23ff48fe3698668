"""When the page cache is cleared: when content visitors see changes, never when anything is written.

The page cache (core/page_cache.py) is cleared as a whole, by bumping one
version number. Clearing it on *any* saved row, as this module once did, let
visitors empty it: a failed admin login writes a django-axes row (a locked-out
one, answered 429, too), a search writes a query count, a beacon a count. A
trickle of such cheap POSTs during a TV spike would keep every page uncached
and put the whole spike on the database. So the rule is an allow-list of what
changes what visitors see, and everything else changes nothing:

* objects with draft state -- pages, message slots, experiments: publishing,
  unpublishing, moving a page, deleting a live object, and a save of a live
  object that is not Wagtail's bookkeeping (a draft revision only sets
  ``latest_revision``, ``draft_title``, ``has_unpublished_changes``, comments;
  locking sets ``locked*``). A draft changes nothing visible, so it clears nothing.
* snippets (every model in ``get_snippet_models()``), site and generic settings
  (every ``BaseSiteSetting``/``BaseGenericSetting``), documents and images
  (not renditions, which are made while a page renders; not the file size or
  hash Wagtail fills in when it first reads them), redirects, sites and page
  view restrictions: any save or delete.
* parts of a page or slot (models with a ParentalKey to it: lesson phases,
  message variants, …) change with their parent: Wagtail saves them when it
  publishes the parent, and that publication clears.

Experiment start, pause and promote write with ``QuerySet.update()`` (no
signal); messaging/models/lifecycle.py clears the cache itself when they commit.

The rule is by kind, so a new snippet or setting is covered without a change
here; every model of the project's own apps must be either content by this
rule or named in NOT_CONTENT (tests/operations/test_cache_invalidation_by_content.py
fails otherwise), so whoever adds a model decides.

The version is bumped when the transaction commits, not at the save: a page
rendered by a visitor between the bump and the commit would still read the old
rows and be cached under the new version, stale until the next change. It also
means a rolled-back save clears nothing. Outside a transaction on_commit runs
at once.
"""

from functools import cache

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import DraftStateMixin
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets.models import get_snippet_models

from core import page_cache

#: The project's own apps: each of their models is content by kind or listed below.
#: ("demo" is installed by the dev and test settings only.)
PROJECT_APPS = ("core", "home", "pages", "messaging", "awareness", "editorial", "reach", "second_factor", "demo")

#: Project models that no visitor sees change: counts written by visitors (and of their beacons over the limit,
#: and their whole-site sums per day), renditions made while a page renders, the editors' link-check reports, the demo
#: loader's list of what it created (the rows themselves are content by their own kind).
NOT_CONTENT = {
    "awareness.answercount",
    "core.flushedcountbatch",
    "demo.demorecord",
    "editorial.linkcheckrun",
    "editorial.linkproblem",
    "editorial.translationtocheck",
    "messaging.experimentcount",
    "messaging.guardrailcount",
    "pages.documentdownloadcount",
    "pages.siterendition",
    "reach.reachcount",
    "reach.refusedbeaconcount",
    "reach.sitereachcount",
}

#: Wagtail models (not snippets or settings) whose rows pages show or obey.
ALSO_CONTENT = {
    "wagtailcore.pageviewrestriction",
    "wagtailcore.site",
    "wagtailredirects.redirect",
}

#: Fields Wagtail saves on a draft-state object without changing what is live.
DRAFT_BOOKKEEPING = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "wagtail_admin_comments",
    "locked",
    "locked_at",
    "locked_by",
}

#: Fields Wagtail fills in on a document or image the first time it reads its file.
FILE_BOOKKEEPING = {"file_size", "file_hash"}

PUBLISHED, CONTENT, PART = "published", "content", "part"


@cache
def kind(model):
    """PUBLISHED (draft state: live objects count), CONTENT (every change counts), PART or None."""
    if model._meta.label_lower in NOT_CONTENT:
        return None
    if issubclass(model, DraftStateMixin):
        return PUBLISHED
    if (
        model in get_snippet_models()
        or issubclass(model, (BaseSiteSetting, BaseGenericSetting, AbstractDocument, AbstractImage))
        or model._meta.label_lower in ALSO_CONTENT
    ):
        return CONTENT
    # Only the project's parts: Wagtail's own ParentalKey children (editors' comments) are not shown.
    if model._meta.app_label in PROJECT_APPS and any(
        isinstance(field, ParentalKey) for field in model._meta.get_fields()
    ):
        return PART
    return None


def clear_on_commit(**kwargs):
    transaction.on_commit(page_cache.invalidate)


def _saved(sender, instance, update_fields=None, **kwargs):
    found = kind(sender)
    fields = set(update_fields or ())
    if found == PUBLISHED:
        if instance.live and not (fields and fields <= DRAFT_BOOKKEEPING):
            clear_on_commit()
    elif found == CONTENT and not (fields and fields <= FILE_BOOKKEEPING):
        clear_on_commit()


def _deleted(sender, instance, **kwargs):
    found = kind(sender)
    if found == CONTENT or (found == PUBLISHED and instance.live):
        clear_on_commit()


def connect():
    # Every save passes here; kind() is cached per model, so a visitor's write costs a dict lookup.
    post_save.connect(_saved, dispatch_uid="page_cache_post_save")
    post_delete.connect(_deleted, dispatch_uid="page_cache_post_delete")
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(clear_on_commit, dispatch_uid=f"page_cache_{id(signal)}")
