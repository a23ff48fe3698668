"""What a workaround's install() is handed of the project, as pages/apps.py hands it
(upstream/ imports no project code)."""

from core import languages
from core.request_state import state_of
from pages.models.routing import children_of


def routing_parts():
    return {"language_codes": languages.codes, "state_of": state_of, "children_of": children_of}


def modeltranslation_quirks_parts():
    return {"state_of": state_of}
