"""What every beacon from the site's pages checks first (A/B in messaging/, reach in reach/).

A beacon is a small POST sent by js/site.js: from this site's own pages (Sec-Fetch-Site or
Origin), with a JSON object of at most 1 kB. ``beacon_body`` answers the request's method,
origin and body; ``problem`` is the shape of every error answer ({"error": "…"}). Who is
counted at all is core/countable.py.
"""

import json

from django.http import JsonResponse

MAX_BODY_BYTES = 1024


def problem(status, message):
    return JsonResponse({"error": message}, status=status)


def same_site(request):
    """Beacons come from our own pages; a browser says so in Sec-Fetch-Site or Origin."""
    fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
    if fetch_site is not None:
        return fetch_site in ("same-origin", "same-site", "none")
    origin = request.META.get("HTTP_ORIGIN")
    if origin:
        return origin == f"{request.scheme}://{request.get_host()}"
    return True


def read_body(request):
    """The JSON object of the request ({} when empty), or an error response."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None, problem(400, "bad Content-Length")
    if length > MAX_BODY_BYTES:
        return None, problem(413, "body too large")
    body = request.read(MAX_BODY_BYTES + 1)
    if len(body) > MAX_BODY_BYTES:
        return None, problem(413, "body too large")
    if not body.strip():
        return {}, None
    content_type = request.META.get("CONTENT_TYPE", "").split(";")[0].strip()
    if content_type not in ("application/json", "text/plain", ""):
        return None, problem(415, "send JSON")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None, problem(400, "body is not JSON")
    if not isinstance(data, dict):
        return None, problem(400, "body must be a JSON object")
    return data, None


def not_post():
    response = problem(405, "use POST")
    response["Allow"] = "POST"
    return response


def from_another_site():
    return problem(403, "beacons come from this site's pages")


def beacon_body(request):
    """(the JSON object, None) of a POSTed beacon from this site, or (None, the 4xx answer): what every
    page-level beacon checks first (reach/api.py, messaging/guardrail_api.py)."""
    if request.method != "POST":
        return None, not_post()
    if not same_site(request):
        return None, from_another_site()
    return read_body(request)
