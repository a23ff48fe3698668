"""Workarounds for gaps in Wagtail and wagtail-modeltranslation, one module each.

Every module here says why it exists, which upstream issue it answers, which
versions it was tested with (checked at start-up by ``require_version``) and
when it can be deleted. Private (underscore) names of wagtail and
modeltranslation are used only in this package; tests/upstream/ checks that.
"""

from importlib import metadata

from django.core.exceptions import ImproperlyConfigured
from packaging.specifiers import SpecifierSet

__all__ = ["require_version"]


def require_version(distribution, tested_spec):
    """The installed version of ``distribution``; ImproperlyConfigured unless it is within ``tested_spec``.

    A workaround reaches into another package's internals, which change without
    notice between releases: on a version it was not tested with it must stop
    the site at start-up, not misroute pages later.
    """
    installed = metadata.version(distribution)
    if not SpecifierSet(tested_spec).contains(installed):
        raise ImproperlyConfigured(
            f"{distribution} {installed} is installed, but the workarounds in pages/upstream/ were tested with "
            f"{distribution} {tested_spec} only. Read each workaround module there (docs/development.md, "
            f'"Upstream workarounds"): delete it if the new release fixed the problem, or check it still '
            f"holds, run tests/upstream/ and tests/pages/, and widen the tested versions."
        )
    return installed
