"""Editor tools in the Wagtail admin: reports, the dashboard panel, the plain-language check."""

import json

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import get_text_list
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.userbar import ContentCheckerItem

from core import languages

from .link_views import LinkReportView
from .models import LinkCheckRun, TranslationToCheck
from .readability_views import readability_check
from .reviews import overdue
from .translation_status import counts_by_language, translation_items
from .views import ReviewReportView, TranslationReportView, translation_checked


class AdminUsersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailadmin.access_admin")


@hooks.register("register_admin_urls")
def editorial_urls():
    return [
        path("editorial/translations/", TranslationReportView.as_view(), name="editorial_translations"),
        path("editorial/translations/<int:pk>/checked/", translation_checked, name="editorial_translation_checked"),
        path("editorial/reviews/", ReviewReportView.as_view(), name="editorial_reviews"),
        path("editorial/readability/", readability_check, name="editorial_readability"),
        path("editorial/links/", LinkReportView.as_view(), name="editorial_links"),
    ]


@hooks.register("register_reports_menu_item")
def link_check_menu_item():
    return AdminUsersMenuItem(
        _("Link check"), reverse("editorial_links"), name="link-check", icon_name="link", order=930
    )


# Wagtail 8 renders insert_editor_js only on generic forms, not on page editing:
# the global hook reaches both, and the script does nothing without an edit form.
@hooks.register("insert_global_admin_js")
def plain_language_js():
    # Every site language, named in the admin's language: the script reads the fields of each.
    names = json.dumps({code: str(languages.name(code)) for code in languages.codes()})
    return format_html(
        '<script src="{}" data-endpoint="{}" data-heading="{}" data-empty="{}" data-languages="{}"></script>',
        static("editorial/plain-language.js"),
        reverse("editorial_readability"),
        _("Plain language (B1): how easy is this text to read?"),
        _("Write some text to see how easy it is to read."),
        names,
    )


@hooks.register("register_reports_menu_item")
def translation_menu_item():
    return AdminUsersMenuItem(
        _("Translation status"),
        reverse("editorial_translations"),
        name="translation-status",
        icon_name="globe",
        order=910,
    )


@hooks.register("register_reports_menu_item")
def review_menu_item():
    return AdminUsersMenuItem(
        _("Due for review"), reverse("editorial_reviews"), name="due-for-review", icon_name="date", order=920
    )


class EditorToolsPanel(Component):
    name = "editor_tools"
    order = 50
    template_name = "editorial/dashboard_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        reviews = overdue(self.request.user)
        context = {
            "translation_counts": [
                (code, languages.name(code), count) for code, count in counts_by_language(translation_items())
            ],
            "translation_url": reverse("editorial_translations"),
            "reviews": reviews,
            "review_count": len(reviews),
            "review_url": reverse("editorial_reviews"),
            "link_run": None,
        }
        try:
            context["link_run"] = LinkCheckRun.latest()
            context["link_url"] = reverse("editorial_links")
        except Exception:  # noqa: BLE001 - no link check yet, or not installed
            context["link_run"] = None
        return context


@hooks.register("construct_homepage_panels")
def add_editor_tools_panel(request, panels):
    panels.append(EditorToolsPanel(request))


class SiteContentChecker(ContentCheckerItem):
    """Wagtail's accessibility checker, kept on, plus rules this site needs: images without alt
    text (alt text comes per use, so an editor can forget it) and lists built from loose lines."""

    axe_run_only = ContentCheckerItem.axe_run_only + ["image-alt", "list", "listitem"]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image without alt text"),
            "help_text": _("Describe what the image shows, or mark it as decorative"),
        },
        "list": {"error_name": _("Broken list"), "help_text": _("Use the list buttons of the editor")},
        "listitem": {"error_name": _("Broken list"), "help_text": _("Use the list buttons of the editor")},
    }


@hooks.register("construct_wagtail_userbar")
def use_site_content_checker(request, items, page):
    for index, item in enumerate(items):
        if type(item) is ContentCheckerItem:
            items[index] = SiteContentChecker(in_editor=getattr(item, "in_editor", False))


@hooks.register("before_edit_page")
@hooks.register("before_edit_snippet")
def say_translations_to_check(request, obj):
    """At the top of the form: which languages of this page or snippet a native speaker still has to check."""
    if request.method != "GET":
        return
    codes = [code for code in TranslationToCheck.languages_for(obj) if code in languages.others()]
    if codes:
        messages.warning(
            request,
            gettext(
                "%(languages)s: demo translation, to be checked by a native speaker. "
                "After the check, press “Checked” in Reports → Translation status."
            )
            % {"languages": get_text_list([str(languages.name(code)) for code in codes], gettext("and"))},
        )
