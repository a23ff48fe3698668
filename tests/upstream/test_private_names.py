"""Private (underscore) names of Wagtail and modeltranslation are used only in pages/upstream/.

Those names change without notice between releases; kept in the workaround
modules, an upgrade has one place to read (and their version checks to pass).
The scan reads every product module with ``ast`` (not tests/, not migrations,
not the virtualenv) and finds:

* ``from wagtail… import _name`` and imports of underscore modules;
* ``module._name`` on a module or object imported from those packages;
* ``anything._name`` where ``_name`` is a private member of a Wagtail model
  class (not one it inherits from Django, treebeard or modelcluster), or one of
  Wagtail's ``_wagtail…`` attributes (what it keeps on requests and pages).
"""

import ast
import inspect
from pathlib import Path

import wagtail.models
from django.db import models
from modelcluster.models import ClusterableModel
from treebeard.mp_tree import MP_Node

ROOT = Path(__file__).resolve().parents[2]
UPSTREAM_PACKAGES = ("wagtail", "modeltranslation", "wagtail_modeltranslation")
ALLOWED = ROOT / "pages" / "upstream"
SKIPPED_DIRS = {"tests", "migrations", "node_modules", "static_collected", "media"}


def is_private(name):
    return name.startswith("_") and not name.startswith("__")


def from_upstream(module):
    return module is not None and module.split(".")[0] in UPSTREAM_PACKAGES


# What every Django model has, Wagtail's too (Page._meta is Django's API, not Wagtail's).
INHERITED = set(dir(models.Model)) | set(dir(MP_Node)) | set(dir(ClusterableModel))
INHERITED |= {"_meta", "_default_manager", "_base_manager"}


def private_model_members():
    """Underscore members of Wagtail's model classes that they do not inherit from Django and friends."""
    members = set()
    for _name, cls in inspect.getmembers(wagtail.models, inspect.isclass):
        if issubclass(cls, models.Model) and from_upstream(cls.__module__):
            members |= {name for name in dir(cls) if is_private(name)}
    return members - INHERITED


def product_modules():
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if any(part.startswith(".") or part in SKIPPED_DIRS for part in parts[:-1]):
            continue
        yield path


def private_uses(tree, members):
    """(line, what) of every private upstream name the module uses."""
    upstream_names = set()  # names bound to an upstream module or object by an import
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if from_upstream(alias.name):
                    upstream_names.add((alias.asname or alias.name).split(".")[0])
                    if any(is_private(part) for part in alias.name.split(".")):
                        found.append((node.lineno, f"import {alias.name}"))
        elif isinstance(node, ast.ImportFrom) and from_upstream(node.module):
            if any(is_private(part) for part in node.module.split(".")):
                found.append((node.lineno, f"from {node.module} import …"))
            for alias in node.names:
                upstream_names.add(alias.asname or alias.name)
                if is_private(alias.name):
                    found.append((node.lineno, f"from {node.module} import {alias.name}"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and is_private(node.attr):
            on_upstream = isinstance(node.value, ast.Name) and node.value.id in upstream_names
            on_upstream = on_upstream and node.attr not in INHERITED
            if on_upstream or node.attr in members or node.attr.startswith("_wagtail"):
                found.append((node.lineno, f"….{node.attr}"))
    return sorted(found)


def test_the_scan_finds_each_kind_of_private_use():
    source = """
from wagtail.models import Page, _private_helper
import wagtail._internal
from wagtail_modeltranslation import patch_wagtailadmin
patch_wagtailadmin._new_route
page._get_site_root_paths(request)
request._wagtail_cached_site_root_paths = []
Page._meta, page._default_manager, self._audience_suffix
"""
    found = [what for _line, what in private_uses(ast.parse(source), private_model_members())]
    assert found == [
        "from wagtail.models import _private_helper",
        "import wagtail._internal",
        "…._new_route",
        "…._get_site_root_paths",
        "…._wagtail_cached_site_root_paths",
    ]


def test_no_product_module_outside_pages_upstream_uses_a_private_upstream_name():
    members = private_model_members()
    assert "_get_site_root_paths" in members  # the scan knows the names it looks for
    offences = []
    scanned = 0
    for path in product_modules():
        if path.is_relative_to(ALLOWED):
            continue
        scanned += 1
        for line, what in private_uses(ast.parse(path.read_text(encoding="utf-8")), members):
            offences.append(f"{path.relative_to(ROOT)}:{line}: {what}")
    assert scanned > 50, "the scan found too few modules to be reading the project"
    assert offences == [], "private Wagtail/modeltranslation names outside pages/upstream/:\n" + "\n".join(offences)


def test_the_workarounds_themselves_are_scanned_and_do_use_private_names():
    members = private_model_members()
    uses = [private_uses(ast.parse(path.read_text(encoding="utf-8")), members) for path in ALLOWED.glob("*.py")]
    assert any(uses), "pages/upstream/ holds no private use: is this test still pointed at the right folder?"
