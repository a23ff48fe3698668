"""Workaround: textstat 0.7.3 imports pkg_resources, which setuptools no longer ships.

Why: textstat 0.7.3 is the last release that counts syllables with pyphen in every
language (later ones use the CMU dictionary for English, which moves English scores by
about 10 points, or need an NLTK download at run time, impossible here). It imports
pkg_resources for one function, resource_stream(), to read its easy-word lists. Only
setuptools up to 81 ships pkg_resources, and those releases have published
vulnerabilities (docs/development.md, "Dependencies"). So while textstat is imported it
gets this stand-in, built on the standard library; nothing else sees it.

Import textstat from here (``from upstream.textstat_import import textstat``), never directly:
tests/upstream/test_private_names.py checks that. The version is checked on import, before the
stand-in is lent. Delete this module when textstat is upgraded (and the readability reference test,
tests/editorial/test_readability_reference.py, still passes) or replaced.
"""

import importlib.resources
import sys
import types

from . import require_tested_versions

TESTED = {"textstat": "==0.7.3"}

require_tested_versions(TESTED)


def _resource_stream(package, name):
    return importlib.resources.files(package).joinpath(name).open("rb")


_stand_in = types.ModuleType("pkg_resources")
_stand_in.resource_stream = _resource_stream
_before = sys.modules.get("pkg_resources")
sys.modules["pkg_resources"] = _stand_in
try:
    import textstat  # noqa: E402  (needs the stand-in above)
finally:
    if _before is None:
        del sys.modules["pkg_resources"]
    else:
        sys.modules["pkg_resources"] = _before

__all__ = ["textstat"]
