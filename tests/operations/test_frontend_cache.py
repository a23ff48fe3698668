"""With a CDN configured, publishing purges the page's addresses in both languages, with its audience
views and the overviews that list it; without one nothing is sent anywhere."""

import pytest
from wagtail.contrib.frontend_cache.backends import BaseBackend

from pages.models import CampaignPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("public_site")]


PURGED = []


class RecordingBackend(BaseBackend):
    """Stands in for Cloudflare or Varnish: remembers what it was asked to purge."""

    def purge(self, url):
        PURGED.append(url)

    def purge_batch(self, urls):
        PURGED.extend(urls)


@pytest.fixture
def cdn(settings):
    PURGED.clear()
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    yield PURGED
    PURGED.clear()


def test_publishing_purges_both_languages_audience_views_and_overviews(cdn):
    campaign = CampaignPage.objects.get(slug_nl="echt-of-nep")
    campaign.save_revision().publish()
    purged = {url.replace("http://testserver", "") for url in cdn}
    assert {"/nl/campagnes/echt-of-nep/", "/en/campaigns/real-or-fake/"} <= purged
    assert "/nl/campagnes/echt-of-nep/ouders/" in purged
    assert {"/nl/campagnes/", "/en/campaigns/", "/nl/", "/en/"} <= purged


def test_unpublishing_purges_the_page_too(cdn):
    CampaignPage.objects.get(slug_nl="echt-of-nep").unpublish()
    assert "http://testserver/nl/campagnes/echt-of-nep/" in cdn


def test_without_a_cdn_nothing_is_purged(settings):
    PURGED.clear()
    settings.WAGTAILFRONTENDCACHE = {}
    CampaignPage.objects.get(slug_nl="echt-of-nep").save_revision().publish()
    assert PURGED == []
