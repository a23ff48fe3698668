from modeltranslation.translator import TranslationOptions, register

from .models import ReachSource


@register(ReachSource)
class ReachSourceTranslation(TranslationOptions):
    fields = ("label",)
