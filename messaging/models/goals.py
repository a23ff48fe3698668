"""What an experiment can count as its goal (its own module: the results read it without the models)."""

from django.utils.translation import gettext_lazy as _

CTA, PAGE, DOWNLOAD = "cta", "page", "download"
#: What visitors do after seeing a variant: counted by the conversion beacon (messaging/api.py).
BEHAVIOUR_GOAL_CHOICES = [
    (CTA, _("Click on the message's button")),
    (PAGE, _("Reaching a chosen page")),
    (DOWNLOAD, _("Downloading a chosen document")),
]
#: What visitors know or think after seeing a variant: their answers to an awareness question, counted
#: by the answer beacon (awareness/experiment_goals.py). Only a main goal; the question is goal_question.
KNOWLEDGE, ATTITUDE = "knowledge", "attitude"
AWARENESS_GOALS = (KNOWLEDGE, ATTITUDE)
GOAL_CHOICES = [
    *BEHAVIOUR_GOAL_CHOICES,
    (KNOWLEDGE, _("Right answers to a knowledge question")),
    (ATTITUDE, _("Mean agreement with an attitude statement")),
]
