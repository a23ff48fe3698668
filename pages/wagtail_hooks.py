"""Wagtail hooks of the content pages app."""

from django.http import Http404
from django.templatetags.static import static
from django.urls import path, reverse, reverse_lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.rich_text.editors.draftail.features import EntityFeature
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import help_in_text
from .admin_reports import DocumentDownloadsReportView
from .document_access import document_is_public, user_may_see_unpublished_documents
from .models import Platform


class PlatformViewSet(SnippetViewSet):
    """Snippets → Platforms: the report steps the "get images offline" route shows."""

    model = Platform
    icon = "site"
    menu_label = _("Platforms")
    list_display = ["name", "key", "last_checked"]
    list_filter = ["account", "take_it_down", "stop_ncii"]
    search_fields = ["name", "in_app_steps"]
    # The database's own filter on the visitor's language columns (modeltranslation); the
    # search backend's index has no translated columns for snippets.
    search_backend_name = None
    ordering = ["sort_order", "name"]


register_snippet(PlatformViewSet)


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


@hooks.register("register_admin_urls")
def register_document_downloads_report_urls():
    return [
        path("reports/document-downloads/", DocumentDownloadsReportView.as_view(), name="document_downloads_report"),
        path(
            "reports/document-downloads/results/",
            DocumentDownloadsReportView.as_view(results_only=True),
            name="document_downloads_report_results",
        ),
    ]


class DocumentDownloadsMenuItem(MenuItem):
    def is_shown(self, request):
        return user_may_see_unpublished_documents(request.user)


@hooks.register("register_reports_menu_item")
def register_document_downloads_menu_item():
    return DocumentDownloadsMenuItem(
        _("Document downloads"),
        reverse("document_downloads_report"),
        name="document-downloads",
        icon_name="doc-full",
        order=900,
    )


@hooks.register("insert_global_admin_css")
def editor_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("insert_global_admin_js")
def preview_mode_follows_menu_js():
    """Wagtail 8.0 drops a preview-mode change made while the preview loads (the script says how)."""
    return format_html('<script src="{}"></script>', static("js/preview-mode-follows-menu.js"))


@hooks.register("register_rich_text_features")
def register_help_service_feature(features):
    """A help service's number, chat, website or hours in rich text, rendered as it is now (pages/help_in_text.py)."""
    features.register_embed_type(help_in_text.HelpServiceEmbedHandler)
    features.register_editor_plugin(
        "draftail",
        help_in_text.FEATURE,
        EntityFeature(
            {
                "type": help_in_text.ENTITY_TYPE,
                "icon": "help",
                "description": _("Help service number"),
                "chooserUrls": {"helpServiceChooser": reverse_lazy("wagtailsnippetchoosers_pages_helpservice:choose")},
                "details": [[key, label] for key, label in help_in_text.DETAILS.items()],
                "detailPrompt": _("Which detail of this help service? Type one of:"),
                # A pasted reference keeps only what the database form needs.
                "attributes": ["id", "detail", "service"],
                "allowlist": {"id": True},
            },
            js=["js/help-service-draftail.js"],
        ),
    )
    features.register_converter_rule("contentstate", help_in_text.FEATURE, help_in_text.ContentstateHelpServiceRule)
