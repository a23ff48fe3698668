"""Which running experiments a page shows: its manifest, worked out from the content before it renders.

The request's assignment (messaging/assignment.py) asks this once per rendered page, before the
template runs; the page cache keeps the answer with the page (core/page_cache.py). Where a slot
is placed comes from messaging/placement.py, kept per content version so a render reads none.
"""

from django.core.cache import cache
from django.utils import translation

from core import fragment_cache, page_cache

from .placement import placements_of_slot_id, shows
from .running import running_experiments

#: Where each slot of a running experiment is placed, kept per content version (any page, module
#: or experiment change bumps it, core/cache_invalidation.py), so a page render reads no placement.
PLACEMENTS_KEY = "messaging:placements"


def placements_by_slot(request, slot_ids):
    """slot id → its placements, from the cache of this content version (one round trip), the
    missing ones read from the database once and kept."""
    version = fragment_cache.content_version(request)
    keys = {f"{PLACEMENTS_KEY}:{version}:{slot_id}": slot_id for slot_id in slot_ids}
    found = {keys[key]: value for key, value in cache.get_many(list(keys)).items()} if keys else {}
    missing = {key: slot_id for key, slot_id in keys.items() if slot_id not in found}
    if missing:
        read = {key: placements_of_slot_id(slot_id) for key, slot_id in missing.items()}
        cache.set_many(read, page_cache.cache_seconds() + page_cache.stale_seconds())
        found.update({missing[key]: value for key, value in read.items()})
    return found


def experiments_on_page(request, page, audience=None):
    """The running experiments ``page`` shows on this audience view in the active language, from
    where their slots are placed (and each experiment's own languages and audiences, as
    running.experiment_for_slot), in slug order: the page's manifest; each with whether the page
    shows it in an audience module (inside its content parts): [(experiment, in_module)]."""
    language_code = translation.get_language()
    candidates = [
        experiment
        for experiment in running_experiments().values()
        if (not experiment["languages"] or language_code in experiment["languages"])
        and (not experiment["audiences"] or audience in experiment["audiences"])
    ]
    if not candidates or getattr(page, "pk", None) is None:
        return []
    placed = placements_by_slot(request, sorted({experiment["slot_id"] for experiment in candidates}))
    found = []
    for experiment in sorted(candidates, key=lambda experiment: experiment["slug"]):
        here = [
            placement
            for placement in placed[experiment["slot_id"]]
            if shows(placement, page.pk, audience, language_code)
        ]
        if here:
            found.append((experiment, any(placement.in_module for placement in here)))
    return found
