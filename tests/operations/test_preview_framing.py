"""The editor's preview panel is an iframe of the admin: a preview may be framed by this site, a public page by no one.

Wagtail renders a preview by running a dummy request for the page's public address through every
middleware (``make_preview_request``), so without care the preview carries the public page's
``frame-ancestors 'none'`` and ``X-Frame-Options: DENY``, the browser refuses to show it and the
Checks panel, which reads the page inside that frame, counts nothing.
"""

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from wagtail.models import Page

from tests.operations.test_security_headers import policy

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("public_site")]


@pytest.fixture
def editor_client(client):
    editor = get_user_model().objects.create_superuser("preview-editor", "preview@example.org", "x-long-password-1")
    client.force_login(editor, backend="django.contrib.auth.backends.ModelBackend")
    return client


def preview_in_panel(client, page):
    """What the preview panel's iframe gets: Wagtail's preview view answers with make_preview_request, run
    with the editor's own request (cookies and all). The view itself needs the edit form as the browser posts
    it, StreamFields included, which only the admin's JavaScript builds: tests/journeys/test_editor.py loads it
    in Chromium."""
    original = RequestFactory().get(f"/admin/pages/{page.pk}/edit/preview/", {"in_preview_panel": "true"})
    original.COOKIES = client.cookies
    original.META["HTTP_COOKIE"] = "; ".join(f"{key}={morsel.value}" for key, morsel in client.cookies.items())
    draft = page.get_latest_revision_as_object()
    return draft.make_preview_request(original, draft.default_preview_mode, {"in_preview_panel": True})


def public_page_types():
    """One page of every page type the public site has (the root and the tree root aside)."""
    found = {}
    for page in Page.objects.filter(depth__gt=1).specific().order_by("path"):
        found.setdefault(type(page), page)
    return list(found.values())


def test_every_page_type_previews_in_the_admins_frame_and_only_there(editor_client):
    pages = public_page_types()
    assert len(pages) >= 8, [type(page).__name__ for page in pages]
    for page in pages:
        response = preview_in_panel(editor_client, page)
        assert response.status_code == 200, page
        assert page.title in response.content.decode(), page
        assert policy(response)["frame-ancestors"] == ["'self'"], page
        assert response["X-Frame-Options"] == "SAMEORIGIN", page
        # The rest of the policy is the public page's own: the draft runs no other scripts.
        assert policy(response)["script-src"] == ["'self'"], page
        # A draft is never kept for the next visitor.
        assert "private" in response["Cache-Control"], page

    # The same pages, as visitors get them, still cannot be framed by anyone.
    editor_client.logout()
    for page in pages:
        public = editor_client.get(page.url)
        assert public.status_code == 200, page.url
        assert policy(public)["frame-ancestors"] == ["'none'"], page.url
        assert public["X-Frame-Options"] == "DENY", page.url


def test_a_preview_is_never_answered_from_or_stored_in_the_page_cache(editor_client):
    campaign = Page.objects.get(slug_nl="echt-of-nep").specific
    campaign.title_nl = "Concepttitel die nog niemand mag zien"
    campaign.save_revision()
    response = preview_in_panel(editor_client, campaign)
    assert "Concepttitel die nog niemand mag zien" in response.content.decode()
    assert "X-Page-Cache" not in response

    editor_client.logout()
    public = editor_client.get(campaign.url)
    again = editor_client.get(campaign.url)
    assert (public["X-Page-Cache"], again["X-Page-Cache"]) == ("miss", "hit")
    assert "Concepttitel" not in again.content.decode()
