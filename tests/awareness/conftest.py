"""A public site whose "echt of nep" campaign shows a knowledge question in its parents' module."""

import json
from urllib.parse import urlencode

import pytest
from django.test import Client

from awareness.models import AwarenessQuestion
from pages.models import CampaignPage
from tests import factories
from tests.shared_rows import shared_by_module

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0"
PARENTS_VIEW = "/nl/campagnes/echt-of-nep/ouders/"
QUESTION_NAME = "Nepnaaktfoto strafbaar"


def build_question_site():
    factories.build_public_site()
    campaign = CampaignPage.objects.get(slug_nl="echt-of-nep")
    question = factories.AwarenessQuestionFactory(name=QUESTION_NAME)
    factories.CampaignModuleFactory(page=campaign, module=factories.module_with_question(question))


@pytest.fixture(scope="module")
def question_site_rows(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker, build_question_site):
        yield


@pytest.fixture
def question_site(question_site_rows, db):
    """The site (built once per module; each test's changes are rolled back)."""


@pytest.fixture
def question(question_site):
    return AwarenessQuestion.objects.get(name=QUESTION_NAME)


@pytest.fixture
def campaign(question_site):
    return CampaignPage.objects.get(slug_nl="echt-of-nep")


def browser(**headers):
    headers.setdefault("HTTP_SEC_FETCH_SITE", "same-origin")
    return Client(HTTP_USER_AGENT=headers.pop("user_agent", BROWSER), **headers)


def fields(asked, campaign, **changes):
    return {
        "question": asked.pk,
        "page": campaign.pk,
        "audience": "parents",
        "language": "nl",
        "back": PARENTS_VIEW,
        **changes,
    }


def answer_json(client, body, **extra):
    return client.post("/api/awareness", data=json.dumps(body), content_type="application/json", **extra)


def answer_form(client, body, **extra):
    """As a browser posts the form without JavaScript (application/x-www-form-urlencoded)."""
    return client.post(
        "/api/awareness", data=urlencode(body), content_type="application/x-www-form-urlencoded", **extra
    )
