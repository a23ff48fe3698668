"""Experiments: a fair test of a slot's variants against a goal.

Life of an experiment (``status``):
  draft → in review (Wagtail moderation workflow) → approved (published) →
  running → paused → concluded
(the last steps are the methods of messaging/models/lifecycle.py)
Writing and submitting is for communication experts; approving (publishing),
starting, pausing, concluding and promoting the winner is for campaign leads
(permissions ``start_experiment`` and ``promote_experiment``; see
messaging/migrations/0002_roles_and_workflow.py).

The planned sample per arm is computed from the baseline rate and the smallest
effect worth detecting, and fixed when the experiment starts: the verdict waits
for it (no peeking). Arms (the slot's variants) and weights cannot change while
the experiment runs.
"""

import secrets

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from core import languages as site_languages
from pages.audiences import AUDIENCE_CHOICES
from pages.fields import KeyListField

from ..scale import EXPECTED_SCALE_SD
from ..stats import sample_size_for_means, sample_size_per_arm
from .goals import ATTITUDE, AWARENESS_GOALS, BEHAVIOUR_GOAL_CHOICES, CTA, DOWNLOAD, GOAL_CHOICES, KNOWLEDGE, PAGE
from .lifecycle import CONTROL_FIELDS, ExperimentLifecycle
from .phases import ACTIVE_PHASES, CONCLUDED, PAUSED, RUNNING, SETUP

PHASE_CHOICES = [
    (SETUP, _("Not started")),
    (RUNNING, _("Running")),
    (PAUSED, _("Paused")),
    (CONCLUDED, _("Concluded")),
]


def new_salt():
    return secrets.token_hex(8)


def arms_of(slot):
    keys = [variant.key for variant in slot.variants.all()]
    if slot.default_variant in keys:
        keys.remove(slot.default_variant)
        keys.insert(0, slot.default_variant)
    return keys


def parse_weights(text):
    """ "50/50" or "34/33/33" → [50.0, 50.0]; ValueError when it is not a list of positive numbers."""
    parts = [part.strip() for part in str(text).replace(",", "/").split("/") if part.strip()]
    weights = [float(part) for part in parts]
    if not weights or any(weight <= 0 for weight in weights):
        raise ValueError("weights must be positive numbers")
    return weights


class Experiment(
    ExperimentLifecycle, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model
):
    ACTIVE_PHASES = ACTIVE_PHASES

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("short name"), max_length=60, unique=True, help_text=_("Used in the page's HTML and the results export.")
    )
    slot = models.ForeignKey(
        "messaging.MessageSlot", verbose_name=_("message slot"), on_delete=models.PROTECT, related_name="experiments"
    )
    hypothesis = models.TextField(
        _("what we expect, and why"),
        blank=True,
        help_text=_("For example: a question as headline makes more parents open the checklist, because …"),
    )
    weights = models.CharField(
        _("traffic split"),
        max_length=40,
        default="50/50",
        help_text=_(
            "One number per variant: first the slot's default variant (the control), then the others in "
            "the slot's order. For example 50/50, or 34/33/33."
        ),
    )
    primary_goal = models.CharField(_("main goal"), max_length=10, choices=GOAL_CHOICES, default=CTA)
    secondary_goals = KeyListField(_("other goals to count"), key_choices=BEHAVIOUR_GOAL_CHOICES)
    # A string reference: the awareness app sits above messaging and plugs its answers in
    # (awareness/experiment_goals.py); messaging itself never imports it.
    goal_question = models.ForeignKey(
        "awareness.AwarenessQuestion",
        verbose_name=_("goal question"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "For a main goal on knowledge or attitude: the question whose answers count. Place it on the pages "
            "that show the message, or on pages visitors go to next."
        ),
    )
    goal_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("goal page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    goal_document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("goal document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audiences = KeyListField(
        _("only for audiences"), key_choices=AUDIENCE_CHOICES, help_text=_("Leave empty for every visitor.")
    )
    languages = KeyListField(
        _("only in languages"), key_choices=site_languages.choices(), help_text=_("Leave empty for every language.")
    )
    starts_on = models.DateField(_("first day"), null=True, blank=True)
    ends_on = models.DateField(_("last day"), null=True, blank=True)
    baseline_rate = models.FloatField(
        _("expected rate of the control (%)"),
        default=5.0,
        validators=[MinValueValidator(0.1), MaxValueValidator(99.0)],
        help_text=_(
            "How many of 100 visitors reach the goal today, as far as you know. For a knowledge goal: how many "
            "of 100 who answer know the right answer."
        ),
    )
    minimum_detectable_effect = models.FloatField(
        _("smallest difference worth finding (percentage points)"),
        default=2.0,
        validators=[MinValueValidator(0.1), MaxValueValidator(50.0)],
        help_text=_("For example 2: from 5% to 7%. Smaller differences need many more visitors."),
    )
    minimum_agreement_difference = models.FloatField(
        _("smallest difference in mean agreement worth finding (points on the scale of 1 to 5)"),
        default=0.3,
        validators=[MinValueValidator(0.05), MaxValueValidator(2.0)],
        help_text=_("Only for a main goal on attitude. For example 0.3: from a mean of 3.4 to 3.7."),
    )
    alpha = models.FloatField(
        _("significance level"), default=0.05, validators=[MinValueValidator(0.001), MaxValueValidator(0.2)]
    )
    power = models.FloatField(_("power"), default=0.8, validators=[MinValueValidator(0.5), MaxValueValidator(0.99)])

    # Set by the actions of a campaign lead, never by the form.
    phase = models.CharField(_("phase"), max_length=10, choices=PHASE_CHOICES, default=SETUP, editable=False)
    planned_per_arm = models.PositiveIntegerField(_("planned visitors per variant"), null=True, editable=False)
    started_at = models.DateTimeField(_("started"), null=True, editable=False)
    concluded_at = models.DateTimeField(_("concluded"), null=True, editable=False)
    winner = models.CharField(_("promoted variant"), max_length=1, blank=True, editable=False)
    salt = models.CharField(max_length=32, default=new_salt, editable=False)
    #: The arms as they were at the start ("a,b"): promoting a winner later changes the slot's
    #: default, but not what this experiment compared.
    arm_order = models.CharField(max_length=20, blank=True, editable=False)

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="experiment",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="experiment",
        for_concrete_model=False,
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["-started_at", "name"]
        verbose_name = _("experiment")
        verbose_name_plural = _("experiments")
        permissions = [
            ("start_experiment", "Can start, pause and conclude experiments"),
            ("promote_experiment", "Can promote the winning variant"),
            ("override_guardrail", "Can promote a winner despite a guardrail alert, with a reason"),
        ]

    def __str__(self):
        return self.name

    # -- state ---------------------------------------------------------------------
    @property
    def status(self):
        if self.phase != SETUP:
            return self.phase
        if self.live:
            return "approved"
        if self.workflow_in_progress:
            return "in_review"
        return "draft"

    STATUS_LABELS = {
        "draft": _("Draft"),
        "in_review": _("In review"),
        "approved": _("Approved, not started"),
        RUNNING: _("Running"),
        PAUSED: _("Paused"),
        CONCLUDED: _("Concluded"),
    }

    @property
    def status_label(self):
        return self.STATUS_LABELS[self.status]

    def is_active(self, today=None):
        """Assigning visitors and counting: running, and within its dates."""
        today = today or timezone.localdate()
        return (
            self.phase == RUNNING
            and (self.starts_on is None or self.starts_on <= today)
            and (self.ends_on is None or today <= self.ends_on)
        )

    def weight_list(self):
        return parse_weights(self.weights)

    def arm_keys(self):
        """The arms in order: the slot's default variant (the control) first, then the others;
        fixed when the experiment starts."""
        if self.arm_order:
            return self.arm_order.split(",")
        return arms_of(self.slot)

    def goals(self):
        return [self.primary_goal] + [goal for goal in self.secondary_goals if goal != self.primary_goal]

    @property
    def measures_awareness(self):
        """Whether the main goal is what visitors know or think (answers), not what they do."""
        return self.primary_goal in AWARENESS_GOALS

    def beacon_goals(self):
        """The goals the conversion beacon counts: what visitors do (an awareness goal counts answers)."""
        return [goal for goal in self.goals() if goal not in AWARENESS_GOALS]

    def planned_sample(self):
        """Per variant, the visitors (or, for an awareness goal, the answers) the verdict waits for:
        fixed at the start, otherwise computed from the plan."""
        if self.planned_per_arm:
            return self.planned_per_arm
        if self.primary_goal == ATTITUDE:
            return sample_size_for_means(EXPECTED_SCALE_SD, self.minimum_agreement_difference, self.alpha, self.power)
        return sample_size_per_arm(
            self.baseline_rate / 100, self.minimum_detectable_effect / 100, self.alpha, self.power
        )

    def applies_to(self, language_code, audience=None):
        if self.languages and language_code not in self.languages:
            return False
        if self.audiences and audience not in self.audiences:
            return False
        return True

    # -- validation ----------------------------------------------------------------
    #: What the verdict depends on: fixed once the experiment has started.
    FIXED_AFTER_START = {
        "weights": _("A started experiment keeps its traffic split."),
        "slot_id": _("A started experiment keeps its message slot."),
        "primary_goal": _("A started experiment keeps its goals."),
        "secondary_goals": _("A started experiment keeps its goals."),
        "goal_page_id": _("A started experiment keeps its goals."),
        "goal_document_id": _("A started experiment keeps its goals."),
        "goal_question_id": _("A started experiment keeps its goals."),
        "minimum_agreement_difference": _("A started experiment keeps its plan."),
        "alpha": _("A started experiment keeps its plan."),
        "power": _("A started experiment keeps its plan."),
        "baseline_rate": _("A started experiment keeps its plan."),
        "minimum_detectable_effect": _("A started experiment keeps its plan."),
    }

    def clean(self):
        super().clean()
        self.slug = (self.slug or "").lower()
        errors = {}
        try:
            weights = self.weight_list()
        except ValueError:
            errors["weights"] = _("Write one positive number per variant, separated by /, for example 50/50.")
            weights = None
        if self.slot_id and weights is not None:
            arms = self.slot.variants.count()
            if len(weights) != arms:
                errors["weights"] = _("The slot has %(arms)s variants: give %(arms)s numbers.") % {"arms": arms}
        goals = self.goals()
        if PAGE in goals and not self.goal_page_id:
            errors["goal_page"] = _("Choose the page that counts as reaching the goal.")
        if DOWNLOAD in goals and not self.goal_document_id:
            errors["goal_document"] = _("Choose the document whose download counts.")
        if any(goal in AWARENESS_GOALS for goal in self.secondary_goals):
            errors["secondary_goals"] = _("Knowledge and attitude can only be the main goal.")
        if self.measures_awareness:
            kind = self.goal_question.kind if self.goal_question_id else None
            if kind is None:
                errors["goal_question"] = _("Choose the question whose answers count.")
            elif kind != self.primary_goal:
                errors["goal_question"] = (
                    _("Choose a knowledge question: only a knowledge question has right answers.")
                    if self.primary_goal == KNOWLEDGE
                    else _("Choose an attitude statement: only those are answered on the agree scale.")
                )
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The last day cannot be before the first day.")
        try:
            self.planned_sample()
        except ValueError:
            errors["minimum_detectable_effect"] = _("The expected rate plus this difference must stay below 100%.")
        if self.pk:
            fixed = list(self.FIXED_AFTER_START)
            current = Experiment.objects.filter(pk=self.pk).values("phase", *fixed).first()
            if current and current["phase"] in self.ACTIVE_PHASES + [CONCLUDED]:
                for name, message in self.FIXED_AFTER_START.items():
                    if current[name] != getattr(self, name):
                        errors[name.removesuffix("_id")] = message
        if errors:
            raise ValidationError(errors)

    def with_content_json(self, content):
        """Publishing an older revision must not undo a start, pause or conclusion."""
        obj = super().with_content_json(content)
        for name in CONTROL_FIELDS:
            setattr(obj, name, getattr(self, name))
        return obj
