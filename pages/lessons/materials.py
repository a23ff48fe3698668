"""All downloads of a lesson as one zip, with a read-me naming the lesson, its
short link and its licence (what CC BY asks of anyone passing it on)."""

import tempfile
import zipfile

from django.http import FileResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

# Files are stored as they are (PDFs and office files are compressed already);
# the zip is built in a temporary file that moves to disk past 8 MB.
SPOOL_BYTES = 8 * 1024 * 1024


def readme_text(lesson, downloads, request):
    rows = [
        lesson.title,
        "=" * len(lesson.title),
        "",
        _("Lesson page: %(url)s") % {"url": lesson.short_url(request)},
        _("Licence: %(licence)s %(url)s")
        % {"licence": lesson.licence_name, "url": lesson.licence_url or lesson.licence_other},
        _("Source: Veilig in Beeld"),
        "",
        _("Files in this zip:"),
    ]
    rows += [f"- {download.document.filename} ({download.display_label})" for download in downloads]
    return "\n".join(rows) + "\n"


def materials_zip_response(lesson, downloads, request):
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
    used_names = set()
    with zipfile.ZipFile(spool, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(_("README.txt"), readme_text(lesson, downloads, request), zipfile.ZIP_DEFLATED)
        for download in downloads:
            name = download.document.filename
            stem, dot, extension = name.rpartition(".")
            counter = 2
            while name in used_names:  # two documents with one file name: keep both
                name = f"{stem}-{counter}{dot}{extension}"
                counter += 1
            used_names.add(name)
            with download.document.open_file() as source:
                with archive.open(name, "w") as target:
                    for chunk in iter(lambda: source.read(64 * 1024), b""):
                        target.write(chunk)
    spool.seek(0)
    filename = f"{slugify(lesson.title) or 'lesson'}.zip"
    return FileResponse(spool, as_attachment=True, filename=filename, content_type="application/zip")
