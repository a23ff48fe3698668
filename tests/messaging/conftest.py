"""Fixtures for the A/B tests: a running experiment on a campaign hero, visitors, and the two roles."""

import json

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from messaging.assignment import signed_visitor_cookie
from messaging.models import Experiment
from tests import factories
from tests.shared_rows import shared_by_module

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0"
CAMPAIGN = "/nl/campagnes/denk-na-voor-je-deelt/"


def build_experiment_site():
    factories.build_public_site()
    factories.start_hero_experiment("hero-ouders-vraag")


@pytest.fixture(scope="module")
def experiment_site_rows(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker, build_experiment_site):
        yield


@pytest.fixture(autouse=True)
def experiment_site(experiment_site_rows, db):
    """The public site with "hero-ouders-vraag" running on the hero of CAMPAIGN (built once
    per module; each test's changes are rolled back)."""


@pytest.fixture
def experiment(db):
    return Experiment.objects.select_related("slot").get(slug="hero-ouders-vraag")


def visitor_client(visitor_id=None, **headers):
    """A browser; with a visitor id (32 hex digits), one the site issued: its cookie is signed."""
    client = Client(HTTP_USER_AGENT=headers.pop("user_agent", BROWSER), **headers)
    if visitor_id:
        client.cookies["vib_visitor"] = signed_visitor_cookie(visitor_id)
    return client


@pytest.fixture
def visitor():
    return visitor_client()


def send(client, slug, kind, body=None, **extra):
    data = "" if body is None else (body if isinstance(body, (str, bytes)) else json.dumps(body))
    return client.post(f"/api/ab/{slug}/{kind}", data=data, content_type="application/json", **extra)


def user_in(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username=username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    client = Client()
    client.force_login(user)
    return user, client


@pytest.fixture
def expert(db, django_user_model):
    return user_in(django_user_model, "test-expert", "Communicatie-experts")


@pytest.fixture
def lead(db, django_user_model):
    return user_in(django_user_model, "test-lead", "Campagneleiding")
