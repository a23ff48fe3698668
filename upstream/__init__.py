"""Workarounds that reach into other packages' internals, one module each.

Every module here says why it exists, which upstream issue it answers, which
versions it was tested with (its ``TESTED``, checked at start-up by
``require_version``) and when it can be deleted. Private (underscore) names of
Wagtail, wagtail-modeltranslation, Django, django-csp, redis-py, django-allauth
and textstat are used only in this package; tests/upstream/ checks that.

This package sits below every app of the project and imports none of them: what
a workaround needs of the project (the languages, the request's state, a page's
children) is handed to its ``install()`` by the app that uses it.
"""

from importlib import metadata

from django.core.exceptions import ImproperlyConfigured
from packaging.specifiers import SpecifierSet

__all__ = ["require_tested_versions", "require_version"]


def require_version(distribution, tested_spec):
    """The installed version of ``distribution``; ImproperlyConfigured unless it is within ``tested_spec``.

    A workaround reaches into another package's internals, which change without
    notice between releases: on a version it was not tested with it must stop
    the site at start-up, not misroute pages later.
    """
    installed = metadata.version(distribution)
    if not SpecifierSet(tested_spec).contains(installed):
        raise ImproperlyConfigured(
            f"{distribution} {installed} is installed, but the workarounds in upstream/ were tested with "
            f"{distribution} {tested_spec} only. Read each workaround module there (docs/development.md, "
            f'"Upstream workarounds"): delete it if the new release fixed the problem, or check it still '
            f"holds, run tests/upstream/ and tests/pages/, and widen the tested versions."
        )
    return installed


def require_tested_versions(tested):
    """``require_version`` for every (distribution, tested spec) of a workaround's ``TESTED``."""
    for distribution, spec in tested.items():
        require_version(distribution, spec)
