"""Links to pages come from Wagtail's reference index: what an editor does shows up in the report.

Each test builds its own pages with tests/factories.py under the site's home page (nothing from
the demo). The checker is run with --only-internal,
so no request leaves the machine.
"""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, ReferenceIndex, Site

from editorial.link_finding import collect_links, source_models
from editorial.models import LinkCheckRun
from messaging.models import MessageSlot, MessageVariant
from pages.models import StandardPage
from tests.factories import StandardPageFactory, text

pytestmark = pytest.mark.usefixtures("home_page")


def page_link(target, text="lees verder"):
    return f'<p><a linktype="page" id="{target.pk}">{text}</a></p>'


def standard_page(slug, html="", parent=None):
    """A published standard page whose Dutch body is ``html`` (no body when there is none)."""
    page = StandardPageFactory(
        parent=parent or Site.objects.get(is_default_site=True).root_page,
        title_nl=f"Pagina {slug}",
        slug_nl=slug,
        body_nl=[text(html)] if html else [],
    )
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


def links_to_pages_from(source):
    edit_url = f"/admin/pages/{source.pk}/edit/"
    return sorted((link.page_id, link.language) for link in collect_links() if link.edit_url == edit_url)


def reported(**filters):
    call_command("check_links", only_internal=True, stdout=io.StringIO())
    return list(LinkCheckRun.latest().link_problems.filter(kind="internal", **filters))


def test_a_link_added_by_editing_a_page_is_picked_up_and_one_removed_is_gone():
    target = standard_page("doel")
    source = standard_page("bron")
    assert links_to_pages_from(source) == []

    source.body_nl = [text(page_link(target))]
    source.save_revision().publish()
    assert links_to_pages_from(source) == [(target.pk, "nl")]

    source.body_nl = [text("<p>Geen link meer.</p>")]
    source.save_revision().publish()
    assert links_to_pages_from(source) == []


def test_a_link_in_a_draft_is_not_checked_until_it_is_published():
    target = standard_page("doel")
    source = standard_page("bron")
    source.body_nl = [text(page_link(target))]
    source.save_revision()  # visitors do not see this link yet
    assert links_to_pages_from(source) == []
    source.get_latest_revision().publish()
    assert links_to_pages_from(source) == [(target.pk, "nl")]


def test_a_page_linking_to_an_unpublished_page_is_reported():
    target = standard_page("doel")
    source = standard_page("bron", page_link(target))
    target.unpublish()
    [problem] = reported(status="unpublished", edit_url=f"/admin/pages/{source.pk}/edit/")
    assert problem.url == f"/admin/pages/{target.pk}/edit/"  # where the editor republishes it
    assert target.title in problem.detail and problem.language == "nl"


def test_a_page_linking_to_a_deleted_page_is_reported(django_capture_on_commit_callbacks):
    target = standard_page("doel")
    source = standard_page("bron", page_link(target))
    target_id = target.pk
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=target_id).delete()
    # Wagtail forgets references to a deleted page; the source still links to it.
    assert links_to_pages_from(source) == [(target_id, "nl")]
    [problem] = reported(status="dead", edit_url=f"/admin/pages/{source.pk}/edit/")
    assert problem.url == f"page:{target_id}" and str(target_id) in problem.detail


def test_deleting_a_page_with_its_subpages_leaves_no_links_behind(django_capture_on_commit_callbacks):
    parent = standard_page("ouder")
    child = standard_page("kind", page_link(parent), parent=parent)
    child_id = child.pk
    outside = standard_page("buiten", page_link(parent))
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=parent.pk).delete()
    assert not ReferenceIndex.objects.filter(object_id=str(child_id)).exists()  # went with its parent
    assert links_to_pages_from(outside) == [(parent.pk, "nl")]


def test_a_link_in_a_message_variant_names_the_slot_and_the_variant():
    target = standard_page("doel")
    slot = MessageSlot(name="Testplek", key="testplek", default_variant="a")
    slot.variants = [
        MessageVariant(key="a", headline_nl="Kop A", headline_en="Headline A", cta_page=target, sort_order=0),
        MessageVariant(key="b", headline_nl="Kop B", headline_en="Headline B", sort_order=1),
    ]
    slot.save()
    slot.save_revision().publish()
    found = [link for link in collect_links() if link.page_id == target.pk]
    assert [link.source_label.split(": ", 1)[1] for link in found] == [
        f"{slot.variants.get(key='a')} {MessageVariant._meta.get_field('cta_page').verbose_name}"
    ]
    assert found[0].edit_url == f"/admin/snippets/messaging/messageslot/edit/{slot.pk}/"


def test_every_model_the_checker_reads_is_in_the_reference_index():
    for model in source_models():
        if ReferenceIndex.model_is_indexable(model, allow_child_models=True):
            assert model in ReferenceIndex.tracked_models, f"{model.__name__} is not in Wagtail's reference index"
