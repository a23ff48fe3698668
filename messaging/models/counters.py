"""What an experiment counts: numbers per (experiment, variant, goal, language, day). Nothing else.

No visitor id, IP address or user agent is stored: the visitor cookie is only
read to find the visitor's arm, and whether a visitor was already counted is
remembered in the visitor's own (signed) cookie, not here.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from campaign.counting import add_one

#: The "goal" of an exposure row.
EXPOSURE = "exposure"


class ExperimentCount(models.Model):  # noqa: DJ008  (a counter row: never listed or chosen in the admin)
    experiment = models.ForeignKey("messaging.Experiment", on_delete=models.CASCADE, related_name="counts")
    variant = models.CharField(_("variant"), max_length=1)
    goal = models.CharField(_("goal"), max_length=10, help_text=_("'exposure' or a goal key"))
    language = models.CharField(_("language"), max_length=5)
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["experiment", "variant", "goal", "language", "day"], name="one_count_per_cell"
            )
        ]
        verbose_name = _("experiment count")
        verbose_name_plural = _("experiment counts")

    @classmethod
    def add_one(cls, experiment, variant, goal, language, day=None):
        """+1, exact with many workers at once: UPDATE … SET count = count + 1, or create the day's row."""
        add_one(
            cls,
            experiment_id=getattr(experiment, "pk", experiment),
            variant=variant,
            goal=goal,
            language=language,
            day=day or timezone.localdate(),
        )
