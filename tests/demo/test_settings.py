"""The demo app is for development, tests and trial sites: production does not install it."""

import importlib
import sys

from django.apps import apps

from tests.operations.production import PRODUCTION_ENV


def installed_apps_of(module_name, monkeypatch):
    """INSTALLED_APPS as a settings module computes it (read, not activated: Django keeps the test settings)."""
    for name, value in PRODUCTION_ENV.items():
        monkeypatch.setenv(name, value)
    for loaded in ("campaign.settings.base", "campaign.settings.production", module_name):
        monkeypatch.delitem(sys.modules, loaded, raising=False)
    return importlib.import_module(module_name).INSTALLED_APPS


def test_production_goes_without_the_demo_app(monkeypatch):
    assert "demo" not in installed_apps_of("campaign.settings.production", monkeypatch)


def test_a_trial_site_adds_it_to_production(monkeypatch):
    trial = installed_apps_of("campaign.settings.trial", monkeypatch)
    assert trial[-1] == "demo"
    assert trial[:-1] == installed_apps_of("campaign.settings.production", monkeypatch)


def test_the_test_settings_install_it():
    assert apps.is_installed("demo")
