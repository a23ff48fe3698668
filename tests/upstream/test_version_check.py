"""The workarounds stop the site at start-up on a Wagtail or wagtail-modeltranslation they were not tested with."""

import importlib.metadata

import pytest
from django.core.exceptions import ImproperlyConfigured

from pages.upstream import empty_search, modeltranslation_quirks, require_version, routing


def pretend_installed(monkeypatch, distribution, version):
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda name: version if name == distribution else real(name))


def test_a_tested_version_passes_and_is_returned(monkeypatch):
    pretend_installed(monkeypatch, "wagtail", "8.0.4")
    assert require_version("wagtail", ">=8.0,<8.1") == "8.0.4"


@pytest.mark.parametrize("version", ["9.0", "8.1", "8.1rc1", "7.3"])
def test_an_untested_version_names_the_package_and_both_versions(monkeypatch, version):
    pretend_installed(monkeypatch, "wagtail", version)
    with pytest.raises(ImproperlyConfigured) as refused:
        require_version("wagtail", ">=8.0,<8.1")
    message = str(refused.value)
    assert f"wagtail {version} is installed" in message
    assert ">=8.0,<8.1" in message
    assert "pages/upstream/" in message


@pytest.mark.parametrize("workaround", [routing, modeltranslation_quirks], ids=["routing", "modeltranslation_quirks"])
@pytest.mark.parametrize("distribution", ["wagtail", "wagtail-modeltranslation"])
def test_each_workaround_refuses_to_install_on_an_untested_release(monkeypatch, workaround, distribution):
    pretend_installed(monkeypatch, distribution, "99.0")
    with pytest.raises(ImproperlyConfigured, match=f"{distribution} 99.0 is installed"):
        workaround.install()


def test_the_versions_installed_now_are_the_tested_ones():
    for workaround in (routing, modeltranslation_quirks, empty_search):
        for distribution, spec in workaround.TESTED.items():
            require_version(distribution, spec)
