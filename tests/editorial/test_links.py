"""Link checks: classifying answers, finding links in live content, the stored report.

Every HTTP request goes to a small server started here on 127.0.0.1. Content may
hold real links (helpwanted.nl…): the ``local_only`` guard fails
a test that tries to reach any other host, and the command runs with
``only_host`` so it never tries.
"""

import io
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
import requests
from django.core.management import CommandError, call_command
from django.test import RequestFactory
from wagtail.models import Page
from wagtail.rich_text import RichText

from editorial.link_views import LinkReportView
from editorial.links import USER_AGENT, LinkChecker, check_url, collect_links, make_session
from editorial.models import LinkCheckRun, LinkProblem
from pages.models import GuidancePage, HelpService
from tests import factories

pytestmark = pytest.mark.django_db

TIMEOUT = 0.5
SLOW = 2  # seconds the /slow route sleeps: well past TIMEOUT


class Handler(BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.answer()

    def do_GET(self):
        self.answer()

    def answer(self):
        self.server.seen.append((self.command, self.path, self.headers.get("User-Agent")))
        path, headers = urlsplit(self.path).path, {}
        if path == "/slow":
            time.sleep(SLOW)
        status = {"/ok": 200, "/slow": 200, "/broken": 500, "/moved": 301, "/to-ftp": 302}.get(path, 404)
        if path == "/no-head":
            status = 405 if self.command == "HEAD" else 200
        if path == "/moved":
            headers["Location"] = "/ok"
        if path == "/to-ftp":
            headers["Location"] = "ftp://127.0.0.1/file"
        self.send_response(status)
        for name, value in {**headers, "Content-Length": "0"}.items():
            self.send_header(name, value)
        self.end_headers()

    def log_message(self, *args):
        pass  # keep the test output clean


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.seen = []
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    httpd.url = lambda path: f"http://127.0.0.1:{httpd.server_address[1]}{path}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def local_only(monkeypatch):
    """Any request to a host other than 127.0.0.1 fails the test (never the internet)."""
    original = requests.Session.request

    def guarded(self, method, url, *args, **kwargs):
        assert urlsplit(url).hostname == "127.0.0.1", f"a test tried to reach {url}"
        return original(self, method, url, *args, **kwargs)

    monkeypatch.setattr(requests.Session, "request", guarded)


def run_command(*args, **options):
    out = io.StringIO()
    options = {"delay": 0, "timeout": TIMEOUT, "only_host": ["127.0.0.1"], **options}
    call_command("check_links", *args, stdout=out, **options)
    return out.getvalue()


def add_to_body(page, language, html):
    getattr(page, f"body_{language}").append(("text", RichText(html)))
    page.save_revision().publish()


def problems(**filters):
    return list(LinkCheckRun.latest().link_problems.filter(**filters))


# -- check_url ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, problem, status_code",
    [
        ("/ok", None, 200),
        ("/gone", "dead", 404),
        ("/broken", "dead", 500),
        ("/moved", "redirected", 200),
        ("/no-head", None, 200),
        ("/slow", "dead", None),
        ("/to-ftp", "dead", None),
    ],
)
def test_check_url_classifies_each_answer(server, path, problem, status_code):
    result = check_url(server.url(path), make_session(), timeout=TIMEOUT)
    assert (result.problem, result.status_code) == (problem, status_code)
    if path == "/moved":
        assert result.final_url == server.url("/ok")
    if path == "/slow":
        assert "0.5" in result.detail  # says it gave up waiting, and after how long


def test_head_comes_first_and_get_only_when_head_is_refused(server):
    session = make_session()
    check_url(server.url("/ok"), session, timeout=TIMEOUT)
    check_url(server.url("/no-head"), session, timeout=TIMEOUT)
    assert [(method, path) for method, path, _ in server.seen] == [
        ("HEAD", "/ok"),
        ("HEAD", "/no-head"),
        ("GET", "/no-head"),
    ]
    assert {agent for _, _, agent in server.seen} == {USER_AGENT}
    assert USER_AGENT.startswith("VeiligInBeeld-linkcheck/1.0 (+")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://127.0.0.1/x", "www.example.nl", "http://"])
def test_what_is_not_a_web_address_is_dead_without_a_request(server, url):
    result = check_url(url, make_session(), timeout=TIMEOUT)
    assert result.problem == "dead" and result.status_code is None
    assert server.seen == []


def test_requests_to_one_host_wait_for_the_delay_and_each_url_is_checked_once(server):
    checker = LinkChecker(timeout=TIMEOUT, delay=0.3)
    started = time.monotonic()
    checker.check_all([server.url("/ok"), server.url("/ok?page=2"), server.url("/ok")])
    assert time.monotonic() - started >= 0.3
    assert len(server.seen) == 2


def test_the_session_ignores_proxies_from_the_environment_for_this_machine(server, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    session = make_session()
    assert session.trust_env is False
    assert check_url(server.url("/ok"), session, timeout=TIMEOUT).problem is None


# -- finding links ----------------------------------------------------------------------


@pytest.fixture
def live_content(home_page):
    """Two live guidance pages and a help service, links to be added by each test."""
    index = factories.GuidanceIndexPageFactory(parent=home_page)
    factories.GuidancePageFactory(parent=index)
    factories.GuidancePageFactory(parent=index)
    factories.HelpServiceFactory(website_url="", chat_url="")


def test_links_are_found_with_their_place_language_and_edit_address(
    server, live_content, django_assert_max_num_queries
):
    page = GuidancePage.objects.live().first()
    add_to_body(page, "en", f'<p><a href="{server.url("/gone")}">x</a></p>')
    with django_assert_max_num_queries(40):  # a few per page type, not one per page
        links = [link for link in collect_links() if link.url == server.url("/gone")]
    assert len(links) == 1
    assert links[0].language == "en" and links[0].kind == "external"
    assert links[0].edit_url == f"/admin/pages/{page.pk}/edit/"
    assert page.title_en in links[0].source_label and "[en]" in links[0].source_label


def test_drafts_are_not_checked(server, live_content):
    page = GuidancePage.objects.live().first()
    page.body_nl.append(("text", RichText(f'<p><a href="{server.url("/gone")}">x</a></p>')))
    page.save_revision()  # a draft: visitors do not see this link yet
    assert server.url("/gone") not in {link.url for link in collect_links()}


# -- the command and its report ---------------------------------------------------------


def test_dead_links_are_reported_in_each_language_and_in_help_services(server, live_content):
    page = GuidancePage.objects.live().first()
    add_to_body(page, "nl", f'<p><a href="{server.url("/gone")}">weg</a></p>')
    add_to_body(page, "en", f'<p><a href="{server.url("/gone")}">gone</a></p>')
    service = HelpService.objects.first()
    service.website_url = server.url("/broken")
    service.save()

    output = run_command()

    dead = problems(status="dead", kind="external")
    assert sorted((p.url, p.language) for p in dead if p.url.endswith("/gone")) == [
        (server.url("/gone"), "en"),
        (server.url("/gone"), "nl"),
    ]
    [broken] = [p for p in dead if p.url.endswith("/broken")]
    assert broken.status_code == 500 and broken.language == ""
    assert service.name in broken.source_label and broken.edit_url
    assert server.url("/gone") in output and f"/admin/pages/{page.pk}/edit/" in output
    assert [method for method, path, _ in server.seen if path == "/gone"].count("HEAD") == 1  # once per URL


def test_a_redirect_is_reported_with_its_new_address(server, live_content):
    service = HelpService.objects.first()
    service.chat_url = server.url("/moved")
    service.save()
    output = run_command()
    [moved] = problems(status="redirected")
    assert moved.final_url == server.url("/ok") and moved.status_code == 200
    assert f"new address: {server.url('/ok')}" in output


def test_links_to_unpublished_and_deleted_pages(server, live_content):
    source, target = GuidancePage.objects.live()[:2]
    add_to_body(
        source, "nl", f'<p><a linktype="page" id="{target.pk}">zie ook</a> <a linktype="page" id="999999">weg</a></p>'
    )
    source.body_en.append(("call_to_action", {"heading": "More", "button_label": "Read", "page": target, "url": ""}))
    source.save_revision().publish()
    Page.objects.get(pk=target.pk).specific.unpublish()

    run_command(only_internal=True, only_host=[])

    from_source = problems(status="unpublished", kind="internal", edit_url=f"/admin/pages/{source.pk}/edit/")
    assert sorted(p.language for p in from_source) == ["en", "nl"]  # rich text (nl), page chooser (en)
    assert {p.url for p in from_source} == {f"/admin/pages/{target.pk}/edit/"}
    assert [p.url for p in problems(status="dead", kind="internal")] == ["page:999999"]
    assert server.seen == []  # --only-internal makes no requests


def test_the_run_is_stored_and_only_the_last_ten_are_kept():
    for _ in range(12):
        LinkCheckRun.objects.create(checked=1)
    output = run_command("--quiet", only_internal=True, only_host=[])
    assert LinkCheckRun.objects.count() == 10
    assert LinkCheckRun.latest().finished_at is not None
    assert output.count("\n") == 1 and output.startswith("Checked ")


@pytest.mark.parametrize("options", [{"timeout": 0}, {"delay": -1}, {"timeout": 600}])
def test_bad_options_give_a_readable_error(options):
    with pytest.raises(CommandError, match="--"):
        call_command("check_links", **{"only_internal": True, **options})


def test_the_report_page_shows_the_last_run(django_user_model):
    request = RequestFactory().get("/admin/editorial/links/")
    request.user = django_user_model.objects.create_superuser("links", "", "pass-for-tests")
    empty = LinkReportView.as_view()(request)
    assert "python manage.py check_links" in empty.render().content.decode()

    run = LinkCheckRun.objects.create(checked=3, problems=2)
    LinkProblem.objects.create(
        run=run,
        url="https://old.example/",
        kind="external",
        status="redirected",
        status_code=200,
        final_url="https://new.example/",
        source_label="Help service: X",
        edit_url="/admin/snippets/pages/helpservice/edit/1/",
    )
    LinkProblem.objects.create(
        run=run,
        url="javascript:alert(1)",
        kind="external",
        status="dead",
        detail="Not a web address",
        source_label="Guidance page: Y [nl] body",
    )
    html = LinkReportView.as_view()(request).render().content.decode()
    assert 'href="https://new.example/"' in html and "Help service: X" in html
    assert 'href="/admin/snippets/pages/helpservice/edit/1/"' in html
    assert 'href="javascript:' not in html  # shown, never clickable
