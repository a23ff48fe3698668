"""Planning an experiment from real traffic: the plan endpoint, its words, the form and the results page.

Built from factories on the public test site (tests/messaging/conftest.py). Reach counts are
written as rows, so each test knows exactly which views fall inside the 28 full days before today.
"""

import datetime
import math

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation

from messaging.planning import WINDOW_DAYS, make_plan, plan_text
from messaging.stats import sample_size_per_arm
from pages.models import CampaignPage, GuidancePage
from reach.models import ReachCount
from tests.factories import AudienceModuleFactory, CampaignModuleFactory, ExperimentFactory, MessageSlotFactory

PLAN = "/admin/messaging/plan/"
FORM = {"baseline_rate": "8", "minimum_detectable_effect": "3", "alpha": "0.05", "power": "0.8"}


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def campaign(db):
    return CampaignPage.objects.get(slug_nl="echt-of-nep")


@pytest.fixture
def hero_slot(campaign):
    slot = MessageSlotFactory(key="plan-hero")
    CampaignPage.objects.filter(pk=campaign.pk).update(hero_message=slot)
    return slot


def views(page, days_ago, count, audience="", language="nl", event="view"):
    ReachCount.objects.create(
        day=timezone.localdate() - datetime.timedelta(days=days_ago),
        page=page,
        audience=audience,
        language=language,
        referrer="none",
        event=event,
        count=count,
    )


def ask(client, language="en", **params):
    """The endpoint, with the admin in ``language`` (the browser's; the admin's default is Dutch)."""
    return client.get(PLAN, {**FORM, **params}, HTTP_ACCEPT_LANGUAGE=language)


def test_the_endpoint_uses_the_sample_size_and_exactly_the_last_28_full_days(expert, campaign, hero_slot):
    _user, client = expert
    views(campaign, 1, 100)  # yesterday: in
    views(campaign, WINDOW_DAYS, 200)  # the 28th day back: in
    views(campaign, 5, 50, audience="parents")  # an audience view of the same page: in
    views(campaign, 6, 30, language="en")  # English: in
    views(campaign, WINDOW_DAYS + 1, 5000)  # day 29: out
    views(campaign, 0, 7000)  # today, still being counted: out
    views(campaign, 2, 900, event="quick_exit")  # not a view: out
    views(GuidancePage.objects.first(), 3, 4000)  # a page without the slot: out

    response = ask(client, slot=hero_slot.pk, weights="50/50")

    assert response.status_code == 200
    body = response.json()
    per_arm = sample_size_per_arm(0.08, 0.03, 0.05, 0.8)
    assert body["per_arm"] == per_arm == 1499
    assert body["total"] == 2 * per_arm
    assert body["views"] == 380
    assert body["pages"] == 1
    assert body["views_per_day"] == pytest.approx(380 / 28)
    assert body["days"] == math.ceil(per_arm / (380 / 28 * 0.5))
    assert body["window_start"] == (timezone.localdate() - datetime.timedelta(days=28)).isoformat()
    assert body["window_end"] == (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    assert body["text"].startswith(
        "About 1,499 visitors per variant (2,998 in all, 2 variants). With the 14 views a day this page had "
        f"over the last 28 days (380 in all), that takes about {body['days']} days."
    )
    assert response["Cache-Control"].startswith("max-age=0")


def test_the_smallest_share_of_an_uneven_split_sets_the_pace(expert, campaign, hero_slot):
    _user, client = expert
    views(campaign, 1, 2800)  # 100 a day
    body = ask(client, slot=hero_slot.pk, weights="80/20").json()
    assert body["smallest_share"] == pytest.approx(0.2)
    assert body["days"] == math.ceil(1499 / (100 * 0.2))  # 75 days


def test_the_example_of_the_issue_in_words(campaign, hero_slot):
    views(campaign, 3, 8680)
    plan = make_plan(
        baseline_rate=8, minimum_detectable_effect=3, alpha=0.05, power=0.8, weights=[1, 1], slot=hero_slot
    )
    assert plan.views == 8680 and plan.views_per_day == 310
    assert (
        "With the 310 views a day this page had over the last 28 days (8,680 in all), that takes about 10 days."
        in plan_text(plan)
    )
    with translation.override("nl"):
        dutch = plan_text(plan)
    assert "Ongeveer 1.499 bezoekers per variant (2.998 in totaal, 2 varianten)." in dutch
    assert "310 weergaven per dag" in dutch and "8.680" in dutch and "ongeveer 10 dagen" in dutch


def test_a_module_for_one_audience_counts_only_that_audience_view(expert, campaign):
    _user, client = expert
    slot = MessageSlotFactory(key="plan-module")
    block = {"slot": "plek", "message": slot, "headline": "Terugval", "text": "", "button_label": ""}
    module = AudienceModuleFactory(audiences=["parents"], content_nl=[("message_slot", block)], content_en=[])
    CampaignModuleFactory(page=campaign, module=module)
    views(campaign, 1, 70, audience="parents")
    views(campaign, 1, 500, audience="")  # the overview does not show a module for parents
    views(campaign, 1, 300, audience="schools")
    views(campaign, 2, 11, audience="parents", language="en")  # empty English content shows the Dutch: in
    assert ask(client, slot=slot.pk).json()["views"] == 81


def test_the_experiments_own_audiences_and_languages_limit_the_views(expert, campaign, hero_slot):
    _user, client = expert
    views(campaign, 1, 40, audience="parents")
    views(campaign, 1, 9, audience="parents", language="en")
    views(campaign, 1, 600, audience="")
    body = ask(client, slot=hero_slot.pk, audiences=["parents"], languages=["nl"]).json()
    assert body["views"] == 40


def test_no_traffic_says_the_duration_cannot_be_estimated(expert, hero_slot):
    _user, client = expert
    body = ask(client, slot=hero_slot.pk).json()
    assert body["views"] == 0 and body["days"] is None
    assert "No views were counted in the last 28 days on the pages that show this message" in body["text"]
    assert "the duration cannot be estimated yet" in body["text"]
    dutch = ask(client, language="nl", slot=hero_slot.pk).json()["text"]
    assert "De afgelopen 28 dagen zijn er geen weergaven geteld" in dutch


def test_a_slot_on_no_page_and_no_slot_are_said_plainly(expert):
    _user, client = expert
    unplaced = MessageSlotFactory(key="plan-nowhere")
    assert "not on any published page yet" in ask(client, slot=unplaced.pk).json()["text"]
    body = ask(client).json()
    assert body["per_arm"] == 1499 and body["views"] is None
    assert "Choose a message slot to see how long that takes." in body["text"]


def test_a_tiny_difference_gives_a_large_sample_and_says_it_takes_too_long(expert, campaign, hero_slot):
    _user, client = expert
    views(campaign, 1, 280)  # 10 a day
    body = ask(client, slot=hero_slot.pk, baseline_rate="8", minimum_detectable_effect="0.1").json()
    assert body["per_arm"] == sample_size_per_arm(0.08, 0.001) > 100_000
    assert body["days"] > 365
    assert "That is more than a year" in body["text"]


@pytest.mark.parametrize(
    "params, field",
    [
        ({"baseline_rate": "abc"}, "baseline_rate"),
        ({"baseline_rate": ""}, "baseline_rate"),
        ({"alpha": "0.5"}, "alpha"),
        ({"power": "1.5"}, "power"),
        ({"minimum_detectable_effect": "-1"}, "minimum_detectable_effect"),
        ({"baseline_rate": "90", "minimum_detectable_effect": "20"}, "minimum_detectable_effect"),
        ({"weights": "50/x"}, "weights"),
        ({"weights": "100"}, "weights"),
        ({"weights": "40/30/30"}, "weights"),  # the slot has two variants
        ({"slot": "999999"}, "slot"),
        ({"slot": "'; drop table"}, "slot"),
        ({"audiences": "aliens"}, "audiences"),
        ({"languages": "fr"}, "languages"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(expert, hero_slot, params, field):
    _user, client = expert
    response = client.get(PLAN, {**FORM, "slot": hero_slot.pk, **params})
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_only_people_who_write_experiments_may_ask(client, django_user_model, expert, lead):
    assert client.get(PLAN, FORM).status_code == 302  # not signed in: to the login page
    editor = django_user_model.objects.create_user(username="plan-editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(PLAN, FORM).status_code == 403
    assert expert[1].get(PLAN, FORM).status_code == 200
    assert lead[1].get(PLAN, FORM).status_code == 200
    assert expert[1].post(PLAN, FORM).status_code == 405


def test_the_form_has_the_live_region_and_the_script(expert):
    _user, client = expert
    page = client.get(reverse("wagtailsnippets_messaging_experiment:add")).content.decode()
    assert 'aria-live="polite"' in page
    assert 'id="experiment-plan-text"' in page
    assert f'data-plan-url="{PLAN}"' in page
    assert "/static/messaging/plan.js" in page


def test_without_javascript_the_saved_plan_shows_on_the_form_and_the_results(expert, campaign, hero_slot):
    _user, client = expert
    views(campaign, 1, 2800)
    experiment = ExperimentFactory(slot=hero_slot, baseline_rate=8, minimum_detectable_effect=3)
    # The admin speaks Dutch unless the user chose otherwise.
    expected = "Ongeveer 1.499 bezoekers per variant (2.998 in totaal, 2 varianten). Met de 100 weergaven per dag"
    edit = client.get(reverse("wagtailsnippets_messaging_experiment:edit", args=[experiment.pk])).content.decode()
    assert expected in edit
    results = client.get(reverse("messaging_experiment_results", args=[experiment.pk])).content.decode()
    assert expected in results and "duurt dat ongeveer 30 dagen." in results
