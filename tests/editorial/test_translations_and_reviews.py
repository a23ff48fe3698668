"""Translation status and review reminders, in the admin and on the dashboard."""

import datetime
from html import unescape

import pytest
from django.utils import timezone, translation

from editorial.reviews import months_ago, overdue
from editorial.translation_status import translation_items
from pages.models import GuidancePage, HelpService, LessonPage, Platform
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("editorial_site")]

REPORT = "/admin/editorial/translations/"


@pytest.fixture
def editorial_site(home_page):
    """A guidance page without English, a translated one, a lesson, and a help service checked today."""
    guidance = factories.GuidanceIndexPageFactory(parent=home_page)
    factories.GuidancePageFactory(
        parent=guidance,
        title_nl="Uitleg voor grootouders",
        slug_nl="uitleg-voor-grootouders",
        title_en=None,
        slug_en=None,
        intro_en="",
        body_en=[],
        content_warning_nl="Over misbruik met beelden.",
        sources_nl=[("source", {"title": "Bron", "publisher": "Uitgever", "date": "2026", "url": ""})],
    )
    factories.GuidancePageFactory(parent=guidance)
    factories.LessonPageFactory(parent=factories.LessonIndexPageFactory(parent=home_page))
    factories.HelpServiceFactory(name_nl="Kindertelefoon", name="Kindertelefoon")


def titles(items):
    return [item.title for item in items]


def test_a_page_without_english_is_listed_and_drops_out_once_translated(
    admin_client, django_capture_on_commit_callbacks
):
    page = GuidancePage.objects.get(slug_nl="uitleg-voor-grootouders")
    assert not page.title_en
    listed = [item for item in translation_items(language="en") if item.title == page.title_nl]
    assert listed and {"Titel", "Title"} & set(listed[0].missing["en"])
    html = unescape(admin_client.get(REPORT).content.decode())
    assert page.title_nl in html and f"/admin/pages/{page.pk}/edit/" in html

    page.title_en = "Explanation for grandparents"
    page.slug_en = "explanation-for-grandparents"
    page.intro_en = "What deepfakes are, explained for grandparents."
    page.body_en = page.body_nl.raw_data if hasattr(page.body_nl, "raw_data") else page.body_nl
    page.content_warning_en = page.content_warning_nl
    page.sources_en = page.sources_nl.raw_data if hasattr(page.sources_nl, "raw_data") else page.sources_nl
    page.search_description_en = page.search_description_nl
    page.seo_title_en = page.seo_title_nl
    # The report is cached per page-cache version, which moves on when the publication commits.
    with translation.override("nl"), django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert page.title_nl not in titles(translation_items(language="en"))
    assert page.title_nl not in unescape(admin_client.get(REPORT, {"language": "en"}).content.decode())
    # Still listed for the languages it has no text in yet.
    assert page.title_nl in titles(translation_items(language="tr"))


def test_english_older_than_a_later_dutch_change_is_listed():
    page = GuidancePage.objects.exclude(title_en="").exclude(title_en__isnull=True).first()
    with translation.override("nl"):
        page.save_revision().publish()  # a first revision with both languages
        page = GuidancePage.objects.get(pk=page.pk)
        page.intro_nl = page.intro_nl + " Met een nieuwe zin."
        page.save_revision().publish()
    item = next(item for item in translation_items(language="en") if item.title == page.title_nl)
    assert item.outdated["en"] and "en" not in item.missing


def test_the_report_has_a_column_for_every_language_translated_into(admin_client):
    response = admin_client.get(REPORT)
    html = unescape(response.content.decode())
    page = GuidancePage.objects.get(slug_nl="uitleg-voor-grootouders")
    assert [code for code, _name in response.context["language_columns"]] == ["en", "tr", "ar"]
    for code in ("en", "tr", "ar"):
        assert f'<th scope="col" data-language="{code}">' in html
    row = next(statuses for item, statuses in response.context["rows"] if item.title == page.title_nl)
    assert all(missing for _code, missing, _outdated, _mark in row), "no English, Turkish or Arabic yet"
    only_turkish = admin_client.get(REPORT, {"language": "tr"})
    assert [code for code, _name in only_turkish.context["language_columns"]] == ["tr"]
    assert admin_client.get(REPORT, {"language": "xx"}).context["language"] == ""


def test_the_report_filters_by_section(admin_client):
    sections = {item.section for item in translation_items()}
    assert sections, "the untranslated guidance page is listed under its section"
    for section in sections:
        response = admin_client.get(REPORT, {"section": section})
        assert response.status_code == 200
        assert all(item.section == section for item in response.context["items"])
    hostile = admin_client.get(REPORT, {"section": "<script>x</script>"})
    assert hostile.status_code == 200 and "<script>x</script>" not in hostile.content.decode()


def test_an_overdue_help_service_appears_on_the_dashboard(admin_client):
    service = HelpService.objects.get(name_nl="Kindertelefoon")
    dashboard = admin_client.get("/admin/").content.decode()
    assert "Kindertelefoon" not in dashboard  # checked today
    service.last_checked = timezone.localdate() - datetime.timedelta(days=100)  # > 3 months
    service.save()
    dashboard = admin_client.get("/admin/").content.decode()
    assert "Kindertelefoon" in dashboard
    assert "Kindertelefoon" in admin_client.get("/admin/editorial/reviews/").content.decode()


def test_pages_and_lessons_are_due_after_twelve_months():
    lesson = LessonPage.objects.first()
    LessonPage.objects.filter(pk=lesson.pk).update(last_reviewed=months_ago(13))
    GuidancePage.objects.filter(pk=GuidancePage.objects.first().pk).update(last_reviewed=months_ago(11))
    due = titles(overdue())
    assert lesson.title in due
    assert GuidancePage.objects.first().title not in due


def test_reminders_go_to_those_who_may_edit(django_user_model):
    from django.contrib.auth.models import Group

    HelpService.objects.filter(name_nl="Kindertelefoon").update(last_checked=months_ago(4))
    expert = django_user_model.objects.create_user("expert-x", password="x")
    expert.groups.add(Group.objects.get(name="Communicatie-experts"))
    assert "Kindertelefoon" not in titles(overdue(expert))
    admin = django_user_model.objects.create_superuser("admin-x", "", "x")
    assert "Kindertelefoon" in titles(overdue(admin))


def test_a_platform_unchecked_for_three_months_is_due_for_those_who_may_change_platforms(django_user_model):
    from django.contrib.auth.models import Group

    factories.PlatformFactory(name_nl="Snapchat", name="Snapchat", last_checked=months_ago(2))
    assert "Snapchat" not in titles(overdue())
    Platform.objects.filter(name_nl="Snapchat").update(last_checked=months_ago(4))
    due = [item for item in overdue() if item.title == "Snapchat"]
    assert len(due) == 1 and due[0].edit_url.startswith("/admin/snippets/pages/platform/edit/")
    expert = django_user_model.objects.create_user("expert-p", password="x")
    expert.groups.add(Group.objects.get(name="Communicatie-experts"))
    assert "Snapchat" not in titles(overdue(expert))


def test_the_reports_are_in_the_admin_menu_and_render(admin_client):
    for url in ("/admin/editorial/translations/", "/admin/editorial/reviews/", "/admin/editorial/links/"):
        assert admin_client.get(url).status_code == 200
    dashboard = admin_client.get("/admin/").content.decode()
    assert "/admin/editorial/translations/" in dashboard and "/admin/editorial/reviews/" in dashboard


def test_a_dead_link_found_by_check_links_shows_on_the_report_page(admin_client):
    from editorial.models import LinkCheckRun, LinkProblem

    run = LinkCheckRun.objects.create(started_at=timezone.now(), finished_at=timezone.now(), checked=3, problems=1)
    LinkProblem.objects.create(
        run=run,
        url="http://127.0.0.1:9/gone",
        kind="external",
        status="dead",
        status_code=404,
        detail="404",
        source_label="Hulp [nl]",
        edit_url="/admin/pages/1/edit/",
        language="nl",
    )
    html = admin_client.get("/admin/editorial/links/").content.decode()
    assert "http://127.0.0.1:9/gone" in html
    assert "link" in admin_client.get("/admin/").content.decode().lower()


@pytest.mark.parametrize(
    "url_name, title",
    [
        ("editorial_translations", "Vertaalstatus"),
        ("editorial_reviews", "Na te kijken"),
        ("editorial_links", "Linkcontrole"),
    ],
)
def test_each_report_is_headed_by_its_own_name_not_home(admin_client, url_name, title):
    """The admin speaks Dutch by default; the header's last crumb was "Home" before."""
    from bs4 import BeautifulSoup
    from django.urls import reverse

    page = BeautifulSoup(admin_client.get(reverse(url_name)).content, "html.parser")
    crumbs = [item.get_text(" ", strip=True) for item in page.select("[data-w-breadcrumbs-target] li, nav ol li")]
    assert crumbs and crumbs[-1] == title
    assert page.find("h1").get_text(strip=True) == title
