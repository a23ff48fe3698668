"""Awareness questions, and the aggregate rows their answers are counted in (docs/awareness.md).

A question is a snippet with Wagtail's draft state, revisions, locking and review workflow, written
in every site language (awareness/translation.py), so it is written and approved like a message. It
is either a knowledge statement with a right answer (true or not true, or one of up to four
options) and an explanation shown after answering, or an attitude statement answered on a
five-point agree scale. Editors place it in an audience module (the "Awareness question" block),
which campaign, guidance and hub pages show; the takedown route shows no modules.

An answer adds 1 to one AnswerCount row: the cell is the question, the option, the day, the page,
the audience view, the language, the before/after half and an experiment's arm. Nothing about
the visitor is a column: no id, address, user agent or free text.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from core.counting import add_one
from pages import audiences
from pages.fields import KeyListField

KNOWLEDGE, ATTITUDE = "knowledge", "attitude"
KIND_CHOICES = [
    (KNOWLEDGE, _("Knowledge: a statement with a right answer")),
    (ATTITUDE, _("Attitude: agree or disagree on five points")),
]
TRUE, NOT_TRUE = "true", "false"
TRUE_OR_NOT = [(TRUE, _("True")), (NOT_TRUE, _("Not true"))]
AGREE_SCALE = [
    ("1", _("Strongly disagree")),
    ("2", _("Disagree")),
    ("3", _("Neither agree nor disagree")),
    ("4", _("Agree")),
    ("5", _("Strongly agree")),
]
OPTION_FIELDS = ("option_1", "option_2", "option_3", "option_4")
RIGHT_ANSWER_CHOICES = [
    *TRUE_OR_NOT,
    ("1", _("Option 1")),
    ("2", _("Option 2")),
    ("3", _("Option 3")),
    ("4", _("Option 4")),
]

#: The halves of a before/after comparison; "" when the question does not compare.
BEFORE, AFTER = "before", "after"
HALVES = (BEFORE, AFTER)
#: The option of the row that counts the question being shown (site.js, once per visitor and day).
SHOWN = "shown"


class AwarenessQuestion(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model):
    name = models.CharField(
        _("name"), max_length=120, unique=True, help_text=_("For editors: how to recognise this question in lists.")
    )
    kind = models.CharField(_("kind of question"), max_length=10, choices=KIND_CHOICES, default=KNOWLEDGE)
    statement = models.CharField(
        _("statement"),
        max_length=240,
        help_text=_("One short sentence, in plain language (B1; A2 for young people)."),
    )
    option_1 = models.CharField(_("option 1"), max_length=120, blank=True)
    option_2 = models.CharField(_("option 2"), max_length=120, blank=True)
    option_3 = models.CharField(_("option 3"), max_length=120, blank=True)
    option_4 = models.CharField(_("option 4"), max_length=120, blank=True)
    right_answer = models.CharField(
        _("right answer"),
        max_length=5,
        choices=RIGHT_ANSWER_CHOICES,
        blank=True,
        help_text=_('Knowledge questions only. Without options the answers are "True" and "Not true".'),
    )
    explanation = models.TextField(
        _("explanation"),
        blank=True,
        help_text=_("Shown after answering: the fact, without blame, and where to find help."),
    )
    audiences = KeyListField(
        _("audiences"),
        key_choices=audiences.AUDIENCE_TAG_CHOICES,
        blank=False,
        help_text=_("Who this question is for."),
    )
    topic = models.ForeignKey(
        "pages.Topic", verbose_name=_("topic"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    compare_before_after = models.BooleanField(
        _("compare before and after the message"),
        default=False,
        help_text=_(
            "Ask half of the visitors before the module's message and half after it, chosen at random, "
            "to measure what the message changes."
        ),
    )

    #: Set by the demo's simulation (manage.py simulate_awareness_answers): the dashboard then says that
    #: the answers are made up. Never set by an editor.
    answers_simulated = models.BooleanField(default=False, editable=False)

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="awareness_question",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="awareness_question",
        for_concrete_model=False,
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]),
        FieldPanel("statement"),
        MultiFieldPanel(
            [*(FieldPanel(name) for name in OPTION_FIELDS), FieldPanel("right_answer")],
            heading=_("Answers (knowledge questions)"),
        ),
        FieldPanel("explanation"),
        FieldRowPanel([FieldPanel("audiences"), FieldPanel("topic")]),
        FieldPanel("compare_before_after"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("awareness question")
        verbose_name_plural = _("awareness questions")

    def __str__(self):
        return self.name

    @property
    def is_knowledge(self):
        return self.kind == KNOWLEDGE

    def options(self):
        """The options written, in order (the active language, falling back as every field does)."""
        return [getattr(self, name) for name in OPTION_FIELDS if getattr(self, name)]

    def choices(self):
        """(key, label) of each answer a visitor can give."""
        if not self.is_knowledge:
            return AGREE_SCALE
        written = self.options()
        if not written:
            return TRUE_OR_NOT
        return [(str(number), text) for number, text in enumerate(written, start=1)]

    def answer_keys(self):
        return [key for key, _label in self.choices()]

    def label_of(self, key):
        return dict(self.choices()).get(key, "")

    def is_right(self, key):
        """True or False for a knowledge answer; None for an attitude (no answer is right)."""
        return (key == self.right_answer) if self.is_knowledge else None

    def clean(self):
        super().clean()
        if audiences.EVERYONE in self.audiences:
            self.audiences = [audiences.EVERYONE]
        # The Dutch (default) columns decide the shape; modeltranslation checks the rest is filled alike.
        written = [bool(getattr(self, name)) for name in OPTION_FIELDS]
        errors = {}
        if not self.is_knowledge:
            if any(written):
                errors["option_1"] = _("An attitude question is answered on the agree scale: leave the options empty.")
            if self.right_answer:
                errors["right_answer"] = _("An attitude question has no right answer.")
        else:
            count = sum(written)
            if count and written[:count] != [True] * count:
                errors["option_1"] = _("Fill the options from the first one on, without gaps.")
            elif count == 1:
                errors["option_2"] = _("Write at least two options, or none for true or not true.")
            if not self.right_answer:
                errors["right_answer"] = _("A knowledge question needs its right answer.")
            elif count and self.right_answer not in {str(number) for number in range(1, count + 1)}:
                errors["right_answer"] = _("Choose one of the options you wrote as the right answer.")
            elif not count and self.right_answer not in (TRUE, NOT_TRUE):
                errors["right_answer"] = _('Without options, the right answer is "True" or "Not true".')
            if not self.explanation:
                errors["explanation"] = _("A knowledge question needs the explanation shown after answering.")
        if errors:
            raise ValidationError(errors)


class AnswerCount(models.Model):  # noqa: DJ008  (a counter row: never listed or chosen in the admin)
    """Visitors who answered ``option`` (or were shown the question: SHOWN) per cell and day.

    ``page`` is an id, not a foreign key: a deleted page's counts stay for the report.
    ``half`` is "before" or "after" for a question that compares (its half from the request's
    assignment), else "". ``experiment``/``arm``: a running message experiment whose goal is this
    question and the visitor's arm, when the visitor was counted as having seen a variant, else "".
    """

    question = models.ForeignKey(AwarenessQuestion, on_delete=models.CASCADE, related_name="counts")
    option = models.CharField(max_length=5)
    day = models.DateField()
    page = models.PositiveIntegerField()
    audience = models.CharField(max_length=20, blank=True)
    language = models.CharField(max_length=10)
    half = models.CharField(max_length=6, blank=True)
    experiment = models.CharField(max_length=60, blank=True)
    arm = models.CharField(max_length=1, blank=True)
    count = models.PositiveIntegerField(default=0)

    CELL = ("question", "option", "day", "page", "audience", "language", "half", "experiment", "arm")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["question", "option", "day", "page", "audience", "language", "half", "experiment", "arm"],
                name="one_answer_count_per_cell",
            )
        ]
        default_permissions = ()
        permissions = [("view_awareness", "Can see the awareness dashboard")]

    @classmethod
    def add_one(cls, **cell):
        """+1 on the cell's row, exact with many workers at once (core/counting.py)."""
        add_one(cls, **cell)
