"""Where a message slot is shown: on which pages, for which audience views, in which languages.

A slot reaches a page in three ways (docs/ab-testing.md, step 3): as the hero message of a
campaign page (``CampaignPage.hero_message``: the overview and every audience view), as the
partner warning's message (``PartnerWarningPage.message``: its own address and its splash; never
its embed, which partners frame and which sets no cookie), or as a
*Message slot* block in an audience module (``AudienceModule.content_nl`` / ``content_en``)
that is placed on campaign or guidance pages. A module for one audience shows on that
audience's view of a campaign page; a module for everyone on every view; a guidance page shows
all its modules. Audience hubs repeat the modules of the pages placed for their audience.

Used for planning (the page views the experiment can reach, messaging/planning.py), for the
preview of each variant (messaging/preview.py) and for the experiments a page shows
(``experiments_on_page``: the manifest of the request's assignment, messaging/assignment.py),
worked out from the content before the page renders, never from what rendering did.
"""

from dataclasses import dataclass

from core import languages
from pages import audiences
from pages.models import (
    AudienceHubPage,
    AudienceModule,
    CampaignModule,
    CampaignPage,
    GuidanceModule,
    PartnerWarningPage,
)

# The slot's own module, not the models package: the experiment's lifecycle (in that package) asks
# shown_to_visitors() before a start.
from .models.slots import MessageSlot

SLOT_BLOCK = "message_slot"


@dataclass(frozen=True)
class Placement:
    """One page that shows the slot. ``audiences``: the audience views (``""`` is the campaign's
    overview) that show it, None for every view; ``languages``: None for every language;
    ``in_module``: shown by an audience module (inside the page's content parts, which the fragment
    cache keeps), not as the campaign's hero message (rendered with every page)."""

    page_id: int
    audiences: frozenset | None = None
    languages: frozenset | None = None
    in_module: bool = True


def slot_ids_in(module, language_code):
    """The ids of the message slots chosen in a module's content in one language (its own
    column, no fallback: an empty English column shows the Dutch content, handled by the caller)."""
    value = languages.own_value(module, "content", language_code)
    raw = getattr(value, "raw_data", None) or []
    found = []
    for block in raw:
        block_value = block.get("value") if isinstance(block, dict) else None
        if block.get("type") == SLOT_BLOCK and isinstance(block_value, dict) and block_value.get("message"):
            found.append(block_value["message"])
    return found


def module_languages(module, slot_id):
    """The site languages in which a module shows the slot; an empty column shows the default
    language's content, so it shows the slot wherever the default language does."""
    own = {code for code in languages.codes() if languages.has_own_value(module, "content", code)}
    shown = set()
    for code in languages.codes():
        source = code if code in own else languages.default()
        if slot_id in slot_ids_in(module, source):
            shown.add(code)
    return shown


def views_of(module):
    """The campaign audience views (``""`` is the overview) that show a module."""
    if audiences.EVERYONE in module.audiences:
        return None
    return frozenset(module.audiences)


def placements_of(slot):
    """Every live page that shows ``slot``, with the views and languages in which it does."""
    return placements_of_slot_id(slot.pk)


def placements_of_slot_id(slot_id):
    placements = [
        Placement(page_id, in_module=False)
        for page_id in CampaignPage.objects.live().filter(hero_message_id=slot_id).values_list("pk", flat=True)
    ]
    placements += [
        Placement(page_id, in_module=False)
        for page_id in PartnerWarningPage.objects.live().filter(message_id=slot_id).values_list("pk", flat=True)
    ]
    modules = {}
    for module in AudienceModule.objects.all():
        shown_in = module_languages(module, slot_id)
        if shown_in:
            modules[module.pk] = (module, frozenset(shown_in))
    if not modules:
        return placements
    every_language = frozenset(languages.codes())
    hub_audiences = {}
    for kind in (CampaignModule, GuidanceModule):
        rows = kind.objects.filter(module_id__in=modules, page__live=True).values_list("page_id", "module_id")
        for page_id, module_id in rows:
            module, shown_in = modules[module_id]
            views = views_of(module) if kind is CampaignModule else None
            placements.append(Placement(page_id, views, None if shown_in == every_language else shown_in))
            for tag in module.audiences:
                hub_audiences.setdefault(tag, set()).add(shown_in)
    for hub_id, hub_audience in AudienceHubPage.objects.live().values_list("pk", "audience"):
        for shown_in in hub_audiences.get(hub_audience, set()) | hub_audiences.get(audiences.EVERYONE, set()):
            placements.append(Placement(hub_id, None, None if shown_in == every_language else shown_in))
    return placements


def slots_on(page):
    """The message slots ``page`` shows (a draft being previewed included), each with the audience
    view that shows it (None: the page itself), in page order, each slot once."""
    wanted = []
    hero = getattr(page, "hero_message_id", None)
    if hero:
        wanted.append((hero, None))
    if isinstance(page, PartnerWarningPage) and page.message_id:
        wanted.append((page.message_id, None))
    placements = getattr(page, "module_placements", None)
    if placements is not None:
        modules = [placement.module for placement in placements.all()]
    elif hasattr(page, "gather"):
        modules = [entry["module"] for entry in page.gather()[0]]  # an audience hub: its pages' modules
    else:
        modules = []
    if modules:
        is_campaign = hasattr(page, "audience_url")
        for module in modules:
            view = None
            if is_campaign and audiences.EVERYONE not in module.audiences and module.audiences:
                view = module.audiences[0]
            for code in languages.codes():
                for slot_id in slot_ids_in(module, code):
                    wanted.append((slot_id, view))
    seen, ordered = set(), []
    for slot_id, view in wanted:
        if slot_id not in seen:
            seen.add(slot_id)
            ordered.append((slot_id, view))
    slots = MessageSlot.objects.filter(pk__in=seen, live=True).prefetch_related("variants").in_bulk()
    return [(slots[slot_id], view) for slot_id, view in ordered if slot_id in slots]


def shown_to_visitors(experiment):
    """Whether some live page shows the experiment's slot to the visitors it is for: in one of its
    languages and, when it is limited to audiences, on one of their campaign views. Starting an
    experiment nobody can see would only wait for visitors who never come."""
    wanted_languages = set(experiment.languages or languages.codes())
    campaign_ids = None
    for placement in placements_of(experiment.slot):
        if placement.languages is not None and not placement.languages & wanted_languages:
            continue
        if experiment.audiences:
            # "Only for audiences" applies on campaign audience views only (docs/ab-testing.md).
            if campaign_ids is None:
                campaign_ids = set(CampaignPage.objects.live().values_list("pk", flat=True))
            if placement.page_id not in campaign_ids:
                continue
            if placement.audiences is not None and not placement.audiences & set(experiment.audiences):
                continue
        return True
    return False


def shows(placement, page_id, audience, language_code):
    """Whether a placement puts its slot on this page, on this audience view (None: the page
    itself, or a campaign's overview), in this language."""
    if placement.page_id != page_id:
        return False
    if placement.languages is not None and language_code not in placement.languages:
        return False
    return placement.audiences is None or (audience or "") in placement.audiences
