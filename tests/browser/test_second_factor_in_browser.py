"""An editor enrols an authenticator app, signs out, and signs in with password and code, in Chromium.

This site runs with ADMIN_REQUIRE_SECOND_FACTOR=true (the shared live site of
conftest.py keeps the dev default, a password alone). Codes are computed in the
test from the secret the enrolment page shows (tests/second_factor/totp.py).
"""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import dev_server, screenshot
from tests.second_factor.totp import totp, wrong_code

USERNAME = "tweestaps"
PASSWORD = "a-long-password-for-the-second-factor-test"


@pytest.fixture(scope="module")
def strict_site(live_site, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("second-factor-site")
    env = {
        **live_site.env,
        "DATABASE_URL": f"sqlite:///{workdir / 'site.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "ADMIN_REQUIRE_SECOND_FACTOR": "true",
        "DJANGO_SUPERUSER_PASSWORD": PASSWORD,
    }
    setup = (
        ["setup_database", "-v", "0"],
        ["createsuperuser", "--noinput", "--username", USERNAME, "--email", "t@example.org"],
    )
    with dev_server(workdir, env, setup, ready_path="/account/login/") as url:
        yield url


def sign_in_with_password(page, url):
    page.goto(url + "/admin/")
    expect(page).to_have_url(url + "/account/login/?next=/admin/")
    page.fill("#id_login", USERNAME)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def enter_code(page, code):
    page.fill("#id_code", code)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_load_state()


def test_enrol_sign_out_and_sign_in_with_password_and_code(browser, strict_site):
    url = strict_site
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)

    # First sign-in: the password, then the admin sends the editor to enrol.
    sign_in_with_password(page, url)
    expect(page).to_have_url(url + "/account/2fa/totp/activate/?next=%2Fadmin%2F")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("img[src^='data:image/svg+xml']")).to_be_visible()
    secret = page.input_value("#authenticator_secret")
    screenshot(page, "second-factor-enrol")
    page.fill("#id_code", totp(secret))
    page.get_by_role("button", name="Activate").click()
    page.wait_for_load_state()
    expect(page).to_have_url(url + "/account/2fa/recovery-codes/")
    codes = page.input_value("#recovery_codes").split()
    assert len(codes) == 10
    assert not errors, errors  # no CSP violation on the sign-in screens (the admin's are Wagtail's)
    page.get_by_role("link", name="Go to the admin").click()
    page.wait_for_load_state()
    expect(page).to_have_url(url + "/admin/")

    # Sign out, then password and a wrong code: refused.
    page.goto(url + "/account/logout/")
    page.get_by_role("button", name="Sign Out").click()
    page.wait_for_load_state()
    sign_in_with_password(page, url)
    expect(page).to_have_url(url + "/account/2fa/authenticate/")
    enter_code(page, wrong_code(secret))
    expect(page.get_by_text("Incorrect code.")).to_be_visible()
    page.goto(url + "/admin/")  # still closed: allauth brings the editor back to the code step
    expect(page).to_have_url(url + "/account/2fa/authenticate/")

    # The right code opens the admin.
    enter_code(page, totp(secret))
    expect(page).to_have_url(url + "/admin/")
    context.close()

    # A recovery code works once.
    for attempt in ("first", "second"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
        page = context.new_page()
        sign_in_with_password(page, url)
        enter_code(page, codes[0])
        if attempt == "first":
            expect(page).to_have_url(url + "/admin/")
        else:
            expect(page).to_have_url(url + "/account/2fa/authenticate/")
            expect(page.get_by_text("Incorrect code.")).to_be_visible()
        context.close()


def test_the_sign_in_is_in_dutch_for_a_dutch_browser(browser, strict_site):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(strict_site + "/account/login/")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", name="Inloggen")).to_be_visible()
    expect(page.get_by_label("Wachtwoord")).to_be_visible()
    context.close()
