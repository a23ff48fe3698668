"""The page cache is cleared by content changes only: nothing a visitor does empties it.

Each test caches a page, does one thing, and looks at the page again: after a
visitor's action it still comes from the cache ("hit"), after an editor's
change it is rendered afresh ("miss"). The cache is cleared when a transaction
commits; tests run in a transaction that is rolled back, so the action runs in
``django_capture_on_commit_callbacks(execute=True)``, which runs what a commit
would run (and only what the action itself registered).
"""

import io
from datetime import timedelta
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.snippets.models import get_snippet_models

from core import cache_invalidation, page_cache
from home.models import SiteSettings
from messaging.models import Experiment, ExperimentCount, MessageSlot
from pages.models import (
    AudienceModule,
    HelpService,
    LessonDownload,
    LessonPage,
    Platform,
    SiteDocument,
    SiteImage,
    StandardPage,
    Topic,
)
from tests import factories
from tests.messaging.conftest import CAMPAIGN, send, visitor_client
from tests.shared_rows import shared_by_module

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("content_of_every_kind")]


@pytest.fixture(scope="module")
def content_of_every_kind_rows(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker, build_content_of_every_kind):
        yield


@pytest.fixture
def content_of_every_kind(content_of_every_kind_rows, db):
    """A row of each kind of content an editor changes: pages, snippets, images, documents,
    and a running experiment on a campaign hero (built once for this module; each test's
    changes rolled back)."""


def build_content_of_every_kind():
    factories.build_public_site()
    factories.start_hero_experiment("hero-ouders-vraag")
    factories.TopicFactory()
    factories.PlatformFactory()
    factories.ImageFactory()
    factories.LessonDownloadFactory(page=LessonPage.objects.live().first())


PROBE = "/nl/campagnes/echt-of-nep/"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def state(path=PROBE):
    return Client().get(path).get("X-Page-Cache")


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a block as if its transaction committed; remember whether it cleared the page cache."""

    class Committed:
        cleared = None

        def __call__(self):
            return self

        def __enter__(self):
            self.capture = django_capture_on_commit_callbacks(execute=True)
            self.callbacks = self.capture.__enter__()
            return self

        def __exit__(self, *exc):
            result = self.capture.__exit__(*exc)
            self.cleared = page_cache.invalidate in self.callbacks
            return result

    return Committed()


@pytest.fixture
def cached_probe():
    assert state() == "miss"
    assert state() == "hit", f"{PROBE} should now come from the cache"


@pytest.fixture
def media(settings, tmp_path):
    """Files made by a test land in a folder of its own (deleting one deletes its file)."""
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "redacteur", "", "correct-horse-battery", is_staff=True, is_superuser=True
    )


def png():
    data = io.BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(data, "PNG")
    return ImageFile(data, name="proef.png")


def new_image():
    image = SiteImage(title="Proef", file=png())
    image.save()
    return image


def new_document():
    document = SiteDocument(title="Proefwerkblad", file=ContentFile(PDF, name="proef.pdf"))
    document.save()
    return document


def live_download():
    return (
        LessonDownload.objects.filter(page__live=True, document__file__endswith=".pdf")
        .select_related("document")
        .first()
    )


# -- visitors ----------------------------------------------------------------------------------


def failed_logins_until_locked_out(committed, editor):
    from axes.models import AccessAttempt

    client = Client()
    with committed():
        answers = [
            client.post("/account/login/", {"login": "redacteur", "password": "wrong"}).status_code for _ in range(6)
        ]
    assert answers[-1] == 429, "the sixth attempt is refused: locked out"
    assert AccessAttempt.objects.exists(), "django-axes wrote its row"


def successful_login(committed, editor):
    client = Client()
    with committed():
        assert (
            client.post("/account/login/", {"login": "redacteur", "password": "correct-horse-battery"}).status_code
            == 302
        )
    editor.refresh_from_db()
    assert editor.last_login is not None, "signing in wrote the user's last_login and a session"


def search(committed, editor):
    with committed():
        assert Client().get("/nl/zoeken/", {"q": "deepfake"}).status_code == 200


def beacon(committed, editor):
    experiment = Experiment.objects.get(slug="hero-ouders-vraag")
    client = visitor_client()
    client.get(CAMPAIGN)
    with committed():
        assert send(client, experiment.slug, "exposure", {"language": "nl"}).status_code == 204
    assert ExperimentCount.objects.filter(experiment=experiment).exists(), "the beacon wrote its count"


def reach_beacon(committed, editor):
    from reach.models import ReachCount

    page = Page.objects.get(slug_nl="hulp")
    body = f'{{"page": {page.pk}, "language": "nl", "event": "view"}}'
    with committed():
        response = Client(HTTP_USER_AGENT="Mozilla/5.0 Firefox/130.0").post(
            "/api/reach", body, content_type="text/plain", HTTP_SEC_FETCH_SITE="same-origin"
        )
        assert response.status_code == 204
    assert ReachCount.objects.filter(page=page).exists(), "the beacon wrote its count"


def lesson_filter(committed, editor):
    with committed():
        assert Client().get("/nl/lesmateriaal/", {"level": "vo", "duration": "120", "sort": "title"}).status_code == 200


def help_filter(committed, editor):
    with committed():
        assert Client().get("/nl/hulp/", {"situation": "blackmail"}).status_code == 200


def document_download(committed, editor):
    document = live_download().document
    # As after an upload whose size Wagtail has not read yet: serving it may fill that in.
    SiteDocument.objects.filter(pk=document.pk).update(file_size=None)
    with committed():
        response = Client().get(document.url)
        assert response.status_code == 200
        b"".join(response.streaming_content)
    assert document.download_counts.exists(), "the download was counted"


def not_found(committed, editor):
    with committed():
        assert Client().get("/nl/bestaat-niet/").status_code == 404


def short_link(committed, editor):
    lesson = LessonPage.objects.live().first()
    with committed():
        assert Client().get(f"/l/{lesson.short_code}/").status_code == 302


@pytest.mark.parametrize(
    "action",
    [
        failed_logins_until_locked_out,
        successful_login,
        search,
        beacon,
        reach_beacon,
        lesson_filter,
        help_filter,
        document_download,
        not_found,
        short_link,
    ],
)
def test_nothing_a_visitor_does_empties_the_page_cache(action, committed, editor, cached_probe):
    version = page_cache.current_version()
    action(committed, editor)
    assert not committed.cleared
    assert page_cache.current_version() == version
    assert state() == "hit"


# -- editors: what clears -------------------------------------------------------------------------


def a_page():
    return StandardPage.objects.get(slug_nl="toegankelijkheid")


def publish_page(committed):
    page = a_page()
    page.title_nl = "Toegankelijkheid, herzien"
    with committed():
        page.save_revision().publish()


def unpublish_page(committed):
    with committed():
        a_page().unpublish()


def move_page(committed):
    with committed():
        a_page().move(StandardPage.objects.get(slug_nl="over-ons"), pos="last-child")


def delete_page(committed):
    with committed():
        a_page().delete()


def restrict_page(committed):
    with committed():
        PageViewRestriction.objects.create(page=a_page(), restriction_type=PageViewRestriction.LOGIN)


def lift_restriction(committed):
    restriction = PageViewRestriction.objects.create(page=a_page(), restriction_type=PageViewRestriction.LOGIN)
    with committed():
        restriction.delete()


def edit(model, field):
    def change(committed):
        item = model.objects.first()
        assert item is not None, f"content_of_every_kind has a {model.__name__}"
        setattr(item, field, getattr(item, field) + " (herzien)")
        with committed():
            item.save()

    change.__name__ = f"edit_{model.__name__}"
    return change


def remove(model):
    def change(committed):
        item = model.objects.first()
        with committed():
            item.delete()

    change.__name__ = f"delete_{model.__name__}"
    return change


def publish_message_slot(committed):
    slot = MessageSlot.objects.filter(live=True).first()
    slot.default_variant = "b" if slot.default_variant == "a" else "a"
    with committed():
        slot.save_revision().publish()


def unpublish_message_slot(committed):
    with committed():
        MessageSlot.objects.filter(live=True).first().unpublish()


def site_settings(committed):
    found = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    found.footer_text = "Nieuwe voettekst."
    with committed():
        found.save()


def site(committed):
    default = Site.objects.get(is_default_site=True)
    default.site_name = "Veilig in Beeld (nieuw)"
    with committed():
        default.save()


def add_redirect(committed):
    with committed():
        Redirect.add_redirect("/oude-campagne", redirect_to=a_page())


def delete_redirect(committed):
    redirect = Redirect.add_redirect("/oude-campagne", redirect_to=a_page())
    with committed():
        redirect.delete()


def edit_document(committed):
    document = live_download().document
    document.title = "Werkblad, herzien"
    with committed():
        document.save()


def delete_document(committed):
    document = new_document()
    with committed():
        document.delete()


def edit_image(committed):
    image = SiteImage.objects.first()
    image.ai_generated = not image.ai_generated
    with committed():
        image.save()


def upload_image(committed):
    with committed():
        new_image()


def delete_image(committed):
    image = new_image()
    with committed():
        image.delete()


@pytest.mark.parametrize(
    "change",
    [
        publish_page,
        unpublish_page,
        move_page,
        delete_page,
        restrict_page,
        lift_restriction,
        edit(HelpService, "name"),
        remove(HelpService),
        edit(Platform, "in_app_steps"),
        remove(Platform),
        edit(Topic, "name"),
        remove(Topic),
        edit(AudienceModule, "name"),
        remove(AudienceModule),
        publish_message_slot,
        unpublish_message_slot,
        site_settings,
        site,
        add_redirect,
        delete_redirect,
        edit_document,
        delete_document,
        edit_image,
        upload_image,
        delete_image,
    ],
    ids=lambda change: change.__name__,
)
def test_a_content_change_empties_the_page_cache(change, committed, media, cached_probe):
    change(committed)
    assert committed.cleared
    assert state() == "miss"


def steer(client, experiment, action):
    response = client.post(reverse("messaging_experiment_action", args=[experiment.pk, action]))
    assert response.status_code == 302
    experiment.refresh_from_db()
    return experiment.phase


@pytest.mark.parametrize(
    "action, phase_before, phase_after",
    [
        ("start", "setup", "running"),
        ("pause", "running", "paused"),
        ("resume", "paused", "running"),
        ("conclude", "running", "concluded"),
        ("promote", "running", "concluded"),
    ],
)
def test_steering_an_experiment_empties_the_page_cache(action, phase_before, phase_after, admin_client, committed):
    experiment = Experiment.objects.get(slug="hero-ouders-vraag")
    Experiment.objects.filter(pk=experiment.pk).update(
        phase=phase_before, started_at=None if phase_before == "setup" else timezone.now() - timedelta(days=20)
    )
    experiment.refresh_from_db()
    if action == "promote":  # a clear winner: B converts far better than A
        planned = experiment.planned_per_arm
        for variant, rate in (("a", 0.08), ("b", 0.14)):
            for goal, count in (("exposure", planned), ("cta", int(planned * rate))):
                ExperimentCount.objects.create(
                    experiment=experiment,
                    variant=variant,
                    goal=goal,
                    language="nl",
                    day=experiment.started_at.date(),
                    count=count,
                )
    Client().get(CAMPAIGN)
    assert Client().get(CAMPAIGN)["X-Page-Cache"] == "hit"
    with committed():
        assert steer(admin_client, experiment, action) == phase_after
    assert committed.cleared
    assert Client().get(CAMPAIGN)["X-Page-Cache"] == "miss"


def test_approving_an_experiment_empties_the_page_cache(committed, cached_probe):
    experiment = Experiment.objects.get(slug="hero-ouders-vraag")
    experiment.hypothesis += " Herzien."
    with committed():
        experiment.save_revision().publish()
    assert committed.cleared and state() == "miss"


# -- editors: what does not clear ---------------------------------------------------------------


def page_draft(committed, editor):
    page = a_page()
    page.title_nl = "Nog een concept"
    with committed():
        page.save_revision()


def new_page_draft(committed, editor):
    parent = StandardPage.objects.get(slug_nl="over-ons")
    with committed():
        draft = parent.add_child(instance=StandardPage(title="Concept", slug="concept", live=False))
        draft.save_revision()


def page_lock(committed, editor):
    page = a_page()
    page.locked, page.locked_by, page.locked_at = True, editor, timezone.now()
    with committed():
        page.save(update_fields=["locked", "locked_by", "locked_at"])


def message_slot_draft(committed, editor):
    slot = MessageSlot.objects.filter(live=True).first()
    slot.default_variant = "b" if slot.default_variant == "a" else "a"
    with committed():
        slot.save_revision()


def message_slot_lock(committed, editor):
    slot = MessageSlot.objects.filter(live=True).first()
    slot.locked, slot.locked_by, slot.locked_at = True, editor, timezone.now()
    with committed():
        slot.save(update_fields=["locked", "locked_by", "locked_at"])


def experiment_draft(committed, editor):
    experiment = Experiment.objects.get(slug="hero-ouders-vraag")
    experiment.hypothesis += " Concept."
    with committed():
        experiment.save_revision()


def image_rendition(committed, editor):
    image = new_image()
    with committed():
        image.get_rendition("fill-20x20")
    assert image.renditions.exists()


def image_file_hash(committed, editor):
    image = new_image()
    SiteImage.objects.filter(pk=image.pk).update(file_hash="", file_size=None)
    image.refresh_from_db()
    with committed():  # Wagtail fills these in the first time it needs them, while a page renders
        image.get_file_hash()
        image.get_file_size()
    image.refresh_from_db()
    assert image.file_hash and image.file_size, "both were written"


@pytest.mark.parametrize(
    "change",
    [
        page_draft,
        new_page_draft,
        page_lock,
        message_slot_draft,
        message_slot_lock,
        experiment_draft,
        image_rendition,
        image_file_hash,
    ],
    ids=lambda change: change.__name__,
)
def test_drafts_locks_and_renditions_leave_the_page_cache(change, committed, editor, media, cached_probe):
    change(committed, editor)
    assert not committed.cleared
    assert state() == "hit"


# -- when --------------------------------------------------------------------------------------


def test_the_cache_is_cleared_when_the_change_commits_not_before(committed, cached_probe):
    topic = Topic.objects.first()
    topic.name += " (herzien)"
    with committed():
        topic.save()
        # Saved but not committed: a visitor rendering now would still read the old row, so its
        # copy must not be stored under a new version.
        assert state() == "hit"
    assert state() == "miss"


def test_a_rolled_back_change_clears_nothing(committed, cached_probe):
    class Undo(Exception):
        pass

    with committed():
        with pytest.raises(Undo), transaction.atomic():
            HelpService.objects.first().delete()
            raise Undo
    assert not committed.cleared
    assert state() == "hit"


# -- the rule covers every model ------------------------------------------------------------------


def project_models():
    return [model for model in apps.get_models() if model._meta.app_label in cache_invalidation.PROJECT_APPS]


def test_the_project_apps_are_all_the_apps_in_this_repository():
    here = Path(settings.BASE_DIR).resolve()
    ours = {
        config.label
        for config in apps.get_app_configs()
        if Path(config.path).resolve().is_relative_to(here) and ".venv" not in Path(config.path).parts
    }
    assert ours == set(cache_invalidation.PROJECT_APPS)


def test_every_project_model_is_content_or_named_not_content():
    """A new model must be decided on: shown to visitors (a snippet, a setting, draft state, a part
    of a page) or named in NOT_CONTENT. Otherwise changing it would never refresh the pages."""
    undecided = [
        model._meta.label_lower
        for model in project_models()
        if cache_invalidation.kind(model) is None and model._meta.label_lower not in cache_invalidation.NOT_CONTENT
    ]
    assert undecided == []
    known = {model._meta.label_lower for model in project_models()}
    assert cache_invalidation.NOT_CONTENT <= known, "NOT_CONTENT names only models that exist"


def test_every_snippet_and_setting_is_content():
    from wagtail.contrib.settings.registry import registry as settings_registry

    shown = [*get_snippet_models(), *settings_registry]
    assert {MessageSlot, Experiment, HelpService, Platform, Topic, AudienceModule, SiteSettings} <= set(shown)
    assert {model: cache_invalidation.kind(model) for model in shown} == {
        model: cache_invalidation.PUBLISHED if hasattr(model, "live") else cache_invalidation.CONTENT for model in shown
    }


@pytest.mark.parametrize(
    "label",
    [
        "axes.accessattempt",
        "sessions.session",
        "auth.user",
        "wagtailcore.referenceindex",
        "wagtailcore.revision",
        "wagtailcore.comment",
        "wagtailcore.modellogentry",
        "messaging.experimentcount",
        "pages.documentdownloadcount",
        "pages.siterendition",
    ],
)
def test_rows_written_by_visitors_and_bookkeeping_are_not_content(label):
    assert cache_invalidation.kind(apps.get_model(label)) is None


def test_every_page_type_follows_publication():
    for model in apps.get_models():
        if issubclass(model, Page):
            assert cache_invalidation.kind(model) == cache_invalidation.PUBLISHED, model
