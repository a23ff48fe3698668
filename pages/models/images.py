"""The site's image model: Wagtail's image plus an AI-generated disclosure flag.

EU AI Act art. 50(4) asks that AI-generated ("deepfake") images are disclosed;
templates show a visible label on every image marked here.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class SiteImage(AbstractImage):
    ai_generated = models.BooleanField(
        _("made or changed with AI"),
        default=False,
        help_text=_("Shows a visible label 'Made with AI' wherever the image is used."),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = Image.admin_form_fields + ("ai_generated", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
