"""Visitors see what editors publish at once: the page cache follows publish, unpublish and move,
keeps one copy per language and audience URL, and never serves a signed-in editor or a preview.

The cache is cleared when the editor's transaction commits (core/cache_invalidation.py); each
test runs in a transaction that is rolled back, so the changes run inside
``django_capture_on_commit_callbacks(execute=True)``, which runs the callbacks as a commit would."""

import socket

import pytest
from django.core.cache import cache
from django.test import Client

from pages.models import CampaignPage, StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("public_site")]


def visit(path):
    response = Client().get(path)
    return response.status_code, response.get("X-Page-Cache"), response.content.decode()


def cached(path):
    visit(path)
    status, state, _ = visit(path)
    assert (status, state) == (200, "hit"), f"{path} should now come from the cache"


def test_publishing_in_english_shows_the_new_english_text_at_once(django_capture_on_commit_callbacks):
    cached("/en/campaigns/real-or-fake/")
    cached("/nl/campagnes/echt-of-nep/")
    campaign = CampaignPage.objects.get(slug_nl="echt-of-nep")
    campaign.key_message_en = "A brand-new key message."
    with django_capture_on_commit_callbacks(execute=True):
        campaign.save_revision().publish()
    status, state, html = visit("/en/campaigns/real-or-fake/")
    assert (status, state) == (200, "miss") and "A brand-new key message." in html
    assert visit("/nl/campagnes/echt-of-nep/")[1] == "miss"


def test_a_draft_does_not_change_what_visitors_see(django_capture_on_commit_callbacks):
    cached("/nl/campagnes/echt-of-nep/")
    campaign = CampaignPage.objects.get(slug_nl="echt-of-nep")
    campaign.key_message_nl = "Nog niet gepubliceerd."
    with django_capture_on_commit_callbacks(execute=True):
        campaign.save_revision()
    status, state, html = visit("/nl/campagnes/echt-of-nep/")
    assert "Nog niet gepubliceerd." not in html
    assert state == "hit", "a draft leaves the cached page in place"
    # Rendered afresh, the page still shows the live text: the draft really is not visible.
    cache.clear()
    assert "Nog niet gepubliceerd." not in visit("/nl/campagnes/echt-of-nep/")[2]


def test_unpublishing_takes_the_page_away_at_once(django_capture_on_commit_callbacks):
    cached("/nl/campagnes/echt-of-nep/")
    with django_capture_on_commit_callbacks(execute=True):
        CampaignPage.objects.get(slug_nl="echt-of-nep").unpublish()
    assert visit("/nl/campagnes/echt-of-nep/")[0] == 404


def test_moving_a_page_serves_it_at_its_new_address_and_the_old_one_redirects(django_capture_on_commit_callbacks):
    page = StandardPage.objects.get(slug_nl="toegankelijkheid")
    old_path = page.get_url_in("nl")
    cached(old_path)
    cached("/nl/over-ons/")
    with django_capture_on_commit_callbacks(execute=True):
        page.move(StandardPage.objects.get(slug_nl="over-ons"), pos="last-child")
    page.refresh_from_db()
    new_path = page.get_url_in("nl")
    assert new_path == "/nl/over-ons/toegankelijkheid/"
    status, state, html = visit(new_path)
    assert (status, state) == (200, "miss")
    old = Client().get(old_path)
    assert old.status_code == 301 and old["Location"].endswith(new_path)


def test_each_language_and_audience_view_has_its_own_copy():
    paths = ["/nl/campagnes/echt-of-nep/", "/en/campaigns/real-or-fake/", "/nl/campagnes/echt-of-nep/ouders/"]
    for path in paths:
        assert visit(path)[1] == "miss"
    bodies = {path: visit(path) for path in paths}
    assert all(state == "hit" for _status, state, _html in bodies.values())
    assert bodies[paths[0]][2] != bodies[paths[1]][2] != bodies[paths[2]][2]
    assert 'lang="en"' in bodies[paths[1]][2]


def test_previews_and_other_methods_are_never_cached(admin_client):
    campaign = CampaignPage.objects.get(slug_nl="echt-of-nep")
    preview = admin_client.get(f"/admin/pages/{campaign.pk}/edit/preview/")
    assert "X-Page-Cache" not in preview
    assert "X-Page-Cache" not in Client().post("/nl/campagnes/echt-of-nep/")
    assert "X-Page-Cache" not in Client().get("/healthz")


def redis_answers():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


@pytest.fixture
def redis_cache(settings):
    if not redis_answers():
        if __import__("os").environ.get("CI") == "true":
            pytest.fail("CI runs Redis on 127.0.0.1:6379; it does not answer")
        pytest.skip("no Redis on 127.0.0.1:6379")
    # Database 15 of the local Redis, emptied before and after: the tests' own.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:6379/15"}
    }
    cache.clear()
    yield
    cache.clear()


def test_with_redis_the_cache_is_shared_and_follows_a_publish(redis_cache, django_capture_on_commit_callbacks):
    from django.core.cache import caches

    assert type(caches["default"]).__name__ == "RedisCache"
    cached("/nl/campagnes/echt-of-nep/")
    # Another worker process would see the same entry: it is in Redis, not in this process.
    assert any(b"page-cache" in key for key in caches["default"]._cache.get_client().keys("*"))  # noqa: SLF001
    campaign = CampaignPage.objects.get(slug_nl="echt-of-nep")
    campaign.key_message_nl = "Nieuw via Redis."
    with django_capture_on_commit_callbacks(execute=True):
        campaign.save_revision().publish()
    status, state, html = visit("/nl/campagnes/echt-of-nep/")
    assert (status, state) == (200, "miss") and "Nieuw via Redis." in html
