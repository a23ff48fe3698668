"""A small site with one live page of every public type, for tests that walk every page."""

import pytest

from tests import factories

QUIZ = {
    "heading": "Echt of nep?",
    "intro": "",
    "statements": [
        {"statement": "Een foto kan nep zijn.", "is_true": True, "explanation": "Met AI kan dat makkelijk."},
        {"statement": "Nepbeelden doen geen pijn.", "is_true": False, "explanation": "De schade is echt."},
        {"statement": "Je mag hulp vragen.", "is_true": True, "explanation": "Altijd."},
    ],
}


@pytest.fixture
def campaign_index(home_page):
    return factories.CampaignIndexPageFactory(parent=home_page)


@pytest.fixture
def campaign(campaign_index):
    """/nl/campagnes/echt-of-nep/ and /en/campaigns/real-or-fake/, translated."""
    return factories.CampaignPageFactory(
        parent=campaign_index,
        slug_nl="echt-of-nep",
        slug_en="real-or-fake",
        hero_headline_nl="Echt of nep?",
        hero_headline_en="Real or fake?",
    )


@pytest.fixture
def quiz(campaign):
    """A true/false quiz for young people, placed on the campaign: (module, its quiz block)."""
    module = factories.AudienceModuleFactory(
        audiences=["young-people"], content_nl=[("quiz", QUIZ)], content_en=[("quiz", QUIZ)]
    )
    factories.CampaignModuleFactory(page=campaign, module=module)
    return module, module.content_nl[0]


@pytest.fixture
def guidance_index(home_page):
    return factories.GuidanceIndexPageFactory(parent=home_page)


@pytest.fixture
def untranslated_guidance(guidance_index):
    """A guidance page written in Dutch only (no English title, slug or text)."""
    return factories.GuidancePageFactory(
        parent=guidance_index,
        title_en=None,
        slug_en=None,
        intro_en="",
        body_en=[],
        sources_nl=[("source", {"title": "Bron", "publisher": "Uitgever", "date": "2026", "url": ""})],
    )


@pytest.fixture
def every_page_type(home_page, campaign, guidance_index, untranslated_guidance):
    """One live page of every public page type (and an untranslated guidance page)."""
    lessons = factories.LessonIndexPageFactory(parent=home_page)
    return [
        home_page,
        campaign.get_parent().specific,
        campaign,
        guidance_index,
        factories.GuidancePageFactory(parent=guidance_index),
        untranslated_guidance,
        lessons,
        factories.LessonPageFactory(parent=lessons),
        factories.HelpPageFactory(parent=home_page),
        factories.AudienceHubPageFactory(parent=home_page, audience="parents"),
        factories.StandardPageFactory(parent=home_page),
    ]
