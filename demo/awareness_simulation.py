"""Made-up answers to the demo's awareness questions, sent through the real answer beacon
(`manage.py simulate_awareness_answers`), so the dashboard shows something on a fresh `make run`.

Each simulated visitor is a browser with a visitor cookie the site signed, on one audience view of
the "echt of nep" campaign, in Dutch or English. For each question that view shows, site.js's
"shown" is posted (most browsers run JavaScript), and some answer, by the form or as JSON, exactly
as a browser would: the beacon decides what counts, in which before/after half (from the cookie),
and keeps one answer per visitor and day. Each visitor's page view goes through the reach beacon
too, so the campaign effect report has its reach. A parent whose browser runs site.js is also counted as
having seen the message above the question (the exposure beacon of the demo's knowledge experiment,
"ouders-weten-het"), so its results page has answers per arm. Only the day is simulated: Django's
``timezone.localdate``, which both beacons count on, answers each day of the period in turn, in
this command's process only. Every address is from the documentation ranges (RFC 5737).

The true levels are made up too, so the dashboard has something to find: the question that compares
before and after its message has a true lift of 12 points. The questions are marked
``answers_simulated``: the dashboard says the figures are demo data.
"""

import random
from contextlib import contextmanager
from datetime import timedelta
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.test import Client
from django.utils import timezone

from awareness.halves import manifest_entry
from awareness.models import AnswerCount, AwarenessQuestion
from messaging.assignment import arm_for, issue_visitor_id, signed_visitor_cookie
from messaging.models import Experiment
from messaging.running import running_experiment
from pages.models import CampaignPage

CAMPAIGN_SLUG = "echt-of-nep"
#: (share of visitors, audience view)
VIEWS = [(0.4, "parents"), (0.4, "young-people"), (0.2, "schools")]
LANGUAGES = [(0.85, "nl"), (0.15, "en")]
SHOWN_SHARE = 0.92  # browsers that run site.js
ANSWER_SHARE = 0.4  # of those shown a question
#: What a simulated visitor answers: the chance of the right answer (knowledge), before and after the
#: message for a comparing question; or the chances of points 1–5 (attitude).
RIGHT = {"ai-image": (0.52, 0.64), "offline": (0.45, 0.45)}
#: The demo's message experiment with a knowledge goal (demo/data/messages.yaml): its question, and how
#: many more visitors in each arm know the right answer after reading that arm's message (made up).
EXPERIMENT = "ouders-weten-het"
EXPERIMENT_QUESTION = "ai-image"
ARM_LIFT = {"a": 0.0, "b": 0.10}
AGREEMENT = {"young-people": [0.08, 0.14, 0.22, 0.34, 0.22], "schools": [0.03, 0.07, 0.15, 0.40, 0.35]}
#: The demo's questions by name (demo/data/awareness.yaml) and the audience views that show them.
QUESTIONS = {
    "Kennis: een AI-naaktbeeld van een kind is strafbaar": ("ai-image", {"parents"}),
    "Kennis: beelden kunnen offline": ("offline", {"young-people"}),
    "Houding: een nepbeeld delen is net zo schadelijk": ("attitude", {"young-people", "schools"}),
}
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0 (simulated visitor {number})"


class NothingToSimulate(Exception):
    """The demo's campaign or questions are not there (the message says which)."""


def _pick(rng, weighted):
    point, total = rng.random(), 0.0
    for weight, value in weighted:
        total += weight
        if point < total:
            return value
    return weighted[-1][1]


@contextmanager
def counting_on(day):
    """The beacons count on ``day``: django.utils.timezone.localdate answers it (this process only)."""
    original = timezone.localdate
    timezone.localdate = lambda *args, **kwargs: day
    try:
        yield
    finally:
        timezone.localdate = original


def simulate(days=42, visitors_per_day=40, seed=0, say=print, reach_views=True):
    """Sends the answers of ``visitors_per_day`` made-up visitors on each of the last ``days`` days;
    returns the number of answers counted. ``reach_views``: False sends no page views (a test whose
    site other tests read reach from)."""
    campaign = CampaignPage.objects.live().filter(slug_nl=CAMPAIGN_SLUG).first()
    if campaign is None:
        raise NothingToSimulate(f"No live campaign {CAMPAIGN_SLUG!r}: load the demo content first (make demo).")
    questions = {
        question.name: question for question in AwarenessQuestion.objects.filter(name__in=QUESTIONS, live=True)
    }
    if not questions:
        raise NothingToSimulate("The demo's awareness questions are not there: load the demo content first.")
    rng = random.Random(seed)
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    today, number = timezone.localdate(), 0  # before any day is simulated
    before = AnswerCount.objects.count()
    for offset in range(days - 1, -1, -1):
        day = today - timedelta(days=offset)
        with counting_on(day):
            for _ in range(visitors_per_day):
                number += 1
                _visit(rng, number, host, campaign, questions, reach_views)
    AwarenessQuestion.objects.filter(pk__in=[question.pk for question in questions.values()]).update(
        answers_simulated=True
    )
    # The demo's knowledge experiment ran over the simulated days: its start says so (the lead's Start
    # button set it to the moment the demo was loaded).
    Experiment.objects.filter(slug=EXPERIMENT, phase="running").update(
        started_at=timezone.now() - timedelta(days=days - 1)
    )
    counted = AnswerCount.objects.count() - before
    say(f"Simulated {number} visitors over {days} days: {counted} new answer rows.")
    return counted


def _visit(rng, number, host, campaign, questions, reach_views):
    audience, language = _pick(rng, VIEWS), _pick(rng, LANGUAGES)
    visitor_id = issue_visitor_id()
    client = Client(
        HTTP_HOST=host,
        HTTP_USER_AGENT=BROWSER.format(number=number),
        HTTP_SEC_FETCH_SITE="same-origin",
        REMOTE_ADDR=f"203.0.113.{number % 254 + 1}",
    )
    client.cookies["vib_visitor"] = signed_visitor_cookie(visitor_id)
    if reach_views:
        view = {"page": campaign.pk, "event": "view", "audience": audience, "language": language}
        client.post("/api/reach", view, content_type="application/json")
    for name, question in questions.items():
        role, views = QUESTIONS[name]
        if audience not in views:
            continue
        body = {"question": question.pk, "page": campaign.pk, "audience": audience, "language": language}
        runs_javascript = rng.random() < SHOWN_SHARE
        arm = None
        if runs_javascript:
            client.post("/api/awareness", {**body, "event": "shown"}, content_type="application/json")
            if role == EXPERIMENT_QUESTION:
                arm = _exposed_arm(client, visitor_id, language)
        if rng.random() >= ANSWER_SHARE:
            continue
        option = _answer(rng, role, question, visitor_id, audience, arm)
        if runs_javascript:
            client.post("/api/awareness", {**body, "option": option}, content_type="application/json")
        else:
            form = urlencode({**body, "option": option, "back": "/"})  # as a browser posts it without JavaScript
            client.post("/api/awareness", form, content_type="application/x-www-form-urlencoded")


def _exposed_arm(client, visitor_id, language):
    """site.js's exposure beacon for the demo's experiment on the message above the question; the arm
    the page showed (the server works out the same from the cookie), or None when it does not run."""
    experiment = running_experiment(EXPERIMENT)
    if experiment is None:
        return None
    response = client.post(f"/api/ab/{EXPERIMENT}/exposure", {"language": language}, content_type="application/json")
    if response.status_code != 204:
        return None
    return arm_for(visitor_id, experiment["salt"], experiment["keys"], experiment["weights"])


def _answer(rng, role, question, visitor_id, audience, arm=None):
    if role == "attitude":
        return str(1 + _pick(rng, list(zip(AGREEMENT.get(audience, AGREEMENT["young-people"]), range(5), strict=True))))
    chances = RIGHT[role]
    chance = chances[0]
    if question.compare_before_after:
        _slug, salt, keys, weights = manifest_entry(question.pk)
        after = arm_for(visitor_id, salt, keys, weights) == "after"
        # Asked after the message, the visitor has read it: the arm's message makes its difference.
        chance = chances[1] + ARM_LIFT.get(arm, 0.0) if after else chances[0]
    wrong = [key for key in question.answer_keys() if key != question.right_answer]
    return question.right_answer if rng.random() < chance else rng.choice(wrong)
