"""The production settings pass Django's deployment checklist, and it is strict enough to fail."""

import os
import subprocess
import sys
from pathlib import Path

from tests.operations.production import PRODUCTION_ENV

ROOT = Path(__file__).resolve().parents[2]


def check_deploy(**overrides):
    environment = {**{k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}, **PRODUCTION_ENV, **overrides}
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_production_settings_pass_check_deploy_with_no_warning():
    result = check_deploy()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_passes_with_hsts_subdomains_and_preload_switched_on():
    result = check_deploy(SECURE_HSTS_INCLUDE_SUBDOMAINS="true", SECURE_HSTS_PRELOAD="true")
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_deploy_still_fails_without_hsts():
    result = check_deploy(SECURE_HSTS_SECONDS="0")
    assert result.returncode != 0
    assert "security.W004" in result.stdout + result.stderr


def test_check_deploy_fails_when_the_proxy_count_was_never_chosen():
    environment = {k: v for k, v in {**os.environ, **PRODUCTION_ENV}.items() if k != "TRUSTED_PROXY_COUNT"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "veilig.W001" in result.stdout + result.stderr and "nginx + Varnish 2" in result.stdout + result.stderr


def test_check_deploy_fails_on_a_weak_secret_key():
    result = check_deploy(SECRET_KEY="short")
    assert result.returncode != 0
    assert "security.W009" in result.stdout + result.stderr


def test_check_deploy_fails_without_https_redirect():
    result = check_deploy(SECURE_SSL_REDIRECT="false")
    assert result.returncode != 0
    assert "security.W008" in result.stdout + result.stderr
