"""Builds the bilingual demo site from pages/demo/content.py.

Idempotent: a page that already exists (found by its Dutch slug under its
parent) is kept as it is, so running the loader twice creates nothing twice
and never overwrites an editor's work. ``reset()`` removes the demo tree first.
"""

import datetime
import io
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone, translation
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site
from wagtail.rich_text import RichText

from home.models import HomePage, HomePageFeaturedCampaign, SiteSettings
from messaging.models import Experiment, MessageSlot, MessageVariant
from pages import languages
from pages.models import (
    AudienceHubPage,
    AudienceModule,
    CampaignIndexPage,
    CampaignModule,
    CampaignPage,
    GuidanceIndexPage,
    GuidanceModule,
    GuidancePage,
    HelpPage,
    HelpService,
    LessonDownload,
    LessonIndexPage,
    LessonPage,
    LessonPhase,
    StandardPage,
    Topic,
)

from . import content
from .pdfs import worksheet_pdf

RICH_TEXT_BLOCKS = {"text"}
DEMO_IMAGE_TITLE = "Veilig in Beeld – abstract pattern"
LESSON_COLLECTION = "Lesmateriaal"


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout or io.StringIO()
        self.created = []
        self.kept = []
        self.refs = {}
        self.to_publish = []

    # -- helpers -------------------------------------------------------------
    def say(self, message):
        self.stdout.write(message + "\n")

    @staticmethod
    def translated(field, values):
        """{"nl": …, "en": …} → {"field_nl": …, "field_en": …}; empty English stays empty."""
        return {f"{field}_{code}": (values or {}).get(code) or "" for code in languages.codes()}

    def resolve(self, ref):
        if not ref:
            return None
        try:
            return self.refs[ref]
        except KeyError:
            raise ValueError(f"Demo content refers to an unknown page: {ref!r}") from None

    def stream(self, blocks):
        """Content blocks with page references resolved and rich text wrapped."""
        result = []
        for block_type, value in blocks or []:
            if block_type in RICH_TEXT_BLOCKS:
                value = RichText(value)
            elif block_type == "call_to_action":
                value = dict(value)
                value["page"] = self.resolve(value.get("page"))
                value.setdefault("url", "")
            elif block_type == "steps":
                value = {
                    **value,
                    "steps": [{**step, "text": RichText(step["text"])} for step in value["steps"]],
                }
            elif block_type == "helpline_card":
                value = {**value, "service": self.resolve(f"service:{value['service']}")}
            elif block_type == "message_slot":
                value = {**value, "page": self.resolve(value.get("page")), "url": value.get("url", "")}
            elif block_type == "related_guidance":
                value = {**value, "pages": [self.resolve(ref) for ref in value["pages"]]}
            elif block_type in {"faq", "callout"}:
                value = dict(value)
                if block_type == "faq":
                    value["items"] = [
                        {"question": item["question"], "answer": RichText(item["answer"])} for item in value["items"]
                    ]
                else:
                    value["text"] = RichText(value["text"])
            result.append((block_type, value))
        return result

    def translated_stream(self, field, values):
        return {f"{field}_{code}": self.stream((values or {}).get(code) or []) for code in languages.codes()}

    def upsert_page(self, parent, model, ref, data, fields, linked_fields=None):
        """Create ``model`` under ``parent`` unless a page with that Dutch slug exists.

        ``linked_fields`` is a callable returning the fields that point at other
        pages (StreamFields with links, choosers); it runs once every demo page
        exists, just before the page's first revision is published.
        """
        slug_nl = data["slug"]["nl"]
        existing = parent.get_children().filter(slug_nl=slug_nl).first()
        if existing is not None:
            page = existing.specific
            self.refs[ref] = page
            self.kept.append(ref)
            return page
        page = model(
            title=data["title"]["nl"],
            slug=slug_nl,
            slug_nl=slug_nl,
            slug_en=data["slug"].get("en") or None,
            show_in_menus=data.get("show_in_menus", True),
            **self.translated("title", data["title"]),
            **self.translated("seo_title", data.get("seo_title")),
            **self.translated("search_description", data.get("search_description")),
            **fields,
        )
        if not data["title"].get("en"):
            page.title_en = None
        with translation.override(languages.codes()[0]):
            parent.add_child(instance=page)
        self.refs[ref] = page
        self.created.append(ref)
        self.to_publish.append((page, linked_fields))
        return page

    def publish_created(self):
        for page, linked_fields in self.to_publish:
            page = page.specific_class.objects.get(pk=page.pk)
            for name, value in (linked_fields() if linked_fields else {}).items():
                setattr(page, name, value)
            with translation.override(languages.codes()[0]):
                page.save_revision().publish()

    # -- the site ------------------------------------------------------------
    def demo_image(self):
        """An abstract pattern (no people, no children), drawn here rather than committed."""
        image_model = get_image_model()
        image = image_model.objects.filter(title=DEMO_IMAGE_TITLE).first()
        if image:
            return image
        canvas = PILImage.new("RGB", (1200, 630), (17, 64, 92))
        draw = ImageDraw.Draw(canvas)
        for x, y, r, colour in [
            (180, 160, 260, (33, 122, 150)),
            (900, 480, 320, (242, 184, 75)),
            (640, 120, 140, (230, 240, 244)),
            (1080, 90, 90, (33, 122, 150)),
        ]:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
        buffer = io.BytesIO()
        canvas.save(buffer, format="PNG")
        image = image_model(
            title=DEMO_IMAGE_TITLE,
            ai_generated=False,
            file=ImageFile(buffer, name="veilig-in-beeld-pattern.png"),
        )
        image.save()
        return image

    def topics(self):
        for key, names in content.TOPICS.items():
            topic = Topic.objects.filter(name_nl=names["nl"]).first()
            if topic is None:
                topic = Topic.objects.create(name=names["nl"], **self.translated("name", names))
            self.refs[f"topic:{key}"] = topic

    def home(self, image):
        data = content.HOME
        home = HomePage.objects.first()
        if home is not None:
            self.refs["home"] = home
            self.kept.append("home")
            return home
        home = self.upsert_page(
            Page.get_first_root_node(),
            HomePage,
            "home",
            {**data, "slug": {"nl": "veilig-in-beeld", "en": "veilig-in-beeld"}},
            {
                **self.translated("hero_heading", data["hero_heading"]),
                **self.translated("hero_intro", data["hero_intro"]),
                **self.translated("hero_cta_label", data.get("hero_cta_label")),
                **self.translated("help_heading", data.get("help_heading")),
                **self.translated("help_text", data.get("help_text")),
                "hero_image": image,
                "hero_image_decorative": True,
            },
            linked_fields=lambda: self.home_links(data),
        )
        return home

    def home_links(self, data):
        fields = {"hero_cta_page": self.resolve(data.get("hero_cta_page"))}
        for code in languages.codes():
            fields[f"audience_entries_{code}"] = [
                (
                    "entry",
                    {
                        "audience": entry["audience"],
                        "heading": entry["heading"].get(code, ""),
                        "text": entry["text"].get(code, ""),
                        "page": self.resolve(entry["page"]),
                    },
                )
                for entry in data.get("audience_entries", [])
                if entry["heading"].get(code)
            ]
        return fields

    def featured_campaigns(self, home):
        home = HomePage.objects.get(pk=home.pk)
        if home.featured_campaigns.exists():
            return
        for order, ref in enumerate(content.HOME.get("featured_campaigns", [])):
            HomePageFeaturedCampaign.objects.create(page=home, campaign=self.resolve(ref), sort_order=order)

    def point_site_at(self, home):
        """Make the demo home the default site's root, at the address the site is served on."""
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        if site.pk is None or (site.hostname, site.port) == ("localhost", 80):
            # Wagtail's placeholder address; sitemaps and canonical URLs use the real one.
            site.hostname = address.hostname or "localhost"
            site.port = address.port or (443 if address.scheme == "https" else 80)
        site.root_page = home
        site.site_name = "Veilig in Beeld"
        site.save()
        # Wagtail's placeholder "Welcome" page is of no use once the demo exists.
        for page in Page.objects.filter(depth=2).exclude(pk=home.pk):
            if page.specific_class is Page:
                page.delete()
        return site

    def site_settings(self, site, image):
        settings_obj = SiteSettings.for_site(site)
        if settings_obj.footer_help_services:
            return
        data = content.SITE_SETTINGS
        fields = {
            **self.translated("footer_help_heading", data["footer_help_heading"]),
            **self.translated("footer_text", data["footer_text"]),
            "footer_help_services": [
                ("service", self.resolve(f"service:{key}")) for key in data["footer_help_services"]
            ],
        }
        for name, value in fields.items():
            setattr(settings_obj, name, value)
        settings_obj.social_image = image
        settings_obj.save()

    # -- help and audiences -------------------------------------------------------
    def help_services(self):
        for data in content.HELP_SERVICES:
            service = HelpService.objects.filter(name_nl=data["name"]["nl"]).first()
            if service is None:
                service = HelpService(
                    name=data["name"]["nl"],
                    phone=data.get("phone", ""),
                    phone_2=data.get("phone_2", ""),
                    chat_url=data.get("chat_url", ""),
                    website_url=data.get("website_url", ""),
                    anonymous=data["anonymous"],
                    free=data["free"],
                    min_age=data.get("min_age"),
                    max_age=data.get("max_age"),
                    situations=data["situations"],
                    last_checked=datetime.date.fromisoformat(data["last_checked"]),
                    sort_order=data["sort_order"],
                    **{
                        field: value
                        for name in (
                            "name",
                            "for_whom",
                            "description",
                            "phone_label",
                            "phone_2_label",
                            "opening_hours",
                        )
                        for field, value in self.translated(name, data.get(name)).items()
                    },
                )
                service.full_clean()
                service.save()
            self.refs[f"service:{data['key']}"] = service

    def help_page(self, home):
        data = content.HELP_PAGE
        self.upsert_page(home, HelpPage, "help", data, self.translated("intro", data.get("intro")))

    def hubs(self, home):
        for data in content.HUBS:
            self.upsert_page(
                home,
                AudienceHubPage,
                f"hub:{data['key']}",
                data,
                {"audience": data["audience"], **self.translated("intro", data.get("intro"))},
            )

    def modules(self):
        """The audience modules (snippets); they may link to pages, so they come after them."""
        for data in content.MODULES:
            module = AudienceModule.objects.filter(name=data["name"]).first()
            if module is None:
                module = AudienceModule(
                    name=data["name"],
                    audiences=data["audiences"],
                    **self.translated_stream("content", data["content"]),
                )
                module.save()
            self.refs[f"module:{data['key']}"] = module

    def placements(self, ref, placement_model):
        """A page's module placements, filled in just before its first publication."""
        return {
            "module_placements": [
                placement_model(module=self.resolve(f"module:{key}"), sort_order=order)
                for order, key in enumerate(content.PLACEMENTS.get(ref, []))
            ]
        }

    def campaigns(self, index):
        for data in content.CAMPAIGNS:
            end = data.get("end_date")
            self.upsert_page(
                index,
                CampaignPage,
                f"campaign:{data['key']}",
                data,
                {
                    **self.translated("hero_headline", data["hero_headline"]),
                    **self.translated("hero_intro", data["hero_intro"]),
                    **self.translated("key_message", data["key_message"]),
                    **self.translated("cta_label", data.get("cta_label")),
                    "start_date": datetime.date.fromisoformat(data["start_date"]),
                    "end_date": datetime.date.fromisoformat(end) if end else None,
                    "topic": self.refs.get(f"topic:{data.get('topic')}"),
                },
                linked_fields=lambda data=data: {
                    "cta_page": self.resolve(data.get("cta_page")),
                    "hero_message": self.hero_message(f"campaign:{data['key']}"),
                    **self.translated_stream("body", data["body"]),
                    **self.placements(f"campaign:{data['key']}", CampaignModule),
                },
            )

    def guidance(self, index):
        for data in content.GUIDANCE:
            sources = {
                f"sources_{code}": [
                    ("source", {"title": "", "publisher": "", "date": "", "url": "", **source})
                    for source in (data.get("sources") or {}).get(code, [])
                ]
                for code in languages.codes()
            }
            self.upsert_page(
                index,
                GuidancePage,
                f"guidance:{data['key']}",
                data,
                {
                    **self.translated("intro", data["intro"]),
                    **self.translated("content_warning", data.get("content_warning")),
                    "last_reviewed": datetime.date.fromisoformat(data["last_reviewed"]),
                    **sources,
                },
                linked_fields=lambda data=data: {
                    **self.translated_stream("body", data["body"]),
                    **self.placements(f"guidance:{data['key']}", GuidanceModule),
                },
            )

    def standard_pages(self, home):
        for data in content.STANDARD:
            self.upsert_page(
                home,
                StandardPage,
                f"standard:{data['key']}",
                data,
                self.translated("intro", data.get("intro")),
                linked_fields=lambda data=data: self.translated_stream("body", data.get("body")),
            )

    # -- tested messages --------------------------------------------------------------
    def hero_message(self, campaign_ref):
        key = content.HERO_MESSAGES.get(campaign_ref)
        return self.refs.get(f"slot:{key}") if key else None

    def message_slots(self):
        """Message slots (snippets with revisions), published; they link to pages, so they come after them."""
        for data in content.MESSAGE_SLOTS:
            slot = MessageSlot.objects.filter(key=data["key"]).first()
            if slot is None:
                slot = MessageSlot(name=data["name"], key=data["key"], default_variant=data["default_variant"])
                slot.variants = [
                    MessageVariant(
                        sort_order=order,
                        key=variant["key"],
                        cta_page=self.resolve(variant.get("cta_page")),
                        **self.translated("headline", variant["headline"]),
                        **self.translated("body", variant.get("body")),
                        **self.translated("cta_label", variant.get("cta_label")),
                    )
                    for order, variant in enumerate(data["variants"])
                ]
                slot.save()
                slot.save_revision().publish()
            self.refs[f"slot:{data['key']}"] = slot

    def experiments(self):
        """Experiments, approved (published); the demo's running one is started as a campaign lead would."""
        for data in content.EXPERIMENTS:
            if Experiment.objects.filter(slug=data["slug"]).exists():
                continue
            experiment = Experiment(
                slug=data["slug"],
                name=data["name"],
                slot=self.resolve(f"slot:{data['slot']}"),
                hypothesis=data.get("hypothesis", ""),
                weights=data["weights"],
                primary_goal=data["primary_goal"],
                secondary_goals=data.get("secondary_goals", []),
                goal_page=self.resolve(data.get("goal_page")),
                baseline_rate=data["baseline_rate"],
                minimum_detectable_effect=data["minimum_detectable_effect"],
            )
            experiment.full_clean()
            experiment.save()
            experiment.save_revision().publish()
            if data.get("running"):
                Experiment.objects.filter(pk=experiment.pk).update(
                    phase="running",
                    started_at=timezone.now(),
                    planned_per_arm=experiment.planned_sample(),
                    arm_order=",".join(experiment.arm_keys()),
                )

    # -- lessons -------------------------------------------------------------------
    def lesson_document(self, download, lesson_title):
        """A lesson's download as a Wagtail document, its PDF generated here (nothing binary committed)."""
        document_model = get_document_model()
        document = document_model.objects.filter(title=download["label"]).first()
        if document is not None:
            return document
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=LESSON_COLLECTION).first()
        if collection is None:
            collection = root.add_child(name=LESSON_COLLECTION)
        footer = f"Veilig in Beeld - {lesson_title} - CC BY 4.0"
        document = document_model(
            title=download["label"],
            collection=collection,
            file=ContentFile(
                worksheet_pdf(download["pdf"], footer, lang=download["language"]), name=download["filename"]
            ),
        )
        document.full_clean()
        document._set_document_file_metadata()  # size and hash, as Wagtail's upload form does
        document.save()
        return document

    def lesson_links(self, data):
        return {
            "related_campaign": self.resolve(data.get("campaign")),
            "audience_hub": self.resolve(data.get("hub")),
            "phases": [
                LessonPhase(
                    sort_order=order,
                    minutes=phase["minutes"],
                    **self.translated("name", phase["name"]),
                    **self.translated("activity", phase["activity"]),
                )
                for order, phase in enumerate(data["phases"])
            ],
            "downloads": [
                LessonDownload(
                    sort_order=order,
                    document=self.lesson_document(download, data["title"][download["language"]]),
                    kind=download["kind"],
                    language=download["language"],
                    label_nl=download["label"],
                )
                for order, download in enumerate(data["downloads"])
            ],
        }

    def lessons(self, index):
        for data in content.LESSONS:
            fields = {name: data[name] for name in ("levels", "min_age", "max_age", "duration_minutes", "subjects")}
            for name in (
                "summary",
                "objectives_knowledge",
                "objectives_skills",
                "materials_needed",
                "teacher_background",
                "content_warning",
                "ground_rules",
            ):
                fields.update(self.translated(name, data.get(name)))
            fields["last_reviewed"] = datetime.date.fromisoformat(data["last_reviewed"])
            self.upsert_page(
                index,
                LessonPage,
                f"lesson:{data['key']}",
                data,
                fields,
                linked_fields=lambda data=data: self.lesson_links(data),
            )

    def index_page(self, home, model, ref, data):
        return self.upsert_page(home, model, ref, data, self.translated("intro", data.get("intro")))

    @transaction.atomic
    def load(self):
        image = self.demo_image()
        self.topics()
        self.help_services()
        home = self.home(image)
        site = self.point_site_at(home)
        self.index_page(home, CampaignIndexPage, "campaign-index", content.CAMPAIGN_INDEX)
        guidance_index = self.index_page(home, GuidanceIndexPage, "guidance-index", content.GUIDANCE_INDEX)
        lesson_index = self.index_page(home, LessonIndexPage, "lesson-index", content.LESSON_INDEX)
        self.hubs(home)
        self.help_page(home)
        self.standard_pages(home)
        self.guidance(guidance_index)
        self.campaigns(self.refs["campaign-index"])
        self.lessons(lesson_index)
        self.modules()
        self.message_slots()
        # Every page exists now, so links between them can be filled in.
        self.publish_created()
        self.experiments()
        self.featured_campaigns(home)
        self.site_settings(site, image)
        self.say(f"Demo content: {len(self.created)} pages created, {len(self.kept)} already there.")
        return self.created


def reset():
    """Delete the demo tree (everything under the root), topics and images it made."""
    Image = get_image_model()
    with transaction.atomic():
        for page in Page.objects.filter(depth=2):
            page.delete()
        Topic.objects.all().delete()
        Experiment.objects.all().delete()
        MessageSlot.objects.all().delete()
        AudienceModule.objects.all().delete()
        HelpService.objects.all().delete()
        Image.objects.filter(title=DEMO_IMAGE_TITLE).delete()
        get_document_model().objects.filter(collection__name=LESSON_COLLECTION).delete()
        SiteSettings.objects.all().delete()
