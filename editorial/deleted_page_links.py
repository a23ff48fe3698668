"""Links to a deleted page stay in Wagtail's reference index, so the link checker still finds them.

When an object is deleted, Wagtail removes every reference *to* it from its ReferenceIndex
(``remove_reference_index_on_delete`` in wagtail/signal_handlers.py). That is right for
Wagtail's "used in" counts, but the pages that linked to the deleted page still hold the link
(a rich-text link keeps the page id, a page chooser its id), and their visitors meet a dead
link. The link checker reads links to pages from that index (editorial/link_finding.py), so the
references to a page about to be deleted are noted here and, once the deletion is committed,
put back for the sources that still exist. The next save of a source indexes it afresh, as
Wagtail sees it then.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.models import Page, ReferenceIndex

KEPT = [
    "content_type_id",
    "base_content_type_id",
    "object_id",
    "to_content_type_id",
    "to_object_id",
    "model_path",
    "content_path",
    "content_path_hash",
]


@receiver(pre_delete, sender=Page, dispatch_uid="editorial_keep_references_to_deleted_pages")
def keep_references_to_deleted_page(sender, instance, **kwargs):
    references = list(ReferenceIndex.get_references_to(instance).values(*KEPT))
    if references:
        # After the commit: Wagtail's own handler removes them during the deletion.
        transaction.on_commit(lambda: restore_references(references))


def restore_references(references):
    """Put back the references whose source still exists (a deleted subtree takes its own along)."""
    wanted = defaultdict(set)
    for reference in references:
        wanted[reference["base_content_type_id"]].add(reference["object_id"])
    existing = set()
    for type_id, object_ids in wanted.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is None:  # a model removed from the code
            continue
        for pk in model._default_manager.filter(pk__in=object_ids).values_list("pk", flat=True):
            existing.add((type_id, str(pk)))
    ReferenceIndex.objects.bulk_create(
        [
            ReferenceIndex(**reference)
            for reference in references
            if (reference["base_content_type_id"], reference["object_id"]) in existing
        ],
        ignore_conflicts=True,
    )
