"""Translated fields of the home page and site settings (see pages/translation.py)."""

from modeltranslation.translator import TranslationOptions, register

from .models import HomePage, SiteSettings


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = (
        "hero_heading",
        "hero_intro",
        "hero_image_alt",
        "hero_cta_label",
        "audience_entries",
        "help_heading",
        "help_text",
        "search_text",
    )


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("footer_help_heading", "footer_text")
