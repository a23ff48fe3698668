"""Test data builders: every page type, snippet, image and document, filled in both languages.

A test builds only what it needs, in a minimal tree made by ``build_site()``
(root → HomePage as the default site's root). Section overviews take the slugs
the site's URLs are known by (/nl/campagnes/, /en/campaigns/, …); every other
page gets a made-up slug from a sequence, so a copy edit of the demo never
breaks a test. Pages are created live, as ``add_child`` makes them, without a
revision: a test that needs one calls ``page.save_revision().publish()``.
"""

import datetime

import factory
import wagtail_factories
from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from awareness.models import AwarenessQuestion
from home.models import HomePage, HomePageFeaturedCampaign, SiteSettings
from messaging.models import Experiment, MessageSlot, MessageVariant
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
    ImagesOfflinePage,
    LessonDownload,
    LessonIndexPage,
    LessonPage,
    LessonPhase,
    PartnerWarningPage,
    Platform,
    SiteDocument,
    SiteImage,
    StandardPage,
    Topic,
    WarningPartner,
)
from reach.models import ReachSource

#: The smallest file the document upload check accepts as a PDF.
PDF_BYTES = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def text(html):
    """A rich-text StreamField block: ``[text("<p>…</p>")]`` as a body."""
    return ("text", RichText(html))


class TranslatedPageFactory(wagtail_factories.PageFactory):
    """A page with its title and slug in Dutch and English, added as the site adds pages:
    with Dutch active, so Wagtail's own title and slug are the Dutch ones."""

    title_nl = factory.Sequence(lambda n: f"Testpagina {n}")
    title_en = factory.Sequence(lambda n: f"Test page {n}")
    title = factory.SelfAttribute("title_nl")
    slug_nl = factory.Sequence(lambda n: f"testpagina-{n}")
    slug_en = factory.Sequence(lambda n: f"test-page-{n}")
    slug = factory.SelfAttribute("slug_nl")
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")

    class Meta:
        abstract = True

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return super()._create_instance(model_class, parent, kwargs)


class HomePageFactory(TranslatedPageFactory):
    title_nl = "Veilig in Beeld"
    title_en = "Veilig in Beeld"
    slug_nl = "veilig-in-beeld"
    slug_en = "veilig-in-beeld"
    hero_heading_nl = "Nep beeld, echte schade"
    hero_heading_en = "Fake image, real harm"
    hero_intro_nl = "Hier lees je wat je kunt doen."
    hero_intro_en = "Here you can read what you can do."
    hero_image_decorative = True

    class Meta:
        model = HomePage


def build_site(**home_fields):
    """root → HomePage, the default site's root at testserver:80 (the test settings' address)."""
    home = HomePageFactory(parent=Page.get_first_root_node(), **home_fields)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.site_name, site.root_page = "testserver", 80, "Veilig in Beeld", home
    site.save()
    # Wagtail's placeholder "Welcome" page would otherwise stay a second child of the root.
    Page.objects.filter(depth=2).exclude(pk=home.pk).filter(content_type__model="page").delete()
    return home


class CampaignIndexPageFactory(TranslatedPageFactory):
    title_nl, title_en = "Campagnes", "Campaigns"
    slug_nl, slug_en = "campagnes", "campaigns"
    intro_nl = "<p>Alle campagnes.</p>"
    intro_en = "<p>All campaigns.</p>"

    class Meta:
        model = CampaignIndexPage


class GuidanceIndexPageFactory(TranslatedPageFactory):
    title_nl, title_en = "Informatie", "Guidance"
    slug_nl, slug_en = "informatie", "guidance"
    intro_nl = "<p>Uitleg in gewone taal.</p>"
    intro_en = "<p>Plain-language guidance.</p>"

    class Meta:
        model = GuidanceIndexPage


class LessonIndexPageFactory(TranslatedPageFactory):
    title_nl, title_en = "Lesmateriaal", "Lesson materials"
    slug_nl, slug_en = "lesmateriaal", "lesson-materials"
    intro_nl = "<p>Lessen voor de klas.</p>"
    intro_en = "<p>Lessons for the classroom.</p>"

    class Meta:
        model = LessonIndexPage


class HelpPageFactory(TranslatedPageFactory):
    title_nl, title_en = "Hulp", "Help"
    slug_nl, slug_en = "hulp", "help"
    intro_nl = "<p>Hier vind je hulp.</p>"
    intro_en = "<p>Here you find help.</p>"

    class Meta:
        model = HelpPage


class ImagesOfflinePageFactory(TranslatedPageFactory):
    """The triage under the help page; each step's text names its step, so a test can find it."""

    title_nl, title_en = "Beelden offline halen", "Get images offline"
    slug_nl, slug_en = "beelden-offline", "get-images-offline"
    fake_or_real_nl = "Echt of nep, het is misbruik."
    fake_or_real_en = "Fake or real, it is abuse."
    content_warning_nl = "Over naaktbeelden zonder toestemming."
    content_warning_en = "About nude images shared without consent."
    route_intro_me_nl, route_intro_me_en = "<p>Niet jouw schuld.</p>", "<p>Not your fault.</p>"
    route_intro_child_nl, route_intro_child_en = "<p>Blijf rustig.</p>", "<p>Stay calm.</p>"
    step_stop_contact_nl, step_stop_contact_en = "<p>Betaal niet.</p>", "<p>Do not pay.</p>"
    step_no_sharing_minor_nl = "<p>Nooit bewaren of doorsturen.</p>"
    step_no_sharing_minor_en = "<p>Never save or forward it.</p>"
    step_no_sharing_nl, step_no_sharing_en = "<p>Niet doorsturen.</p>", "<p>Do not forward it.</p>"
    step_stop_contact_parent_nl = "<p>Help je kind. Betaal niet.</p>"
    step_stop_contact_parent_en = "<p>Help your child. Do not pay.</p>"
    step_no_sharing_minor_parent_nl = "<p>Bewaar het beeld van je kind nooit.</p>"
    step_no_sharing_minor_parent_en = "<p>Never save the image of your child.</p>"

    class Meta:
        model = ImagesOfflinePage


class PartnerWarningPageFactory(TranslatedPageFactory):
    """The partner warning under the help page (pages/models/warning.py), its own text as the fallback."""

    title_nl, title_en = "Waarschuwing", "Warning"
    slug_nl, slug_en = "waarschuwing", "warning"
    headline_nl, headline_en = "Dit kan strafbaar zijn", "This may be illegal"
    body_nl, body_en = "Praat er anoniem over.", "Talk about it anonymously."

    class Meta:
        model = PartnerWarningPage


class WarningPartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner {n}")
    origins = factory.Sequence(lambda n: f"https://partner-{n}.example")

    class Meta:
        model = WarningPartner


HUB_SLUGS = {
    "young-people": ("jongeren", "young-people"),
    "parents": ("ouders", "parents"),
    "schools": ("scholen", "schools"),
}


class AudienceHubPageFactory(TranslatedPageFactory):
    audience = "parents"
    title_nl = factory.LazyAttribute(lambda o: HUB_SLUGS[o.audience][0].capitalize())
    title_en = factory.LazyAttribute(lambda o: HUB_SLUGS[o.audience][1].replace("-", " ").capitalize())
    slug_nl = factory.LazyAttribute(lambda o: HUB_SLUGS[o.audience][0])
    slug_en = factory.LazyAttribute(lambda o: HUB_SLUGS[o.audience][1])
    intro_nl = "<p>Voor jou.</p>"
    intro_en = "<p>For you.</p>"

    class Meta:
        model = AudienceHubPage


class StandardPageFactory(TranslatedPageFactory):
    intro_nl = "Een gewone pagina."
    intro_en = "An ordinary page."
    body_nl = factory.LazyFunction(lambda: [text("<p>Tekst van de pagina.</p>")])
    body_en = factory.LazyFunction(lambda: [text("<p>Text of the page.</p>")])

    class Meta:
        model = StandardPage


class TopicFactory(factory.django.DjangoModelFactory):
    name_nl = factory.Sequence(lambda n: f"Onderwerp {n}")
    name_en = factory.Sequence(lambda n: f"Topic {n}")
    name = factory.SelfAttribute("name_nl")

    class Meta:
        model = Topic


class CampaignPageFactory(TranslatedPageFactory):
    title_nl = factory.Sequence(lambda n: f"Campagne {n}")
    title_en = factory.Sequence(lambda n: f"Campaign {n}")
    slug_nl = factory.Sequence(lambda n: f"campagne-{n}")
    slug_en = factory.Sequence(lambda n: f"campaign-{n}")
    hero_headline_nl = "Denk na voor je deelt"
    hero_headline_en = "Think before you share"
    hero_intro_nl = "Een foto is zo gedeeld."
    hero_intro_en = "A photo is shared in no time."
    key_message_nl = "Vraag eerst toestemming."
    key_message_en = "Ask for consent first."
    start_date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=7))
    body_nl = factory.LazyFunction(lambda: [text("<p>Campagnetekst.</p>")])
    body_en = factory.LazyFunction(lambda: [text("<p>Campaign text.</p>")])

    class Meta:
        model = CampaignPage


class GuidancePageFactory(TranslatedPageFactory):
    title_nl = factory.Sequence(lambda n: f"Uitleg {n}")
    title_en = factory.Sequence(lambda n: f"Guidance {n}")
    slug_nl = factory.Sequence(lambda n: f"uitleg-{n}")
    slug_en = factory.Sequence(lambda n: f"guidance-{n}")
    intro_nl = "Korte uitleg in gewone taal."
    intro_en = "A short explanation in plain language."
    body_nl = factory.LazyFunction(lambda: [text("<p>Wat je kunt doen.</p>")])
    body_en = factory.LazyFunction(lambda: [text("<p>What you can do.</p>")])

    class Meta:
        model = GuidancePage


class LessonPageFactory(TranslatedPageFactory):
    title_nl = factory.Sequence(lambda n: f"Les {n}")
    title_en = factory.Sequence(lambda n: f"Lesson {n}")
    slug_nl = factory.Sequence(lambda n: f"les-{n}")
    slug_en = factory.Sequence(lambda n: f"lesson-{n}")
    summary_nl = "Leerlingen bespreken nepbeelden."
    summary_en = "Pupils discuss fake images."
    levels = factory.LazyFunction(lambda: ["po-7", "po-8"])
    min_age = 10
    max_age = 12
    duration_minutes = 50
    subjects = factory.LazyFunction(lambda: ["mediawijsheid"])
    objectives_knowledge_nl = "Leerlingen weten dat beelden nep kunnen zijn."
    objectives_knowledge_en = "Pupils know that images can be fake."
    ground_rules_nl = "Je mag altijd stoppen en met een volwassene praten."
    ground_rules_en = "You may always stop and talk to an adult."

    class Meta:
        model = LessonPage


class LessonPhaseFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(LessonPageFactory)
    name_nl, name_en = "Opwarmer", "Warm-up"
    minutes = 10
    activity_nl, activity_en = "De klas praat.", "The class talks."

    class Meta:
        model = LessonPhase


class HelpServiceFactory(factory.django.DjangoModelFactory):
    name_nl = factory.Sequence(lambda n: f"Hulplijn {n}")
    name_en = factory.Sequence(lambda n: f"Helpline {n}")
    name = factory.SelfAttribute("name_nl")
    for_whom_nl, for_whom_en = "Iedereen", "Everyone"
    description_nl, description_en = "Luistert en helpt.", "Listens and helps."
    phone = factory.Sequence(lambda n: f"0800-{n:04d}")
    website_url = factory.Sequence(lambda n: f"https://hulp-{n}.example/")
    situations = factory.LazyFunction(lambda: ["someone-to-talk-to"])

    class Meta:
        model = HelpService


class ReachSourceFactory(factory.django.DjangoModelFactory):
    """A value reach counting may store (reach/models.py); kind and value given by the test."""

    kind = "utm_campaign"
    value = factory.Sequence(lambda n: f"campaign-{n}")
    label_nl = factory.Sequence(lambda n: f"Campagne {n}")
    label_en = factory.Sequence(lambda n: f"Campaign {n}")
    label = factory.SelfAttribute("label_nl")

    class Meta:
        model = ReachSource


class PlatformFactory(factory.django.DjangoModelFactory):
    name_nl = factory.Sequence(lambda n: f"Platform {n}")
    name_en = factory.SelfAttribute("name_nl")
    name = factory.SelfAttribute("name_nl")
    key = factory.Sequence(lambda n: f"platform-{n}")
    in_app_steps_nl = "Houd het bericht ingedrukt.\nKies 'Melden'."
    in_app_steps_en = "Press and hold the message.\nChoose 'Report'."
    report_url = factory.Sequence(lambda n: f"https://platform-{n}.example/report")

    class Meta:
        model = Platform


class AudienceModuleFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Module {n}")
    audiences = factory.LazyFunction(lambda: ["parents"])
    content_nl = factory.LazyFunction(
        lambda: [("checklist", {"heading": "Voor je deelt", "items": ["Vraag toestemming"]})]
    )
    content_en = factory.LazyFunction(
        lambda: [("checklist", {"heading": "Before you share", "items": ["Ask for consent"]})]
    )

    class Meta:
        model = AudienceModule


class CampaignModuleFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(CampaignPageFactory)
    module = factory.SubFactory(AudienceModuleFactory)

    class Meta:
        model = CampaignModule


class GuidanceModuleFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(GuidancePageFactory)
    module = factory.SubFactory(AudienceModuleFactory)

    class Meta:
        model = GuidanceModule


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Afbeelding {n}")
    collection = factory.LazyFunction(wagtail_factories.CollectionFactory._meta.model.get_first_root_node)

    class Meta:
        model = SiteImage


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Werkblad {n}")
    file = factory.LazyAttribute(lambda o: ContentFile(PDF_BYTES, name=f"{slugify(o.title)}.pdf"))
    collection = factory.LazyFunction(wagtail_factories.CollectionFactory._meta.model.get_first_root_node)

    class Meta:
        model = SiteDocument
        skip_postgeneration_save = True

    @factory.post_generation
    def file_metadata(document, create, extracted, **kwargs):
        # Size and hash, as Wagtail's upload form records them (the public getters fill and save both).
        if create:
            document.get_file_size()
            document.get_file_hash()


class LessonDownloadFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(LessonPageFactory)
    document = factory.SubFactory(DocumentFactory)
    kind = "worksheet"
    label_nl, label_en = "Werkblad", "Worksheet"

    class Meta:
        model = LessonDownload


class HomePageFeaturedCampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HomePageFeaturedCampaign


class MessageSlotFactory(factory.django.DjangoModelFactory):
    """A published slot with variants A and B (a test passes ``variants=`` for more)."""

    name = factory.Sequence(lambda n: f"Boodschap {n}")
    key = factory.Sequence(lambda n: f"boodschap-{n}")
    default_variant = "a"

    class Meta:
        model = MessageSlot
        skip_postgeneration_save = True

    @factory.post_generation
    def variants(slot, create, extracted, **kwargs):
        keys = extracted or ["a", "b"]
        slot.variants = [
            MessageVariant(
                sort_order=order,
                key=key,
                headline_nl=f"Kop {key.upper()}",
                headline_en=f"Headline {key.upper()}",
                body_nl=f"Tekst {key.upper()}",
                body_en=f"Text {key.upper()}",
                cta_label_nl="Lees meer",
                cta_label_en="Read more",
                cta_url="https://example.org/",
            )
            for order, key in enumerate(keys)
        ]
        if create:
            slot.save()
            slot.save_revision().publish()


class ExperimentFactory(factory.django.DjangoModelFactory):
    """An approved (published) experiment on a new slot; ``running=True`` starts it as the demo does."""

    name = factory.Sequence(lambda n: f"Experiment {n}")
    slug = factory.Sequence(lambda n: f"experiment-{n}")
    slot = factory.SubFactory(MessageSlotFactory)
    weights = "50/50"
    primary_goal = "cta"
    baseline_rate = 10
    minimum_detectable_effect = 5

    class Meta:
        model = Experiment
        skip_postgeneration_save = True

    @factory.post_generation
    def running(experiment, create, extracted, **kwargs):
        if not create:
            return
        experiment.save_revision().publish()
        if extracted:
            start_experiment(experiment)


def start_experiment(experiment):
    """Running, with its plan and arms fixed, as a campaign lead's start leaves it."""
    Experiment.objects.filter(pk=experiment.pk).update(
        phase="running",
        started_at=timezone.now(),
        planned_per_arm=experiment.planned_sample(),
        arm_order=",".join(experiment.arm_keys()),
    )
    experiment.refresh_from_db()
    return experiment


def site_settings(site=None, **fields):
    """The site's SiteSettings with ``fields`` set (footer, quick exit, social image)."""
    settings_obj = SiteSettings.for_site(site or Site.objects.get(is_default_site=True))
    for name, value in fields.items():
        setattr(settings_obj, name, value)
    settings_obj.save()
    return settings_obj


class AwarenessQuestionFactory(factory.django.DjangoModelFactory):
    """A live knowledge question (true or not true); ``kind="attitude"`` with no right answer for the scale."""

    name = factory.Sequence(lambda n: f"Vraag {n}")
    kind = "knowledge"
    statement_nl = "Een nepnaaktfoto maken van iemand onder de 18 is strafbaar."
    statement_en = "Making a fake nude image of someone under 18 is a crime."
    right_answer = "true"
    explanation_nl = "Dat klopt: ook een gemaakte afbeelding is strafbaar."
    explanation_en = "That is right: a made-up image is a crime too."
    audiences = factory.LazyFunction(lambda: ["everyone"])
    live = True

    class Meta:
        model = AwarenessQuestion


def module_with_question(question, audiences=("parents",), message=True):
    """An audience module with a message (a call to action) and then ``question``, in nl and en."""
    content = [("awareness_question", {"question": question})]
    if message:
        content.insert(
            0,
            (
                "call_to_action",
                {
                    "heading": "Praat erover",
                    "text": "Met je kind.",
                    "button_label": "Lees meer",
                    "url": "https://example.org/",
                },
            ),
        )
    return AudienceModuleFactory(audiences=list(audiences), content_nl=content, content_en=list(content))


def build_public_site():
    """The site's public sections with one page each, at the addresses tests know them by:
    /nl/campagnes/echt-of-nep/ (/en/campaigns/real-or-fake/) with a module for every audience,
    /nl/campagnes/denk-na-voor-je-deelt/, /nl/informatie/ with a guidance page, /nl/hulp/ with a
    help service, /nl/lesmateriaal/ with a lesson, the three audience hubs, /nl/over-ons/ and /nl/toegankelijkheid/."""
    home = build_site()
    campaigns = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=campaigns, slug_nl="echt-of-nep", slug_en="real-or-fake")
    for audience in ("young-people", "parents", "schools", "everyone"):
        CampaignModuleFactory(page=campaign, module=AudienceModuleFactory(audiences=[audience]))
    CampaignPageFactory(parent=campaigns, slug_nl="denk-na-voor-je-deelt", slug_en="think-before-you-share")
    guidance = GuidanceIndexPageFactory(parent=home)
    GuidancePageFactory(parent=guidance)
    HelpPageFactory(parent=home)
    HelpServiceFactory(situations=["blackmail"])
    lessons = LessonIndexPageFactory(parent=home)
    LessonPageFactory(parent=lessons, levels=["vo-1", "vo-2"], min_age=12, max_age=14)
    for audience in ("young-people", "parents", "schools"):
        AudienceHubPageFactory(parent=home, audience=audience)
    StandardPageFactory(parent=home, slug_nl="over-ons", slug_en="about")
    StandardPageFactory(parent=home, slug_nl="toegankelijkheid", slug_en="accessibility")
    return home


def start_hero_experiment(slug, campaign_slug="denk-na-voor-je-deelt", **goals):
    """A slot in the hero of the campaign ``campaign_slug`` (from build_public_site) and the
    experiment ``slug`` running on it; goals: the button, and reaching a guidance page, unless
    ``goals`` say otherwise (e.g. ``primary_goal="knowledge", goal_question=question``)."""
    slot = MessageSlotFactory(key=f"hero-{campaign_slug}")
    CampaignPage.objects.filter(slug_nl=campaign_slug).update(hero_message=slot)
    fields = {"primary_goal": "cta", "secondary_goals": ["page"], "goal_page": GuidancePage.objects.live().first()}
    return ExperimentFactory(slug=slug, slot=slot, running=True, **{**fields, **goals})
