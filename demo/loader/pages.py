"""Pages from demo/data/pages/*.yaml: created under their parent unless that parent has the Dutch slug already."""

from django.apps import apps
from django.utils import translation
from wagtail.models import Page

from core import languages
from home.models import HomePage

from .data import DATA_ERRORS, DemoDataError, read
from .fields import languages_given, split
from .records import record

ROOT = "root"


class PageLoader:
    def load_pages(self, name):
        for entry in read(name)["pages"]:
            try:
                self.page(entry, name)
            except DATA_ERRORS as exc:
                raise DemoDataError(f"demo/data/{name}: page {entry.get('key')!r}: {exc!r}") from exc

    def existing_page(self, model, parent, slug_nl):
        if model is HomePage:  # the site has one home page, whatever its slug
            return HomePage.objects.first()
        return parent.get_children().filter(slug_nl=slug_nl).first()

    def page(self, entry, source):
        model = apps.get_model(entry["type"])
        parent = Page.get_first_root_node() if entry["parent"] == ROOT else self.resolve(entry["parent"])
        key, slug_nl = entry["key"], entry["slug"]["nl"]
        existing = self.existing_page(model, parent, slug_nl)
        if existing is not None:
            self.refs[key] = existing.specific
            self.kept.append(key)
            return
        now, later = split(model, entry["fields"], self.refs)
        # A language without a slug of its own uses the Dutch one (/tr/hulp/).
        slugs = {languages.column("slug", code): entry["slug"].get(code) or None for code in languages.others()}
        page = model(
            title=entry["fields"]["title"]["nl"],
            slug=slug_nl,
            slug_nl=slug_nl,
            show_in_menus=entry.get("show_in_menus", True),
            **slugs,
            **self.field_values(model, now),
        )
        with translation.override(languages.codes()[0]):
            parent.add_child(instance=page)
        self.refs[key] = record(page)
        self.mark_translations_to_check(page, languages_given(model, entry["fields"]))
        self.created.append(key)
        self.to_publish.append((page, later, f"demo/data/{source}: page {key!r}"))

    def publish_created(self):
        """Fill in the fields that link to other pages, now that every page exists, and publish."""
        for page, later, source in self.to_publish:
            page = page.specific_class.objects.get(pk=page.pk)
            later = dict(later)
            downloads = later.pop("downloads", None)
            try:
                for name, value in self.field_values(type(page), later).items():
                    setattr(page, name, value)
                if downloads is not None:
                    page.downloads = self.lesson_downloads(page, downloads)
            except DATA_ERRORS as exc:
                raise DemoDataError(f"{source}: {exc!r}") from exc
            with translation.override(languages.codes()[0]):
                page.save_revision().publish()
