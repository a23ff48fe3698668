"""Accessibility hints while writing, for what an automatic page check finds too late.

Wagtail's own checker (the accessibility item in the userbar, kept on and
extended in wagtail_hooks.py) looks at the rendered page. These hints look at
the rich text while it is being written, from the Draftail editor's content:
- link texts that say nothing out of context ("klik hier", "lees meer", "click here");
- headings that skip a level (h2 → h4) or start below h2 (the page title is the h1).
"""

import json
import re

from django.utils.translation import gettext as _

from core import languages

VAGUE_LINK_TEXTS = {
    "nl": {
        "klik hier",
        "hier",
        "klik",
        "lees meer",
        "meer",
        "meer info",
        "meer informatie",
        "link",
        "deze link",
        "deze pagina",
        "ga naar",
        "bekijk",
    },
    "en": {
        "click here",
        "here",
        "click",
        "read more",
        "more",
        "more info",
        "more information",
        "link",
        "this link",
        "this page",
        "go",
        "see",
    },
}
HEADING_LEVELS = {
    "header-one": 1,
    "header-two": 2,
    "header-three": 3,
    "header-four": 4,
    "header-five": 5,
    "header-six": 6,
}


def contentstate(value):
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("blocks"), list):
        return None
    return data


def link_texts(state):
    """(text, address) of every link in one Draftail content state."""
    entities = state.get("entityMap") or {}
    found = []
    for block in state["blocks"]:
        text = block.get("text") or ""
        for entity_range in block.get("entityRanges") or []:
            entity = entities.get(str(entity_range.get("key"))) or {}
            if entity.get("type") not in {"LINK", "DOCUMENT"}:
                continue
            start, length = entity_range.get("offset", 0), entity_range.get("length", 0)
            found.append(text[start : start + length].strip())
    return found


def hints(fields, language):
    """Advice for the rich-text fields of one language: {field name: [hint, ...]}.

    ``fields`` maps an input name (e.g. "body_nl-0-value") to its Draftail JSON, in form order.
    """
    vague = VAGUE_LINK_TEXTS.get(language, set())
    result = {}
    previous_level = 1  # the page title
    for name, value in fields.items():
        state = contentstate(value)
        if state is None:
            continue
        field = re.sub(rf"_({'|'.join(map(re.escape, languages.codes()))})(-.*)?$", "", name)
        messages = result.setdefault(field, [])
        for text in link_texts(state):
            if text.lower().strip(" .:!?»›→") in vague:
                messages.append(
                    _(
                        "The link text “%(text)s” says nothing on its own: name where the link goes, "
                        "for example “the help page of Helpwanted”."
                    )
                    % {"text": text}
                )
        for block in state["blocks"]:
            level = HEADING_LEVELS.get(block.get("type"))
            if level is None:
                continue
            if level > previous_level + 1:
                messages.append(
                    _(
                        "The heading “%(text)s” skips a level (h%(previous)s → h%(level)s): screen reader "
                        "users use headings as a table of contents."
                    )
                    % {"text": (block.get("text") or "")[:60], "previous": previous_level, "level": level}
                )
            previous_level = level
        if not messages:
            del result[field]
    return result
