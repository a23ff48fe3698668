"""The beacons' addresses: served by the site (campaign/urls.py includes these) and, in production,
by a worker pool of their own (campaign/beacon_asgi.py, docs/deploy.md "The beacon pool").

Anything else asked of the beacon pool answers a small JSON 404: it serves no pages.
"""

from django.urls import path, re_path

from awareness.answers import answer_beacon
from core.beacons import problem
from messaging.api import beacon
from messaging.guardrail_api import guardrail_beacon
from reach.api import reach_beacon

urlpatterns = [
    # A/B beacons (messaging/api.py, docs/ab-testing.md).
    # Guardrails: quick exits and help-seeking per arm (messaging/guardrail_api.py); before the slug pattern.
    path("api/ab/guardrail", guardrail_beacon, name="ab_guardrail_beacon"),
    re_path(r"^api/ab/(?P<slug>[^/]{1,200})/(?P<kind>exposure|conversion)$", beacon, name="ab_beacon"),
    # Reach beacon (reach/api.py, docs/reach.md).
    path("api/reach", reach_beacon, name="reach_beacon"),
    # Awareness answers, from a question's form with or without JavaScript (awareness/answers.py).
    path("api/awareness", answer_beacon, name="awareness_answer"),
]


def not_a_beacon(request, exception=None):
    return problem(404, "not a beacon address")


def beacon_failed(request):
    # Never the site's HTML error page (nor a traceback): a beacon's sender reads no body.
    return problem(500, "not counted")


handler404 = "campaign.beacon_urls.not_a_beacon"
handler500 = "campaign.beacon_urls.beacon_failed"
