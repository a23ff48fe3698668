"""Lesson downloads: Wagtail documents whose PDFs are generated from the data (nothing binary committed)."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from demo.pdfs import worksheet_pdf
from pages.models import LessonDownload
from upstream.wagtail_documents import set_file_metadata

from .records import record

LESSON_COLLECTION = "Lesmateriaal"


class LessonLoader:
    def lesson_collection(self):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=LESSON_COLLECTION).first()
        if collection is None:
            collection = record(root.add_child(name=LESSON_COLLECTION))
        return collection

    def lesson_document(self, download, lesson_title):
        document_model = get_document_model()
        document = document_model.objects.filter(title=download["label"]).first()
        if document is not None:
            return document
        footer = f"Veilig in Beeld - {lesson_title} - CC BY 4.0"
        document = document_model(
            title=download["label"],
            collection=self.lesson_collection(),
            file=ContentFile(
                worksheet_pdf(download["pdf"], footer, lang=download["language"]), name=download["filename"]
            ),
        )
        document.full_clean()
        set_file_metadata(document)  # size and hash, as Wagtail's upload form does
        document.save()
        return record(document)

    def lesson_downloads(self, page, downloads):
        return [
            LessonDownload(
                sort_order=order,
                document=self.lesson_document(download, getattr(page, f"title_{download['language']}")),
                kind=download["kind"],
                language=download["language"],
                label_nl=download["label"],
            )
            for order, download in enumerate(downloads)
        ]
