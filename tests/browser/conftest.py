"""The browser suite's helpers live in tests/browser/site.py; its fixtures (live_site, browser, page) are
registered once in tests/conftest.py, so tests/browser/ and tests/journeys/ share one served site."""

from tests.browser.site import (  # noqa: F401 (names the browser tests import from here)
    EDITOR_PASSWORD,
    EDITOR_USERNAME,
    browser_required,
    dev_server,
    screenshot,
)
