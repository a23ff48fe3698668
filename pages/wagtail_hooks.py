"""Wagtail hooks of the content pages app."""

from django.http import Http404
from wagtail import hooks

from .document_access import document_is_public, user_may_see_unpublished_documents


@hooks.register("before_serve_document")
def serve_only_published_documents(document, request):
    """A document reaches the public only once a live, public page uses it.

    Worksheets attached to a lesson that is still a draft (or private) stay
    unreachable, even by guessing /documents/<id>/<name>; editors signed in
    to the admin can always open them.
    """
    if user_may_see_unpublished_documents(request.user):
        return None
    if not document_is_public(document):
        raise Http404
    return None
