"""Lesson materials: the overview and its filters, the lesson page, short links, redirects, the zip."""

import io
import zipfile

import pytest
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect

from pages.lessons.short_links import CODE_PATTERN
from pages.models import LessonIndexPage, LessonPage
from tests import factories
from tests.helpers import soup, switcher_links
from tests.shared_rows import shared_by_module

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("lessons")]

INDEX = {"nl": "/nl/lesmateriaal/", "en": "/en/lesson-materials/"}


#: Three lessons that differ in every filter: (title nl, title en, levels, ages, minutes, subjects).
LESSONS = [
    ("Echt of nep groep 7 en 8", "Real or fake groups 7 and 8", ["po-7", "po-8"], (10, 12), 45, ["mediawijsheid"]),
    (
        "Uitkleed-apps en nepnaaktbeelden",
        "Nudify apps and fake nudes",
        ["vo-1", "vo-2", "vo-3"],
        (12, 15),
        50,
        ["mediawijsheid", "relaties-seksualiteit"],
    ),
    (
        "Toestemming, beelden en afpersing",
        "Consent, images and sextortion",
        ["vo-4", "vo-5", "vo-6", "mbo-1", "mbo-2", "mbo-3", "mbo-4"],
        (15, 20),
        90,
        ["relaties-seksualiteit", "burgerschap"],
    ),
]


@pytest.fixture(scope="module")
def lessons_rows(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker, build_lessons):
        yield


@pytest.fixture
def lessons(lessons_rows, db):
    """The lesson overview with three lessons, each with a content warning, timed phases that add up
    to its duration and a PDF worksheet (built once for this module; each test's changes rolled back)."""


def build_lessons():
    index = factories.LessonIndexPageFactory(parent=factories.build_site())
    for title_nl, title_en, levels, (min_age, max_age), minutes, subjects in LESSONS:
        lesson = factories.LessonPageFactory(
            parent=index,
            title_nl=title_nl,
            title_en=title_en,
            levels=levels,
            min_age=min_age,
            max_age=max_age,
            duration_minutes=minutes,
            subjects=subjects,
            content_warning_nl="Het gaat over misbruik met beelden.",
            content_warning_en="This is about abuse with images.",
        )
        factories.LessonPhaseFactory(page=lesson, minutes=minutes - 10, sort_order=0)
        factories.LessonPhaseFactory(page=lesson, name_nl="Afsluiting", name_en="Closing", minutes=10, sort_order=1)
        factories.LessonDownloadFactory(page=lesson)


def titles(document):
    return [a.get_text(strip=True) for a in document.select(".lesson-list .card__title a")]


def lessons_where(predicate):
    return sorted(lesson.title_nl for lesson in LessonPage.objects.live() if predicate(lesson))


def test_the_lessons_cover_po_vo_and_mbo():
    """The premise of the filter tests below: every sector has a lesson."""
    levels = [set(lesson.levels) for lesson in LessonPage.objects.live()]
    assert any({"po-7", "po-8"} <= keys for keys in levels)
    assert any(keys & {"vo-1", "vo-2", "vo-3"} for keys in levels)
    assert any(any(key.startswith("mbo-") for key in keys) for keys in levels)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_overview_lists_every_lesson_with_its_facts(client, language):
    document = soup(client.get(INDEX[language]))
    count = LessonPage.objects.live().count()
    assert len(titles(document)) == count >= 3
    facts = document.select_one(".lesson-card .lesson-facts").get_text(" ", strip=True)
    for label in {"nl": ["Niveau", "Leeftijd", "Duur", "Vakken"], "en": ["Level", "Age", "Duration", "Subjects"]}[
        language
    ]:
        assert label in facts
    # The form works without JavaScript: a GET form with labelled fields and a submit button.
    form = document.select_one("form.lesson-filters")
    assert form["method"] == "get"
    for select in form.select("select"):
        assert document.select_one(f"label[for={select['id']}]")
    assert form.select_one("button[type=submit]")


def test_overview_switches_language(client):
    assert switcher_links(soup(client.get(INDEX["nl"])))["en"] == INDEX["en"]


def test_filter_vo_up_to_50_minutes(client):
    document = soup(client.get(INDEX["nl"], {"level": "vo", "duration": "50"}))
    expected = lessons_where(
        lambda lesson: any(key.startswith("vo-") for key in lesson.levels) and lesson.duration_minutes <= 50
    )
    assert expected
    with translation.override("nl"):
        assert sorted(titles(document)) == expected
    assert document.select_one("select[name=level] option[selected]")["value"] == "vo"
    assert document.select_one("select[name=duration] option[selected]")["value"] == "50"
    count_text = document.select_one("#lesson-results-heading").get_text(" ", strip=True)
    assert count_text.startswith(f"{len(expected)} ")


@pytest.mark.parametrize(
    "params, predicate",
    [
        ({"level": "po-bovenbouw"}, lambda lesson: bool({"po-7", "po-8"} & set(lesson.levels))),
        ({"level": "mbo"}, lambda lesson: any(k.startswith("mbo-") for k in lesson.levels)),
        ({"level": "vo-2"}, lambda lesson: "vo-2" in lesson.levels),
        ({"age": "11"}, lambda lesson: lesson.min_age <= 11 <= lesson.max_age),
        ({"age": "17"}, lambda lesson: lesson.min_age <= 17 <= lesson.max_age),
        ({"duration": "45"}, lambda lesson: lesson.duration_minutes <= 45),
        ({"subject": "mediawijsheid"}, lambda lesson: "mediawijsheid" in lesson.subjects),
        ({"subject": "relaties-seksualiteit"}, lambda lesson: "relaties-seksualiteit" in lesson.subjects),
        ({"language": "en"}, lambda lesson: bool(lesson.title_en)),
        ({"level": "po", "duration": "30"}, lambda lesson: False),
    ],
)
def test_each_filter_narrows_the_list(client, params, predicate):
    document = soup(client.get(INDEX["en"], params))
    expected = lessons_where(predicate)
    found = sorted(LessonPage.objects.get(title_en=title).title_nl for title in titles(document))
    assert found == expected
    if not expected:
        assert "No lesson matches" in document.get_text()


def test_sorting_orders_the_results(client):
    by_duration = titles(soup(client.get(INDEX["en"], {"sort": "duration"})))
    minutes = [LessonPage.objects.get(title_en=title).duration_minutes for title in by_duration]
    assert minutes == sorted(minutes)
    by_title = titles(soup(client.get(INDEX["nl"], {"sort": "title"})))
    assert by_title == sorted(by_title, key=str.lower)
    youngest_first = titles(soup(client.get(INDEX["nl"])))
    ages = [LessonPage.objects.get(title_nl=title).min_age for title in youngest_first]
    assert ages == sorted(ages)


HOSTILE = [
    {"level": "<script>alert(1)</script>"},
    {"level": "vo' OR 1=1 --"},
    {"age": "-1"},
    {"age": "99999999999999999999999"},
    {"age": "NaN"},
    {"duration": "1e9"},
    {"duration": "0x32"},
    {"subject": "x" * 10000},
    {"language": "de"},
    {"sort": "-path; DROP TABLE wagtailcore_page"},
    {"page": "-1"},
    {"page": "99999"},
    {"page": "%00"},
    {"level": "\x00"},
    {"level": ["vo", "po", "<b>injected</b>"]},
]


@pytest.mark.parametrize("params", HOSTILE)
def test_hostile_filter_values_are_ignored_politely(client, params):
    response = client.get(INDEX["nl"], params)
    assert response.status_code == 200
    document = soup(response)
    assert titles(document), "unknown values are dropped, so lessons still show"
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "<b>injected" not in body


def test_an_ignored_value_is_named_and_the_other_filters_still_apply(client):
    document = soup(client.get(INDEX["en"], {"level": "vo", "age": "ninety"}))
    assert "Age of the pupils" in document.select_one(".lesson-results .notice").get_text()
    expected = lessons_where(lambda lesson: any(k.startswith("vo-") for k in lesson.levels))
    assert len(titles(document)) == len(expected)


# -- the lesson page ----------------------------------------------------------------------


def a_lesson():
    return LessonPage.objects.live().filter(levels__contains=",vo-").first()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_lesson_page_shows_what_a_teacher_checks_before_choosing(client, language):
    lesson = a_lesson()
    document = soup(client.get(lesson.get_url_in(language)))
    text = document.get_text(" ", strip=True)
    with translation.override(language):
        assert document.h1.get_text(strip=True) == lesson.title
        assert f"{lesson.duration_minutes}" in document.select_one(".lesson__glance").get_text()
        for phase in lesson.phases.all():
            assert phase.name in text
        for rule in lesson.ground_rules_list():
            assert rule in text
    # Content warning and ground rules come before the objectives and the phases.
    order = [section.get("id") for section in document.select("[id]")]
    rules = order.index("rules-heading")
    assert (
        order.index("content-warning-heading")
        < rules
        < order.index("objectives-heading")
        < order.index("phases-heading")
    )
    # Downloads show their type and size.
    facts = [item.get_text(" ", strip=True) for item in document.select(".download__facts")]
    assert facts and all("PDF" in fact and ("kB" in fact or "KB" in fact or "bytes" in fact) for fact in facts)
    assert document.select_one("a[rel=license]")["href"] == "https://creativecommons.org/licenses/by/4.0/"


def test_lesson_page_shows_its_short_link_as_text_and_with_a_copy_button(client):
    lesson = a_lesson()
    document = soup(client.get(lesson.get_url_in("nl")))
    field = document.select_one("input[data-short-link-input]")
    assert field["value"] == f"http://testserver/l/{lesson.short_code}/"
    assert field.has_attr("readonly")
    assert document.select_one(f"label[for={field['id']}]")
    # The button appears only with JavaScript; without it the text field is the fallback.
    assert document.select_one("button[data-short-link-copy]").has_attr("hidden")


def test_every_lesson_has_its_own_permanent_short_code():
    codes = list(LessonPage.objects.values_list("short_code", flat=True))
    assert all(CODE_PATTERN.match(code) for code in codes)
    assert len(set(codes)) == len(codes)


def test_a_copied_lesson_gets_a_new_short_code():
    lesson = a_lesson()
    copy = lesson.copy(update_attrs={"slug": "kopie", "slug_nl": "kopie", "slug_en": "copy", "title": "Kopie"})
    copy = LessonPage.objects.get(pk=copy.pk)
    assert copy.short_code and copy.short_code != lesson.short_code


# -- short links ------------------------------------------------------------------------


def test_short_link_redirects_to_dutch_by_default(client):
    lesson = a_lesson()
    response = client.get(f"/l/{lesson.short_code}/")
    assert response.status_code == 302
    assert response["Location"] == lesson.get_url_in("nl")
    assert "Accept-Language" in response["Vary"]


def test_short_link_follows_the_browser_language(client):
    lesson = a_lesson()
    response = client.get(f"/l/{lesson.short_code}/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response["Location"] == lesson.get_url_in("en")


@pytest.mark.parametrize("lang, expected", [("en", "en"), ("nl", "nl"), ("de", "en"), ("<x>", "en")])
def test_lang_parameter_wins_over_the_browser(client, lang, expected):
    lesson = a_lesson()
    response = client.get(f"/l/{lesson.short_code}/", {"lang": lang}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == lesson.get_url_in(expected)


def test_short_codes_are_case_insensitive(client):
    lesson = a_lesson()
    assert client.get(f"/l/{lesson.short_code.upper()}/")["Location"] == lesson.get_url_in("nl")


@pytest.mark.parametrize("code", ["zzzzzz", "abc", "0o1lI0", "a" * 500, "%3Cscript%3E", "..%2F..%2Fetc"])
def test_unknown_or_malformed_short_codes_are_404(client, code):
    assert client.get(f"/l/{code}/").status_code == 404


def test_short_link_of_an_unpublished_lesson_is_404(client):
    lesson = a_lesson()
    lesson.unpublish()
    assert client.get(f"/l/{lesson.short_code}/").status_code == 404


@pytest.fixture
def rename(django_capture_on_commit_callbacks):
    """Publish a page with new slugs, as the admin does, and run what waits for the commit
    (redirects are made then, as in Wagtail)."""

    def rename(page, **slugs):
        page = type(page).objects.get(pk=page.pk)
        for field, value in slugs.items():
            setattr(page, field, value)
        with django_capture_on_commit_callbacks(execute=True), translation.override("nl"):
            page.slug = page.slug_nl
            page.save_revision().publish()
        return type(page).objects.get(pk=page.pk)

    return rename


def test_after_a_slug_change_short_link_and_old_addresses_still_lead_to_the_lesson(client, rename):
    lesson = a_lesson()
    old = {code: lesson.get_url_in(code) for code in ("nl", "en")}
    renamed = rename(lesson, slug_nl="nieuwe-naam", slug_en="new-name")
    new = {code: renamed.get_url_in(code) for code in ("nl", "en")}
    assert new == {"nl": "/nl/lesmateriaal/nieuwe-naam/", "en": "/en/lesson-materials/new-name/"}
    for code in ("nl", "en"):
        response = client.get(old[code])
        assert response.status_code == 301 and response["Location"] == new[code]
        assert client.get(f"/l/{lesson.short_code}/", {"lang": code})["Location"] == new[code]
    assert Redirect.objects.filter(old_path=old["nl"].rstrip("/")).exists()
    assert Redirect.objects.filter(old_path=old["en"].rstrip("/")).exists()


def test_renaming_only_the_english_slug_from_the_dutch_admin_leaves_an_english_redirect(client, rename):
    lesson = a_lesson()
    old_en = lesson.get_url_in("en")
    renamed = rename(lesson, slug_en="renamed-in-english")
    response = client.get(old_en)
    assert response.status_code == 301
    assert response["Location"] == renamed.get_url_in("en") == "/en/lesson-materials/renamed-in-english/"


def test_when_the_overview_moves_every_lesson_keeps_its_short_link_and_old_address(client, rename):
    index = LessonIndexPage.objects.get()
    lesson = a_lesson()
    old_nl = lesson.get_url_in("nl")
    rename(index, slug_nl="lessen", slug_en="lessons")
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.get_url_in("nl").startswith("/nl/lessen/")
    response = client.get(old_nl)
    assert response.status_code == 301 and response["Location"] == lesson.get_url_in("nl")
    assert client.get(f"/l/{lesson.short_code}/")["Location"] == lesson.get_url_in("nl")


# -- zip, print, search ------------------------------------------------------------------


def test_all_materials_as_one_zip(client):
    lesson = a_lesson()
    downloads = list(lesson.downloads.select_related("document"))
    response = client.get(lesson.get_url_in("nl") + "zip/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    for download in downloads:
        assert download.document.filename in names
        assert archive.read(download.document.filename)[:5] == b"%PDF-"
    readme = archive.read(names[0]).decode()
    assert f"/l/{lesson.short_code}/" in readme and "CC BY 4.0" in readme


def test_zip_of_an_unpublished_lesson_is_404(client):
    lesson = a_lesson()
    url = lesson.get_url_in("nl") + "zip/"
    lesson.unpublish()
    assert client.get(url).status_code == 404


def test_lesson_pages_carry_a_print_stylesheet_that_prints_link_targets(client):
    lesson = a_lesson()
    document = soup(client.get(lesson.get_url_in("en")))
    assert document.select_one('link[rel=stylesheet][href$="css/lessons.css"]')
    download_link = document.select_one(".download a")
    assert download_link["data-print-url"].startswith("http://testserver/documents/")
    css = client.get("/static/css/lessons.css")
    text = b"".join(css.streaming_content).decode() if css.streaming else css.content.decode()
    assert "@media print" in text and "attr(data-print-url)" in text


@pytest.mark.parametrize("language, path", [("nl", "/nl/zoeken/"), ("en", "/en/search/")])
def test_site_search_finds_lessons(client, language, path):
    lesson = a_lesson()
    with translation.override(language):
        word = max(lesson.title.split(), key=len).strip("?!.,:")
        url = lesson.get_url()
    document = soup(client.get(path, {"q": word}))
    assert url in [a["href"] for a in document.select(".search-results a")]


def test_lessons_are_in_the_sitemap_in_both_languages(client):
    lesson = a_lesson()
    body = client.get("/sitemap.xml").content.decode()
    for language in ("nl", "en"):
        assert f"http://testserver{lesson.get_url_in(language)}" in body or lesson.get_url_in(language) in body


# -- the editor's side and scale ----------------------------------------------------------


def test_editors_get_the_lesson_form_with_both_languages_and_inline_phases(admin_client):
    lesson = a_lesson()
    index = LessonIndexPage.objects.get()
    for url in (f"/admin/pages/{lesson.pk}/edit/", f"/admin/pages/add/pages/lessonpage/{index.pk}/"):
        response = admin_client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        for field in ("summary_nl", "summary_en", "ground_rules_nl", "phases-0-name_nl", "downloads-"):
            assert field in html, f"{field} missing on {url}"
        assert "short_code" not in html  # permanent: not editable


def test_overview_queries_do_not_grow_with_the_number_of_lessons(client, no_page_cache):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(INDEX["nl"], {"level": "vo"}).status_code == 200
        return len(captured)

    client.get(INDEX["nl"])  # warm caches (site root paths, settings)
    before = queries()
    template = a_lesson()
    index = LessonIndexPage.objects.get()
    for number in range(25):
        index.add_child(
            instance=LessonPage(
                title=f"Extra les {number}",
                slug=f"extra-les-{number}",
                slug_nl=f"extra-les-{number}",
                title_nl=f"Extra les {number}",
                summary_nl=template.summary_nl,
                levels=template.levels,
                min_age=template.min_age,
                max_age=template.max_age,
                duration_minutes=template.duration_minutes,
                subjects=template.subjects,
                objectives_knowledge_nl="x",
                ground_rules_nl="y",
                live=True,
            )
        )
    assert queries() <= before


def lesson_form_data(lesson, phase_minutes, duration):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    data = nested_form_data(
        {
            "title_nl": lesson.title_nl,
            "slug_nl": lesson.slug_nl,
            "title_en": lesson.title_en,
            "slug_en": lesson.slug_en,
            "summary_nl": lesson.summary_nl,
            "min_age": lesson.min_age,
            "max_age": lesson.max_age,
            "duration_minutes": duration,
            "objectives_knowledge_nl": lesson.objectives_knowledge_nl,
            "ground_rules_nl": lesson.ground_rules_nl,
            "teacher_background_nl": rich_text(""),
            "teacher_background_en": rich_text(""),
            "licence": "cc-by-4.0",
            "last_reviewed": "2026-11-01",
            # The admin sends the existing phases too; here they are removed and replaced.
            "phases": inline_formset(
                [
                    {
                        "id": phase.pk,
                        "name_nl": phase.name_nl,
                        "minutes": phase.minutes,
                        "activity_nl": phase.activity_nl,
                        "DELETE": "on",
                        "ORDER": order,
                    }
                    for order, phase in enumerate(lesson.phases.all())
                ]
                + [
                    {"name_nl": f"Fase {n}", "minutes": minutes, "activity_nl": "Doen.", "ORDER": 100 + n}
                    for n, minutes in enumerate(phase_minutes)
                ],
                initial=lesson.phases.count(),
            ),
            "downloads": inline_formset([]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    # Checkbox lists are sent as repeated keys, as a browser does.
    return {**data, "levels": lesson.levels, "subjects": lesson.subjects}


def test_the_editor_is_told_when_phases_do_not_add_up_to_the_duration(admin_client):
    lesson = a_lesson()
    url = f"/admin/pages/{lesson.pk}/edit/"
    response = admin_client.post(url, lesson_form_data(lesson, [10, 20, 25], 45))
    assert response.status_code == 200
    assert "55" in response.content.decode() and "45" in response.content.decode()
    assert LessonPage.objects.get(pk=lesson.pk).duration_minutes == lesson.duration_minutes
    response = admin_client.post(url, lesson_form_data(lesson, [10, 20, 15], 45))
    assert response.status_code == 302, "phases that add up are published"
    assert [phase.minutes for phase in LessonPage.objects.get(pk=lesson.pk).phases.all()] == [10, 20, 15]
