"""Workaround: a document made in code gets its file size and hash, as Wagtail's upload form gives it.

Why. The demo loader (demo/loader/lessons.py) makes Wagtail documents from generated PDFs. Wagtail
sets a document's ``file_size`` and ``file_hash`` in its upload form, through the document's
private ``_set_document_file_metadata()``; a document saved any other way has neither (the admin
then shows no size, and duplicate detection cannot find it). Wagtail has no public method for it.

Tested with wagtail 8.0.x (checked in ``install()``). Delete this module when Wagtail sets the
metadata on save, or offers a public method: tests/demo/ still passes then.
"""

from . import require_tested_versions

__all__ = ["install", "set_file_metadata"]

TESTED = {"wagtail": ">=8.0,<8.1"}


def set_file_metadata(document):
    """Fill in the document's file size and hash from its file, as Wagtail's upload form does."""
    document._set_document_file_metadata()


def install():
    """Refuse to start on a Wagtail this was not checked with. Called from PagesConfig.ready()."""
    require_tested_versions(TESTED)
