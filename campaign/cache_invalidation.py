"""When the page cache is cleared: content changes (see connect()); nothing a visitor does."""

from campaign.page_cache import invalidate

#: Rows written while visitors browse; they change no page.
NOT_CONTENT = {
    "messaging.experimentcount",
    "pages.documentdownloadcount",
    "sessions.session",
    "wagtailcore.referenceindex",
    "wagtailsearch.query",
    "wagtailsearch.querydailyhits",
}


def _content_changed(sender, **kwargs):
    from wagtail.images.models import AbstractRendition

    if sender._meta.label_lower in NOT_CONTENT or issubclass(sender, AbstractRendition):
        return  # an image rendition is made while a page renders; it changes no page
    invalidate()


def connect():
    """Any saved or deleted content (pages, revisions being published, snippets, settings) clears the cache."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished

    post_save.connect(_content_changed, dispatch_uid="page_cache_post_save")
    post_delete.connect(_content_changed, dispatch_uid="page_cache_post_delete")
    for signal in (page_published, page_unpublished):
        signal.connect(lambda sender, **kwargs: invalidate(), weak=False, dispatch_uid=f"page_cache_{id(signal)}")
