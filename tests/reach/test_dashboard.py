"""The reach dashboard: exact figures from known counts, the CSV (injection-safe) and the report."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from reach.models import ReachCount
from tests import factories

pytestmark = pytest.mark.usefixtures("reach_site")


def expert_client(django_user_model, name="dash-expert"):
    user = django_user_model.objects.create_user(username=name, password="x")
    user.groups.add(Group.objects.get(name="Communicatie-experts"))
    client = Client()
    client.force_login(user)
    return client


def add(page, event, count, day=None, **cell):
    for _ in range(count):
        ReachCount.add_one(
            page=page,
            event=event,
            language=cell.pop("language", "nl") if False else cell.get("language", "nl"),
            day=day,
            **{k: v for k, v in cell.items() if k != "language"},
        )


def test_figures_per_audience_and_help_rate(django_user_model):
    campaign = Page.objects.get(slug_nl="echt-of-nep")
    today = timezone.localdate()
    add(campaign, "view", 3, audience="parents")
    add(campaign, "view", 1, audience="parents", language="en")
    add(campaign, "helpline_call", 1, audience="parents")
    add(campaign, "quick_exit", 2, audience="parents")
    other = Page.objects.get(slug_nl="denk-na-voor-je-deelt")
    add(other, "view", 5)
    client = expert_client(django_user_model)
    url = reverse("reach_dashboard") + f"?campaign={campaign.pk}&start={today - datetime.timedelta(days=3)}&end={today}"
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "250.0" in html  # 1 helpline call per 4 views = 250 per 1,000
    assert "500.0" in html  # 2 quick exits per 4 views
    csv_text = client.get(url.replace("/reports/reach/", "/reports/reach/csv/")).content.decode()
    assert "Total,4," in csv_text


def test_a_user_without_the_permission_is_turned_away(django_user_model):
    user = django_user_model.objects.create_user(username="nobody", password="x")
    client = Client()
    client.force_login(user)
    assert client.get(reverse("reach_dashboard")).status_code == 302


def test_bad_input_is_a_form_error(django_user_model):
    client = expert_client(django_user_model)
    response = client.get(reverse("reach_dashboard") + "?campaign=999999&start=garbage", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "please correct the choice below" in response.content.decode()


def test_csv_neutralises_formulas(django_user_model):
    factories.ReachSourceFactory(
        kind="utm_campaign", value="maart", label_nl="=HYPERLINK(1)", label_en="=HYPERLINK(1)", label="=HYPERLINK(1)"
    )
    campaign = Page.objects.get(slug_nl="echt-of-nep")
    ReachCount.add_one(page=campaign, event="view", language="nl", utm_campaign="maart")
    client = expert_client(django_user_model)
    text = client.get(reverse("reach_dashboard_csv")).content.decode()
    import csv

    cells = [cell for row in csv.reader(text.lstrip("\ufeff").splitlines()) for cell in row]
    assert any("=HYPERLINK(1)" in cell for cell in cells)
    assert not any(cell[:1] in "=+-@" and cell for cell in cells)
    from reach.dashboard.views import neutralised

    assert neutralised("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    report = client.get(reverse("reach_report"), HTTP_ACCEPT_LANGUAGE="nl")
    assert report.status_code == 200
