"""A real site in a real browser: the demo served by `manage.py runserver`, driven by Chromium.

Shared by tests/browser/ and the journeys in tests/journeys/.

The server runs in its own process on its own SQLite file, set up the way
`make run` sets up a site. Chromium is Debian's (/usr/bin/chromium); Playwright
never downloads a browser. Without Chromium the tests are skipped, except in
CI (CI=true or REQUIRE_BROWSER=1), where that is a failure.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = ROOT / ".test-artifacts"
EDITOR_USERNAME = "editor"
EDITOR_PASSWORD = "a-long-test-password-for-the-browser-site"


def browser_required():
    """In CI a missing browser fails the run instead of skipping the browser suite."""
    return os.environ.get("REQUIRE_BROWSER") == "1" or os.environ.get("CI", "").lower() == "true"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


MANAGE = [sys.executable, "manage.py"]


@contextmanager
def dev_server(workdir, env, setup, ready_path, setup_env=None):
    """Run the setup commands, then `runserver` on a free port until it answers ready_path; yields its URL."""
    for command in setup:
        subprocess.run(MANAGE + command, cwd=ROOT, env=setup_env or env, check=True, capture_output=True)
    port = free_port()
    log = open(workdir / "server.log", "w")
    server = subprocess.Popen(
        MANAGE + ["runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url + ready_path, timeout=2)
                break
            except OSError as error:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError((workdir / "server.log").read_text()) from error
                time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@dataclass
class LiveSite:
    url: str
    manage_command: list
    env: dict

    def manage(self, *args):
        """Run a manage.py command against the served site's database; returns its output."""
        return subprocess.run(
            self.manage_command + list(args),
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout


@pytest.fixture(scope="session")
def site_url(live_site):
    return live_site.url


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if browser_required():
            pytest.fail(message)
        pytest.skip(message)
    workdir = tmp_path_factory.mktemp("browser-site")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "campaign.settings.dev",
        "DATABASE_URL": f"sqlite:///{workdir / 'site.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
    }
    admin_env = {**env, "DJANGO_SUPERUSER_PASSWORD": EDITOR_PASSWORD}
    setup = (
        ["setup_database", "-v", "0"],
        ["load_demo_content"],
        ["createsuperuser", "--noinput", "--username", EDITOR_USERNAME, "--email", "editor@example.org"],
    )
    with dev_server(workdir, env, setup, ready_path="/nl/", setup_env=admin_env) as url:
        yield LiveSite(url=url, manage_command=MANAGE, env=env)


@pytest.fixture(scope="session")
def browser(live_site):
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    try:
        yield browser
    finally:
        browser.close()
        playwright.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
