"""Who may download a document, and counting downloads.

Rule: a document is public when a live, public page uses it, as a lesson
download or linked from a page's text. Everything else (a fresh upload, a
worksheet on a lesson still in draft, a document of a private page) is for
editors only. Wagtail's page states decide, so publishing or unpublishing a
lesson changes what is public at once.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry

from .models import DocumentDownloadCount, LessonDownload, LessonPage


def user_may_see_unpublished_documents(user):
    policy = policy_registry.get_by_type(get_document_model())
    return bool(user and user.is_authenticated) and policy.user_has_any_permission(user, ["add", "change", "choose"])


def document_is_public(document):
    live_lessons = LessonPage.objects.live().public()
    if LessonDownload.objects.filter(document=document, page__in=live_lessons).exists():
        return True
    # Linked from the text of another page (a document link in rich text).
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = [
        int(object_id)
        for object_id in ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
        if str(object_id).isdigit()
    ]
    return Page.objects.live().public().filter(id__in=page_ids).exists()


def count_download(sender, instance, request, **kwargs):
    """Receiver of Wagtail's document_served: one more download today, nothing about who."""
    if request is not None and user_may_see_unpublished_documents(request.user):
        return  # editors checking a file are not downloads
    DocumentDownloadCount.record(instance)
