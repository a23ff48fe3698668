"""Documents: only real files of the allowed kinds, served as downloads, public only once a
published lesson uses them, counted as numbers only."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.models import PageViewRestriction

from pages.documents import MAX_DOCUMENT_BYTES, validate_document_file
from pages.models import DocumentDownloadCount, LessonDownload, SiteDocument
from tests import factories

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def image_bytes(fmt):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 80, 120)).save(buffer, format=fmt)
    return buffer.getvalue()


def office_zip(parts, mimetype=None):
    """A minimal OOXML/ODF package: the parts a real office file has, in the usual order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if mimetype:
            archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored, first: ODF rule
        for name in parts:
            archive.writestr(name, "<?xml version='1.0'?><x/>")
    return buffer.getvalue()


DOCX = office_zip(["[Content_Types].xml", "_rels/.rels", "word/document.xml"])
PPTX = office_zip(["[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml"])
ODT = office_zip(["content.xml", "META-INF/manifest.xml"], mimetype="application/vnd.oasis.opendocument.text")
ODP = office_zip(["content.xml", "META-INF/manifest.xml"], mimetype="application/vnd.oasis.opendocument.presentation")


@pytest.mark.parametrize(
    "name, content",
    [
        ("werkblad.pdf", PDF),
        ("werkblad.docx", DOCX),
        ("dia's.pptx", PPTX),
        ("werkblad.odt", ODT),
        ("dia's.odp", ODP),
        ("schema.png", image_bytes("PNG")),
        ("foto.jpg", image_bytes("JPEG")),
        ("FOTO.JPEG", image_bytes("JPEG")),
    ],
)
def test_allowed_kinds_pass_when_the_content_matches(name, content):
    validate_document_file(SimpleUploadedFile(name, content))


@pytest.mark.parametrize(
    "name, content, code",
    [
        ("programma.exe", b"MZ\x90\x00" + b"\x00" * 100, "extension"),
        ("pagina.html", b"<html><script>alert(1)</script></html>", "extension"),
        ("geen-extensie", PDF, "extension"),
        ("worksheet.pdf", b"MZ\x90\x00" + b"\x00" * 100, "content"),  # a program renamed .pdf
        ("worksheet.pdf", b"<html><script>alert(1)</script></html>", "content"),
        ("worksheet.pdf", image_bytes("PNG"), "content"),
        ("werkblad.docx", b"just text, renamed", "content"),
        ("werkblad.docx", office_zip(["readme.txt"]), "content"),  # a zip, not a Word file
        ("werkblad.docx", PPTX, "content"),  # PowerPoint renamed .docx
        ("werkblad.odt", ODP, "content"),  # presentation renamed .odt
        ("werkblad.odt", office_zip(["content.xml"]), "content"),  # no ODF mimetype
        ("dia.pptx", b"PK\x03\x04 broken archive", "content"),
        ("foto.jpg", image_bytes("PNG"), "content"),
        ("foto.png", b"", "content"),
    ],
)
def test_wrong_kinds_and_disguised_files_are_refused(name, content, code):
    with pytest.raises(ValidationError) as raised:
        validate_document_file(SimpleUploadedFile(name, content))
    assert raised.value.code == code


def test_files_over_20_mb_are_refused_and_20_mb_is_allowed():
    at_limit = SimpleUploadedFile("groot.pdf", PDF + b"0" * (MAX_DOCUMENT_BYTES - len(PDF)))
    validate_document_file(at_limit)
    too_big = SimpleUploadedFile("te-groot.pdf", PDF + b"0" * (MAX_DOCUMENT_BYTES - len(PDF) + 1))
    with pytest.raises(ValidationError) as raised:
        validate_document_file(too_big)
    assert raised.value.code == "too_large"
    assert "20" in " ".join(raised.value.messages)


def upload(client, name, content, title="Upload"):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_admin_upload_refuses_a_disguised_file_with_a_message_and_keeps_nothing(admin_client):
    before = SiteDocument.objects.count()
    response = upload(admin_client, "worksheet.pdf", b"MZ\x90\x00" + b"\x00" * 100)
    assert response.status_code == 200  # the form again, with the error
    assert "geen echt PDF-bestand" in response.content.decode()  # the admin speaks Dutch by default
    assert SiteDocument.objects.count() == before


def test_admin_multiple_upload_checks_content_too(admin_client):
    before = SiteDocument.objects.count()
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("slides.pptx", b"not a presentation")},
    )
    assert response.status_code in {200, 400}
    assert response.json()["success"] is False
    assert SiteDocument.objects.count() == before


def test_admin_upload_accepts_a_real_document(admin_client):
    response = upload(admin_client, "brief-ouders.docx", DOCX, title="Brief aan ouders")
    assert response.status_code == 302
    assert SiteDocument.objects.filter(title="Brief aan ouders").exists()


# -- serving ----------------------------------------------------------------------------


@pytest.fixture
def lesson(home_page):
    return factories.LessonPageFactory(parent=factories.LessonIndexPageFactory(parent=home_page))


@pytest.fixture
def live_lesson_download(lesson):
    """A PDF download of a live, public lesson."""
    document = factories.DocumentFactory(file=ContentFile(PDF, name="werkblad.pdf"))
    return factories.LessonDownloadFactory(page=lesson, document=document)


def test_documents_of_a_live_lesson_download_with_type_and_disposition(client, live_lesson_download):
    document = live_lesson_download.document
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert document.filename in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def make_document(title, name="extra.pdf", content=PDF):
    document = SiteDocument(title=title, file=ContentFile(content, name=name))
    document.save()
    return document


def attach(lesson, document):
    LessonDownload.objects.create(page=lesson, document=document, kind="worksheet")


def test_documents_of_a_draft_lesson_are_not_public(client, admin_client, lesson):
    document = make_document("Nieuw werkblad")
    attach(lesson, document)
    lesson.unpublish()
    assert client.get(document.url).status_code == 404
    assert admin_client.get(document.url).status_code == 200  # editors can check the file
    lesson.save_revision().publish()
    assert client.get(document.url).status_code == 200


def test_a_fresh_upload_that_no_page_uses_is_not_public(client, admin_client):
    document = make_document("Nog niet gebruikt")
    assert client.get(document.url).status_code == 404
    assert admin_client.get(document.url).status_code == 200


def test_documents_of_a_private_lesson_are_not_public(client, live_lesson_download):
    download = live_lesson_download
    PageViewRestriction.objects.create(page=download.page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(download.document.url).status_code == 404


def test_the_media_folder_does_not_serve_documents_directly(client, settings, live_lesson_download):
    document = live_lesson_download.document
    assert client.get(settings.MEDIA_URL + document.file.name).status_code == 404


def test_downloads_are_counted_per_day_as_numbers_only(client, admin_client, live_lesson_download):
    document = live_lesson_download.document
    for _ in range(3):
        client.get(document.url)
    admin_client.get(document.url)  # an editor checking the file is not a download
    counts = DocumentDownloadCount.objects.filter(document=document)
    assert counts.count() == 1
    assert counts.get().count == 3
    field_names = {field.name for field in DocumentDownloadCount._meta.get_fields()}
    assert field_names == {"id", "document", "day", "count"}


def test_editors_see_download_numbers_in_a_report(client, admin_client, live_lesson_download):
    document = live_lesson_download.document
    for _ in range(2):
        client.get(document.url)
    response = admin_client.get("/admin/reports/document-downloads/")
    assert response.status_code == 200
    rows = [row for row in response.context["object_list"] if row.pk == document.pk]
    assert rows[0].downloads_recent == 2 and rows[0].downloads_total == 2
    assert document.title in response.content.decode()
    # Visitors and signed-out users do not get in.
    assert client.get("/admin/reports/document-downloads/").status_code == 302
