"""The awareness dashboard (Reports → Awareness) and its CSV: what an expert reads of the counts."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from awareness.models import AnswerCount
from pages.models import CampaignPage
from reach.models import ReachCount
from tests import factories

pytestmark = pytest.mark.django_db
URL = "/admin/reports/awareness/"


@pytest.fixture
def question():
    factories.build_site()
    return factories.AwarenessQuestionFactory(name="Strafbaar", compare_before_after=True)


def add(question, option, count, audience="parents", language="nl", half="", days_ago=0):
    AnswerCount.objects.create(
        question=question,
        option=option,
        count=count,
        day=timezone.localdate() - timedelta(days=days_ago),
        page=1,
        audience=audience,
        language=language,
        half=half,
    )


def signed_in(django_user_model, group_name):
    user = django_user_model.objects.create_user(username=group_name, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def expert(django_user_model):
    return signed_in(django_user_model, "Communicatie-experts")


def test_an_expert_reads_share_right_with_interval_per_audience_and_language(question, expert):
    add(question, "shown", 250)
    add(question, "true", 150)
    add(question, "false", 50)
    add(question, "shown", 100, audience="young-people", language="en")
    add(question, "false", 40, audience="young-people", language="en")
    html = expert.get(URL, {"question": question.pk}).content.decode()
    assert "Een nepnaaktfoto maken van iemand onder de 18 is strafbaar." in html
    assert "62,5 %" in html  # 150 right of 240 answered, everyone
    assert "75,0 %" in html and "0,0 %" in html  # parents 150/200, young people 0/40
    assert "80,0 %" in html  # parents' answer rate 200/250
    assert "geen bevolkingsonderzoek" in html  # the limits come with the figures
    # No period chosen: the date fields show the default one the figures are for (eight weeks to today).
    today = timezone.localdate()
    assert f'name="end" value="{today.isoformat()}"' in html
    assert f'name="start" value="{(today - timedelta(days=55)).isoformat()}"' in html


def test_re_weighting_shows_both_numbers_and_the_mix(question, expert):
    add(question, "true", 150)
    add(question, "false", 50)
    add(question, "false", 40, audience="young-people", language="en")
    html = expert.get(URL, {"question": question.pk, "reweight_by": "audience", "mix": "equal"}).content.decode()
    assert "62,5 %" in html  # as answered
    assert "37,5 %" in html  # (75 % + 0 %) / 2


def test_the_before_after_lift_and_the_answer_rates_are_shown(question, expert):
    for half, right in (("before", 500), ("after", 600)):
        add(question, "shown", 2000, half=half)
        add(question, "true", right, half=half)
        add(question, "false", 1000 - right, half=half)
    html = expert.get(URL, {"question": question.pk}).content.decode()
    assert "50,0 %" in html and "60,0 %" in html and "+10,0" in html


def test_the_csv_holds_the_dashboards_numbers(question, expert):
    add(question, "shown", 250)
    add(question, "true", 150)
    add(question, "false", 50)
    response = expert.get("/admin/reports/awareness/csv/", {"question": question.pk, "format": "en"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][3:7] == ["250", "200", "0.800", "0.750"]


def test_wrong_choices_are_messages_and_others_may_not_look(question, expert, client, django_user_model):
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = expert.get(URL, {"question": question.pk, "end": tomorrow})
    assert response.status_code == 200 and "help-critical" in response.content.decode()
    assert expert.get(URL, {"question": "999999"}).status_code == 200
    assert expert.get(URL, {"question": question.pk, "start": "gisteren"}).status_code == 200
    assert client.get(URL).status_code == 302  # not signed in: to the sign-in page
    editor = django_user_model.objects.create_user(username="editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    other = Client()
    other.force_login(editor)
    refused = other.get(URL)  # Wagtail answers a missing permission with a way back to the dashboard
    assert refused.status_code == 302 and refused["Location"] == "/admin/"


def test_the_campaign_effect_report_goes_from_reach_to_behaviour_in_print_and_csv(expert):
    factories.build_public_site()
    campaign = CampaignPage.objects.get(slug_nl="echt-of-nep")
    question = factories.AwarenessQuestionFactory(name="Op de campagne", compare_before_after=True)
    AnswerCount.objects.create(
        question=question, option="true", count=30, day=timezone.localdate(), page=campaign.pk, language="nl"
    )
    AnswerCount.objects.create(
        question=question, option="shown", count=60, day=timezone.localdate(), page=campaign.pk, language="nl"
    )
    ReachCount.objects.create(page=campaign, event="view", count=500, day=timezone.localdate(), language="nl")
    ReachCount.objects.create(page=campaign, event="helpline_chat", count=5, day=timezone.localdate(), language="nl")
    query = {"campaign": campaign.pk, "start": timezone.localdate().isoformat()}
    html = expert.get("/admin/reports/awareness/campaign-report/", query).content.decode()
    for stage in ("Bereik", "Kennis", "Gedrag"):
        assert f'colspan="5">{stage}</th>' in html
    assert "Een nepnaaktfoto maken van iemand onder de 18 is strafbaar." in html
    assert "100,0 %" in html  # 30 of 30 right
    assert "10,0 per 1.000 weergaven" in html  # 5 chats per 500 views
    assert "geen bevolkingsonderzoek" in html
    rows = list(
        csv.reader(
            io.StringIO(
                expert.get("/admin/reports/awareness/campaign-report/csv/", {**query, "format": "en"}).content.decode(
                    "utf-8-sig"
                )
            )
        )
    )
    assert rows[1][:3] == ["Bereik", "Paginaweergaven van de campagne en haar doelgroepweergaven", "500"]
    assert any(
        row[1] == "Een nepnaaktfoto maken van iemand onder de 18 is strafbaar." and row[2] == "30" for row in rows
    )
    assert expert.get("/admin/reports/awareness/campaign-report/", {"campaign": "x"}).status_code == 200
