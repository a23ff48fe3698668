"""Workaround: whether a relation's objects are in memory already, prefetched or held by a cluster.

Why. The message tag (messaging/templatetags/messaging_tags.py) prefetches a slot's variants
unless they are in memory already: prefetched (Django keeps those in the instance's private
``_prefetched_objects_cache``), or held by django-modelcluster for a form or a revision that has
not been saved (its private ``_cluster_related_objects``), which the database must not replace.
Neither library says so publicly: Django's ``prefetch_related_objects`` skips a relation already
prefetched, but not one a cluster holds.

Tested with Django 5.2.x and django-modelcluster 6.5.x (checked in ``install()``). Delete this
module when either gives a public way to ask; tests/messaging/ says what must still hold.
"""

from . import require_tested_versions

__all__ = ["held_by_cluster", "install", "is_prefetched"]

TESTED = {"Django": ">=5.2,<5.3", "django-modelcluster": ">=6.5,<6.6"}


def is_prefetched(instance, relation):
    """Whether Django has prefetched ``relation`` (its related name) on ``instance``."""
    return relation in getattr(instance, "_prefetched_objects_cache", {})


def held_by_cluster(instance, relation):
    """Whether django-modelcluster holds ``relation``'s objects of ``instance`` in memory (unsaved)."""
    return relation in getattr(instance, "_cluster_related_objects", {})


def install():
    """Refuse to start on a Django or modelcluster this was not checked with. Called from MessagingConfig.ready()."""
    require_tested_versions(TESTED)
