"""A page's own image (hero): an image, its alt text per language, or a 'decorative' mark."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from core import languages


class HeroImageMixin(models.Model):
    hero_image = models.ForeignKey(
        "pages.SiteImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("alt text"),
        max_length=255,
        blank=True,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    hero_image_decorative = models.BooleanField(
        _("the image is decorative"),
        default=False,
        help_text=_("Tick only if the image adds no information; screen readers will skip it."),
    )

    class Meta:
        abstract = True

    @classmethod
    def hero_image_panel(cls):
        return MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("hero_image_decorative")],
            heading=_("Image"),
        )

    def clean(self):
        super().clean()
        if self.hero_image and not self.hero_image_decorative:
            # Alt text is needed in Dutch (the fallback); English falls back to it.
            if not languages.has_own_value(self, "hero_image_alt", languages.default()):
                raise ValidationError(
                    {
                        languages.column("hero_image_alt", languages.default()): _(
                            "Add alt text for the image, or mark it as decorative."
                        )
                    }
                )
