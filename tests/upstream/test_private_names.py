"""Private (underscore) names of the libraries the site builds on are used only in upstream/.

Those names change without notice between releases; kept in the workaround
modules, an upgrade has one place to read (and their version checks to pass).
The libraries: Wagtail, wagtail-modeltranslation and django-modeltranslation,
Django, django-csp, redis-py, django-allauth and textstat, with the libraries
Wagtail's models and search stand on (modelcluster, treebeard, modelsearch).

The scan reads every product module with ``ast`` (the apps and campaign/; not
tests/, bench/, migrations or the virtualenv) and finds:

* ``from django… import _name`` (any of the libraries) and imports of underscore modules;
* ``module._name`` on a module or object imported from a library;
* ``anything._name`` where ``_name`` is a private member of a Wagtail model
  class (not one it inherits from Django, treebeard or modelcluster), or one of
  Wagtail's ``_wagtail…`` attributes (what it keeps on requests and pages);
* in a class that subclasses a library's class, ``self._name`` (or a method
  ``_name``) where ``_name`` is a private member of one of its library bases;
* ``anything._name``, and ``getattr(obj, "_name")`` and its kin, where
  ``_name`` is spelled in a library's own source and the product does not
  define it itself (its own methods and attributes); a response's
  ``headers._store`` or a request's ``_csp_nonce`` are found so;
* ``import textstat`` anywhere but upstream/textstat_import.py (it imports only
  with that module's stand-in for pkg_resources).

Django's ``_meta``, ``_default_manager`` and ``_base_manager`` are documented
API, not private.
"""

import ast
import functools
import importlib
import importlib.util
import inspect
import re
import textwrap
from pathlib import Path

import wagtail.models
from django.db import models
from modelcluster.models import ClusterableModel
from treebeard.mp_tree import MP_Node

ROOT = Path(__file__).resolve().parents[2]
#: distribution → its import packages
LIBRARIES = {
    "wagtail": ("wagtail",),
    "wagtail-modeltranslation": ("wagtail_modeltranslation",),
    "django-modeltranslation": ("modeltranslation",),
    "Django": ("django",),
    "django-csp": ("csp",),
    "redis": ("redis",),
    "django-allauth": ("allauth",),
    "textstat": ("textstat",),
    "django-modelcluster": ("modelcluster",),
    "django-treebeard": ("treebeard",),
    "modelsearch": ("modelsearch",),
}
UPSTREAM_PACKAGES = tuple(package for packages in LIBRARIES.values() for package in packages)
#: package → the one module allowed to import it (it needs a workaround to import at all)
IMPORTED_ONLY_BY = {"textstat": ROOT / "upstream" / "textstat_import.py"}
ALLOWED = ROOT / "upstream"
PRODUCT_DIRS = (
    "campaign",
    "core",
    "pages",
    "home",
    "reach",
    "messaging",
    "awareness",
    "editorial",
    "demo",
    "second_factor",
    "upstream",
)
SKIPPED_DIRS = {"tests", "migrations", "node_modules", "static_collected", "media"}
GETATTR_KIN = {"getattr", "setattr", "hasattr", "delattr"}


def is_private(name):
    return name.startswith("_") and not name.startswith("__")


def from_upstream(module):
    return module is not None and module.split(".")[0] in UPSTREAM_PACKAGES


# What every Django model has, Wagtail's too (Page._meta is Django's API, not Wagtail's).
INHERITED = set(dir(models.Model)) | set(dir(MP_Node)) | set(dir(ClusterableModel))
INHERITED |= {"_meta", "_default_manager", "_base_manager"}
DOCUMENTED = {"_meta", "_default_manager", "_base_manager"}


def private_model_members():
    """Underscore members of Wagtail's model classes that they do not inherit from Django and friends."""
    members = set()
    for _name, cls in inspect.getmembers(wagtail.models, inspect.isclass):
        if issubclass(cls, models.Model) and from_upstream(cls.__module__):
            members |= {name for name in dir(cls) if is_private(name)}
    return members - INHERITED


def product_modules():
    for directory in PRODUCT_DIRS:
        for path in sorted((ROOT / directory).rglob("*.py")):
            parts = path.relative_to(ROOT).parts
            if any(part.startswith(".") or part in SKIPPED_DIRS for part in parts[:-1]):
                continue
            yield path
    yield ROOT / "manage.py"


def private_name_of(node):
    """The private name an ``obj._name`` or a ``getattr(obj, "_name")`` node reaches for, or None."""
    if isinstance(node, ast.Attribute) and is_private(node.attr):
        return node.attr
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in GETATTR_KIN
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Constant)
        and isinstance(node.args[1].value, str)
        and is_private(node.args[1].value)
    ):
        return node.args[1].value
    return None


def defined_private_names(tree):
    """The private names a module defines itself: its functions and methods, and what it assigns
    to ``self``/``cls`` or at class or module level."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and is_private(node.name):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and is_private(node.id):
            names.add(node.id)
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.ctx, ast.Store)
            and isinstance(node.value, ast.Name)
            and node.value.id in ("self", "cls")
            and is_private(node.attr)
        ):
            names.add(node.attr)
    return names


@functools.cache
def product_private_names():
    """Every private name the product (outside upstream/) defines for itself."""
    names = set()
    for path in product_modules():
        if not path.is_relative_to(ALLOWED):
            names |= defined_private_names(ast.parse(path.read_text(encoding="utf-8")))
    return frozenset(names)


@functools.cache
def library_source_files():
    files = []
    for package in UPSTREAM_PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.origin is not None:
            base = Path(spec.origin).parent
            files += [path for path in base.rglob("*.py") if "tests" not in path.relative_to(base).parts]
    return files


@functools.cache
def library_private_words():
    """Every private-looking word (``_name``) spelled in the libraries' source files, read once."""
    word = re.compile(rb"\b_[A-Za-z]\w*")
    words = set()
    for path in library_source_files():
        words |= set(word.findall(path.read_bytes()))
    return frozenset(found.decode() for found in words)


def spelled_in_libraries(names):
    """Those of ``names`` that one of the libraries' source files spells."""
    return set(names) & library_private_words()


def imported_objects(tree):
    """name → (module, attribute or None) of every library import of the module."""
    bound = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if from_upstream(alias.name):
                    bound[(alias.asname or alias.name).split(".")[0]] = (alias.name, None)
        elif isinstance(node, ast.ImportFrom) and from_upstream(node.module):
            for alias in node.names:
                bound[alias.asname or alias.name] = (node.module, alias.name)
    return bound


def resolve(base, bound):
    """The library class a class statement's base expression names, or None."""
    dotted = []
    while isinstance(base, ast.Attribute):
        dotted.insert(0, base.attr)
        base = base.value
    if not isinstance(base, ast.Name) or base.id not in bound:
        return None
    module, attribute = bound[base.id]
    try:
        obj = importlib.import_module(module)
        for name in ([attribute] if attribute else []) + dotted:
            obj = getattr(obj, name)
    except (ImportError, AttributeError):
        return None
    return obj if inspect.isclass(obj) else None


@functools.cache
def private_members_of_class(cls):
    """Private members of one library class, read from its source: its methods, and the attributes
    it sets or reads (on itself or, through getattr, on others)."""
    members = {name for name in cls.__dict__ if is_private(name)}
    try:
        source = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):
        return frozenset(members)
    members |= {name for node in ast.walk(source) if (name := private_name_of(node))}
    members |= defined_private_names(source)
    return frozenset(members)


def library_base_members(cls_node, bound):
    """Private members of the library classes ``cls_node`` derives from (all of their MRO that is a library's)."""
    members = set()
    for base in cls_node.bases:
        cls = resolve(base, bound)
        for ancestor in inspect.getmro(cls) if cls is not None else ():
            if from_upstream(ancestor.__module__):
                members |= private_members_of_class(ancestor)
    return members - DOCUMENTED


def private_uses(tree, members, *, own_names=frozenset()):
    """(line, what) of every private upstream name the module uses (``own_names``: private names the
    product defines itself, which a library may happen to spell too)."""
    upstream_names = set()  # names bound to an upstream module or object by an import
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if from_upstream(alias.name):
                    upstream_names.add((alias.asname or alias.name).split(".")[0])
                    if any(is_private(part) for part in alias.name.split(".")):
                        found[id(alias)] = (node.lineno, f"import {alias.name}")
                    top = alias.name.split(".")[0]
                    if top in IMPORTED_ONLY_BY:
                        found[id(alias)] = (
                            node.lineno,
                            f"import {alias.name} (only through {IMPORTED_ONLY_BY[top].name})",
                        )
        elif isinstance(node, ast.ImportFrom) and from_upstream(node.module):
            if any(is_private(part) for part in node.module.split(".")):
                found[id(node)] = (node.lineno, f"from {node.module} import …")
            elif node.module.split(".")[0] in IMPORTED_ONLY_BY:
                only = IMPORTED_ONLY_BY[node.module.split(".")[0]].name
                found[id(node)] = (node.lineno, f"from {node.module} import … (only through {only})")
            for alias in node.names:
                upstream_names.add(alias.asname or alias.name)
                if is_private(alias.name):
                    found[id(alias)] = (node.lineno, f"from {node.module} import {alias.name}")
    bound = imported_objects(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            inherited = library_base_members(node, bound)
            for inner in ast.walk(node):
                name = inner.name if isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)) else None
                name = name if name is not None and is_private(name) else private_name_of(inner)
                if name in inherited:
                    found.setdefault(id(inner), (inner.lineno, f"….{name}"))
    unknown = {}  # private names used that the product does not define: spelled by a library?
    for node in ast.walk(tree):
        name = private_name_of(node)
        if name is None:
            continue
        if isinstance(node, ast.Attribute):
            on_upstream = isinstance(node.value, ast.Name) and node.value.id in upstream_names
            on_upstream = on_upstream and name not in INHERITED
            if on_upstream or name in members or name.startswith("_wagtail"):
                found.setdefault(id(node), (node.lineno, f"….{name}"))
                continue
        if name not in own_names and name not in DOCUMENTED:
            unknown.setdefault(name, []).append(node)
    for name in spelled_in_libraries(set(unknown)):
        for node in unknown[name]:
            found.setdefault(id(node), (node.lineno, f"….{name}"))
    return sorted(found.values())


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


def test_the_scan_finds_the_private_names_of_every_other_library():
    source = """
import textstat
from csp.middleware import CSPMiddleware
from django.core.cache.backends.redis import RedisCacheClient
from allauth.account.adapter import DefaultAccountAdapter
from redis import Redis

class Client(RedisCacheClient):
    def get_client(self, key=None, *, write=False):
        return self._client(connection_pool=self._get_connection_pool(write))

class Middleware(CSPMiddleware):
    def process_response(self, request, response):
        self._csp_nonce_post_response, self._own_attribute
        return getattr(request, "_csp_nonce", None)

class Adapter(DefaultAccountAdapter):
    def _own_helper(self):
        return self._own_attribute

response.headers._store
response._csp_replace = {}
Redis(host="redis")._own_attribute
"""
    found = [what for _line, what in private_uses(ast.parse(source), private_model_members())]
    assert found == [
        "import textstat (only through textstat_import.py)",
        "…._client",
        "…._get_connection_pool",
        "…._csp_nonce_post_response",
        "…._csp_nonce",
        "…._store",
        "…._csp_replace",
    ]


def test_a_name_the_product_defines_itself_is_its_own_even_when_a_library_spells_it_too():
    source = "self._lock()\nobject._lock"
    assert spelled_in_libraries({"_lock"}) == {"_lock"}  # Django and redis-py have one of their own
    assert private_uses(ast.parse(source), set(), own_names=frozenset({"_lock"})) == []


def test_no_product_module_outside_upstream_uses_a_private_upstream_name():
    members = private_model_members()
    assert "_get_site_root_paths" in members  # the scan knows the names it looks for
    own = product_private_names()
    offences = []
    scanned = set()
    for path in product_modules():
        if path.is_relative_to(ALLOWED):
            continue
        scanned.add(path.relative_to(ROOT).parts[0])
        for line, what in private_uses(ast.parse(path.read_text(encoding="utf-8")), members, own_names=own):
            offences.append(f"{path.relative_to(ROOT)}:{line}: {what}")
    assert scanned >= set(PRODUCT_DIRS) - {"upstream"}, "the scan missed a part of the product"
    assert offences == [], "private names of a library outside upstream/:\n" + "\n".join(offences)


def test_the_workarounds_themselves_are_scanned_and_do_use_private_names():
    members = private_model_members()
    own = product_private_names()
    uses = {
        path.name: private_uses(ast.parse(path.read_text(encoding="utf-8")), members, own_names=own)
        for path in ALLOWED.glob("*.py")
    }
    assert any(uses.values()), "upstream/ holds no private use: is this test still pointed at the right folder?"
    new = ("django_headers.py", "csp_nonce.py", "redis_pool.py", "wagtail_documents.py", "related_in_memory.py")
    for module in new:
        assert uses[module], f"upstream/{module} holds no private use the scan can see"


def test_every_product_folder_is_scanned():
    folders = {
        path.name
        for path in ROOT.iterdir()
        if path.is_dir() and (path / "__init__.py").exists() and path.name not in {"tests", "bench"}
    }
    assert folders == set(PRODUCT_DIRS), "a new product package: add it to PRODUCT_DIRS"
