"""More of the demo's content: up to N campaigns and N lessons, for the scale checks.

The query-bound test (tests/pages/test_query_bounds.py) and the bench's scale
measurement (bench/scale.py) both grow the demo site from 10 to 200 campaigns
and lessons with these functions, so both measure the same content: published,
in both languages, with the fields the lists show (topics, the audience modules
every hub gathers, levels and subjects for the lesson filters, the schools hub
for the hub's lesson list).

Run them inside a transaction that is rolled back. Nothing here clears the
page cache or the frame cache: their version is bumped when a transaction
commits, so the caller bumps it itself (core.page_cache.invalidate()).
"""

import datetime

from django.utils import translation

from pages.models import (
    AudienceHubPage,
    AudienceModule,
    CampaignIndexPage,
    CampaignModule,
    CampaignPage,
    LessonIndexPage,
    LessonPage,
    Topic,
)


def add_campaigns(up_to):
    """Live campaigns until there are ``up_to``, newer ones later, each with every audience module."""
    index = CampaignIndexPage.objects.get()
    topics = list(Topic.objects.all()) or [None]
    modules = list(AudienceModule.objects.all())
    placements = []
    for number in range(CampaignPage.objects.count(), up_to):
        campaign = CampaignPage(
            title=f"Extra campagne {number} over deepfakes",
            title_nl=f"Extra campagne {number} over deepfakes",
            title_en=f"Extra campaign {number} about deepfakes",
            slug=f"extra-campagne-{number}",
            slug_nl=f"extra-campagne-{number}",
            slug_en=f"extra-campaign-{number}",
            hero_headline_nl="Kop",
            hero_headline_en="Headline",
            hero_intro_nl="Een korte inleiding over deepfakes en wat je kunt doen.",
            hero_intro_en="A short introduction to deepfakes and what you can do.",
            key_message_nl="Boodschap",
            key_message_en="Message",
            start_date=datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
            topic=topics[number % len(topics)],
            live=True,
        )
        with translation.override("nl"):
            index.add_child(instance=campaign)
        placements += [
            CampaignModule(page=campaign, module=module, sort_order=order) for order, module in enumerate(modules)
        ]
    CampaignModule.objects.bulk_create(placements)


def add_lessons(up_to):
    """Live lessons until there are ``up_to``, copies of the first lesson's facts, on the schools hub."""
    index = LessonIndexPage.objects.get()
    template = LessonPage.objects.order_by("path").first()
    schools = AudienceHubPage.objects.get(audience="schools")
    for number in range(LessonPage.objects.count(), up_to):
        lesson = LessonPage(
            title=f"Extra les {number} over deepfakes",
            title_nl=f"Extra les {number} over deepfakes",
            title_en=f"Extra lesson {number} about deepfakes",
            slug=f"extra-les-{number}",
            slug_nl=f"extra-les-{number}",
            slug_en=f"extra-lesson-{number}",
            summary_nl=template.summary_nl,
            summary_en=template.summary_en,
            levels=template.levels,
            subjects=template.subjects,
            min_age=template.min_age,
            max_age=template.max_age,
            duration_minutes=template.duration_minutes,
            objectives_knowledge_nl="Leerlingen weten wat een deepfake is.",
            objectives_knowledge_en="Pupils know what a deepfake is.",
            ground_rules_nl="Je mag altijd stoppen.",
            ground_rules_en="You may always stop.",
            audience_hub=schools,
            live=True,
        )
        with translation.override("nl"):
            index.add_child(instance=lesson)


def grow(up_to):
    """Campaigns and lessons, ``up_to`` of each."""
    add_campaigns(up_to)
    add_lessons(up_to)
