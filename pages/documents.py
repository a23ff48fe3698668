"""Which files editors may upload as documents, checked by what the file *is*.

A file's extension says little: a renamed executable called worksheet.pdf
must not reach teachers. Each upload is identified from its first bytes
(the ``filetype`` library, also used by Wagtail's image library Willow), and
the office formats, which are ZIP archives, must also open as an archive
holding the part that makes them a document of that kind.
"""

import zipfile

import filetype
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

#: extension → (content type, a part the ZIP archive must contain, or None)
ALLOWED_DOCUMENTS = {
    "pdf": ("application/pdf", None),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/document.xml"),
    "pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/presentation.xml"),
    "odt": ("application/vnd.oasis.opendocument.text", "content.xml"),
    "odp": ("application/vnd.oasis.opendocument.presentation", "content.xml"),
    "png": ("image/png", None),
    "jpg": ("image/jpeg", None),
    "jpeg": ("image/jpeg", None),
}

#: What teachers see next to a download: "PDF, 120 kB".
TYPE_LABELS = {
    "pdf": "PDF",
    "docx": "Word",
    "pptx": "PowerPoint",
    "odt": "OpenDocument Text",
    "odp": "OpenDocument Presentation",
    "png": "PNG",
    "jpg": "JPEG",
    "jpeg": "JPEG",
}

ALLOWED_LIST = "PDF, DOCX, PPTX, ODT, ODP, PNG, JPG"


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def validate_document_file(file):
    """Raise ValidationError unless ``file`` is an allowed kind of document, ≤ 20 MB,
    whose content matches its extension."""
    extension = extension_of(getattr(file, "name", "") or "")
    if extension not in ALLOWED_DOCUMENTS:
        raise ValidationError(
            _("This kind of file cannot be uploaded. Allowed are: %(allowed)s."),
            code="extension",
            params={"allowed": ALLOWED_LIST},
        )
    size = getattr(file, "size", None)
    if size is not None and size > MAX_DOCUMENT_BYTES:
        raise ValidationError(
            _("The file is %(size)s; the most a document can be is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(size), "limit": filesizeformat(MAX_DOCUMENT_BYTES)},
        )
    expected_type, required_part = ALLOWED_DOCUMENTS[extension]
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        detected = filetype.guess(file.read(8192))
        if detected is None or detected.mime != expected_type:
            raise _content_mismatch(extension)
        if required_part:
            file.seek(0)
            try:
                with zipfile.ZipFile(file) as archive:
                    names = set(archive.namelist())
                    mimetype = (
                        archive.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else None
                    )
            except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
                raise _content_mismatch(extension) from None
            if required_part not in names:
                raise _content_mismatch(extension)
            if extension in {"odt", "odp"} and mimetype != expected_type:
                raise _content_mismatch(extension)
    finally:
        file.seek(position)


def _content_mismatch(extension):
    return ValidationError(
        _("The content of this file is not a real %(type)s file. Save it again as %(type)s, or choose another file."),
        code="content",
        params={"type": TYPE_LABELS[extension]},
    )
