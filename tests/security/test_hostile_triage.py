"""The "get images offline" triage reads its whole state from the query: any query is answered
with a question (200, or 400 with a message), never a 5xx, and nothing sent comes back unescaped."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pages.models import HelpPage
from tests import factories
from tests.security.conftest import hostile_client
from tests.security.test_hostile_input import _encode, assert_no_server_error, hostile, hostile_text, markers_in

pytestmark = pytest.mark.django_db

TRIAGE = ("/nl/hulp/beelden-offline/", "/en/help/get-images-offline/")
NAMES = ["who", "age", "what", "platform", "utm_source", ""]
VALID = ["me", "child", "other", "under-18", "18-or-over", "shared", "threatened", "snapchat", "other"]


@pytest.fixture
def triage_site(db):
    factories.ImagesOfflinePageFactory(parent=HelpPage.objects.get())
    factories.PlatformFactory(key="snapchat")
    for path in TRIAGE:
        hostile_client().get(path)  # warm: templates loaded before Hypothesis times examples


@hostile(max_examples=60)
@given(
    path=st.sampled_from(TRIAGE),
    query=st.lists(st.tuples(st.sampled_from(NAMES), st.one_of(st.sampled_from(VALID), hostile_text)), max_size=6),
)
def test_the_triage_answers_any_query_with_a_question_or_a_route(triage_site, path, query):
    response = hostile_client().get(f"{path}?{_encode(query)}")
    assert_no_server_error(response)
    assert response.status_code in (200, 400)
    assert markers_in(response.content) == []
    body = response.content.decode()
    assert "data-offline-form" in body or 'class="offline-steps"' in body
