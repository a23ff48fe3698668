"""Production always asks for a second factor; dev and test may relax it; the admin path can move."""

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django.urls import clear_url_caches

from tests.operations.production import PRODUCTION_ENV
from tests.second_factor.conftest import enrol, sign_in_with_password

ROOT = Path(__file__).resolve().parents[2]


def setting_in(settings_module, **environment):
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV and k != "ADMIN_REQUIRE_SECOND_FACTOR"}
    env.update({**PRODUCTION_ENV, "DJANGO_SETTINGS_MODULE": settings_module, **environment})
    code = (
        "import django; django.setup(); from django.conf import settings; print(settings.ADMIN_REQUIRE_SECOND_FACTOR)"
    )
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)


def test_production_asks_for_a_second_factor():
    result = setting_in("campaign.settings.production")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_production_refuses_to_start_with_the_second_factor_switched_off():
    result = setting_in("campaign.settings.production", ADMIN_REQUIRE_SECOND_FACTOR="false")
    assert result.returncode != 0
    assert "ADMIN_REQUIRE_SECOND_FACTOR=false is for local development only" in result.stderr


def test_dev_is_relaxed_unless_asked():
    assert setting_in("campaign.settings.dev").stdout.strip() == "False"
    assert setting_in("campaign.settings.dev", ADMIN_REQUIRE_SECOND_FACTOR="true").stdout.strip() == "True"


@pytest.fixture
def admin_at_beheer(settings):
    import campaign.urls

    settings.WAGTAIL_ADMIN_PATH = "beheer/"
    clear_url_caches()
    importlib.reload(campaign.urls)
    yield
    settings.WAGTAIL_ADMIN_PATH = "admin/"
    clear_url_caches()
    importlib.reload(campaign.urls)


@pytest.mark.django_db
def test_the_second_factor_guards_a_moved_admin(editor, second_factor_required, admin_at_beheer):
    client = Client()
    assert client.get("/beheer/")["Location"] == "/account/login/?next=/beheer/"
    assert client.get("/beheer/login/")["Location"] == "/account/login/"
    sign_in_with_password(client, next_url="/beheer/")
    assert client.get("/beheer/")["Location"] == "/account/2fa/totp/activate/?next=%2Fbeheer%2F"
    enrol(client)
    assert client.get("/beheer/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("required", "says"), [(False, "ADMIN_REQUIRE_SECOND_FACTOR=true"), (True, "Second factor: required")]
)
def test_the_local_admin_command_says_how_signing_in_works(settings, capsys, required, says):
    from django.core.management import call_command

    settings.ADMIN_REQUIRE_SECOND_FACTOR = required
    call_command("create_local_admin")
    output = capsys.readouterr().out
    assert "password:" in output and says in output
