"""Every public response tells the browser to run only this site's scripts, never to be framed,
never to sniff types, to send little referrer information and to keep camera and microphone off."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

from tests.operations.production import PRODUCTION_ENV

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("public_site")]
ROOT = Path(__file__).resolve().parents[2]

PUBLIC_PAGES = [
    "/nl/",
    "/en/",
    "/nl/campagnes/echt-of-nep/",
    "/nl/campagnes/echt-of-nep/ouders/",
    "/nl/campagnes/denk-na-voor-je-deelt/",
    "/en/guidance/",
    "/nl/hulp/",
    "/nl/lesmateriaal/?niveau=vo",
    "/nl/zoeken/?q=deepfake",
    "/nl/bestaat-niet/",
]


def policy(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_allow_only_this_sites_scripts_and_cannot_be_framed(client, path):
    response = client.get(path)
    assert response.status_code == (404 if "bestaat-niet" in path else 200)
    csp = policy(response)
    assert csp["script-src"] == ["'self'"], "no inline script, no other host"
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["default-src"] == ["'self'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "microphone=()" in response["Permissions-Policy"]


def test_a_page_served_from_the_page_cache_carries_the_same_headers(client):
    first = client.get("/nl/informatie/")
    second = client.get("/nl/informatie/")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    for header in ("Content-Security-Policy", "Permissions-Policy", "Referrer-Policy", "X-Content-Type-Options"):
        assert second[header] == first[header]


def test_videos_may_only_load_from_the_known_video_sites_after_a_click(client):
    csp = policy(client.get("/nl/"))
    assert set(csp["frame-src"]) == {
        "https://www.youtube-nocookie.com",
        "https://www.youtube.com",
        "https://player.vimeo.com",
    }


def test_public_pages_contain_no_inline_script_or_style(client):
    """What the policy forbids is not in the markup either (it would silently break in browsers)."""
    from bs4 import BeautifulSoup

    for path in PUBLIC_PAGES[:-1]:
        document = BeautifulSoup(client.get(path).content, "html.parser")
        inline_scripts = [
            s for s in document.find_all("script") if not s.get("src") and s.get("type") != "application/json"
        ]
        assert inline_scripts == [], path
        assert document.find_all("style") == [], path
        assert document.select("[style]") == [], path
        assert [tag.name for tag in document.find_all(True) if any(a.startswith("on") for a in tag.attrs)] == [], path


def test_the_admin_is_left_to_wagtail_but_still_cannot_be_framed(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert response["X-Frame-Options"] == "DENY"
    assert 'data-controller="w-upgrade' not in response.content.decode(), "no update check from editors' browsers"


def test_the_admin_asks_no_avatar_service_about_editors(django_user_model):

    editor = django_user_model.objects.create_superuser("avatar", "editor@example.org", "pass-for-tests")
    client = Client()
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html, "an editor's avatar would be fetched from gravatar.com with a hash of their e-mail"


def production_request(path, secure=True, **overrides):
    """Headers of one request to the site under the production settings, in a fresh process."""
    code = (
        "import django, os, json; os.environ['DJANGO_SETTINGS_MODULE']='campaign.settings.production'; django.setup();"
        "from django.test import Client; from django.conf import settings;"
        f"r = Client().get({path!r}, secure={secure}, HTTP_HOST='example.org');"
        "print(json.dumps({'status': r.status_code, 'headers': dict(r.headers), 'location': r.get('Location', ''),"
        " 'cookies': {k: getattr(settings, k) for k in ('SESSION_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY',"
        " 'SESSION_COOKIE_SAMESITE', 'CSRF_COOKIE_SECURE', 'CSRF_COOKIE_HTTPONLY', 'CSRF_COOKIE_SAMESITE',"
        " 'LANGUAGE_COOKIE_SECURE', 'LANGUAGE_COOKIE_HTTPONLY')}}))"
    )
    environment = {**{k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}, **PRODUCTION_ENV, **overrides}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    import json

    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_sends_hsts_and_upgrades_insecure_requests():
    answer = production_request("/robots.txt")
    assert answer["status"] == 200
    # Neither subdomains nor the preload list by default: both reach beyond this one site.
    assert answer["headers"]["Strict-Transport-Security"] == "max-age=31536000"
    assert "upgrade-insecure-requests" in answer["headers"]["Content-Security-Policy"]


def test_the_operator_switches_on_hsts_subdomains_and_preload():
    answer = production_request("/robots.txt", SECURE_HSTS_INCLUDE_SUBDOMAINS="true", SECURE_HSTS_PRELOAD="true")
    assert answer["headers"]["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_production_sends_plain_http_to_https():
    answer = production_request("/robots.txt", secure=False)
    assert answer["status"] == 301
    assert answer["location"] == "https://example.org/robots.txt"


def test_production_cookies_are_secure_httponly_and_same_site():
    cookies = production_request("/robots.txt")["cookies"]
    assert cookies == {
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "CSRF_COOKIE_SECURE": True,
        "CSRF_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_SAMESITE": "Lax",
        "LANGUAGE_COOKIE_SECURE": True,
        "LANGUAGE_COOKIE_HTTPONLY": True,
    }


def test_the_admin_login_cookies_are_httponly_and_same_site(client, django_user_model):
    django_user_model.objects.create_superuser("cookie-editor", "", "a-long-test-password")
    client.get("/account/login/")
    response = client.post("/account/login/", {"login": "cookie-editor", "password": "a-long-test-password"})
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["httponly"] is True and session["samesite"] == "Lax"
    assert client.cookies["csrftoken"]["httponly"] is True


def test_a_response_that_already_has_a_policy_keeps_it_and_others_get_the_sites(rf):
    """core.security_headers.CSPMiddleware skips building the policy only where django-csp would
    keep the one already there (a page from the page cache carries the policy it was stored with)."""
    from django.http import HttpResponse

    from core.security_headers import CSPMiddleware

    own = HttpResponse("<p>eigen</p>")
    own["Content-Security-Policy"] = "default-src 'none'"
    assert CSPMiddleware(lambda request: own)(rf.get("/nl/"))["Content-Security-Policy"] == "default-src 'none'"
    plain = CSPMiddleware(lambda request: HttpResponse("<p>gewoon</p>"))(rf.get("/nl/"))
    assert policy(plain)["script-src"] == ["'self'"]
    assert policy(plain)["frame-ancestors"] == ["'none'"]
