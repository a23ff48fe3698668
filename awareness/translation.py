"""Awareness questions are written in every site language (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import AwarenessQuestion


@register(AwarenessQuestion)
class AwarenessQuestionTR(TranslationOptions):
    fields = ("statement", "option_1", "option_2", "option_3", "option_4", "explanation")
