"""The test factories build what an editor could have saved, and the pages they build are served
in Dutch and in English."""

import pytest
from wagtail.models import Site

from tests import factories
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page):
    """One page of every type, each under the parent the site allows."""
    campaigns = factories.CampaignIndexPageFactory(parent=home_page)
    guidance = factories.GuidanceIndexPageFactory(parent=home_page)
    lessons = factories.LessonIndexPageFactory(parent=home_page)
    help_page = factories.HelpPageFactory(parent=home_page)
    return {
        "home": home_page,
        "campaign index": campaigns,
        "campaign": factories.CampaignPageFactory(parent=campaigns),
        "guidance index": guidance,
        "guidance": factories.GuidancePageFactory(parent=guidance),
        "lesson index": lessons,
        "lesson": factories.LessonPageFactory(parent=lessons),
        "help": help_page,
        "images offline": factories.ImagesOfflinePageFactory(parent=help_page),
        "hub": factories.AudienceHubPageFactory(parent=home_page, audience="schools"),
        "standard": factories.StandardPageFactory(parent=home_page),
    }


def test_home_page_is_the_default_sites_root(home_page):
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific == home_page
    assert (site.hostname, site.port) == ("testserver", 80)


def test_every_page_factory_builds_a_valid_page(tree):
    for name, page in tree.items():
        page.full_clean()
        assert page.title_nl and page.title_en, name


def test_every_page_is_served_in_dutch_and_in_english(client, tree):
    for name, page in tree.items():
        for code in ("nl", "en"):
            url = page.get_url_in(code)
            assert url.startswith(f"/{code}/"), (name, url)
            document = soup(client.get(url))
            assert document.html["lang"] == code, (name, code)
            assert getattr(page, f"title_{code}") in document.get_text(), (name, code)


def test_section_overviews_answer_at_the_sites_known_urls(tree):
    assert tree["campaign index"].get_url_in("nl") == "/nl/campagnes/"
    assert tree["campaign index"].get_url_in("en") == "/en/campaigns/"
    assert tree["lesson index"].get_url_in("en") == "/en/lesson-materials/"
    assert tree["help"].get_url_in("nl") == "/nl/hulp/"
    assert tree["images offline"].get_url_in("nl") == "/nl/hulp/beelden-offline/"
    assert tree["images offline"].get_url_in("en") == "/en/help/get-images-offline/"


@pytest.mark.parametrize(
    "factory",
    [
        factories.TopicFactory,
        factories.HelpServiceFactory,
        factories.PlatformFactory,
        factories.AudienceModuleFactory,
        factories.ImageFactory,
        factories.DocumentFactory,
        factories.MessageSlotFactory,
        factories.ExperimentFactory,
    ],
)
def test_every_snippet_factory_builds_a_valid_object(factory):
    built = factory()
    if hasattr(built, "file"):
        built.file.open()  # the upload check reads the content, as it does from an upload
    built.full_clean()


def test_placements_phases_and_downloads_are_valid(tree):
    for placement in (
        factories.CampaignModuleFactory(page=tree["campaign"]),
        factories.GuidanceModuleFactory(page=tree["guidance"]),
        factories.LessonPhaseFactory(page=tree["lesson"]),
        factories.LessonDownloadFactory(page=tree["lesson"]),
    ):
        placement.full_clean()


def test_a_running_experiment_is_active_with_its_plan_fixed():
    experiment = factories.ExperimentFactory(running=True)
    assert experiment.is_active()
    assert experiment.arm_keys() == ["a", "b"]
    assert experiment.live
