"""Admin reports for editors: translation status and review reminders."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from core import languages

from .models import TranslationToCheck
from .reviews import overdue, review_settings
from .translation_status import counts_by_language, translation_items


class NamedReportMixin(WagtailAdminTemplateMixin):
    """An admin report whose header names the report: Wagtail's default breadcrumbs are "Home" alone,
    which the slim header then shows as the page's name."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class TranslationReportView(NamedReportMixin, TemplateView):
    page_title = _("Translation status")
    header_icon = "globe"
    template_name = "editorial/translation_report.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        everything = translation_items()
        sections = sorted({item.section for item in everything})
        section = self.request.GET.get("section", "")
        if section not in sections:
            section = ""  # an unknown value shows everything
        language = self.request.GET.get("language", "")
        if language not in languages.others():
            language = ""
        shown_languages = [language] if language else languages.others()
        items = translation_items(section, language)
        context.update(
            {
                "items": items,
                "rows": [
                    (
                        item,
                        [
                            (code, item.missing.get(code, []), item.outdated.get(code, []), item.to_check.get(code))
                            for code in shown_languages
                        ],
                    )
                    for item in items
                ],
                "sections": sections,
                "section": section,
                # One column per language translated into (public or not yet), in site order.
                "language_columns": [(code, languages.name(code)) for code in shown_languages],
                "language_choices": [(code, languages.name(code)) for code in languages.others()],
                "language": language,
                "counts": [(languages.name(code), count) for code, count in counts_by_language(everything)],
                "total": len(everything),
            }
        )
        return context


def may_edit(user, obj):
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    return user.has_perm(f"{obj._meta.app_label}.change_{obj._meta.model_name}")


@require_POST
def translation_checked(request, pk):
    """A native speaker has checked the translation: the mark goes, the text stays as it is."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    mark = get_object_or_404(TranslationToCheck, pk=pk)
    obj = mark.content_object
    if obj is not None and not may_edit(request.user, obj):
        raise PermissionDenied
    mark.delete()
    if obj is not None and languages.is_site_language(mark.language):
        messages.success(
            request,
            gettext("%(language)s of “%(title)s” is marked as checked.")
            % {"language": languages.name(mark.language), "title": obj},
        )
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = reverse("editorial_translations")
    return redirect(back)


class ReviewReportView(NamedReportMixin, TemplateView):
    page_title = _("Due for review")
    header_icon = "date"
    template_name = "editorial/review_report.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page_months, service_months = review_settings()
        context.update(
            {"items": overdue(self.request.user), "page_months": page_months, "service_months": service_months}
        )
        return context
