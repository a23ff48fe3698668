"""manage.py check_served_site, the last step of the restore drill (deploy/restore-drill.sh): it passes only
when the database really serves the site, and it never writes into the site's own cache."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.factories import CampaignIndexPageFactory


def run(**options):
    from io import StringIO

    out = StringIO()
    call_command("check_served_site", verbosity=2, stdout=out, **options)
    return out.getvalue()


def test_a_served_site_passes_with_every_public_language_fetched(home_page):
    CampaignIndexPageFactory(parent=home_page)
    output = run()
    assert "live pages 2" in output
    for code in ("nl", "en", "tr", "ar"):
        assert f"200 testserver/{code}/\n" in output
    assert "200 testserver/nl/campagnes/" in output
    assert "Served: 5 addresses answered 200" in output


def test_the_drill_pages_never_reach_the_sites_cache(home_page):
    cache.clear()
    run()
    assert not cache.get("page-cache:version"), "the drill rendered into the site's own cache"


def test_an_unpublished_page_is_not_asked_for(home_page):
    campaigns = CampaignIndexPageFactory(parent=home_page)
    campaigns.unpublish()
    output = run()
    assert "campagnes" not in output


def test_a_database_without_a_site_fails(db):
    from wagtail.models import Page, Site

    Site.objects.all().delete()
    Page.objects.filter(depth__gt=1).delete()
    with pytest.raises(CommandError, match="nothing would be served"):
        run()


def test_a_page_that_does_not_answer_200_fails(home_page, settings):
    # The home page is live in the database, but the site cannot serve it: an address the host
    # check refuses (400) must fail the drill, not pass it.
    from wagtail.models import Site

    Site.objects.update(hostname="not_a_valid_host")
    with pytest.raises(CommandError, match="not served"):
        run()
