"""Builds the bilingual demo site from demo/data/.

Idempotent: a page that already exists (found by its Dutch slug under its parent) is kept as it is, and so is
a snippet found by its name or key, so running the loader twice creates nothing twice and never overwrites an
editor's work. Every row it creates is recorded (DemoRecord) for ``records.reset()``.
"""

import io

from django.db import transaction

from .awareness import AwarenessLoader
from .data import DemoDataError, read
from .fields import FieldBuilder
from .lessons import LessonLoader
from .messages import MessageLoader
from .pages import PageLoader
from .site import SiteLoader

#: Page files in the order their pages are created (which is also the order of the menus).
PAGE_FILES = [
    "pages/site.yaml",
    "pages/guidance.yaml",
    "pages/campaigns.yaml",
    "pages/lessons.yaml",
    "pages/warning.yaml",
]

__all__ = ["DemoLoader", "DemoDataError", "PAGE_FILES"]


class DemoLoader(FieldBuilder, SiteLoader, PageLoader, MessageLoader, LessonLoader, AwarenessLoader):
    def __init__(self, stdout=None):
        self.stdout = stdout or io.StringIO()
        self.created = []
        self.kept = []
        self.refs = {}
        self.to_publish = []

    def resolve(self, key):
        if not key:
            return None
        try:
            return self.refs[key]
        except KeyError:
            raise DemoDataError(f"Demo data refers to an unknown key: {key!r}") from None

    @transaction.atomic
    def load(self):
        self.demo_image()
        self.topics()
        self.help_services()
        self.platforms()
        self.warning_partners()
        self.load_pages(PAGE_FILES[0])  # the home page first: the site points at it
        site = self.point_site_at(self.refs["home"])
        for name in PAGE_FILES[1:]:
            self.load_pages(name)
        self.awareness_questions()  # before the modules that place them
        self.message_slots()  # before the modules that place them too
        self.modules()
        # Every page exists now, so links between them can be filled in.
        self.publish_created()
        self.experiments()
        home_entry = read(PAGE_FILES[0])["pages"][0]
        self.featured_campaigns(self.refs["home"], home_entry.get("featured_campaigns", []))
        self.site_settings(site)
        self.stdout.write(f"Demo content: {len(self.created)} pages created, {len(self.kept)} already there.\n")
        return self.created
