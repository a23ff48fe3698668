"""The prevention pages under the help page (docs/prevention.md).

- "I saw a nude image of someone else" (/nl/hulp/naaktbeeld-gezien/, /en/help/saw-a-nude-image/): a
  bystander answers two plain questions and reads what to do now: do not forward, report, support.
- "Worried about what I look at" (/nl/hulp/zorgen-over-wat-ik-bekijk/, /en/help/worried-about-what-i-look-at/):
  anonymous self-help, a version for adults and one for young people, handing off to Stop it Now.

The questions and the order of the steps are in pages/prevention_route.py; the texts are written
here by editors; every help service's details come from the HelpService snippets.
"""

from django.db import models
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core import languages

from .. import prevention_route
from ..blocks import SHORT_RICH_TEXT_FEATURES
from .base import TranslatedPageMixin
from .help import HelpService

#: step key → (the page's field with its text, the page's field with its help service or None)
BYSTANDER_STEP_FIELDS = {
    "no-forward": ("step_no_forward", None),
    "law-minor": ("step_law_minor", None),
    "law-adult": ("step_law_adult", None),
    "report": ("step_report", None),
    "meldpunt": ("step_meldpunt", "meldpunt_service"),
    "support": ("step_support", "support_service"),
    "group-chat": ("step_group_chat", None),
    "trusted-adult": ("step_trusted_adult", "young_service"),
    "adult-role": ("step_adult_role", None),
}


def _rich_text(label, help_text=""):
    return RichTextField(label, blank=True, features=SHORT_RICH_TEXT_FEATURES, help_text=help_text)


def _service(label):
    return models.ForeignKey(
        HelpService, verbose_name=label, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )


class PreventionRouteMixin:
    """What both pages share: reading the answers, the addresses of the questions, a 400 for a bad one."""

    questions = []
    question_headings = {}

    def answers(self, request):
        return prevention_route.read_answers(request.GET, self.questions)

    def route_context(self, request, answers):
        address = self.get_url(request=request) or ""
        context = {
            "answers": answers,
            "start_url": address,
            "previous_url": self._address(address, answers, answers.previous_question()),
            "question_heading": self.question_headings.get(answers.question, ""),
            "change_links": [
                (name, answers.label(name), self._address(address, answers, name)) for name, _value in answers.earlier()
            ]
            if answers.is_route
            else [],
        }
        if answers.answers:
            # The language switcher keeps the answers: they are only the chosen options, never typed text.
            query = urlencode(answers.earlier())
            context["language_urls"] = {
                code: f"{self.get_url_in(code, request) or ''}?{query}" for code in languages.codes()
            }
        return context

    def serve(self, request, *args, **kwargs):
        context = self.get_context(request, *args, **kwargs)
        status = 400 if context["answers"].invalid else 200
        return TemplateResponse(request, self.get_template(request, *args, **kwargs), context, status=status)

    @staticmethod
    def _address(address, answers, question):
        if question is None:
            return ""
        query = answers.without(question)
        return f"{address}?{urlencode(query)}" if query else address


class BystanderPage(PreventionRouteMixin, TranslatedPageMixin, Page):
    intro = _rich_text(_("introduction"))
    content_warning = models.TextField(_("content warning"), blank=True, max_length=400)
    first_minute = models.TextField(
        _("first thing to do"),
        blank=True,
        max_length=300,
        help_text=_("Shown above the questions and the route: what to do before anything else."),
    )
    reader_help = models.TextField(_("help text: who are you"), blank=True, max_length=400)
    age_help = models.TextField(_("help text: age of the person in the image"), blank=True, max_length=400)
    route_intro = _rich_text(_("route introduction"))
    step_no_forward = _rich_text(_("step: do not forward, save or screenshot"))
    step_law_minor = _rich_text(_("step: the law (person under 18 or age unknown)"))
    step_law_adult = _rich_text(_("step: the law (person 18 or older)"))
    step_report = _rich_text(_("step: report on the platform"))
    step_meldpunt = _rich_text(_("step: Meldpunt Kinderporno (under 18 or age unknown)"))
    step_support = _rich_text(_("step: support the person"))
    step_group_chat = _rich_text(_("step: what to say in the group chat"))
    step_trusted_adult = _rich_text(_("step: tell an adult you trust (reader under 18)"))
    step_adult_role = _rich_text(_("step: for a parent, teacher or coach (reader 18 or older)"))
    meldpunt_service = _service(_("Meldpunt Kinderporno"))
    support_service = _service(_("help for the person in the image"))
    young_service = _service(_("someone to talk to (reader under 18)"))

    questions = prevention_route.BYSTANDER_QUESTIONS
    question_headings = prevention_route.BYSTANDER_QUESTION_HEADINGS

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("content_warning"),
        FieldPanel("first_minute"),
        MultiFieldPanel([FieldPanel("reader_help"), FieldPanel("age_help")], heading=_("Questions")),
        FieldPanel("route_intro"),
        MultiFieldPanel([FieldPanel(text) for text, _service in BYSTANDER_STEP_FIELDS.values()], heading=_("Steps")),
        MultiFieldPanel(
            [FieldPanel(name) for name in ("meldpunt_service", "support_service", "young_service")],
            heading=_("Help services"),
            help_text=_("Their phone numbers and addresses come from Snippets → Help services."),
        ),
    ]
    search_fields = Page.search_fields + TranslatedPageMixin.search_text_index
    search_text_fields = ["title", "search_description", "intro", "first_minute"]

    parent_page_types = ["pages.HelpPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("bystander route")
        verbose_name_plural = _("bystander routes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        answers = self.answers(request)
        context.update(self.route_context(request, answers))
        if answers.question:
            help_field = f"{answers.question}_help"
            context["question_help"] = getattr(self, help_field)
            context["question_help_language"] = languages.shown_language(self, help_field)
        if answers.is_route:
            context["steps"] = self._steps(answers)
        return context

    def _steps(self, answers):
        keys = prevention_route.bystander_steps(answers)
        wanted = [BYSTANDER_STEP_FIELDS[key][1] for key in keys if BYSTANDER_STEP_FIELDS[key][1]]
        services = HelpService.objects.in_bulk([pk for pk in (getattr(self, f"{name}_id") for name in wanted) if pk])
        steps = []
        for key in keys:
            text_field, service_field = BYSTANDER_STEP_FIELDS[key]
            steps.append(
                {
                    "key": key,
                    "heading": prevention_route.BYSTANDER_STEP_HEADINGS[key],
                    "text": getattr(self, text_field),
                    "text_language": languages.shown_language(self, text_field),
                    "service": services.get(getattr(self, f"{service_field}_id")) if service_field else None,
                }
            )
        return steps


class SelfHelpPage(PreventionRouteMixin, TranslatedPageMixin, Page):
    """Self-help for people worried about their own viewing or thoughts, with a version for young people.

    Shame keeps people from help, so this page counts nothing that could point at its readers: its
    views are aggregate counters like every page's, but its help links send no help-seeking event
    (which would name this page in the reach reports) unless an editor chooses to show them.
    """

    intro = _rich_text(_("introduction"))
    content_warning = models.TextField(_("content warning"), blank=True, max_length=400)
    reader_help = models.TextField(_("help text: which version"), blank=True, max_length=400)
    adult_text = _rich_text(
        _("text for adults"), help_text=_("The law and its consequences, the harm behind fake images, help.")
    )
    young_text = _rich_text(
        _("text for young people"), help_text=_("Curiosity, pressure from friends, having seen it by accident, help.")
    )
    help_intro = models.TextField(
        _("before the help service"), blank=True, max_length=400, help_text=_("Shown on every view, above Stop it Now.")
    )
    help_service = _service(_("Stop it Now"))
    young_service = _service(_("someone to talk to (young people)"))
    count_help_seeking = models.BooleanField(
        _("count help-seeking on this page"),
        default=False,
        help_text=_(
            "Off: using a helpline's link here is not counted, so no report names this page as where help was "
            "sought. Page views are counted as on every page."
        ),
    )

    questions = prevention_route.SELF_HELP_QUESTIONS
    question_headings = prevention_route.SELF_HELP_QUESTION_HEADINGS

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("content_warning"),
        FieldPanel("reader_help"),
        FieldPanel("adult_text"),
        FieldPanel("young_text"),
        MultiFieldPanel(
            [FieldPanel("help_intro"), FieldPanel("help_service"), FieldPanel("young_service")],
            heading=_("Help services"),
            help_text=_("Their phone numbers, chat and opening hours come from Snippets → Help services."),
        ),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("count_help_seeking")]
    search_fields = Page.search_fields + TranslatedPageMixin.search_text_index
    search_text_fields = ["title", "search_description", "intro"]

    parent_page_types = ["pages.HelpPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("self-help page: worried about what I look at")
        verbose_name_plural = _("self-help pages: worried about what I look at")

    @property
    def reach_counts_help_seeking(self):
        """Read by base.html: False keeps site.js from sending help-seeking events from this page."""
        return self.count_help_seeking

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        answers = self.answers(request)
        context.update(self.route_context(request, answers))
        young = answers.answers.get("reader") == "young"
        wanted = [pk for pk in (self.help_service_id, young and self.young_service_id) if pk]
        services = HelpService.objects.in_bulk(wanted)
        context["help_services"] = [services[pk] for pk in wanted if pk in services]
        if answers.is_route:
            text_field = "young_text" if young else "adult_text"
            context["reader_text"] = (getattr(self, text_field), languages.shown_language(self, text_field))
        return context
