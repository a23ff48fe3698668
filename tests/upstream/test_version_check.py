"""Every workaround stops the site at start-up on a release of its library it was not tested with."""

import importlib
import importlib.metadata

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.upstream.project_parts import modeltranslation_quirks_parts, routing_parts
from upstream import (
    csp_nonce,
    django_headers,
    empty_search,
    modeltranslation_quirks,
    redis_pool,
    related_in_memory,
    require_version,
    routing,
    textstat_import,
    wagtail_documents,
)

#: Every workaround module, with what its install() is handed of the project.
INSTALLED_WITH = {
    routing: routing_parts,
    modeltranslation_quirks: modeltranslation_quirks_parts,
    empty_search: dict,
    wagtail_documents: dict,
    django_headers: dict,
    csp_nonce: dict,
    redis_pool: dict,
    related_in_memory: dict,
}


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
    assert "upstream/" in message


@pytest.mark.parametrize("workaround", [routing, modeltranslation_quirks], ids=["routing", "modeltranslation_quirks"])
@pytest.mark.parametrize("distribution", ["wagtail", "wagtail-modeltranslation"])
def test_each_workaround_refuses_to_install_on_an_untested_release(monkeypatch, workaround, distribution):
    pretend_installed(monkeypatch, distribution, "99.0")
    with pytest.raises(ImproperlyConfigured, match=f"{distribution} 99.0 is installed"):
        workaround.install(**INSTALLED_WITH[workaround]())


@pytest.mark.parametrize(
    ("workaround", "distribution"),
    [
        (empty_search, "modelsearch"),
        (wagtail_documents, "wagtail"),
        (django_headers, "Django"),
        (csp_nonce, "django-csp"),
        (redis_pool, "Django"),
        (redis_pool, "redis"),
        (related_in_memory, "Django"),
        (related_in_memory, "django-modelcluster"),
    ],
    ids=lambda value: getattr(value, "__name__", value),
)
def test_each_library_workaround_refuses_to_install_on_an_untested_release(monkeypatch, workaround, distribution):
    assert distribution in workaround.TESTED
    pretend_installed(monkeypatch, distribution, "99.0")
    with pytest.raises(ImproperlyConfigured, match=f"{distribution} 99.0 is installed"):
        workaround.install(**INSTALLED_WITH[workaround]())


@pytest.mark.parametrize("version", ["0.7.4", "0.8.0", "0.7.2"])
def test_textstat_is_not_imported_on_an_untested_release(monkeypatch, version):
    # Checked as the module is imported, before the pkg_resources stand-in is lent to textstat.
    pretend_installed(monkeypatch, "textstat", version)
    with pytest.raises(ImproperlyConfigured, match=f"textstat {version} is installed"):
        importlib.reload(textstat_import)


def test_the_versions_installed_now_are_the_tested_ones():
    for workaround in (*INSTALLED_WITH, textstat_import):
        for distribution, spec in workaround.TESTED.items():
            require_version(distribution, spec)


def test_every_workaround_module_is_checked_here():
    import pkgutil

    import upstream

    modules = {info.name for info in pkgutil.iter_modules(upstream.__path__)}
    checked = {module.__name__.rsplit(".", 1)[1] for module in (*INSTALLED_WITH, textstat_import)}
    assert modules == checked, "a module of upstream/ without a version check here"
