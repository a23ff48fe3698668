"""What the demo created (DemoRecord rows), and ``reset()``, which removes exactly that."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from demo.models import DemoRecord
from editorial.models import TranslationToCheck


def record(obj):
    """Remember that the demo created ``obj`` (a page by its specific type)."""
    DemoRecord.objects.get_or_create(content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk))
    return obj


@transaction.atomic
def reset():
    """Delete every row the demo created, newest first (a page's children before the page); return how many."""
    removed = 0
    for demo_record in DemoRecord.objects.select_related("content_type").order_by("-pk"):
        model = demo_record.content_type.model_class()
        for obj in model.objects.filter(pk=demo_record.object_id):
            obj.delete()
            removed += 1
        TranslationToCheck.objects.filter(
            content_type=demo_record.content_type, object_id=demo_record.object_id
        ).delete()
    DemoRecord.objects.all().delete()
    return removed
