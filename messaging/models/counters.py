"""What an experiment counts: numbers per (experiment, variant, goal, language, day). Nothing else.

No visitor id, IP address or user agent is stored: the visitor cookie is only
read to find the visitor's arm, and whether a visitor was already counted is
remembered in the visitor's own (signed) cookie, not here.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.counting import add_one

#: The "goal" of an exposure row.
EXPOSURE = "exposure"


class ArmDayCount(models.Model):
    """One counter cell: visitors of one arm (variant) of an experiment, per thing counted, language and day.

    The two counters below differ only in what they count (a goal, a guardrail event) and in the
    related name from the experiment; the +1 is the same, exact with many workers (core/counting.py).
    """

    #: The name of the field that says what this table counts ("goal" or "event").
    counted_field = ""

    variant = models.CharField(_("variant"), max_length=1)
    language = models.CharField(_("language"), max_length=5)
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        abstract = True

    @classmethod
    def add_one(cls, experiment, variant, counted, language, day=None):
        """+1, exact with many workers at once: UPDATE … SET count = count + 1, or create the day's row."""
        add_one(
            cls,
            experiment_id=getattr(experiment, "pk", experiment),
            variant=variant,
            **{cls.counted_field: counted},
            language=language,
            day=day or timezone.localdate(),
        )


class ExperimentCount(ArmDayCount):  # noqa: DJ008  (a counter row: never listed or chosen in the admin)
    counted_field = "goal"

    experiment = models.ForeignKey("messaging.Experiment", on_delete=models.CASCADE, related_name="counts")
    goal = models.CharField(_("goal"), max_length=10, help_text=_("'exposure' or a goal key"))

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["experiment", "variant", "goal", "language", "day"], name="one_count_per_cell"
            )
        ]
        verbose_name = _("experiment count")
        verbose_name_plural = _("experiment counts")


#: Guardrail events: what a visitor did after seeing a variant that the variant must not make worse.
QUICK_EXIT = "quick_exit"
HELP_SEEKING = "help_seeking"  # any of HELP_EVENTS, the first one a visitor reached
HELP_EVENTS = ("help_page", "helpline_call", "helpline_chat", "helpline_website")
# A lesson download is counted on its own row, never as help-seeking: a teacher fetching a worksheet
# is not someone looking for help (the reach report keeps them apart for the same reason).
LESSON_DOWNLOAD = "lesson_download"
GUARDRAIL_EVENTS = (QUICK_EXIT, *HELP_EVENTS, LESSON_DOWNLOAD)
GUARDRAIL_ROWS = (QUICK_EXIT, HELP_SEEKING, *HELP_EVENTS, LESSON_DOWNLOAD)


class GuardrailCount(ArmDayCount):  # noqa: DJ008  (a counter row: never listed or chosen in the admin)
    """Visitors who saw ``variant`` and then pressed the quick exit or sought help, per day and language.

    Each visitor counts at most once per experiment and event (and once for ``help_seeking``, whatever
    help they found first), so every number is a number of visitors and never exceeds the exposures.
    The arm comes from the visitor's signed cookie, never from the beacon (messaging/guardrail_api.py).
    """

    counted_field = "event"

    experiment = models.ForeignKey("messaging.Experiment", on_delete=models.CASCADE, related_name="guardrail_counts")
    event = models.CharField(_("event"), max_length=20)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["experiment", "variant", "event", "language", "day"], name="one_guardrail_count_per_cell"
            )
        ]
        verbose_name = _("guardrail count")
        verbose_name_plural = _("guardrail counts")
