"""Message variants are written in Dutch and English (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import MessageVariant


@register(MessageVariant)
class MessageVariantTR(TranslationOptions):
    fields = ("headline", "body", "cta_label")
