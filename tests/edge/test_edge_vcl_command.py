"""`manage.py edge_vcl` writes the site's part of the VCL from its settings, or says plainly what is wrong."""

import pytest
from django.core.management import CommandError, call_command

SECRET = "a-test-secret-of-enough-length-1234"


def vcl(**options):
    from io import StringIO

    out = StringIO()
    call_command("edge_vcl", stdout=out, **options)
    return out.getvalue()


def test_the_secret_admin_path_and_probe_host_come_from_the_settings(settings):
    settings.EDGE_SHARED_SECRET = SECRET
    settings.WAGTAIL_ADMIN_PATH = "beheer/"
    written = vcl(probe_host="veiliginbeeld.nl", backend_port=8001, purgers=["10.0.0.0/8"])
    assert SECRET in written
    assert '"beheer"' in written or "/beheer" in written
    assert '.port = "8001";' in written
    assert "Host: veiliginbeeld.nl" in written
    assert '"10.0.0.0"/8;' in written


@pytest.mark.parametrize(
    ("secret", "options", "message"),
    [
        ("", {"probe_host": "example.org"}, "EDGE_SHARED_SECRET must be set"),
        ("short", {"probe_host": "example.org"}, "EDGE_SHARED_SECRET must be set"),
        (SECRET, {"probe_host": 'bad"host'}, "is not a plain host name"),
        (SECRET, {"probe_host": "example.org", "purgers": ["everyone"]}, "is not an address or network"),
        (SECRET, {"probe_host": "example.org", "backend_port": 70000}, "is not a port"),
    ],
)
def test_bad_values_are_a_readable_error_not_a_traceback(settings, secret, options, message):
    settings.EDGE_SHARED_SECRET = secret
    with pytest.raises(CommandError, match=message):
        vcl(**options)
