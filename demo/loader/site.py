"""The site itself: the demo image, topics, help services, platforms, the default Site, its settings,
featured campaigns."""

import io
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from editorial.models import TranslationToCheck
from home.models import HomePage, HomePageFeaturedCampaign, SiteSettings
from pages.models import AudienceModule, HelpService, Platform, Topic, WarningPartner

from .data import DATA_ERRORS, DemoDataError, read
from .fields import field_or_none, languages_given
from .records import record

DEMO_IMAGE_TITLE = "Veilig in Beeld – abstract pattern"
SITE_FILE = "site.yaml"


class SiteLoader:
    def demo_image(self):
        """An abstract pattern (no people, no children), drawn here rather than committed."""
        image_model = get_image_model()
        image = image_model.objects.filter(title=DEMO_IMAGE_TITLE).first()
        if image is None:
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
                title=DEMO_IMAGE_TITLE, ai_generated=False, file=ImageFile(buffer, name="veilig-in-beeld-pattern.png")
            )
            image.save()
            record(image)
        self.refs["image"] = image

    def snippets(self, name, key, model, find, prefix=""):
        """Rows of ``model`` from the list ``key`` of a data file; an existing one (``find(data)``) is kept.

        Other data refers to a row by ``prefix`` + its key.
        """
        for data in read(name)[key]:
            data = dict(data)
            ref = data.pop("key", None)
            if ref is not None and field_or_none(model, "key"):  # the row's own key (a platform's, in its URLs)
                data["key"] = ref
            obj = model.objects.filter(**find(data)).first()
            if obj is None:
                try:
                    values = self.field_values(model, data)
                    if isinstance(data.get("name"), dict):  # the untranslated column holds the Dutch name
                        values["name"] = data["name"]["nl"]
                    obj = model(**values)
                    obj.full_clean()
                except DATA_ERRORS as exc:
                    raise DemoDataError(f"demo/data/{name}: {ref or data}: {exc!r}") from exc
                obj.save()
                record(obj)
                self.mark_translations_to_check(obj, languages_given(model, data))
            self.refs[f"{prefix}{ref}"] = obj

    def mark_translations_to_check(self, obj, codes):
        """The demo's Turkish and Arabic are demo translations: marked for a native speaker's check
        (site.yaml, translations_to_check), which the admin shows until an editor presses "Checked"."""
        if not hasattr(self, "languages_to_check"):
            self.languages_to_check = set(read(SITE_FILE).get("translations_to_check", []))
        for code in codes:
            if code in self.languages_to_check:
                TranslationToCheck.mark(obj, code)

    def topics(self):
        self.snippets(SITE_FILE, "topics", Topic, _by_dutch_name)

    def help_services(self):
        self.snippets("help_services.yaml", "help_services", HelpService, _by_dutch_name, prefix="service:")

    def platforms(self):
        """The platform directory of the "get images offline" route."""
        self.snippets("platforms.yaml", "platforms", Platform, lambda data: {"key": data["key"]}, prefix="platform:")

    def warning_partners(self):
        """The partner sites that may frame the partner warning (pages/models/warning.py)."""
        self.snippets("warning_partners.yaml", "warning_partners", WarningPartner, lambda data: {"name": data["name"]})

    def modules(self):
        """The audience modules; they may link to pages, so they come after them."""
        self.snippets("modules.yaml", "modules", AudienceModule, lambda data: {"name": data["name"]})

    def point_site_at(self, home):
        """Make the demo home the default site's root, at the address the site is served on."""
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        if site.pk is None or (site.hostname, site.port) == ("localhost", 80):
            # Wagtail's placeholder address; sitemaps and canonical URLs use the real one.
            site.hostname = address.hostname or "localhost"
            site.port = address.port or (443 if address.scheme == "https" else 80)
        created = site.pk is None
        site.root_page = home
        site.site_name = "Veilig in Beeld"
        site.save()
        if created:
            record(site)
        # Wagtail's placeholder "Welcome" page is of no use once the demo exists.
        for page in Page.objects.filter(depth=2).exclude(pk=home.pk):
            if page.specific_class is Page:
                page.delete()
        return site

    def site_settings(self, site):
        created = not SiteSettings.objects.filter(site=site).exists()
        settings_obj = SiteSettings.for_site(site)
        if created:
            record(settings_obj)
        if settings_obj.footer_help_services:
            return
        for name, value in self.field_values(SiteSettings, read(SITE_FILE)["site_settings"]).items():
            setattr(settings_obj, name, value)
        settings_obj.social_image = self.refs["image"]
        settings_obj.save()

    def featured_campaigns(self, home, keys):
        home = HomePage.objects.get(pk=home.pk)
        if home.featured_campaigns.exists():
            return
        for order, key in enumerate(keys):
            HomePageFeaturedCampaign.objects.create(page=home, campaign=self.resolve(key), sort_order=order)


def _by_dutch_name(data):
    return {"name_nl": data["name"]["nl"]}
