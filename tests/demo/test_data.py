"""demo/data/ is valid: every file reads, everything built from it passes full_clean, numbers are written once."""

import io
import re
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Page

from demo.loader import PAGE_FILES, DemoLoader
from demo.loader import data as demo_data
from demo.models import DemoRecord
from demo.pdfs import worksheet_pdf
from home.models import HomePage
from pages.models import HelpService, Topic

pytestmark = pytest.mark.django_db


def loaded():
    """The loader after a run over the loaded demo: it creates nothing and knows every key."""
    loader = DemoLoader(stdout=io.StringIO())
    loader.load()
    return loader


def test_every_data_file_reads():
    names = demo_data.data_files()
    assert {"help_services.yaml", "site.yaml", "modules.yaml", "messages.yaml", *PAGE_FILES} <= set(names)
    for name in names:
        assert demo_data.read(name), name


def test_every_page_and_snippet_the_loader_builds_passes_full_clean():
    loader = loaded()
    for name in PAGE_FILES:
        for entry in demo_data.read(name)["pages"]:
            page = loader.refs[entry["key"]].specific
            try:
                page.full_clean()
            except Exception as exc:  # noqa: BLE001 - the message names the file and the page
                pytest.fail(f"demo/data/{name}: page {entry['key']}: {exc}")
    snippets = 0
    for demo_record in DemoRecord.objects.all():
        if issubclass(demo_record.content_type.model_class(), Page):
            continue  # checked above, with the file they come from
        obj = demo_record.created_object
        assert obj is not None, f"{demo_record} was recorded but is gone"
        obj.full_clean()  # topics, help services, modules, slots, the experiment, image, documents, settings
        snippets += 1
    assert snippets >= 30


def test_bad_data_fails_with_a_message_naming_the_file(tmp_path, monkeypatch):
    (tmp_path / "broken.yaml").write_text("pages: [unclosed\n", encoding="utf-8")
    (tmp_path / "unknown.yaml").write_text("text: 'Bel [[nobody.phone]]'\n", encoding="utf-8")
    (tmp_path / "help_services.yaml").write_text("help_services: []\n", encoding="utf-8")
    monkeypatch.setattr(demo_data, "DATA_DIR", tmp_path)
    demo_data.help_details.cache_clear()
    try:
        with pytest.raises(demo_data.DemoDataError, match="broken.yaml"):
            demo_data.read("broken.yaml")
        with pytest.raises(demo_data.DemoDataError, match=r"unknown.yaml.*\[\[nobody.phone\]\]"):
            demo_data.read("unknown.yaml")
    finally:
        demo_data.help_details.cache_clear()


def test_a_page_with_a_field_its_type_lacks_names_the_file_and_the_page(tmp_path, monkeypatch):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "bad.yaml").write_text(
        "pages:\n- key: standard:bad\n  type: pages.StandardPage\n  parent: home\n"
        "  slug: {nl: slecht, en: bad}\n  fields:\n    title: {nl: Slecht, en: Bad}\n    colour: red\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(demo_data, "DATA_DIR", tmp_path)
    loader = DemoLoader()
    loader.refs["home"] = HomePage.objects.get()
    with pytest.raises(demo_data.DemoDataError, match=r"pages/bad.yaml: page 'standard:bad'.*colour"):
        loader.load_pages("pages/bad.yaml")


def test_an_unknown_page_key_names_the_key():
    loader = DemoLoader()
    with pytest.raises(demo_data.DemoDataError, match="guidance:does-not-exist"):
        loader.resolve("guidance:does-not-exist")


def test_each_help_number_is_written_once_in_the_demo_data():
    texts = [path.read_text(encoding="utf-8") for path in sorted(demo_data.DATA_DIR.rglob("*")) if path.is_file()]
    numbers = [
        service[field]
        for service in demo_data.help_details().values()
        for field in ("phone", "phone_2")
        if len(service.get(field) or "") >= 6  # 112 and 113 are emergency numbers, not details to keep up to date
    ]
    assert "0800-0432" in numbers and "020-261 52 75" in numbers
    for number in numbers:
        assert sum(text.count(number) for text in texts) == 1, number


def test_placeholders_are_filled_from_the_help_services():
    # Plain texts (lesson phases, PDFs) get the number itself; rich text (all of guidance.yaml's help
    # numbers) gets a reference to the service, rendered with its number as it is then.
    kindertelefoon = HelpService.objects.get(name_nl="Kindertelefoon")
    texts = demo_data.read("pages/lessons.yaml")
    assert kindertelefoon.phone in str(texts)
    assert not re.search(r"\[\[[\w-]+\.\w+\]\]", str(texts))
    rich = str(demo_data.read("pages/guidance.yaml"))
    assert kindertelefoon.phone not in rich
    assert '<embed embedtype="help-service" ref="service:kindertelefoon" detail="phone"/>' in rich
    assert not re.search(r"\[\[[\w-]+\.\w+\]\]", rich)


def test_running_twice_creates_nothing_new():
    records = DemoRecord.objects.count()
    loader = loaded()
    assert loader.created == []
    assert DemoRecord.objects.count() == records


def test_reset_leaves_what_an_editor_made_alone():
    topic = Topic.objects.create(name="Mijn onderwerp", name_nl="Mijn onderwerp")
    service = HelpService.objects.create(
        name="Buurtteam", name_nl="Buurtteam", for_whom="Iedereen", description="Hulp", situations=[]
    )
    demo_topics = Topic.objects.count() - 1
    call_command("load_demo_content", "--reset", stdout=io.StringIO())
    assert Topic.objects.filter(pk=topic.pk).exists()
    assert HelpService.objects.filter(pk=service.pk).exists()
    assert Topic.objects.count() == demo_topics + 1  # the demo's topics came back once, not twice


def test_the_lesson_pdfs_are_the_same_bytes_on_every_run():
    documents = {document.title: document for document in get_document_model().objects.all()}
    downloads = [
        (entry, download)
        for entry in demo_data.read("pages/lessons.yaml")["pages"]
        for download in entry["fields"]["downloads"]
    ]
    assert downloads
    for entry, download in downloads:
        footer = f"Veilig in Beeld - {entry['fields']['title'][download['language']]} - CC BY 4.0"
        first = worksheet_pdf(download["pdf"], footer, lang=download["language"])
        assert worksheet_pdf(download["pdf"], footer, lang=download["language"]) == first
        with documents[download["label"]].file.open("rb") as stored:
            assert stored.read() == first, download["filename"]


def test_outside_the_help_data_only_the_error_pages_name_a_help_number_and_theirs_is_current():
    """500.html and 503.html are shown when the database cannot be read, so they cannot ask the
    help services; they name Helpwanted's number themselves. That one deliberate copy must match
    the help data, and no other file of the project may write a help number."""
    root = Path(settings.BASE_DIR)
    numbers = {
        service[field]: key
        for key, service in demo_data.help_details().items()
        for field in ("phone", "phone_2")
        if len(service.get(field) or "") >= 6
    }
    tracked = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout
    found = {}
    for relative in tracked.splitlines():
        # The data itself, the tests' own examples, and the catalogues (which translate the error pages' text).
        if relative.startswith(("demo/data/", "tests/", "locale/")) or not (root / relative).is_file():
            continue
        text = (root / relative).read_text(encoding="utf-8", errors="replace")
        for number, key in numbers.items():
            if number in text:
                found.setdefault(relative, set()).add(key)
    assert found == {"pages/templates/500.html": {"helpwanted"}, "pages/templates/503.html": {"helpwanted"}}


@pytest.mark.parametrize(
    ("path", "heading", "retention", "switch_off", "sender_code"),
    [
        (
            "/nl/privacy-en-cookies/",
            "Hoe we bezoeken tellen",
            "{months} maanden",
            "Do Not Track of Global Privacy Control",
            "sleutel die elke dag verandert",
        ),
        (
            "/en/privacy-and-cookies/",
            "How we count visits",
            "{months} months",
            "Do Not Track or Global Privacy Control",
            "key that changes every day",
        ),
    ],
)
def test_the_privacy_page_says_what_reach_counting_counts(client, path, heading, retention, switch_off, sender_code):
    """docs/reach.md section 4: what is counted, no cookie or IP, how long, how to switch it off, and the
    daily-keyed code of the limit per sender."""
    html = client.get(path).content.decode()
    assert heading in html
    section = html.split(heading, 1)[1].split("<h2", 1)[0]
    assert "utm_campaign" in section and "IP" in section and "cookie" in section
    assert retention.format(months=settings.REACH_RETENTION_MONTHS) in section
    assert switch_off in section
    assert sender_code in section
