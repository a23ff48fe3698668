"""The "get images offline" page (/nl/hulp/beelden-offline/, /en/help/get-images-offline/).

A few plain questions, one per screen, lead to a route: what to do now, in order. The questions
and the order of the steps are in pages/offline_route.py; what each step says is written here by
editors; the platform's report steps come from the Platform snippets and every help service's
details from the HelpService snippets, so nothing is written twice.
"""

from django.db import models
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core import languages

from .. import offline_route
from ..blocks import SHORT_RICH_TEXT_FEATURES
from .base import TranslatedPageMixin
from .help import HelpService
from .platforms import Platform

#: step key → (the page's field with its text, the page's field with its help service or None)
STEP_FIELDS = {
    "stop-contact": ("step_stop_contact", None),
    "no-sharing-minor": ("step_no_sharing_minor", None),
    "no-sharing": ("step_no_sharing", None),
    "evidence": ("step_evidence", None),
    "report": ("step_report", None),
    "notice": ("step_notice", None),
    "take-it-down": ("step_take_it_down", "take_it_down_service"),
    "stop-ncii": ("step_stop_ncii", "stop_ncii_service"),
    "helpwanted": ("step_helpwanted", "helpwanted_service"),
    "meldpunt": ("step_meldpunt", "meldpunt_service"),
    "police": ("step_police", "police_service"),
}
SERVICE_FIELDS = [service for _text, service in STEP_FIELDS.values() if service]
#: step key → the page's field with the step's text for a parent (the route "about my child"): these
#: steps speak to the person it happened to, so a parent reads their own version; empty: the general text.
PARENT_STEP_FIELDS = {
    "stop-contact": "step_stop_contact_parent",
    "no-sharing-minor": "step_no_sharing_minor_parent",
}


def _step_text(label):
    return RichTextField(label, blank=True, features=SHORT_RICH_TEXT_FEATURES)


def _service(label):
    return models.ForeignKey(
        HelpService, verbose_name=label, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )


class ImagesOfflinePage(TranslatedPageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=SHORT_RICH_TEXT_FEATURES)
    content_warning = models.TextField(_("content warning"), blank=True, max_length=400)
    fake_or_real = models.TextField(
        _("fake or real"), blank=True, max_length=400, help_text=_("Shown with the questions and the route.")
    )
    who_help = models.TextField(_("help text: about whom"), blank=True, max_length=400)
    age_help = models.TextField(_("help text: age"), blank=True, max_length=400)
    what_help = models.TextField(_("help text: shared or threatened"), blank=True, max_length=400)
    platform_help = models.TextField(_("help text: platform"), blank=True, max_length=400)
    route_intro_me = RichTextField(_("route intro: about me"), blank=True, features=SHORT_RICH_TEXT_FEATURES)
    route_intro_child = RichTextField(_("route intro: about my child"), blank=True, features=SHORT_RICH_TEXT_FEATURES)
    route_intro_other = RichTextField(
        _("route intro: about someone else"), blank=True, features=SHORT_RICH_TEXT_FEATURES
    )
    step_stop_contact = _step_text(_("step: stop contact, do not pay"))
    step_no_sharing_minor = _step_text(_("step: do not save or forward (under 18)"))
    step_stop_contact_parent = _step_text(_("step for a parent: stop contact, do not pay"))
    step_no_sharing_minor_parent = _step_text(_("step for a parent: do not save or forward"))
    step_no_sharing = _step_text(_("step: do not forward or download (18 or older)"))
    step_evidence = _step_text(_("step: write down what happened"))
    step_report = _step_text(_("step: report on the platform"))
    step_notice = _step_text(_("step: notice to the platform (EU)"))
    step_take_it_down = _step_text(_("step: Take It Down (before 18)"))
    step_stop_ncii = _step_text(_("step: StopNCII (18 or older)"))
    step_helpwanted = _step_text(_("step: Helpwanted"))
    step_meldpunt = _step_text(_("step: Meldpunt Kinderporno (under 18)"))
    step_police = _step_text(_("step: police"))
    take_it_down_service = _service(_("Take It Down"))
    stop_ncii_service = _service(_("StopNCII"))
    helpwanted_service = _service(_("Helpwanted"))
    meldpunt_service = _service(_("Meldpunt Kinderporno"))
    police_service = _service(_("police"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("content_warning"),
        FieldPanel("fake_or_real"),
        MultiFieldPanel(
            [FieldPanel(name) for name in ("who_help", "age_help", "what_help", "platform_help")],
            heading=_("Questions"),
        ),
        MultiFieldPanel(
            [FieldPanel(name) for name in ("route_intro_me", "route_intro_child", "route_intro_other")],
            heading=_("Route introductions"),
        ),
        MultiFieldPanel([FieldPanel(text) for text, _service in STEP_FIELDS.values()], heading=_("Steps")),
        MultiFieldPanel(
            [FieldPanel(name) for name in PARENT_STEP_FIELDS.values()],
            heading=_("Steps for a parent"),
            help_text=_(
                "Shown instead of the general step on the route about a child. Write to the parent (“your child”). "
                "Empty: the general step is shown."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel(name) for name in SERVICE_FIELDS],
            heading=_("Help services"),
            help_text=_("Their phone numbers and addresses come from Snippets → Help services."),
        ),
    ]
    search_fields = Page.search_fields + TranslatedPageMixin.search_text_index
    search_text_fields = ["title", "search_description", "intro", "fake_or_real"]

    parent_page_types = ["pages.HelpPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("get images offline page")
        verbose_name_plural = _("get images offline pages")

    def triage(self, request):
        platforms = {platform.key: platform for platform in Platform.objects.all()}
        return offline_route.read_answers(request.GET, platforms), list(platforms.values())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        triage, platforms = self.triage(request)
        address = self.get_url(request=request) or ""
        context.update(
            {
                "triage": triage,
                "platforms": platforms,
                "start_url": address,
                "previous_url": self._address(address, triage, triage.previous_question()),
                "choices": self._choices(triage, platforms),
            }
        )
        if triage.answers:
            # The language switcher keeps the answers: they are only the chosen options, never typed text.
            query = urlencode(triage.earlier())
            context["language_urls"] = {
                code: f"{self.get_url_in(code, request) or ''}?{query}" for code in languages.codes()
            }
        if triage.question:
            help_field = f"{triage.question}_help"
            context["question_help"] = getattr(self, help_field)
            context["question_help_language"] = languages.shown_language(self, help_field)
        if triage.is_route:
            intro = f"route_intro_{triage.answers['who']}"
            context["route_intro"] = (getattr(self, intro), languages.shown_language(self, intro))
            context["steps"] = self._steps(triage)
            hash_field = "take_it_down" if triage.under_18 else "stop_ncii"
            context["hash_partners"] = [p.name for p in platforms if getattr(p, hash_field)]
            context["change_links"] = [
                (name, self._address(address, triage, name)) for name, _value in triage.earlier()
            ]
        return context

    def serve(self, request, *args, **kwargs):
        context = self.get_context(request, *args, **kwargs)
        status = 400 if context["triage"].invalid else 200
        return TemplateResponse(request, self.get_template(request, *args, **kwargs), context, status=status)

    @staticmethod
    def _address(address, triage, question):
        if question is None:
            return ""
        query = triage.without(question)
        return f"{address}?{urlencode(query)}" if query else address

    @staticmethod
    def _choices(triage, platforms):
        if triage.question is None:
            return []
        if triage.question == "platform":
            return [(p.key, p.name) for p in platforms] + [
                (offline_route.OTHER_PLATFORM, _("Another platform, or I do not know"))
            ]
        return dict(offline_route.QUESTIONS)[triage.question]

    def _step_text_field(self, key, triage):
        parent_field = PARENT_STEP_FIELDS.get(key)
        if triage.answers.get("who") == "child" and parent_field and getattr(self, parent_field):
            return parent_field
        return STEP_FIELDS[key][0]

    def _steps(self, triage):
        wanted = [STEP_FIELDS[key][1] for key in triage.steps() if STEP_FIELDS[key][1]]
        ids = {name: getattr(self, f"{name}_id") for name in wanted}
        services = HelpService.objects.in_bulk([pk for pk in ids.values() if pk])
        return [
            {
                "key": key,
                "heading": offline_route.STEP_HEADINGS[key],
                "text": getattr(self, self._step_text_field(key, triage)),
                "text_language": languages.shown_language(self, self._step_text_field(key, triage)),
                "service": services.get(ids.get(STEP_FIELDS[key][1])) if STEP_FIELDS[key][1] else None,
            }
            for key in triage.steps()
        ]
