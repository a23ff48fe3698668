"""Which fields exist in Dutch and English (wagtail-modeltranslation).

Page's own title, slug, seo_title, search_description and url_path are
registered by wagtail_modeltranslation itself; here only our subclasses' fields.
Non-text fields (dates, choosers) are shared by both languages.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    AudienceHubPage,
    AudienceModule,
    BystanderPage,
    CampaignIndexPage,
    CampaignPage,
    GuidanceIndexPage,
    GuidancePage,
    HelpPage,
    HelpService,
    ImagesOfflinePage,
    LessonDownload,
    LessonIndexPage,
    LessonPage,
    LessonPhase,
    PartnerWarningPage,
    Platform,
    SelfHelpPage,
    StandardPage,
    Topic,
)


@register(CampaignIndexPage)
class CampaignIndexPageTR(TranslationOptions):
    fields = ("intro", "search_text")


@register(CampaignPage)
class CampaignPageTR(TranslationOptions):
    fields = (
        "hero_headline",
        "hero_intro",
        "hero_image_alt",
        "key_message",
        "cta_label",
        "body",
        "content_warning",
        "search_text",
    )


@register(GuidanceIndexPage)
class GuidanceIndexPageTR(TranslationOptions):
    fields = ("intro", "search_text")


@register(GuidancePage)
class GuidancePageTR(TranslationOptions):
    fields = ("intro", "content_warning", "body", "sources", "search_text")


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("intro", "body", "search_text")


@register(Topic)
class TopicTR(TranslationOptions):
    fields = ("name",)


@register(AudienceModule)
class AudienceModuleTR(TranslationOptions):
    fields = ("content",)


@register(AudienceHubPage)
class AudienceHubPageTR(TranslationOptions):
    fields = ("intro", "search_text")


@register(HelpService)
class HelpServiceTR(TranslationOptions):
    fields = ("name", "for_whom", "description", "phone_label", "phone_2_label", "opening_hours")


@register(HelpPage)
class HelpPageTR(TranslationOptions):
    fields = ("intro", "search_text")


@register(LessonIndexPage)
class LessonIndexPageTR(TranslationOptions):
    fields = ("intro", "search_text")


@register(LessonPage)
class LessonPageTR(TranslationOptions):
    fields = (
        "summary",
        "objectives_knowledge",
        "objectives_skills",
        "materials_needed",
        "teacher_background",
        "content_warning",
        "ground_rules",
        "licence_other",
        "search_text",
    )


@register(LessonPhase)
class LessonPhaseTR(TranslationOptions):
    fields = ("name", "activity")


@register(LessonDownload)
class LessonDownloadTR(TranslationOptions):
    fields = ("label",)


@register(Platform)
class PlatformTR(TranslationOptions):
    fields = ("name", "in_app_steps", "report_note")


@register(ImagesOfflinePage)
class ImagesOfflinePageTR(TranslationOptions):
    fields = (
        "intro",
        "content_warning",
        "fake_or_real",
        "who_help",
        "age_help",
        "what_help",
        "platform_help",
        "route_intro_me",
        "route_intro_child",
        "route_intro_other",
        "step_stop_contact",
        "step_no_sharing_minor",
        "step_stop_contact_parent",
        "step_no_sharing_minor_parent",
        "step_no_sharing",
        "step_evidence",
        "step_report",
        "step_notice",
        "step_take_it_down",
        "step_stop_ncii",
        "step_helpwanted",
        "step_meldpunt",
        "step_police",
        "search_text",
    )


@register(BystanderPage)
class BystanderPageTR(TranslationOptions):
    fields = (
        "intro",
        "content_warning",
        "first_minute",
        "reader_help",
        "age_help",
        "route_intro",
        "step_no_forward",
        "step_law_minor",
        "step_law_adult",
        "step_report",
        "step_meldpunt",
        "step_support",
        "step_group_chat",
        "step_trusted_adult",
        "step_adult_role",
        "search_text",
    )


@register(SelfHelpPage)
class SelfHelpPageTR(TranslationOptions):
    fields = ("intro", "content_warning", "reader_help", "adult_text", "young_text", "help_intro", "search_text")


@register(PartnerWarningPage)
class PartnerWarningPageTR(TranslationOptions):
    fields = ("headline", "body", "help_intro", "card_text", "search_text")
