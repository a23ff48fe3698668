"""Reading demo/data/: YAML files, HTML side files and help-number placeholders.

Texts mention a help number as ``[[<service key>.<field>]]`` (``[[kindertelefoon.phone]]``), so a number is
written once, in help_services.yaml. In rich text (Wagtail's database HTML, which always starts with a tag) the
placeholder becomes a reference to the service, ``<embed embedtype="help-service" ref="service:<key>"
detail="phone"/>``: the loader gives it the service's id (fields.py) and the site shows the number the help
directory has at that moment (pages/help_in_text.py), so an editor's change there reaches every body text. In
plain text (a lesson phase, a PDF, a description) it is the number itself, as help_services.yaml has it.
``{include: "<path>.html"}`` stands for a long text in demo/data/html/ (rich text); its line breaks are there for
reading and are removed. Bad data fails with the file's name.
"""

import functools
import re
from pathlib import Path

import yaml
from django.core.exceptions import FieldDoesNotExist, ValidationError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
HTML_DIR = DATA_DIR / "html"
HELP_SERVICES = "help_services.yaml"
# libyaml's parser where PyYAML's wheel has it (ten times faster), the pure-Python one otherwise.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PLACEHOLDER = re.compile(r"\[\[([\w-]+)\.(\w+)\]\]")
#: The placeholder's field and the detail a rich-text reference names (pages/help_in_text.py DETAILS).
REFERENCE_DETAILS = {
    "phone": "phone",
    "phone_2": "phone_2",
    "chat_url": "chat",
    "website_url": "website",
    "opening_hours": "hours",
}


class DemoDataError(ValueError):
    """Demo data that cannot be loaded; the message names the file."""


#: What bad data raises while it is turned into model objects; the loaders add the file's name.
DATA_ERRORS = (LookupError, TypeError, ValueError, ValidationError, FieldDoesNotExist)


def load_yaml(name):
    path = DATA_DIR / name
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise DemoDataError(f"demo/data/{name}: {exc}") from exc


@functools.cache
def help_details():
    """{service key: its data as written in help_services.yaml}."""
    return {service["key"]: service for service in load_yaml(HELP_SERVICES)["help_services"]}


def is_rich_text(text):
    """Wagtail's database HTML is a row of block elements (<p>, <h2>, <ul>…); a plain text never starts with a tag."""
    return text.lstrip().startswith("<")


def help_reference(key, field):
    return f'<embed embedtype="help-service" ref="service:{key}" detail="{REFERENCE_DETAILS[field]}"/>'


def fill(text, source, rich=None):
    """Placeholders filled: references in rich text, the values themselves in plain text."""
    rich = is_rich_text(text) if rich is None else rich

    def detail(match):
        key, field = match.groups()
        try:
            value = help_details()[key][field]
        except KeyError:
            raise DemoDataError(f"{source}: no help detail {match.group(0)} in {HELP_SERVICES}") from None
        if not value:
            raise DemoDataError(f"{source}: {match.group(0)} is empty in {HELP_SERVICES}")
        if rich and field in REFERENCE_DETAILS:
            return help_reference(key, field)
        return str(value)

    return PLACEHOLDER.sub(detail, text)


def include(name, source):
    path = HTML_DIR / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DemoDataError(f"{source}: cannot include {name}: {exc}") from exc
    return text.replace("\n", "")


def expand(value, source):
    """Includes read and placeholders filled, everywhere in a file's data."""
    if isinstance(value, str):
        return fill(value, source)
    if isinstance(value, list):
        return [expand(item, source) for item in value]
    if isinstance(value, dict):
        if set(value) == {"include"}:
            name = value["include"]
            return fill(include(name, source), f"demo/data/html/{name}", rich=True)
        return {key: expand(item, source) for key, item in value.items()}
    return value


def read(name):
    """One data file (a path under demo/data/), expanded."""
    return expand(load_yaml(name), f"demo/data/{name}")


def data_files():
    """Every YAML file under demo/data/, as names relative to it."""
    return sorted(str(path.relative_to(DATA_DIR)) for path in DATA_DIR.rglob("*.yaml"))
