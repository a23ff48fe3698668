"""Campaign topics: a small translated snippet editors can extend."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet


@register_snippet
class Topic(models.Model):
    name = models.CharField(_("name"), max_length=80)

    panels = [FieldPanel("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name
