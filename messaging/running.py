"""The running experiments, as plain data, cached for every request to share.

Rendering a slot and answering a beacon both need the running experiments'
salt, arms, weights, goals and scope. They are read in one query and kept in
the cache until an experiment or slot changes (messaging/signals.py).
"""

from django.core.cache import cache
from django.utils import timezone

from .models import Experiment

CACHE_KEY = "messaging:running"
CACHE_SECONDS = 300


def _load():
    today = timezone.localdate()
    experiments = {}
    for experiment in (
        Experiment.objects.filter(phase="running").select_related("slot").prefetch_related("slot__variants")
    ):
        if not experiment.is_active(today):
            continue
        keys = experiment.arm_keys()
        try:
            weights = experiment.weight_list()
        except ValueError:
            continue
        if len(weights) != len(keys):
            continue
        experiments[experiment.slug] = {
            "id": experiment.pk,
            "slug": experiment.slug,
            "slot_id": experiment.slot_id,
            "salt": experiment.salt,
            "keys": keys,
            "weights": weights,
            # What the conversion beacon counts; an awareness main goal counts answers instead.
            "goals": experiment.beacon_goals(),
            "answer_goal": experiment.primary_goal if experiment.measures_awareness else None,
            "goal_question_id": experiment.goal_question_id if experiment.measures_awareness else None,
            "goal_page_id": experiment.goal_page_id,
            "goal_document_id": experiment.goal_document_id,
            "languages": list(experiment.languages),
            "audiences": list(experiment.audiences),
        }
    return experiments


def running_experiments():
    """{slug: data} of the experiments assigning visitors today."""
    experiments = cache.get(CACHE_KEY)
    if experiments is None:
        experiments = _load()
        # Kept for five minutes at most, so a first or last day takes effect within that time.
        cache.set(CACHE_KEY, experiments, CACHE_SECONDS)
    return experiments


def running_experiment(slug):
    return running_experiments().get(slug)


def experiment_for_slot(slot_id, language_code, audience=None):
    for data in running_experiments().values():
        if data["slot_id"] != slot_id:
            continue
        if data["languages"] and language_code not in data["languages"]:
            continue
        if data["audiences"] and audience not in data["audiences"]:
            continue
        return data
    return None


def forget():
    cache.delete(CACHE_KEY)
