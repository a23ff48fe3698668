"""Admin reports for editors: translation status and review reminders."""

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core import languages

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
                        [(code, item.missing.get(code, []), item.outdated.get(code, [])) for code in shown_languages],
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
